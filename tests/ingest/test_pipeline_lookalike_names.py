"""Outside tester t11d, 3: the ingestion finds a name however it looks alike (a Cyrillic
or Greek letter among Latin ones, a Latin one among Cyrillic ones, mathematical bold or
full-width letters), folded as the admin's look-alike check folds it (lookalike.seen).
The sentences are the tests' own."""

import unittest

from peaceproc.ingest.pipeline import Gazetteer, GazetteerParticipant, article_people
from tests.test_lookalike import math_bold

GAZ = Gazetteer(
    participants=(
        GazetteerParticipant("sergey-lavrov", ("Sergey Lavrov", "Lavrov", "Сергей Лавров")),
        GazetteerParticipant("hakan-fidan", ("Hakan Fidan", "Fidan")),
    ),
    rounds=(),
)


def slugs(text: str, language: str) -> set[str]:
    return set(article_people(text, language=language, gazetteer=GAZ).slugs)


class LookAlikeNamesTests(unittest.TestCase):
    def test_look_alike_letters_in_a_latin_name(self):
        texts = {
            "a Cyrillic а": "Foreign minister Sergey L\u0430vrov met the envoy in Ankara.",
            "a Greek ο": "Foreign minister Sergey Lavr\u03bfv met the envoy in Ankara.",
            "mathematical bold": f"Minister {math_bold('Hakan Fidan')} met the envoy in Ankara.",
            "full-width": "Foreign minister Hakan \uff26\uff49\uff44\uff41\uff4e met the envoy.",
        }
        for why, text in texts.items():
            with self.subTest(why):
                self.assertTrue(slugs(text, "en") & {"sergey-lavrov", "hakan-fidan"})

    def test_a_latin_letter_in_a_russian_name(self):
        text = "Министр Сергей Лaвров провёл переговоры в Анкаре."  # a Latin 'a'
        self.assertEqual(slugs(text, "ru"), {"sergey-lavrov"})

    def test_other_names_are_not_found(self):
        text = "Foreign minister Sergey L\u0430vrin met the envoy in Ankara."
        self.assertEqual(slugs(text, "en"), set())
