"""Control characters in an address's path (a NUL, `%00`; any C0 or C1 control, DEL): no
page and no record's address holds one, and a view that looks an object id up with one
(`/admin/chronology/event/%00/history/1/revert/`) sends PostgreSQL a NUL, which it refuses
(a 500; outside tester t14d, finding 5). Every path is refused here, before any view runs,
with a 400 in the look of its part of the site: the admin's under /admin/, JSON under
/api/, the public site's page elsewhere. (Control characters in the query string:
querytext.py.)"""

from peaceproc import adminerrors, errors
from peaceproc.api.http import ApiError, error_response
from peaceproc.querytext import ADMIN_PREFIX, API_PREFIX, CONTROLS


def refusal(request, character: str):
    """The 400 for an address whose path holds the control `character`."""
    message = (
        f"The address's path holds a control character (U+{ord(character):04X}), which "
        "no page or record's address holds. Remove it from the address and try again."
    )
    if request.path.startswith(API_PREFIX):
        return error_response(ApiError(message))
    if request.path.startswith(ADMIN_PREFIX):
        return adminerrors.bad_request(request, message)
    return errors.plain_bad_request(request, message)


class PathControlCharactersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if found := CONTROLS.search(request.path):
            return refusal(request, found.group())
        return self.get_response(request)
