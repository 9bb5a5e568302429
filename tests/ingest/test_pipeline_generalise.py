"""General date and round rules found by probing each language with sentences written for
the probe (issue 9: behaviour that generalises beyond the corpus articles)."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import extract_dates

PUB = date(2021, 6, 16)  # a Wednesday


def read(sentence, lang, published=PUB):
    return [
        (m.start, m.precision) for m in extract_dates(sentence, published=published, language=lang)
    ]


class RelativeDayWordTests(unittest.TestCase):
    def test_arabic_day_before_yesterday(self):
        for s in ("التقى الوفدان أول أمس في أنقرة.", "التقى الوفدان أمس الأول في أنقرة."):
            self.assertEqual(read(s, "ar"), [(date(2021, 6, 14), "day")], s)

    def test_arabic_yesterday_is_still_yesterday(self):
        self.assertEqual(read("التقى الوفدان أمس في أنقرة.", "ar"), [(date(2021, 6, 15), "day")])

    def test_persian_the_day_gone_by_and_last_night_are_yesterday(self):
        for s in ("هیئت‌ها روز گذشته در تهران گفت‌وگو کردند.", "هیئت‌ها شب گذشته گفت‌وگو کردند."):
            self.assertEqual(read(s, "fa"), [(date(2021, 6, 15), "day")], s)

    def test_persian_the_past_few_days_is_no_date(self):
        for s in ("در سه روز گذشته گفت‌وگو ادامه داشت.", "در چند روز گذشته گفت‌وگو ادامه داشت."):
            self.assertEqual(read(s, "fa"), [], s)


class EndOfThisMonthTests(unittest.TestCase):
    """'by the end of the month' names the current month, at month precision."""

    def test_each_language(self):
        sentences = {
            "en": "The envoy hopes to convene the body by the end of the month.",
            "fr": "L'envoyé espère réunir l'organe d'ici la fin du mois.",
            "ru": "Посланник надеется собрать комитет в конце месяца.",
            "tr": "Heyetlerin ayın sonunda yeniden bir araya gelmesi bekleniyor.",
        }
        for lang, s in sentences.items():
            self.assertEqual(read(s, lang), [(date(2021, 6, 1), "month")], lang)
