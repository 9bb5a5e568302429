"""Participants found by name: their name or any alias, in any script, case and accents
folded (search/folding.py), every word of the query starting a word of one of them; and,
when no name holds the words as typed, the names that sound the same (search/sounds.py:
another transliteration or script). The one implementation for the timeline's search,
who attended and the API."""

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from peaceproc.chronology.models import Participant, ParticipantAlias
from peaceproc.chronology.namesakes import found_by, name_key, sounds_like
from peaceproc.lookalike import is_ignorable

from .folding import WORD, fold, query_text, unmarked, without_diacritics, words
from .function_words import FUNCTION_WORDS
from .limits import operators
from .notes import little_words_alone_note, little_words_note, quoted, reading_notes
from .sounds import ARTICLE, shape, shapes, skeleton, skeletons
from .terms import place_names, track_name_length
from .transliteration import case_stems, is_latin, latin_readings


class FoldedNames(tuple):
    """(participant id, a name or alias folded and unmarked) pairs, with an index of the
    names' words made when first searched: which names hold a word starting with a
    query's word is then a look-up in the sorted words, not a pattern tried on every
    name of the record (some 500; a search tries every run of its words, and a word that
    names nobody is read by its sound, name by name, too). `bodies`: the participants
    that are no person (a state, an organisation, a party), for a place's name
    (participants_matching)."""

    bodies: frozenset[int] = frozenset()

    @cached_property
    def _words(self) -> "_SortedKeys":
        """Every word of every name (WORD: a run of word characters), and an Arabic one
        written with its article also without it (sounds.ARTICLE: 'الحريري' as 'حريري'
        too, as a Latin spelling writes 'Hariri'; outside tester t15d, 11)."""
        return _SortedKeys(
            (form, position)
            for position, (_, folded) in enumerate(self)
            for word in WORD.findall(folded)
            for form in {word, ARTICLE.sub("", word)}
        )

    @cached_property
    def _skeletons(self) -> "_SortedKeys":
        """The consonant skeleton (sounds.py) of every word of every name."""
        return _SortedKeys(
            (skeleton(word), position)
            for position, (_, folded) in enumerate(self)
            for word in WORD.findall(folded)
        )

    @cached_property
    def _spelt(self) -> dict[tuple[str, ...], set[int]]:
        """The names by their words, in order."""
        spelt: dict[tuple[str, ...], set[int]] = {}
        for position, (_, folded) in enumerate(self):
            spelt.setdefault(tuple(WORD.findall(folded)), set()).add(position)
        return spelt

    def holding(self, word: str, *, whole: bool) -> set[int]:
        """The positions of the names a word of which starts with `word` (a run of word
        characters), or is `word` (`whole`)."""
        return self._words.find(word, whole=whole)

    def sounding(self, wanted: str) -> set[int]:
        """The positions of the names a word of which has the skeleton `wanted`, or one
        starting with it from MIN_SKELETON_START consonants on."""
        return self._skeletons.find(wanted, whole=len(wanted) < MIN_SKELETON_START)

    @cached_property
    def _latin(self) -> "_SortedKeys":
        """Every word in Latin letters of every name, and each of its skeletons in each
        spelling convention sounds.skeletons knows ('chaibani': 'cbn' and 'sbn'), and
        its shapes (sounds.shape: 'VrVkcV'), each marked apart ('=', '~' and '^')."""
        return _SortedKeys(
            (key, position)
            for position, (_, folded) in enumerate(self)
            for word in WORD.findall(folded)
            if word.isascii()
            for key in (
                f"={word}",
                *(f"~{sound}" for sound in skeletons(word)),
                *(f"^{slotted}" for slotted in shapes(word)),
            )
        )

    def latin_word(self, word: str) -> set[int]:
        """The positions of the names with the Latin word `word`."""
        return self._latin.find(f"={word}", whole=True)

    def latin_shaped(self, wanted: str) -> set[int]:
        """The positions of the names with a Latin word of the shape `wanted`."""
        return self._latin.find(f"^{wanted}", whole=True)

    def latin_sounding(self, wanted: str) -> set[int]:
        """The positions of the names with a Latin word of the skeleton `wanted`."""
        return self._latin.find(f"~{wanted}", whole=True)

    def spelt(self, query_words: list[str]) -> set[int]:
        """The positions of the names whose words are `query_words`, no more."""
        return self._spelt.get(tuple(query_words), set())

    @cached_property
    def _keys(self) -> list[tuple[frozenset[str], tuple[str, ...]]]:
        """Each name's key as the add form compares names (namesakes.name_key)."""
        return [name_key(folded) for _, folded in self]

    def keyed(self, query: str) -> set[int]:
        """The positions of the names a search for `query` finds by the add form's key
        (namesakes.found_by: the names the add form takes it for, and those holding each
        of its words: 'Joulani' and 'al-Julani'), and the names of the participants the
        add form takes it for by its sound (namesakes.sounds_like: 'Beşar Caferi')."""
        key = name_key(query)
        found = {position for position, other in enumerate(self._keys) if found_by(key, other)}
        for positions in self._by_participant.values():
            if sounds_like(query, [self[position][1] for position in positions]):
                found.update(positions)
        return found

    @cached_property
    def _by_participant(self) -> dict[int, list[int]]:
        """The positions of each participant's names."""
        by_participant: dict[int, list[int]] = {}
        for position, (pk, _) in enumerate(self):
            by_participant.setdefault(pk, []).append(position)
        return by_participant

    def in_a_body(self, query_words: list[str]) -> set[int]:
        """The positions of the names of bodies (`bodies`) that hold `query_words`, a
        known place's whole name in any script, as a word of a longer name: a body named
        after its seat ('Damascus delegation', the Syrian government) is not what the
        place's name asks for, which finds the place's own items in every script
        (terms.place_names; outside tester t16b, 4: 'Damascus' listed every round the
        government attended, 'Дамаск' and 'دمشق' only the city's). A person's name word
        that is a place's ('Riyad Hijab', 'Mazloum Kobani'), and a body's name that is
        the place's name and nothing else, still name them."""
        place = place_names().get(tuple(query_words)) if self.bodies else None
        if not place:
            return set()
        spelt = set().union(*(self.spelt(list(name)) for name in place))
        return {
            position
            for position, (pk, _) in enumerate(self)
            if pk in self.bodies and position not in spelt
        }

    def people(self, positions: set[int]) -> list[int]:
        """The participants (primary keys, sorted) of the names at `positions`."""
        return sorted({self[position][0] for position in positions})


class _SortedKeys:
    """(key, name position) pairs sorted by key: the names whose key starts with a text
    are a run of them (bisect)."""

    __slots__ = ("keys", "positions")

    def __init__(self, pairs: Iterable[tuple[str, int]]) -> None:
        ordered = sorted(pairs)
        self.keys = [key for key, _ in ordered]
        self.positions = [position for _, position in ordered]

    def find(self, text: str, *, whole: bool) -> set[int]:
        keys, found = self.keys, set()
        for index in range(bisect_left(keys, text), len(keys)):
            key = keys[index]
            if key != text and (whole or not key.startswith(text)):
                break
            found.add(self.positions[index])
        return found


def folded_names() -> FoldedNames:
    """(participant id, a name or alias folded and unmarked) for every participant: what a search
    matches people on. One query; the site keeps the result per generation of the record
    (chronology/catalogue.py)."""
    names = list(
        Participant.objects.order_by()
        .values_list("pk", "name", "kind")
        .union(
            ParticipantAlias.objects.order_by().values_list(
                "participant_id", "name", "participant__kind"
            ),
            all=True,
        )
    )
    folded = FoldedNames((pk, fold(without_diacritics(unmarked(name)))) for pk, name, _ in names)
    folded.bodies = frozenset(pk for pk, _, kind in names if kind != Participant.Kind.PERSON)
    return folded


def indexed(names: Iterable[tuple[int, str]]) -> FoldedNames:
    """`names` as FoldedNames (the catalogue's already are: their index is kept)."""
    return names if isinstance(names, FoldedNames) else FoldedNames(names)


def participants_matching(
    query: str, names: Iterable[tuple[int, str]], *, by_sound: bool = True
) -> list[int]:
    """The primary keys (sorted) of the participants a folded name or alias of whom in
    `names` holds every word of `query` as a word start, and its function words
    (function_words.py: 'de', 'al', 'on') as whole words; none for a query without words.
    When no name holds them as typed, the names that sound alike (participants_sounding).
    A query of function words only names the participants a name or alias of whom is
    just those words ('UN', the United Nations): as a word start 'on' found 'ONU' and
    'Önal', 'al' sixteen people. Without `by_sound`, only the names holding the words."""
    names = indexed(names)
    query_words = words(query)
    content = [word for word in query_words if word not in FUNCTION_WORDS]
    if not content:
        return names.people(names.spelt(query_words))
    # Each word (a run of word characters) as the start of a name's word, a function word
    # as a whole one, all in one name.
    held = names.holding(query_words[0], whole=query_words[0] not in content)
    for word in query_words[1:]:
        held &= names.holding(word, whole=word not in content)
    found = names.people(held - names.in_a_body(query_words))
    if found or not by_sound:
        return found
    return participants_sounding(content, names) or participants_transliterated(content, names)


# A spelling is read by its sound only from this many consonants on: shorter skeletons
# ('l' for 'al', 'bn' for 'bin') would find half the record.
MIN_SKELETON = 3
# A one-word query is read by its sound only from this many: of the skeletons of three
# consonants there are some thousands, and the record's names and aliases have hundreds of
# words, so about one everyday word in four has a name's ('button' and 'Putin', 'بازار'
# and 'Bashar'). Several words must all be one name's, which few everyday runs are.
MIN_SKELETON_ONE_WORD = 4
# A word's skeleton finds a name's that only starts with it from this many consonants on
# (a name cut short in another spelling, 'Lavrentii'); a shorter one must be the whole
# skeleton: as a start, 'zebra' (s-b-r) read as 'Support' (s-b-r-t) of the International
# Syria Support Group, and every three-consonant word starts some name's word.
MIN_SKELETON_START = 5


def participants_sounding(query_words: list[str], names: Iterable[tuple[int, str]]) -> list[int]:
    """The participants a name or alias of whom has, for every word of the query, a word
    whose consonant skeleton (sounds.py) is the word's, or starts with it when the word's
    has MIN_SKELETON_START consonants or more: another spelling or script of a name no
    alias holds ('Lavrentiyev', 'Stefan de Mistura', 'بيدرسن').
    Only for a query with a word of MIN_SKELETON consonants or more (of
    MIN_SKELETON_ONE_WORD for a query of one word), and without a
    place's name (names_a_place): a place's names in other scripts are matched as that
    place, and read by sound they collide with names ('سوتشي', Sochi, reads s-t-s as
    'States' does)."""
    if names_a_place(query_words):
        return []
    wanted = [skeleton(word) for word in query_words]
    wanted = [w for w in wanted if w]
    least = MIN_SKELETON_ONE_WORD if len(wanted) == 1 else MIN_SKELETON
    if not any(len(w) >= least for w in wanted):
        return []
    names = indexed(names)
    found = names.sounding(wanted[0])
    for w in wanted[1:]:
        found &= names.sounding(w)
    return names.people(found)


# A word in another script is read as a Latin name's word from this many consonants on:
# an Arabic or Persian word by its skeleton ('شیبانی'), a Russian one's Latin reading by
# its shape, vowels and all ('Аракчи'); a Russian word's Latin reading spelt as a Latin
# name's word is read as it from this many letters on ('Бахра' is 'bahra', of two).
MIN_OTHER_SCRIPT_SKELETON = 3
MIN_OTHER_SCRIPT_LETTERS = 4


def participants_transliterated(
    query_words: list[str], names: Iterable[tuple[int, str]]
) -> list[int]:
    """The participant a Latin name or alias of whom has, for every word of the query,
    a word that the query's word reads as in Latin letters: a Russian word's Latin
    reading (transliteration.latin_readings) spelt out, or its shape (sounds.shape), an
    Arabic or Persian word's skeleton (sounds.py); a person no alias names in the
    query's script ('Зариф', 'Хиджаб', 'شیبانی'; outside tester t15c, finding 6). Only
    for a query without a word in Latin letters nor a place's name, each of whose words
    reads so as one participant's name only: read by their consonants, words of three
    collide with many names, and a word found in several participants' is a chance match."""
    if not query_words or any(map(is_latin, query_words)) or names_a_place(query_words):
        return []
    names = indexed(names)
    found: set[int] | None = None
    for word in query_words:
        held = _reading_as_latin(word, names)
        if not held:  # a Russian case form ('Зарифа', 'Зарифом'): its stem, if it names one
            held = next(filter(None, (_reading_as_latin(s, names) for s in case_stems(word))), held)
        if len(names.people(held)) != 1:
            return []
        found = held if found is None else found & held
    return names.people(found or set())


def _reading_as_latin(word: str, names: FoldedNames) -> set[int]:
    """The positions of the names with a Latin word that `word` (another script's) reads
    as (participants_transliterated)."""
    readings = latin_readings(word)
    if not readings:
        sound = skeleton(word)
        return names.latin_sounding(sound) if len(sound) >= MIN_OTHER_SCRIPT_SKELETON else set()
    held: set[int] = set()
    for reading in readings:
        if len(skeleton(reading)) >= MIN_OTHER_SCRIPT_SKELETON:
            held |= names.latin_shaped(shape(reading))
        if len(reading) >= MIN_OTHER_SCRIPT_LETTERS:
            held |= names.latin_word(reading)
    return held


def named_parts(query: str, names: Iterable[tuple[int, str]]) -> list[tuple[str, list[int]]]:
    """`query` cut into runs of its words, each with the participants it names: from each
    word on (an initial starts none), the longest run that some participants' names hold
    (participants_matching), and one run of the words left over (first, naming nobody;
    absent when none is left). A search finds the records where every run matches, in
    their own text or through the people it names ('Lavrentiev Sochi': what Lavrentiev
    took part in, in Sochi)."""
    raw = WORD.findall(query_text(query))
    named: list[tuple[str, list[int]]] = []
    rest: list[str] = []
    i = 0
    while i < len(raw):
        track = track_name_length(raw, i)
        if track:  # 'Comité constitutionnel': the track's name, not the committees named
            rest.extend(raw[i : i + track])
            i += track
            continue
        people: list[int] = []
        end = i
        for j in range(i + 1, len(raw) + 1) if len(raw[i]) > 1 else ():
            function = [fold(word) in FUNCTION_WORDS for word in raw[i:j]]
            if function[-1] and not all(function):
                continue  # a name's run ends on a word of its own ('League of' goes on)
            # A run opening on a function word is one name's only if the name holds it
            # ('de Mistura'): read by its other words' sound, 'and Lavrov' of 'Kerry and
            # Lavrov' swallowed the 'and' that 'Lavrov and Kerry' left out and said so
            # (outside tester t15b, finding 3).
            found = participants_matching(" ".join(raw[i:j]), names, by_sound=not function[0])
            if found:
                people, end = found, j
            elif not all(function) and not names_a_place([fold(word) for word in raw[i:j]]):
                # Function words alone name nobody, but may start a name ('de Mistura'),
                # and so may a place's name ('Damascus delegation'; FoldedNames.in_a_body).
                break
        if people:
            named.append((" ".join(raw[i:end]), people))
            i = end
        else:
            rest.append(raw[i])
            i += 1
    return [(" ".join(rest), [])] * bool(rest) + named


def without_little_words(
    parts: list[tuple[str, list[int]]], *, others: bool = False
) -> tuple[list[tuple[str, list[int]]], list[str]]:
    """`parts` (named_parts) without the run naming nobody when it is function words only
    ('and', 'et', 've') and another run names people (or `others`: a run of the search
    names a track), with those words: as a word every item's own text had to hold,
    'Lavrov and Kerry' found less than 'Kerry and Lavrov', and 'Lavrov et Kerry' nothing
    (outside tester t14c, finding 2). A run with a word of its own ('talks on Syria')
    is searched as typed."""
    rest = [words for words, people in parts if not people]
    named = [part for part in parts if part[1]]
    if not rest or not (named or others):
        return parts, []
    little = WORD.findall(query_text(rest[0]))
    if not all(fold(word) in FUNCTION_WORDS for word in little):
        return parts, []
    return named, little


# The most words of a place's name (terms.place_names: 'Sharm el-Sheikh').
PLACE_WORDS = 4


def names_a_place(query_words: list[str]) -> bool:
    """Whether the folded words hold a known place's whole name in any script, as
    consecutive words ('سوتشي', 'new york'; not 'new' alone)."""
    names = place_names()
    return any(
        tuple(query_words[start : start + length]) in names
        for start in range(len(query_words))
        for length in range(1, PLACE_WORDS + 1)
    )


def participants_named(query: str, names: Iterable[tuple[int, str]]) -> list[int]:
    """The primary keys (sorted) of the participants matched as the site's search matches
    them (participants_matching), or as the admin's add form takes a name for theirs
    (FoldedNames.keyed: 'Joulani', 'Organisation des Nations unies'; outside tester t14a,
    6), or holding `query` as a part of a folded name or alias: what the API's `q` on
    participants promises ('avrov' finds Lavrov), and the admin's pickers and list find.
    A part that starts a word of some name (after a blank, a sign or an invisible
    character) is looked for at word starts only: 'Önal' finds Sedat Önal, not Donald
    Trump nor the International Syria Support Group (outside tester t14c, 8)."""
    names = indexed(names)
    part = fold(query_text(query)).strip()
    # A place's whole name ('Şam', Damascus in Turkish) is a word: not a part of one
    # ('Bassam'), nor a body's name by the word of its seat (FoldedNames.in_a_body).
    place = names.in_a_body(words(query)) if names_a_place(words(query)) else None
    found = set(participants_matching(query, names))
    found |= set(names.people(names.keyed(query) - (place or set())))
    if part and not little_words_only(query):
        starting = {
            position for position, (_, folded) in enumerate(names) if _starts_a_word(part, folded)
        }
        if not starting and place is None:
            starting = {position for position, (_, folded) in enumerate(names) if part in folded}
        found |= set(names.people(starting - (place or set())))
    return sorted(found)


@dataclass(frozen=True)
class NameSearch:
    found: list[int]  # participants' primary keys, sorted
    notes: list[str]  # how the query was read (search/notes.py)


def name_search(query: str, names: Iterable[tuple[int, str]]) -> NameSearch:
    """What a name box finds for `query` (participants_named), and how it read it, as the
    timeline's search says it (outside tester t15b, finding 4: the name box found nobody
    for 'Lavrov and Kerry' and said nothing). A query no one name holds but whose words
    are names and the little words between them (named_parts, without_little_words:
    'Lavrov and Kerry', 'Lavrov OR Kerry') finds each name, and says so."""
    names = indexed(names)
    notes = reading_notes(query)
    found = participants_named(query, names)
    if found:
        return NameSearch(found, notes)
    if little_words_only(query):
        return NameSearch([], [*notes, little_words_alone_note(query)])
    runs, little = without_little_words(named_parts(query, names))
    if len(runs) < 2 or not all(people for _, people in runs):
        return NameSearch([], notes)
    said = little_words_note(little, operators_said=operators(query))
    each = f"{quoted([run for run, _ in runs])}: no one name holds them all; each is listed."
    found = sorted({pk for _, people in runs for pk in people})
    return NameSearch(found, [*notes, *([said] if said else []), each])


def little_words_only(query: str) -> bool:
    """Whether `query` has words and all are function words ('the', 'de', 'في'): a
    part of a name that names people only by the little words of their names and
    aliases ('Government of the Syrian Arab Republic'; outside tester t15d, 14)."""
    query_words = words(query)
    return bool(query_words) and all(word in FUNCTION_WORDS for word in query_words)


def _starts_a_word(part: str, folded: str) -> bool:
    """Whether `part` stands in `folded` where a word starts: at its start, or after a
    character that is no letter or digit, or one drawn as nothing (the Hangul filler
    of 'Sergey\u3164Lavrov')."""
    at = folded.find(part)
    while at != -1:
        if at == 0 or not folded[at - 1].isalnum() or is_ignorable(folded[at - 1]):
            return True
        at = folded.find(part, at + 1)
    return False
