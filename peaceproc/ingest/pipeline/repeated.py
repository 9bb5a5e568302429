"""The same date words said again in one article ('في أوائل ديسمبر' in the lead, and again
in the minister's words two paragraphs down): one date. A part of a month or a day without
its year, written in two words or more ('early December', 'в начале декабря', 'أوائل
ديسمبر', 'fin décembre'), is read as the article read it first; the later sentence's own
tense (a verb of saying in the past) does not move it a year. A bare month word ('in
December') may be another year's, and is read on its own.
"""

from __future__ import annotations

from dataclasses import replace

from .text import fold
from .types import DateMention

_NO_YEAR = ("year-inferred", "month-no-year")


class RepeatedWords:
    """The readings of the article's year-less dates, by their words."""

    def __init__(self) -> None:
        self._first: dict[str, DateMention] = {}

    def read(self, mentions: list[DateMention]) -> list[DateMention]:
        out = []
        for m in mentions:
            key = " ".join(fold(m.text).split())
            if m.basis not in _NO_YEAR or m.end is not None or " " not in key:
                out.append(m)
                continue
            first = self._first.setdefault(key, m)
            if first is not m and first.start != m.start:
                why = f"{m.text}: as the same words read first in the article ({first.why})"
                m = replace(m, start=first.start, why=why)
            out.append(m)
        return out
