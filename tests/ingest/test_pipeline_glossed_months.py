"""Issue 9, session 7 blind batches: a Gregorian month glossed with its other name in
brackets and glued to the year, and Persian 'می'/'مه' that is a verb prefix, not May.
Sentences written for these tests."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import extract_dates


def dates(text, published, lang):
    return [
        (m.start, m.precision, m.text)
        for m in extract_dates(text, published=published, language=lang)
    ]


class GlossedMonthGluedToYearTests(unittest.TestCase):
    def test_a_month_and_its_bracketed_gloss_glued_to_the_year(self):
        found = dates(
            "وقد صدر البيان في نوفمبر(تشرين الثاني)2019 عن الدول الضامنة.", date(2021, 3, 1), "ar"
        )
        self.assertEqual(found, [(date(2019, 11, 1), "month", "نوفمبر(تشرين الثاني)2019")])

    def test_a_day_month_gloss_and_year_with_no_spaces(self):
        found = dates("انعقدت الجولة في 14 شباط(فبراير)2018 في سوتشي.", date(2021, 3, 1), "ar")
        self.assertEqual(found, [(date(2018, 2, 14), "day", "14 شباط(فبراير)2018")])

    def test_a_month_glued_to_a_number_without_a_bracket_stays_yearless(self):
        # No bracket: the figure after the month is not read as its year.
        found = dates("اجتمع الوفد في آذار 2019 ثم في نيسان3 مرات.", date(2021, 3, 1), "ar")
        self.assertEqual([d for d, _p, _t in found], [date(2019, 3, 1)])


class PersianVerbPrefixIsNoMonthTests(unittest.TestCase):
    def test_the_continuous_prefix_after_end_is_no_may(self):
        self.assertEqual(dates("قرارداد او اواخر سال پایان می یابد.", date(2019, 2, 1), "fa"), [])

    def test_a_month_then_the_prefix_is_no_may(self):
        self.assertEqual(dates("از آن نشست یک ماه می گذرد.", date(2019, 2, 1), "fa"), [])

    def test_may_after_the_word_month_is_still_may(self):
        self.assertEqual(
            dates("گفتگوها اواخر ماه می آغاز شد.", date(2019, 6, 1), "fa"),
            [(date(2019, 5, 1), "month", "می")],
        )

    def test_may_with_a_day_or_a_year_is_still_may(self):
        self.assertEqual(
            dates("نشست بعدی ۲۰ می در آستانه برگزار شد.", date(2019, 6, 1), "fa"),
            [(date(2019, 5, 20), "day", "۲۰ می")],
        )
        self.assertEqual(
            dates("گفتگوها در ماه مه 2017 آغاز شد.", date(2019, 6, 1), "fa"),
            [(date(2017, 5, 1), "month", "مه 2017")],
        )
