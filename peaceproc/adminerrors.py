"""The admin's 400 page: a request an admin page refuses (control characters in the
address, querytext.py; a list filter no database can apply, adminfilters.py) is answered
in the admin's look, with its header and breadcrumbs, rather than the public site's."""

from django.contrib import admin
from django.template.response import TemplateResponse
from django.urls import Resolver404, resolve


def model_opts(request):
    """The options of the registered model whose admin page was asked for, else None
    (the admin's index, an app's index, or an address that is no page)."""
    try:
        match = getattr(request, "resolver_match", None) or resolve(request.path_info)
    except Resolver404:
        return None
    if match.app_name != "admin" or not match.url_name:
        return None
    for model in admin.site._registry:
        if match.url_name.startswith(f"{model._meta.app_label}_{model._meta.model_name}_"):
            return model._meta
    return None


def _context(request) -> dict:
    user = getattr(request, "user", None)
    if user is not None:
        return admin.site.each_context(request)
    # Refused before the session is read (querytext.py): the header without the user's.
    return {
        "site_title": admin.site.site_title,
        "site_header": admin.site.site_header,
        "site_url": admin.site.site_url,
        "has_permission": False,
        "is_nav_sidebar_enabled": False,
    }


def bad_request(request, message: str) -> TemplateResponse:
    context = {
        **_context(request),
        "title": "Bad request",
        "message": message,
        "opts": model_opts(request),
    }
    return TemplateResponse(request, "admin/bad_request.html", context, status=400).render()


class StaffAdminViewMiddleware:
    """Looks at a signed-in editor's admin page before its view runs (after
    AuthenticationMiddleware; anyone else goes to the admin's sign-in first): `refusal`
    answers it (a 400 from bad_request), or gives None to let the view run."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view, args, kwargs):
        match = request.resolver_match
        user = request.user
        if match is None or match.app_name != "admin" or not (user.is_active and user.is_staff):
            return None
        return self.refusal(request, match.url_name or "")

    def refusal(self, request, url_name: str) -> TemplateResponse | None:
        raise NotImplementedError
