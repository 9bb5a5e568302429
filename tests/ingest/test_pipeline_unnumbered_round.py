"""'The next round' when the track's next round in the record has no number (a Geneva
round of 2016 the record names by its month): read without a round, never a crash (the
app's gazetteer holds such rounds; the bench's held only numbered ones). Sentences written
for this test."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, GazetteerRound, find_candidates

GAZETTEER = Gazetteer(
    participants=(),
    rounds=(
        GazetteerRound("geneva-3", "geneva", 3, date(2016, 2, 1), date(2016, 2, 3)),
        GazetteerRound("geneva-2016-march", "geneva", None, date(2016, 3, 14), date(2016, 3, 24)),
        GazetteerRound("geneva-2016-april", "geneva", None, date(2016, 4, 13), date(2016, 4, 27)),
    ),
)


class UnnumberedNextRoundTests(unittest.TestCase):
    def test_the_next_round_of_an_unnumbered_round_is_read_without_one(self):
        for language, text in (
            ("en", "The UN envoy said the next round of the Geneva talks would start on 9 April."),
            ("ru", "Следующий раунд переговоров в Женеве должен начаться 9 апреля, сообщил "
                   "спецпосланник ООН."),
            ("fr", "Le prochain round des pourparlers de Genève doit commencer le 9 avril, a "
                   "indiqué l'émissaire de l'ONU."),
        ):  # fmt: skip
            with self.subTest(language=language):
                found = find_candidates(
                    text, published=date(2016, 3, 26), language=language, gazetteer=GAZETTEER
                )
                self.assertEqual([(c.date, c.round_slug) for c in found],
                                 [(date(2016, 4, 9), None)])  # fmt: skip
