"""'From one day to another' is one span (start, end), however far apart the two days are,
in each of the six languages; two days a verb moves one to the other stay two dates, and
so do two days that only stand near each other ('between the 1 March meeting and the
15 June one'). The sentences are written for these tests, in the style of wire copy.
"""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import extract_dates


def spans(sentence, lang, published):
    return [
        (m.start.isoformat(), m.end.isoformat() if m.end else None, m.precision)
        for m in extract_dates(sentence, published=published, language=lang)
    ]


JUL23 = date(2023, 7, 10)
SPAN = [("2023-03-01", "2023-06-15", "day")]
TWO = [("2023-03-01", None, "day"), ("2023-06-15", None, "day")]


class FromToSpanTests(unittest.TestCase):
    def test_each_language_with_the_year_written_once(self):
        for lang, sentence in [
            ("en", "The truce in Idlib held from 1 March to 15 June 2023, monitors said."),
            ("en", "Aid convoys crossed daily from March 1 through June 15, 2023."),
            ("fr", "La trêve a été respectée du 1er mars au 15 juin 2023, selon l'ONU."),
            ("ru", "Режим тишины соблюдался с 1 марта по 15 июня 2023 года."),
            ("ar", "صمدت الهدنة من 1 آذار حتى 15 حزيران 2023 بحسب المراقبين."),
            ("ar", "سيستمر العمل بالاتفاق اعتبارا من 1 آذار ولغاية 15 حزيران 2023."),
            ("tr", "Ateşkes 1 Mart'tan 15 Haziran 2023'e kadar sürdü."),
        ]:
            with self.subTest(lang=lang, sentence=sentence):
                self.assertEqual(spans(sentence, lang, JUL23), SPAN)

    def test_each_language_with_both_years(self):
        for lang, sentence in [
            ("en", "The mandate ran from 1 March 2023 until 15 June 2023."),
            ("fr", "Le mandat a couru du 1er mars 2023 jusqu'au 15 juin 2023."),
            ("ru", "Мандат действовал с 1 марта 2023 года до 15 июня 2023 года."),
            ("ar", "امتدت ولاية البعثة من 1 مارس 2023 إلى 15 يونيو 2023."),
            ("fa", "مأموریت هیئت از ۱ مارس ۲۰۲۳ تا ۱۵ ژوئن ۲۰۲۳ ادامه داشت."),
            ("tr", "Görev süresi 1 Mart 2023'ten 15 Haziran 2023'e kadar uzatıldı."),
        ]:
            with self.subTest(lang=lang, sentence=sentence):
                self.assertEqual(spans(sentence, lang, JUL23), SPAN)

    def test_solar_hijri_span(self):
        # 1 Esfand 1401 = 20 February 2023, 15 Khordad 1402 = 5 June 2023.
        self.assertEqual(
            spans("آتش‌بس از ۱ اسفند تا ۱۵ خرداد برقرار ماند.", "fa", JUL23),
            [("2023-02-20", "2023-06-05", "day")],
        )

    def test_the_end_without_a_year_falls_after_the_start(self):
        # Written in early January: the span began in December of the year before.
        self.assertEqual(
            spans(
                "The humanitarian pause runs from 20 December to 20 March.", "en", date(2024, 1, 5)
            ),
            [("2023-12-20", "2024-03-20", "day")],
        )

    def test_a_date_moved_is_two_dates(self):
        for lang, sentence in [
            ("en", "The session was postponed from 1 March to 15 June 2023."),
            ("fr", "La session a été reportée du 1er mars au 15 juin 2023."),
            ("ar", "تم تأجيل الجولة من 1 آذار إلى 15 حزيران 2023."),
            ("tr", "Toplantı 1 Mart'tan 15 Haziran 2023'e kadar ertelendi."),
        ]:
            with self.subTest(lang=lang, sentence=sentence):
                self.assertEqual(spans(sentence, lang, JUL23), TWO)

    def test_a_moved_date_within_a_month_is_two_dates(self):
        self.assertEqual(
            spans("The round was moved from 30 November to 4 December.", "en", date(2022, 12, 10)),
            [("2022-11-30", None, "day"), ("2022-12-04", None, "day")],
        )

    def test_two_dates_without_from_stay_two(self):
        for lang, sentence in [
            ("en", "Between the 1 March meeting and the 15 June one, little changed."),
            ("fr", "Les réunions du 1er mars et du 15 juin 2023 n'ont rien donné."),
            ("en", "The 1 March to 15 June 2023 figures were published."),
        ]:
            with self.subTest(lang=lang, sentence=sentence):
                self.assertEqual(spans(sentence, lang, JUL23), TWO)

    def test_the_new_day_of_a_moved_date_is_near_the_old_one(self):
        # A past verb alone would put 25 April, written in early April, a year back.
        for lang, sentence in [
            ("en", "The meeting was postponed from 12 April to 25 April, the ministry said."),
            ("fr", "La réunion a été reportée du 12 avril au 25 avril."),
            ("tr", "Toplantı 12 Nisan'dan 25 Nisan'a ertelendi."),
            ("fa", "نشست از ۱۲ آوریل به ۲۵ آوریل موکول شد."),
        ]:
            with self.subTest(lang=lang, sentence=sentence):
                self.assertEqual(
                    spans(sentence, lang, date(2024, 4, 10)),
                    [("2024-04-12", None, "day"), ("2024-04-25", None, "day")],
                )
