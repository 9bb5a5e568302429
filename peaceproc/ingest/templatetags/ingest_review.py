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
