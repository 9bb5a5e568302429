from datetime import date

from django.template import Context, Template
from django.test import SimpleTestCase

from peaceproc.chronology.dates import format_date, format_period, period_last_day, truncate


class FormatTests(SimpleTestCase):
    def test_month_precision_never_shows_a_day(self):
        self.assertEqual(format_date(date(2017, 5, 1), "month"), "May 2017")
        self.assertEqual(format_period(date(2017, 5, 1), None, "month"), "May 2017")

    def test_year_precision(self):
        self.assertEqual(format_date(date(2016, 1, 1), "year"), "2016")

    def test_day_periods(self):
        self.assertEqual(format_period(date(2017, 7, 4), date(2017, 7, 5)), "4–5 July 2017")
        self.assertEqual(
            format_period(date(2017, 11, 28), date(2017, 12, 14)), "28 November – 14 December 2017"
        )
        self.assertEqual(
            format_period(date(2016, 12, 30), date(2017, 1, 2)), "30 December 2016 – 2 January 2017"
        )
        self.assertEqual(format_period(date(2017, 5, 4), date(2017, 5, 4)), "4 May 2017")

    def test_mixed_precisions(self):
        self.assertEqual(
            format_period(date(2014, 7, 10), date(2018, 12, 1), "day", "month"),
            "10 July 2014 – December 2018",
        )

    def test_template_filter(self):
        html = Template("{% load chronology %}{{ d|fuzzydate:'month' }}").render(
            Context({"d": date(2017, 5, 1)})
        )
        self.assertEqual(html, "May 2017")

    def test_truncate_and_last_day(self):
        self.assertEqual(truncate(date(2017, 5, 17), "month"), date(2017, 5, 1))
        self.assertEqual(truncate(date(2017, 5, 17), "year"), date(2017, 1, 1))
        self.assertEqual(period_last_day(date(2016, 2, 1), "month"), date(2016, 2, 29))
        self.assertEqual(period_last_day(date(2016, 1, 1), "year"), date(2016, 12, 31))
