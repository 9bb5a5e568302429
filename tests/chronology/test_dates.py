from datetime import date

from django.template import Context, Template
from django.test import SimpleTestCase, TestCase

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


class OverlappingTests(TestCase):
    """`<Model>.objects.overlapping(start, end)`: fuzzy dates cover their whole month or
    year; a tenure with no end is ongoing; an event with no end lasts its start."""

    @classmethod
    def setUpTestData(cls):
        from peaceproc.chronology.models import Agreement, EnvoyTenure, Event, Participant, Track

        track = Track.objects.create(slug="t", name="T", colour="#123456")
        Event.objects.create(slug="may", title="May", kind="other", start_date=date(2017, 5, 1),
                             precision="month", track=track)  # fmt: skip
        Event.objects.create(slug="day", title="Day", kind="other", start_date=date(2017, 5, 3))
        Agreement.objects.create(slug="y", title="Y", kind="statement", date=date(2016, 1, 1),
                                 precision="year")  # fmt: skip
        envoy = Participant.objects.create(slug="e", name="E", kind="person")
        EnvoyTenure.objects.create(slug="open", title="Open", envoy=envoy, track=track,
                                   start_date=date(2019, 1, 7))  # fmt: skip

    def test_fuzzy_dates_cover_their_period_and_open_ends(self):
        from peaceproc.chronology.models import Agreement, EnvoyTenure, Event

        def slugs(queryset):
            return sorted(queryset.values_list("slug", flat=True))

        self.assertEqual(slugs(Event.objects.overlapping(date(2017, 5, 20), None)), ["may"])
        self.assertEqual(slugs(Event.objects.overlapping(None, date(2017, 5, 2))), ["may"])
        self.assertEqual(slugs(Event.objects.overlapping(date(2017, 5, 3), date(2017, 5, 3))),
                         ["day", "may"])  # fmt: skip
        self.assertEqual(slugs(Agreement.objects.overlapping(date(2016, 12, 1), None)), ["y"])
        self.assertEqual(slugs(Agreement.objects.overlapping(date(2017, 1, 1), None)), [])
        self.assertEqual(slugs(EnvoyTenure.objects.overlapping(date(2030, 1, 1), None)), ["open"])
        self.assertEqual(slugs(EnvoyTenure.objects.overlapping(None, date(2018, 1, 1))), [])
