"""prepared_rows (chronology/prepared.py): the rows Django's own QuerySet gives, for any
keys, with its SQL built once per shape; on the shipped record, SQLite and PostgreSQL."""

import random
from datetime import date, timedelta

from django.db import connection
from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.test import SimpleTestCase, TestCase
from django.test.utils import CaptureQueriesContext

from peaceproc.chronology import prepared
from peaceproc.chronology.models import Event, Participation, Round, Track
from peaceproc.chronology.prepared import converted, padded, padded_length, prepared_rows
from peaceproc.site.matched import participations
from peaceproc.site.timeline import cited_sources
from tests.seeds import load_shipped_seeds


def events_on(*, tracks: list[int]):
    """A read with a constant beside the keys, and dates to convert (SQLite stores text)."""
    return (
        Event.objects.filter(track__in=tracks, precision="day")
        .order_by("start_date", "pk")
        .values_list("pk", "start_date", "end_date", "title")
    )


def events_in(*, tracks: list[int], start: date | None, end: date | None):
    """A read with dates bound: the events overlapping [start, end] (either may be None)."""
    return (
        Event.objects.filter(track__in=tracks)
        .overlapping(start, end)
        .order_by("pk")
        .values_list("pk", "start_date")
    )


class PreparedRowsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_shipped_seeds()

    def setUp(self):
        prepared._prepared.clear()

    def test_the_rows_of_the_queryset_for_random_keys(self):
        rng = random.Random(11)
        ids = {
            kind: list(model.objects.values_list("pk", flat=True))
            for kind, model in (("round", Round), ("event", Event), ("track", Track))
        }
        people = list(Participation.objects.values_list("participant", flat=True).distinct())
        for _ in range(40):
            keys = {
                kind: rng.choices(pks, k=rng.randint(1, 12))  # repeats: the same set
                for kind, pks in ids.items()
                if kind != "track" and rng.random() < 0.8
            } or {"round": [rng.choice(ids["round"])]}
            self.assertCountEqual(
                prepared_rows("test.citations", cited_sources, **keys), list(cited_sources(**keys))
            )
            records = {f"{kind}_id": pks for kind, pks in keys.items()}
            chosen = rng.sample(people, rng.randint(1, 6))
            self.assertCountEqual(
                prepared_rows("test.people", participations, people=chosen, **records),
                list(participations(people=chosen, **records)),
            )
            tracks = rng.choices(ids["track"], k=rng.randint(1, 4))
            self.assertEqual(
                prepared_rows("test.events", events_on, tracks=tracks),
                list(events_on(tracks=tracks)),
            )
        # Not a comparison of empty lists only: the record's citations are found.
        every = {"round": ids["round"]}
        self.assertGreater(len(prepared_rows("test.citations", cited_sources, **every)), 10)
        self.assertGreater(len(prepared_rows("test.events", events_on, tracks=ids["track"])), 0)
        everyone = {"people": people, "round_id": ids["round"]}
        self.assertGreater(len(prepared_rows("test.people", participations, **everyone)), 10)

    def test_the_rows_of_the_queryset_for_random_dates(self):
        rng = random.Random(11)
        tracks = list(Track.objects.values_list("pk", flat=True))
        # Firsts of a month and of a year (the forms Overlaps binds equal the day), others.
        days = [date(2016, 1, 1), date(2016, 12, 31), date(2017, 1, 1), date(2017, 2, 1),
                date(2017, 5, 4), date(2018, 7, 1), date(2020, 3, 15), None]  # fmt: skip
        calls = []

        def build(**keys):
            calls.append((keys["start"] is None, keys["end"] is None))
            return events_in(**keys)

        found = 0
        for _ in range(60):
            start, end = sorted(rng.sample(days[:-1], 2))
            start, end = rng.choice((start, None)), rng.choice((end, None))
            start = start and start + timedelta(rng.choice((0, 0, 1)))
            keys = {"tracks": rng.sample(tracks, rng.randint(1, len(tracks)))}
            rows = prepared_rows("test.dated", build, days={"start": start, "end": end}, **keys)
            self.assertEqual(rows, list(events_in(start=start, end=end, **keys)), (start, end))
            found += bool(rows)
        self.assertGreater(found, 30)
        # Built once for each set of dates given (and length of keys), whatever the dates.
        self.assertEqual(len(calls), len(set(prepared._prepared)))

    def test_converted_values_repeated_across_rows(self):
        # Months repeat across tracks and kinds: each row's converted values are those
        # Django's own read gives (dates, counts), NULLs (events with no end) included.
        def months(*, tracks):
            return (
                Event.objects.filter(track__in=tracks)
                .annotate(month=TruncMonth("start_date"))
                .order_by("month", "track", "kind")
                .values_list("month", "track", "kind", "end_date")
                .annotate(n=Count("pk"))
            )

        tracks = list(Track.objects.values_list("pk", flat=True))
        rows = prepared_rows("test.months", months, tracks=tracks)
        self.assertEqual(rows, list(months(tracks=tracks)))
        self.assertGreater(len(rows), len({row[0] for row in rows}))  # months repeat
        self.assertIsInstance(rows[0][0], date)

    def test_built_once_per_padded_length(self):
        calls = []

        def build(*, tracks):
            calls.append(len(tracks))
            return events_on(tracks=tracks)

        pks = list(range(1, 21))
        for length in (5, 6, 7, 8, 5, 3, 4):
            prepared_rows("test.once", build, tracks=pks[:length])
        self.assertEqual(calls, [8, 4])
        self.assertEqual([padded_length(n) for n in (0, 1, 2, 3, 5, 8, 9)], [0, 1, 2, 4, 8, 8, 16])

    def test_lists_padded_at_least_to_a_length_share_one_shape(self):
        # `at_least`: every length up to it is one shape; past it, powers of two again; no
        # keys stays a shape of its own, which reads nothing.
        calls = []

        def build(*, tracks):
            calls.append(len(tracks))
            return events_on(tracks=tracks)

        tracks = list(Track.objects.values_list("pk", flat=True))
        pks = [*tracks, *range(10**6, 10**6 + 20)]  # keys past the record's find nothing
        for length in (1, 2, 3, 5, 16, 17):
            given = pks[:length]
            rows = prepared_rows("test.at_least", build, at_least={"tracks": 16}, tracks=given)
            self.assertEqual(rows, list(events_on(tracks=given)))
        self.assertEqual(calls, [16, 32])
        self.assertEqual(
            prepared_rows("test.at_least", build, at_least={"tracks": 16}, tracks=[]), []
        )
        self.assertEqual(padded([4, 7], 5), [4, 7, 7, 7, 7])
        self.assertEqual(padded([], 5), [])

    def test_no_keys_no_query(self):
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(prepared_rows("test.none", events_on, tracks=[]), [])
        self.assertEqual(len(queries), 0)

    def test_rows_only(self):
        with self.assertRaises(TypeError):
            prepared_rows(
                "test.instances", lambda *, tracks: Round.objects.filter(pk__in=tracks), tracks=[1]
            )

    def test_texts_bound_as_parameters(self):
        # A text is bound where the SQL has it as a parameter of its own: one shape for any
        # title; none given (None) is a shape of its own.
        def titled(*, tracks, title):
            events = Event.objects.filter(track__in=tracks).order_by("pk")
            return (events.filter(title=title) if title is not None else events).values_list("pk")

        tracks = list(Track.objects.values_list("pk", flat=True))
        for event in Event.objects.order_by("?")[:5]:
            self.assertEqual(
                prepared_rows("test.texts", titled, tracks=tracks, texts={"title": event.title}),
                list(titled(tracks=tracks, title=event.title)),
            )
        self.assertEqual(len(prepared._prepared), 1)
        everything = prepared_rows("test.texts", titled, tracks=tracks, texts={"title": None})
        self.assertEqual(len(everything), Event.objects.filter(track__in=tracks).count())
        # A text the SQL would read otherwise than as it is (here, inside a pattern) is
        # refused, not compiled into a query that reads something else.
        with self.assertRaises(ValueError):
            prepared_rows(
                "test.pattern",
                lambda *, title: Event.objects.filter(title__contains=title).values_list("pk"),
                texts={"title": "Astana"},
            )

    def test_shapes_kept_are_bounded(self):
        old = prepared.SHAPES
        prepared.SHAPES = 3
        try:
            for n in range(1, 40, 3):
                prepared_rows(f"test.bound.{n}", events_on, tracks=[1] * n)
        finally:
            prepared.SHAPES = old
        self.assertEqual(len(prepared._prepared), 3)


class OverlapsSqlTests(TestCase):
    def test_the_sql_depends_only_on_which_dates_are_given(self):
        # A first of a month or of a year writes the same terms as any other day, so that
        # prepared_rows() may bind other dates in the SQL compiled for one.
        def sql(start, end):
            query = Event.objects.overlapping(start, end).query
            return query.get_compiler(using="default").as_sql()

        for end in (None, date(2020, 6, 30)):
            texts = {
                sql(day, end)[0] for day in (date(2017, 1, 1), date(2017, 3, 1), date(2017, 3, 5))
            }
            self.assertEqual(len(texts), 1)
        self.assertNotEqual(sql(date(2017, 3, 5), None)[1], sql(date(2017, 3, 6), None)[1])


class ConvertedTests(SimpleTestCase):
    def test_each_value_of_one_type_converted_once(self):
        calls = []

        def double(value, expression, connection):
            calls.append(value)
            return None if value is None else value * 2

        rows = [("a", 1, None), ("b", 2, 1), ("a", 1, None), ("a", 3, 1)]
        converters = ((0, [double], None), (2, [double], None))
        self.assertEqual(
            converted(rows, converters, connection),
            [("aa", 1, None), ("bb", 2, 2), ("aa", 1, None), ("aa", 3, 2)],
        )
        self.assertCountEqual(calls, ["a", "b", None, 1])
        self.assertEqual(converted([], converters, connection), [])

    def test_values_equal_across_types_converted_apart(self):
        # 1, 1.0 and True are equal keys; a column holding more than one type (SQLite's
        # columns may), or floats, is converted value by value.
        def typed(value, expression, connection):
            return f"{type(value).__name__}:{value}"

        rows = [(1,), (1.0,), (True,), (float("nan"),), (1,)]
        self.assertEqual(
            [row[0] for row in converted(rows, ((0, [typed], None),), connection)],
            ["int:1", "float:1.0", "bool:True", "float:nan", "int:1"],
        )
