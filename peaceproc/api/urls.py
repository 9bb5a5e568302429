"""The API, its documentation and the exports, under /api/.

Paths have no trailing slash (`/api/rounds?track=astana`); one written with it
(`/api/rounds/`) is redirected (301) to it, as is a record's slug in other case or
spacing (`/api/rounds/ASTANA 4` to `/api/rounds/astana-4`), a former slug or an event's
number in other spelling (`/api/events/01`), in one redirect whatever the mix;
anything else under /api/ answers a JSON 404 rather than the site's HTML page. Every
view goes through `api_view` (GET and HEAD only, JSON errors, CORS).
"""

from django.urls import Resolver404, path, re_path, resolve, reverse

from peaceproc.slugs import redirect_keeping_query

from . import openapi
from .http import ApiError, api_view
from .views import api, redirect_to_record

app_name = "api"


def without_slash(path: str) -> str | None:
    """The endpoint a path with a trailing slash means (`/api/rounds/` as the site's
    `/rounds/…/` URLs are written), if there is one."""
    if path == reverse("api:index") or not path.endswith("/"):
        return None
    shorter = path.removesuffix("/")
    try:
        match = resolve(shorter)
    except Resolver404:
        return None
    return shorter if match.url_name != "not-found" else None


def not_found(request, rest: str = ""):
    # Only GET and HEAD get here (api_view): permanent redirects, query kept, in one hop.
    # A record's detail written otherwise, its trailing slash included (`/api/rounds/
    # Astana 4/`, `/api/events/01/`): the record's own URL, else no such record.
    plural, _, typed = rest.removesuffix("/").partition("/")
    if typed and "/" not in typed and (moved := redirect_to_record(request, plural, typed)):
        return moved
    if (endpoint := without_slash(request.path)) is not None:
        return redirect_keeping_query(request, endpoint)
    raise ApiError(
        f"There is no API endpoint at {request.path}. The list is at {reverse('api:index')}.",
        status=404,
    )


def operations() -> list:
    """django-ninja's routes for the operations (not its own root, docs or schema views),
    each through `api_view` and carrying its operation's page-cache key declaration: the
    page cache reads it on the view the URL resolver calls, which is django-ninja's view
    of the path, not the operation's function."""
    declared = {
        operation.url_name: operation.view_func
        for path_view in api.default_router.path_operations.values()
        for operation in path_view.operations
    }
    patterns = [p for p in api.urls[0] if p.name != "api-root"]
    for pattern in patterns:
        view = api_view(pattern.callback)
        if hasattr(declared[pattern.name], "page_cache_params"):
            view.page_cache_params = declared[pattern.name].page_cache_params
        pattern.callback = view
    return patterns


urlpatterns = [
    path("openapi.json", api_view(openapi.schema_view), name="openapi"),
    path("docs", openapi.docs_view, name="docs"),
    *operations(),
    # Any character, a line break too (`.` stops at one: `/api/rounds/a%0Ab` fell through
    # to the site's HTML 404).
    re_path(r"^(?P<rest>[\s\S]*)\Z", api_view(not_found), name="not-found"),
]
