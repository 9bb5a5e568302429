"""Outside tester t11b, 9: a zero-width space or joiner, or a Russian stress mark, inside a
name cut it in two ('Lav\u200brov' unmatched, 'Fi\u200ddan' proposed as the new name
'Hakan Fi', 'Лав\u0301ров' as 'Сергей Лав'). The sentences are the tests' own."""

import unittest

from peaceproc.ingest.pipeline import Gazetteer, GazetteerParticipant, article_people
from peaceproc.ingest.pipeline.text import readable

GAZ = Gazetteer(
    participants=(
        GazetteerParticipant("sergey-lavrov", ("Sergey Lavrov", "Lavrov", "Сергей Лавров")),
        GazetteerParticipant("hakan-fidan", ("Hakan Fidan", "Fidan")),
    ),
    rounds=(),
)
ZWSP, ZWNJ, ZWJ, WJ, ACUTE, GRAVE = "\u200b", "\u200c", "\u200d", "\u2060", "\u0301", "\u0300"


def people(text: str, language: str):
    found = article_people(text, language=language, gazetteer=GAZ)
    return set(found.slugs), list(found.names)


class InvisibleInsideNamesTests(unittest.TestCase):
    def test_a_zero_width_mark_inside_a_latin_name_is_read_past(self):
        for mark in (ZWSP, ZWNJ, ZWJ, WJ):
            with self.subTest(mark=hex(ord(mark))):
                text = f"Foreign ministers Sergey Lav{mark}rov and Hakan Fi{mark}dan met in Ankara."
                self.assertEqual(people(text, "en"), ({"sergey-lavrov", "hakan-fidan"}, []))

    def test_a_stress_mark_inside_a_russian_name_is_read_past(self):
        for mark in (ACUTE, GRAVE):
            with self.subTest(mark=hex(ord(mark))):
                text = f"Министр Сергей Лав{mark}ров провёл переговоры в Анкаре."
                self.assertEqual(people(text, "ru"), ({"sergey-lavrov"}, []))

    def test_a_new_name_is_proposed_whole(self):
        text = "The envoy Tobias Harr\u200bington met the delegates in Geneva."
        self.assertEqual(people(text, "en")[1], ["Tobias Harrington"])

    def test_a_zero_width_space_between_words_still_parts_them(self):
        # (Beside a space, or between a number and a word, it is a word break as before.)
        text = f"Sergey Lavrov{ZWSP} met Hakan Fidan on 3{ZWSP}March in Ankara."
        self.assertEqual(people(text, "en"), ({"sergey-lavrov", "hakan-fidan"}, []))

    def test_a_persian_joiner_stays_part_of_the_spelling(self):
        # Between two letters of the Arabic script a joiner is spelling, not read past:
        # 'هیئت‌ها' stays one word with its joiner.
        self.assertEqual(readable(f"هیئت{ZWNJ}ها").text, f"هیئت{ZWNJ}ها")
