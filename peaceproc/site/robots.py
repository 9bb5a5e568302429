"""/robots.txt: well-behaved crawlers index the record's pages (the timeline, each
round, event, agreement, tenure and participant, the lists) but not the filtered views,
which are a new URL for every query string (`/?q=…`, `/agreements/?q=…`), nor the
downloads and the API's JSON, nor the admin. Filtered timeline views also carry a robots
`noindex` meta tag (templates/site/index.html), for a crawler that reaches them anyway; a
canonical link would be wrong there, since a filtered view is not a copy of the whole
timeline.
"""

from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from .filters import TimelineFilters

# The timeline's own parameters besides its filter form's: the detail panel's item.
INDEX_EXTRA_PARAMS = ("open",)


def rules() -> str:
    index = reverse("site:index")
    disallowed = (
        # `/*?`: any path with a query, for crawlers that read the wildcard (the major
        # ones; RFC 9309 has no wildcard). For those that read a rule as a plain prefix,
        # each of the timeline's parameters as the first of a query: a bare `/?` is read
        # as `/` (the whole site) by parsers that drop an empty query, Python's among them.
        "/*?",
        *(f"{index}?{name}=" for name in (*TimelineFilters.base_fields, *INDEX_EXTRA_PARAMS)),
        reverse("api:index"),
        reverse("site:attendance_csv"),
        reverse("admin:index"),
    )
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in disallowed), "Allow: /"]
    return "\n".join(lines) + "\n"


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(rules(), content_type="text/plain; charset=utf-8")
    patch_cache_control(response, public=True, max_age=86400)
    return response
