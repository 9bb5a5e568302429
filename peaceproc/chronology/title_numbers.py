"""The round numbers a round's title names (outside tester t12c, 2): 'Geneva IV', 'Geneva
iv', 'Geneva 04', 'Geneva ٤', 'Geneva 4th round', 'Geneva round IV', 'Женева IV',
'Geneva four', 'Женева четыре' and 'الجولة الرابعة من محادثات جنيف' all name round 4, so
a round of that track titled so is a copy of the one that holds 4.

A title is read as the site's search reads a round in a query, word by word
(search/terms.numeral_forms: a short number, leading zeros and Arabic-Indic or Persian
digits included, a Roman numeral in any case, an ordinal such as '4th', '4e', 'quatrième'
or the '4' of '4-й' and '4.'), with the numbers spelled as words in six languages
(cardinals.py: 'four', 'quatre', 'dört', 'أربعة', 'چهار'), and as the ingestion reads a
round in a sentence of any of its six languages (ingest/pipeline/rounds.find_rounds: 'the
second round', 'четвёртый раунд', 'الجولة الرابعة', 'IVe cycle'). A title naming another
track of the record's and not its own ('Astana 4' on the Geneva track) names none of its
own track's rounds.

An ordinal names a round wherever it stands. A cardinal (in figures, Roman or words) names
one only in a round's name (outside tester t13b, 6): right after a track's name, its talks
or a round's noun ('Astana 4', 'Astana talks 4', 'round IV'; rounds.round_head_before), and
counting nothing: not joined to a word ('Astana 1-day meeting') nor followed by one it
counts ('Astana 3 delegations', 'Astana two days'); a function word or a place may follow
it ('Astana 4 in Sochi'). A Roman numeral counts nothing: any word may follow it ('Astana
II ceasefire monitors'). So '3 delegations meet in Astana', 'two days of talks', 'Astana
talks with 5 observers' and 'Extra talks I' name no round.

A number that is plainly something else numbers no round either: the day of a date (a
month word beside it: 'Geneva talks – 4 March round', 'Session of 2 December') and a term
of a sum or a ratio ('5+5 military committee', '2/3'); outside tester t13b, 6. Leading
zeros are read past however many there are ('Geneva 004'; t13b, 5)."""

import re
from collections.abc import Collection
from functools import lru_cache

from peaceproc.ingest.pipeline.lexicon import MONTH_WORDS
from peaceproc.ingest.pipeline.rounds import (
    find_rounds,
    round_head_before,
    round_word,
)
from peaceproc.search.folding import WORD, fold, query_text
from peaceproc.search.function_words import FUNCTION_WORDS
from peaceproc.search.ordinals import ordinal_value
from peaceproc.search.terms import numeral_forms, place_names
from peaceproc.search.tracks import tracks_named

from .cardinals import folded, spelled_cardinals, spelled_ordinals
from .track_names import Language


def numeral(word: str) -> int | None:
    """The number a folded word writes as a round's number ('iv', '004', '4th'), else
    None."""
    if word.isascii() and word.isdigit():
        word = word.lstrip("0") or "0"
    forms = numeral_forms(word) or ()
    return next((int(form) for form in forms if form.isdigit() and int(form)), None)


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    return frozenset(fold(word) for word in MONTH_WORDS)


# A number joined to another by the sign of a sum, a product or a ratio ('5+5', '2/3').
_SUM = re.compile(r"\d\s*[+×*/:]\s*$|^\s*[+×*/:]\s*\d")


def _other_number(folded: str, words: list[re.Match[str]], i: int) -> bool:
    """Whether words[i] of `folded` numbers something else than a round: a month word
    beside it (a date's day), or a sign joining it to another number (_SUM)."""
    beside = [words[j].group() for j in (i - 1, i + 1) if 0 <= j < len(words)]
    if any(word in _months() for word in beside):
        return True
    before = folded[max(0, words[i].start() - 3) : words[i].start()]
    after = folded[words[i].end() : words[i].end() + 3]
    return bool(_SUM.search(before) or _SUM.search(after))


# The units of time an ordinal counts ('Astana 1st day', 'the second week of Geneva IV'):
# a day of a round, not a round (outside tester t14d, 8). Six languages, folded as
# cardinals.folded folds.
_TIME_UNITS = (
    *("day", "days", "week", "anniversary"),  # English
    *("jour", "journee", "semaine", "anniversaire"),  # French
    *("день", "дня", "дне", "неделя", "недели", "неделе", "годовщина"),  # Russian
    *("gün", "günü", "gününde", "hafta", "haftası", "yıldönümü"),  # Turkish
    *("يوم", "اليوم", "أسبوع", "الأسبوع", "ذكرى"),  # Arabic
    *("روز", "هفته", "سالگرد"),  # Persian
)


@lru_cache(maxsize=1)
def _time_units() -> frozenset[str]:
    return frozenset(map(folded, _TIME_UNITS))


def _ordinals(text: str) -> set[int]:
    """The round numbers the ordinals of `text` (folded by cardinals.folded; the one
    reader, cardinals.spelled_ordinals) name: one the site's search reads as a round's
    ('4th', '4e', 'fourth', 'quatrième') wherever it stands, any other ('second',
    'второй', 'ikinci', 'الثاني', 'دوم') after what a round's number follows ('Astana
    second', 'جنيف الرابعة'); none that is a date's day (a month word beside it) or counts
    a unit of time ('Astana 1st day')."""
    found = set()
    for start, end, n in spelled_ordinals(text):
        after = _NEXT_WORDS.match(text, end)
        if (after and after.group(1) in _time_units()) or _beside_month(text, start, end):
            continue
        if ordinal_value(text[start:end]) is not None or round_head_before(text, start):
            found.add(n)
    return found


def _beside_month(text: str, start: int, end: int) -> bool:
    """Whether a month word stands right before text[start:end] or right after it."""
    before = WORD.findall(text[:start])[-1:]
    after = _NEXT_WORDS.match(text, end)
    return any(w in _months() for w in [*before, *(after.groups()[:1] if after else ())])


# A Russian ordinal's ending joined to its figure ('4-й', folded '4-и'; '4-я', '4-го'),
# and the French and English ones typed apart ('4-e', '4-th'): the figure is the round's.
_ORDINAL_ENDING = re.compile(r"-(?:и|я|е|го|м|ои|ии|ая|ое|ыи|e|eme|er|re|th|st|nd|rd)(?!\w)")
_JOINED_WORD = re.compile(r"-[^\W\d_]")
_NEXT_WORDS = re.compile(r"\s+(\w+)(?:\s+(\w+))?")


def _free_after(text: str, end: int, *, spelled: bool) -> bool:
    """Whether the number ending at text[end] (`text` folded by cardinals.folded) counts
    nothing: no word is joined to it but an ordinal's ending ('1-day', 'two-day' count),
    and the word after it, if any, is a round's noun, its talks, or, after a number in
    figures or a spelled one that is no function word itself ('on', 'bir', 'un'), a
    function word or a place ('Astana 4 in Sochi', 'Astana 10 Sochi')."""
    if _ORDINAL_ENDING.match(text, end):
        return True
    if _JOINED_WORD.match(text, end):
        return False
    after = _NEXT_WORDS.match(text, end)
    if after is None:
        return True
    if round_word(after.group(1)):
        return True
    if spelled and text[:end].rsplit(None, 1)[-1] in FUNCTION_WORDS:
        return False
    words = tuple(w for w in after.groups() if w)
    return words[0] in FUNCTION_WORDS or any(words[:n] in place_names() for n in (1, 2))


def _cardinals(text: str, words: list[re.Match[str]]) -> set[int]:
    """The numbers `text` (folded by cardinals.folded) names as a round's cardinal: in
    figures, Roman or words, after what a round's number follows and counting nothing."""
    found = [
        (m.start(), m.end(), n, False)
        for i, m in enumerate(words)
        if ordinal_value(m.group()) is None
        and (n := numeral(m.group()))
        and not _other_number(text, words, i)
    ]
    found += [(start, end, n, True) for start, end, n in spelled_cardinals(text)]
    return {
        n
        for start, end, n, spelled in found
        if round_head_before(text, start)
        and (
            (not spelled and _roman_free(text, start, end))
            or _free_after(text, end, spelled=spelled)
        )
    }


def _roman_free(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] (a number in figures or Roman) is a Roman numeral no word
    is joined to: a Roman numeral counts nothing, so one after a track's name numbers its
    round whatever word follows ('Astana II ceasefire monitors'; outside tester t14d, 8)."""
    return not text[start:end].isdigit() and not _JOINED_WORD.match(text, end)


def _counting(text: str, mention_end: int) -> bool:
    """Whether a round the ingestion read in `text` ends in a number that counts what
    follows it ('Astana 3 delegations', 'Astana 1-day meeting')."""
    tail = folded(text[:mention_end])
    last = WORD.findall(tail)[-1:]
    figures = bool(last) and ordinal_value(last[0]) is None and bool(numeral(last[0]))
    return figures and not _free_after(folded(text), len(tail), spelled=False)


@lru_cache(maxsize=4096)
def _numbers(text: str) -> frozenset[int]:
    text_folded = folded(text)
    found = list(WORD.finditer(text_folded))
    ordinals = _ordinals(text_folded)
    sentences = {
        mention.number
        for language in Language
        for mention in find_rounds(text, language.value)
        if mention.number and not _counting(text, mention.end)
    }
    return frozenset(ordinals | _cardinals(text_folded, found) | sentences)


# Figures of one or two digits side by side with nothing but a space between them
# ('Astana 2 2'; outside tester t15d, 6): one number typed with a stray space, as '2 254'
# is one number spaced in thousands. Read apart, neither names anything: a round has one
# number, and a number that counted the other would be followed by what it counts.
_SPLIT_FIGURES = re.compile(r"(?<![\w.,])\d{1,2}(?: \d{1,2})+(?![\w.,])")


def numbers_named(
    text: str, *, track_id: int, tracks: Collection[tuple[int, str, str]]
) -> frozenset[int]:
    """The round numbers `text` (a title as namesakes reads it) names for the track
    `track_id`, one of `tracks` ((pk, slug, name), every stored track): none when it names
    another of them and not this one. Figures split by a space are one number
    (_SPLIT_FIGURES)."""
    text = _SPLIT_FIGURES.sub(lambda m: m.group().replace(" ", ""), query_text(text))
    named = tracks_named(text, tracks)
    if named and track_id not in named:
        return frozenset()
    return _numbers(text)
