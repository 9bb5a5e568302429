"""The forms a page prints its publication stamp in (issue 9, rules13d): upper case, a
weekday before the day, a preposition after the label ('Опубликовано в четверг, 6 марта'),
vowel marks ('نُشِر بتاريخ'), a Solar date in digits. Each is the article's date line: it
dates the dateless story under it and is no happening of its own. Sentences written for
these tests."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates

GAZ = Gazetteer(participants=(), rounds=())
PUBLISHED = date(2025, 3, 8)
STAMPED = date(2025, 3, 6)

STORY = {
    "en": "The UN envoy met the opposition delegation in Geneva.",
    "fr": "L'émissaire de l'ONU a rencontré la délégation de l'opposition à Genève.",
    "ru": "Спецпосланник ООН встретился с делегацией оппозиции в Женеве.",
    "tr": "BM özel temsilcisi Cenevre'de muhalefet heyetiyle bir araya geldi.",
    "ar": "التقى المبعوث الأممي وفد المعارضة في جنيف.",
    "fa": "فرستاده سازمان ملل با هیئت مخالفان در ژنو دیدار کرد.",
}
STAMPS = {
    "en": ["PUBLISHED: March 6, 2025 10:02", "Published on Thursday, 6 March 2025"],
    "fr": ["Publié le jeudi 6 mars 2025", "PUBLIÉ LE 06/03/2025"],
    "ru": ["Опубликовано в четверг, 6 марта 2025", "ОПУБЛИКОВАНО: 6 марта 2025"],
    "tr": ["Yayınlanma Tarihi: 06.03.2025 10:02", "Yayın tarihi: 06 Mart 2025 Perşembe"],
    "ar": ["نُشِر بتاريخ: 6 آذار 2025", "تاريخ النشر: الخميس 6 مارس 2025"],
    "fa": ["تاريخ انتشار ۱۴۰۳/۱۲/۱۶ - ۱۰:۰۲", "منتشر شده در پنجشنبه ۱۶ اسفند ۱۴۰۳"],
}


class StampLabelFormTests(unittest.TestCase):
    def test_each_form_of_the_stamp_dates_the_story_under_it(self):
        for lang, stamps in STAMPS.items():
            for stamp in stamps:
                with self.subTest(lang=lang, stamp=stamp):
                    text = f"Headline\n\n{stamp}\n\n{STORY[lang]}\n\nMore."
                    got = find_candidates(text, published=PUBLISHED, language=lang, gazetteer=GAZ)
                    self.assertEqual([(c.date, c.kind) for c in got], [(STAMPED, "meeting")])
                    self.assertIn("dateline", got[0].date_reason)
