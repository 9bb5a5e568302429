"""Names from an outside tester's findings (issue 9): Turkish spellings meet the English
ones through the name key, an appositive title does not name the words after it, an
Arabic name ends at its family name, and calendar words that open a sentence are no
part of a name."""

import unittest

from peaceproc.ingest.pipeline import Gazetteer, GazetteerParticipant, article_people, name_key

GAZ = Gazetteer(
    participants=(
        GazetteerParticipant("mohammad-bagher-ghalibaf", ("Mohammad Bagher Ghalibaf",)),
        GazetteerParticipant("mevlut-cavusoglu", ("Mevlut Cavusoglu", "Mevlüt Çavuşoğlu")),
        GazetteerParticipant(
            "sergey-vershinin", ("Sergey Vershinin", "سرگئی ورشینین", "سيرغي فيرشينين")
        ),
        GazetteerParticipant("ali-bagheri-kani", ("Ali Bagheri Kani", "علی باقری کنی")),
    ),
    rounds=(),
)


def people(text, lang):
    return article_people(text, language=lang, gazetteer=GAZ)


class TurkishSpellingTests(unittest.TestCase):
    def test_turkish_letters_meet_english_digraphs(self):
        for english, turkish in [
            ("Ghalibaf", "Kalibaf"),
            ("Chavushoglu", "Çavuşoğlu"),
            ("Araghchi", "Arakçi"),
            ("Bagheri", "Bakeri"),
        ]:
            with self.subTest(english=english):
                self.assertEqual(name_key(english), name_key(turkish))

    def test_a_turkish_article_finds_the_known_person(self):
        got = people("İran Meclis Başkanı Muhammed Bakır Kalibaf Ankara'ya geldi.", "tr")
        self.assertIn("mohammad-bagher-ghalibaf", got.slugs)


class TitledNameTests(unittest.TestCase):
    def test_a_title_after_a_known_name_is_that_persons(self):
        text = (
            "هیئت روسیه را سرگئی ورشینین معاون وزیر امور خارجه و هیئت ایران را علی باقری کنی "
            "معاون وزیر امور خارجه همراهی می‌کنند."
        )
        got = people(text, "fa")
        self.assertEqual(got.slugs, ("sergey-vershinin", "ali-bagheri-kani"))
        self.assertEqual(got.names, ())

    def test_a_title_alone_still_names_the_person_after_it(self):
        got = people("سخنگوی وزارت خارجه ناصر کنعانی این دیدار را تایید کرد.", "fa")
        self.assertEqual(got.names, ("ناصر کنعانی",))

    def test_an_arabic_name_ends_at_its_family_name(self):
        got = people("وقرأ مستشار اللجنة المنظمة ماهر الحمصي التوصيات أمام الحضور.", "ar")
        self.assertEqual(got.names, ("ماهر الحمصي",))

    def test_and_a_title_after_a_known_name_is_someone_else(self):
        got = people("استقبل سيرغي فيرشينين ووزير الخارجية خالد العبدالله الوفد.", "ar")
        self.assertEqual(got.names, ("خالد العبدالله",))


class CalendarWordTests(unittest.TestCase):
    def test_a_calendar_word_opening_a_sentence_is_no_name(self):
        for text, lang in [
            ("Yesterday Lebanese Officials met in Beirut.", "en"),
            ("Demain Genève accueillera les délégués.", "fr"),
            ("Сегодня Россияне отмечают праздник.", "ru"),
            ("Pazartesi Heyetler Ankara'da buluştu.", "tr"),
        ]:
            with self.subTest(lang=lang):
                self.assertEqual(people(text, lang).names, ())

    def test_the_name_after_a_calendar_word_stays(self):
        got = people("Tuesday Nadia Haddad Kassem spoke in Beirut.", "en")
        self.assertEqual(got.names, ("Nadia Haddad Kassem",))
