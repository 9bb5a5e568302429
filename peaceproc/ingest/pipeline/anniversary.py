"""Anniversaries: the day of the original happening, and the day it is marked.

'Syrians marked on Monday the first anniversary of the fall of Assad on 8 December': a
day written without its year beside an anniversary word (lexicon.ANNIVERSARY) is the
original happening's, as many years before the year it reads as as the anniversary's
number says; with no number, how far back is unknown, and it dates nothing. The day the
anniversary is marked ('on Monday', 'today') is no happening of its own. A date written
with its year is read as written.

Only so when the anniversary is what the sentence tells: one that tells another happening
beside it, an event word outside the anniversary's own phrase ('Ahead of the anniversary
of the uprising, the guarantors met in Astana on Monday'), is read as any other sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from . import lexicon as L
from .cues import kinds_in
from .rounds import small_ordinal
from .text import fold_pattern
from .types import DateMention

# Read from the day: a day or month without its year.
_NO_YEAR = ("year-inferred", "month-no-year")
# The day of speaking: weekdays, 'today', 'yesterday', a date line's day.
_MARKING = ("weekday", "relative", "context-day", "dateline", "weekday-unanchored",
            "today-unanchored")  # fmt: skip
# How many words on either side of the anniversary word its number may stand.
_NUMBER_WORDS = 3
_WORD = re.compile(r"[^\s()\"«»“”,.;:،]+")
_NUMBER = re.compile(L.ANNIVERSARY_NUMBER)
# How far from the anniversary word the happening it marks is named: after it ('the first
# anniversary of the fall of Assad', 'الذكرى السنوية الأولى لسقوط الأسد'), before it in
# Turkish ("Esad'ın devrilişinin birinci yıl dönümü").
_OWN_REACH = 40
_NAMED_BEFORE = ("tr",)
# Words of saying are no happening besides: 'отметили' (marked) is also 'noted'.
_SAYING = ("statement", "announcement")
# A clause's edge, which the anniversary's phrase does not cross.
_EDGE = re.compile(r"[,;:()\u060c\u061b.!?]")


@cache
def _cue(lang: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + fold_pattern(L.ANNIVERSARY[lang]) + r")(?![\w])")


def _years(folded: str, lang: str, cue: re.Match) -> int | None:
    """The anniversary's number, from the words just before or after its word."""
    before = _WORD.findall(folded[: cue.start()])[-_NUMBER_WORDS:]
    after = _WORD.findall(folded[cue.end() :])[:_NUMBER_WORDS]
    for word in (*reversed(before), *after):
        digits = _NUMBER.fullmatch(word)
        n = int(digits.group(1)) if digits else small_ordinal(word, lang)
        if n:
            return n
    return None


def _in_year(d: date, year: int) -> date:
    return d.replace(year=year, day=min(d.day, 28) if d.month == 2 else d.day)


def _original(d: date, years: int, published: date | None) -> date:
    """The day `years` before the anniversary: the one of d's month and day nearest to the
    publication date (the day read from the tense may be another year's)."""
    if published is None:
        return _in_year(d, d.year - years)
    nearest = min(
        (_in_year(d, y) for y in range(published.year - 1, published.year + 2)),
        key=lambda x: abs((x - published).days),
    )
    return _in_year(d, nearest.year - years)


def anniversaries(
    folded: str, lang: str, mentions: list[DateMention], published: date | None
) -> list[DateMention]:
    """The sentence's dates read as an anniversary's (see the module's note)."""
    cue = _cue(lang).search(folded)
    if cue is None or _tells_another(folded, lang, cue):
        return mentions
    years = _years(folded, lang, cue)
    out = []
    for m in mentions:
        if m.basis in _MARKING:
            continue  # the day it is marked
        if m.basis in _NO_YEAR:
            if years is None:
                continue  # an original happening of some year before
            why = f"{m.why}; the original of its anniversary, {years} year(s) before"
            start = _original(m.start, years, published)
            end = _in_year(m.end, m.end.year - (m.start.year - start.year)) if m.end else None
            m = replace(m, start=start, end=end, why=why)
        out.append(m)
    return out


def _tells_another(folded: str, lang: str, cue: re.Match) -> bool:
    """Whether the sentence names a happening outside the anniversary's own phrase (its
    word and the words that name what it marks), a saying aside."""
    if lang in _NAMED_BEFORE:
        lo = max(
            [cue.start() - _OWN_REACH, *(m.end() for m in _EDGE.finditer(folded, 0, cue.start()))]
        )
        hi = cue.end()
    else:
        lo, edge = cue.start(), _EDGE.search(folded, cue.end())
        hi = min(cue.end() + _OWN_REACH, edge.start() if edge else len(folded))
    return any(kind not in _SAYING and not lo <= at < hi for kind, at in kinds_in(folded, lang))
