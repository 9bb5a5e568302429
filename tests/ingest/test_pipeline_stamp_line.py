"""A date and time printed on a line of their own date the story that follows them (U10),
whether the story starts after a blank line or on the very next line of the same block
(issue 9, the publication day missed; rules9v). Texts written for these tests."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates

GAZ = Gazetteer(participants=(), rounds=())
PUBLISHED = date(2017, 2, 23)
STORY = (
    "Cenevre'de yeni tur görüşmeler BM gözetiminde başladı ve heyetler ilk oturumda bir "
    "araya geldi."
)


def dated(text):
    found = find_candidates(text, published=PUBLISHED, language="tr", gazetteer=GAZ)
    return [(c.date, c.precision) for c in found]


class StampLineTests(unittest.TestCase):
    def test_the_story_on_the_next_line_takes_the_stamps_day(self):
        for gap in ("\n", "\n\n"):
            with self.subTest(gap=repr(gap)):
                text = f"Cenevre'de umut var\n\n23.02.2017 14:05{gap}{STORY}"
                self.assertEqual(dated(text), [(PUBLISHED, "day")])

    def test_a_stamp_far_from_the_publication_day_dates_nothing(self):
        text = f"Cenevre'de umut var\n\n29.07.2025 14:05\n{STORY}"
        self.assertEqual(dated(text), [])
