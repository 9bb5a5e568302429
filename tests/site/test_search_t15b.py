"""Outside tester t15b's search findings: apostrophe look-alikes before a Turkish suffix
or after a French elided article (finding 2); the little-word note whatever the order,
and an operator said once (finding 3); the name boxes' notes, and several names each
listed (finding 4); a note for what the search read past (finding 5)."""

from urllib.parse import quote

from peaceproc.search.apostrophes import APOSTROPHES
from peaceproc.search.folding import query_text

from .test_search_t14c import SearchCase

LOOKALIKES = "\u00b4`\u2032\u02bb\u02b9\u02c8\uff07\u201b\u02bd\u2035\uff40\u1ffd\u0384"


class ApostropheLookalikeTests(SearchCase):
    def test_every_lookalike_splits_a_suffix_off(self):
        for mark in LOOKALIKES:
            with self.subTest(hex(ord(mark))):
                self.assertEqual(query_text(f"Lavrov{mark}un"), "Lavrov")
                self.assertEqual(query_text(f"Mistura{mark}nın"), "Mistura")
                self.assertEqual(query_text(f"l{mark}ONU"), "ONU")

    def test_the_search_finds_what_the_apostrophe_finds(self):
        for typed in ("Lavrov´un", "Lavrov`un", "Lavrov′un"):
            with self.subTest(typed):
                self.assertSameAs(typed, "Lavrov'un")
                self.assertNotEqual(self.slugs(typed), self.slugs("Lavrov un"))
        self.assertSameAs("Mistura´nın", "Mistura'nın")
        self.assertSameAs("Astana´daki", "Astana")

    def test_the_name_box_too(self):
        for typed in ("Mistura´nın", "Lavrov`un", "Çavuşoğlu′nun"):
            with self.subTest(typed):
                found = self.client.get("/api/participants?q=" + quote(typed)).json()
                self.assertEqual(found["count"], 1)

    def test_a_word_not_suffixed_is_left_as_it_was(self):
        for text in ("Oʻzbekiston", "O`Brien", "Ma′arrat"):
            with self.subTest(text):
                self.assertEqual(query_text(text), text)

    def test_the_lookalikes_are_listed_once(self):
        self.assertEqual(len(APOSTROPHES), len(set(APOSTROPHES)))


def api_notices(client, path: str, query: str) -> list[str]:
    return client.get(f"{path}?q=" + quote(query)).json()["notices"]


class LittleWordOrderTests(SearchCase):
    NOTE = "Search: “{}” left out: a little word beside a name is not searched for."

    def test_one_note_whatever_the_order(self):
        for first, little, second in (
            ("Lavrov", "and", "Zarif"),
            ("Lavrov", "and", "Kerry"),
            ("Lavrov", "et", "Zarif"),
            ("Lavrov", "ve", "Zarif"),
        ):
            for typed in (f"{first} {little} {second}", f"{second} {little} {first}"):
                with self.subTest(typed):
                    self.assertEqual(
                        api_notices(self.client, "/api/timeline", typed), [self.NOTE.format(little)]
                    )
                    page = self.client.get("/?q=" + quote(typed)).content.decode()
                    self.assertIn("Searched for", page)
                    self.assertIn("left out: a little word", page)

    def test_a_de_inside_a_name_is_not_left_out(self):
        self.assertEqual(api_notices(self.client, "/api/timeline", "de Mistura"), [])
        self.assertEqual(api_notices(self.client, "/api/timeline", "Staffan de Mistura"), [])

    def test_an_operator_is_said_once(self):
        notices = api_notices(self.client, "/api/timeline", "Lavrov OR Kerry")
        self.assertEqual(len(notices), 1)
        self.assertIn("“OR”: the search has no operators", notices[0])
        # In lower case it is a little word, said as such.
        self.assertEqual(
            api_notices(self.client, "/api/timeline", "Lavrov or Kerry"), [self.NOTE.format("or")]
        )


class NameBoxNoteTests(SearchCase):
    def test_the_name_box_says_what_the_timeline_says(self):
        for typed in ("Lav\u200brov", "Lavrov -Sochi", "Lavrov'un", "Ла\u0301вров", "l'ONU"):
            with self.subTest(typed):
                timeline = api_notices(self.client, "/api/timeline", typed)
                self.assertTrue(timeline)
                names = api_notices(self.client, "/api/participants", typed)
                self.assertEqual(names, timeline)
                page = self.client.get("/participants/?q=" + quote(typed)).content.decode()
                self.assertIn('class="search-read"', page)

    def test_several_names_are_each_listed(self):
        one = self.client.get("/api/participants?q=Lavrov").json()["results"]
        other = self.client.get("/api/participants?q=Kerry").json()["results"]
        both = {p["slug"] for p in one + other}
        for typed in ("Lavrov and Kerry", "Kerry and Lavrov", "Lavrov OR Kerry", "Lavrov Kerry"):
            with self.subTest(typed):
                found = self.client.get("/api/participants?q=" + quote(typed)).json()
                self.assertEqual({p["slug"] for p in found["results"]}, both)
                self.assertTrue(found["notices"][-1].endswith("each is listed."))
                page = self.client.get("/participants/?q=" + quote(typed)).content.decode()
                self.assertIn("each is listed", page)

    def test_a_word_naming_nobody_still_finds_nobody(self):
        found = self.client.get("/api/participants?q=" + quote("Lavrov -Sochi")).json()
        self.assertEqual(found["count"], 0)
        self.assertEqual(self.client.get("/api/participants?q=Lavrov").json()["notices"], [])


class ReadPastNoteTests(SearchCase):
    def test_a_suffix_an_elision_and_a_stress_mark_are_said(self):
        for typed, said in (
            ("Lavrov'un", "“Lavrov'un” searched as “Lavrov”: a suffix after an apostrophe"),
            ("Lavrov´un", "“Lavrov'un” searched as “Lavrov”: a suffix after an apostrophe"),
            ("l'ONU", "“l'ONU” searched as “ONU”: an elided article"),
            ("Ла\u0301вров", "“Ла\u0301вров” searched as “Лавров”: stress marks"),
        ):
            with self.subTest(typed):
                notices = api_notices(self.client, "/api/timeline", typed)
                self.assertEqual(len(notices), 1)
                self.assertIn(said, notices[0])
                page = self.client.get("/?q=" + quote(typed)).content.decode()
                self.assertIn(said.replace("'", "&#x27;"), page)

    def test_nothing_is_said_of_a_plain_word(self):
        for typed in ("Lavrov", "Geneva", "Лавров"):
            with self.subTest(typed):
                self.assertEqual(api_notices(self.client, "/api/timeline", typed), [])
