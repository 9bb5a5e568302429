"""Tracks named in a search: a run of the query's words that is a track's name of two
words or more, in any of the six languages of the tracks' names table
(chronology/track_names.TRACK_NAMES: 'la transition', 'переходный период', 'اللجنة
الدستورية') or as the record names the track ('UN envoys'). A search finds such a
track's items as it finds a named participant's: the run matches in an item's own text
or by the item's track.

A one-word name is left to the word-by-word reading: 'Astana' and 'Geneva' are places
too, and 'Astana 4' names a round, not the track's every item."""

from collections.abc import Collection

from .folding import WORD, fold, query_text
from .terms import place_names
from .track_words import name_words, track_named

# The most words a track's name read here has ('UN Constitutional Committee talks' is
# four).
TRACK_WORDS = 4


def _named_runs(raw: list[str], i: int, tracks: Collection[tuple[int, str, str]], shortest: int):
    """The runs of `shortest` to TRACK_WORDS words from raw[i] on that name a track of
    `tracks` ((pk, slug, name)), longest first: (the run's words, the track's pk)."""
    by_slug = {slug: pk for pk, slug, _ in tracks}
    by_name = {name_words(name): pk for pk, _, name in tracks}
    for length in range(min(TRACK_WORDS, len(raw) - i), shortest - 1, -1):
        words = raw[i : i + length]
        if pk := by_name.get(name_words(" ".join(words))) or by_slug.get(track_named(words)):
            yield words, pk


def track_parts(
    query: str, tracks: Collection[tuple[int, str, str]]
) -> tuple[str, list[tuple[str, int]]]:
    """`query` without its runs of words naming a track of `tracks` ((pk, slug, name)),
    and those runs, each with its track's pk, in the query's order: from each word on, the
    longest run of two to TRACK_WORDS words that names one and is not a place's name
    ('نور سلطان', Nur-Sultan, is Astana's: read as the place, as 'Astana' is)."""
    raw = WORD.findall(query_text(query))
    places = place_names()
    rest: list[str] = []
    runs: list[tuple[str, int]] = []
    i = 0
    while i < len(raw):
        named = _named_runs(raw, i, tracks, 2)
        run = next(((w, pk) for w, pk in named if tuple(fold(x) for x in w) not in places), None)
        if run:
            runs.append((" ".join(run[0]), run[1]))
            i += len(run[0])
        else:
            rest.append(raw[i])
            i += 1
    return " ".join(rest), runs


def tracks_named(text: str, tracks: Collection[tuple[int, str, str]]) -> set[int]:
    """The pks of the tracks of `tracks` ((pk, slug, name)) whose name, in any language
    of the names table or as the record names the track, is a run of `text`'s words: one
    word too ('Женева', 'Astana', 'جنيف')."""
    raw = WORD.findall(query_text(text))
    return {pk for i in range(len(raw)) for _, pk in _named_runs(raw, i, tracks, 1)}
