"""Outside tester t11b, finding 7: 'the sixth session ..., and the first since January'
gave its January candidate round 6 while the review cited the January session (the
fifth): a stored round whose dates are not the candidate's is not its round. A round
the record does not hold yet keeps its number. The sentences are the tests' own."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, GazetteerRound, find_candidates

TRACK = "constitutional-committee"
GAZ = Gazetteer(
    participants=(),
    rounds=(
        GazetteerRound(f"{TRACK}-15", TRACK, 15, date(2031, 1, 20), date(2031, 1, 24)),
        GazetteerRound(f"{TRACK}-16", TRACK, 16, date(2031, 10, 13), date(2031, 10, 17)),
    ),
)


def rounds(text, language, published=date(2031, 10, 14)):
    found = find_candidates(text, published=published, language=language, gazetteer=GAZ)
    return {(c.date, c.precision): (c.round_number, c.round_slug) for c in found}


class StoredRoundNumberTests(unittest.TestCase):
    def test_a_stored_round_of_other_dates_is_not_the_candidates(self):
        text = (
            "Le Comité constitutionnel a ouvert lundi son seizième cycle, "
            "le premier depuis janvier."
        )
        found = rounds(text, "fr")
        self.assertEqual(found[(date(2031, 10, 13), "day")], (16, f"{TRACK}-16"))
        self.assertEqual(found[(date(2031, 1, 1), "month")], (None, None))

    def test_a_round_the_record_does_not_hold_keeps_its_number(self):
        text = "The Constitutional Committee will open its seventeenth session on 2 March 2032."
        found = rounds(text, "en", published=date(2032, 2, 1))
        self.assertEqual(found[(date(2032, 3, 2), "day")], (17, None))
