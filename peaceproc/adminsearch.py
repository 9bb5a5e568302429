"""An admin search of more words than any editor types is refused (400) with a page that
says so, on every change list and autocomplete box at once.

Django searches each word of the box (`q` on a change list, `term` on an autocomplete
box) in each of the list's search fields and joins the conditions: a few thousand words
(a pasted article) make a condition deeper than SQLite parses ("Expression tree is too
large"), a 500. A search of more words than MAX_WORDS is answered before it is built.
"""

from itertools import islice

from django.contrib.admin.views.main import SEARCH_VAR
from django.utils.text import smart_split

from peaceproc import adminerrors

# Far more words than a name, a title or a quote an editor looks for; far fewer than
# make a condition too deep for a database (some hundreds, by the list's search fields).
MAX_WORDS = 64
# The admin's pages that search, and the parameter each reads its words from.
SEARCH_PARAMS = {"autocomplete": "term"}


def too_many_words(text: str) -> bool:
    """Whether `text` holds more than MAX_WORDS words as the admin splits them."""
    return next(islice(smart_split(text), MAX_WORDS, None), None) is not None


class AdminSearchWordsMiddleware(adminerrors.StaffAdminViewMiddleware):
    def refusal(self, request, url_name):
        param = SEARCH_PARAMS.get(url_name)
        if param is None and url_name.endswith("_changelist"):
            param = SEARCH_VAR
        if param is None or not too_many_words(request.GET.get(param, "")):
            return None
        return adminerrors.bad_request(
            request,
            f"A search takes at most {MAX_WORDS} words. Search for fewer words: a name, "
            "a title or a short part of the text.",
        )
