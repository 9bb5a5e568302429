"""A day that comes back every year ('every year on 8 December', 'her yıl 8 Aralık', 'في 8
ديسمبر من كل عام'): an observance or a holiday set on that day, no happening of its own. A
day or month written without its year beside a word of lexicon.YEARLY is set aside; a date
written with its year is a happening of that year and stays.
"""

from __future__ import annotations

import re
from functools import cache

from . import lexicon as L
from .text import fold_pattern
from .types import DateMention

_NO_YEAR = ("year-inferred", "month-no-year")
# How far the word may stand before the day, with no clause's end between ('every year, on
# 8 December' counts; 'each year. On 8 December' does not); after it, only 'of' between
# ('8 December of every year', 'le 8 décembre de chaque année', '8 ديسمبر من كل عام').
_REACH = 24
_GAP = rf"[^.;:!?،؛\n]{{0,{_REACH}}}"
_OF = r"\s*(?:of|de|d'|)\s*"


@cache
def _around(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    word = rf"(?<!\w)(?:{fold_pattern(L.YEARLY[lang])})(?!\w)"
    return re.compile(rf"{word}{_GAP}\Z"), re.compile(rf"{_OF}{word}")


def yearly_set_aside(folded: str, lang: str, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions without those that name a day of every year."""
    before, after = _around(lang)
    return [
        m
        for m in mentions
        if m.basis not in _NO_YEAR
        or not (
            before.search(folded, max(0, m.char_start - _REACH - 30), m.char_start)
            or after.match(folded, m.char_end)
        )
    ]
