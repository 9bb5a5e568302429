"""Refusing requests that are too large, with a page that says so and states the limit.

Two limits apply. Django's DATA_UPLOAD_MAX_MEMORY_SIZE caps form and JSON bodies when a
view reads them (RequestDataTooBig); MAX_REQUEST_SIZE caps any body, uploads included,
from its Content-Length, before anything is read, so a 2 GB upload never reaches disk.
"""

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.http.multipartparser import MultiPartParserError
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse

from peaceproc import adminerrors
from peaceproc.ingest.views import too_many_fields, unreadable_upload
from peaceproc.querytext import ADMIN_PREFIX


def _too_large(request, limit: int):
    response = TemplateResponse(
        request,
        "errors/413.html",
        {"limit": filesizeformat(limit), "limit_bytes": limit},
        status=413,
    )
    return response.render()


class RequestSizeLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        limit = settings.MAX_REQUEST_SIZE
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > limit:
            return _too_large(request, limit)
        return self.get_response(request)


def bad_request(request, exception=None):
    """handler400: a 413 for a body over the limit, a plain 400 page otherwise."""
    if isinstance(exception, RequestDataTooBig):
        return _too_large(request, settings.DATA_UPLOAD_MAX_MEMORY_SIZE)
    if isinstance(exception, TooManyFieldsSent) and _editor_on_ingest(request):
        return too_many_fields(request)
    if isinstance(exception, MultiPartParserError) and _editor_on_ingest(request):
        return unreadable_upload(request, exception)
    if isinstance(exception, TooManyFieldsSent | TooManyFilesSent):
        message = "The form sent too many fields or files."
    else:
        message = "The request could not be understood."
    if request.path.startswith(ADMIN_PREFIX):
        return adminerrors.bad_request(request, message)
    return plain_bad_request(request, message)


def plain_bad_request(request, message: str):
    """The public site's 400 page saying `message`."""
    response = TemplateResponse(request, "errors/400.html", {"message": message}, status=400)
    return response.render()


def _editor_on_ingest(request) -> bool:
    """A staff user on one of the admin's ingest pages (whose views check the rest)."""
    match = getattr(request, "resolver_match", None)
    user = getattr(request, "user", None)
    return (
        match is not None
        and match.namespace == "ingest"
        and user is not None
        and user.is_active
        and user.is_staff
    )
