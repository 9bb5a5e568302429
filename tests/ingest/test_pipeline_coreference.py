"""A pronoun subject stands for the one person named just before it in its paragraph
(brief rules12b, issue 9): that person joins the candidate's participants, or its new
names. Sentences written for these tests."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, GazetteerParticipant, find_candidates

GAZETTEER = Gazetteer(
    participants=(
        GazetteerParticipant(
            "sergey-lavrov",
            ("Sergey Lavrov", "Sergueï Lavrov", "Сергей Лавров", "سيرغي لافروف", "سرگئی لاوروف"),
        ),
        GazetteerParticipant(
            "hakan-fidan", ("Hakan Fidan", "Хакан Фидан", "هاكان فيدان", "هاکان فیدان")
        ),
        GazetteerParticipant("russia", ("Russia", "Russie", "Россия", "روسيا"), person=False),
    ),
    rounds=(),
)
PUBLISHED = date(2031, 4, 21)

# The first sentence names Lavrov; the second, dated, has a pronoun subject.
TOLD = {
    "en": "Sergey Lavrov arrived in Ankara on Monday.\nHe said the guarantors would hold "
    "talks in Astana on 5 May.",
    "fr": "Sergueï Lavrov est arrivé lundi à Ankara. Il a déclaré que les garants tiendraient "
    "des pourparlers à Astana le 5 mai.",
    "ru": "Сергей Лавров прибыл в Анкару в понедельник. Он заявил, что страны-гаранты "
    "проведут переговоры в Астане 5 мая.",
    "ar": "وصل وزير الخارجية الروسي سيرغي لافروف إلى أنقرة يوم الاثنين. وقال إن الدول الضامنة "
    "ستعقد محادثات في أستانا يوم 5 مايو.",
    "fa": "سرگئی لاوروف وزیر خارجه روسیه روز دوشنبه وارد آنکارا شد. او گفت کشورهای ضامن روز ۵ "
    "مه در آستانه مذاکره خواهند کرد.",
    "tr": "Rusya Dışişleri Bakanı Sergey Lavrov pazartesi günü Ankara'ya geldi. Garantör "
    "ülkelerin 5 Mayıs'ta Astana'da müzakere yapacağını söyledi.",
}


def may_5(text: str, language: str):
    found = find_candidates(text, published=PUBLISHED, language=language, gazetteer=GAZETTEER)
    (c,) = [c for c in found if c.date == date(2031, 5, 5)]
    return c


class PronounSubjectTests(unittest.TestCase):
    def test_the_pronoun_is_the_person_named_before_it(self):
        for language, text in TOLD.items():
            with self.subTest(language=language):
                self.assertIn("sergey-lavrov", may_5(text, language).participants)

    def test_a_person_the_record_does_not_know_is_a_new_name(self):
        text = "Kanat Tumysh spoke to reporters in Astana on Monday. He said the talks would " \
               "resume on 5 May."  # fmt: skip
        self.assertIn("Kanat Tumysh", may_5(text, "en").new_names)

    def test_two_people_before_it_are_no_guess(self):
        for language, text in (
            ("en", "Sergey Lavrov met Hakan Fidan in Ankara on Monday. He said the guarantors "
                   "would hold talks in Astana on 5 May."),
            ("ru", "Сергей Лавров встретился с Хаканом Фиданом в Анкаре в понедельник. Он "
                   "заявил, что страны-гаранты проведут переговоры в Астане 5 мая."),
        ):  # fmt: skip
            with self.subTest(language=language):
                self.assertEqual(may_5(text, language).participants, ())

    def test_no_guess_across_paragraphs(self):
        for language, text in TOLD.items():
            first, second = text.split("\n") if "\n" in text else text.split(". ", 1)
            with self.subTest(language=language):
                c = may_5(f"{first}.\n\n{second}".replace("..", "."), language)
                self.assertNotIn("sergey-lavrov", c.participants)

    def test_a_person_named_before_the_pronoun_is_the_one_it_stands_for(self):
        text = "Sergey Lavrov arrived in Ankara on Monday. Hakan Fidan said he would attend " \
               "the talks in Astana on 5 May."  # fmt: skip
        self.assertEqual(may_5(text, "en").participants, ("hakan-fidan",))

    def test_a_state_before_it_is_no_person(self):
        text = "Russia sent its delegation to Ankara on Monday. He said the guarantors would " \
               "hold talks in Astana on 5 May."  # fmt: skip
        c = may_5(text, "en")
        self.assertEqual((c.participants, c.new_names), ((), ()))

    def test_a_french_or_russian_pronoun_of_a_thing_adds_no_one(self):
        for language, text in (
            ("fr", "Sergueï Lavrov a annoncé la réunion lundi. Elle se tiendra à Astana le 5 mai."),
            ("ru", "Сергей Лавров объявил о встрече в понедельник. Она пройдёт в Астане 5 мая."),
        ):
            with self.subTest(language=language):
                self.assertNotIn("sergey-lavrov", may_5(text, language).participants)
