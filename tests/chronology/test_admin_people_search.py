"""The admin finds people as the site does (issue 11): every autocomplete box that picks a
participant, and the participants' list, search with Catalogue.named (folded names and
aliases in six languages, case forms, word starts) besides Django's own search, so an
editor typing 'Lávrov' or 'Лаврова' into a round's participation finds Sergey Lavrov."""

import json

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from peaceproc.chronology.models import Participant

from .base import SeededAdminTestCase


class AdminPeopleSearchTests(SeededAdminTestCase):
    def found(self, term, *, model_name="participation", field_name="participant"):
        response = self.client.get(
            reverse("admin:autocomplete"),
            {
                "term": term,
                "app_label": "chronology",
                "model_name": model_name,
                "field_name": field_name,
            },
        )
        self.assertEqual(response.status_code, 200)
        return [row["text"] for row in json.loads(response.content)["results"]]

    def test_a_participation_finds_a_person_in_every_script_and_case_form(self):
        for term in ["Lavr", "Лавров", "لافروف", "Lávrov", "LAVROV", "Лаврова", "Sergei Lavrov"]:
            with self.subTest(term=term):
                self.assertIn("Sergey Lavrov", self.found(term))

    def test_finds_only_whom_the_words_name(self):
        found = self.found("Lávrov")
        self.assertIn("Sergey Lavrov", found)
        self.assertNotIn("Alexander Lavrentiev", found)
        self.assertEqual(self.found("Qwzxv Lavrov"), [])

    def test_every_participant_picker_searches_alike(self):
        pickers = [
            ("participation", "on_behalf_of", "Россия", "Russia"),
            ("envoytenure", "envoy", "Mistúra", "Staffan de Mistura"),
            ("event", "participants", "Лаврова", "Sergey Lavrov"),
            ("participant", "represents", "Россия", "Russia"),
        ]
        for model_name, field_name, term, name in pickers:
            with self.subTest(model_name, field=field_name):
                self.assertIn(name, self.found(term, model_name=model_name, field_name=field_name))

    def test_django_search_still_finds_by_slug(self):
        slug = Participant.objects.get(name="Sergey Lavrov").slug
        self.assertIn("Sergey Lavrov", self.found(slug))

    def test_the_list_search_finds_as_the_boxes_do(self):
        response = self.client.get(
            reverse("admin:chronology_participant_changelist"), {"q": "Лаврова"}
        )
        listed = [participant.name for participant in response.context["cl"].result_list]
        self.assertEqual(listed, ["Sergey Lavrov"])

    def test_queries_do_not_grow_with_what_is_found(self):
        """One person, dozens, or none (a word of
        thousands of letters): the same queries,
        at most (Django's paginator does not count an empty page)."""
        counts = {}
        for term in ["Lavrov", "a", "Россия", "Lavrov" * 2000]:
            with CaptureQueriesContext(connection) as queries:
                found = self.found(term)
            counts[term[:10]] = (len(queries), len(found))
        self.assertEqual(counts["a"][0], counts["Lavrov"][0], counts)
        self.assertEqual(counts["Россия"][0], counts["Lavrov"][0], counts)
        self.assertGreater(counts["a"][1], 10, counts)
        self.assertLessEqual(max(count for count, _ in counts.values()), 5, counts)


class OneNameReadingTests(SeededAdminTestCase):
    """Outside testers t14d, 13 and t14c, 8: the pickers, the list search and the API's
    `q` read a Turkish suffix after an apostrophe as the timeline's search does
    (search/folding.query_text), find a name spelt by another language's convention as
    the add form warns of it (namesakes.sounds_like), and match a part of a name at word
    starts when it starts some name's word."""

    found = AdminPeopleSearchTests.found

    def everywhere(self, term: str) -> dict[str, set[str]]:
        """The names found for `term` by a picker, the list search and the API."""
        listed = self.client.get(reverse("admin:chronology_participant_changelist"), {"q": term})
        api = self.client.get("/api/participants", {"q": term, "limit": 500}).json()
        return {
            "picker": set(self.found(term)),
            "list": {participant.name for participant in listed.context["cl"].result_list},
            "api": {item["name"] for item in api["results"]},
        }

    def assertFoundEverywhere(self, cases: dict[str, str], *, not_found=()) -> None:
        """Each term of `cases` finds its name, and none of `not_found`, everywhere."""
        for term, name in cases.items():
            for where, found in self.everywhere(term).items():
                with self.subTest(term, where=where):
                    self.assertIn(name, found)
                    self.assertFalse(found & set(not_found), found)

    def test_a_turkish_suffix_after_an_apostrophe(self):
        self.assertFoundEverywhere(
            {
                "Zarif'in": "Mohammad Javad Zarif",
                "Çavuşoğlu'nun": "Mevlüt Çavuşoğlu",
                "Çavuşoğlu'na": "Mevlüt Çavuşoğlu",
                "Cavusoglu'nun": "Mevlüt Çavuşoğlu",
                "Mistura’nın": "Staffan de Mistura",
                "Şeybani'nin": "Asaad Hassan al-Shaibani",
            }
        )

    def test_another_languages_spelling_of_the_sounds(self):
        self.assertFoundEverywhere(
            {
                "Beşar Caferi": "Bashar al-Jaafari",
                "Tchavouchoglu": "Mevlüt Çavuşoğlu",
                "Rusya Federasyonu": "Russia",
            }
        )

    def test_a_part_of_a_name_at_word_starts(self):
        self.assertFoundEverywhere(
            {"Önal": "Sedat Önal", "Onal": "Sedat Önal"},
            not_found=("Donald Trump", "International Syria Support Group"),
        )
        # A part that starts no name's word is still found inside one.
        self.assertFoundEverywhere({"avrov": "Sergey Lavrov"})
