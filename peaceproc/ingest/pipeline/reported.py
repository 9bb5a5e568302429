"""A weekday of reported speech counts from the day of the saying, not the article's: 'the
ministry announced on Sunday that the talks would resume on Monday' is the Monday after
that Sunday, whatever day the article came out ('a annoncé dimanche que ... reprendraient
lundi', 'в воскресенье заявил, что ... возобновятся в понедельник', 'أعلنت يوم الأحد أن
... ستستأنف يوم الاثنين', 'روز یکشنبه اعلام کرد که ... روز دوشنبه ...', 'pazar günü
yaptığı açıklamada ... pazartesi günü ... başlayacağını söyledi').

It does so even when that day is already past at publication: a speaker who says 'Monday'
means the first one, and the writer retells it. A weekday with a 'next' of its own ('next
Monday', 'lundi prochain', 'الاثنين المقبل') is counted from the article's day as written,
the speaker having looked past the first one. A press report's day ('reported on Sunday,
citing sources, that ...') is a saying's day like any other, and never ahead of the
article."""

import re
from dataclasses import replace
from datetime import date, timedelta

from .cues import body_formed, report_rx, speech_rx
from .office import took_office
from .plans import GATHERINGS
from .text import fold_pattern
from .types import DateMention

# Verbs that make something known besides those of saying (cues.speech_rx): 'announced'.
_MADE_KNOWN = {
    "en": r"\b(?:announc\w*|declared|stated|informed)\b",
    "fr": r"\b(?:a|ont|avait|avaient) (?:annoncé|déclaré|fait savoir|précisé|assuré)",
    "ru": r"(?<!\w)(?:объявил\w*|сообщил\w*|заявил\w*|анонсировал\w*)(?!\w)",
    "ar": r"(?<!\w)[وف]?(?:اعلن\w*|صرح\w*|افاد\w*|ذكر\w*)(?!\w)",
    "fa": r"(?:اعلام (?:كرد|كردند|داشت|شد)|خبر داد|گفت)",
    # rules15: 'açıkladı' (announced) as well as 'açıklama' (a statement).
    "tr": r"(?:açıkla\w*|duyur\w*|söyle\w*|bildir\w*|belirt\w*|ifade et\w*|vurgula\w*)",
}
# What opens the reported clause after the verb: 'that', 'que', 'что', 'أن'/'إن', 'که';
# English may leave 'that' out, when the verb itself stands between the two days. Turkish
# puts the reported clause first and ends it in '-acağını' / '-eceğini'.
_REPORTED_CLAUSE = {
    "en": r"\bthat\b",
    "fr": r"\bque\b|\bqu'",
    "ru": r"(?<!\w)что(?!\w)",
    "ar": r"(?<!\w)ب?ان(?:ه|ها|هم)?(?!\w)",
    "fa": r"(?<!\w)كه(?!\w)",
    "tr": r"\w+(?:acağı|eceği|akları|ekleri)n[ıi](?!\w)",
}
MADE_KNOWN = {lang: re.compile(fold_pattern(p)) for lang, p in _MADE_KNOWN.items()}
REPORTED_CLAUSE = {lang: re.compile(fold_pattern(p)) for lang, p in _REPORTED_CLAUSE.items()}
# How far before the saying's day its verb may stand ('announced on Sunday', 'اعلنت
# الوزاره يوم الاحد').
_VERB_BEFORE = 40
# How far a reported clause reaches from its opening word (or a Turkish one from its verb)
# to the date: a long sentence is read in a window around each date, never whole.
_REACH = 300


def from_the_saying(
    mentions: list[DateMention], folded: str, language: str, published: date
) -> list[DateMention]:
    """The mentions, each weekday of a clause reported after a saying dated to a day of its
    own counted from that day: the first such weekday after it, when that is earlier than
    the one counted from the article's day. A weekday with a 'next' of its own is counted
    from the article's day as written: the saying looked past the first one."""
    if language not in MADE_KNOWN or len(mentions) < 2:
        return mentions
    out = list(mentions)
    for j, told in enumerate(out):
        if told.basis != "weekday" or told.end is not None:
            continue
        # The nearest day before it is the saying's ('talks ended on 2 November, and on
        # Thursday he said that ... on Monday': Thursday's).
        i = next((i for i in reversed(range(j)) if _a_day(out[i])), None)
        if i is None or not _reported_after(out[i], told, folded, language):
            continue
        out[i] = heard = _report_made(out[i], folded, language, published)
        if _named_week(told):
            continue
        ahead = (told.start.weekday() - heard.start.weekday()) % 7 or 7
        day = heard.start + timedelta(days=ahead)
        if day < told.start:
            why = f"{told.why.split(':')[0]}: the first after the saying's day {heard.text}"
            out[j] = replace(told, start=day, why=why)
    return out


def _verbs(language: str) -> tuple[re.Pattern[str], ...]:
    """The verbs that report a clause: of saying, of making known, of a press report
    ('reported on Sunday, citing sources, that ...', 'نقلت ... عن مصادر أن')."""
    return (speech_rx(language), MADE_KNOWN[language], report_rx(language))


def _report_made(heard: DateMention, folded: str, language: str, published: date) -> DateMention:
    """The saying's weekday read ahead only for the reported clause's future tense
    ('نقلت الصحيفة يوم الأحد ... سيلتقي', "pazar günü ... görüşeceğini yazdı") put back
    before the article's day when a press report's verb tells it: what an outlet reported
    was published already."""
    if heard.basis != "weekday" or heard.start <= published:
        return heard
    lo = max(0, heard.char_start - _VERB_BEFORE)
    if not report_rx(language).search(folded, lo, heard.char_end + _REACH):
        return heard
    back = heard.start - timedelta(days=7 * (1 + (heard.start - published).days // 7))
    why = f"{heard.why.split(':')[0]}: the last before the article's day, a press report's"
    return replace(heard, start=back, why=why)


def _a_day(m: DateMention) -> bool:
    return m.precision == "day" and m.end is None and not m.end_point


def _named_week(m: DateMention) -> bool:
    """'next Monday', 'last Monday': counted as written, from the article's day."""
    return m.why.startswith(("weekday: the next", "weekday: the last"))


def _reported_after(heard: DateMention, told: DateMention, folded: str, language: str) -> bool:
    """Whether `told` is in a clause reported by a verb whose day is `heard`: a verb of
    saying or making known just before that day or between the two, and the reported
    clause's opening word between them (after `told` in Turkish, the verb last)."""
    if told.char_start - heard.char_end > _REACH:
        return False
    verbs = _verbs(language)
    lo = max(0, heard.char_start - _VERB_BEFORE)
    if language == "tr":
        # The verb before ('yaptığı açıklamada') or after the reported clause ('...
        # görüşeceğini yazdı').
        before = any(v.search(folded, lo, told.char_start) for v in verbs)
        clause = reported_clause(folded, language, told.char_start, told.char_end)
        return (clause is not None and clause[0] <= told.char_start) or (
            before
            and REPORTED_CLAUSE[language].search(folded, told.char_end, told.char_end + _REACH)
            is not None
        )
    if not any(v.search(folded, lo, told.char_start) for v in verbs):
        return False
    if not _saying_day(heard, folded, language):
        return False  # 'the talks ended on 2 November, and Lavrov said that ...' (ablate15)
    clause = REPORTED_CLAUSE[language]
    between = (heard.char_end, told.char_start)
    return clause.search(folded, *between) is not None or (
        language == "en" and any(v.search(folded, *between) for v in verbs)
    )


# How far after its day a verb of saying may stand ('в воскресенье заявил', 'روز یکشنبه
# اعلام کرد').
_VERB_AFTER = 30
# What stands between a saying's verb and a day before it that the saying's is not: a stop.
_STOP = re.compile(r"[;.!?\u061b\u061f]")
# What parts a day from a verb of saying after it: a clause's edge, or an 'and' that opens
# another clause ('ended on 2 November, and Lavrov said'; Arabic writes its 'and' onto the
# next word, after a comma).
_PARTED = {
    lang: re.compile(rf"[,;:.!?\u060c\u061b]|(?<!\w)(?:{words})(?!\w)")
    for lang, words in {"en": "and", "fr": "et", "ru": "и|а", "fa": "و", "ar": "(?!)"}.items()
}


def _saying_day(heard: DateMention, folded: str, language: str) -> bool:
    """Whether `heard` is a saying's own day: a verb of saying or making known stands just
    before it, with no stop and no reported clause's opening between them ('said that the
    talks ended on 2 November' tells the day, it was not said on it), or just after it with
    nothing parting them ('в воскресенье заявил', 'روز یکشنبه اعلام کرد'; not 'the talks
    ended on 2 November, and Lavrov said')."""
    lo = max(0, heard.char_start - _VERB_BEFORE)
    for verb in _verbs(language):
        for m in verb.finditer(folded, lo, heard.char_start):
            if not (
                _STOP.search(folded, m.end(), heard.char_start)
                or REPORTED_CLAUSE[language].search(folded, m.end(), heard.char_start)
            ):
                return True
        after = verb.search(folded, heard.char_end)
        if (
            after
            and after.start() - heard.char_end <= _VERB_AFTER
            and not _PARTED[language].search(folded, heard.char_end, after.start())
        ):
            return True
    return False


# What ends a reported clause: a sentence's or a clause's stop, or a quotation's end.
_CLAUSE_END = re.compile(r"[;:.!?\u061b\u061f]|,\s*(?:he|she|they|il|elle|он|она)\b")
# A Turkish reported clause ends in a nominalised verb that a verb of saying follows
# ('toplanacağını söyledi', 'yapıldığını açıkladı').
_TR_REPORTED_VERB = re.compile(
    r"\w+(?:acağı|eceği|akları|ekleri|dığı|diği|duğu|düğü|tığı|tiği|tuğu|tüğü)n[ıiuü]\s+"
)
_TR_SAID_IN = re.compile(r"(?:açıklama|basın toplantısı|konuşma|röportaj)\w*")
# The kinds a saying gives the day it was said.
_SAYING_KINDS = ("statement", "announcement")


def reported_clause(folded: str, language: str, start: int, end: int) -> tuple[int, int] | None:
    """The clause a verb of saying reports that holds the words at [start, end) ('said
    that the committee would meet on 5 November', 'заявил, что комитет соберется 5
    ноября', "heyetlerin pazartesi günü toplanacağını söyledi"), or None."""
    if language not in REPORTED_CLAUSE:
        return None
    verbs = _verbs(language)
    if language == "tr":
        for m in _TR_REPORTED_VERB.finditer(folded, end, end + _REACH):
            if any(v.match(folded, m.end()) for v in verbs):
                # After the saying's own words ('yaptığı açıklamada', a comma).
                lo = max(0, start - _REACH)
                said = max((w.end() for w in _TR_SAID_IN.finditer(folded, lo, start)), default=lo)
                return (max(folded.rfind(",", lo, start) + 1, said), m.end())
            break
        return None
    opening = None
    for m in REPORTED_CLAUSE[language].finditer(folded, max(0, start - _REACH), start):
        if any(v.search(folded, max(0, m.start() - _VERB_BEFORE), m.start()) for v in verbs):
            opening = m
    if opening is None or _CLAUSE_END.search(folded, opening.end(), start):
        return None
    stop = _CLAUSE_END.search(folded, end)
    return (opening.end(), stop.start() if stop else len(folded))


def said_clause_after(folded: str, language: str, start: int, end: int) -> tuple[int, int] | None:
    """reported_clause_after, or in English, which may leave 'that' out, the rest of the
    clause after the date when a verb of saying stands just before it ('The UN said last
    month the committee had been formed')."""
    clause = reported_clause_after(folded, language, start, end)
    if clause is not None or language != "en":
        return clause
    lo = max(0, start - _VERB_BEFORE)
    if not any(v.search(folded, lo, start) for v in _verbs(language)):
        return None
    stop = _CLAUSE_END.search(folded, end)
    return (end, stop.start() if stop else len(folded))


def reported_kinds(
    kinds: list[tuple[str, int]], folded: str, language: str, start: int, end: int
) -> list[tuple[str, int]]:
    """The kinds of a date in a reported clause: those cued in the clause, without the
    saying's own, when the clause cues a happening of its own ('a indiqué que la réunion
    se tiendra lundi' is the meeting, not the statement)."""
    if not any(k in _SAYING_KINDS for k, _ in kinds):
        return kinds
    if (after := reported_clause_after(folded, language, start, end)) is not None:
        return act_told(kinds, folded, language, after) or _said_on(kinds, after)
    clause = reported_clause(folded, language, start, end)
    if clause is None:
        return kinds
    inside = [(k, at) for k, at in kinds if clause[0] <= at < clause[1]]
    if not any(k not in _SAYING_KINDS for k, _ in inside):
        return kinds
    return [(k, at) for k, at in kinds if k not in _SAYING_KINDS or clause[0] <= at < clause[1]]


# How far after a saying's date the opening of what it reports may stand ('announced on 23
# February that', 'объявили 23 февраля, что').
_OPENS_WITHIN = 40
# A Turkish reported clause opens with its subject in the genitive ('görüşmelerin',
# 'komitenin', "Rusya'nın").
_TR_GENITIVE = re.compile(fold_pattern(r"\w+(?:l[ae]r[ıi]n|n[ıiuü]n|['’]n?[ıiuü]n)(?!\w)"))


def told_after(folded: str, language: str, m: DateMention, kinds: list[tuple[str, int]]) -> bool:
    """Whether `m` is the day a saying told of the gatherings the sentence names, in the
    clause it reports after the date ('announced on Tuesday that talks would follow'): the
    day of the telling, not of a gathering (plans.ANNOUNCED_WHY)."""
    clause = reported_clause_after(folded, language, m.char_start, m.char_end)
    if clause is None:
        return False
    inside = [clause[0] <= at < clause[1] for k, at in kinds if k in GATHERINGS]
    return bool(inside) and all(inside)


def act_told(
    kinds: list[tuple[str, int]], folded: str, language: str, clause: tuple[int, int]
) -> list[tuple[str, int]]:
    """rules15: the milestones of a clause a saying reports after its date when the clause
    tells someone taking an office ('confirmed on Thursday that de Mistura will become the
    envoy', 'a confirmé jeudi que ... deviendra l'émissaire') or a body formed ('said last
    month the committee had been formed': re-tester t16d, 4): the saying makes the
    appointment or the formation known, an act of the process on the saying's day
    (LABELLING U4), not a statement about it; [] when the clause tells none."""
    told = folded[clause[0] : clause[1]]
    if not (took_office(told, language) or body_formed(told, language)):
        return []
    return [(k, at) for k, at in kinds if k == "milestone" and clause[0] <= at < clause[1]]


def _said_on(kinds: list[tuple[str, int]], clause: tuple[int, int]) -> list[tuple[str, int]]:
    """The kinds of a saying's own date, without those of the clause it reports after the
    date (a gathering's stay, for plans to tell the day of its telling: told_after):
    'announced on 23 February that the talks would continue' is the announcement of 23
    February, no meeting ('a annoncé le 23 février que', 'объявили 23 февраля, что',
    'أعلنت في 23 شباط أن', 'در ۲۳ فوریه اعلام کردند که', "23 Şubat'ta görüşmelerin ...
    devam edeceğini duyurdu"). 'announced on 30 December a ceasefire' reports no clause."""
    kept = [(k, at) for k, at in kinds if k in GATHERINGS or not clause[0] <= at < clause[1]]
    if len(kept) == len(kinds) or not any(k in _SAYING_KINDS for k, _ in kept):
        return kinds
    return kept


def reported_clause_after(
    folded: str, language: str, start: int, end: int
) -> tuple[int, int] | None:
    """The clause a verb of saying reports just after the date at [start, end), the verb
    before the date or between it and the clause, or None."""
    verbs = _verbs(language)
    if language == "tr":
        for m in _TR_REPORTED_VERB.finditer(folded, end, end + _REACH):
            if any(v.match(folded, m.end()) for v in verbs):
                subject = _TR_GENITIVE.search(folded, end, m.start())
                return (subject.start(), m.end()) if subject else None
            return None
        return None
    opening = REPORTED_CLAUSE[language].search(folded, end, end + _OPENS_WITHIN)
    if opening is None or _CLAUSE_END.search(folded, end, opening.start()):
        return None
    lo = max(0, start - _VERB_BEFORE)
    if not any(v.search(folded, lo, opening.start()) for v in verbs):
        return None
    stop = _CLAUSE_END.search(folded, opening.end())
    return (opening.end(), stop.start() if stop else len(folded))
