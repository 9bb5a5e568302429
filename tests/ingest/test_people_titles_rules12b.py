"""Names after more kinds of title in Arabic and Persian script (brief rules12b, item 4:
the largest causes of people missed on dev): a title with 'and' glued on ('ونظيره'), a
Turkish family name in two words ('جاويش أوغلو'), 'chaired by', a name set off by
commas after its title.
Sentences written for these tests."""

import unittest

from peaceproc.ingest.pipeline import Gazetteer, article_people

EMPTY = Gazetteer(participants=(), rounds=())


def names(text: str, language: str) -> list[str]:
    return list(article_people(text, language=language, gazetteer=EMPTY).names)


class TitledNameTests(unittest.TestCase):
    def test_a_title_with_and_glued_on_names_the_next_person(self):
        text = "استقبل وزير الخارجية الأردني أيمن الصفدي ونظيره المصري سامح شكري في عمان."
        self.assertIn("سامح شكري", names(text, "ar"))

    def test_a_turkish_family_name_in_two_words(self):
        for text in (
            "وأجرى وزير الخارجية التركي أحمد داود أوغلو محادثات في طهران.",
            "وزار وزير الخارجية الروسي سيرغي لافروف ونظيره التركي مولود جاويش أوغلو أنقرة.",
        ):
            with self.subTest(text=text):
                self.assertTrue(any(n.endswith("أوغلو") for n in names(text, "ar")))

    def test_chaired_by_names_the_chair(self):
        for text in (
            "وصل وفد المعارضة برئاسة نصر الحريري إلى جنيف مساء الأحد.",
            "وشكّل المرسوم لجنة يرأسها سامر العلي، وتضم سبعة أعضاء.",
        ):
            with self.subTest(text=text):
                self.assertEqual(len(names(text, "ar")), 1)

    def test_a_name_set_off_by_commas_after_its_title(self):
        for language, text, name in (
            ("fa", "سخنگوی وزارت خارجه قزاقستان، آیبک اسمادیاروف، روز دوشنبه گفت نشست بعدی در "
                   "آستانه برگزار می‌شود.", "آیبک اسمادیاروف"),
            ("ar", "وقال المتحدث باسم الخارجية الكازاخية، أيبك سمادياروف، إن الجولة المقبلة "
                   "ستعقد في أستانا.", "أيبك سمادياروف"),
        ):  # fmt: skip
            with self.subTest(language=language):
                self.assertIn(name, names(text, language))

    def test_a_clause_set_off_by_commas_after_a_title_is_no_name(self):
        text = "وقال الوزير، في حين كانت الوفود تصل إلى القاعة، إن الجولة ستعقد غدا."
        self.assertEqual(names(text, "ar"), [])

    def test_and_glued_on_an_ordinary_word_is_no_title(self):
        text = "وتابع الحضور الجلسة ووصلت الوفود إلى القاعة في الموعد."
        self.assertEqual(names(text, "ar"), [])
