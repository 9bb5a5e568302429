"""Control characters in a query string (a NUL, `%00`; any C0 or C1 control, DEL): no
filter, slug or search of the site names anything with them, PostgreSQL refuses a NUL in
any text it is sent (a 500 where SQLite answered), and a page that quotes the value back
in an error (`?round=astana-4%00`) would write it raw into the HTML or CSV.

One rule for every page, before any view reads the query (outside tester t9a, findings 3
and 4):
- a public page (the site, its exports and feeds) is sent on (301) to the same address
  with each such character left out, tab, line feed and carriage return read as a space,
  as the search box already reads them (site/filters.UNSHOWN_CHARACTERS): the page the
  reader meant, at an address without them. Once: the page is asked for with the cleaned
  query first, and where it sends that on itself (a former slug, `?open=` in another
  form, a slug with a stray tab in the path), its own 301 is the one answer (outside
  tester t15b, finding 6: `?open=/rounds/astana%094/` took two);
- an admin page refuses the request (400, in the admin's look: adminerrors.py) naming the
  parameter: an editor's filter is not silently changed;
- the API (/api/) answers such values itself, with its own 400s (api/params.py).
"""

import re
from urllib.parse import urlencode

from django.http import HttpResponsePermanentRedirect, QueryDict
from django.utils.encoding import escape_uri_path

from peaceproc import adminerrors
from peaceproc.characters import C0_CONTROLS, DEL_AND_C1

CONTROLS = re.compile(f"[{C0_CONTROLS}{DEL_AND_C1}]")
SPACING_CONTROLS = re.compile("[\t\n\r]")
API_PREFIX = "/api/"
PERMANENT = (301, 308)
ADMIN_PREFIX = "/admin/"


def without_controls(value: str) -> str:
    """`value` with tab, line feed and carriage return as spaces and every other control
    character left out."""
    return CONTROLS.sub("", SPACING_CONTROLS.sub(" ", value))


def first_control(query) -> tuple[str, str] | None:
    """(parameter, character) of the first control character in a QueryDict's names or
    values, else None."""
    for name, values in query.lists():
        for text in (name, *values):
            if found := CONTROLS.search(text):
                return name, found.group()
    return None


class QueryControlCharactersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    @staticmethod
    def control_in(request) -> tuple[str, str] | None:
        try:
            return first_control(request.GET)
        except UnicodeEncodeError:
            # A QUERY_STRING that is not Latin-1, as a WSGI server never passes (PEP 3333)
            # but a caller of the handler may: left to the views, as before.
            return None

    def __call__(self, request):
        if request.path.startswith(API_PREFIX) or not (found := self.control_in(request)):
            return self.get_response(request)
        name, character = found
        if request.path.startswith(ADMIN_PREFIX):
            shown = without_controls(name)[:60] or "?"
            return adminerrors.bad_request(
                request,
                f"The address's parameter “{shown}” holds a control character "
                f"(U+{ord(character):04X}), which no record's text holds. Remove it from "
                "the address and try again.",
            )
        cleaned = [
            (without_controls(key), without_controls(value))
            for key, values in request.GET.lists()
            for value in values
        ]
        query = urlencode(cleaned, safe="/:,")
        onward = self.sent_on(request, query)
        if onward is not None:
            return onward
        path = local_path(request.path)
        return HttpResponsePermanentRedirect(f"{path}?{query}" if query else path)

    def sent_on(self, request, query: str):
        """The page's own permanent redirect for the cleaned `query`, or None when it
        answers otherwise. (The request log keeps the query as it was sent.)"""
        typed = request.META.get("QUERY_STRING", "")
        request.META["QUERY_STRING"] = query
        request.GET = QueryDict(query)
        try:
            response = self.get_response(request)
        finally:
            request.META["QUERY_STRING"] = typed
        return response if response.status_code in PERMANENT else None


def local_path(path: str) -> str:
    """`path` as a redirect's target that stays on this site: escaped, with one leading
    slash. A path beginning `//` (or `/\\`, `/%2F`) would otherwise be read by a browser
    as another host's address (an open redirect; outside tester t9s, finding 1)."""
    return "/" + escape_uri_path(path).lstrip("/")
