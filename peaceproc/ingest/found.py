"""What an article names besides its dated happenings, for the review page: the people
(each with the participant it matched, or "new"), the places, the tracks, the rounds and
the agreement words. An editor reads it to add a happening the pipeline did not date.

Reads only. Whole-text passes of the pipeline's own readers (no pass per mention; the
rounds are read sentence by sentence, as the pipeline reads them), so an article of any
size under the limits costs a bounded few of them.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

from peaceproc.chronology.models import Participant, Round, Track
from peaceproc.ingest.pipeline.cues import agreement_cues, names_an_agreement
from peaceproc.ingest.pipeline.entities import PLACES
from peaceproc.ingest.pipeline.rounds import _WEAK_NOUNS, find_rounds, track_counts
from peaceproc.ingest.pipeline.text import fold, split_sentences

# A list shown to an editor, not a report: the first few of each kind.
SHOWN = 30


@dataclass(frozen=True)
class FoundPerson:
    name: str
    participant: Participant | None  # None: a name the record does not know ("new")


@dataclass
class Found:
    people: list[FoundPerson] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    tracks: list[tuple[Track, int]] = field(default_factory=list)  # with times named
    round_numbers: list[int] = field(default_factory=list)
    # Known rounds of a named track with a named number ('Astana 8').
    rounds: list[Round] = field(default_factory=list)
    agreements: list[str] = field(default_factory=list)

    @property
    def anything(self) -> bool:
        return bool(
            self.people or self.places or self.tracks or self.round_numbers or self.agreements
        )


def _words_of(form: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(form)))


_WORD = re.compile(r"\w+")
# Each place (entities.PLACES) with the words of each of its names.
_PLACE_WORDS = {
    canon: [words for form in forms if (words := _words_of(form))]
    for canon, forms in PLACES.items()
}
# In Cyrillic a place's name is declined ('в Астане', 'из Женевы', 'Москвой'): its word
# less its last letter, then an ending of up to two letters. Other scripts write the name
# whole: Turkish puts its suffix after an apostrophe ("Astana'da"), and a longer word that
# begins with a name is another word ('Afrika' is no Afrin, 'دبیرکل', secretary-general,
# no Dubai; outside tester t13a, 7).
_CYRILLIC = re.compile(r"[а-яё]")
_STEM_LETTERS = 3
_ARABIC_CLITICS = frozenset("وبلف")


def _cyrillic_stems(word: str) -> set[str]:
    """The stems a Cyrillic word may be a case form of: less up to two letters."""
    return {word[: len(word) - cut] for cut in range(3) if len(word) - cut >= _STEM_LETTERS}


def places_named(folded: str) -> list[str]:
    """The places of entities.PLACES a folded text names, in that table's order: one pass
    over the text's distinct words, whatever its size."""
    words = set(_WORD.findall(folded))
    # 'وأستانا', 'بجنيف', 'لموسكو': Arabic writes 'and', 'in' and 'to' onto the name.
    words |= {w[1:] for w in words if w[:1] in _ARABIC_CLITICS and len(w) > _STEM_LETTERS}
    stems = set()
    for word in words:
        if _CYRILLIC.match(word):
            stems |= _cyrillic_stems(word)
    return [
        canon
        for canon, names in _PLACE_WORDS.items()
        if any(all(_named(w, words, stems) for w in name) for name in names)
    ]


def _named(word: str, words: set[str], stems: set[str]) -> bool:
    """Whether the text's words hold the place's `word`, in Cyrillic in any case."""
    if word in words:
        return True
    return bool(_CYRILLIC.match(word)) and len(word) > _STEM_LETTERS and word[:-1] in stems


@dataclass(frozen=True)
class RoundNumber:
    """A round's number as a sentence names it, with the track named beside it (None:
    none), and whether the word numbered is one that names many things besides a round
    ('the first meeting', 'l'édition', 'заседание')."""

    number: int
    track: str | None
    weak: bool


def round_numbers(text: str, language: str) -> tuple[RoundNumber, ...]:
    """The round numbers of `text`, sentence by sentence, by the pipeline's rule
    (rounds.find_rounds)."""
    out = []
    for sentence in split_sentences(text, language):
        folded = fold(sentence.text)
        for mention in find_rounds(sentence.text, language):
            if mention.number is None:
                continue
            words = folded[mention.start : mention.end]
            weak = any(noun in words for noun in _WEAK_NOUNS)
            out.append(RoundNumber(mention.number, mention.track, weak))
    return tuple(out)


def numbers_of_rounds(mentions: tuple[RoundNumber, ...], tracks_with_rounds: set[str]) -> list[int]:
    """The numbers that are rounds' numbers: a track named beside one must be a track with
    rounds ('the first Security Council meeting of 2025' is no round 1), and an ordinal
    of a meeting, a session or a year names a round only with such a track beside it
    (outside tester t10b, 5); 'the 22nd round' needs none."""
    return sorted(
        {
            m.number
            for m in mentions
            if (m.track in tracks_with_rounds) or (m.track is None and not m.weak)
        }
    )


@dataclass(frozen=True)
class TextReadings:
    """What the whole text names, read once per process for each article (the review page
    is drawn again after every edit)."""

    places: tuple[str, ...]
    track_counts: tuple[tuple[str, int], ...]
    round_numbers: tuple[RoundNumber, ...]
    agreements: tuple[str, ...]


@lru_cache(maxsize=8)
def text_readings(text: str, language: str) -> TextReadings:
    folded = fold(text)
    counts = sorted(((t, n) for t, n in track_counts(folded).items() if n), key=lambda i: -i[1])
    return TextReadings(
        places=tuple(places_named(folded)),
        track_counts=tuple(counts),
        round_numbers=round_numbers(text, language),
        agreements=tuple(
            cue
            for cue in agreement_cues(text, folded, language, 0, len(folded))
            if names_an_agreement(cue, language)
        ),
    )


def article_found(
    *,
    text: str,
    language: str,
    people: list[dict],
    participants: dict[str, Participant],
    rounds: dict[str, Round],
    tracks: dict[str, Track],
) -> Found:
    """What `text` names. `people` is the pending article's (the pipeline's reading at
    upload); the records are the review's lookups (no query here), `tracks` by every slug
    they are known by (Lookups.track_names: the pipeline's are the seeds')."""
    found = Found()
    for person in people[:SHOWN]:
        if slug := person.get("slug"):
            if participant := participants.get(slug):
                found.people.append(FoundPerson(participant.name, participant))
        elif name := person.get("name"):
            found.people.append(FoundPerson(name, None))
    read = text_readings(text, language)
    found.places = list(read.places[:SHOWN])
    found.tracks = [(tracks[slug], n) for slug, n in read.track_counts if slug in tracks]
    holding = {r.track_id for r in rounds.values()}
    with_rounds = {slug for slug, track in tracks.items() if track.pk in holding}
    found.round_numbers = numbers_of_rounds(read.round_numbers, with_rounds)[:SHOWN]
    numbers, named = set(found.round_numbers), {t.pk for t, _n in found.tracks}
    found.rounds = sorted(
        (r for r in rounds.values() if r.number in numbers and r.track_id in named),
        key=lambda r: r.start_date,
    )[:SHOWN]
    found.agreements = list(read.agreements[:SHOWN])
    return found
