"""The tally's compiled condition selects what the ORM's overlap condition selects."""

from datetime import date

from django.db.models import Q

from peaceproc.chronology.models import Event
from peaceproc.site.counts import lasting_into

from .base import SeededTestCase


class LastingIntoTests(SeededTestCase):
    def test_the_same_events_as_the_overlap_condition_for_any_start(self):
        Event.objects.create(
            slug="month-only", title="Month only", start_date=date(2017, 3, 1), precision="month"
        )
        Event.objects.create(
            slug="year-only", title="Year only", start_date=date(2016, 1, 1), precision="year"
        )
        for start in (date(2017, 3, 15), date(2016, 7, 1), date(2017, 1, 1), date(2020, 5, 4)):
            expected = Event.objects.filter(
                ~Q(start_date__gte=start) & Event.objects.overlap_q(start, None)
            )
            with self.subTest(start):
                found = set(Event.objects.filter(lasting_into("default", start)))
                self.assertEqual(found, set(expected))
        # The month-only event lasts into the middle of its month, the year-only one too.
        march = set(Event.objects.filter(lasting_into("default", date(2017, 3, 15))))
        self.assertIn(Event.objects.get(slug="month-only"), march)
        summer = set(Event.objects.filter(lasting_into("default", date(2016, 7, 1))))
        self.assertIn(Event.objects.get(slug="year-only"), summer)
