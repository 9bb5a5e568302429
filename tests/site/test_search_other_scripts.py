"""Outside tester t15c, finding 6: a person's name typed in a script none of their aliases
is in ('Зариф', 'Хиджаб', Persian 'شیبانی') found nothing on the timeline, where the Latin
spelling found their records; and the Russian spellings of 'de' and of the Arabic article
beside a name ('Лавров де', 'Лавров аль') were searched as words, where 'Lavrov de' left
'de' out."""

from urllib.parse import quote

from peaceproc.search.people import FoldedNames, folded_names, participants_transliterated
from peaceproc.search.transliteration import latin_readings

from .test_search_t14c import SearchCase


class OtherScriptNameTests(SearchCase):
    def test_a_russian_spelling_finds_what_the_latin_one_finds(self):
        for typed, latin in (
            ("Зариф", "Zarif"),
            ("Аракчи", "Araghchi"),
            ("Арагчи", "Araghchi"),
            ("Бахра", "Bahra"),
            ("Харири", "Hariri"),
            ("Джарба", "Jarba"),
            ("Хиджаб", "Hijab"),
            ("Зариф Лавров", "Zarif Lavrov"),
        ):
            with self.subTest(typed):
                self.assertSameAs(typed, latin)

    def test_a_persian_spelling_finds_what_the_arabic_one_finds(self):
        self.assertSameAs("شیبانی", "الشيباني")

    def test_everyday_words_name_nobody(self):
        names = folded_names()
        for word in ("закон", "мир", "переговоры", "сирия", "سلام", "قرار", "كتاب", "دستور"):
            with self.subTest(word):
                self.assertEqual(participants_transliterated([word], names), [])

    def test_a_word_read_as_several_participants_names_none(self):
        names = FoldedNames([(1, "zarif"), (2, "zaref")])
        self.assertEqual(participants_transliterated(["зариф"], names), [])
        self.assertEqual(participants_transliterated(["зариф"], names[:1]), [1])

    def test_a_query_with_a_latin_word_is_not_read_so(self):
        names = FoldedNames([(1, "zarif")])
        self.assertEqual(participants_transliterated(["зариф", "zrf"], names), [])

    def test_the_latin_readings(self):
        self.assertEqual(latin_readings("хиджаб"), ("khidzhab", "hijab"))
        self.assertEqual(latin_readings("зариф"), ("zarif",))
        self.assertEqual(latin_readings("zarif"), ())


class OtherScriptLittleWordTests(SearchCase):
    def test_russian_de_and_article_beside_a_name_are_left_out(self):
        for little in ("де", "аль", "аш"):
            typed = f"Лавров {little}"
            with self.subTest(typed):
                self.assertSameAs(typed, "Lavrov")
                notices = self.client.get("/api/timeline?q=" + quote(typed)).json()["notices"]
                self.assertEqual(len(notices), 1)
                self.assertIn(f"“{little}” left out", notices[0])

    def test_a_name_holding_them_still_matches_with_them(self):
        self.assertSameAs("де Мистура", "de Mistura")
        self.assertSameAs("аль-Башир", "al-Bashir")
