"""Outside tester t11b, finding 12: a happening added by hand at a day the quote states
only to its week ('last week') was refused as if the quote did not state the date at
all ('does not state 27 January 2025: it reads “last week” (27 January 2025)'). The
message says the precision is the problem. The sentences are the tests' own."""

from datetime import date

from django.test import SimpleTestCase

from peaceproc.ingest.quotes import date_error

PUBLISHED = date(2031, 6, 11)  # a Wednesday: 'last week' is 2-8 June 2031


def error(quote, start, precision, language="en"):
    return date_error(quote, start=start, precision=precision, end=None,
                      published=PUBLISHED, language=language)  # fmt: skip


class PrecisionMessageTests(SimpleTestCase):
    def test_a_week_for_a_day_asks_for_a_coarser_precision(self):
        for quote, language in (
            ("The council met last week to vote on the text.", "en"),
            ("Le conseil s'est réuni la semaine dernière.", "fr"),
            ("Совет собрался на прошлой неделе.", "ru"),
        ):
            with self.subTest(language=language):
                message = error(quote, date(2031, 6, 4), "day", language)
                self.assertIn("does not state 4 June 2031 to the day, only to the month", message)
                self.assertIn("(2–8 June 2031)", message)  # the week, not its first day
                self.assertIn("Set the precision to Month", message)
                # At the month the quote gives, it is stated: no error.
                self.assertEqual(error(quote, date(2031, 6, 1), "month", language), "")

    def test_a_month_for_a_day_and_a_year_for_a_month(self):
        message = error("They met in March 2031.", date(2031, 3, 3), "day")
        self.assertIn("only to the month", message)
        message = error("They met in 2031.", date(2031, 3, 1), "month")
        self.assertIn("only to the year", message)
        self.assertIn("Set the precision to Year", message)

    def test_another_day_is_no_question_of_precision(self):
        message = error("They met on 3 March 2031.", date(2031, 3, 4), "day")
        self.assertNotIn("precision", message)
        self.assertIn("does not state 4 March 2031", message)
