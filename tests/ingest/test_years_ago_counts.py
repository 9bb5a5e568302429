"""'N years ago today' with any count the languages spell (re-tester t15c, 3): numbers past
ten in words ('Thirteen', 'thirty-one', 'vingt-deux', 'тридцать', 'on yedi', 'ثلاثين',
'سی'), a decade, and the count before 'on this very day' in Arabic; no day at all for a
count of none or one going back before the calendar; and 29 February kept where the year
back has it."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import extract_dates

# Tuesday 14 October 2036.
PUBLISHED = date(2036, 10, 14)


def readings(text: str, language: str, published: date = PUBLISHED) -> list[tuple[date, str]]:
    return [
        (m.start, m.precision) for m in extract_dates(text, published=published, language=language)
    ]


SPELLED = [
    ("en", "Thirteen years ago today, the guarantors met at the Rixos hotel.", 13),
    ("en", "Thirty-one years ago to the day the envoy resigned.", 31),
    ("en", "On this day seventeen years ago the committee first sat.", 17),
    ("fr", "Il y a vingt-deux ans jour pour jour, les délégations se réunissaient.", 22),
    ("ru", "Ровно тридцать лет назад делегации впервые встретились.", 30),
    ("ru", "Шестнадцать лет назад в этот день посланник ушёл в отставку.", 16),
    ("tr", "Tam on yedi yıl önce bugün heyetler ilk kez bir araya geldi.", 17),
    ("ar", "في مثل هذا اليوم قبل ثلاثين عاما التقى الوفدان للمرة الأولى.", 30),
    ("ar", "قبل أربعة عشر عاما في مثل هذا اليوم استقال المبعوث.", 14),
    ("fa", "سی سال پیش در چنین روزی هیئت‌ها برای نخستین بار دیدار کردند.", 30),
]  # fmt: skip


class SpelledCountsTests(unittest.TestCase):
    def test_a_count_past_ten_in_words_is_that_many_years_back(self):
        for language, text, years in SPELLED:
            with self.subTest(language=language, text=text):
                back = PUBLISHED.replace(year=PUBLISHED.year - years)
                self.assertEqual(readings(text, language), [(back, "day")])

    def test_a_decade_is_ten_years(self):
        text = "Two decades ago today the ceasefire was signed."
        self.assertEqual(readings(text, "en"), [(date(2016, 10, 14), "day")])
        text = "A decade ago to the day the ceasefire was signed."
        self.assertEqual(readings(text, "en"), [(date(2026, 10, 14), "day")])


class NoDayTests(unittest.TestCase):
    def test_no_count_or_one_past_the_calendar_gives_no_day(self):
        for language, text in (
            ("en", "Zero years ago today the ceasefire was signed."),
            ("en", "3000 years ago today the ceasefire was signed."),
            ("en", "Four thousand years ago today the ceasefire was signed."),
            ("tr", "Bundan 2500 yıl önce bugün ateşkes imzalandı."),
            ("ar", "قبل 4000 عام في مثل هذا اليوم وقعت الهدنة."),
        ):
            with self.subTest(language=language, text=text):
                self.assertEqual(readings(text, language), [])


class LeapDayTests(unittest.TestCase):
    def test_29_february_stays_when_the_year_back_has_it(self):
        text = "Eight years ago today the ceasefire was signed."
        self.assertEqual(readings(text, "en", date(2036, 2, 29)), [(date(2028, 2, 29), "day")])

    def test_29_february_is_the_28th_in_a_common_year(self):
        text = "Three years ago today the ceasefire was signed."
        self.assertEqual(readings(text, "en", date(2036, 2, 29)), [(date(2033, 2, 28), "day")])
