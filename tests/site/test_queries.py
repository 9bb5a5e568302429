"""The number of queries a page makes does not depend on how many items it shows."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from peaceproc.chronology.models import Event

from .base import SeededTestCase, make_events

PAGES = [
    "/",
    "/?round=astana-4",
    "/?participant=russia&kind=event&kind=round",
    "/?q=session",
    "/?track=astana&track=related&zoom=year&at=2017-01-01",
    "/rounds/astana-4/",
    "/participants/russia/",
]


class QueryCountTests(SeededTestCase):
    def count(self, url: str) -> int:
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return len(queries)

    def test_pages_cost_the_same_queries_with_10_and_with_1000_events(self):
        Event.objects.all().delete()
        make_events(10)
        few = {url: self.count(url) for url in PAGES}
        make_events(990, prefix="more")
        self.assertEqual(Event.objects.count(), 1000)
        for url in PAGES:
            with self.subTest(url), self.assertNumQueries(few[url]):
                self.client.get(url)

    def test_the_counts_themselves(self):
        # Written down so that a change shows up in review: three for the filter form's
        # lists (tracks, rounds, participants), one each for rounds, agreements and
        # tenures, one count of events per track and day, one page of events, one for
        # the events drawn one by one, the sources of the list's page and the agreements
        # its rounds produced; and whether any item has no track (the Other box).
        self.assertEqual(self.count("/"), 12)
        # The round (with whether sources disagree on it), its sources, participations and
        # a page of its events; its disagreements only when it has any (astana-4 has none);
        # and the lists of this worker's copy (read once after a change; here, inside the
        # test's transaction, on every request): tracks (its own, and the API link's),
        # rounds (its track's others, the filter form's), participants (who took part, the
        # filter form's) and the agreements each round produced.
        self.assertEqual(self.count("/rounds/astana-4/"), 8)
        # A search, or a participant, counts its matches on the tracks not shown in the
        # reads of the lanes' rounds, agreements, tenures and events (before, a query of
        # its own); a search also reads the participants' names, folded. Its rounds,
        # agreements and tenures are picked from the worker's copy of them by the keys it
        # selects (one read of the three kinds' keys, where they were three reads of
        # records): here, cold, the copy's three reads come on top (one more query than
        # the three reads of records); a warm worker reads two fewer (test_cold_worker).
        self.assertEqual(self.count("/?participant=russia"), 13)
        self.assertEqual(self.count("/?q=session"), 14)
