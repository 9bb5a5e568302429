"""Rounds named without their number, by classes found on the dev split (issue 9, session
13): a track's process or format in a month is the one round of it held then; a gathering
of a track planned for a day a round opened a few days after is that round; the capital
named by its country is the Astana track's venue; ordinals before 'talks' with the track's
name between, the French 'rencontre', Persian digits after 'نشست'. Sentences written for
these tests, on a record of invented rounds (2030-2031), in the six languages."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, GazetteerRound, find_candidates
from peaceproc.ingest.pipeline.rounds import find_rounds

GAZ = Gazetteer(
    participants=(),
    rounds=(
        GazetteerRound("astana-31", "astana", 31, date(2030, 3, 14), date(2030, 3, 15)),
        GazetteerRound("astana-32", "astana", 32, date(2030, 6, 20), date(2030, 6, 21)),
        GazetteerRound("astana-33", "astana", 33, date(2030, 11, 4), date(2030, 11, 5)),
        GazetteerRound("astana-34", "astana", 34, date(2030, 11, 25), date(2030, 11, 26)),
        GazetteerRound("geneva-12", "geneva", 12, date(2030, 9, 23), date(2030, 9, 30)),
    ),
)


def slugs(text: str, lang: str, published: date) -> set[str]:
    got = find_candidates(text, published=published, language=lang, gazetteer=GAZ)
    return {c.round_slug for c in got if c.round_slug}


class ProcessInAMonthTests(unittest.TestCase):
    """'launched the Astana process in March 2030': the process's work that month is the
    one round of it held then."""

    def test_the_process_in_a_month_of_one_round(self):
        for lang, text in (
            ("en", "Russia, Turkey and Iran relaunched the Astana process in March 2030."),
            (
                "fr",
                "La Russie, la Turquie et l'Iran ont relancé le processus d'Astana en mars 2030.",
            ),
            ("ru", "Россия, Турция и Иран возобновили астанинский процесс в марте 2030 года."),
            ("ar", "أعادت روسيا وتركيا وإيران إطلاق مسار أستانا في مارس 2030."),
            ("fa", "روسیه، ترکیه و ایران روند آستانه را در مارس ۲۰۳۰ از سر گرفتند."),
            ("tr", "Rusya, Türkiye ve İran Astana sürecini Mart 2030'da yeniden başlattı."),
        ):
            with self.subTest(lang=lang):
                self.assertEqual(slugs(text, lang, date(2030, 12, 1)), {"astana-31"})

    def test_a_process_under_way_since_a_month_is_no_round(self):
        for lang, text in (
            (
                "en",
                "The ministers met in Moscow on the Astana process, under way since March 2030.",
            ),
            ("fr", "Les ministres ont parlé du processus d'Astana, engagé depuis mars 2030."),
            ("ru", "Министры обсудили астанинский процесс, идущий с марта 2030 года."),
            ("fa", "وزیران درباره روند آستانه که از مارس ۲۰۳۰ آغاز شده گفت‌وگو کردند."),
        ):
            with self.subTest(lang=lang):
                self.assertNotIn("astana-31", slugs(text, lang, date(2030, 12, 1)))

    def test_a_month_of_two_rounds_names_neither(self):
        for lang, text in (
            ("en", "Russia, Turkey and Iran relaunched the Astana process in November 2030."),
            (
                "fr",
                "La Russie, la Turquie et l'Iran ont relancé le processus d'Astana "
                "en novembre 2030.",
            ),
        ):
            with self.subTest(lang=lang):
                self.assertEqual(slugs(text, lang, date(2030, 12, 1)), set())


class PlannedDayMovedTests(unittest.TestCase):
    """A gathering of a track planned for a day, and the track's round opened a few days
    after: that round, put off."""

    def test_a_meeting_planned_days_before_the_round_opened(self):
        for lang, text in (
            ("en", "The parties are due to meet in Geneva on 20 September."),
            ("fr", "Les parties doivent se réunir à Genève le 20 septembre."),
            ("ru", "Стороны должны встретиться в Женеве 20 сентября."),
            ("ar", "ومن المقرر أن يجتمع الطرفان في جنيف في 20 سبتمبر."),
            ("fa", "قرار است طرفین روز ۲۰ سپتامبر در ژنو دیدار کنند."),
            ("tr", "Tarafların 20 Eylül'de Cenevre'de bir araya gelmesi bekleniyor."),
        ):
            with self.subTest(lang=lang):
                self.assertEqual(slugs(text, lang, date(2030, 9, 10)), {"geneva-12"})

    def test_a_bound_or_a_day_well_before_is_no_round(self):
        for lang, text, published in (
            # The date bounds the plan: another happening's day.
            (
                "en",
                "Geneva could host the meeting before the new cabinet is sworn in on 20 September.",
                date(2030, 9, 10),
            ),
            (
                "fr",
                "Les parties doivent se réunir à Genève avant le 20 septembre.",
                date(2030, 9, 10),
            ),
            ("ru", "Стороны должны встретиться в Женеве до 20 сентября.", date(2030, 9, 10)),
            # Nine days before the round: a meeting of its own.
            ("en", "The parties are due to meet in Geneva on 14 September.", date(2030, 9, 10)),
            (
                "tr",
                "Tarafların 14 Eylül'de Cenevre'de bir araya gelmesi bekleniyor.",
                date(2030, 9, 10),
            ),
        ):
            with self.subTest(lang=lang, text=text):
                self.assertEqual(slugs(text, lang, published), set())


class CapitalNamedByItsCountryTests(unittest.TestCase):
    """'the Kazakh capital' names the Astana track's venue as 'Astana' does."""

    def test_talks_in_the_kazakh_capital_are_the_round_held_then(self):
        for lang, text in (
            ("en", "The guarantors will hold talks in the Kazakh capital on 20 June."),
            ("fr", "Les garants tiendront des pourparlers dans la capitale kazakhe le 20 juin."),
            ("ru", "Гаранты проведут переговоры в столице Казахстана 20 июня."),
            ("ar", "ستعقد الدول الضامنة محادثات في العاصمة الكازاخية في 20 يونيو."),
            ("fa", "کشورهای ضامن روز ۲۰ ژوئن در پایتخت قزاقستان مذاکره خواهند کرد."),
            ("tr", "Garantör ülkeler 20 Haziran'da Kazakistan'ın başkentinde görüşme yapacak."),
        ):
            with self.subTest(lang=lang):
                self.assertEqual(slugs(text, lang, date(2030, 6, 1)), {"astana-32"})


class OrdinalShapesTests(unittest.TestCase):
    def test_ordinals_before_talks_and_meetings_of_a_track(self):
        for lang, text, round_ in (
            ("en", "Delegates gathered for the fourth Astana talks.", (4, "astana")),
            ("en", "It was the 2nd Geneva conference on the war.", (2, "geneva")),
            (
                "fr",
                "la 21e rencontre internationale sur la Syrie au format d'Astana",
                (21, "astana"),
            ),
            ("fa", "نشست ۲۱ آستانه با حضور هیئت‌ها آغاز شد.", (21, "astana")),
            ("fa", "نشست آستانه ۲۱ با حضور هیئت‌ها آغاز شد.", (21, "astana")),
        ):
            with self.subTest(lang=lang, text=text):
                self.assertEqual([(r.number, r.track) for r in find_rounds(text, lang)], [round_])

    def test_no_round_without_the_track_or_on_a_date(self):
        for lang, text in (
            ("en", "the first direct talks between the two sides"),
            ("fa", "نشست ۲۱ کشور عضو در تهران"),
            ("fa", "نشست ۲۱ آذر در آستانه"),
        ):
            with self.subTest(lang=lang, text=text):
                self.assertEqual(find_rounds(text, lang), [])
