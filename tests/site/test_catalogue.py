"""A worker's copy of the tracks, rounds and participants (chronology/catalogue.py, and
the site's options built on it, site/catalogue.py): kept between
requests, read again after every committed change to the record, never used inside a
transaction that may hold changes of its own.

TransactionTestCase: the edits here commit (as the admin's and ingestion's do), so the
page cache's generation moves as it does in production. Its sequences are reset with each
flush, so that every test after the first starts from the same rows (the content types
and permissions made again after the flush) and gets the seeds written back
(tests/seeds.py) instead of a real load each."""

from unittest import mock

from django.db import connection, transaction
from django.http import QueryDict
from django.test import TransactionTestCase
from django.test.utils import CaptureQueriesContext

from peaceproc.chronology import catalogue, services
from peaceproc.chronology.models import Agreement, Participant, Participation, Round, Track
from peaceproc.pagecache import CACHE_ERRORS
from peaceproc.site.filters import TimelineFilters
from tests.seeds import load_shipped_seeds

HTMX = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "timeline"}
LISTS = ('FROM "chronology_track"', 'FROM "chronology_participant"')


class CatalogueTests(TransactionTestCase):
    reset_sequences = True

    def setUp(self):
        load_shipped_seeds()
        catalogue._kept.clear()
        catalogue.pagecache.generation()  # made once, as by any earlier request

    def render(self, url: str = "/?round=astana-4") -> tuple[str, list[str]]:
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url, **HTMX)
        self.assertEqual(response.status_code, 200)
        return response.content.decode(), [q["sql"] for q in queries]

    def test_the_lists_are_read_once_per_generation(self):
        first_page, first = self.render()
        second_page, second = self.render()
        self.assertEqual(second_page, first_page)
        self.assertTrue(any(table in sql for sql in first for table in LISTS))
        self.assertFalse(any(table in sql for sql in second for table in LISTS))
        # Without the lists' reads: tracks, rounds, participants, the agreements each round
        # produced (which the list names beside its rounds), and every round, agreement and
        # tenure (three reads: the round filter picks its items from them, filters.passes),
        # and whether any item has no track (the form's Other box).
        self.assertEqual(len(second), len(first) - 8)

    def test_a_committed_edit_is_seen_by_the_next_request(self):
        self.render()
        astana_4 = Round.objects.get(slug="astana-4")
        services.sync_fields(astana_4, {"title": "Astana IV <renamed>"})
        page, _ = self.render()
        self.assertIn('<option value="astana-4" selected>Astana IV &lt;renamed&gt;</option>', page)
        Participant.objects.create(slug="new-envoy", name="New Envoy", kind="person")
        page, _ = self.render()
        self.assertIn('<option value="new-envoy">New Envoy</option>', page)
        # The agreements a round produced, which its page names as its outcome.
        memorandum = Agreement.objects.get(round=astana_4)
        self.client.get("/rounds/astana-4/")
        services.sync_fields(memorandum, {"title": "Memorandum <renamed>"})
        page = self.client.get("/rounds/astana-4/").content.decode()
        self.assertIn("<bdi>Memorandum &lt;renamed&gt;</bdi></a> (memorandum", page)

    def test_the_forms_choices_follow_the_generation(self):
        # The filter form's fields are shared by the forms of one copy of the lists
        # (filters.SharedFields): a new copy brings fields with its own choices.
        before = TimelineFilters(QueryDict("participant=new-envoy"))
        self.assertFalse(before.is_valid())
        Participant.objects.create(slug="new-envoy", name="New Envoy", kind="person")
        after = TimelineFilters(QueryDict("participant=new-envoy"))
        self.assertTrue(after.is_valid(), after.errors)
        self.assertNotIn("new-envoy", dict(before.fields["participant"].choices))
        self.assertEqual(list(TimelineFilters.base_fields["participant"].choices), [])

    def test_a_round_page_names_whom_its_kept_lists_do_not_hold_yet(self):
        # A round page takes who took part from the kept lists; a participation committed
        # after the page read the generation (its copy of the lists being older) names a
        # participant that copy lacks: read as Django reads any relation, not dropped.
        self.client.get("/rounds/astana-4/")
        (kept,) = catalogue._kept
        late = Participant.objects.create(slug="late-envoy", name="Late <Envoy>", kind="person")
        astana_4 = Round.objects.get(slug="astana-4")
        Participation.objects.create(round=astana_4, participant=late, role="observer")
        with mock.patch.object(catalogue.pagecache, "generation", return_value=kept):
            page = self.client.get("/rounds/astana-4/").content.decode()
        self.assertNotIn(late, catalogue._kept[kept].participants)
        self.assertIn('<a href="/participants/late-envoy/"><bdi>Late &lt;Envoy&gt;</bdi></a>', page)

    def test_a_round_pages_api_link_follows_the_tracks_shown(self):
        # The link names the tracks the timeline shows for ?round= (kept with the lists).
        def api_link() -> str:
            page = self.client.get("/rounds/astana-4/").content.decode()
            return page.split('href="/api/timeline?')[1].split('"')[0]

        first = api_link()
        self.assertIn("round=astana-4&amp;track=astana&amp;track=geneva&amp;", first)
        self.assertEqual(api_link(), first)
        geneva = Track.objects.get(slug="geneva")
        services.sync_fields(geneva, {"shown_by_default": False})
        self.assertEqual(api_link(), first.replace("&amp;track=geneva", ""))

    def test_a_search_matches_the_names_of_the_generation(self):
        def found(q: str) -> list[int]:
            return TimelineFilters(QueryDict(f"q={q}")).people_matching

        lavrentiev = Participant.objects.get(slug="alexander-lavrentiev")
        self.assertEqual(found("Lavrentiev"), [lavrentiev.pk])
        newcomer = Participant.objects.create(
            slug="anna-lavrentieva", name="Anna Lavrentieva", kind="person"
        )
        self.assertEqual(found("Lavrentiev"), sorted([lavrentiev.pk, newcomer.pk]))
        self.assertEqual(found("lavrentieva"), [newcomer.pk])

    def test_inside_a_transaction_the_lists_are_read_afresh(self):
        self.render()
        with transaction.atomic():
            Round.objects.filter(slug="astana-4").update(title="Not committed")
            page, queries = self.render()
            self.assertIn("Not committed", page)
            self.assertTrue(any('FROM "chronology_track"' in sql for sql in queries))
            transaction.set_rollback(True)
        self.assertNotIn("Not committed", self.render()[0])

    def test_without_the_shared_cache_the_lists_are_read_each_time(self):
        self.render()
        down = mock.patch.object(
            catalogue.pagecache, "generation", side_effect=CACHE_ERRORS[0]("cache down")
        )
        with down, self.assertLogs("peaceproc.chronology.catalogue", "ERROR"):
            page, queries = self.render()
        self.assertIn('<option value="astana-4" selected>', page)
        self.assertTrue(any('FROM "chronology_track"' in sql for sql in queries))

    def test_the_api_matches_the_names_of_the_generation(self):
        def named(q: str) -> tuple[list[str], list[str]]:
            with CaptureQueriesContext(connection) as queries:
                response = self.client.get("/api/participants", {"q": q})
            self.assertEqual(response.status_code, 200)
            slugs = [p["slug"] for p in response.json()["results"]]
            return slugs, [q["sql"] for q in queries]

        slugs, first = named("avrentiev")
        self.assertEqual(slugs, ["alexander-lavrentiev"])
        slugs, second = named("Лаврентьев")
        self.assertEqual(slugs, ["alexander-lavrentiev"])

        # The names and aliases are read once for the generation, not once per request.
        def names(sql: str) -> bool:  # search.people.folded_names
            return "UNION ALL" in sql and 'FROM "chronology_participantalias"' in sql

        self.assertTrue(any(names(sql) for sql in first))
        self.assertFalse(any(names(sql) for sql in second))
        Participant.objects.create(slug="anna-lavrentieva", name="Anna Lavrentieva", kind="person")
        self.assertEqual(named("avrentiev")[0], ["alexander-lavrentiev", "anna-lavrentieva"])

    def test_the_site_and_the_api_share_one_copy_per_generation(self):
        def names(sql: str) -> bool:  # search.people.folded_names
            return "UNION ALL" in sql and 'FROM "chronology_participantalias"' in sql

        _, site = self.render("/?q=Lavrentiev")
        with CaptureQueriesContext(connection) as api:
            response = self.client.get("/api/participants", {"q": "Lavrentiev"})
        self.assertEqual(response.status_code, 200)
        self.assertTrue(any(names(sql) for sql in site))
        self.assertFalse(any(names(q["sql"]) for q in api))
        # …and the other way round, after the record changes.
        Participant.objects.create(slug="new-envoy", name="New Envoy", kind="person")
        with CaptureQueriesContext(connection) as api:
            self.client.get("/api/participants", {"q": "Envoy"})
        _, site = self.render("/?q=Envoy")
        self.assertTrue(any(names(q["sql"]) for q in api))
        self.assertFalse(any(names(sql) for sql in site))
