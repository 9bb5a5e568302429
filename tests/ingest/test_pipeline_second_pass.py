"""General rules of issue 9's second pass: a Russian name takes its case from its given
name, and an unknown man's surname is not read as a plural; a capitalised small word or
title, or a sentence's first word, is not part of a name; French futures whose stem ends
in r ('enverront', 'pourra') point ahead."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import extract_dates
from peaceproc.ingest.pipeline.entities import new_names
from peaceproc.ingest.pipeline.people import russian_nominative


class RussianNominativeTests(unittest.TestCase):
    def test_a_surname_after_a_nominative_given_name_is_kept(self):
        # Surnames the dictionary does not know, read by it as plural genitives.
        self.assertEqual(russian_nominative("Олег Кирдянов"), "Олег Кирдянов")
        self.assertEqual(russian_nominative("Пётр Ахмедьяров"), "Пётр Ахмедьяров")

    def test_an_unknown_surname_alone_keeps_its_nominative_shape(self):
        self.assertEqual(russian_nominative("Кирдянов"), "Кирдянов")

    def test_inflected_names_still_go_to_the_nominative(self):
        self.assertEqual(russian_nominative("Сергея Лаврова"), "Сергей Лавров")
        self.assertEqual(russian_nominative("Владимиру Путину"), "Владимир Путин")


class CapitalisedRunTests(unittest.TestCase):
    def test_a_small_word_starting_the_sentence_is_cut(self):
        self.assertEqual(
            new_names("Selon Lars Bergström, la session reprendra.", []), ["Lars Bergström"]
        )
        self.assertEqual(new_names("Для Олега Кирдянова это шанс.", []), ["Олега Кирдянова"])

    def test_a_title_word_ends_what_comes_before_it(self):
        text = "Heyete Cumhurbaşkanlığı Baş Danışmanı Kemal Ertürk başkanlık edecek."
        self.assertEqual(new_names(text, []), ["Kemal Ertürk"])

    def test_the_first_word_of_a_sentence_is_cut_from_a_run_too_long_for_a_name(self):
        text = "Açılışını Hasan Ali el-Kadri'nin yaptığı oturum dün başladı."
        self.assertEqual(new_names(text, []), ["Hasan Ali el-Kadri'nin"])

    def test_a_three_word_name_starting_a_sentence_is_kept(self):
        self.assertEqual(new_names("Jan Erik Lund met the envoy.", []), ["Jan Erik Lund"])


class FrenchFutureTests(unittest.TestCase):
    def read(self, sentence, published):
        (m,) = extract_dates(sentence, published=published, language="fr")
        return m.start

    def test_futures_of_a_stem_in_r_point_ahead(self):
        text = "Il a indiqué que les garants enverront leurs émissaires à Genève le 12 avril."
        self.assertEqual(self.read(text, date(2019, 5, 2)), date(2020, 4, 12))
        text = "Selon le ministère, la commission pourra se réunir le 3 février."
        self.assertEqual(self.read(text, date(2020, 3, 1)), date(2021, 2, 3))
