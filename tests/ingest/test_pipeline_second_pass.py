"""General rules of issue 9's second pass: a Russian name takes its case from its given
name, and an unknown man's surname is not read as a plural."""

import unittest

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
