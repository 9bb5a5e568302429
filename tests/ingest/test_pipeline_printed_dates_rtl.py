"""Arabic and Persian pages print the article's date and time on a line of their own with
the Arabic comma ('۲۷ شهریور ۱۴۰۴، ۲۲:۴۵', '١٥ آذار ٢٠٣١، ١٤:٣٠'), the Persian ones in the
solar hijri calendar: that line dates the story's first event without date words
(LABELLING.md U10). A delegation setting off so that it may take part ('تا در … شرکت
کند') is logistics, not a happening. The texts are written for these tests."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates

GAZ = Gazetteer(participants=(), rounds=())


def _days(text: str, published: date, lang: str) -> set[date]:
    cands = find_candidates(text, published=published, language=lang, gazetteer=GAZ)
    return {c.date for c in cands if c.precision == "day"}


class PrintedDateRtlTests(unittest.TestCase):
    def test_a_solar_hijri_date_line_with_the_arabic_comma(self):
        # 5 Farvardin 1410 = 25 March 2031.
        text = (
            "نشست تازه کمیته قانون اساسی\n\n"
            "۵ فروردین ۱۴۱۰، ۱۸:۲۰\n\n"
            "نشست کمیته قانون اساسی سوریه در ژنو با حضور نمایندگان دولت و مخالفان برگزار شد.\n"
        )
        self.assertIn(date(2031, 3, 25), _days(text, date(2031, 3, 25), "fa"))

    def test_an_arabic_date_line_with_the_arabic_comma(self):
        text = (
            "اختتام جولة جديدة\n\n"
            "١٥ آذار ٢٠٣١، ١٤:٣٠\n\n"
            "اختتمت في أستانا جولة جديدة من المحادثات حول سوريا بمشاركة الدول الضامنة.\n"
        )
        self.assertIn(date(2031, 3, 15), _days(text, date(2031, 3, 15), "ar"))

    def test_a_delegation_setting_off_to_take_part_is_logistics(self):
        text = (
            "سفر هیئت ایرانی به آستانه\n\n"
            "۵ فروردین ۱۴۱۰، ۱۸:۲۰\n\n"
            "هیئت ایرانی عازم قزاقستان شد تا در دور تازه مذاکرات آستانه شرکت کند.\n"
        )
        self.assertNotIn(date(2031, 3, 25), _days(text, date(2031, 3, 25), "fa"))
