"""The date printed with an article on a line of its own dates the story's first event
without date words (LABELLING.md U10), also when the time comes first ('09:05, 2 April
2031') and when a credit line stands between it and the story ('Фото: ...')."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates

GAZ = Gazetteer(participants=(), rounds=())


def _days(text: str, published: date, lang: str) -> set[date]:
    cands = find_candidates(text, published=published, language=lang, gazetteer=GAZ)
    return {c.date for c in cands if c.precision == "day"}


class PrintedDateTests(unittest.TestCase):
    def test_a_credit_line_between_the_date_and_the_story_is_skipped(self):
        text = (
            "Гаранты снова собрались в Казахстане\n\n"
            "12.03.2031, 10:20\n\n"
            "Фото: Девятый канал\n\n"
            "Рабочая группа трёх стран-гарантов ведёт консультации по обмену пленными. "
            "Итоги обещают подвести позже.\n"
        )
        self.assertIn(date(2031, 3, 12), _days(text, date(2031, 3, 12), "ru"))

    def test_a_time_printed_before_the_date(self):
        text = (
            "Guarantors agree on the spring round\n\n"
            "09:05, 2 April 2031\n\n"
            "The guarantors held consultations in Astana on the timing of the next round. "
            "No day has been given yet.\n"
        )
        self.assertIn(date(2031, 4, 2), _days(text, date(2031, 4, 2), "en"))

    def test_a_long_line_after_the_date_is_the_story_itself(self):
        # A paragraph with no date words after the first one is not dated by the line.
        text = (
            "Guarantors meet again\n\n"
            "2 April 2031\n\n"
            "A spokesman for the foreign ministry of the host country gave no further detail "
            "to the agencies\n\n"
            "The guarantors held consultations on the timing of the next round.\n"
        )
        self.assertNotIn(date(2031, 4, 2), _days(text, date(2031, 4, 2), "en"))
