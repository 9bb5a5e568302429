"""Event kinds, agreement cues, places, confidence and one candidate per happening."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import (
    Gazetteer,
    GazetteerParticipant,
    GazetteerRound,
    find_candidates,
)

GAZ = Gazetteer(
    participants=(
        GazetteerParticipant("sergey-lavrov", ("Sergey Lavrov",)),
        GazetteerParticipant("mikhail-bogdanov", ("Mikhail Bogdanov",)),
    ),
    rounds=(GazetteerRound("astana-4", "astana", 4, date(2017, 5, 3), date(2017, 5, 4)),),
    places=("Kazan",),
)


def cands(text, lang="en", published=date(2017, 8, 1)):
    return find_candidates(text, published=published, language=lang, gazetteer=GAZ)


class KindTests(unittest.TestCase):
    def test_kinds(self):
        cases = [
            ("The Security Council unanimously adopted resolution 2336 on 31 December 2016.",
             "un_resolution"),
            ("A nationwide ceasefire took effect on 30 December 2016.", "ceasefire"),
            ("Russia and Turkey signed a memorandum on 17 September 2018.", "agreement"),
            ("The three presidents held a summit in Tehran on 7 September 2018.", "summit"),
            ("The foreign ministers met in Astana on 16 March 2018.", "ministerial"),
            ("The Syrian National Dialogue Congress opened on 29 January 2018.", "conference"),
            ("Sergey Lavrov met Mikhail Bogdanov on Tuesday.", "meeting"),
            # Tuesday is the day the talks were told of, not held (rules14e).
            ("The ministry announced on Tuesday that talks would follow.", "announcement"),
            ("Talks followed on Tuesday, the ministry announced.", "meeting"),
            ("On Tuesday, Lavrov said that he was hopeful.", "statement"),
        ]  # fmt: skip
        for text, kind in cases:
            with self.subTest(text=text):
                self.assertEqual(cands(text)[0].kind, kind)

    def test_the_day_of_a_statement_is_no_happening(self):
        # 'said on Tuesday': the date is the statement's (LABELLING.md U4).
        self.assertEqual(cands("Lavrov said on Tuesday that he was hopeful."), [])

    def test_kinds_in_other_languages(self):
        cases = [
            ("ru", "Россия и Турция подписали меморандум 17 сентября 2018 года.", "agreement"),
            ("ar", "وأعلنت روسيا وقف إطلاق النار في 30 كانون الأول/ديسمبر 2016.", "ceasefire"),
            ("fa", "شورای امنیت روز شنبه قطعنامه ۲۳۳۶ را به اتفاق آرا تصویب کرد.", "un_resolution"),
            ("fr", "Les présidents ont tenu un sommet à Téhéran le 7 septembre 2018.", "summit"),
            ("tr", "Rusya ve Türkiye 17 Eylül 2018'de bir mutabakat imzaladı.", "agreement"),
        ]  # fmt: skip
        for lang, text, kind in cases:
            with self.subTest(lang=lang):
                self.assertEqual(cands(text, lang, date(2018, 9, 20))[0].kind, kind)

    def test_agreement_cues(self):
        c = cands(
            "On 4 May 2017 Russia, Iran and Turkey signed a memorandum on de-escalation zones."
        )
        self.assertEqual(c[0].agreement_cues, ("signed", "memorandum", "de-escalation zones"))
        c = cands("On 18 December 2015 the council adopted resolution 2254 unanimously.")
        self.assertIn("resolution 2254", c[0].agreement_cues)


class CandidateTests(unittest.TestCase):
    def test_background_sentences_give_nothing(self):
        self.assertEqual(cands("The talks helped revive a long-stalled process in Geneva."), [])
        self.assertEqual(cands("The weather was fine on Tuesday."), [])

    def test_places_from_the_gazetteer_and_built_in(self):
        self.assertEqual(cands("They met in Kazan on Tuesday.")[0].place, "Kazan")
        self.assertEqual(cands("Они встретились во вторник в Москве.", "ru")[0].place, "Moscow")
        self.assertEqual(cands("التقيا يوم الثلاثاء في دمشق.", "ar")[0].place, "Damascus")
        self.assertEqual(cands("Salı günü Cenevre'de görüştüler.", "tr")[0].place, "Geneva")

    def test_the_same_round_twice_is_one_candidate(self):
        text = (
            "The fourth round of the Astana talks ended on 4 May 2017. "
            "On 4 May 2017 the fourth round in Astana also adopted a memorandum."
        )
        got = cands(text)
        self.assertEqual(len(got), 1)
        self.assertEqual(got[0].round_slug, "astana-4")

    def test_two_happenings_in_one_sentence(self):
        got = cands(
            "Lavrov met Bogdanov on Tuesday to review the process, which has been underway "
            "in Astana since January."
        )
        self.assertEqual([(c.date, c.precision) for c in got],
                         [(date(2017, 8, 1), "day"), (date(2017, 1, 1), "month")])  # fmt: skip
        self.assertEqual(got[0].participants, ("sergey-lavrov", "mikhail-bogdanov"))
        self.assertEqual(got[1].participants, ())
        self.assertEqual(got[1].place, "Astana")

    def test_confidence_rewards_what_is_known(self):
        precise = cands("Sergey Lavrov met Mikhail Bogdanov in Moscow on 1 August 2017.")[0]
        vague = cands("Talks were held in 2016.")[0]
        self.assertGreater(precise.confidence, vague.confidence)
        self.assertTrue(0 < vague.confidence < precise.confidence <= 1)


if __name__ == "__main__":
    unittest.main()
