"""The timeline picks the rounds, agreements and tenures a filter passes from the worker's
copy of the record (filters.passes) where the filters need no participations or search:
the same items select() reads from the database, for random filter states."""

import random
from datetime import date, timedelta

from django.http import QueryDict

from peaceproc.chronology.dates import Precision
from peaceproc.chronology.models import Agreement, EnvoyTenure, Participant, Round, Track
from peaceproc.site.catalogue import Catalogue, catalogue
from peaceproc.site.filters import (
    ITEM_KINDS,
    NO_TRACK,
    TimelineFilters,
    filtered_querysets,
    lane_keys,
    passes,
    records_pickable,
)
from peaceproc.site.navigation import hidden_tracks
from peaceproc.site.timeline import record_items

from .base import SeededTestCase


def from_database(filters: TimelineFilters) -> set[tuple[str, int]]:
    sets = filtered_querysets(filters, also=hidden_tracks(filters), related=False)
    return {
        (kind, pk)
        for kind, queryset in (
            ("round", sets.rounds),
            ("agreement", sets.agreements),
            ("tenure", sets.tenures),
        )
        for pk in queryset.values_list("pk", flat=True)
    }


def picked(filters: TimelineFilters, lists: Catalogue) -> set[tuple[str, int]]:
    lanes = set(lane_keys(filters, also=hidden_tracks(filters)))
    return {
        (item.kind, item.record.pk)
        for item in record_items(lists.lists)
        if (item.record.track_id or NO_TRACK) in lanes and passes(filters, item)
    }


class RecordPickingTests(SeededTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        # Dates known to the month or year, an ongoing tenure and one ended in a month,
        # an agreement with no track: the edges of `overlapping()`.
        envoy = Participant.objects.create(slug="an-envoy", name="An Envoy", kind="person")
        track = Track.objects.order_by("pk").first()
        EnvoyTenure.objects.create(slug="t-open", title="Open", envoy=envoy, track=track,
                                   start_date=date(2019, 1, 1))  # fmt: skip
        EnvoyTenure.objects.create(slug="t-month", title="Month", envoy=envoy, track=track,
                                   start_date=date(2016, 2, 1), end_date=date(2017, 3, 1),
                                   end_precision=Precision.MONTH)  # fmt: skip
        for n, precision in enumerate((Precision.MONTH, Precision.YEAR, Precision.DAY)):
            Agreement.objects.create(slug=f"a-{n}", title=f"A {n}", kind="statement",
                                     date=date(2017, 5, 1 + 16 * (n == 2)),
                                     precision=precision)  # fmt: skip
        # Tied to a round, though long after it: `round` with `nearby` still shows it.
        Agreement.objects.create(slug="a-late", title="Late", kind="statement",
                                 date=date(2030, 1, 1), round=Round.objects.get(slug="astana-4"),
                                 track=track)  # fmt: skip

    def test_the_same_items_as_the_database_for_random_filters(self):
        rng = random.Random(11)
        rounds = list(Round.objects.values_list("slug", flat=True))
        tracks = list(Track.objects.values_list("slug", flat=True))
        days = [date(2016, 12, 31), date(2017, 1, 1), date(2017, 3, 31), date(2017, 4, 1),
                date(2017, 5, 17), date(2017, 5, 31), date(2017, 6, 1)]  # fmt: skip
        days.append(date(2030, 1, 1))
        kinds = [*ITEM_KINDS, "summit", "meeting"]
        lists = catalogue()
        found_some = 0
        for _ in range(300):
            params = QueryDict(mutable=True)
            if rng.random() < 0.5:
                params["round"] = rng.choice([*rounds, "astana-4"])
                if rng.random() < 0.5:
                    params["nearby"] = "1"
            if rng.random() < 0.4:
                params.setlist("kind", rng.sample(kinds, rng.randint(1, 3)))
            if rng.random() < 0.4:
                params.setlist("track", rng.sample(tracks, rng.randint(1, 3)))
            for name in ("from", "to"):
                if rng.random() < 0.4:
                    params[name] = (rng.choice(days) + timedelta(rng.choice((0, 1)))).isoformat()
            filters = TimelineFilters(params, lists=lists)
            filters.is_valid()
            self.assertTrue(records_pickable(filters))
            expected = from_database(filters)
            found_some += bool(expected)
            self.assertEqual(picked(filters, lists), expected, params.urlencode())
        self.assertGreater(found_some, 150)

    def test_a_participant_or_a_search_reads_the_database(self):
        for query in ("participant=russia", "q=session"):
            filters = TimelineFilters(QueryDict(query))
            filters.is_valid()
            self.assertFalse(records_pickable(filters), query)
