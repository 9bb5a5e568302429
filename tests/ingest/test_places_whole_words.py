"""A place is a whole word, or a Russian form with a case ending of its own; never the start
of a longer word (re-tester t15d, 7). A place joined by a hyphen to the word after it is
part of a compound ('the Geneva-based office'), and a track's city is only where a pair
met unless the sentence names the format's talks, process or guarantors ('Fidan held talks
with Lavrov in Nur-Sultan' is no Astana talks). Places of several words are read, known
(Sharm el-Sheikh in six languages) or not ('Ras al-Ain'), and are nobody's name.
Sentences written for these tests; persons and places of the tests' own."""

import unittest
from datetime import date

from django.test import SimpleTestCase

from peaceproc.ingest.pipeline import Gazetteer, GazetteerParticipant, find_candidates
from peaceproc.ingest.pipeline.places import place_key
from peaceproc.ingest.titles import candidate_place, cities_named

PUBLISHED = date(2031, 6, 20)
GAZ = Gazetteer(
    participants=(
        GazetteerParticipant("anna-berg", ("Anna Berg", "Анна Берг")),
        GazetteerParticipant("karl-lund", ("Karl Lund", "Карл Лунд")),
    ),
    rounds=(),
    places=("Doha", "Tehran", "Sochi", "Moscow", "Geneva", "Amman", "Riyadh", "Astana"),
)


def candidate(text: str, language: str):
    (c,) = find_candidates(text, published=PUBLISHED, language=language, gazetteer=GAZ)
    return c


def review_place(text: str, language: str) -> str:
    c = candidate(text, language)
    return candidate_place({"quote": c.quote, "place": c.place, "kind": c.kind}, language)


class WholeWordTests(SimpleTestCase):
    def test_a_longer_word_is_no_known_place(self):
        for word in ("Dohany", "Dohas", "Tehrani", "Sochiny", "Moscowny", "Ammany", "Riyadhi"):
            with self.subTest(word=word):
                text = f"On 16 June 2031, Anna Berg held talks with Karl Lund in {word} on aid."
                self.assertIsNone(place_key(review_place(text, "en")))
                self.assertEqual(cities_named(f"They met in {word}.", "en")[0], [])

    def test_the_whole_name_and_its_case_forms_are_the_place(self):
        for language, text, key in (
            ("en", "On 16 June 2031, Anna Berg held talks with Karl Lund in Doha on aid.", "doha"),
            (
                "ru",
                "16 июня 2031 года Анна Берг провела переговоры с Карлом Лундом в Дохе.",
                "doha",
            ),
            ("ru", "16 июня 2031 года Анна Берг встретилась с Карлом Лундом в Маскате.", "muscat"),
            ("tr", "Anna Berg, 16 Haziran 2031'de Doha'da Karl Lund ile görüştü.", "doha"),
            ("tr", "Anna Berg, 16 Haziran 2031'de Maskat'ta Karl Lund ile görüştü.", "muscat"),
            ("fr", "Le 16 juin 2031, Anna Berg a rencontré Karl Lund à Mascate.", "muscat"),
        ):
            with self.subTest(language=language, text=text):
                self.assertEqual(place_key(review_place(text, language)), key)

    def test_a_russian_case_ending_but_not_a_longer_word(self):
        self.assertEqual(cities_named("Встреча прошла в Маскате.", "ru")[0], ["Muscat"])
        self.assertEqual(cities_named("Встреча прошла в Дохе.", "ru")[0], ["Doha"])
        # 'Хам' is a word of its own; the stem of 'Хама' is no city without its ending.
        self.assertEqual(cities_named("Он назвал его хамом в Венесуэле.", "ru")[0], [])


class CompoundTests(SimpleTestCase):
    def test_a_place_in_a_hyphenated_compound_is_no_place_and_no_track(self):
        c = candidate(
            "On 16 June 2031, Anna Berg held talks with Karl Lund at the Geneva-based office.",
            "en",
        )
        self.assertIsNone(c.track)
        self.assertIsNone(c.place)
        self.assertEqual(cities_named("at the Moscow-backed office", "en")[0], [])

    def test_the_formats_compound_keeps_its_track(self):
        c = candidate("On 16 June 2031, the guarantors met in the Astana-format talks.", "en")
        self.assertEqual(c.track, "astana")


class PairInATrackCityTests(SimpleTestCase):
    def test_a_pair_meeting_in_the_city_is_not_the_track(self):
        for language, text in (
            ("en", "On 16 June 2031, Anna Berg held talks with Karl Lund in Astana on aid."),
            ("en", "On 16 June 2031, Anna Berg met Karl Lund in Geneva."),
            ("ru", "16 июня 2031 года Анна Берг провела переговоры с Карлом Лундом в Астане."),
        ):
            with self.subTest(language=language, text=text):
                c = candidate(text, language)
                self.assertIsNone(c.track)
                self.assertIn(place_key(c.place), ("astana", "geneva"))

    def test_the_formats_words_keep_the_track(self):
        for language, text, track in (
            ("en", "On 16 June 2031, Anna Berg met Karl Lund at the Astana talks.", "astana"),
            ("en", "On 16 June 2031, Anna Berg met Karl Lund in Astana, where the guarantors "
                   "gathered.", "astana"),
            ("en", "On 16 June 2031, Anna Berg met Karl Lund in Geneva on the sidelines of the "
                   "talks.", "geneva"),
            ("ru", "16 июня 2031 года Анна Берг встретилась с Карлом Лундом в Астане в рамках "
                   "Астанинского процесса.", "astana"),
        ):  # fmt: skip
            with self.subTest(language=language, text=text):
                self.assertEqual(candidate(text, language).track, track)


class ManyWordPlaceTests(unittest.TestCase):
    def test_sharm_el_sheikh_in_six_languages(self):
        for language, text in (
            ("en", "On 16 June 2031, Anna Berg met Karl Lund in Sharm el-Sheikh."),
            ("fr", "Le 16 juin 2031, Anna Berg a rencontré Karl Lund à Charm el-Cheikh."),
            ("ru", "16 июня 2031 года Анна Берг встретилась с Карлом Лундом в Шарм-эш-Шейхе."),
            ("tr", "Anna Berg, 16 Haziran 2031'de Şarm el-Şeyh'te Karl Lund ile görüştü."),
            ("ar", "التقى الوزيران في شرم الشيخ في 16 حزيران 2031."),
            ("fa", "دو وزیر روز ۱۶ ژوئن ۲۰۳۱ در شرم‌الشیخ دیدار کردند."),
        ):
            with self.subTest(language=language):
                c = candidate(text, language)
                self.assertEqual(place_key(c.place), "sharm-el-sheikh")
                self.assertEqual(c.new_names, ())

    def test_an_unknown_place_of_several_words_is_a_place_not_a_person(self):
        for text, where in (
            ("On 16 June 2031, Anna Berg met Karl Lund in Ras al-Ain.", "Ras al-Ain"),
            ("On 16 June 2031, Anna Berg met Karl Lund in Kuala Lumpur.", "Kuala Lumpur"),
            ("On 16 June 2031, Anna Berg met Karl Lund in Rio de Janeiro.", "Rio de Janeiro"),
        ):
            with self.subTest(text=text):
                c = candidate(text, "en")
                self.assertEqual(c.new_names, ())
                self.assertEqual(review_place(text, "en"), where)
