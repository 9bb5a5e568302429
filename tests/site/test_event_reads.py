"""The timeline's event reads (site/eventreads.py), compiled once per shape of filters and
run with other keys and dates bound: the same rows as the QuerySets built afresh, for
random filter states and windows (SQLite, PostgreSQL)."""

import random
from datetime import date, timedelta

from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from peaceproc.chronology import prepared
from peaceproc.chronology.dates import Precision
from peaceproc.chronology.models import Event, Participation, Round, Track
from peaceproc.site.catalogue import catalogue
from peaceproc.site.counts import EventTally
from peaceproc.site.eventreads import (
    EVENT_FIELDS,
    ROW_FIELDS,
    light_rows,
    page_events,
    record_keys,
    tally_rows,
)
from peaceproc.site.filters import (
    ITEM_KINDS,
    TimelineFilters,
    filtered_querysets,
    lane_keys,
)
from peaceproc.site.navigation import hidden_tracks

from .base import SeededTestCase, make_events

DAYS = [date(2016, 12, 31), date(2017, 1, 1), date(2017, 1, 23), date(2017, 3, 1),
        date(2017, 5, 17), date(2017, 6, 1), date(2019, 1, 1)]  # fmt: skip


# Searches: words, a place in other scripts, people (whose part is read too), several
# words, people with other words or other people (each run read on its own), no term at
# all, nothing found.
SEARCHES = ("talks", "made", "astana", "Женева", "جنيف", "Lavrentiev", "Лаврентьев",
            "de Mistura", "Russia", "session 3", "!!!", "zzzz", "Lavrentiev Astana",
            "made de Mistura", "Лаврентьев Russia", "Russia Turkey made")  # fmt: skip


def random_filters(
    rng: random.Random, lists, names: dict[str, list[str]], *, search: bool = False
) -> TimelineFilters:
    params = QueryDict(mutable=True)
    if search:
        params["q"] = rng.choice(SEARCHES)
    if rng.random() < 0.5:
        params["round"] = rng.choice([*names["round"], "astana-4"])
        if rng.random() < 0.5:
            params["nearby"] = "1"
    if rng.random() < 0.2:
        params["participant"] = rng.choice(names["participant"])
    if rng.random() < 0.1 and not search:
        params["q"] = rng.choice(("talks", "made", "astana"))
    if rng.random() < 0.3:
        params.setlist("kind", rng.sample([*ITEM_KINDS, "summit", "meeting"], rng.randint(1, 3)))
    if rng.random() < 0.3:
        params.setlist("track", rng.sample(names["track"], rng.randint(1, 3)))
    for name in ("from", "to"):
        if rng.random() < 0.3:
            params[name] = (rng.choice(DAYS) + timedelta(rng.choice((0, 1)))).isoformat()
    if rng.random() < 0.6:
        params["zoom"] = rng.choice(("4y", "year", "quarter", "month"))
        params["at"] = (rng.choice(DAYS) + timedelta(rng.randint(-40, 40))).isoformat()
    filters = TimelineFilters(params, lists=lists)
    filters.is_valid()
    return filters


class EventReadsTests(SeededTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        make_events(400)
        # Dates known to the month or the year, with and without an end: the terms of
        # Overlaps that bind a date's month or year.
        track = Track.objects.order_by("pk").first()
        for n, (day, end, precision) in enumerate(
            (
                (date(2017, 1, 1), None, Precision.YEAR),
                (date(2017, 5, 1), None, Precision.MONTH),
                (date(2016, 12, 1), date(2017, 1, 1), Precision.MONTH),
                (date(2016, 1, 1), date(2017, 1, 1), Precision.YEAR),
            )
        ):
            Event.objects.create(slug=f"fuzzy-{n}", title=f"Fuzzy {n}", kind="meeting",
                                 start_date=day, end_date=end, precision=precision,
                                 track=track if n % 2 else None)  # fmt: skip

    def setUp(self):
        prepared._prepared.clear()

    def names(self) -> dict[str, list[str]]:
        return {
            "round": list(Round.objects.values_list("slug", flat=True)),
            "track": list(Track.objects.values_list("slug", flat=True)),
            "participant": list(
                Participation.objects.values_list("participant__slug", flat=True).distinct()
            ),
        }

    def assert_the_rows_of_the_querysets(self, rng, filters) -> tuple[bool, bool, bool, bool]:
        """Each read against its QuerySet built afresh; whether each found something."""
        state = filters.query()
        window = filters.window(date(2025, 6, 1))
        hidden = hidden_tracks(filters)
        wide_sets = filtered_querysets(filters, also=hidden, related=False)
        wide = wide_sets.events
        events = filtered_querysets(filters, related=False).events
        per_month = EventTally.per_month(window)

        expected = list(EventTally.rows(wide, window.start, per_month=per_month))
        rows = tally_rows(filters, lane_keys(filters, also=hidden), window)
        self.assertCountEqual(rows, expected, state)
        counted = bool(rows)

        count = rng.choice((1, 50, 100))
        in_window = events.overlapping(window.start, window.end)
        expected = in_window.order_by("start_date", "title")[:count]
        read = page_events(filters, lane_keys(filters), window, count)
        self.assertEqual(
            [[getattr(e, name) for name in EVENT_FIELDS] for e in read],
            [[getattr(e, name) for name in EVENT_FIELDS] for e in expected],
            state,
        )

        # The light lanes' rows: the window's events on those lanes, by their meaning.
        tracks = {e.track_id for e in in_window}
        light = rng.sample(sorted(tracks, key=str), rng.randint(0, len(tracks)))
        expected = [r for r in in_window.values_list(*ROW_FIELDS) if r[-1] in light]
        rows = light_rows(filters, lane_keys(filters), window, light)
        self.assertCountEqual(rows, expected, state)

        # The rounds, agreements and tenures, by their keys.
        keys = record_keys(filters, lane_keys(filters, also=hidden))
        expected = {
            (kind, pk)
            for kind, records in (
                ("round", wide_sets.rounds),
                ("agreement", wide_sets.agreements),
                ("tenure", wide_sets.tenures),
            )
            for pk in records.values_list("pk", flat=True)
        }
        self.assertEqual(keys, expected, state)
        return counted, bool(read), bool(rows), bool(keys)

    def test_the_rows_of_the_querysets_for_random_filters(self):
        rng = random.Random(11)
        names = self.names()
        lists = catalogue()
        found = [0, 0, 0, 0]
        for _ in range(200):
            filters = random_filters(rng, lists, names)
            found = [
                n + read
                for n, read in zip(
                    found, self.assert_the_rows_of_the_querysets(rng, filters), strict=True
                )
            ]
        # Not comparisons of empty lists only: each of the four reads is compared non-empty
        # in at least a fifth of the draws (the light lanes' sample is often empty by
        # design, so its share moves with the seeds' records).
        self.assertGreater(min(found), 40)

    def test_the_rows_of_the_querysets_for_random_searches(self):
        # A search's match expression is bound into SQL compiled for another search.
        rng = random.Random(12)
        names = self.names()
        lists = catalogue()
        found = [0, 0, 0, 0]
        for _ in range(150):
            filters = random_filters(rng, lists, names, search=True)
            found = [
                n + read
                for n, read in zip(
                    found, self.assert_the_rows_of_the_querysets(rng, filters), strict=True
                )
            ]
        self.assertGreater(min(found), 10)

    def test_one_shape_for_searches_of_other_words(self):
        lists = catalogue()

        def reads(query):
            filters = TimelineFilters(QueryDict(query), lists=lists)
            filters.is_valid()
            window = filters.window(date(2025, 6, 1))
            return record_keys(filters, lane_keys(filters)), tally_rows(
                filters, lane_keys(filters), window
            )

        found = reads("q=astana")
        shapes = list(prepared._prepared)
        with CaptureQueriesContext(connection) as queries:
            other = reads("q=geneva")
        self.assertEqual(list(prepared._prepared), shapes)
        self.assertEqual(len(queries), 2)
        self.assertNotEqual(other, found)
        self.assertTrue(all(found) and all(other))

    def test_each_shape_is_built_once(self):
        lists = catalogue()

        def tally(query):
            filters = TimelineFilters(QueryDict(query), lists=lists)
            filters.is_valid()
            window = filters.window(date(2025, 6, 1))
            return tally_rows(filters, lane_keys(filters), window)

        tally("round=astana-4")
        shapes = list(prepared._prepared)
        # Another round of the same track, another window of the same zoom: the same SQL,
        # other keys and dates, and other counts.
        with CaptureQueriesContext(connection) as queries:
            rows = tally("round=astana-5")
        self.assertEqual(list(prepared._prepared), shapes)
        self.assertEqual(len(queries), 1)
        self.assertNotEqual(rows, tally("round=astana-4"))
