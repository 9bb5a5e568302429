"""Hypothesis-generated requests across every public URL and the API: random paths, slugs,
ids and query strings (the timeline's filters with random values, random parameter names),
with and without htmx's header. Every answer is 200, a redirect, 400 or 404; never 5xx,
never an exception. 3,000 public and 2,200 API requests and 800 of extreme dates, each test
asserting that its requests were all made. One class a test, so that the parallel runner
gives them to different processes."""

from datetime import date
from urllib.parse import quote, urlencode

from django.http import QueryDict
from django.test import TestCase, tag
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peaceproc.chronology.dates import DATE_RANGE_TEXT, FIRST_DATE, LAST_DATE
from peaceproc.chronology.models import Agreement, EnvoyTenure, Event, Participant, Round, Source
from peaceproc.site.filters import TimelineFilters
from tests.seeds import load_shipped_seeds

OK_STATUSES = {200, 301, 302, 303, 304, 307, 308, 400, 404}
PUBLIC_EXAMPLES = 3000
API_EXAMPLES = 2200

FILTERS = ["round", "track", "participant", "from", "to", "q", "kind", "zoom", "at", "page"]
API_PARAMS = [*FILTERS, "limit", "offset", "format", "search"]
EDGE_VALUES = [
    "",
    " ",
    "0",
    "-1",
    "99999999999999999999999",
    "2017-05-03",
    "2017-02-30",
    "0000-00-00",
    "9999-12-31",
    "1900-01-01",
    "0001-01-01",
    "0000-01-01",
    "10000-01-01",
    "-0001-01-01",
    "2017-13-01",
    "2017-01-00",
    "astana-4",
    "astana",
    "geneva",
    "round",
    "event",
    "summit",
    "year",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "%00",
    "\x00",
    "../../etc/passwd",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "جنيف",
    "a" * 2000,
]


# Extreme and malformed dates (issue 13): years 0, 1, 9999, 10000 and negative, month 13,
# day 0, and everything between, in the date parameters of every page and endpoint.
MALFORMED_DATES = st.tuples(
    st.one_of(st.sampled_from([0, 1, 9999, 10000, -1]), st.integers(-20000, 20000)),
    st.one_of(st.sampled_from([0, 1, 12, 13]), st.integers(-1, 99)),
    st.one_of(st.sampled_from([0, 1, 28, 29, 30, 31, 32]), st.integers(-1, 99)),
).map(lambda ymd: f"{ymd[0]:04d}-{ymd[1]:02d}-{ymd[2]:02d}")
EXTREME_LIST = ["0001-01-01", "9999-12-31", "0001-12-31", "9999-01-01", "1899-12-31",
                "2101-01-01", "0000-01-01", "10000-01-01", "-0001-01-01", "2017-13-01",
                "2017-01-00"]  # fmt: skip
# The extremes that are no calendar day in any year (the others are refused as out of range).
BADLY_WRITTEN = {"2017-13-01", "2017-01-00"}
ZOOM_LEVELS = ["all", "4y", "year", "quarter", "month"]
EXTREME_VALUES = st.sampled_from(EXTREME_LIST)
EXTREME_DATES = st.one_of(EXTREME_VALUES, EXTREME_VALUES, st.dates().map(str), MALFORMED_DATES)
DATE_EXAMPLES = 800
PAGES = ["/", "/agreements/", "/tracks.css"]
ENDPOINTS = ["/api/timeline", "/api/rounds", "/api/events", "/api/agreements", "/api/tenures",
             "/api/participants", "/api/sources", "/api/export.csv", "/api/export.json",
             "/api/export.ics"]  # fmt: skip


def settings_for(examples: int):
    return settings(
        max_examples=examples,
        deadline=None,
        database=None,  # nothing written to .hypothesis/ in the work tree
        derandomize=True,  # the same requests on every run, so a failure reproduces
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )


text = st.text(max_size=30)
slug_like = st.from_regex(r"[-a-zA-Z0-9_]{1,80}", fullmatch=True)


class FuzzTestCase(TestCase):
    """The seeded record and the request helpers the fuzz tests share (no tests of its own)."""

    @classmethod
    def setUpTestData(cls):
        # The rows `loadseeds` writes, written back when this process has loaded them
        # before (tests.seeds): the fuzzing reads the record, it does not test the loader.
        load_shipped_seeds()
        cls.slugs = {
            "round": list(Round.objects.values_list("slug", flat=True)),
            "agreement": list(Agreement.objects.values_list("slug", flat=True)),
            "participant": list(Participant.objects.values_list("slug", flat=True)),
            "tenure": list(EnvoyTenure.objects.values_list("slug", flat=True)),
            "event": list(Event.objects.values_list("slug", flat=True)),
        }
        cls.event_ids = list(Event.objects.values_list("pk", flat=True))
        cls.source_ids = list(Source.objects.values_list("pk", flat=True))

    def slug(self, kind):
        return st.one_of(st.sampled_from(self.slugs[kind]), slug_like, text.map(quote))

    def value(self):
        real = [s for slugs in self.slugs.values() for s in slugs[:10]]
        return st.one_of(
            text,
            st.sampled_from(EDGE_VALUES + real),
            st.integers(-(10**20), 10**20).map(str),
            st.dates().map(str),
        )

    def query(self, names):
        pair = st.tuples(st.one_of(st.sampled_from(names), text), self.value())
        return st.lists(pair, max_size=6).map(urlencode)

    def request(self, data, path: str, query: str):
        url = f"{path}?{query}" if query else path
        method = data.draw(st.sampled_from(["get", "get", "get", "head"]))
        headers = {"hx-request": "true"} if data.draw(st.booleans()) else {}
        response = getattr(self.client, method)(url, headers=headers)
        self.assertIn(response.status_code, OK_STATUSES, f"{method.upper()} {url} {headers}")
        self.requests += 1
        return response

    def fuzz(self, paths, params, examples: int) -> None:
        """`examples` random requests, each to one of `paths` with a query of `params`;
        every answer must be one of OK_STATUSES."""
        self.requests = 0

        @settings_for(examples)
        @given(data=st.data(), path=paths, query=self.query(params))
        def check(data, path, query):
            self.request(data, path, query)

        check()
        self.assertGreaterEqual(self.requests, examples)


@tag("slow")
class PublicFuzzTests(FuzzTestCase):
    def test_public_urls(self):
        ids = st.one_of(st.sampled_from(self.event_ids), st.integers(0, 10**30))
        path = st.one_of(
            st.just("/"),
            st.just("/agreements/"),
            st.just("/tracks.css"),
            self.slug("round").map(lambda s: f"/rounds/{s}/"),
            ids.map(lambda i: f"/events/{i}/"),
            self.slug("agreement").map(lambda s: f"/agreements/{s}/"),
            self.slug("participant").map(lambda s: f"/participants/{s}/"),
            self.slug("tenure").map(lambda s: f"/tenures/{s}/"),
            text.map(lambda s: "/" + quote(s)),
        )
        self.fuzz(path, FILTERS, PUBLIC_EXAMPLES)


@tag("slow")
class ApiFuzzTests(FuzzTestCase):
    def test_api_urls(self):
        ids = st.one_of(st.sampled_from(self.source_ids), st.integers(0, 10**30))
        collections = ["rounds", "events", "agreements", "tenures", "participants"]
        path = st.one_of(
            st.sampled_from(
                [
                    "/api/",
                    "/api/timeline",
                    "/api/openapi.json",
                    "/api/export.csv",
                    "/api/export.json",
                    "/api/export.ics",
                    "/api/sources",
                    *(f"/api/{c}" for c in collections),
                ]
            ),
            st.tuples(
                st.sampled_from(collections),
                st.one_of(slug_like, text.map(quote)),
            ).map(lambda p: f"/api/{p[0]}/{p[1]}"),
            st.sampled_from(self.slugs["round"]).map(lambda s: f"/api/rounds/{s}"),
            st.sampled_from(self.slugs["event"]).map(lambda s: f"/api/events/{s}"),
            ids.map(lambda i: f"/api/sources/{i}"),
            text.map(lambda s: "/api/" + quote(s)),
        )
        self.fuzz(path, API_PARAMS, API_EXAMPLES)


def extreme_queries(value: str) -> list[dict]:
    """The query shapes an extreme date is tried in: each date parameter alone, both ends,
    and `at` at every zoom level."""
    return [{"from": value}, {"to": value}, {"from": value, "to": value},
            *({"zoom": zoom, "at": value} for zoom in ZOOM_LEVELS)]  # fmt: skip


class ExtremeDateRuleTests(TestCase):
    """The rule the pages and endpoints share, for every extreme in every query shape: the
    timeline's filters refuse the date (naming the parameter, and the supported range when
    the date is well formed) and the visible window, its pans and its zooms stay inside
    the supported range. The requests (ExtremeDateFuzzTests) check each path's wiring."""

    def test_every_extreme_is_refused_and_every_window_stays_in_range(self):
        today = date(2026, 6, 1)
        for value in EXTREME_LIST:
            for query in extreme_queries(value):
                with self.subTest(query):
                    filters = TimelineFilters(QueryDict(urlencode(query)))
                    self.assertFalse(filters.is_valid())
                    for name in query.keys() - {"zoom"}:
                        self.assertIn(name, filters.errors)
                        self.assertIsNone(filters.value(name))
                    if value not in BADLY_WRITTEN:
                        self.assertIn(DATE_RANGE_TEXT, str(filters.errors))
                    window = filters.window(today)
                    for shown in (window, window.zoomed(1), window.zoomed(-1),
                                  window.panned(1), window.panned(-1)):  # fmt: skip
                        self.assertLessEqual(FIRST_DATE, shown.start)
                        self.assertLessEqual(shown.start, shown.end)
                        self.assertLessEqual(shown.end, LAST_DATE)


@tag("slow")
class ExtremeDateFuzzTests(FuzzTestCase):
    def test_extreme_dates_on_every_page_and_endpoint(self):
        paths = [*PAGES, *ENDPOINTS, f"/rounds/{self.slugs['round'][0]}/"]
        # Every extreme on every path and every query shape on every path, the pairs of
        # extreme and shape moved along from one path to the next so that each pair is
        # sent too (ExtremeDateRuleTests checks the filters' rule on every pair) ...
        shapes = len(ZOOM_LEVELS) + 3
        for number, path in enumerate(paths):
            for index, value in enumerate(EXTREME_LIST):
                query = extreme_queries(value)[(index + number) % shapes]
                response = self.client.get(path, query)
                self.assertLess(response.status_code, 500, f"{path} {query}")
        # ... then hypothesis mixes them with each other, with rounds and with other dates.
        self.requests = 0
        zoom = st.sampled_from(["", *ZOOM_LEVELS])
        params = st.fixed_dictionaries(
            {}, optional={"from": EXTREME_DATES, "to": EXTREME_DATES, "at": EXTREME_DATES,
                          "zoom": zoom, "round": st.sampled_from(self.slugs["round"])}
        )  # fmt: skip
        for path in paths:

            @settings_for(DATE_EXAMPLES // len(paths) + 1)
            @given(data=st.data(), params=params)
            def check(data, params):
                self.request(data, path, urlencode(params))  # noqa: B023 (run at once)

            check()
        self.assertGreaterEqual(self.requests, DATE_EXAMPLES)
