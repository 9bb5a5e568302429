"""Persian event words with the suffixes written onto them (issue 9, session 11): the
indefinite or relative 'ی' ('آتش‌بسی که ...'), the plural 'ها'/'های' ('گفت‌وگوهای', 'نشست‌های')
and the ezafe 'ی', with or without a zero-width non-joiner, are still the event word.
Sentences written for these tests, in the style of news reports."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates
from peaceproc.ingest.pipeline.cues import kinds_in
from peaceproc.ingest.pipeline.text import fold

GAZ = Gazetteer(participants=(), rounds=())


def kinds(text: str) -> set[str]:
    return {k for k, _ in kinds_in(fold(text), "fa")}


class PersianSuffixTests(unittest.TestCase):
    def test_a_ceasefire_with_its_relative_ya_is_dated(self):
        text = "آتش‌بسی که روسیه و ترکیه در ۲۹ دسامبر برقرار کردند تا حد زیادی پابرجا مانده است."
        got = find_candidates(text, published=date(2020, 1, 10), language="fa", gazetteer=GAZ)
        self.assertEqual([(c.date, c.kind) for c in got], [(date(2019, 12, 29), "ceasefire")])

    def test_plural_and_ezafe_suffixes_keep_the_word(self):
        for text, kind in (
            ("گفتوگوهای سوری در ژنو ادامه دارد", "meeting"),
            ("نشست‌های آستانه به پایان رسید", "meeting"),
            ("جلسه‌ی کمیته قانون اساسی", "meeting"),
            ("آتش بسی شکننده در ادلب", "ceasefire"),
        ):
            with self.subTest(text=text):
                self.assertIn(kind, kinds(text))

    def test_a_longer_word_that_begins_alike_is_not_the_word(self):
        # Words that begin like an event word and go on with other letters: other words.
        self.assertNotIn("ceasefire", kinds("آتش‌بسته‌ها در انبار"))
        self.assertEqual(kinds("او باید روی صندلی نشستن را یاد بگیرد"), set())
