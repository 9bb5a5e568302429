"""Issue 9, session 10: a date set aside by a contrast ('mercredi et non mardi', 'on
Wednesday, not Tuesday', 'а не во вторник', 'وليس الثلاثاء', 'و نه سه شنبه', 'salı
değil') is no date of anything, unless it was the plan ('not on Tuesday as planned').
Sentences written for these tests; 1 December 2017 is a Friday."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import extract_dates

FRIDAY = date(2017, 12, 1)
WEDNESDAY, TUESDAY = date(2017, 11, 29), date(2017, 11, 28)


def days(text, lang):
    return [m.start for m in extract_dates(text, published=FRIDAY, language=lang)]


class SetAsideDateTests(unittest.TestCase):
    def test_the_day_after_and_not_is_dropped(self):
        for text, lang in (
            ("Cette séance avait démarré mercredi et non mardi au Palais des Nations.", "fr"),
            ("The session opened on Wednesday, not Tuesday.", "en"),
            ("Заседание началось в среду, а не во вторник.", "ru"),
            ("بدأت الجلسة الأربعاء وليس الثلاثاء.", "ar"),
            ("نشست روز چهارشنبه و نه سه شنبه آغاز شد.", "fa"),
            ("Oturum salı değil çarşamba günü başladı.", "tr"),
        ):
            with self.subTest(lang=lang):
                self.assertEqual(days(text, lang), [WEDNESDAY])

    def test_the_planned_day_set_aside_is_kept(self):
        self.assertEqual(
            days("The session opened on Wednesday, not on Tuesday as planned.", "en"),
            [WEDNESDAY, TUESDAY],
        )
        self.assertEqual(
            days("La séance a démarré mercredi et non mardi, comme prévu.", "fr"),
            [WEDNESDAY, TUESDAY],
        )

    def test_a_negated_verb_keeps_its_date(self):
        self.assertEqual(days("They did not meet on Tuesday.", "en"), [TUESDAY])
        self.assertEqual(days("It was not until Tuesday that they met.", "en"), [TUESDAY])
        self.assertEqual(days("Il ne viendra pas mardi.", "fr"), [date(2017, 12, 5)])
        self.assertEqual(days("Делегация не прибыла во вторник.", "ru"), [TUESDAY])
