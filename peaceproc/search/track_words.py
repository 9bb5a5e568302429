"""A track named by its words: the tracks' names table (chronology/track_names.py) read
as a query's words are, for the search's track runs (tracks.py) and its terms
(terms.py)."""

from functools import lru_cache

from peaceproc.chronology.track_names import TRACK_NAMES, Language
from peaceproc.ingest.pipeline.text import fold as letters

from .folding import WORD, fold, query_text


def name_words(text: str) -> tuple[str, ...]:
    """`text`'s words as a track's name is matched: folded (case, accents), with the Arabic
    script's interchangeable letters read alike ('کمیتۀ', 'كميته') and Turkish's dotless
    i as i ('formati'), without its single letters, as a search leaves them out
    (limits.tidy_search: 'processus d'Astana' is searched as 'processus Astana')."""
    folded = fold(letters(query_text(text))).replace("ı", "i")
    return tuple(w for w in WORD.findall(folded) if len(w) > 1 or w.isdigit())


@lru_cache(maxsize=1)
def named_tracks() -> dict[tuple[str, ...], str]:
    """Each name of TRACK_NAMES as name_words -> its track's slug."""
    return {
        name_words(name): slug
        for slug, languages in TRACK_NAMES.items()
        for names in languages.values()
        for name in names
    }


def track_named(words: list[str]) -> str | None:
    """The slug of the track `words` are one of the names of (TRACK_NAMES), or None."""
    return named_tracks().get(name_words(" ".join(words)))


def english_names(slug: str) -> list[tuple[str, ...]]:
    """The track's English names as name_words, its own first."""
    return [name_words(name) for name in TRACK_NAMES[slug][Language.ENGLISH]]
