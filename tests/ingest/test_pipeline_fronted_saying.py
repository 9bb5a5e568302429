"""A day that opens the sentence, then its subject and a verb of saying, dates what was said
(a statement, U4), also when the subject is an envoy's full title ('Dimanche, l'émissaire
des Nations unies pour la Syrie a dit ...'); the same opening before a verb of meeting still
dates the meeting (issue 9, rules9k). Sentences written for these tests."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates

GAZ = Gazetteer(participants=(), rounds=())
PUBLISHED = date(2020, 11, 29)  # a Sunday


def days(text):
    found = find_candidates(text, published=PUBLISHED, language="fr", gazetteer=GAZ)
    return [c.date for c in found]


class FrontedSayingTests(unittest.TestCase):
    def test_the_day_of_a_saying_with_a_long_subject_is_no_happening(self):
        text = (
            "Dimanche, l'émissaire des Nations unies pour la Syrie a dit souhaiter des "
            "progrès lors du cycle de négociations de Genève."
        )
        self.assertEqual(days(text), [])

    def test_the_same_opening_before_a_meeting_dates_it(self):
        text = (
            "Dimanche, l'émissaire des Nations unies pour la Syrie a rencontré les deux "
            "coprésidents à Genève."
        )
        self.assertEqual(days(text), [PUBLISHED])
