"""{{ reason|isolate_rtl }}: a reason in English quoting right-to-left words, escaped, each
run of those words in a <bdi> so that the browser keeps their order ('8 كانون الأول/ديسمبر
2024' read inside an English sentence otherwise shows its figures moved around)."""

import re

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
# Right-to-left words with the figures, slashes and joiners between and around them: a
# date written in Arabic or Persian is one run. Each separator run is required, so a
# string of figures is read one way only (no backtracking blow-up).
_RUN = re.compile(
    rf"(?:[{_DIGITS}]+[ /.-]+)*[{_RTL}](?:[{_RTL}{_DIGITS} /.\u060c\u200c-]*[{_RTL}{_DIGITS}])?"
)


@register.filter
def isolate_rtl(text: str) -> SafeString:
    text = str(text)
    out, pos = [], 0
    for m in _RUN.finditer(text):
        out.append(escape(text[pos : m.start()]))
        out.append(format_html("<bdi>{}</bdi>", m.group()))
        pos = m.end()
    out.append(escape(text[pos:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece is escaped above


# Combining marks kept after each character of a displayed text: enough for any script's
# own stacks (Vietnamese, pointed Hebrew, Arabic with shadda and a vowel), where a title
# of a letter and thousands of accents drew a smear over the rows around it (outside
# tester t8i, finding 8). The stored text is not changed.
MAX_MARKS = 4
_MARK = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u06d6-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
)
_MARKS = re.compile(rf"([{_MARK}]{{{MAX_MARKS}}})[{_MARK}]+")


@register.filter
def few_marks(text) -> str:
    """The text with at most MAX_MARKS combining marks in a row (for display only; the
    template escapes it as any other text)."""
    return _MARKS.sub(r"\1", str(text))
