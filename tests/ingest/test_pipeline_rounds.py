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
