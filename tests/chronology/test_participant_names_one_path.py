"""The API's `q` on participants, the admin's pickers and its list search find whom the
add form takes a name for, by the add form's own rule and more (outside tester t14a,
finding 6): `Joulani`, `Golani` and `Organisation des Nations unies` found nobody, though
the add form refuses the last two (and `al-Joulani`) as Ahmed al-Sharaa's and the United
Nations'; and two swapped letters (`Gier Pedersen`, `Geir
Pedresen`) warn on the add form as one wrong letter does."""

from django.urls import reverse

from peaceproc.chronology.models import Participant
from peaceproc.chronology.namesakes import known_as
from peaceproc.search.people import FoldedNames

from .base import SeededAdminTestCase

# Names the add form takes for a stored participant's.
KNOWN = {
    "al-Joulani": "ahmed-al-sharaa",
    "Golani": "ahmed-al-sharaa",
    "Organisation des Nations unies": "united-nations",
    "Conseil de sécurité de l'ONU": "un-security-council",
    "Gier Pedersen": "geir-pedersen",
}
# Names a search finds besides: a word of a stored name by its key (a family name alone
# is no copy on the add form: relatives share it).
FOUND = {**KNOWN, "Joulani": "ahmed-al-sharaa", "Jolani": "ahmed-al-sharaa"}


class ParticipantNamesOnePathTests(SeededAdminTestCase):
    def api(self, q: str) -> list[str]:
        results = self.client.get("/api/participants", {"q": q}).json()["results"]
        return [p["slug"] for p in results]

    def picker(self, q: str) -> list[str]:
        response = self.client.get(
            reverse("admin:autocomplete"),
            {"term": q, "app_label": "chronology", "model_name": "participation",
             "field_name": "participant"},
        )  # fmt: skip
        pks = [int(r["id"]) for r in response.json()["results"]]
        return list(Participant.objects.filter(pk__in=pks).values_list("slug", flat=True))

    def listed(self, q: str) -> list[str]:
        response = self.client.get(reverse("admin:chronology_participant_changelist"), {"q": q})
        return [p.slug for p in response.context["cl"].result_list]

    def test_api_pickers_and_list_find_whom_the_add_form_knows(self):
        for q, slug in FOUND.items():
            with self.subTest(q):
                if q in KNOWN:
                    self.assertIn(slug, [p.slug for p in known_as(q)])
                self.assertIn(slug, self.api(q))
                self.assertIn(slug, self.picker(q))
                self.assertIn(slug, self.listed(q))

    def test_two_swapped_letters_warn_as_one_wrong_letter(self):
        pedersen = Participant.objects.get(slug="geir-pedersen")
        for name in ["Gier Pedersen", "Geir Pedresen", "Geir Pederson"]:
            with self.subTest(name):
                self.assertEqual(known_as(name), [pedersen])
        for name in ["Anders Pedersen", "Geir Olsen", "Gier Olsen"]:
            with self.subTest(name):
                self.assertEqual(known_as(name), [])

    def test_function_words_and_short_words_name_nobody_by_their_key(self):
        names = FoldedNames([(1, "bashar al assad"), (2, "abu mohammad al julani")])
        self.assertEqual(names.keyed("Joulani"), {1})
        self.assertEqual(names.keyed("al de"), set())
        # A short key is many names: 'Asaad' (another name) and 'Assad' are both 'asad'.
        self.assertEqual(names.keyed("Asaad"), set())
