"""Issue 9, the publication day missed (rules9v): a body's adoption of a text in Persian
('... را تصویب کرد') and the launch of a body's work in French ('le lancement des travaux')
are happenings, as their verbs already were; a written year just after a day of that year
places the day ('yesterday on the last day of 2016'): one time, told by the day, not a
second happening of the whole year. Sentences written for these tests."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates

GAZ = Gazetteer(participants=(), rounds=())
NEW_YEAR = date(2017, 1, 1)


def dated(text, lang, published=NEW_YEAR):
    found = find_candidates(text, published=published, language=lang, gazetteer=GAZ)
    return [(c.date, c.precision) for c in found]


class AdoptionAndLaunchTests(unittest.TestCase):
    def test_a_text_adopted_by_a_body_in_persian(self):
        friday = date(2025, 10, 10)
        text = "سنای آمریکا امروز (جمعه) لایحه لغو تحریم‌های سوریه را تصویب کرد."
        self.assertEqual(dated(text, "fa", friday), [(friday, "day")])

    def test_the_launch_of_a_bodys_work_in_french(self):
        text = (
            "Mercredi, à Genève, des délégués ont assisté au lancement des travaux du comité "
            "constitutionnel."
        )
        self.assertEqual(dated(text, "fr"), [(date(2016, 12, 28), "day")])


class DayInItsYearTests(unittest.TestCase):
    def test_the_year_of_the_day_is_no_date_of_its_own(self):
        for lang, text in (
            ("fa", "شورای امنیت دیروز در آخرین روز سال ۲۰۱۶ قطعنامه‌ای درباره آتش‌بس سوریه را "
                   "تصویب کرد."),
            ("en", "The Security Council adopted the resolution on the Syrian truce yesterday "
                   "on the last day of 2016."),
        ):  # fmt: skip
            with self.subTest(lang=lang):
                self.assertEqual(dated(text, lang), [(date(2016, 12, 31), "day")])

    def test_a_year_apart_from_the_day_stays(self):
        text = "The Security Council met yesterday; the talks of 2015 were recalled."
        self.assertEqual(
            dated(text, "en"), [(date(2016, 12, 31), "day"), (date(2015, 1, 1), "year")]
        )


class FrenchBeginningTests(unittest.TestCase):
    """'ont commencé', 'a entamé', 'commencera': a body's work beginning, as 'débuté' and
    English 'began' already were."""

    def test_a_body_beginning_its_work(self):
        monday = date(2021, 10, 18)
        for text in (
            "Lundi matin, les délégués du comité ont entamé à Genève cinq jours de travaux.",
            "Lundi, les délégués du comité ont commencé leurs travaux à Genève.",
            "Les délégués du comité commenceront leurs travaux lundi à Genève.",
        ):
            with self.subTest(text=text):
                self.assertEqual(dated(text, "fr", monday), [(monday, "day")])
