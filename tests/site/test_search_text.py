"""`?q=` with bidirectional controls or bytes that are not UTF-8: the controls are
removed from the search (box, chip, links) and a note says so; an undecodable
value is left out of the page and its links, with a notice, as the API refuses it."""

from urllib.parse import quote

from .base import SeededTestCase

# The control characters proper (C0, DEL, C1: '\x1b\x01\x7f\x9b') are left out of any
# public page's query before the page reads it, the address sent on without them
# (peaceproc/querytext.py, tests/security/test_query_controls.py).
CONTROLS = (
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u200b\u2060\ufeff"
)


class BidiControlsTests(SeededTestCase):
    def test_each_control_is_removed_and_the_notice_says_so(self):
        for control in CONTROLS:
            with self.subTest(code=f"U+{ord(control):04X}"):
                page = self.client.get("/?q=" + quote(f"Ast{control}ana")).content.decode()
                self.assertNotIn(control, page)
                self.assertIn('value="Astana"', page)  # the search box
                self.assertIn("Search: <bdi>Astana</bdi>", page)  # the chip
                self.assertIn("/api/export.csv?q=Astana", page)
                # How the search was read: a note, not a filter that could not be used.
                self.assertNotIn('id="filter-errors"', page)
                self.assertIn('id="search-read"', page)
                self.assertIn("1 invisible or control character removed", page)

    def test_the_search_finds_what_it_finds_without_them(self):
        plain = self.client.get("/api/timeline?q=Astana").json()["count"]
        mixed = self.client.get("/api/timeline?q=" + quote("\u202eAstana\u2066")).json()
        self.assertEqual(mixed["count"], plain)

    def test_persian_joiners_are_kept(self):
        # The zero-width non-joiner is part of Persian spelling ('می‌کنند').
        page = self.client.get("/?q=" + quote("می\u200cکنند")).content.decode()
        self.assertIn("می\u200cکنند", page)
        self.assertNotIn('id="filter-errors"', page)

    def test_a_plain_search_has_no_notice(self):
        page = self.client.get("/?q=Astana").content.decode()
        self.assertNotIn('id="filter-errors"', page)


class UndecodableSearchTests(SeededTestCase):
    def test_left_out_of_the_page_and_its_links_with_a_notice(self):
        page = self.client.get("/?q=%FF%FE&track=astana").content.decode()
        self.assertNotIn("\ufffd", page)
        self.assertIn('id="filter-errors"', page)
        self.assertIn("not valid UTF-8", page)
        self.assertIn('value=""', page[page.index('id="f-q"') - 80 : page.index('id="f-q"') + 200])
        self.assertIn("/api/export.csv?track=astana", page)
        self.assertEqual(self.client.get("/api/timeline?q=%FF%FE").status_code, 400)

    def test_the_list_pages_say_so_too(self):
        """Re-tester t9s, finding 7: a lone byte (`?q=%ff`) on the timeline, and the list
        pages, which showed every row with U+FFFD in the box and no word of why."""
        for url in ("/?q=%ff", "/agreements/?q=%ff", "/who-attended/?q=%ff"):
            with self.subTest(url):
                page = self.client.get(url).content.decode()
                self.assertIn("not valid UTF-8", page)
                self.assertNotIn("\ufffd", page)
        every = self.client.get("/agreements/").content.decode().count("<tr")
        self.assertEqual(self.client.get("/agreements/?q=%ff").content.decode().count("<tr"), every)
        csv = self.client.get("/who-attended.csv?q=%ff")
        self.assertEqual(csv.status_code, 400)
        self.assertIn("Name: The search is not valid UTF-8", csv.content.decode())
