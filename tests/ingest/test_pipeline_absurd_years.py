"""Outside tester t6i, finding 9: a year outside the years read was dropped and the day
given an inferred year; an end before the start was proposed as a span."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates

NOBODY = Gazetteer((), ())


def dates(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    found = find_candidates(text, published=date(2020, 1, 1), language=language, gazetteer=NOBODY)
    return [(c.to_json()["date"], c.to_json()["end_date"]) for c in found]


class AbsurdYearTests(unittest.TestCase):
    def test_a_written_year_out_of_range_gives_no_candidate(self):
        for text, language in [
            ("The talks ran from 1 January 0001 to 31 December 9999 in Geneva.", "en"),
            ("The talks ran from 1 January 1900 to 1 January 3000 in Geneva.", "en"),
            ("The talks were held on 5 March 1850 in Geneva.", "en"),
            ("Переговоры прошли 5 марта 1850 года в Женеве.", "ru"),
            ("Les pourparlers ont eu lieu le 5 mars 1850 à Genève.", "fr"),
        ]:
            with self.subTest(text=text):
                self.assertEqual(dates(text, language), [])

    def test_a_day_without_a_year_is_still_read(self):
        self.assertEqual(
            dates("The talks were held on 5 March in Geneva, 2000 people protested."),
            [("2019-03-05", None)],
        )
        self.assertEqual(dates("The talks were held on 5 March in Geneva."), [("2019-03-05", None)])

    def test_an_end_before_the_start_is_no_span(self):
        text = "The talks ran from 12 March 2019 to 5 March 2019 in Geneva."
        (found,) = find_candidates(
            text, published=date(2020, 1, 1), language="en", gazetteer=NOBODY
        )
        record = found.to_json()
        self.assertEqual((record["date"], record["end_date"]), ("2019-03-12", None))
        self.assertIn("before its start", record["date_reason"])
