"""Issue 9, session 10: a weekday in a future seen from a past saying (the French
conditional of reported speech) is the coming one, unless it is one of the two days the
saying may have been made before; a day of a month in such a clause is not forced ahead.
Sentences written for these tests; 1 December 2017 is a Friday."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import extract_dates

FRIDAY = date(2017, 12, 1)


def days(text, published=FRIDAY):
    return [m.start for m in extract_dates(text, published=published, language="fr")]


class WeekdayInAFutureOfASayingTests(unittest.TestCase):
    def test_a_weekday_after_a_conditional_is_the_coming_one(self):
        self.assertEqual(
            days("Le porte-parole a assuré qu'ils ne manqueraient pas, mardi, la reprise."),
            [date(2017, 12, 5)],
        )

    def test_other_conditional_endings(self):
        self.assertEqual(
            days("Le ministre a indiqué que la délégation viendrait lundi à Genève."),
            [date(2017, 12, 4)],
        )
        self.assertEqual(
            days("Selon l'agence, les deux camps se retrouveraient dimanche."),
            [date(2017, 12, 3)],
        )

    def test_the_day_of_the_article_itself(self):
        self.assertEqual(days("Il a annoncé que le Conseil voterait vendredi."), [FRIDAY])

    def test_a_weekday_of_the_last_two_days_may_have_come_since_the_saying(self):
        # Thursday is yesterday: said before it, reported after it.
        self.assertEqual(
            days("Il a annoncé qu'il se rendrait jeudi à Moscou."), [date(2017, 11, 30)]
        )

    def test_a_past_verb_keeps_the_weekday_just_gone(self):
        self.assertEqual(
            days("Le ministre a rencontré mardi son homologue russe."), [date(2017, 11, 28)]
        )

    def test_a_noun_ending_like_a_conditional_is_no_cue(self):
        self.assertEqual(
            days("Le portrait publié mardi montre le retrait des troupes."), [date(2017, 11, 28)]
        )

    def test_a_day_of_a_month_in_such_a_clause_is_the_nearer_one(self):
        # Not forced to next year as a future tense would be.
        self.assertEqual(
            days("Il a annoncé qu'il se rendrait le 25 novembre à Moscou."), [date(2017, 11, 25)]
        )
        self.assertEqual(
            days("Il a annoncé qu'il se rendrait le 5 décembre à Moscou."), [date(2017, 12, 5)]
        )
