"""Outside tester t11b, finding 4: a deadline ('حتى 8 فبراير', until 8 February) and the
year of a day written beside it ('18 يناير من هذا العام') each became a candidate, and a
created event. An end point is no happening of its own; the new day of what was moved
is, and so is the last day of talks. The sentences are the tests' own."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates

GAZ = Gazetteer(participants=(), rounds=())
PUBLISHED = date(2031, 3, 28)


def days(text: str, language: str) -> list[date]:
    found = find_candidates(text, published=PUBLISHED, language=language, gazetteer=GAZ)
    return [c.date for c in found]


class EndPointTests(unittest.TestCase):
    def test_a_deadline_is_no_happening(self):
        for language, text in (
            ("en", "On 20 March the two sides agreed to extend the truce until 9 April."),
            ("en", "On 20 March the council told the parties to agree on a text by 9 April."),
            ("fr", "Le 20 mars, les deux parties ont prolongé la trêve jusqu'au 9 avril."),
            ("ru", "20 марта стороны договорились продлить перемирие до 9 апреля."),
            ("ar", "اتفق الطرفان في 20 مارس على تمديد الهدنة حتى 9 أبريل."),
            ("fa", "دو طرف در ۲۰ مارس توافق کردند آتش‌بس را تا ۹ آوریل تمدید کنند."),
            ("tr", "Taraflar 20 Mart'ta ateşkesi 9 Nisan'a kadar uzatma konusunda anlaştı."),
        ):
            with self.subTest(language=language, text=text):
                self.assertEqual(days(text, language), [date(2031, 3, 20)])

    def test_the_new_day_of_what_was_moved_is_kept(self):
        for language, text in (
            ("en", "The talks planned for 20 March were postponed until 9 April."),
            ("ru", "Переговоры перенесли до 9 апреля."),
        ):
            with self.subTest(language=language):
                self.assertIn(date(2031, 4, 9), days(text, language))

    def test_talks_until_a_day_end_on_it(self):
        # A gathering's end point is its last day, a step of its own (LABELLING R4).
        for language, text in (
            ("en", "The delegations will continue the talks in Geneva until 9 April."),
            ("ru", "Делегации продолжат переговоры в Женеве до 9 апреля."),
        ):
            with self.subTest(language=language):
                self.assertEqual(days(text, language), [date(2031, 4, 9)])

    def test_a_span_keeps_its_end(self):
        for text, first, last in (
            ("The delegations met in Geneva from 3 March until 6 March.", 3, 6),
            ("Les délégations se sont réunies à Genève du 3 mars jusqu'au 6 mars.", 3, 6),
        ):
            with self.subTest(text=text):
                language = "fr" if "Genève" in text else "en"
                found = find_candidates(text, published=PUBLISHED, language=language, gazetteer=GAZ)
                self.assertEqual([(c.date, c.end_date) for c in found],
                                 [(date(2031, 3, first), date(2031, 3, last))])  # fmt: skip

    def test_the_year_of_a_day_written_beside_it_is_no_candidate(self):
        for language, text in (
            ("ar", "ويذكر أن الطرفين اتفقا في 20 مارس من هذا العام على تمديد الهدنة."),
            ("en", "The two sides agreed on 20 March this year to extend the truce."),
        ):
            with self.subTest(language=language):
                self.assertEqual(days(text, language), [date(2031, 3, 20)])
