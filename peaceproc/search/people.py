"""Participants found by name: their name or any alias, in any script, case and accents
folded (search/folding.py), every word of the query starting a word of one of them; and,
when no name holds the words as typed, the names that sound the same (search/sounds.py:
another transliteration or script). The one implementation for the timeline's search,
who attended and the API."""

import re
from collections.abc import Collection, Iterable
from functools import lru_cache

from peaceproc.chronology.models import Participant, ParticipantAlias

from .folding import WORD, fold, query_text, unmarked, words
from .function_words import FUNCTION_WORDS
from .sounds import skeleton
from .terms import place_names, track_name_length


def folded_names() -> tuple[tuple[int, str], ...]:
    """(participant id, a name or alias folded and unmarked) for every participant: what a search
    matches people on. One query; the site keeps the result per generation of the record
    (chronology/catalogue.py)."""
    names = (
        Participant.objects.order_by()
        .values_list("pk", "name")
        .union(ParticipantAlias.objects.order_by().values_list("participant_id", "name"), all=True)
    )
    return tuple((pk, fold(unmarked(name))) for pk, name in names)


def participants_matching(query: str, names: Collection[tuple[int, str]]) -> list[int]:
    """The primary keys (sorted) of the participants a folded name or alias of whom in
    `names` holds every word of `query` as a word start, and its function words
    (function_words.py: 'de', 'al', 'on') as whole words; none for a query without words.
    When no name holds them as typed, the names that sound alike (participants_sounding).
    A query of function words only names the participants a name or alias of whom is
    just those words ('UN', the United Nations): as a word start 'on' found 'ONU' and
    'Önal', 'al' sixteen people."""
    query_words = words(query)
    content = [word for word in query_words if word not in FUNCTION_WORDS]
    if not content:
        return sorted({pk for pk, folded in names if WORD.findall(folded) == query_words})
    patterns = [
        re.compile(rf"(?<!\w){re.escape(word)}" + ("" if word in content else r"(?!\w)"))
        for word in query_words
    ]
    found = sorted({pk for pk, folded in names if all(p.search(folded) for p in patterns)})
    return found or participants_sounding(content, names)


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
    found = set()
    for pk, folded in names:
        have = name_skeletons(folded)
        if all(any(sounds_as(w, h) for h in have) for w in wanted):
            found.add(pk)
    return sorted(found)


@lru_cache(maxsize=8192)
def name_skeletons(folded: str) -> tuple[str, ...]:
    """The skeletons of a folded name's words: the same few hundred names are read by
    sound on every search that names no one (participants_sounding)."""
    return tuple(skeleton(word) for word in WORD.findall(folded))


def sounds_as(wanted: str, have: str) -> bool:
    """Whether a query word of skeleton `wanted` reads as a name's word of skeleton `have`."""
    return have == wanted or (len(wanted) >= MIN_SKELETON_START and have.startswith(wanted))


def named_parts(query: str, names: Collection[tuple[int, str]]) -> list[tuple[str, list[int]]]:
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
            found = participants_matching(" ".join(raw[i:j]), names)
            if found:
                people, end = found, j
            elif not all(function):
                break  # function words alone name nobody, but may start a name ('de Mistura')
        if people:
            named.append((" ".join(raw[i:end]), people))
            i = end
        else:
            rest.append(raw[i])
            i += 1
    return [(" ".join(rest), [])] * bool(rest) + named


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


def participants_named(query: str, names: Collection[tuple[int, str]]) -> list[int]:
    """The primary keys (sorted) of the participants matched as the site's search matches
    them (participants_matching), or holding `query` as a part of a folded name or alias:
    what the API's `q` on participants promises ('avrov' finds Lavrov)."""
    part = fold(query_text(query)).strip()
    found = set(participants_matching(query, names))
    if part:
        found.update(pk for pk, folded in names if part in folded)
    return sorted(found)
