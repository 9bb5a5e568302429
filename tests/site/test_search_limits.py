"""A search's words are tidied before it runs (issue #11, t8s finding 4): repeated words
searched once, single letters ignored, at most MAX_WORDS words; the page names what it
left out, and the API and the exports search the same words."""

from unittest import TestCase as PlainTestCase
from urllib.parse import quote

from peaceproc.search.limits import MAX_WORDS, tidy_search

from .base import SeededTestCase


class TidySearchTests(PlainTestCase):
    def test_a_plain_search_is_kept_as_typed(self):
        for query in ("ceasefire", "Astana-4", "Geneva V", "Лавров", "de-escalation zones"):
            with self.subTest(query):
                tidied = tidy_search(query)
                self.assertFalse(tidied.changed)
                self.assertEqual(tidied.text, query)

    def test_repeats_fold_case_and_accents(self):
        tidied = tidy_search("astana ASTANA Âstana talks astana")
        self.assertEqual(tidied.text, "astana talks")
        self.assertEqual(tidied.repeated, ["ASTANA", "Âstana", "astana"])

    def test_single_letters_go_but_a_rounds_number_stays(self):
        self.assertEqual(tidy_search("a " * 99).text, "")
        self.assertEqual(tidy_search("Geir O. Pedersen").letters, ["O"])
        for query in ("Geneva V", "Astana 4 Sochi 4", "Geneva IV"):
            with self.subTest(query):
                self.assertFalse(tidy_search(query).changed)

    def test_words_past_the_cap_are_left_out(self):
        words = [f"w{n}x" for n in range(MAX_WORDS + 5)]
        tidied = tidy_search(" ".join(words))
        self.assertEqual(tidied.text, " ".join(words[:MAX_WORDS]))
        self.assertEqual(tidied.beyond, words[MAX_WORDS:])


class SearchLimitsOnEveryPathTests(SeededTestCase):
    def count(self, path: str, q: str) -> int:
        response = self.client.get(f"{path}?q={quote(q)}")
        self.assertEqual(response.status_code, 200, path)
        return response.json()["count"]

    def test_page_api_and_exports_search_the_same_words(self):
        for long, short in (
            ("ceasefire " * 19, "ceasefire"),  # q is at most 200 characters
            ("a " * 99, ""),
            ("Astana a b c Astana", "Astana"),
        ):
            with self.subTest(short=short):
                for path in ("/api/timeline", "/api/export.json"):
                    self.assertEqual(self.count(path, long), self.count(path, short), path)
                exported = self.client.get("/api/export.json?q=" + quote(long)).json()
                self.assertEqual(exported["query"], f"q={quote(short)}" if short else "")

    def test_the_page_names_what_it_left_out(self):
        page = self.client.get("/?q=" + quote("a " * 99)).content.decode()
        self.assertIn("Single letters are ignored", page)
        self.assertIn("“a”", page)
        page = self.client.get("/?q=" + quote("talks talks")).content.decode()
        self.assertIn("Repeated words are searched once: “talks” left out.", page)
        words = " ".join(f"w{n}x" for n in range(MAX_WORDS + 2))
        page = self.client.get("/?q=" + quote(words)).content.decode()
        self.assertIn(f"At most {MAX_WORDS} words are searched", page)
        self.assertNotIn("left out", self.client.get("/?q=ceasefire").content.decode())

    def test_a_search_too_long_is_named_and_kept_in_the_box_to_shorten(self):
        # t16b, 5: the page said why in its alert, but the box came back empty, so the
        # reader lost the words to shorten.
        typed = "Lavrov " + "x" * 300
        page = self.client.get("/?q=" + quote(typed)).content.decode()
        self.assertIn("at most 200 characters (it has 307)", page)
        self.assertIn(f'name="q" id="f-q" value="{typed}"', page)
        tried = "<b>" + "y" * 200
        page = self.client.get("/?q=" + quote(tried)).content.decode()
        self.assertIn('value="&lt;b&gt;' + "y" * 200 + '"', page)  # shown escaped
        page = self.client.get("/?q=" + quote("talks talks")).content.decode()
        self.assertIn('name="q" id="f-q" value="talks"', page)  # a valid one as searched

    def test_the_api_and_the_json_export_name_it_too(self):
        for path in ("/api/timeline", "/api/events", "/api/export.json"):
            with self.subTest(path):
                body = self.client.get(f"{path}?q=" + quote("talks talks a")).json()
                self.assertEqual(
                    body["notices"],
                    [
                        "Search: repeated words are searched once: “talks” left out.",
                        "Search: single letters are ignored (one matches nearly every item): "
                        "“a” left out.",
                    ],
                )
                self.assertEqual(self.client.get(f"{path}?q=talks").json()["notices"], [])
        self.assertEqual(self.client.get("/api/participants").json()["notices"], [])


# t12a, finding 9: a query with no letter or digit answered no item, and said nothing.
class WordlessSearchTests(SeededTestCase):
    def test_a_query_of_signs_searches_nothing_and_says_so(self):
        for q in ("%", "_", "__", " %% ", "?!", "*", "%_"):
            with self.subTest(q):
                self.assertEqual(tidy_search(q).text, "")
                self.assertEqual(tidy_search(q).wordless, [q.strip()])
                body = self.client.get("/api/timeline?q=" + quote(q)).json()
                self.assertEqual(body["count"], self.client.get("/api/timeline").json()["count"])
                self.assertEqual(
                    body["notices"],
                    [f"Search: a search needs a letter or digit: “{q.strip()}” left out."],
                )
        page = self.client.get("/?q=%25").content.decode()
        self.assertIn("Nothing was searched for. A search needs a letter or digit", page)

    def test_signs_beside_a_word_are_the_words_search(self):
        self.assertFalse(tidy_search("Astana %").changed)
