"""The queries of a worker's first round and participant page (issue 11, loose end 5): a
worker keeps the catalogue's lists (tracks, rounds, participants, the agreements each
round produced) between requests, so a process's first page reads them once more than
its later ones, once per generation of the record. Under gunicorn the master reads them
before forking (site/warmup.py), and a worker's first page costs what its later ones do.

TransactionTestCase: inside a test's transaction the lists are never kept (a cold read on
every request), which is why test_queries' counts are those of a cold worker."""

from functools import cached_property
from unittest import mock

from django.db import connection
from django.test import TransactionTestCase
from django.test.utils import CaptureQueriesContext

from peaceproc.chronology import catalogue
from peaceproc.chronology.models import Round
from peaceproc.site import warmup
from tests.seeds import load_shipped_seeds

# url: (the first request of a process, every later one). The round page: its round, its
# sources, a page of its events, its people, and the record's generation (read once: the
# export block's filter form takes the page's copy of the lists). Cold, also the four
# lists: tracks, rounds, participants, agreements by round. The participant page: it, its aliases,
# participations (its own and others' for it), tenures, agreements signed, events, the
# tracks its items lie on (its links name them), the generation; cold, three lists
# (tracks, rounds, participants: the export block's filter form).
PAGES = {"/rounds/astana-4/": (9, 5), "/participants/russia/": (11, 8)}


class ColdWorkerTests(TransactionTestCase):
    reset_sequences = True

    def setUp(self):
        load_shipped_seeds()
        catalogue._kept.clear()
        catalogue.pagecache.generation()  # made once, as by any earlier request

    def count(self, url: str) -> int:
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(url).status_code, 200)
        return len(queries)

    def test_a_new_process_reads_the_lists_once(self):
        for url, (cold, warm) in PAGES.items():
            with self.subTest(url):
                catalogue._kept.clear()  # a new process
                self.assertEqual((self.count(url), self.count(url)), (cold, warm))

    def test_a_warmed_worker_starts_warm(self):
        with mock.patch.object(warmup.connections, "close_all"):
            warmup.warm()
        for url, (_cold, warm) in PAGES.items():
            with self.subTest(url):
                self.assertEqual(self.count(url), warm)

    def test_every_list_is_warmed(self):
        lists = {n for n, v in vars(catalogue.Catalogue).items() if isinstance(v, cached_property)}
        self.assertEqual(set(catalogue.Catalogue.LISTS), lists)


class WarmTimelineTests(TransactionTestCase):
    """`/` lists the rounds, agreements and tenures of its lanes from the worker's copy of
    the record (chronology/catalogue.py: `records`), whatever the filters."""

    reset_sequences = True

    def setUp(self):
        load_shipped_seeds()
        catalogue._kept.clear()

    def count(self, url: str) -> int:
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(url).status_code, 200)
        return len(queries)

    def test_a_warm_worker_reads_only_the_events(self):
        # The generation, the events counted per track and day, a page of events, the
        # events drawn one by one, and the list's sources. Dates, a round or kinds pick
        # the rounds, agreements and tenures from the copy too (filters.passes).
        pages = ("/", "/?track=astana&track=geneva", "/?from=2017-01-01", "/?round=astana-4",
                 "/?round=astana-4&nearby=1", "/?kind=round&kind=summit")  # fmt: skip
        for url in pages:
            with self.subTest(url):
                self.count(url)
                self.assertEqual(self.count(url), 5)
        # A participant's part, or a search's, is in the participations and the full-text
        # index, not in the copy: the page reads which rounds, agreements and tenures
        # they select (one read of their keys) and picks them from the copy. A search that
        # names someone also reads what the list's items say they did there.
        searches = {"/?participant=russia": 6, "/?q=session": 6, "/?q=Lavrentiev&track=astana": 7}
        for url, queries in searches.items():
            with self.subTest(url):
                self.count(url)
                self.assertEqual(self.count(url), queries)

    def test_a_round_added_since_the_copy_is_listed(self):
        self.client.get("/?zoom=all")  # the worker's copy, made
        first = Round.objects.order_by("start_date").first()
        Round.objects.create(
            track=first.track, number=None, slug="added", title="AAA added round",
            start_date=first.start_date, end_date=first.end_date,
        )  # fmt: skip
        self.assertContains(self.client.get("/?zoom=all"), "AAA added round")
