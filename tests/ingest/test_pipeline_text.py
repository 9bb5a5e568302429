"""Language detection and sentence splitting."""

import unittest

from peaceproc.ingest.pipeline import detect_language, split_sentences


class LanguageTests(unittest.TestCase):
    def test_six_languages(self):
        samples = {
            "en": "The talks in Astana ended on Thursday with a memorandum on the zones.",
            "ru": "В четверг в Астане завершился четвёртый раунд переговоров по Сирии.",
            "ar": "اختتمت في أستانا الجولة الرابعة من المحادثات بشأن سوريا، وذلك في ختام اليوم.",
            "fa": "دور چهارم مذاکرات آستانه روز پنجشنبه با امضای یادداشت تفاهم به پایان رسید.",
            "fr": "La Russie, l'Iran et la Turquie ont signé jeudi un mémorandum sur les zones.",
            "tr": "Astana'daki dördüncü tur görüşmelerde Rusya ve Türkiye bir mutabakat imzaladı.",
        }
        for lang, text in samples.items():
            with self.subTest(lang=lang):
                self.assertEqual(detect_language(text), lang)

    def test_no_letters_defaults_to_english(self):
        self.assertEqual(detect_language("2017 - 12 / 44"), "en")


class SentenceTests(unittest.TestCase):
    def test_offsets_and_abbreviations(self):
        text = (
            "Lt. Gen. Alexander Fomin met Mr. Jaberi Ansari. Geir O. Pedersen spoke.\n"
            "Headline without a stop\nThe U.N. envoy said so. «Quote here.» Next one?"
        )
        got = [s.text for s in split_sentences(text)]
        self.assertEqual(
            got,
            [
                "Lt. Gen. Alexander Fomin met Mr. Jaberi Ansari.",
                "Geir O. Pedersen spoke.",
                "Headline without a stop",
                "The U.N. envoy said so.",
                "«Quote here.»",
                "Next one?",
            ],
        )
        for s in split_sentences(text):
            self.assertEqual(text[s.start : s.end], s.text)

    def test_russian_year_abbreviation_does_not_end_a_sentence(self):
        text = "Встреча прошла 4 мая 2017 г. в Астане. Затем делегаты уехали."
        self.assertEqual(len(split_sentences(text)), 2)

    def test_arabic_and_persian(self):
        self.assertEqual(len(split_sentences("اختتمت الجولة. وأعلن الوفد ترحيبه؟ نعم.")), 3)
        self.assertEqual(len(split_sentences("نشست پایان یافت. پدرسن گفت.")), 2)

    def test_overlong_runs_are_cut(self):
        parts = split_sentences("word " * 2000)
        self.assertGreater(len(parts), 1)
        self.assertTrue(all(len(p.text) <= 1200 for p in parts))


if __name__ == "__main__":
    unittest.main()
