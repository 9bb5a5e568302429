"""A weekday governed by a verb of purpose or plan in the infinitive ('clearing the way for
him to hold talks ... on Monday') with no past verb of its own between is ahead of the
clause's past verb: the coming one, as a future seen from a saying is (outside re-tester
t13b, 4). A past verb of the weekday's own keeps it just gone. Sentences written for these
tests; 6 November 2025 is a Thursday."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import extract_dates

THURSDAY = date(2025, 11, 6)
COMING_MONDAY, LAST_MONDAY = date(2025, 11, 10), date(2025, 11, 3)

AHEAD = [
    ("en", "The council lifted the sanctions, clearing the way for the envoy to hold talks "
     "with the minister in Damascus on Monday."),
    ("en", "The ban was lifted so as to allow the two delegations to meet in Geneva on Monday."),
    ("fr", "Le Conseil a levé les sanctions, ouvrant la voie à l'émissaire pour rencontrer le "
     "ministre à Damas lundi."),
    ("ru", "Совет снял санкции, чтобы провести переговоры с министром в Дамаске в понедельник."),
    ("ar", "رفع المجلس العقوبات، ما يمهد الطريق أمام المبعوث لعقد محادثات مع الوزير في دمشق "
     "يوم الاثنين."),
    ("fa", "شورا تحریم‌ها را لغو کرد تا فرستاده بتواند روز دوشنبه برای دیدار با وزیر به دمشق "
     "برود."),
    ("tr", "Elçi, pazartesi günü Şam'da bakanla görüşmek üzere yola çıktı."),
]  # fmt: skip
JUST_GONE = [
    ("en", "The envoy met the minister in Damascus on Monday to discuss the ceasefire."),
    ("fr", "L'émissaire a rencontré lundi le ministre à Damas pour discuter du cessez-le-feu."),
    ("ru", "Посланник встретился с министром в Дамаске в понедельник, чтобы обсудить перемирие."),
    ("ar", "التقى المبعوث الوزير في دمشق يوم الاثنين لبحث وقف إطلاق النار."),
    ("fa", "فرستاده روز دوشنبه با وزیر در دمشق دیدار کرد."),
    ("tr", "Elçi pazartesi günü Şam'da bakanla görüştü."),
]


def days(text: str, language: str) -> list[date]:
    return [m.start for m in extract_dates(text, published=THURSDAY, language=language)]


class PurposeAheadTests(unittest.TestCase):
    def test_a_weekday_of_a_purpose_is_the_coming_one_in_each_language(self):
        for language, text in AHEAD:
            with self.subTest(text):
                self.assertEqual(days(text, language), [COMING_MONDAY])

    def test_a_weekday_with_a_past_verb_of_its_own_is_the_one_just_gone(self):
        for language, text in JUST_GONE:
            with self.subTest(text):
                self.assertEqual(days(text, language), [LAST_MONDAY])
