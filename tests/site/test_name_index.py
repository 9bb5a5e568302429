"""The index of the participants' folded names (search/people.FoldedNames) finds what
the definition of a match says, name by name: every query word the start of one of a
name's words or of one without its Arabic article (a function word, the whole of one),
all in one name; read by sound, a word
of the name whose skeleton is the query word's, or starts with it from
MIN_SKELETON_START consonants on. Checked against those definitions, written here as
plain scans, on the shipped record's names with queries made of their words, parts of
words and words of other names. A place's whole name names a body (a state, an
organisation, a party) only by a name that is one of the place's names, no more."""

import random
import re

from peaceproc.search.folding import WORD, words
from peaceproc.search.function_words import FUNCTION_WORDS
from peaceproc.search.people import (
    MIN_SKELETON_START,
    FoldedNames,
    folded_names,
    participants_matching,
    participants_sounding,
    participants_transliterated,
)
from peaceproc.search.sounds import skeleton
from peaceproc.search.terms import place_names

from .base import SeededTestCase


def matching_by_scan(query: str, names) -> list[int]:
    """Which names hold the query's words, found by trying a pattern per word on each."""
    query_words = words(query)
    content = [word for word in query_words if word not in FUNCTION_WORDS]
    if not content:
        return sorted({pk for pk, folded in names if WORD.findall(folded) == query_words})
    # A word starts at a name's word's start, or after the Arabic article written onto it
    # ('حريري' of 'الحريري'), as a Latin spelling writes it apart (outside tester t15d, 11).
    patterns = [
        re.compile(
            rf"(?<!\w)(?:ال(?=\w{{3}}))?{re.escape(word)}" + ("" if word in content else r"(?!\w)")
        )
        for word in query_words
    ]
    place = {" ".join(name) for name in place_names().get(tuple(query_words), ())}
    return sorted(
        {
            pk
            for pk, folded in names
            if all(p.search(folded) for p in patterns)
            and not (place and pk in names.bodies and " ".join(WORD.findall(folded)) not in place)
        }
    )


def sounding_by_scan(wanted: list[str], names) -> list[int]:
    def sounds_as(want: str, have: str) -> bool:
        return have == want or (len(want) >= MIN_SKELETON_START and have.startswith(want))

    found = set()
    for pk, folded in names:
        have = [skeleton(word) for word in WORD.findall(folded)]
        if all(any(sounds_as(w, h) for h in have) for w in wanted):
            found.add(pk)
    return sorted(found)


class NameIndexTests(SeededTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.names = folded_names()

    def queries(self) -> list[str]:
        rng = random.Random(11)
        name_words = sorted({w for _, folded in self.names for w in WORD.findall(folded)})
        queries = [*name_words, *(w[:n] for w in name_words for n in (1, 2, 3, 5))]
        for _, folded in self.names:
            found = WORD.findall(folded)
            queries.append(" ".join(found))
            queries.append(" ".join(reversed(found)))
            if len(found) > 1:
                queries.append(" ".join(w[: rng.randint(1, len(w))] for w in found))
        queries += [f"{rng.choice(name_words)} {rng.choice(name_words)}" for _ in range(300)]
        queries += ["de", "al", "on", "un", "the of", "de mistura", "zzzz", "lavrentiy", ""]
        return queries

    def test_the_index_finds_what_a_scan_of_every_name_finds(self):
        self.assertIsInstance(self.names, FoldedNames)
        plain = FoldedNames(self.names)  # an index made for this call
        plain.bodies = self.names.bodies
        found_any = 0
        for query in self.queries():
            with self.subTest(query=query):
                expected = matching_by_scan(query, self.names)
                found_any += bool(expected)
                if not expected:  # then read by sound (checked below)
                    content = [w for w in words(query) if w not in FUNCTION_WORDS]
                    expected = (
                        participants_sounding(content, self.names)
                        or participants_transliterated(content, self.names)
                        if content
                        else []
                    )
                self.assertEqual(participants_matching(query, self.names), expected)
                self.assertEqual(participants_matching(query, plain), expected)
        self.assertGreater(found_any, 1000)

    def test_the_index_finds_by_sound_what_a_scan_finds(self):
        rng = random.Random(7)
        skeletons = sorted(
            {skeleton(w) for _, folded in self.names for w in WORD.findall(folded)} - {""}
        )
        wanted_lists = [[s] for s in skeletons]
        wanted_lists += [[s[:n]] for s in skeletons for n in (3, 4, 5, 6) if len(s) > n]
        wanted_lists += [[rng.choice(skeletons), rng.choice(skeletons)] for _ in range(200)]
        for wanted in wanted_lists:
            with self.subTest(wanted=wanted):
                self.assertEqual(
                    self.names.people(set.intersection(*(self.names.sounding(w) for w in wanted))),
                    sounding_by_scan(wanted, self.names),
                )

    def test_a_query_read_by_sound_finds_other_spellings(self):
        lavrentiev = participants_matching("Lavrentiev", self.names)
        self.assertTrue(lavrentiev)
        self.assertEqual(participants_sounding(["lavrentiyev"], self.names), lavrentiev)
        self.assertEqual(participants_matching("Лаврентьев", list(self.names)), lavrentiev)
