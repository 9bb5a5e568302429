"""Search by person: an initial is not a word match; a listed item says what the person
found did there; other spellings and scripts find a person by the sound of the name
(search/sounds.py), the same on the timeline, in who attended and in the API."""

import re
from urllib.parse import urlencode

from django.db import connection
from django.test import SimpleTestCase
from django.test.utils import CaptureQueriesContext

from peaceproc.chronology.catalogue import Catalogue
from peaceproc.chronology.models import Participant, Participation, Round
from peaceproc.search.folding import fold, words
from peaceproc.search.people import folded_names, participants_matching
from peaceproc.search.sounds import skeleton
from peaceproc.site.matched import person_lines
from peaceproc.site.timeline import round_item

from .base import SeededTestCase

MARK = re.compile(r"<mark>(.*?)</mark>")
ENTRY = re.compile(r'<li class="entry[^"]*" id="entry-([\w-]+)">(.*?)</li>', re.S)


class InitialsTests(SimpleTestCase):
    def test_an_initial_is_left_out_of_a_query_with_longer_words(self):
        self.assertEqual(words("Geir O. Pedersen"), ["geir", "pedersen"])
        self.assertEqual(words("O."), ["o"])  # a query of initials only keeps them


class SoundTests(SimpleTestCase):
    def test_spellings_and_scripts_of_one_name_share_a_skeleton(self):
        for names in (
            ("Pedersen", "Педерсен", "بيدرسن"),
            ("Lavrentiev", "Lavrentyev", "Lavrentiyev", "Лаврентьев", "لافرنتييف"),
            ("Staffan", "Stefan"),
            ("Ansari", "Ansary", "انصاری"),
            ("Putin", "Путин", "بوتين"),
            ("Shaibani", "Shaybani", "الشيباني"),
            ("Bogdanov", "Богданов", "بوغدانوف"),
        ):
            with self.subTest(names=names):
                self.assertEqual(len({skeleton(name) for name in names}), 1)

    def test_different_names_keep_different_skeletons(self):
        self.assertEqual(
            len({skeleton(n) for n in ("Lavrov", "Lavrentiev", "Pedersen", "Putin")}), 4
        )


class PeopleSearchTests(SeededTestCase):
    def entries(self, query: str) -> dict[str, str]:
        page = self.client.get("/?" + urlencode({"q": query, "zoom": "all"})).content.decode()
        return dict(ENTRY.findall(page))

    def test_an_initial_marks_no_word_it_only_starts(self):
        entries = self.entries("Geir O. Pedersen")
        self.assertTrue(entries)
        marked = {fold(m) for html in entries.values() for m in MARK.findall(html)}
        for text in marked:
            self.assertTrue(
                any(w.startswith(("geir", "pedersen")) for w in re.findall(r"\w+", text)), text
            )
        self.assertEqual(set(entries), set(self.entries("Geir Pedersen")))

    def test_a_listed_item_says_what_the_person_found_did_there(self):
        entries = self.entries("Lavrentiev")
        astana_4 = entries["round-astana-4"]
        line = re.search(r'<span class="people-match">(.*?)</span>', astana_4).group(1)
        self.assertEqual(
            line, "<bdi>Alexander <mark>Lavrentiev</mark></bdi>: head of delegation (Russia)"
        )
        # A search that matched no one adds no such line.
        self.assertNotIn("people-match", "".join(self.entries("memorandum").values()))

    def test_a_person_newer_than_the_workers_copy_of_the_names_waits_for_the_next_copy(self):
        lists = Catalogue()
        self.assertTrue(lists.participants)  # the copy, read before the newcomer was added
        lavrentiev = Participant.objects.get(slug="alexander-lavrentiev")
        newcomer = Participant.objects.create(name="Ivan Newcomer", slug="ivan-newcomer")
        astana_4 = Round.objects.get(slug="astana-4")
        Participation.objects.create(
            round=astana_4, participant=newcomer, role=Participation.Role.DELEGATION_MEMBER
        )
        people = [lavrentiev.pk, newcomer.pk]
        lines = person_lines([round_item(astana_4, ())], people, ["ivan"], lists=lists)
        self.assertEqual(
            lines["round-astana-4"],
            ["<bdi><mark>Alexander Lavrentiev</mark></bdi>: head of delegation (Russia)"],
        )
        fresh = person_lines([round_item(astana_4, ())], people, ["ivan"], lists=Catalogue())
        self.assertIn("<bdi><mark>Ivan</mark> Newcomer</bdi>", fresh["round-astana-4"][1])

    def test_other_spellings_and_scripts_find_the_person(self):
        names = folded_names()
        cases = {
            "بيدرسن": "geir-pedersen",
            "Lavrentiyev": "alexander-lavrentiev",
            "Stefan de Mistura": "staffan-de-mistura",
            "Jaberi Ansary": "hossein-jaberi-ansari",
            "Sergei Lavrow": "sergey-lavrov",
            "Aleksandr Lavrentiyev": "alexander-lavrentiev",
            "Mikhail Bogdanow": "mikhail-bogdanov",
        }
        slugs = dict(Participant.objects.values_list("pk", "slug"))
        for query, slug in cases.items():
            with self.subTest(query=query):
                # No stored name or alias holds this spelling: the sound finds it.
                self.assertFalse(any(fold(query) in folded for _, folded in names))
                self.assertEqual([slugs[pk] for pk in participants_matching(query, names)], [slug])

    def test_the_same_people_on_the_timeline_in_who_attended_and_in_the_api(self):
        for query in ("Lavrentiyev", "Jaberi Ansary"):
            with self.subTest(query=query):
                entries = self.entries(query)
                self.assertIn("round-astana-4", entries)
                self.assertIn("people-match", entries["round-astana-4"])
                table = self.client.get(
                    "/who-attended/?" + urlencode({"track": "astana", "q": query})
                ).content.decode()
                self.assertEqual(table.count('<tr id="p-'), 1)
                api = self.client.get("/api/participants?" + urlencode({"q": query})).json()
                self.assertEqual(api["count"], 1)

    def test_the_sound_is_not_read_from_too_little(self):
        names = folded_names()
        self.assertEqual(participants_matching("Xqzvw", names), [])
        # 'ab' starts words of several names; by sound alone ('b') it would find anyone.
        # ('al', the article, names nobody on its own: tests/site/test_function_words.py.)
        self.assertEqual(
            set(participants_matching("ab", names)),
            {pk for pk, folded in names if re.search(r"(?<!\w)ab", folded)},
        )

    def test_a_constant_number_of_queries(self):
        self.client.get("/?q=Lavrentiev")  # the worker's lists, read once
        with self.assertNumQueries(self.count("/?q=Lavrentiev")):
            self.client.get("/?q=Russia")

    def count(self, path: str) -> int:
        with CaptureQueriesContext(connection) as queries:
            self.client.get(path)
        return len(queries)
