"""Outside tester t15d's search findings. Finding 11: 'حريري' (Hariri without the Arabic
article) found the person in the name box but nothing in the timeline, and 'Зарифа',
'Зарифом' (Russian case forms of Zarif, who has no Cyrillic alias) found nothing. Finding
14: "Lavrov''un", "Lavrov' un" and "Lavrov 'un" were searched as Lavrov and the UN, with no
note; a function word alone in the name box ('the', 'de', 'في') listed people through
the little words of their aliases."""

from urllib.parse import quote

from django.db import connection
from django.test.utils import CaptureQueriesContext

from peaceproc.search.apostrophes import read_apostrophes
from peaceproc.search.transliteration import case_stems

from .test_search_t14c import SearchCase


def queries(client, path: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        client.get(path)
    return len(captured)


class NameReadingCase(SearchCase):
    def people(self, query: str) -> list[str]:
        found = self.client.get("/api/participants?q=" + quote(query)).json()
        return [person["slug"] for person in found["results"]]

    def assertSameQueries(self, typed: str, plain: str):
        """The timeline and the name box ask the database as many times for both."""
        for path in ("/api/timeline?q=", "/api/participants?q="):
            self.client.get(path + quote(plain))  # the worker's lists, read once
            with self.subTest(path=path, typed=typed):
                self.assertEqual(
                    queries(self.client, path + quote(typed)),
                    queries(self.client, path + quote(plain)),
                )


class ArabicArticleTests(NameReadingCase):
    def test_a_name_without_the_article_finds_what_it_finds_with_it(self):
        for typed, plain in (("حريري", "الحريري"), ("نصر حريري", "نصر الحريري")):
            with self.subTest(typed):
                self.assertSameAs(typed, plain)
                self.assertEqual(self.people(typed), ["nasr-al-hariri"])
        self.assertSameQueries("حريري", "الحريري")

    def test_a_word_that_is_no_name_finds_nothing_without_it(self):
        self.assertEqual(self.slugs("حريرييي"), set())


class RussianCaseFormTests(NameReadingCase):
    def test_case_forms_find_the_person_no_cyrillic_alias_names(self):
        expected = self.slugs("Zarif")
        self.assertTrue(expected)
        for typed in ("Зарифа", "Зарифом", "Зарифу", "Зарифе"):
            with self.subTest(typed):
                self.assertEqual(self.slugs(typed), expected)
                self.assertEqual(self.people(typed), ["mohammad-javad-zarif"])
        self.assertSameQueries("Зарифом", "Зариф")

    def test_an_ending_is_cut_only_where_the_stem_names_someone(self):
        self.assertEqual(case_stems("зарифом"), ("зариф",))
        self.assertEqual(case_stems("лаврову"), ("лавров",))
        self.assertEqual(case_stems("ома"), ())  # no stem of three letters is left
        self.assertEqual(case_stems("zarifa"), ())  # Russian words only
        # 'Пишу' ('I write') cut to 'пиш' names nobody.
        self.assertEqual(self.people("Пишу"), [])


class ApostropheSpacedOrTwiceTests(NameReadingCase):
    NOTE = "a suffix after an apostrophe is read past"

    def test_a_suffix_after_two_apostrophes_or_a_blank_is_read_past_with_the_note(self):
        for typed in ("Lavrov''un", "Lavrov' un", "Lavrov 'un", "Mistura' nın"):
            with self.subTest(typed):
                self.assertEqual(read_apostrophes(typed), typed.split("'")[0].strip())
                self.assertSameAs(typed, typed.split("'")[0].strip())
                notices = self.client.get("/api/timeline?q=" + quote(typed)).json()["notices"]
                self.assertTrue(any(self.NOTE in notice for notice in notices), notices)

    def test_a_quotation_or_a_word_that_is_no_suffix_is_left_as_it_was(self):
        for text in ("'Sochi' in", "Lavrov 'talks'", "l' ONU", "O' Brien"):
            with self.subTest(text):
                self.assertEqual(read_apostrophes(text), text)


class LittleWordAloneTests(NameReadingCase):
    NOTE = "a little word alone (an article, a preposition) names nobody"

    def test_a_function_word_alone_finds_nobody_and_says_why(self):
        for word in ("the", "de", "في", "the of"):
            with self.subTest(word):
                found = self.client.get("/api/participants?q=" + quote(word)).json()
                self.assertEqual(found["results"], [])
                self.assertTrue(any(self.NOTE in n for n in found["notices"]), found)

    def test_a_name_that_is_a_little_word_is_still_found_and_words_beside_it_read(self):
        self.assertIn("united-nations", self.people("UN"))
        self.assertEqual(self.people("de Mistura"), ["staffan-de-mistura"])


class OtherLanguagesSpellingTests(NameReadingCase):
    """Outside tester t15d, 6: the name box finds whom the add form names for a German,
    Polish or Italian spelling (one sound key: namesakes.sounds_like)."""

    def test_the_name_box_finds_the_stored_person(self):
        for typed, slug in (
            ("Baschar al-Dschafari", "bashar-al-jaafari"),
            ("Mevlut Tschawuschoglu", "mevlut-cavusoglu"),
            ("Siergiej Ławrow", "sergey-lavrov"),
            ("Staffan di Mistura", "staffan-de-mistura"),
        ):
            with self.subTest(typed):
                self.assertEqual(self.people(typed), [slug])
