"""Session 16's blind batch (issue 9): the shapes behind its misses, each in every
language that has it, in sentences written for these tests."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import extract_dates


def dates(text, published, lang):
    return [
        (m.start.isoformat(), m.precision, m.text)
        for m in extract_dates(text, published=published, language=lang)
    ]


class PartOfNextMonthTests(unittest.TestCase):
    """'The end of next month' is next month (U6), not this month's end."""

    SENT = {
        "en": ("The envoy expects the parties back at the end of next month.", "end of next month"),
        "fr": ("Les parties reviendraient à la fin du mois prochain.", "fin du mois prochain"),
        "ru": ("Стороны вернутся к переговорам в конце следующего месяца.", "следующего месяца"),
        "tr": ("Taraflar gelecek ayın sonunda yeniden buluşacak.", "gelecek ayın sonunda"),
        "ar": ("ويعود الطرفان إلى الطاولة في أواخر الشهر المقبل.", "الشهر المقبل"),
        "fa": ("دو طرف در اواخر ماه آینده دوباره دیدار می‌کنند.", "ماه آینده"),
    }

    def test_each_language(self):
        for lang, (text, words) in self.SENT.items():
            with self.subTest(lang=lang):
                got = dates(text, date(2019, 5, 20), lang)
                self.assertEqual([g[:2] for g in got], [("2019-06-01", "month")])
                self.assertIn(words, got[0][2])

    def test_the_end_of_this_month_stays_this_month(self):
        got = dates("Les pourparlers reprendront à la fin du mois.", date(2019, 5, 20), "fr")
        self.assertEqual([g[:2] for g in got], [("2019-05-01", "month")])
