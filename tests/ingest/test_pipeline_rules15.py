"""Session 15, rules15: article shapes the pipeline still read wrongly (issue 9).

* 'N years ago today' (il y a deux ans jour pour jour, ровно два года назад, في مثل هذا
  اليوم قبل عامين, دو سال پیش در چنین روزی, iki yıl önce bugün) is the day that many years
  before the article's, at day precision, as 'a year ago today' already was; a bare 'two
  years ago' stays a year.

The sentences are the tests' own."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import extract_dates

# Thursday 20 November 2031.
THURSDAY = date(2031, 11, 20)


def readings(text: str, language: str, published: date = THURSDAY) -> list[tuple[date, str]]:
    found = extract_dates(text, published=published, language=language)
    return [(m.start, m.precision) for m in found]


YEARS_AGO_TODAY = [
    ("en", "Two years ago today, the two delegations sat down together in Astana.", 2),
    ("en", "On this day four years ago the guarantor states signed a memorandum.", 4),
    ("en", "Exactly 3 years ago, the envoy opened the committee's first session.", 3),
    ("fr", "Il y a deux ans jour pour jour, les garants se retrouvaient à Sotchi.", 2),
    ("fr", "Il y a exactement cinq ans, l'émissaire ouvrait la première session.", 5),
    ("ru", "Ровно два года назад гаранты собрались в Сочи.", 2),
    ("ru", "Пять лет назад в этот день эмиссар открыл первую сессию.", 5),
    ("ar", "في مثل هذا اليوم قبل عامين اجتمعت الدول الضامنة في سوتشي.", 2),
    ("ar", "قبل ثلاث سنوات بالتمام افتتح المبعوث الجلسة الأولى.", 3),
    ("fa", "درست دو سال پیش در چنین روزی کشورهای ضامن در سوچی گرد هم آمدند.", 2),
    ("fa", "۳ سال پیش در چنین روزی فرستاده نخستین نشست را گشود.", 3),
    ("tr", "İki yıl önce bugün garantör ülkeler Soçi'de toplandı.", 2),
    ("tr", "Tam dört yıl önce temsilci ilk oturumu açtı.", 4),
]  # fmt: skip
YEARS_AGO = [
    ("en", "Two years ago, the two delegations sat down together in Astana."),
    ("fr", "Il y a deux ans, les garants se retrouvaient à Sotchi."),
    ("ru", "Два года назад гаранты собрались в Сочи."),
    ("tr", "İki yıl önce garantör ülkeler Soçi'de toplandı."),
    ("fa", "دو سال پیش کشورهای ضامن در سوچی گرد هم آمدند."),
]


class YearsAgoTodayTests(unittest.TestCase):
    def test_n_years_ago_today_is_that_day_n_years_back(self):
        for language, text, years in YEARS_AGO_TODAY:
            with self.subTest(language=language, text=text):
                back = date(THURSDAY.year - years, THURSDAY.month, THURSDAY.day)
                self.assertEqual(readings(text, language), [(back, "day")])

    def test_from_29_february_it_is_the_28th(self):
        text = "Two years ago today, the two delegations sat down together in Astana."
        self.assertEqual(readings(text, "en", date(2032, 2, 29)), [(date(2030, 2, 28), "day")])

    def test_a_bare_n_years_ago_is_that_year(self):
        for language, text in YEARS_AGO:
            with self.subTest(language=language, text=text):
                self.assertEqual(readings(text, language), [(date(2029, 1, 1), "year")])
