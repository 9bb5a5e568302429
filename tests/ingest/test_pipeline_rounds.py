"""Rounds and tracks in six languages, linked to the gazetteer's rounds."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, GazetteerRound, find_candidates
from peaceproc.ingest.pipeline.rounds import find_rounds


def _rounds():
    out = [GazetteerRound(f"astana-{n}", "astana", n, None, None) for n in range(1, 23)]
    out[3] = GazetteerRound("astana-4", "astana", 4, date(2017, 5, 3), date(2017, 5, 4))
    out[5] = GazetteerRound("astana-6", "astana", 6, date(2017, 9, 14), date(2017, 9, 15))
    out += [GazetteerRound(f"geneva-{n}", "geneva", n, None, None) for n in range(4, 9)]
    out += [
        GazetteerRound(f"constitutional-committee-{n}", "constitutional-committee", n, None, None)
        for n in range(1, 10)
    ]
    out.append(
        GazetteerRound(
            "syrian-national-dialogue-congress",
            "related",
            None,
            date(2018, 1, 29),
            date(2018, 1, 30),
        )
    )
    return tuple(out)


GAZ = Gazetteer(participants=(), rounds=_rounds())


def rounds_in(sentence, lang="en"):
    return [(r.number, r.track) for r in find_rounds(sentence, lang)]


def first(text, lang="en", published=date(2018, 2, 1)):
    cands = find_candidates(text, published=published, language=lang, gazetteer=GAZ)
    return cands[0]


class RoundMentionTests(unittest.TestCase):
    def test_english_forms(self):
        self.assertEqual(rounds_in("during the fourth round of the talks"), [(4, None)])
        self.assertEqual(rounds_in("Astana 5 ended"), [(5, "astana")])
        self.assertEqual(rounds_in("the sixth round in Astana"), [(6, "astana")])
        self.assertEqual(rounds_in("Geneva IV opened"), [(4, "geneva")])
        self.assertEqual(rounds_in("the 14th Astana meeting"), [(14, "astana")])
        self.assertEqual(
            rounds_in("the eighth session of the Constitutional Committee"),
            [(8, "constitutional-committee")],
        )

    def test_not_rounds(self):
        for text in [
            "five rounds of negotiations",
            "Astana 2017 was busy",
            "a round of consultations",
            "Geneva, I said",
            "for the first time",
        ]:
            with self.subTest(text=text):
                self.assertEqual(rounds_in(text), [])

    def test_ordinals_in_six_languages(self):
        cases = [
            ("ru", "четвёртый раунд переговоров в Астане"),
            ("ru", "в ходе четвертого раунда в Астане"),
            ("ar", "الجولة الرابعة من محادثات أستانا"),
            ("fr", "le quatrième round de pourparlers d'Astana"),
            ("fr", "le quatrième cycle de négociations à Astana"),
            ("tr", "Astana'daki dördüncü tur görüşmeler"),
            ("fa", "دور چهارم مذاکرات آستانه"),
            ("fa", "چهارمین دور مذاکرات آستانه"),
        ]
        for lang, text in cases:
            with self.subTest(lang=lang, text=text):
                self.assertEqual(rounds_in(text, lang), [(4, "astana")])

    def test_constitutional_committee_in_other_languages(self):
        self.assertEqual(
            rounds_in("восьмая сессия Конституционного комитета", "ru"),
            [(8, "constitutional-committee")],
        )
        self.assertEqual(
            rounds_in("هشتمین نشست کمیته قانون اساسی", "fa"), [(8, "constitutional-committee")]
        )
        self.assertEqual(
            rounds_in("Anayasa Komitesinin sekizinci oturumu", "tr"),
            [(8, "constitutional-committee")],
        )

    def test_sochi_congress(self):
        for lang, text in [
            ("en", "the Sochi congress"),
            ("en", "the Syrian National Dialogue Congress"),
            ("ru", "Конгресс сирийского национального диалога"),
            ("ar", "مؤتمر الحوار الوطني السوري"),
            ("tr", "Suriye Ulusal Diyalog Kongresi'nin"),
            ("fr", "le congrès de Sotchi"),
        ]:
            with self.subTest(lang=lang):
                self.assertEqual(rounds_in(text, lang), [(None, "related")])


class RoundLinkTests(unittest.TestCase):
    def test_bare_round_takes_the_article_track(self):
        text = (
            "The Astana talks continue.\n\nDuring the fourth round of the talks in May, an "
            "agreement was signed."
        )
        c = first(text, published=date(2017, 8, 1))
        self.assertEqual((c.track, c.round_number, c.round_slug), ("astana", 4, "astana-4"))
        self.assertEqual((c.date, c.precision), (date(2017, 5, 1), "month"))

    def test_month_takes_the_round_year(self):
        # Published in 2018, 'in May' alone would be May 2018; the round was in May 2017.
        text = "The Astana format lives on. The fourth round of the talks in May created the zones."
        c = first(text, published=date(2018, 8, 1))
        self.assertEqual(
            (c.date, c.precision, c.round_slug), (date(2017, 5, 1), "month", "astana-4")
        )

    def test_geneva_roman_numeral(self):
        c = first("Geneva IV ended on Friday.", published=date(2017, 3, 4))
        self.assertEqual((c.round_slug, c.date), ("geneva-4", date(2017, 3, 3)))

    def test_sochi_congress_links_to_its_row(self):
        c = first("The Sochi congress closed on Tuesday.", published=date(2018, 1, 31))
        self.assertEqual(
            (c.track, c.round_slug, c.date),
            ("related", "syrian-national-dialogue-congress", date(2018, 1, 30)),
        )

    def test_congress_without_gazetteer_row_keeps_the_track(self):
        gaz = Gazetteer(participants=(), rounds=())
        c = find_candidates(
            "The Sochi congress closed on Tuesday.",
            published=date(2018, 1, 31),
            language="en",
            gazetteer=gaz,
        )[0]
        self.assertEqual((c.track, c.round_slug), ("related", None))

    def test_unknown_round_number_is_kept_without_slug(self):
        c = first("The 30th round in Astana ended on Friday.", published=date(2030, 1, 5))
        self.assertEqual((c.track, c.round_number, c.round_slug), ("astana", 30, None))

    def test_constitutional_committee_session(self):
        c = first(
            "The eighth session of the Constitutional Committee ended on Friday.",
            published=date(2022, 6, 4),
        )
        self.assertEqual(
            (c.round_slug, c.date, c.kind),
            ("constitutional-committee-8", date(2022, 6, 3), "round"),
        )

    def test_russian_round_in_a_russian_article(self):
        c = first(
            "В четверг в Астане завершился четвёртый раунд переговоров.",
            "ru",
            published=date(2017, 5, 5),
        )
        self.assertEqual((c.round_slug, c.date, c.place), ("astana-4", date(2017, 5, 4), "Astana"))


if __name__ == "__main__":
    unittest.main()


# Rounds with their dates, as seeds/chronology.csv has them: what a number-less round is
# found by.
DATED = Gazetteer(
    participants=(),
    rounds=(
        GazetteerRound("geneva-3", "geneva", 3, date(2016, 2, 1), date(2016, 2, 3)),
        GazetteerRound("geneva-4", "geneva", 4, date(2017, 2, 23), date(2017, 3, 3)),
        GazetteerRound("geneva-5", "geneva", 5, date(2017, 3, 23), date(2017, 3, 31)),
        GazetteerRound("astana-11", "astana", 11, date(2018, 11, 28), date(2018, 11, 29)),
        GazetteerRound("astana-12", "astana", 12, date(2019, 4, 25), date(2019, 4, 26)),
        GazetteerRound("astana-13", "astana", 13, date(2019, 8, 1), date(2019, 8, 2)),
        GazetteerRound("astana-22", "astana", 22, date(2024, 11, 11), date(2024, 11, 12)),
        *(
            GazetteerRound(f"constitutional-committee-{n}", "constitutional-committee", n, s, e)
            for n, s, e in (
                (1, date(2019, 10, 30), None),
                (2, date(2019, 11, 25), date(2019, 11, 29)),
                (5, date(2021, 1, 25), date(2021, 1, 29)),
                (8, date(2022, 5, 30), date(2022, 6, 3)),
                (9, date(2022, 7, 25), None),
            )
        ),
    ),
)


def slugs(text, lang, published):
    cands = find_candidates(text, published=published, language=lang, gazetteer=DATED)
    return [(c.date, c.round_slug) for c in cands]


class OrdinalsPastTwentyTests(unittest.TestCase):
    def test_the_22nd_round_in_six_languages(self):
        for lang, text in [
            ("en", "the twenty-second round of the Astana talks"),
            ("en", "the 22nd round of the Astana talks"),
            ("ar", "الجولة الثانية والعشرين من محادثات أستانا"),
            ("ar", "الجولة الـ22 من محادثات أستانا"),
            ("ru", "22-й раунд переговоров в Астане"),
            ("ru", "двадцать второй раунд переговоров в Астане"),
            ("tr", "Astana görüşmelerinin 22. turu"),
            ("tr", "Astana görüşmelerinin 22'nci turu"),
            ("tr", "Astana görüşmelerinin yirmi ikinci turu"),
            ("fa", "دور بیست و دوم مذاکرات آستانه"),
            ("fa", "بیست و دومین دور مذاکرات آستانه"),
            ("fa", "دور ۲۲ مذاکرات آستانه"),
            ("fr", "la 22e réunion du format d'Astana"),
            ("fr", "le vingt-deuxième cycle de pourparlers d'Astana"),
        ]:
            with self.subTest(text=text):
                self.assertEqual(rounds_in(text, lang), [(22, "astana")])

    def test_coordinated_ordinals_are_two_rounds(self):
        for lang, text in [
            ("en", "the first and second sessions of the Constitutional Committee"),
            ("fr", "la première et la deuxième session du comité constitutionnel"),
            ("ru", "первая и вторая сессии Конституционного комитета"),
            ("tr", "Anayasa Komitesinin 1. ve 2. oturumları"),
            ("ar", "الجولتين الأولى والثانية من اجتماعات اللجنة الدستورية"),
            ("fa", "دور اول و دوم کمیته قانون اساسی"),
        ]:
            with self.subTest(text=text):
                self.assertEqual(
                    rounds_in(text, lang),
                    [(1, "constitutional-committee"), (2, "constitutional-committee")],
                )

    def test_two_rounds_of_one_date_are_two_candidates(self):
        text = "دور اول و دوم کمیته قانون اساسی در سال 2019 در ژنو برگزار شد."
        self.assertEqual(
            slugs(text, "fa", date(2021, 1, 25)),
            [
                (date(2019, 1, 1), "constitutional-committee-1"),
                (date(2019, 1, 1), "constitutional-committee-2"),
            ],
        )


class RoundsWithoutNumberTests(unittest.TestCase):
    def test_the_round_held_on_the_date(self):
        # 'the new round ... today', 'the previous series ... ended on Friday', 'the three
        # previous rounds, in February ... 2016': the record's round of that track then.
        for lang, text, published, want in [
            (
                "fa",
                "امروز دور جدید مذاکرات درباره قانون اساسی در ژنو شروع می‌شود.",
                date(2021, 1, 25),
                (date(2021, 1, 25), "constitutional-committee-5"),
            ),
            (
                "fr",
                "Genève. Le rapport porte sur la précédente série de discussions, qui ont "
                "pris fin vendredi en Suisse.",
                date(2017, 3, 8),
                (date(2017, 3, 3), "geneva-4"),
            ),
            (
                "ar",
                "انطلقت الجولة الجديدة من محادثات جنيف يوم 23 مارس.",
                date(2017, 3, 24),
                (date(2017, 3, 23), "geneva-5"),
            ),
        ]:
            with self.subTest(text=text):
                self.assertIn(want, slugs(text, lang, published))

    def test_next_round_is_linked_only_when_the_article_names_its_number(self):
        headline = "Astana to host next round of Syria talks in February 2019\n\n"
        named = headline + "The timing of the 12th round of the Astana talks is now known."
        self.assertEqual(slugs(named, "en", date(2018, 11, 29)), [(date(2019, 2, 1), "astana-12")])
        # Announced for a day the record has no round on, and no number: another plan.
        self.assertEqual(slugs(headline, "en", date(2018, 11, 29)), [(date(2019, 2, 1), None)])

    def test_a_month_does_not_reach_the_next_month(self):
        # Astana 13 opened on 1 August: 'the next meeting in July' is not it by date.
        text = "Astana talks ended. The next round will be held in July."
        self.assertEqual(slugs(text, "en", date(2019, 4, 27)), [(date(2019, 7, 1), None)])


class RoundOfTheDateTests(unittest.TestCase):
    def test_of_two_numbered_rounds_the_one_held_on_the_date(self):
        text = (
            "Anayasa Komitesi. Pedersen'e göre, geçen ayki 8. tur görüşmelerde 25-29 "
            "Temmuz'da düzenlenmesine karar verilen 9. tur oturumları yapılamayacak."
        )
        found = slugs(text, "tr", date(2022, 7, 16))
        self.assertIn((date(2022, 6, 1), "constitutional-committee-8"), found)
        self.assertIn((date(2022, 7, 25), "constitutional-committee-9"), found)

    def test_the_number_next_to_a_track_name_is_that_track_s(self):
        text = (
            "The 22nd Astana meeting closed on Tuesday with a call for a new session of the "
            "Constitutional Committee."
        )
        self.assertEqual(slugs(text, "en", date(2024, 11, 13)), [(date(2024, 11, 12), "astana-22")])


class TalksOfAMonthTests(unittest.TestCase):
    GAZ = Gazetteer(
        participants=(),
        rounds=(
            GazetteerRound("astana-4", "astana", 4, date(2017, 5, 3), date(2017, 5, 4)),
            GazetteerRound("astana-8", "astana", 8, date(2017, 12, 21), date(2017, 12, 22)),
        ),
    )

    def slugs(self, text, lang, published):
        cands = find_candidates(text, published=published, language=lang, gazetteer=self.GAZ)
        return [(c.date, c.round_slug) for c in cands]

    def test_a_track_s_talks_in_a_month_of_one_round(self):
        for lang, text in [
            ("en", "The Astana talks in May 2017 created four zones."),
            ("ru", "Переговоры в Астане в мае 2017 года создали четыре зоны."),
            ("ar", "أنشأت محادثات أستانا في مايو 2017 أربع مناطق."),
            ("tr", "Astana görüşmeleri Mayıs 2017'de dört bölge oluşturdu."),
        ]:
            with self.subTest(text=text):
                self.assertEqual(
                    self.slugs(text, lang, date(2018, 1, 1)), [(date(2017, 5, 1), "astana-4")]
                )

    def test_a_meeting_of_the_month_is_not_the_round(self):
        text = "Russia, Iran and Turkey, the Astana guarantors, met in Moscow in December 2017."
        self.assertEqual(self.slugs(text, "en", date(2018, 1, 1)), [(date(2017, 12, 1), None)])


class BodyOfANumberTests(unittest.TestCase):
    def test_the_committee_after_a_clitic(self):
        text = "بيدرسون: في 25 تشرين الثاني تنطلق في جنيف الجولة الثانية للجنة الدستورية"
        self.assertIn(
            (date(2019, 11, 25), "constitutional-committee-2"),
            slugs(text, "ar", date(2019, 11, 8)),
        )

    def test_a_number_the_named_body_lacks_goes_to_the_body_that_has_it_near(self):
        # Geneva is named (the committee meets there) but has no second round; the
        # committee's second session is of that year. Geneva II of 2014 has no number in
        # the record, and no other body's second round is near 2014: none.
        text = "Le comité constitutionnel. Ses deux premières sessions, la première et la deuxième session, ont eu lieu à Genève en 2019."  # noqa: E501
        self.assertIn(
            (date(2019, 1, 1), "constitutional-committee-2"), slugs(text, "fr", date(2021, 1, 25))
        )
        text = "Переговоры — первые с тех пор, как в феврале 2014 года провалилась конференция «Женева-2»."  # noqa: E501
        self.assertEqual(slugs(text, "ru", date(2016, 1, 21)), [(date(2014, 2, 1), None)])
