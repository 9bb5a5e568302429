"""Control characters in an admin address's path (a NUL, `%00`; any C0 or C1 control,
DEL): no admin page or record id holds one, and the admin's views look an object id up
with it (`/admin/chronology/event/%00/history/1/revert/`), which sends PostgreSQL a NUL it
refuses (a 500; outside tester t14d, finding 5). Such a path under /admin/ is refused
here, before any admin view runs, with the admin's 400. The public site and the API keep
the answers their slugs already give for these (a JSON 404 for a line break in a slug,
one redirect for a slug with stray spacing: tests/api/test_t8s_findings, test_one_hop),
and their views never send a path's text to the database unread. (Control characters in
the query string: querytext.py.)"""

from peaceproc import adminerrors
from peaceproc.querytext import ADMIN_PREFIX, CONTROLS


def refusal(request, character: str):
    """The admin's 400 for an address whose path holds the control `character`."""
    message = (
        f"The address's path holds a control character (U+{ord(character):04X}), which "
        "no admin page or record's address holds. Remove it from the address and try again."
    )
    return adminerrors.bad_request(request, message)


class PathControlCharactersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(ADMIN_PREFIX) and (found := CONTROLS.search(request.path)):
            return refusal(request, found.group())
        return self.get_response(request)
