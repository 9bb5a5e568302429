"""The conditions that write their own SQL (chronology/conditions.py, overlap.py,
referenced.py) select what the field lookups they replace selected: checked against the
dates' meaning computed in Python, on SQLite and PostgreSQL alike."""

import itertools
from datetime import date

from django.db import connection
from django.db.models import Q
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from peaceproc.chronology.conditions import KeyIn
from peaceproc.chronology.dates import Precision, period_last_day
from peaceproc.chronology.models import (
    Agreement,
    Conflict,
    EnvoyTenure,
    Event,
    Participant,
    Round,
    Source,
    Track,
)

DAYS = [date(2016, 12, 31), date(2017, 1, 1), date(2017, 4, 30), date(2017, 5, 1),
        date(2017, 5, 17), date(2017, 5, 31), date(2017, 6, 1), date(2017, 12, 31)]  # fmt: skip


class ConditionTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.track = Track.objects.create(slug="t", name="T", colour="#123456")
        cls.other = Track.objects.create(slug="o", name="O", colour="#654321")
        n = 0
        for precision, start, end in itertools.product(
            (Precision.DAY, Precision.MONTH, Precision.YEAR),
            (date(2017, 1, 1), date(2017, 5, 1)),
            (None, date(2017, 5, 1), date(2017, 6, 1)),
        ):
            if end is not None and end < start:
                continue
            n += 1
            Event.objects.create(
                slug=f"e{n}", title=f"E{n}", kind="other", start_date=start, end_date=end,
                precision=precision, track=(cls.track, cls.other, None)[n % 3],
            )  # fmt: skip
        envoy = Participant.objects.create(slug="envoy", name="Envoy", kind="person")
        EnvoyTenure.objects.create(slug="open", title="Open", envoy=envoy, track=cls.track,
                                   start_date=date(2017, 5, 1))  # fmt: skip
        EnvoyTenure.objects.create(slug="closed", title="Closed", envoy=envoy, track=cls.track,
                                   start_date=date(2016, 1, 1), end_date=date(2017, 3, 1),
                                   end_precision=Precision.MONTH)  # fmt: skip
        Agreement.objects.create(slug="a", title="A", kind="statement", date=date(2017, 5, 1),
                                 precision=Precision.MONTH)  # fmt: skip

    def test_overlapping_events_are_those_whose_period_meets_the_span(self):
        events = list(Event.objects.all())
        for start, end in itertools.product([None, *DAYS], [None, *DAYS]):
            if start and end and end < start:
                continue
            expected = sorted(
                e.slug
                for e in events
                if (end is None or e.start_date <= end)
                and (
                    start is None
                    or period_last_day(e.end_date or e.start_date, e.precision) >= start
                )
            )
            found = sorted(Event.objects.overlapping(start, end).values_list("slug", flat=True))
            self.assertEqual(found, expected, (start, end))

    def test_reaching_events_start_before_the_day_and_last_to_it(self):
        events = list(Event.objects.all())
        for day in DAYS:
            expected = sorted(
                e.slug
                for e in events
                if e.start_date < day
                and period_last_day(e.end_date or e.start_date, e.precision) >= day
            )
            found = sorted(
                Event.objects.filter(Event.objects.reaching_q(day)).values_list("slug", flat=True)
            )
            self.assertEqual(found, expected, day)
            self.assertTrue(expected or day <= date(2017, 1, 1), day)  # not all empty

    def test_tenures_and_agreements(self):
        def slugs(queryset):
            return sorted(queryset.values_list("slug", flat=True))

        # An open tenure runs on; a closed one known to the month lasts that month.
        self.assertEqual(slugs(EnvoyTenure.objects.overlapping(date(2030, 1, 1), None)), ["open"])
        self.assertEqual(
            slugs(EnvoyTenure.objects.overlapping(date(2017, 3, 31), None)), ["closed", "open"]
        )
        self.assertEqual(slugs(EnvoyTenure.objects.overlapping(date(2017, 4, 1), None)), ["open"])
        self.assertEqual(slugs(Agreement.objects.overlapping(date(2017, 5, 31), None)), ["a"])
        self.assertEqual(slugs(Agreement.objects.overlapping(date(2017, 6, 1), None)), [])

    def test_overlap_combines_with_other_conditions_and_inside_a_subquery(self):
        day = date(2017, 5, 17)
        either = Event.objects.filter(Q(slug="e1") | Event.objects.overlap_q(day, day))
        self.assertIn("e1", either.values_list("slug", flat=True))
        # In a subquery Django relabels its tables (U0): the condition's columns follow.
        inner = Event.objects.overlapping(day, day).values("track_id")
        self.assertEqual(
            set(Track.objects.filter(pk__in=inner).values_list("slug", flat=True)),
            set(
                Event.objects.overlapping(day, day)
                .exclude(track=None)
                .values_list("track__slug", flat=True)
            ),
        )

    def test_key_in_counts_a_missing_key_as_the_given_one(self):
        def slugs(keys):
            return set(
                Event.objects.filter(KeyIn("track_id", keys, missing=0)).values_list(
                    "slug", flat=True
                )
            )

        on_track = set(Event.objects.filter(track=self.track).values_list("slug", flat=True))
        no_track = set(Event.objects.filter(track=None).values_list("slug", flat=True))
        self.assertEqual(slugs([self.track.pk]), on_track)
        self.assertEqual(slugs([self.track.pk, 0]), on_track | no_track)
        self.assertEqual(slugs([0]), no_track)
        # No key: nothing, and no query run (as Django's own IN with no values).
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(slugs([]), set())
        self.assertEqual(len(queries), 0)

    def test_with_disputed_says_whether_a_conflict_names_the_record(self):
        disputed, _ = (
            Round.objects.create(
                slug=f"r{n}",
                title=f"R{n}",
                track=self.track,
                start_date=date(2017, n, 1),
                end_date=date(2017, n, 2),
            )
            for n in (1, 2)
        )
        source = Source.objects.create(url="https://example.org/s", publisher="S")
        other = Source.objects.create(url="https://example.org/t", publisher="T")
        Conflict.objects.create(round=disputed, field="date", value_a="a", source_a=source,
                                value_b="b", source_b=other, choice="a", reason="r")  # fmt: skip
        self.assertEqual(
            dict(Round.objects.with_disputed().values_list("slug", "disputed")),
            {"r1": True, "r2": False},
        )
        self.assertEqual(
            list(Event.objects.with_disputed().filter(disputed=True).values_list("slug")), []
        )
