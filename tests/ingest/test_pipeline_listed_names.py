"""Arabic and Persian attendees listed without titles (issue 9, session 7 blind batches):
a list after a word that announces who attends, names joined by commas or 'and' (glued on
in Arabic), a name then its title in a Persian list, and the honorific Seyyed glued to a
known person's given name. Sentences written for these tests."""

import unittest

from peaceproc.ingest.pipeline import Gazetteer, GazetteerParticipant, article_people

EMPTY = Gazetteer(participants=(), rounds=())


def names(text: str, language: str) -> list[str]:
    return list(article_people(text, language=language, gazetteer=EMPTY).names)


class ArabicListTests(unittest.TestCase):
    def test_names_after_in_the_presence_of_joined_by_a_glued_and(self):
        text = "افتتح اللقاء في إسطنبول بحضور جواد أبو حطب وسالم المسلط ونادر عثمان في القاعة."
        self.assertEqual(names(text, "ar")[:3], ["جواد أبو حطب", "سالم المسلط", "نادر عثمان"])

    def test_a_colon_list_after_they_are(self):
        text = "ضم الوفد خمسة أعضاء هم: بسمة قضماني، أحمد طعمة، وجمال سليمان."
        self.assertEqual(names(text, "ar"), ["بسمة قضماني", "أحمد طعمة", "جمال سليمان"])

    def test_the_list_ends_at_an_item_that_is_no_name(self):
        text = "عقد الاجتماع بحضور منذر ماخوس وممثلين عن الأمم المتحدة."
        self.assertEqual(names(text, "ar"), ["منذر ماخوس"])

    def test_no_list_without_its_cue(self):
        text = "وصل الوفد إلى جنيف، وعقد لقاءات مطولة مع الوسطاء."
        self.assertEqual(names(text, "ar"), [])


class PersianListTests(unittest.TestCase):
    def test_names_each_followed_by_a_title_after_with_and_and(self):
        text = "او با کمال خرازی وزیر پیشین، جواد ظریف مشاور و پرویز داوودی دستیار گفتگو کرد."
        got = names(text, "fa")
        for name in ("کمال خرازی", "جواد ظریف", "پرویز داوودی"):
            self.assertIn(name, got)

    def test_a_list_after_in_the_presence_of_keeps_the_verb_out(self):
        text = "این همایش با حضور ناصر کنعانی، محمد باقر قالیباف و علی لاریجانی برگزار شد."
        self.assertEqual(names(text, "fa"), ["ناصر کنعانی", "محمد باقر قالیباف", "علی لاریجانی"])


class SeyyedGluedTests(unittest.TestCase):
    GAZ = Gazetteer(
        participants=(GazetteerParticipant("hassan-rouhani", ("حسن روحانی",)),), rounds=()
    )

    def test_the_glued_honorific_is_the_known_person(self):
        text = "سیدحسن روحانی در نشست خبری سخن گفت."
        people = article_people(text, language="fa", gazetteer=self.GAZ)
        self.assertEqual(people.slugs, ("hassan-rouhani",))
        self.assertEqual(people.names, ())
