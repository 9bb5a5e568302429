"""Shared set-up for the site tests: the shipped seed data, and events made to order."""

from datetime import date, timedelta

from django.test import TestCase

from peaceproc.chronology.dates import Precision
from peaceproc.chronology.models import Citation, Event, Participant, Round, Source, Track
from tests.seeds import load_shipped_seeds


class SeededTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_shipped_seeds()


def make_events(count: int, *, prefix: str = "made") -> list[Event]:
    """`count` events spread over every track and 2012–2024, each tenth in the days of
    Astana 4 (tied to it, with Russia taking part and a citation), so that every page
    the tests measure meets some of them, whatever the count."""
    tracks = list(Track.objects.order_by("pk"))
    astana_4 = Round.objects.get(slug="astana-4")
    russia = Participant.objects.get(slug="russia")
    source = Source.objects.create(url="https://example.org/made", publisher="Made up")
    start, span = date(2012, 3, 1), (date(2024, 12, 1) - date(2012, 3, 1)).days
    events = []
    for n in range(count):
        near_round = n % 10 == 0
        day = astana_4.start_date if near_round else start + timedelta(days=n * 7919 % span)
        events.append(
            Event(
                slug=f"{prefix}-{n}",
                title=f"Made-up event {n}",
                kind=Event.Kind.values[n % len(Event.Kind.values)],
                start_date=day,
                precision=Precision.DAY,
                track=tracks[n % len(tracks)] if not near_round else astana_4.track,
                round=astana_4 if near_round else None,
                place="Somewhere",
            )
        )
    events = Event.objects.bulk_create(events)
    for event in events[::10]:
        event.participants.add(russia)
        Citation.objects.create(source=source, event=event, quote=f"Quote {event.slug}.")
    return events
