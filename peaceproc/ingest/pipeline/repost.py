"""A reposted story: the line that says when it first appeared elsewhere, and that day.

An article that reposts an earlier story keeps that story's words: its 'today', its
'yesterday' and its weekdays are of the day it first appeared, not of the repost's
publication date. A line with a repost label (lexicon.REPOST_LABELS: 'Originally
published', 'first appeared', 'İlk yayın', 'نُشر لأول مرة', ...) followed by a date written
with its year, before the publication date, gives that day. The line itself is page
clutter: no happening of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from . import lexicon as L
from .dates import extract_dates
from .text import Sentence, fold, fold_pattern

# How far after the label its date may end ('first appeared on Al-Monitor on 3 May 2019').
_DATE_REACH = 80
# Written with its year: the day is the repost's own reading, never a guess.
_WRITTEN_BASES = ("absolute", "jalali", "hijri")
_YEAR = re.compile(r"\d{4}")


@dataclass(frozen=True)
class Repost:
    day: date
    sentences: frozenset[int]  # the indexes of the lines that say it (no happening)


@lru_cache(maxsize=8)
def _label(lang: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + fold_pattern(L.REPOST_LABELS[lang]) + r")(?!\w)")


def find_repost(sentences: list[Sentence], published: date | None, lang: str) -> Repost | None:
    """The day the reposted story first appeared, when a line of the article says so with
    a full date before `published`; else None."""
    if published is None:
        return None
    label = _label(lang)
    for i, s in enumerate(sentences):
        hit = label.search(fold(s.text))
        if hit is None:
            continue
        # From the label's start: Persian closes it with its verb, the date inside it
        # ('نخستین بار در ۱۴ فوریه ۲۰۲۳ منتشر شد').
        words = s.text[hit.start() : hit.end() + _DATE_REACH]
        for m in extract_dates(words, published=published, language=lang):
            if (
                m.precision == "day"
                and m.end is None
                and m.basis in _WRITTEN_BASES
                and _YEAR.search(m.text)
                and m.start < published
            ):
                return Repost(m.start, frozenset({i}))
    return None
