"""Issue 9 leftovers (fix9z, 2): the places the pipeline knows (pipeline/places.py), each
with a stable key and its spellings in six languages; the review's 'another city' rule
compares keys, and a place the table does not know is unknown, never another city.
Sentences and records are the tests' own."""

import unittest
from datetime import date

from peaceproc.chronology.models import Event, Participant
from peaceproc.ingest.pipeline import Gazetteer, find_candidates
from peaceproc.ingest.pipeline.places import TABLE, _spelling, place_key
from peaceproc.ingest.review import (
    _other_cities,
    _same_place,
)
from peaceproc.ingest.titles import cities_named

from .reviews import envoy_visit_matches
from .test_admin import IngestTestCase

EMPTY = Gazetteer(participants=(), rounds=())
PUBLISHED = date(2025, 3, 5)
# One sentence per language naming a place the first table (31 places) did not know, in
# the language's own spelling and case.
SENTENCES = {
    "en": ("Delegations met in Tartus on 3 March 2025.", "tartus"),
    "fr": ("Les délégations se sont réunies à Raqqa le 3 mars 2025.", "raqqa"),
    "ru": ("Делегации встретились в Тартусе 3 марта 2025 года.", "tartus"),
    "ar": ("اجتمع الوفدان في القامشلي في 3 آذار 2025.", "qamishli"),
    "fa": ("هیئت‌ها روز ۳ مارس ۲۰۲۵ در دیرالزور دیدار کردند.", "deir-ez-zor"),
    "tr": ("Heyetler 3 Mart 2025 tarihinde Haseke'de bir araya geldi.", "hasakah"),
}
# Places of each language the table does not know.
UNKNOWN = {
    "en": "Springfield",
    "fr": "Lyon",
    "ru": "Казани",
    "ar": "الموصل",
    "fa": "اصفهان",
    "tr": "Trabzon",
}


class TableTests(unittest.TestCase):
    def test_each_spelling_names_one_place(self):
        named: dict[str, set[str]] = {}
        for place in TABLE:
            for form in place.forms:
                named.setdefault(_spelling(form), set()).add(place.key)
        self.assertEqual({s: k for s, k in named.items() if len(k) > 1}, {})

    def test_keys_are_stable_slugs_and_names_are_spellings(self):
        for place in TABLE:
            with self.subTest(place=place.name):
                self.assertRegex(place.key, r"^[a-z]+(-[a-z]+)*$")
                self.assertEqual(place.forms[0], place.name)
                self.assertEqual(place_key(place.name), place.key)

    def test_two_names_of_one_city_share_its_key(self):
        self.assertEqual(place_key("Nur-Sultan"), place_key("Astana"))
        self.assertEqual(place_key("Нур-Султане"), "astana")

    def test_spellings_of_each_language_and_case(self):
        spellings = {
            "geneva": ("Geneva", "Genève", "Женеве", "Женевы", "جنيف", "ژنو", "Cenevre"),
            "tehran": ("Téhéran", "Тегеране", "طهران", "تهران", "Tahran"),
            "deir-ez-zor": ("Deir ez-Zor", "Дейр-эз-Зоре", "دير الزور", "دیرالزور", "Deyrizor"),
            "suwayda": ("Soueïda", "Сувейде", "السويداء", "سویدا", "Süveyda", "Sweida"),
        }
        for key, forms in spellings.items():
            for form in forms:
                with self.subTest(form=form):
                    self.assertEqual(place_key(form), key)
        # Case, spacing and Arabic-script letter variants aside.
        self.assertEqual(place_key("  new   YORK "), "new-york")
        self.assertEqual(place_key("حماه"), place_key("حماة"))


class UnknownPlaceTests(unittest.TestCase):
    def test_an_unknown_place_is_unknown_never_another_city(self):
        for language, unknown in UNKNOWN.items():
            with self.subTest(language=language, place=unknown):
                self.assertIsNone(place_key(unknown))
                self.assertFalse(_other_cities(unknown, "Homs"))
                self.assertFalse(_other_cities("Homs", unknown))
                self.assertFalse(_same_place(unknown, "Homs"))

    def test_two_known_places_are_other_cities_one_under_two_spellings_is_not(self):
        self.assertTrue(_other_cities("Тартусе", "Latakia"))
        self.assertTrue(_other_cities("Kamışlı", "Hasakah"))
        self.assertFalse(_other_cities("Женеве", "Geneva"))
        self.assertFalse(_other_cities("Nur-Sultan", "Astana"))
        self.assertTrue(_same_place("Tartous", "Tartus"))
        self.assertTrue(_same_place("Baniyas", "baniyas"))  # unknown, as written


class CandidatePlaceTests(unittest.TestCase):
    def test_the_candidates_place_in_each_language(self):
        for language, (sentence, key) in SENTENCES.items():
            with self.subTest(language=language):
                (c,) = find_candidates(
                    sentence, published=PUBLISHED, language=language, gazetteer=EMPTY
                )
                self.assertEqual(c.date, date(2025, 3, 3))
                self.assertEqual(place_key(c.place), key)


class CitiesNamedTests(unittest.TestCase):
    def test_a_case_form_names_its_city_a_longer_word_does_not(self):
        self.assertEqual(cities_named("Переговоры прошли в Вене и в Дохе.", "ru")[0],
                         ["Vienna", "Doha"])  # fmt: skip
        self.assertEqual(cities_named("Делегация прибыла в Венесуэлу.", "ru")[0], [])
        self.assertEqual(cities_named("Toplantı Haseke'de yapıldı.", "tr")[0], ["Hasakah"])


class AnotherCityReviewTests(IngestTestCase):
    """The review: a record a day off with the same person, in a city the first table did
    not know, is no likely duplicate of a sentence told of another known city; one told
    of a place nobody knows is still proposed."""

    def setUp(self):
        super().setUp()
        self.visit = Event.objects.create(
            slug="envoy-in-tartus-2026-11-03", title="Meeting of Geir Pedersen in Tartus",
            kind="meeting", start_date=date(2026, 11, 3), precision="day", place="Tartus",
        )  # fmt: skip
        self.visit.participants.add(Participant.objects.get(slug="geir-pedersen"))

    def match(self, place):
        matches, default = envoy_visit_matches(place)
        (match,) = [m for m in matches if m.record == self.visit]
        return match, default

    def test_another_known_city_is_no_likely_duplicate(self):
        match, default = self.match("Qamishli")
        self.assertFalse(match.strong)
        self.assertIn("but in Qamishli, not Tartus", match.reason)
        self.assertEqual(default.action, "skip")

    def test_the_same_city_in_another_spelling_is_proposed(self):
        match, default = self.match("Тартус")
        self.assertTrue(match.strong)
        self.assertEqual((default.action, default.target.record), ("cite", self.visit))

    def test_an_unknown_place_is_not_another_city(self):
        for unknown in ("Baniyas", "اصفهان"):
            with self.subTest(place=unknown):
                match, _default = self.match(unknown)
                self.assertNotIn("but in", match.reason)
                self.assertTrue(match.strong)


if __name__ == "__main__":
    unittest.main()
