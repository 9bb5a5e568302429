"""Issue 9, session 10: days written as ordinal words in pairs ('سوم و چهارم ماه مه',
'الحادي عشر والثاني عشر من'), days of the Gregorian month named from today in Persian
('ماه میلادی جاری'), an ordinal of a week or a half of a month that is no day, and a
Turkish part of a named month ('Ocak 2016 sonunda'). Sentences written for these tests."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import extract_dates


def dates(text, published, lang):
    return [
        (m.start, m.end, m.precision, m.text)
        for m in extract_dates(text, published=published, language=lang)
    ]


class PersianDayPairsInWordsTests(unittest.TestCase):
    def test_two_days_in_words_before_a_gregorian_month(self):
        found = dates(
            "دور بعدی گفت‌وگوها در تاریخ سوم و چهارم ماه مه برگزار می‌شود.", date(2017, 4, 11), "fa"
        )
        self.assertEqual(found, [(date(2017, 5, 3), date(2017, 5, 4), "day", "سوم و چهارم ماه مه")])

    def test_one_day_in_words_with_its_year(self):
        found = dates("این توافق در اول مارس ۲۰۱۹ امضا شد.", date(2020, 6, 1), "fa")
        self.assertEqual(found, [(date(2019, 3, 1), None, "day", "اول مارس ۲۰۱۹")])

    def test_two_compound_days_of_a_solar_month_make_one_span(self):
        # 'بیست و ششم و بیست و هفتم': the pair, not only its second day.
        found = dates("نشست در بیست و ششم و بیست و هفتم مهر برگزار شد.", date(2018, 12, 14), "fa")
        self.assertEqual(
            found,
            [(date(2018, 10, 18), date(2018, 10, 19), "day", "بیست و ششم و بیست و هفتم مهر")],
        )

    def test_days_of_the_current_gregorian_month(self):
        found = dates(
            "این نشست در روزهای هجدهم و نوزدهم ماه میلادی جاری برگزار خواهد شد.",
            date(2018, 12, 14),
            "fa",
        )
        self.assertEqual(
            found,
            [(date(2018, 12, 18), date(2018, 12, 19), "day", "هجدهم و نوزدهم ماه میلادی جاری")],
        )

    def test_a_day_in_figures_of_the_next_gregorian_month(self):
        found = dates("او ۲۰ ماه میلادی آینده به ژنو می‌رود.", date(2018, 12, 14), "fa")
        self.assertEqual(found, [(date(2019, 1, 20), None, "day", "۲۰ ماه میلادی آینده")])

    def test_a_bare_current_month_is_not_read_as_a_gregorian_day(self):
        # 'ماه جاری' alone may be the solar month: no day of a Gregorian month is made.
        found = dates("نشست هجدهم ماه جاری برگزار می‌شود.", date(2018, 12, 14), "fa")
        self.assertNotIn("day", [p for _s, _e, p, _t in found])

    def test_the_first_week_or_second_half_of_a_month_is_no_day(self):
        self.assertEqual(
            [p for _s, _e, p, _t in dates("هفته اول مارس", date(2018, 12, 14), "fa")], ["week"]
        )
        self.assertEqual(dates("در نیمه دوم مارس", date(2018, 12, 14), "fa"), [])
        self.assertEqual(dates("در دهه اول مارس", date(2018, 12, 14), "fa"), [])

    def test_an_ordinal_of_a_round_is_no_day(self):
        self.assertEqual(dates("دور دوم مذاکرات آغاز شد.", date(2018, 12, 14), "fa"), [])


class ArabicDayPairsInWordsTests(unittest.TestCase):
    def test_two_days_in_words_of_a_named_month(self):
        found = dates(
            "ستعقد الجولة في الحادي عشر والثاني عشر من كانون الأول.", date(2024, 11, 12), "ar"
        )
        self.assertEqual(
            found,
            [
                (
                    date(2024, 12, 11),
                    date(2024, 12, 12),
                    "day",
                    "الحادي عشر والثاني عشر من كانون الأول",
                )
            ],
        )

    def test_two_days_in_words_of_next_month(self):
        found = dates(
            "تعقد الاجتماعات يومي العاشر و الحادي عشر من الشهر المقبل.", date(2024, 11, 12), "ar"
        )
        self.assertEqual(
            [(s, e, p) for s, e, p, _t in found], [(date(2024, 12, 10), date(2024, 12, 11), "day")]
        )

    def test_the_second_half_of_a_month_is_that_month(self):
        found = dates("عقدت الجولة في النصف الثاني من أيلول 2017.", date(2017, 11, 1), "ar")
        self.assertEqual(found, [(date(2017, 9, 1), None, "month", "أيلول 2017")])

    def test_the_first_week_of_a_month_is_a_week(self):
        found = dates("في الأسبوع الأول من آذار 2019", date(2019, 1, 10), "ar")
        self.assertEqual([p for _s, _e, p, _t in found], ["week"])


class TurkishPartOfANamedMonthTests(unittest.TestCase):
    def test_late_in_a_named_month_is_that_month(self):
        found = dates("Ocak 2016 sonunda başlayan görüşmeler durdu.", date(2017, 2, 2), "tr")
        self.assertEqual(found, [(date(2016, 1, 1), None, "month", "Ocak 2016 sonunda")])

    def test_the_year_in_the_genitive_before_the_part(self):
        found = dates("Taraflar Mart 2019'un başında toplandı.", date(2020, 2, 2), "tr")
        self.assertEqual(found, [(date(2019, 3, 1), None, "month", "Mart 2019'un başında")])

    def test_a_part_of_a_year_alone_stays_the_year(self):
        found = dates("2016 sonunda ateşkes ilan edildi.", date(2017, 2, 2), "tr")
        self.assertEqual(found, [(date(2016, 1, 1), None, "year", "2016 sonunda")])
