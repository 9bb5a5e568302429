"""'N years ago today' with a count the pipeline cannot read exactly (re-tester t15d, 8):
a vague count ('a few', 'several', 'many', 'hundreds of'), a fraction ('two and a half',
'1.5', 'سنتين ونصف'), a count longer than the words read ('two decades and three'). Such a
phrase gives no date at all: never the article's own day (its 'today' read alone), never
the year of a part of the count. A multiplier alone ('a hundred', 'cent', 'صد') is read."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import extract_dates

# Thursday 9 May 2041.
PUBLISHED = date(2041, 5, 9)


def readings(text: str, language: str) -> list[tuple[date, str]]:
    return [
        (m.start, m.precision) for m in extract_dates(text, published=PUBLISHED, language=language)
    ]


UNREAD = [
    ("en", "A few years ago today, the two delegations first shook hands in Nicosia."),
    ("en", "Several years ago today the monitors crossed the border."),
    ("en", "Many years ago to the day the first convoy left the city."),
    ("en", "Hundreds of years ago today a caravan stopped at this well."),
    ("en", "Two and a half years ago today the truce was signed."),
    ("en", "Nine-and-a-half years ago today the truce was signed."),
    ("en", "Exactly 1.5 years ago today the truce was signed."),
    ("en", "Two decades and three years ago today the truce was signed."),
    ("en", "Ten million years ago today the valley was a sea."),
    ("fr", "Il y a 2,5 ans jour pour jour, la trêve était signée."),
    ("fr", "Il y a plusieurs années jour pour jour, la trêve était signée."),
    ("ru", "Ровно 1,5 года назад было подписано перемирие."),
    ("ru", "Ровно два с половиной года назад было подписано перемирие."),
    ("tr", "Birkaç yıl önce bugün ateşkes imzalandı."),
    ("tr", "Tam iki buçuk yıl önce bugün ateşkes imzalandı."),
    ("tr", "Tam 3,5 yıl önce bugün ateşkes imzalandı."),
    ("ar", "في مثل هذا اليوم قبل بضع سنوات وقعت الهدنة."),
    ("ar", "في مثل هذا اليوم قبل عدة سنوات وقعت الهدنة."),
    ("ar", "في مثل هذا اليوم قبل سنتين ونصف وقعت الهدنة."),
    ("fa", "چند سال پیش در چنین روزی آتش‌بس امضا شد."),
    ("fa", "۲.۵ سال پیش در چنین روزی آتش‌بس امضا شد."),
]  # fmt: skip

# A multiplier alone counts its value (what stands before it is 'a', 'one' or nothing).
HUNDRED = [
    ("en", "A hundred years ago today the treaty was signed."),
    ("fr", "Il y a cent ans jour pour jour, le traité était signé."),
    ("ar", "في مثل هذا اليوم قبل مئة عام وقع الاتفاق."),
    ("fa", "صد سال پیش در چنین روزی پیمان امضا شد."),
]  # fmt: skip


class UnreadCountTests(unittest.TestCase):
    def test_a_count_not_read_exactly_gives_no_date(self):
        for language, text in UNREAD:
            with self.subTest(language=language, text=text):
                self.assertEqual(readings(text, language), [])

    def test_a_multiplier_alone_counts_its_value(self):
        for language, text in HUNDRED:
            with self.subTest(language=language, text=text):
                self.assertEqual(readings(text, language), [(date(1941, 5, 9), "day")])

    def test_a_count_read_exactly_still_gives_its_day(self):
        # Guards: the plain counts, a decimal elsewhere in the sentence, and 'a year'.
        for language, text, day in (
            ("en", "Two years ago today the truce was signed.", date(2039, 5, 9)),
            ("en", "A year ago today, 1.5 million people had fled.", date(2040, 5, 9)),
            ("en", "Eleven years ago today the truce was signed.", date(2030, 5, 9)),
            ("ru", "Ровно год назад было подписано перемирие.", date(2040, 5, 9)),
            ("tr", "Tam iki yıl önce bugün ateşkes imzalandı.", date(2039, 5, 9)),
            ("ar", "في مثل هذا اليوم قبل عامين وقعت الهدنة.", date(2039, 5, 9)),
        ):
            with self.subTest(language=language, text=text):
                self.assertEqual(readings(text, language), [(day, "day")])

    def test_years_ago_with_a_half_gives_no_year(self):
        # The plain 'ago' rule: the year of '2.5 years ago' is not the year of 5 or of 1.
        for language, text in (
            ("en", "The truce was signed 2.5 years ago."),
            ("ru", "Перемирие было подписано два с половиной года назад."),
            ("fr", "La trêve a été signée il y a deux ans et demi."),
        ):
            with self.subTest(language=language, text=text):
                self.assertEqual(readings(text, language), [])
