"""Issue 9, session 10: a week of a year ('the first week of the year', 'la première
semaine de l'année prochaine', 'в первую неделю нового года', 'yılın ilk haftası',
'الأسبوع الأول من العام المقبل'): the week (its Monday) holding that week's first day,
week precision. Sentences written for these tests; 28 December 2018 is a Friday and
1 January 2019 a Tuesday."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import extract_dates

DEC_28 = date(2018, 12, 28)


def weeks(text, lang, published=DEC_28):
    return [
        (m.start, m.precision, m.text)
        for m in extract_dates(text, published=published, language=lang)
    ]


class WeekOfTheYearTests(unittest.TestCase):
    def test_the_first_week_of_the_year_agreed_in_late_december_is_next_years(self):
        found = weeks(
            "Il a été convenu de le tenir aux alentours de la première semaine de l'année.", "fr"
        )
        self.assertEqual(found, [(date(2018, 12, 31), "week", "la première semaine de l'année")])

    def test_next_year_named(self):
        for text, lang in (
            ("The summit will be held in the first week of the new year.", "en"),
            ("Саммит пройдет в первую неделю нового года.", "ru"),
            ("Zirve yeni yılın ilk haftasında yapılacak.", "tr"),
            ("ستعقد القمة في الأسبوع الأول من العام المقبل.", "ar"),
        ):
            with self.subTest(lang=lang):
                self.assertEqual(
                    [(d, p) for d, p, _t in weeks(text, lang)], [(date(2018, 12, 31), "week")]
                )

    def test_a_written_year_and_the_last_week(self):
        self.assertEqual(
            weeks("The talks took place in the second week of 2018.", "en"),
            [(date(2018, 1, 8), "week", "the second week of 2018")],
        )
        self.assertEqual(
            weeks("2018 yılının son haftasında toplandılar.", "tr"),
            [(date(2018, 12, 24), "week", "2018 yılının son haftasında")],
        )

    def test_a_past_week_of_the_year_in_summer_is_this_years(self):
        found = weeks("The talks were held in the first week of the year.", "en", date(2018, 7, 2))
        self.assertEqual([d for d, _p, _t in found], [date(2018, 1, 1)])

    def test_a_week_of_a_month_stays_so(self):
        self.assertEqual(
            [(d, p) for d, p, _t in weeks("الأسبوع الأول من آذار 2019", "ar")],
            [(date(2019, 2, 25), "week")],
        )

    def test_a_week_of_talks_is_no_date(self):
        self.assertEqual(weeks("During the first week of talks, nothing moved.", "en"), [])
        self.assertEqual(weeks("La première semaine de négociations a échoué.", "fr"), [])

    def test_persian_year_is_not_read_as_the_gregorian_one(self):
        # 'سال' may be the solar year (from March): no week of a Gregorian year is made.
        found = weeks("هفته اول سال آینده برگزار می‌شود.", "fa")
        self.assertNotIn("week", [p for _d, p, _t in found])
