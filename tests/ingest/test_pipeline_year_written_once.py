"""Two dates joined as a pair or a span with the year written once, on the second
('between 2 January and 30 April 2022'): the first is in that year, not the year the
publication date would pick for a date without one (an outside tester's finding, issue 9)."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import extract_dates

PUBLISHED = date(2023, 7, 1)


def starts(sentence: str, language: str) -> list[date]:
    return [m.start for m in extract_dates(sentence, published=PUBLISHED, language=language)]


class YearWrittenOnceTests(unittest.TestCase):
    def test_the_first_date_takes_the_year_of_the_second(self):
        cases = {
            "en": "The envoys met between 3 February and 28 May 2021 in Amman.",
            "fr": "Les envoyés se sont vus entre le 3 février et le 28 mai 2021 à Amman.",
            "ru": "Посланники встречались 3 февраля и 28 мая 2021 года в Аммане.",
        }
        for language, sentence in cases.items():
            with self.subTest(language):
                self.assertEqual(starts(sentence, language), [date(2021, 2, 3), date(2021, 5, 28)])

    def test_a_span_from_one_to_the_other_takes_the_year_too(self):
        (span,) = extract_dates(
            "Посланники встречались с 3 февраля по 28 мая 2021 года в Аммане.",
            published=PUBLISHED,
            language="ru",
        )
        self.assertEqual((span.start, span.end), (date(2021, 2, 3), date(2021, 5, 28)))

    def test_a_first_date_later_in_the_year_is_in_the_year_before(self):
        sentence = "The envoys met on 28 December and on 4 January 2020 in Amman."
        self.assertEqual(starts(sentence, "en"), [date(2019, 12, 28), date(2020, 1, 4)])

    def test_the_reason_names_the_date_that_gave_the_year(self):
        (first, _) = extract_dates(
            "The envoys met between 3 February and 28 May 2021.", published=PUBLISHED, language="en"
        )
        self.assertIn("28 May 2021", first.why)

    def test_dates_not_joined_keep_their_own_reading(self):
        # A date without a year in one clause and a full date in another are not a pair.
        sentence = "The envoys met on 3 February; the report of 28 May 2021 said so."
        self.assertEqual(starts(sentence, "en")[0], date(2023, 2, 3))
