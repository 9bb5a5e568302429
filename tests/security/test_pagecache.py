"""The public page cache: shared, and never stale after an edit or an ingestion."""

from unittest import mock

from django.conf import settings
from django.core.cache import cache
from django.test import TestCase, override_settings
from django.urls import reverse

from peaceproc import pagecache
from peaceproc.chronology import services
from peaceproc.chronology.models import Participant

from .adminforms import form_data
from .people import PeopleAndRecordTestCase


@override_settings(PAGE_CACHE=True)
class PageCacheTests(PeopleAndRecordTestCase):
    def setUp(self):
        cache.clear()

    def get(self, url, **headers):
        return self.client.get(url, headers=headers)

    def test_second_anonymous_request_is_served_from_the_cache(self):
        url = self.record["round"].get_absolute_url()
        first = self.get(url)
        self.assertEqual(first["X-Page-Cache"], "miss")
        # The generation and the page in one cache read: one query of the database's cache
        # table, none with Redis (.ci/run runs this module with REDIS_URL too).
        in_database = "redis" not in settings.CACHES["default"]["BACKEND"].lower()
        with self.assertNumQueries(1 if in_database else 0):
            second = self.get(url)
        self.assertEqual(second["X-Page-Cache"], "hit")
        self.assertEqual(second.content, first.content)
        self.assertEqual(second["Content-Security-Policy"], first["Content-Security-Policy"])

    def test_an_edit_is_seen_at_once(self):
        url = self.record["round"].get_absolute_url()
        self.get(url)
        with self.captureOnCommitCallbacks(execute=True):
            services.sync_fields(self.record["round"], {"title": "Astana IV (renamed)"})
        response = self.get(url)
        self.assertEqual(response["X-Page-Cache"], "miss")
        self.assertContains(response, "Astana IV (renamed)")

    def test_an_admin_edit_is_seen_at_once_by_visitors(self):
        event = self.record["event"]
        self.assertContains(self.get(event.get_absolute_url()), "Memorandum signed")
        self.client.force_login(self.alice)
        url = reverse("admin:chronology_event_change", args=[event.pk])
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(url, form_data(self.client.get(url), title="Signed"))
        self.assertEqual(response.status_code, 302)
        self.client.logout()
        response = self.get(event.get_absolute_url())
        self.assertContains(response, "<bdi>Signed</bdi>")
        self.assertNotContains(response, "Memorandum signed")

    def test_many_to_many_change_invalidates(self):
        url = self.record["event"].get_absolute_url()
        self.get(url)
        other = Participant.objects.create(slug="iran", name="Iran", kind="state")
        with self.captureOnCommitCallbacks(execute=True):
            self.record["event"].participants.add(other)
        self.assertContains(self.get(url), "Iran")

    def test_rolled_back_change_keeps_the_cache(self):
        url = self.record["round"].get_absolute_url()
        self.get(url)
        generation = cache.get(pagecache.GENERATION_KEY)
        with self.captureOnCommitCallbacks(execute=True) as callbacks:
            try:
                from django.db import transaction

                with transaction.atomic():
                    services.sync_fields(self.record["round"], {"title": "Never committed"})
                    raise RuntimeError("rollback")
            except RuntimeError:
                pass
        self.assertEqual(callbacks, [])
        self.assertEqual(cache.get(pagecache.GENERATION_KEY), generation)

    def test_a_transaction_of_many_writes_replaces_the_generation_once(self):
        with self.captureOnCommitCallbacks() as callbacks:
            for n in range(5):
                Participant.objects.create(slug=f"state-{n}", name=f"State {n}", kind="state")
        self.assertEqual([type(callback) for callback in callbacks], [pagecache.Invalidation])

    def test_writes_in_many_savepoints_replace_the_generation_once(self):
        from django.db import transaction

        with mock.patch.object(pagecache, "invalidate", wraps=pagecache.invalidate) as calls:
            with self.captureOnCommitCallbacks(execute=True) as callbacks:
                for n in range(5):
                    with transaction.atomic():  # what services.cite does for each citation
                        Participant.objects.create(slug=f"state-{n}", name=f"S {n}", kind="state")
            self.assertGreater(len(callbacks), 1)
            self.assertEqual(calls.call_count, 1)
            # A write after those callbacks ran (the next transaction) invalidates again.
            with self.captureOnCommitCallbacks(execute=True):
                Participant.objects.create(slug="one-more", name="One more", kind="state")
            self.assertEqual(calls.call_count, 2)

    def test_a_write_after_a_rolled_back_savepoint_still_invalidates(self):
        from django.db import transaction

        url = self.record["round"].get_absolute_url()
        self.get(url)
        with self.captureOnCommitCallbacks(execute=True) as callbacks:
            try:
                with transaction.atomic():
                    Participant.objects.create(slug="iran", name="Iran", kind="state")
                    raise RuntimeError("rollback")
            except RuntimeError:
                pass
            services.sync_fields(self.record["round"], {"title": "Renamed round"})
        self.assertEqual([type(callback) for callback in callbacks], [pagecache.Invalidation])
        self.assertContains(self.get(url), "Renamed round")

    def test_htmx_requests_are_cached_apart(self):
        url = "/?round=astana-4"
        full = self.get(url)
        partial = self.get(url, hx_request="true", hx_target="timeline")
        self.assertEqual(partial["X-Page-Cache"], "miss")
        self.assertEqual(self.get(url)["X-Page-Cache"], "hit")
        self.assertEqual(
            self.get(url, hx_request="true", hx_target="timeline").content, partial.content
        )
        self.assertEqual(self.get(url).content, full.content)

    def test_signed_in_users_and_the_admin_are_never_cached(self):
        url = self.record["round"].get_absolute_url()
        self.client.force_login(self.alice)
        self.assertFalse(self.get(url).has_header("X-Page-Cache"))
        self.assertFalse(self.get("/admin/").has_header("X-Page-Cache"))

    def test_errors_and_writes_are_not_cached(self):
        self.assertFalse(self.get("/rounds/no-such-round/").has_header("X-Page-Cache"))
        self.assertFalse(self.client.post("/").has_header("X-Page-Cache"))

    def test_invalidate_reaches_every_worker(self):
        # Workers share nothing but the cache: a generation replaced by one (here, a
        # direct call, as a bulk import would make) is the one all the others read.
        url = self.record["round"].get_absolute_url()
        self.get(url)
        pagecache.invalidate()
        self.assertEqual(self.get(url)["X-Page-Cache"], "miss")

    def test_cache_failure_still_answers(self):
        from unittest import mock

        from django.db import DatabaseError

        with (
            mock.patch.object(pagecache.cache, "get", side_effect=DatabaseError("gone")),
            self.assertLogs("peaceproc.pagecache", "ERROR"),
        ):
            response = self.get(self.record["round"].get_absolute_url())
        self.assertEqual(response.status_code, 200)


class PageCacheOffInTestsTests(TestCase):
    def test_off_unless_asked(self):
        self.assertFalse(self.client.get("/").has_header("X-Page-Cache"))


@override_settings(PAGE_CACHE=True, PAGE_CACHE_LOCAL_BYTES=1000)
class WorkersShareTheGenerationTests(TestCase):
    """Two middleware instances stand for two workers (or machines): each keeps local
    copies, and neither serves one after the other saw a change."""

    def setUp(self):
        cache.clear()
        self.version = "v1"

        def view(request):
            from django.http import HttpResponse

            return HttpResponse(f"record {self.version}")

        self.worker_a = pagecache.PublicPageCacheMiddleware(view)
        self.worker_b = pagecache.PublicPageCacheMiddleware(view)

    def get(self, worker):
        from django.test import RequestFactory

        return worker(RequestFactory().get("/rounds/astana-4/")).content.decode()

    def test_a_change_seen_by_one_worker_reaches_the_other(self):
        self.assertEqual(self.get(self.worker_a), "record v1")
        self.assertEqual(self.get(self.worker_b), "record v1")  # from the shared cache
        self.version = "v2"
        with self.captureOnCommitCallbacks(execute=True):
            pagecache.invalidate_on_commit()  # what a save in worker B's request does
        self.assertEqual(self.get(self.worker_a), "record v2")
        self.assertEqual(self.get(self.worker_b), "record v2")

    def test_local_copies_are_bounded(self):
        local = pagecache.LocalPages(budget=100)
        for i in range(10):
            local.put(f"k{i}", (200, [], b"x" * 20, b"x" * 10))
        self.assertLessEqual(local.used, 100)
        self.assertIsNone(local.get("k0"))
        self.assertIsNotNone(local.get("k9"))
        local.put("big", (200, [], b"x" * 91, b"x" * 10))
        self.assertIsNone(local.get("big"))
