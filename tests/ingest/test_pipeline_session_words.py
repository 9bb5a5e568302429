"""A session (a sitting) named as such is a meeting happening in Turkish ('oturum') and
Arabic ('جلسة'), as 'session' and 'séance' already are; a body getting down to work in
Russian ('приступил к работе', 'за работу взялся') is its proceedings opening (issue 9,
rules9k). Sentences written for these tests."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates

GAZ = Gazetteer(participants=(), rounds=())
PUBLISHED = date(2022, 5, 31)  # a Tuesday


def days(text, lang):
    return [
        c.date.isoformat()
        for c in find_candidates(text, published=PUBLISHED, language=lang, gazetteer=GAZ)
    ]


class SessionWordTests(unittest.TestCase):
    def test_a_session_named_as_such_is_dated(self):
        cases = [
            ("tr", "Komitenin dünkü oturumunda taslak metinler ele alındı.", "2022-05-30"),
            ("tr", "Heyetler bugünkü oturumda iki yeni belge sundu.", "2022-05-31"),
            ("ar", "تناول مجلس الأمن في جلسته أمس الوضع في سوريا.", "2022-05-30"),
            ("ru", "Комитет приступил к работе в понедельник.", "2022-05-30"),
            ("ru", "В понедельник за работу взялся редакционный комитет.", "2022-05-30"),
        ]
        for lang, text, day in cases:
            with self.subTest(text):
                self.assertEqual(days(text, lang), [day])

    def test_other_dated_sentences_are_still_not_happenings(self):
        cases = [
            ("tr", "Komitenin dünkü yemeğinde taslak metinler ele alındı."),
            ("ar", "تناول الوزير أمس الغداء مع عائلته."),
            ("ru", "В понедельник он вернулся к работе над книгой."),
        ]
        for lang, text in cases:
            with self.subTest(text):
                self.assertEqual(days(text, lang), [])
