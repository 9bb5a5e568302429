"""A weekday's tense is its own clause's: in 'met on Friday and will meet again on 25
November' the 'will' after 'and' tells the next clause, not the Friday (issue 9, session 11).
Sentences written for these tests; the article is of Wednesday 6 November 2019."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates

GAZ = Gazetteer(participants=(), rounds=())
WEDNESDAY = date(2019, 11, 6)
LAST_FRIDAY, NEXT_FRIDAY, AHEAD = date(2019, 11, 1), date(2019, 11, 8), date(2019, 11, 25)


def days(text, lang):
    found = find_candidates(text, published=WEDNESDAY, language=lang, gazetteer=GAZ)
    return {c.date for c in found}


class AndClauseTenseTests(unittest.TestCase):
    def test_met_on_friday_and_will_meet_again(self):
        texts = {
            "en": "The Constitutional Committee met in Geneva on Friday and will meet again "
            "on 25 November.",
            "fr": "Le Comité constitutionnel s'est réuni à Genève vendredi et se réunira de "
            "nouveau le 25 novembre.",
            "ru": "Конституционный комитет собрался в Женеве в пятницу и соберётся снова "
            "25 ноября.",
            "tr": "Anayasa Komitesi Cuma günü Cenevre'de toplandı ve 25 Kasım'da yeniden "
            "toplanacak.",
            "fa": "کمیته قانون اساسی روز جمعه در ژنو تشکیل جلسه داد و روز ۲۵ نوامبر دوباره "
            "تشکیل جلسه خواهد داد.",
        }
        for lang, text in texts.items():
            with self.subTest(lang=lang):
                self.assertEqual(days(text, lang), {LAST_FRIDAY, AHEAD})

    def test_will_meet_on_friday_and_a_past_clause_after_it(self):
        text = (
            "The Constitutional Committee will meet in Geneva on Friday and it adjourned "
            "last month."
        )
        self.assertIn(NEXT_FRIDAY, days(text, "en"))
        self.assertNotIn(LAST_FRIDAY, days(text, "en"))

    def test_two_days_joined_by_and_keep_one_tense(self):
        text = "The Constitutional Committee will meet in Geneva on Friday and Saturday."
        self.assertIn(NEXT_FRIDAY, days(text, "en"))
