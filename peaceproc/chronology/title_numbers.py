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
track's rounds."""

from collections.abc import Collection
from functools import lru_cache

from peaceproc.ingest.pipeline.rounds import find_rounds
from peaceproc.search.folding import WORD, fold, query_text
from peaceproc.search.terms import numeral_forms
from peaceproc.search.tracks import tracks_named

from .track_names import Language


def _numeral(word: str) -> int | None:
    """The number a folded word writes as a round's number ('iv', '04', '4th'), else None."""
    forms = numeral_forms(word) or ()
    return next((int(form) for form in forms if form.isdigit() and int(form)), None)


@lru_cache(maxsize=4096)
def _numbers(text: str) -> frozenset[int]:
    words = {n for word in WORD.findall(fold(text)) if (n := _numeral(word))}
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
