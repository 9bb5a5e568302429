"""A round searched by its ordinal finds it as its number does (issue #11, t10a, finding
3e: 'Astana 4e cycle' found nothing): French 4e, 4ème, quatrième, '4e cycle d'Astana',
English 4th and fourth, Russian 4-й раунд; the round's noun after it is read with it."""

from peaceproc.search.ordinals import ordinal_value
from peaceproc.search.terms import terms

from .base import SeededTestCase

ORDINAL_QUERIES = (
    "Astana 4e cycle",
    "Astana 4ème",
    "Astana 4eme round",
    "Astana quatrième",
    "Astana quatrième cycle",
    "4e cycle d'Astana",
    "Astana 4th round",
    "the fourth round of Astana",
    "Астана 4-й раунд",
    "Astana IV session",
)


class OrdinalSearchTests(SeededTestCase):
    def finds_astana_4(self, q: str) -> bool:
        html = self.client.get("/", {"q": q}).content.decode()
        return 'href="/rounds/astana-4/"' in html and 'href="/rounds/astana-5/"' not in html

    def test_ordinals_find_the_round_as_its_number_does(self):
        self.assertTrue(self.finds_astana_4("Astana 4"))
        for q in ORDINAL_QUERIES:
            with self.subTest(q):
                self.assertTrue(self.finds_astana_4(q))

    def test_an_ordinal_is_read_as_its_number(self):
        self.assertEqual(terms("Astana 4e cycle"), terms("Astana 4"))
        self.assertEqual(terms("4e cycle d'Astana"), terms("Astana 4"))
        for word, value in (("4e", 4), ("4eme", 4), ("1er", 1), ("21st", 21),
                            ("quatrieme", 4), ("vingtieme", 20), ("fourth", 4)):  # fmt: skip
            self.assertEqual(ordinal_value(word), value)
        # Ordinary words are not ordinals: 'second', 'premier', 'first', a plain word.
        for word in ("second", "premier", "first", "cycle", "4", "0e"):
            self.assertIsNone(ordinal_value(word))

    def test_an_additive_roman_numeral_finds_the_round(self):
        # Outside tester t12c, 2: 'IIII', the four of clock faces, is IV.
        html = self.client.get("/", {"q": "Geneva IIII"}).content.decode()
        self.assertIn('href="/rounds/geneva-4/"', html)
        self.assertNotIn('href="/rounds/geneva-5/"', html)

    def test_a_noun_without_a_number_is_still_searched(self):
        self.assertEqual(len(terms("Astana cycle")), 2)
        self.assertEqual(len(terms("first round")), 2)
