"""The language of a text is told by its own words, not by the letters of the names it
quotes (re-tester t15c, 4): an English report about Turkish ministers stays English, and a
Turkish sentence whose only Turkish letters sit in names is told by its case endings."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, detect_language, find_candidates
from peaceproc.ingest.pipeline.text import language_supported


class NamesDoNotDecideTests(unittest.TestCase):
    def test_english_sentences_about_turkish_people_and_places(self):
        for text in (
            "Ahmet Davutoğlu received the envoy in İzmir on 12 March 2015.",
            "Kalın and Şahin spoke to reporters on 2 June 2019.",
            "Yesterday Hulusi Akar flew from Eskişehir to Geneva.",
        ):
            with self.subTest(text=text):
                self.assertEqual(detect_language(text), "en")

    def test_the_english_sentence_keeps_its_happening(self):
        text = "Foreign Minister Mevlüt Çavuşoğlu met the UN envoy in Ankara on 9 June 2016."
        found = find_candidates(
            text, published=date(2016, 6, 12), language=None, gazetteer=Gazetteer((), ())
        )
        self.assertEqual([c.to_json()["date"] for c in found], ["2016-06-09"])

    def test_long_english_paste_full_of_turkish_names(self):
        sentence = "Four years ago today, Numan Kurtulmuş met Süleyman Soylu in Muğla. "
        self.assertEqual(detect_language(sentence * 3000), "en")

    def test_turkish_told_by_case_endings_when_its_letters_are_in_names(self):
        text = "Geir Pedersen'in önerisi 2019'dan önce Cenevre'de kabul edildi."
        self.assertEqual(detect_language(text), "tr")
        self.assertTrue(language_supported(text, "tr"))

    def test_turkish_letters_in_ordinary_words_still_count(self):
        text = "Bakanlar dün akşam görüştü ve ateşkesin sürmesi için anlaştı."
        self.assertEqual(detect_language(text), "tr")

    def test_french_elision_is_no_turkish_ending(self):
        text = "Le ministre l'a reçu à Paris, et qu'a-t-il dit de la trêve?"
        self.assertEqual(detect_language(text), "fr")
