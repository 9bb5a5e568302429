"""The round numbers a round's title names (outside tester t12c, 2): 'Geneva IV', 'Geneva
iv', 'Geneva 04', 'Geneva ٤', 'Geneva 4th round', 'Geneva round IV', 'Женева IV' and
'الجولة الرابعة من محادثات جنيف' all name round 4, so a round of that track titled so is a
copy of the one that holds 4.

No reader of its own: a title is read as the site's search reads a round in a query, word
by word (search/terms.numeral_forms: a short number, leading zeros and Arabic-Indic or
Persian digits included, a Roman numeral in any case, an ordinal such as '4th', '4e',
'quatrième' or the '4' of '4-й' and '4.'), and as the ingestion reads a round in a
sentence of any of its six languages (ingest/pipeline/rounds.find_rounds: 'the second
round', 'четвёртый раунд', 'الجولة الرابعة', 'IVe cycle'). A title naming another track
of the record's and not its own ('Astana 4' on the Geneva track) names none of its own
track's rounds.

A number that is plainly something else numbers no round: the day of a date (a month
word beside it: 'Geneva talks – 4 March round', 'Session of 2 December') and a term of a
sum or a ratio ('5+5 military committee', '2/3'); outside tester t13b, 6. Leading zeros
are read past however many there are ('Geneva 004'; t13b, 5)."""

import re
from collections.abc import Collection
from functools import lru_cache

from peaceproc.ingest.pipeline.lexicon import MONTH_WORDS
from peaceproc.ingest.pipeline.rounds import day_ordinals, find_rounds, track_at
from peaceproc.ingest.pipeline.text import fold as article_fold
from peaceproc.search.folding import WORD, fold, query_text
from peaceproc.search.terms import numeral_forms
from peaceproc.search.tracks import tracks_named

from .track_names import Language


def _numeral(word: str) -> int | None:
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


@lru_cache(maxsize=1)
def _spelled_ordinals() -> dict[str, int]:
    """The Arabic and Persian ordinal words, folded as the ingestion folds them
    (article_fold: 'الرابعة' as 'الرابعه', 4; 'چهارم' 4)."""
    return {**day_ordinals("ar"), **day_ordinals("fa")}


def _ordinal_after_track(words: list[re.Match[str]], i: int) -> int | None:
    """The number of an Arabic or Persian ordinal words[i] right after a track's name
    ('جنيف الرابعة', 'Geneva the fourth': the press's order; outside tester t13b, 5)."""
    number = _spelled_ordinals().get(article_fold(words[i].group()))
    if number is None or i == 0:
        return None
    return number if track_at(article_fold(words[i - 1].group()), 0, 0) else None


@lru_cache(maxsize=4096)
def _numbers(text: str) -> frozenset[int]:
    folded = fold(text)
    found = list(WORD.finditer(folded))
    words = {
        n
        for i, m in enumerate(found)
        if (n := _numeral(m.group()) or _ordinal_after_track(found, i))
        and not _other_number(folded, found, i)
    }
    sentences = {
        mention.number
        for language in Language
        for mention in find_rounds(text, language.value)
        if mention.number
    }
    return frozenset(words | sentences)


def numbers_named(
    text: str, *, track_id: int, tracks: Collection[tuple[int, str, str]]
) -> frozenset[int]:
    """The round numbers `text` (a title as namesakes reads it) names for the track
    `track_id`, one of `tracks` ((pk, slug, name), every stored track): none when it names
    another of them and not this one."""
    text = query_text(text)
    named = tracks_named(text, tracks)
    if named and track_id not in named:
        return frozenset()
    return _numbers(text)
