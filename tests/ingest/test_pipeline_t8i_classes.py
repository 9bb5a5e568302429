"""Classes of outside tester t8i's findings (issue 9, session 8): function words, verbal
nouns and the fragments of a body's name proposed as people, a country's own body taken
for the UN's, transition-era happenings with no track, a part of the publication day
('this afternoon') with a future verb, and titles that claim what the sentence does not
say. Sentences written for these tests."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import (
    Gazetteer,
    GazetteerParticipant,
    article_people,
    find_candidates,
)
from peaceproc.ingest.pipeline.entities import new_name_spans
from peaceproc.ingest.pipeline.people import titled_names

GAZ = Gazetteer(
    participants=(
        GazetteerParticipant("ahmed-al-sharaa", ("Ahmed al-Sharaa", "أحمد الشرع")),
        GazetteerParticipant(
            "un-security-council",
            ("UN Security Council", "Security Council", "مجلس الأمن", "شورای امنیت"),
            person=False,
        ),
    ),
    rounds=(),
)


def candidates(text, lang, published):
    return find_candidates(text, published=published, language=lang, gazetteer=GAZ)


class ArabicWordsAfterATitleTests(unittest.TestCase):
    """After a title, a preposition's object, an indefinite accusative and a verbal noun
    with a preposition glued on are ordinary words, not a name."""

    def test_ordinary_words_after_a_title_are_no_names(self):
        for sentence in (
            "ويحكم الرئيس من دون نائب للرئيس طوال المرحلة.",  # 'without': a preposition
            "ونص القانون على أن يكون الوزير مسؤولاً أمام المجلس.",  # an accusative predicate
            "وكلّف المجلس الرئيس بتعيين حكومة جديدة.",  # 'with appointing': ب + a masdar
            "وأصبح إقرار الموازنة من صلاحيات البرلمان.",  # 'من' + a plural noun
            "وقرر الأمين لإصدار بيان مشترك.",  # ل + a masdar of form IV
        ):
            with self.subTest(sentence=sentence):
                self.assertEqual(titled_names(sentence, "ar"), [])

    def test_names_after_a_title_are_still_read(self):
        self.assertEqual(
            [n for n, _s, _e in titled_names("وقال الوزير بسام صباغ إن الوفد وصل.", "ar")],
            ["بسام صباغ"],
        )
        self.assertEqual(
            [n for n, _s, _e in titled_names("واستقبل الرئيس بشار الجعفري أمس.", "ar")],
            ["بشار الجعفري"],
        )

    def test_an_article_reads_no_function_word_as_someone(self):
        text = (
            "وقّع الرئيس أحمد الشرع الإعلان يوم الخميس. "
            "وتبقى السلطة في يد الرئيس من دون رئيس للوزراء. "
            "واشترط أن يكون رئيس الدولة عربياً. "
            "وكُلّف الرئيس بتشكيل حكومة جديدة."
        )
        people = article_people(text, language="ar", gazetteer=GAZ)
        self.assertEqual(people.slugs, ("ahmed-al-sharaa",))
        self.assertEqual(people.names, ())


class BodyFragmentTests(unittest.TestCase):
    """A capitalised run that is a body's or an event's name gives no person, neither
    whole nor cut ('Hayat Tahrir' of 'Hayat Tahrir al Sham')."""

    def test_bodies_and_wars_are_no_people(self):
        for sentence in (
            "He once commanded Ahrar al Sham in the north.",
            "Fighters of Faylaq al-Sham crossed the line.",
            "The Jaish al-Islam group left Douma.",
            "She heads the Department of Peacekeeping Operations, the paper said.",
            "Le pays vit sa pire crise depuis la Première Guerre mondiale.",
            "It was the worst crisis since World War Two.",
        ):
            with self.subTest(sentence=sentence):
                self.assertEqual(new_name_spans(sentence, []), [])

    def test_people_with_an_article_in_their_name_stay(self):
        found = new_name_spans("Hadi al-Bahra met Staffan de Mistura on Monday.", [])
        self.assertEqual([n for n, _s, _e in found], ["Hadi al-Bahra", "Staffan de Mistura"])


class NationalBodyTests(unittest.TestCase):
    """A national qualifier next to a body's name makes a country's own body."""

    def test_a_national_security_council_is_not_the_uns(self):
        for lang, text in (
            ("ar", "ويعلن الرئيس حالة الطوارئ بموافقة مجلس الأمن القومي."),
            ("fa", "شورای امنیت ملی کشور امروز تشکیل جلسه داد."),
            ("en", "The National Security Council met in Damascus."),
        ):
            with self.subTest(lang=lang):
                people = article_people(text, language=lang, gazetteer=GAZ)
                self.assertNotIn("un-security-council", people.slugs)

    def test_the_un_council_is_still_found(self):
        for lang, text in (
            ("ar", "ويعقد مجلس الأمن الدولي جلسة بشأن سوريا."),
            ("en", "The Security Council met on Syria."),
        ):
            with self.subTest(lang=lang):
                people = article_people(text, language=lang, gazetteer=GAZ)
                self.assertIn("un-security-council", people.slugs)


class TransitionTrackTests(unittest.TestCase):
    """A dated sentence of the transition (since 8 December 2024) that names its acts,
    bodies or votes, or the Security Council's action, is on the Transition track; the
    same words before that day are not."""

    SINCE = {
        "en": "The interim government issued a decree on 3 June 2025 on local councils.",
        "fr": "Le 3 juin 2025, le gouvernement de transition a publié un décret.",
        "ru": "3 июня 2025 года переходное правительство Сирии издало указ о советах.",
        "ar": "أصدر الرئيس الانتقالي في 3 حزيران/يونيو 2025 مرسوماً بتشكيل مجلس الشعب.",
        "fa": "دولت انتقالی سوریه روز ۳ ژوئن ۲۰۲۵ فرمان تازه‌ای صادر کرد.",
        "tr": "Geçiş hükümeti 3 Haziran 2025'te yeni bir kararname yayımladı.",
    }

    def test_its_acts_in_each_language(self):
        for lang, text in self.SINCE.items():
            with self.subTest(lang=lang):
                found = candidates(text, lang, date(2025, 6, 4))
                self.assertTrue(found)
                self.assertEqual({c.track for c in found}, {"transition"})

    def test_a_council_meeting_since_then(self):
        (c,) = candidates(
            "The Security Council met on Syria on 3 June 2025.", "en", date(2025, 6, 4)
        )
        self.assertEqual(c.track, "transition")

    def test_the_same_words_before_it_are_no_transition(self):
        text = "The Security Council met on 3 June 2016 to discuss a transitional government."
        found = candidates(text, "en", date(2016, 6, 4))
        self.assertTrue(found)
        self.assertNotIn("transition", {c.track for c in found})

    def test_its_first_month_counts(self):
        text = "In December 2024 the caretaker government met in Damascus."
        (c,) = candidates(text, "en", date(2025, 1, 10))
        self.assertEqual((c.date, c.precision, c.track), (date(2024, 12, 1), "month", "transition"))


class PartOfTheDayTests(unittest.TestCase):
    """'This afternoon', 'this evening' with a present or future verb is the publication
    day, and a body hearing a briefing is its meeting, in each language."""

    TEXTS = {
        "en": "This evening the Security Council will hear a briefing on Syria.",
        "fr": "Cet après-midi, le Conseil de sécurité entendra un exposé sur la Syrie.",
        "ru": "Этим вечером Совет Безопасности ООН заслушает доклад по Сирии.",
        "ar": "يستمع مجلس الأمن هذا المساء إلى إحاطة بشأن سوريا.",
        "fa": "شورای امنیت امروز عصر جلسه اضطراری درباره سوریه برگزار می‌کند.",
        "tr": "Bu akşam BM Güvenlik Konseyi Suriye konusunda bir brifing dinleyecek.",
    }

    def test_publication_day_in_each_language(self):
        for lang, text in self.TEXTS.items():
            with self.subTest(lang=lang):
                (c,) = candidates(text, lang, date(2025, 7, 17))
                self.assertEqual(
                    (c.date, c.precision, c.kind), (date(2025, 7, 17), "day", "meeting")
                )


if __name__ == "__main__":
    unittest.main()
