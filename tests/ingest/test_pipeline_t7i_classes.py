"""Classes of an outside tester's findings (issue 9, session 7): a round named without its
number, a date's day read as a round number, bodies proposed as people, and a known
person's article written onto the surname."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import (
    Gazetteer,
    GazetteerParticipant,
    GazetteerRound,
    article_people,
    find_candidates,
)
from peaceproc.ingest.pipeline.rounds import find_rounds, numbers_named

GAZ = Gazetteer(
    participants=(
        GazetteerParticipant("nasr-al-hariri", ("Nasr al-Hariri",)),
        GazetteerParticipant("ahmed-al-sharaa", ("Ahmed al-Sharaa",)),
    ),
    rounds=(GazetteerRound("astana-9", "astana", 9, date(2018, 5, 14), date(2018, 5, 15)),),
)


def candidates(text, lang, published=date(2018, 5, 20)):
    return find_candidates(text, published=published, language=lang, gazetteer=GAZ)


class BareRoundTests(unittest.TestCase):
    """A round or session noun with no ordinal, as the subject of a verb of holding,
    opening or closing, is a round in each language; with the track's city, the round of
    that track held on the date."""

    HELD = {
        "en": "The Kazakh-hosted round opened in Astana on 14 May 2018, officials said.",
        "fr": "Le cycle de pourparlers s'est ouvert le 14 mai 2018 à Astana.",
        "ru": "14 мая 2018 года в Астане открылся раунд переговоров по Сирии.",
        "ar": "انطلقت الجولة في أستانا يوم 14 مايو 2018 بمشاركة الوفود.",
        "fa": "دور جدید مذاکرات روز ۱۴ مه ۲۰۱۸ در آستانه آغاز شد.",
        "tr": "Müzakere turu 14 Mayıs 2018'de Astana'da başladı.",
    }

    def test_held_round_in_each_language(self):
        for lang, text in self.HELD.items():
            with self.subTest(lang=lang):
                (c,) = candidates(text, lang)
                self.assertEqual(c.kind, "round")
                self.assertEqual(c.date, date(2018, 5, 14))
                self.assertEqual(c.round_slug, "astana-9")

    def test_bare_round_without_a_place(self):
        (c,) = candidates("The session ended on 3 March 2018 without a statement.", "en")
        self.assertEqual(c.kind, "round")

    def test_other_rounds_are_not_talks(self):
        for text in (
            "A round of air strikes began on 3 March 2018 near the town.",
            "Round-the-clock shelling started on 3 March 2018.",
            "Aid convoys ran all year round until 3 March 2018, when the road closed.",
        ):
            with self.subTest(text=text):
                self.assertNotIn("round", {c.kind for c in candidates(text, "en")})


class DayIsNoRoundNumberTests(unittest.TestCase):
    """A number right before a month word is a date's day, never '<place> N'."""

    def test_day_after_a_city(self):
        for text, lang in (
            ("Астана 3 мая", "ru"),
            ("آستانه ۱۲ مهر ۱۳۹۸", "fa"),
            ("Astana 14 Oct. 2018", "en"),
            ("Cenevre 5 Mart'ta", "tr"),
        ):
            with self.subTest(text=text):
                self.assertEqual(numbers_named(text, lang), frozenset())
                self.assertEqual(find_rounds(text, lang), [])

    def test_round_numbers_still_read(self):
        self.assertEqual(numbers_named("Astana 9 ended on 15 May.", "en"), frozenset({9}))
        self.assertEqual(numbers_named("Женева 4 завершилась", "ru"), frozenset({4}))


class KnownPersonWithJoinedArticleTests(unittest.TestCase):
    """'Nasrelhariri' is not a spelling, but 'Nasr Alhariri' and 'Nasr Elhariri' are: the
    article written onto the surname still names the known person."""

    def test_joined_article_matches(self):
        for text, lang in (
            ("Nasr Alhariri a rencontré les envoyés le 3 mars 2018.", "fr"),
            ("Nasr Elhariri met the envoys on 3 March 2018.", "en"),
            ("Ahmed Elşara 3 Mart 2018'de elçilerle görüştü.", "tr"),
        ):
            with self.subTest(text=text):
                people = article_people(text, language=lang, gazetteer=GAZ)
                self.assertEqual(len(people.slugs), 1)
                self.assertEqual(people.names, ())


class BodiesAreNoPeopleTests(unittest.TestCase):
    """Capitalised runs headed by an institution's, a state's or an act's word, and words
    of time in a headline's capitals, are proposed as no new person."""

    def test_no_new_names(self):
        for text, lang in (
            ("The National Assembly voted on 3 March 2018.", "en"),
            ("Народная Ассамблея собралась 3 марта 2018 года.", "ru"),
            ("Irak Cumhuriyeti 3 Mart 2018'de açıklama yaptı.", "tr"),
            ("Law No. 12 took effect on 3 March 2018.", "en"),
            ("Rebels Leave Next Month, officials said on 3 March 2018.", "en"),
            ("La République arabe syrienne a voté le 3 mars 2018.", "fr"),
        ):
            with self.subTest(text=text):
                self.assertEqual(article_people(text, language=lang, gazetteer=GAZ).names, ())

    def test_a_new_person_is_still_proposed(self):
        text = "Yerlan Karin met the envoys on 3 March 2018."
        self.assertEqual(
            article_people(text, language="en", gazetteer=GAZ).names, ("Yerlan Karin",)
        )


class CapitalByEpithetTests(unittest.TestCase):
    """A capital named by its country ('the Kazakh capital') is the candidate's place."""

    TEXTS = {
        "en": "Envoys will meet in the Kazakh capital on 14 May 2018.",
        "fr": "Les envoyés se réuniront le 14 mai 2018 dans la capitale kazakhe.",
        "ru": "Переговоры пройдут в столице Казахстана 14 мая 2018 года.",
        "ar": "تعقد المحادثات في العاصمة الكازاخية يوم 14 مايو 2018.",
        "fa": "فرستادگان روز ۱۴ مه ۲۰۱۸ در پایتخت قزاقستان دیدار می‌کنند.",
        "tr": "Elçiler 14 Mayıs 2018'de Kazakistan'ın başkentinde görüşecek.",
    }

    def test_place_in_each_language(self):
        for lang, text in self.TEXTS.items():
            with self.subTest(lang=lang):
                (c,) = candidates(text, lang, published=date(2018, 5, 1))
                self.assertEqual(c.place, "Astana")

    def test_syrian_capital(self):
        (c,) = candidates("Delegates met in the Syrian capital on 3 March 2018.", "en")
        self.assertEqual(c.place, "Damascus")


class SayingOfAnotherDayTests(unittest.TestCase):
    """A verb of saying with its own day ('..., the ministry said on Monday') is that
    day's: the sentence's other date keeps the happening it is about."""

    def test_announced_meeting_is_no_statement(self):
        text = "Envoys will gather in Sochi on 24 May, the ministry said on Monday."
        kinds = {c.date: c.kind for c in candidates(text, "en", published=date(2018, 5, 16))}
        self.assertEqual(kinds[date(2018, 5, 24)], "meeting")


class BriefingTopicTests(unittest.TestCase):
    """What the Security Council is briefed on is the briefing's topic: the briefing is
    the happening, not an agreement or a ceasefire."""

    def test_briefing_on_an_agreement_is_a_meeting(self):
        for text, lang in (
            ("The envoy will brief the Security Council on 12 March on the truce deal.", "en"),
            ("L'envoyé a informé le Conseil de sécurité le 12 mars de l'accord.", "fr"),
        ):
            with self.subTest(text=text):
                (c,) = candidates(text, lang, published=date(2018, 3, 10))
                self.assertEqual(c.kind, "meeting")

    def test_a_briefing_is_of_the_envoys_track(self):
        text = "Во вторник, 12 марта, спецпосланник выступил в Совете Безопасности ООН."
        (c,) = candidates(text, "ru", published=date(2018, 3, 14))
        self.assertEqual((c.kind, c.track), ("meeting", "un-envoys"))

    def test_a_named_track_stays(self):
        text = (
            "The Constitutional Committee co-chairs met on 12 March 2018, before the envoy "
            "briefed the Security Council."
        )
        (c,) = candidates(text, "en")
        self.assertEqual(c.track, "constitutional-committee")

    def test_a_signed_agreement_stays_one(self):
        (c,) = candidates("The two sides signed the agreement on 12 March 2018.", "en")
        self.assertEqual(c.kind, "agreement")


if __name__ == "__main__":
    unittest.main()
