"""A wire story's page (issue 9, an outside tester's Reuters article): the dateline does
not date what a 'since' clause recalls; choosing and electing are transition happenings;
photo credits name no one."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, article_people, find_candidates

GAZ = Gazetteer(participants=(), rounds=())


def dated(text, lang, published=date(2025, 9, 23)):
    return [
        (c.date, c.kind)
        for c in find_candidates(text, published=published, language=lang, gazetteer=GAZ)
    ]


def names(text, lang):
    return article_people(text, language=lang, gazetteer=GAZ).names


class SinceClauseTests(unittest.TestCase):
    def test_the_dateline_does_not_date_what_a_since_clause_recalls(self):
        text = (
            "Tuesday, 23 Sep 2025\n\nHOMS (Reuters) - Residents are rebuilding the old market, "
            "the first such work since the government was toppled.\n\nMore follows."
        )
        self.assertEqual(dated(text, "en"), [])

    def test_the_dateline_still_dates_the_story_it_reports(self):
        text = (
            "Tuesday, 23 Sep 2025\n\nHOMS (Reuters) - The interim authorities appointed a new "
            "governor for the province.\n\nMore follows."
        )
        self.assertEqual(dated(text, "en"), [(date(2025, 9, 23), "milestone")])


class ElectionVerbTests(unittest.TestCase):
    def test_electing_and_choosing_are_happenings(self):
        cases = [
            ("en", "Local councils will elect the new assembly's members on October 5."),
            ("fr", "Les collèges électoraux éliront les députés le 5 octobre."),
            ("ru", "Коллегии выборщиков изберут депутатов 5 октября."),
            ("ar", "وستنتخب الهيئات الناخبة أعضاء المجلس في 5 تشرين الأول."),
            ("fa", "هیئت‌های انتخاب‌کننده نمایندگان را ۵ اکتبر برمی‌گزینند."),
            ("tr", "Seçici kurullar milletvekillerini 5 Ekim'de seçecek."),
        ]
        for lang, text in cases:
            with self.subTest(lang=lang):
                self.assertEqual(dated(text, lang), [(date(2025, 10, 5), "milestone")])


class PhotoCreditTests(unittest.TestCase):
    def test_a_credit_line_names_no_one(self):
        cases = [
            ("en", "Crowds gather in the square. AFP/Nadia Haddad/Pool Photo"),
            ("en", "Crowds gather in the square.\nPhoto: Rami Saleh / Getty Images"),
            ("fr", "La foule sur la place.\nPhoto : Rami Saleh"),
            ("ru", "Толпа на площади.\nФото: Рами Салех"),
            ("tr", "Meydanda kalabalık.\nFotoğraf: Rami Salih"),
        ]
        for lang, text in cases:
            with self.subTest(lang=lang, text=text):
                self.assertEqual(names(text, lang), ())

    def test_a_caption_still_names_the_people_it_shows(self):
        text = "Photo caption: Foreign Minister Rami Saleh arrives in Damascus."
        self.assertEqual(names(text, "en"), ("Rami Saleh",))

    def test_a_credit_inside_a_sentence_names_no_one_but_the_sentence_does(self):
        text = "Foreign Minister Rami Saleh arrives in Damascus (AFP/Nadia Haddad), on 3/9/2025."
        self.assertEqual(names(text, "en"), ("Rami Saleh",))

    def test_elected_as_a_description_is_no_happening(self):
        text = "Le 3 mars, le maire, élu sur un programme local, a inauguré un marché."
        self.assertEqual(dated(text, "fr"), [])
