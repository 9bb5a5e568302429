"""Happenings an article tells as planned, not held (outside tester t12a, finding 4).

Two shapes, each a candidate the record should not take as a fact by default:
* a happening dated after the article's day ('a further meeting is planned for 20 July'
  in an article of 9 July), or on that day in a future tense ('the ministers will meet in
  Doha today'): not held yet when the article was written;
* a gathering that the sentence makes the object of a plan or an intention ('Fidan had
  announced plans to ... convene a ministerial meeting', 'prévoit de réunir', 'планирует
  провести встречу', 'يعتزم عقد اجتماع', 'قصد دارد نشستی برگزار کند', 'toplantı
  düzenlemeyi planlıyor'), dated by a day that is not its own: that day a plan was told,
  so the candidate is the announcement, not the gathering.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from .lexicon import (
    AHEAD_JOINERS,
    GATHERING_AHEAD,
    PLAN_INTENT,
    PLANNED_AFTER,
    PLANNED_BEFORE,
    PROPOSAL_OPENS,
    PROPOSED_AFTER,
    PROPOSING,
)
from .text import fold_pattern
from .types import DateMention

PLANNED_WHY = "; planned, not yet held on the article's day"
ANNOUNCED_WHY = "; the day a plan was told, not the day of the gathering planned"
PROPOSED_WHY = "; the day a proposal was for, not a day it was held"
# The most confidence a plan's candidate gets: Medium at most (review.confidence_label).
PLANNED_CONFIDENCE = 0.6
# The gatherings a plan may be about (extract._GATHERING_KINDS).
GATHERINGS = ("round", "meeting", "summit", "ministerial", "conference")

_INTENT = {
    lang: re.compile(r"(?<!\w)(?:" + fold_pattern(p) + r")") for lang, p in PLAN_INTENT.items()
}
_AHEAD = {
    lang: re.compile(r"(?<!\w)(?:" + fold_pattern(p) + r")") for lang, p in GATHERING_AHEAD.items()
}
_JOINER = {
    lang: re.compile(r"(?<!\w)(?:" + fold_pattern(p) + r")(?!\w)")
    for lang, p in AHEAD_JOINERS.items()
}
_PLANNED_DATE = {
    lang: re.compile(r"(?<!\w)(?:" + fold_pattern(p) + r")\s*(?:\S+\s*){0,2}\Z")
    for lang, p in PLANNED_BEFORE.items()
}
_PLANNED_AFTER = {lang: re.compile(fold_pattern(p)) for lang, p in PLANNED_AFTER.items()}
_CLAUSE_BREAK = re.compile(r"[,;:()\u060c\u061b.!?]")
# How far apart a plan's word and its gathering's word may be in one clause.
_INTENT_REACH = 90
# Verb-last languages name the plan after the gathering ('toplantı düzenlenmesi
# planlanıyor', 'نشست ... برگزار شود که قرار است'); Persian also before it ('قرار است نشست').
_AFTER_KIND = {"tr": True, "fa": True}
_BEFORE_KIND = {"tr": False}


def ahead(
    m: DateMention, published: date | None, last: date, tense: Callable[[], str | None]
) -> bool:
    """Whether the happening dated by `m` (its period ending on `last`) was still ahead on
    the article's day: its first day after it, or its period holding that day and its
    clause in the future tense (`tense`, read only then)."""
    if published is None or last < published:
        return False
    return m.start > published or tense() == "future"


_PROPOSING = {
    lang: re.compile(r"(?<!\w)(?:" + fold_pattern(p) + r")(?!\w)") for lang, p in PROPOSING.items()
}
_PROPOSAL_OPENS = {
    lang: re.compile(r"(?<!\w)(?:" + fold_pattern(p) + r")(?!\w)")
    for lang, p in PROPOSAL_OPENS.items()
}
_PROPOSED_AFTER = {lang: re.compile(fold_pattern(p)) for lang, p in PROPOSED_AFTER.items()}


def proposed_for(folded: str, lang: str, m: DateMention) -> bool:
    """Whether `m` is the day a proposal was for (lexicon.PROPOSING): in its clause (up to
    _INTENT_REACH before it), a verb of proposing and the proposal's content opened between
    the verb and the day ('had proposed in May that the next round be held on 12 July'; not
    'proposed on 4 May that ...', the day of the proposing); in Turkish, the verbal noun
    after the day that the verb governs ("12 Temmuz'da yapılmasını önerdi")."""
    after = _PROPOSED_AFTER.get(lang)
    if after is not None:
        return bool(after.match(folded, m.char_end))
    proposing = _PROPOSING.get(lang)
    if proposing is None:
        return False
    lo = max(0, m.char_start - _INTENT_REACH)
    breaks = list(_CLAUSE_BREAK.finditer(folded, lo, m.char_start))
    start = breaks[-1].end() if breaks else lo
    verbs = list(proposing.finditer(folded, start, m.char_start))
    return (
        bool(verbs)
        and _PROPOSAL_OPENS[lang].search(folded, verbs[-1].end(), m.char_start) is not None
    )


def plan_told(folded: str, lang: str, m: DateMention, kinds: list[tuple[str, int]]) -> bool:
    """Whether the gathering the sentence names is the object of a plan or an intention
    in its clause, and `m` dates the telling, not the gathering: before the plan's word
    ('On 2 December, Fidan announced plans to convene a meeting'; 'plans to meet on 5 May'
    dates the meeting), never the date a plan is for ('the talks planned for 5 May',
    '5 Mayıs'ta yapılması planlanan toplantı')."""
    intent = _INTENT.get(lang)
    if intent is None:
        return False
    planned_date = _PLANNED_DATE.get(lang)
    if planned_date is not None and planned_date.search(folded, 0, m.char_start):
        return False
    planned_after = _PLANNED_AFTER.get(lang)
    if planned_after is not None and m.char_end and planned_after.match(folded, m.char_end):
        return False
    gatherings = [at for kind, at in kinds if kind in GATHERINGS]
    # Every gathering the sentence names is planned: 'met in Astana and planned to meet
    # again' tells one held that day.
    return bool(gatherings) and all(
        _governed(folded, lang, m, at, intent) or _told_ahead(folded, lang, m, at)
        for at in gatherings
    )


# How far after a gathering's verb of the future a date still is the gathering's own
# ('a new round will be held on 14 June').
_OWN_DAY_REACH = 30


def _told_ahead(folded: str, lang: str, m: DateMention, at: int) -> bool:
    """Whether the gathering whose word is at `at` is told as still ahead in its clause
    ('announced on Thursday that a new round would be held in June', 'dün yeni bir turun
    Haziran ortasında yapılacağını duyurdu'), `m` dating something else than it: a date
    between the gathering's word and its verb, or just after them, is its own."""
    ahead = _AHEAD.get(lang)
    if ahead is None:
        return False
    lo, hi = max(0, at - _INTENT_REACH), min(len(folded), at + _INTENT_REACH)
    for cue in ahead.finditer(folded, lo, hi):
        a, b = min(at, cue.start()), max(at, cue.end())
        if _CLAUSE_BREAK.search(folded, a, b) or _JOINER[lang].search(folded, a, b):
            continue
        own_end = b + _OWN_DAY_REACH
        if stop := _CLAUSE_BREAK.search(folded, b, own_end):
            own_end = stop.start()
        if m.char_start < own_end and m.char_end > a:
            continue  # 'will be held on 14 June': the gathering's own day
        return True
    return False


def _governed(folded: str, lang: str, m: DateMention, at: int, intent: re.Pattern[str]) -> bool:
    """Whether a plan's word in the clause of the gathering's word at `at` governs it, the
    date `m` standing before the plan's word."""
    lo, hi = max(0, at - _INTENT_REACH), min(len(folded), at + _INTENT_REACH)
    for cue in intent.finditer(folded, lo, hi):
        before = cue.end() <= at
        if not (_BEFORE_KIND.get(lang, True) if before else _AFTER_KIND.get(lang, False)):
            continue
        a, b = (cue.end(), at) if before else (at, cue.start())
        if _CLAUSE_BREAK.search(folded, a, b):
            continue
        if before and m.char_end > cue.start():
            continue  # 'plans to convene a meeting on 5 May': the gathering's own day
        return True
    return False
