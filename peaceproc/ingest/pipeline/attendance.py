"""Who a sentence tells took part in the gathering it reports: the people the review may
tick onto a round or an event already recorded (outside tester t15a, findings 1 and 4).

A person attends when the sentence has an affirmative verb of taking part ('met', 's'est
entretenu', 'встретился', 'görüştü', 'التقى', 'دیدار کرد') and the person is one of its
participants: its subject, or joined to it ('with', 'avec', 'с', 'ile', 'مع', 'با'), not a
person named beside it ('a proposal by X', 'sent a message to', 'X said that Y met Z').
A sentence that negates its gathering or tells someone was absent ('did not attend',
'n'a pas assisté', 'не участвовал', 'katılmadı', 'لم يحضر', 'شرکت نکرد', 'boycotted',
'without X') has no attendee at all. The rule is strict on purpose: a person left out is
offered unticked, with the reason shown; a person ticked wrongly becomes a participant of a
record the editor did not mean to change."""

import re

from . import lexicon as L
from .cues import speech_rx
from .text import fold, fold_pattern

# Turkish genitive on a name, the subject of a nominalised verb ("Şeybani'nin Putin ile
# görüştüğünü söyledi": Şeybani met Putin, whoever said so).
_TR_GENITIVE = re.compile(r"\A['’]?(?:n?[ıiuü]n)(?!\w)")
_TR_NOMINALISED = re.compile(r"(?:d|t)[ıiuü]ğ|(?:y)?[ae]c[ae]ğ")
_CLAUSE_STOP = re.compile(r"[;:()\"«»“”\u061b]")
# How far before a verb of saying its speaker may end ('Lavrov said', 'Lavrov, speaking on
# Monday, said'), and after it ('said Lavrov').
_SPEAKER_BEFORE = 40
_SPEAKER_AFTER = 12
# How many words a preposition before a name may stand from it ('a proposal by Russian
# Foreign Minister Sergey Lavrov').
_TITLE_WORDS = 4
# How many words may stand between the verb and a person after it that is one of its
# people ('met Turkish Foreign Minister Hakan Fidan', 'held talks in Moscow with X').
_AFTER_WORDS = 8


def _rx(patterns: dict[str, str]) -> dict[str, re.Pattern[str]]:
    return {
        lang: re.compile(r"(?<!\w)(?:" + fold_pattern(p) + r")(?!\w)")
        for lang, p in patterns.items()
    }


_TAKING_PART_RX = _rx(L.ATTENDANCE_VERBS)
# Nobody of the sentence attends when it negates its gathering, names nobody of it ('neither
# X nor Y'), tells an intention it does not tell was fulfilled, or a report denied.
_NEGATED_RX = _rx(
    {
        lang: "|".join(
            table[lang]
            for table in (
                L.ATTENDANCE_NEGATED,
                L.ATTENDANCE_NONE,
                L.ATTENDANCE_UNFULFILLED,
                L.ATTENDANCE_DENIED,
            )
        )
        for lang in L.ATTENDANCE_NEGATED
    }
)
_ROLE_OF_AFTER_RX = {
    lang: re.compile(fold_pattern(p) + r"(?!\w)") for lang, p in L.ROLE_OF_AFTER.items()
}
_ROLE_OF_BEFORE_RX = {
    lang: re.compile(r"(?<!\w)(?:" + fold_pattern(p) + r")\s+\Z")
    for lang, p in L.ROLE_OF_BEFORE.items()
}
_RU_GENITIVE_END = re.compile(fold_pattern(L.RU_GENITIVE_END))
# At most a few words of title between a word and the name after it ('met Lebanese Foreign
# Minister Youssef Rajji').
_TITLE_GAP = r"(?:[^\s,\u060c]+\s+){0," + str(_TITLE_WORDS) + r"}\Z"
_NOT_OF_IT_RX = {
    lang: re.compile(
        r"(?<!\w)(?:"
        + fold_pattern(p)
        + r")\s+"
        + _TITLE_GAP
        + (
            r"|(?<!\w)(?:" + L.OF_RIGHT_BEFORE[lang] + r")\s*\Z"
            if lang in L.OF_RIGHT_BEFORE
            else ""
        )
    )
    for lang, p in L.NOT_OF_IT_BEFORE.items()
}


def negated(sentence: str, language: str) -> bool:
    """Whether the sentence negates its gathering or tells someone stayed away from it."""
    rx = _NEGATED_RX.get(language)
    return bool(rx and rx.search(fold(sentence)))


def attendees(sentence: str, language: str, people: list[tuple[str, int, int]]) -> tuple[str, ...]:
    """The people of `people` ((ident, start, end) in `sentence`) that the sentence tells
    took part in its gathering, in order; none when it negates it (module docstring)."""
    verbs_rx = _TAKING_PART_RX.get(language)
    if verbs_rx is None or negated(sentence, language):
        return ()
    folded = fold(sentence)
    verbs = [(m.start(), m.end()) for m in verbs_rx.finditer(folded)]
    if not verbs:
        return ()
    sayings = [(m.start(), m.end()) for m in speech_rx(language).finditer(folded)]
    # Where a verb's object would start: a verb ending in 'to' ('played host to X') takes X.
    objects = [(a, b + len(folded[b:]) - len(folded[b:].lstrip())) for a, b in verbs]
    out = []
    for ident, start, end in people:
        if ident in out or _speaker(start, end, sayings, verbs, people):
            continue
        if _stood_for(folded, language, start, end):
            continue
        if _not_of_it(folded, language, start) and not any(b == start for _a, b in objects):
            continue
        if any(_of_verb(folded, language, start, end, v, sayings, people) for v in verbs):
            out.append(ident)
    return tuple(out)


_MET_WITH_BEFORE_RX = {
    lang: re.compile(r"(?<!\w)(?:" + fold_pattern(p) + r")\s+" + _TITLE_GAP)
    for lang, p in L.MET_WITH_BEFORE.items()
}
_MET_WITH_AFTER_RX = {lang: re.compile(fold_pattern(p)) for lang, p in L.MET_WITH_AFTER.items()}
_OBJECT_RX = re.compile(r"\s*" + _TITLE_GAP)
# The subject right before its verb: at most one word between ('X has met'), no sign.
_SUBJECT_RX = re.compile(r"\s+(?:\w+\s+)?")


def counterparts(
    sentence: str, language: str, people: list[tuple[str, int, int]]
) -> tuple[str, ...]:
    """The attendees of `people` (attendees) whom the sentence names as meeting: the
    subject or the object of its verb of taking part ('Nursultan Nazarbayev received Lavrov',
    'Lavrov met Rex Tillerson', 'a reçu Rex Tillerson', with at most a few words of title
    before an object) or named after 'with' ('встретился с Рексом Тиллерсоном', "Tillerson
    ile"): not a byline, a hotel or a name further off."""
    folded = fold(sentence)
    verbs = _TAKING_PART_RX.get(language)
    spans = [m.span() for m in verbs.finditer(folded)] if verbs is not None else []
    before, after = _MET_WITH_BEFORE_RX.get(language), _MET_WITH_AFTER_RX.get(language)
    met = {
        ident
        for ident, start, end in people
        if any(e <= start and _OBJECT_RX.match(folded[e:start]) for _s, e in spans)
        or any(end <= s and _SUBJECT_RX.fullmatch(folded[end:s]) for s, _e in spans)
        or (before is not None and before.search(folded, max(0, start - 80), start))
        or (after is not None and after.match(folded, end))
    }
    return tuple(ident for ident in attendees(sentence, language, people) if ident in met)


def _speaker(start: int, end: int, sayings, verbs, people) -> bool:
    """Whether the person is who says it: named just before a verb of saying with no other
    person or verb of taking part between ('Lavrov said', 'Lavrov told reporters'), or just
    after it with no verb of taking part after ('..., said Lavrov')."""
    for a, b in sayings:
        between = [*(s for _i, s, _e in people), *(v for v, _w in verbs)]
        if 0 <= a - end <= _SPEAKER_BEFORE and not any(end <= x < a for x in between):
            return True
        if 0 <= start - b <= _SPEAKER_AFTER and not any(v > start for v, _w in verbs):
            return True
    return False


def _not_of_it(folded: str, language: str, start: int) -> bool:
    """A name right after 'by', 'to', 'of', 'about' and the like: someone the gathering is
    about or addresses, not one of its people."""
    before = folded[max(0, start - 80) : start]
    return bool(_NOT_OF_IT_RX[language].search(before))


def _stood_for(folded: str, language: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is whom a role holder stands for ('Lavrov's deputy
    Gatilov', "Lavrov'un yardımcısı", 'заместитель Лаврова', 'نائب لافروف', 'معاون لاوروف'):
    the one named with the role attends, not the name."""
    after = _ROLE_OF_AFTER_RX.get(language)
    if after is not None and after.match(folded, end):
        return True
    before = _ROLE_OF_BEFORE_RX.get(language)
    if before is None or not before.search(folded[max(0, start - 40) : start]):
        return False
    return language != "ru" or bool(_RU_GENITIVE_END.search(folded, 0, end))


def _of_verb(folded: str, language: str, start: int, end: int, verb, sayings, people) -> bool:
    """Whether the person at [start, end) is one of the people of the verb at `verb`: in its
    clause (no clause break or verb of saying between them), and its subject (before it) or
    joined to it after it, directly or by 'with'/'and'."""
    a, b = verb
    lo, hi = (end, a) if end <= a else (b, start)
    gap = folded[lo:hi]
    if _CLAUSE_STOP.search(gap) or any(lo <= s < hi for s, _e in sayings):
        return False
    if end <= a:
        return not _before_a_genitive(folded, language, start, verb, people)
    # After the verb: right after it ('met X'), or joined to a person who is ('met X and Y',
    # 'held talks with X'): what lies between is names, joining words and titles only.
    rest = gap
    for _ident, s, e in people:
        if b <= s and e <= start:
            rest = rest.replace(folded[s:e], " ")
    words = [w for w in re.split(r"[\s,\u060c]+", rest) if w]
    return len(words) <= _AFTER_WORDS


def _before_a_genitive(folded: str, language: str, start: int, verb, people) -> bool:
    """Turkish: a name before another name in the genitive that is the subject of the
    nominalised verb ("Lavrov, Şeybani'nin Putin ile görüştüğünü söyledi"): the first
    names who tells it, not who met."""
    if language != "tr" or not _TR_NOMINALISED.search(folded[verb[0] : verb[1]]):
        return False
    return any(
        start < s and e <= verb[0] and _TR_GENITIVE.match(folded[e : e + 5]) for _i, s, e in people
    )
