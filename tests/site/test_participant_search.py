"""The participants list has a search box (issue #11, t10a, finding 3a): a plain GET form
that finds people by any spelling the record knows, as the timeline's search does (a
name or alias in any script, accents and case folded); an over-long query is a message,
not an error."""

from .base import SeededTestCase


class ParticipantSearchTests(SeededTestCase):
    def found(self, q: str) -> list[str]:
        html = self.client.get("/participants/", {"q": q}).content.decode()
        return [slug for slug in ("sergey-lavrov", "alexander-lavrentiev", "staffan-de-mistura")
                if f'href="/participants/{slug}/"' in html]  # fmt: skip

    def test_a_name_in_any_spelling_finds_the_participant(self):
        for q in ("Lavrov", "lavrov", "Лавров", "LAVROV"):
            with self.subTest(q):
                self.assertEqual(self.found(q), ["sergey-lavrov"])
        self.assertEqual(self.found("Лаврентьев"), ["alexander-lavrentiev"])
        self.assertEqual(self.found("de Mistura"), ["staffan-de-mistura"])

    def test_the_form_and_what_it_found_are_said(self):
        page = self.client.get("/participants/").content.decode()
        self.assertIn('<form class="matrix-filters" method="get" action="/participants/"', page)
        self.assertIn('name="q"', page)
        page = self.client.get("/participants/", {"q": "Lavrov"}).content.decode()
        self.assertRegex(page, r"1 of \d+ participants match\.")
        self.assertIn('value="Lavrov"', page)
        page = self.client.get("/participants/", {"q": '"><b>zz'}).content.decode()
        self.assertIn("No participant has a name or alias like “<bdi>&quot;&gt;&lt;b&gt;zz", page)
        self.assertNotIn("<b>zz", page)

    def test_an_over_long_query_is_a_message_and_the_whole_list(self):
        response = self.client.get("/participants/", {"q": "a" * 300})
        self.assertEqual(response.status_code, 200)
        page = response.content.decode()
        self.assertIn("at most 200 characters", page)
        self.assertIn('href="/participants/sergey-lavrov/"', page)

    def test_queries_do_not_grow_with_the_search(self):
        # The names folded (the worker's copy of the lists; inside a test's transaction,
        # read on every request), the participants found and the count of all of them.
        for q in ("Lavrov", "a", "Staffan de Mistura", "лавров"):
            with self.subTest(q), self.assertNumQueries(3):
                self.client.get("/participants/", {"q": q})
        with self.assertNumQueries(1):
            self.client.get("/participants/")
