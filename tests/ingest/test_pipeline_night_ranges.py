"""A night named by the two weekdays it joins is one day range, from the evening's day to
the morning's (LABELLING.md U6), in Arabic, Turkish, Russian, Persian, English and French;
a weekday that only follows another stays its own day. The sentences are written for
these tests, in the style of wire copy.
"""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import extract_dates

THURSDAY = date(2016, 12, 29)
NIGHT = [("2016-12-29", "2016-12-30")]


def nights(sentence, lang, published=THURSDAY):
    return [
        (m.start.isoformat(), m.end.isoformat() if m.end else None)
        for m in extract_dates(sentence, published=published, language=lang)
    ]


class NightRangeTests(unittest.TestCase):
    def test_the_night_between_two_weekdays(self):
        for lang, sentence in [
            ("ar", "وقال الجيش إن وقف الأعمال القتالية يبدأ منتصف ليل الخميس - الجمعة."),
            ("ar", "ويدخل الاتفاق حيز التنفيذ ليلة الخميس على الجمعة في كل المناطق."),
            ("ar", "ويسري وقف النار من منتصف ليل الخميس/الجمعة بحسب البيان."),
            ("tr", "Ateşkes perşembeyi cumaya bağlayan gece yürürlüğe girecek."),
            ("tr", "Bakanlık, ateşkesin Perşembe'yi Cuma'ya bağlayan gece başlayacağını açıkladı."),
            ("ru", "Режим прекращения огня вступит в силу в ночь с четверга на пятницу."),
            ("fa", "آتش‌بس در شب پنجشنبه به جمعه به اجرا گذاشته می‌شود."),
            ("en", "The truce is to take hold on the night of Thursday to Friday."),
            ("fr", "La trêve doit entrer en vigueur dans la nuit de jeudi à vendredi."),
        ]:
            with self.subTest(lang=lang, sentence=sentence):
                self.assertEqual(nights(sentence, lang), NIGHT)

    def test_the_night_between_two_numbered_days(self):
        for lang, sentence in [
            ("ar", "وبدأت الهدنة ليلة 29 على 30 كانون الأول في أنحاء البلاد."),
            ("ru", "Перемирие вступило в силу в ночь с 29 на 30 декабря."),
            ("fa", "آتش‌بس در شب ۲۹ به ۳۰ دسامبر آغاز شد."),
            ("tr", "Ateşkes 29 Aralık'ı 30 Aralık'a bağlayan gece başladı."),
        ]:
            with self.subTest(lang=lang, sentence=sentence):
                self.assertEqual(nights(sentence, lang, date(2016, 12, 31)), NIGHT)

    def test_a_night_across_a_month_end(self):
        self.assertEqual(
            nights(
                "Перемирие вступило в силу в ночь с 30 ноября на 1 декабря.",
                "ru",
                date(2016, 12, 5),
            ),
            [("2016-11-30", "2016-12-01")],
        )

    def test_a_date_moved_by_a_day_is_no_night(self):
        # 'перенесены с 29 на 30 декабря': moved from one day to the next, no night named.
        found = nights("Консультации перенесены с 29 на 30 декабря.", "ru", date(2016, 12, 20))
        self.assertEqual([end for _, end in found], [None])

    def test_a_night_already_past(self):
        # Written on the Friday: the night that ended that morning.
        self.assertEqual(
            nights("ودخلت الهدنة حيز التنفيذ ليل الخميس الجمعة.", "ar", date(2016, 12, 30)),
            NIGHT,
        )

    def test_weekdays_that_are_no_night_stay_two_days(self):
        for lang, sentence in [
            ("ar", "اجتمع الوفدان الخميس، ثم عادا إلى الاجتماع الجمعة."),
            ("tr", "Heyetler perşembe ve cuma günü ayrı ayrı görüştü."),
        ]:
            with self.subTest(lang=lang, sentence=sentence):
                found = nights(sentence, lang)
                self.assertEqual(len(found), 2)
                self.assertEqual([end for _, end in found], [None, None])

    def test_a_past_night_from_one_weekday_to_the_next_in_russian(self):
        # 'на вторник' after 'с понедельника' is the night's morning, not a day ahead.
        self.assertEqual(
            nights(
                "Режим тишины вступил в силу в ночь с понедельника на вторник.",
                "ru",
                date(2024, 4, 10),
            ),
            [("2024-04-08", "2024-04-09")],
        )
