"""The API's HTTP plumbing: JSON responses, JSON errors, strict query parameters.

Every API view goes through `api_view`, so a bad request anywhere under /api/
answers with the same JSON error shape (documented as `Error` in the OpenAPI
schema) instead of Django's HTML error pages.
"""

import functools
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse, QueryDict

# The default page holds every round of the record (42 today) and then some, so
# `GET /api/rounds?track=astana` answers in one page; the maximum bounds the work
# one request can ask for.
DEFAULT_LIMIT = 100
MAX_LIMIT = 500
# Past any record's size; bounds the OFFSET sent to the database (PostgreSQL
# refuses numbers past bigint, which would be a 500).
MAX_OFFSET = 1_000_000

PAGINATION_PARAMS = ("limit", "offset")


class ApiError(Exception):
    """A request the API cannot answer; becomes a JSON error with `status`."""

    def __init__(self, message: str, *, status: int = 400, details: dict | None = None):
        super().__init__(message)
        self.message = message
        self.status = status
        self.details = details or {}


def json_response(data, *, status: int = 200, headers: dict | None = None) -> HttpResponse:
    # ensure_ascii=False keeps Arabic and Cyrillic names readable in the body.
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    response = HttpResponse(
        body, status=status, content_type="application/json; charset=utf-8", headers=headers
    )
    return response


def error_response(error: ApiError) -> HttpResponse:
    body = {"error": {"status": error.status, "message": error.message}}
    if error.details:
        body["error"]["details"] = error.details
    return json_response(body, status=error.status)


def api_view(view: Callable) -> Callable:
    """GET and HEAD only; ApiError becomes its JSON error; anyone may read (CORS)."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method not in ("GET", "HEAD"):
            response = error_response(
                ApiError(
                    f"Method {request.method} is not allowed: the API is read-only.", status=405
                )
            )
            response["Allow"] = "GET, HEAD"
        else:
            try:
                response = view(request, *args, **kwargs)
            except ApiError as error:
                response = error_response(error)
        # A public, read-only, cookie-less API: scripts on other sites may read it.
        response["Access-Control-Allow-Origin"] = "*"
        return response

    return wrapper


def check_params(query: QueryDict, allowed: Iterable[str], *, repeatable: Iterable[str] = ()):
    """Refuse parameters the endpoint does not know (a typo would otherwise be
    silently ignored and return everything) and repeats of single-valued ones."""
    allowed = set(allowed)
    repeatable = set(repeatable)
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


def _bounded_int(query: QueryDict, name: str, *, default: int, low: int, high: int) -> int:
    raw = query.get(name)
    if raw is None:
        return default
    raw = raw.strip()
    # isdecimal() rather than int(): int() accepts "1_000", " 7" and non-ASCII digits.
    if not (raw.isascii() and raw.isdecimal()) or len(raw) > 9:
        raise ApiError(
            f"{name} must be a whole number from {low} to {high}.",
            details={name: [f"Not a whole number from {low} to {high}: {raw[:40]!r}."]},
        )
    value = int(raw)
    if not low <= value <= high:
        raise ApiError(
            f"{name} must be a whole number from {low} to {high}.",
            details={name: [f"{value} is out of range ({low}–{high})."]},
        )
    return value


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int

    @classmethod
    def from_query(cls, query: QueryDict) -> "Page":
        return cls(
            limit=_bounded_int(query, "limit", default=DEFAULT_LIMIT, low=1, high=MAX_LIMIT),
            offset=_bounded_int(query, "offset", default=0, low=0, high=MAX_OFFSET),
        )

    def envelope(self, request: HttpRequest, count: int, results: list) -> dict:
        """The list response: count of all matches, this page, links to its neighbours."""

        def link(offset: int) -> str:
            query = request.GET.copy()
            query["offset"] = str(offset)
            query["limit"] = str(self.limit)
            return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

        following = self.offset + self.limit
        return {
            "count": count,
            "limit": self.limit,
            "offset": self.offset,
            "next": link(following) if following < count else None,
            "previous": link(max(self.offset - self.limit, 0)) if self.offset > 0 else None,
            "results": results,
        }
