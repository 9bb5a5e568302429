"""The API's HTTP plumbing: JSON responses, the JSON error, absolute links.

Every view under /api/ goes through `api_view`, so a bad request anywhere answers
with the same JSON error shape (the `Error` schema) instead of Django's HTML pages.
"""

import functools
import json
from collections.abc import Callable, Iterable
from urllib.parse import unquote_to_bytes

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse, QueryDict
from django.utils.cache import patch_cache_control
from django.views.decorators.csrf import csrf_exempt

from peaceproc import links, slugs

JSON = "application/json; charset=utf-8"


class FiltersMoved(Exception):
    """Filters given by a record's former slug (params.bound_filters): answered with a
    permanent redirect to the same URL with the record's slug now (`values`)."""

    def __init__(self, values: dict[str, str]):
        super().__init__(values)
        self.values = values


class ApiError(Exception):
    """A request the API cannot answer; becomes a JSON error with `status`."""

    def __init__(self, message: str, *, status: int = 400, details: dict | None = None):
        super().__init__(message)
        self.message = message
        self.status = status
        self.details = details or {}


def json_response(data, *, status: int = 200) -> HttpResponse:
    # ensure_ascii=False keeps Arabic and Cyrillic names readable in the body.
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return HttpResponse(body, status=status, content_type=JSON)


def error_response(error: ApiError) -> HttpResponse:
    body = {"error": {"status": error.status, "message": error.message}}
    if error.details:
        body["error"]["details"] = error.details
    return json_response(body, status=error.status)


# The methods the API answers (RFC 9110: the Allow of a 405 and of an OPTIONS answer).
ALLOWED_METHODS = "GET, HEAD, OPTIONS"
# A CORS preflight's answer: what a script on another site may send (reads only).
PREFLIGHT_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD",
    "Access-Control-Allow-Headers": "Accept, Accept-Language, If-None-Match, If-Modified-Since",
    "Access-Control-Max-Age": "86400",
}


def read_only(view: Callable) -> Callable:
    """GET and HEAD reach `view`; OPTIONS answers the CORS preflight (204); any other
    method the JSON 405. Exempt from the CSRF check, which guards writes: none gets in,
    so a POST is told the API is read-only rather than refused with the site's HTML 403."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            response["Allow"] = ALLOWED_METHODS
            for name, value in PREFLIGHT_HEADERS.items():
                response[name] = value
            return response
        if request.method not in ("GET", "HEAD"):
            response = error_response(
                ApiError(
                    f"Method {request.method} is not allowed: the API is read-only.", status=405
                )
            )
            response["Allow"] = ALLOWED_METHODS
            response["Access-Control-Allow-Origin"] = "*"
            return response
        return view(request, *args, **kwargs)

    return csrf_exempt(wrapper)


def api_view(view: Callable) -> Callable:
    """read_only; ApiError becomes its JSON error; anyone may read (CORS)."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        # HEAD is GET without the body (which the server leaves out): the operations
        # are declared for GET, so they see one, as Django's class-based views do.
        method, request.method = request.method, "GET"
        try:
            refuse_undecodable_query(request)
            response = view(request, *args, **kwargs)
        except ApiError as error:
            response = error_response(error)
        except FiltersMoved as moved:
            response = slugs.redirect_replacing(request, moved.values)
        finally:
            request.method = method
        # A public, read-only, cookie-less API: scripts on other sites may read it.
        response["Access-Control-Allow-Origin"] = "*"
        if staff_read(request):
            # What staff see (a source's full text) is theirs: no shared cache keeps it.
            patch_cache_control(response, private=True)
        return response

    return read_only(wrapper)


def staff_read(request: HttpRequest) -> bool:
    """Whether the view read the signed-in user (its session) and found staff: only then
    does the answer depend on who asks; reading no session, it is everyone's."""
    session = getattr(request, "session", None)
    return session is not None and session.accessed and request.user.is_staff


def refuse_undecodable_query(request: HttpRequest) -> None:
    """A query string whose percent-encoded bytes are not UTF-8 (`q=%FF`): 400, rather
    than searching for the U+FFFD that Django decodes them to."""
    try:
        unquote_to_bytes(request.META.get("QUERY_STRING", "").replace("+", " ")).decode()
    except UnicodeDecodeError:
        raise ApiError(
            "The query string is not valid UTF-8: percent-encode each parameter's value "
            "as UTF-8 (e.g. q=%D8%AF for the Arabic letter dal)."
        ) from None


def notice_texts(filters) -> list[str]:
    """The notices of the timeline's form (what it left out of the filters, each with its
    field's label), as the page shows them: 'Search: single letters are ignored …'."""
    return [f"{label}: {message}" for label, message in filters.notices]


def check_params(query: QueryDict, allowed: Iterable[str], *, repeatable: Iterable[str] = ()):
    """Refuse parameters the endpoint does not know (a typo would otherwise be
    silently ignored and return everything) and repeats of single-valued ones."""
    allowed = set(allowed)
    unknown = sorted(name for name in query if name not in allowed)
    if unknown:
        raise ApiError(
            f"Unknown parameter{'s' if len(unknown) > 1 else ''}: {', '.join(unknown)}. "
            f"This endpoint accepts: {', '.join(sorted(allowed)) or 'no parameters'}.",
            details={name: ["This endpoint does not accept this parameter."] for name in unknown},
        )
    repeated = sorted(
        name for name in query if name not in repeatable and len(query.getlist(name)) > 1
    )
    if repeated:
        raise ApiError(
            f"Give each of these parameters once: {', '.join(repeated)}.",
            details={name: ["Given more than once."] for name in repeated},
        )


class Links:
    """Absolute URLs, so a record taken away still points home: the origin is read
    once per request and each route reversed once (`peaceproc.links`)."""

    def __init__(self, request: HttpRequest):
        self.request = request
        self.origin = request.build_absolute_uri("/").removesuffix("/")

    def absolute(self, path: str) -> str:
        return self.origin + path if path.startswith("/") else path

    def api(self, name: str, key) -> str:
        return self.origin + links.url_for(name, key)


def links_of(request: HttpRequest) -> Links:
    """This request's Links (the Schemas find the request in their context)."""
    found = getattr(request, "_api_links", None)
    if found is None:
        found = request._api_links = Links(request)
    return found
