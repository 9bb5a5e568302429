"""Words that are no one, offered as new participants (issue 9, outside tester t9b): a
headline's title-case words, a house that stands for a government, an Arabic verb with its
object pronoun after a title, the object of a preposition after a title. Sentences written
for these tests."""

import unittest

from peaceproc.ingest.pipeline.people import name_spans, titled_names


def names(sentence, lang):
    return [n for n, _s, _e in name_spans(sentence, [], lang)]


class TitleCaseHeadlineTests(unittest.TestCase):
    def test_a_title_case_headline_offers_no_names(self):
        self.assertEqual(names("Rival Factions Agree Prisoner Swap After Doha Talks", "en"), [])
        self.assertEqual(names("Regional Envoys Gather Ahead of Crucial Vote", "en"), [])

    def test_a_sentence_of_names_still_offers_them(self):
        # A full stop: a sentence of the story, though its long words are all capitalised.
        self.assertEqual(
            names("Hakan Fidan and Walid Zahran talked.", "en"), ["Hakan Fidan", "Walid Zahran"]
        )
        # Not in title case: a headline in sentence case keeps its names.
        self.assertEqual(
            names("Envoy Karim Haddad meets delegates in Amman", "en"), ["Karim Haddad"]
        )


class HouseOfGovernmentTests(unittest.TestCase):
    def test_a_house_that_stands_for_a_government_is_no_person(self):
        for lang, text in (
            ("en", "The envoy was received at the White House on Monday."),
            ("fr", "Le ministre a été reçu à la Maison Blanche lundi."),
            ("ru", "Министра приняли в Белом доме в понедельник."),
            ("tr", "Bakan pazartesi günü Beyaz Saray'da ağırlandı."),
        ):
            with self.subTest(lang):
                self.assertEqual(names(text, lang), [])


class ArabicNotNamesTests(unittest.TestCase):
    def test_a_verb_with_its_object_pronoun_after_a_title_is_no_name(self):
        for text in (
            "وأوضح أن الوزير السوري أبلغه بقرب تشكيل الحكومة.",
            "وقال إن المبعوث الأممي أخبرهم بموعد الجولة.",
        ):
            with self.subTest(text):
                self.assertEqual(titled_names(text, "ar"), [])

    def test_a_name_with_the_feminine_ending_is_still_a_name(self):
        got = [n for n, _s, _e in titled_names("وقال الوزير أسامة رزق إن الجولة تأجلت.", "ar")]
        self.assertEqual(got, ["أسامة رزق"])

    def test_the_object_of_a_preposition_after_a_title_is_no_name(self):
        text = "ودعا الوزير إلى مصالحة وطنية شاملة قبل الانتخابات."
        self.assertEqual(titled_names(text, "ar"), [])
        # A name after the title's place is the title holder's.
        got = titled_names("وقال السفير لدى موسكو مازن عباس إن الوفد وصل.", "ar")
        self.assertEqual([n for n, _s, _e in got], ["مازن عباس"])
