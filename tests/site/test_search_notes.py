"""How a search was read (its repeated words, lone letters, words past the cap, the
invisible characters it read past) is a neutral note under the counts, "Searched for …";
the red box "Some filters could not be used" keeps what was refused (issue #11). The
API's and the JSON export's `notices` say both, as before."""

import re
from urllib.parse import quote

from peaceproc.search.limits import MAX_WORDS

from .base import SeededTestCase


def block(page: str, marker: str) -> str | None:
    """The text of the element holding `marker` (its opening tag's id), tags dropped."""
    found = re.search(rf"<(p|div)[^>]*{marker}.*?</\1>", page, re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", found[0])).strip() if found else None


class SearchNoteTests(SeededTestCase):
    def page(self, query: str) -> str:
        response = self.client.get(f"/?{query}")
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def test_each_reading_of_a_search_is_a_note_not_an_error(self):
        many = " ".join(f"w{n}x" for n in range(MAX_WORDS + 2))
        for typed, searched, said in (
            ("Astana Astana talks", "Astana talks", "Repeated words are searched once"),
            ("Geir O. Pedersen", "Geir Pedersen", "Single letters are ignored"),
            (many, " ".join(many.split()[:MAX_WORDS]), f"At most {MAX_WORDS} words"),
            ("Ast\u200bana", "Astana", "1 invisible or control character removed"),
            ("La\u00advrov", "Lavrov", "1 invisible or control character removed"),
            ("\u202eSochi\u202c Sochi", "Sochi", "2 invisible or control characters removed"),
        ):
            with self.subTest(typed):
                page = self.page("q=" + quote(typed))
                self.assertNotIn('id="filter-errors"', page)
                note = block(page, 'id="search-read"')
                self.assertIsNotNone(note)
                self.assertTrue(note.startswith(f"Searched for “{searched}”. {said}"), note)

    def test_nothing_left_to_search_says_so(self):
        note = block(self.page("q=" + quote("a b c")), 'id="search-read"')
        self.assertEqual(
            note,
            "Nothing was searched for. Single letters are ignored (one matches nearly every "
            "item): “a”, “b”, “c” left out.",
        )

    def test_refusals_stay_in_the_red_box_beside_the_note(self):
        page = self.page("q=talks&q=" + quote("Sochi Sochi") + "&track=nowhere&from=2017-13-01")
        errors = block(page, 'id="filter-errors"')
        self.assertIn("Search: given 2 times", errors)
        self.assertIn("nowhere", errors)
        self.assertIn("From", errors)
        self.assertNotIn("searched once", errors)
        self.assertTrue(block(page, 'id="search-read"').startswith("Searched for “Sochi”."))

    def test_a_plain_search_has_neither(self):
        page = self.page("q=Astana")
        self.assertNotIn('id="search-read"', page)
        self.assertNotIn('id="filter-errors"', page)

    def test_the_api_and_the_export_still_name_every_reading(self):
        typed = quote("Ast\u200bana talks talks")
        expected = [
            "Search: 1 invisible or control character removed (they reorder or hide the "
            "text shown); searched for the rest.",
            "Search: repeated words are searched once: “talks” left out.",
        ]
        for path in ("/api/timeline", "/api/rounds", "/api/export.json"):
            with self.subTest(path):
                self.assertEqual(self.client.get(f"{path}?q={typed}").json()["notices"], expected)


class SoftHyphenTests(SeededTestCase):
    """Outside tester t11a, finding 15: a soft hyphen made a search find nothing."""

    def test_a_soft_hyphen_is_removed_as_a_zero_width_space_is(self):
        plain = self.client.get("/api/timeline?q=Lavrov").json()["count"]
        self.assertGreater(plain, 0)
        for typed in ("La%C2%ADvrov", "La%E2%80%8Bvrov"):
            with self.subTest(typed):
                data = self.client.get(f"/api/timeline?q={typed}").json()
                self.assertEqual(data["count"], plain)
                self.assertIn("1 invisible or control character removed", data["notices"][0])
