"""`took_part_q` (chronology/took_part.py) selects the records Django's own subqueries over
the participations (and an event's participants) select: on the shipped record, for
random sets of people, on SQLite and PostgreSQL alike."""

import random

from django.db import connection
from django.db.models import Q
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from peaceproc.chronology.models import (
    Agreement,
    EnvoyTenure,
    Event,
    Participant,
    Participation,
    Round,
    Track,
)
from tests.seeds import load_shipped_seeds


def by_lookups(model, people: list[int]):
    """The records `people` took part in, as Django's lookups select them."""
    took_part = Participation.objects.filter(Q(participant__in=people) | Q(on_behalf_of__in=people))
    if model is Round:
        return Round.objects.filter(pk__in=took_part.values("round_id"))
    if model is Agreement:
        return Agreement.objects.filter(pk__in=took_part.values("agreement_id"))
    if model is EnvoyTenure:
        return EnvoyTenure.objects.filter(envoy__in=people)
    listed = Event.participants.through.objects.filter(participant__in=people)
    return Event.objects.filter(
        Q(pk__in=listed.values("event_id")) | Q(pk__in=took_part.values("event_id"))
    )


def keys(queryset) -> set[int]:
    return set(queryset.values_list("pk", flat=True))


class TookPartTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_shipped_seeds()
        # Someone listed among an event's participants only (no participation).
        cls.listed = Participant.objects.create(slug="listed-only", name="Listed", kind="person")
        cls.event = Event.objects.order_by("pk").first()
        cls.event.participants.add(cls.listed)

    def test_the_same_records_as_the_lookups_for_random_people(self):
        people = list(Participant.objects.values_list("pk", flat=True))
        self.assertGreater(Participation.objects.exclude(on_behalf_of=None).count(), 0)
        rng = random.Random(11)
        samples = [[p] for p in people] + [rng.sample(people, k) for k in (2, 3, 5, 8) * 5]
        samples.append([max(people) + 1000])  # nobody's id: nothing
        for model in (Round, Event, Agreement, EnvoyTenure):
            found_any = False
            for sample in samples:
                expected = keys(by_lookups(model, sample))
                found_any |= bool(expected)
                self.assertEqual(
                    keys(model.objects.filter(model.objects.took_part_q(sample))),
                    expected,
                    (model.__name__, sample),
                )
            self.assertTrue(found_any, model.__name__)  # not a comparison of empty sets only
        self.assertIn(
            self.event.pk, keys(Event.objects.filter(Event.objects.took_part_q([self.listed.pk])))
        )

    def test_or_with_other_conditions_and_inside_a_subquery(self):
        person = Participation.objects.exclude(round=None).values_list("participant", flat=True)[0]
        rounds = Round.objects.filter(Round.objects.took_part_q([person]))
        either = Round.objects.filter(Q(slug="astana-1") | Round.objects.took_part_q([person]))
        self.assertEqual(keys(either), keys(rounds) | keys(Round.objects.filter(slug="astana-1")))
        # In a subquery Django relabels the outer tables: the condition's column follows.
        tracks = Track.objects.filter(pk__in=rounds.values("track_id"))
        self.assertEqual(
            set(tracks.values_list("pk", flat=True)), set(rounds.values_list("track_id", flat=True))
        )

    def test_nobody_matches_nothing_without_a_query(self):
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(keys(Round.objects.filter(Round.objects.took_part_q([]))), set())
        self.assertEqual(len(queries), 0)
