"""A count of days or weeks from the happening told before ('A week earlier', 'deux jours
plus tard', 'неделей ранее', 'قبل ذلك بأسبوع'): how many days, and in which direction.

The phrases are lexicon.CONTEXT_OFFSET; extract_dates places them from the day the text
named last (as 'the next day'), never from today.
"""

from __future__ import annotations

import re

from . import lexicon as L
from .text import fold_pattern

_UNITS = [(re.compile(fold_pattern(p)), meaning) for p, meaning in L.AGO_UNITS]
_VAGUE = re.compile(fold_pattern(L.AGO_VAGUE_UNITS + "|днями|неделями"))
_NUMBERS = {**L.AGO_NUMBERS, **L.OFFSET_NUMBERS}
_MAX_DAYS = 366


def offset_days(m: re.Match[str]) -> int | None:
    """The signed number of days a CONTEXT_OFFSET match counts (-7 for 'a week earlier'),
    or None for a vague one ('днями ранее', 'بعد أيام': some days, no date)."""
    gd = m.groupdict()
    unit_word, count_word = gd["u"], gd.get("n")
    if not count_word and _VAGUE.fullmatch(unit_word):
        return None
    count, unit = 1, None
    for rx, meaning in _UNITS:
        if rx.match(unit_word):
            if isinstance(meaning, int):  # an Arabic dual carries its count
                count = meaning
                continue
            unit = meaning
            break
    if count_word:
        count = int(count_word) if count_word.isdigit() else _NUMBERS.get(count_word)
    if unit not in ("day", "week") or count is None:
        return None
    days = count * (7 if unit == "week" else 1)
    if days > _MAX_DAYS:
        return None
    return -days if gd.get("back") is not None else days


def counts_from_named(m: re.Match[str]) -> bool:
    """Whether a CONTEXT_OFFSET match counts before a happening it names ('a day before the
    meeting', 'toplantısından bir gün önce'): its group `named`."""
    return m.groupdict().get("named") is not None
