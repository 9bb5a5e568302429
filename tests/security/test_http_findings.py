"""Issue 11, an outside tester's HTTP findings: HEAD from the page cache, conditional
requests, gzip (never for the admin), the API's trailing slashes and undecodable
queries, ASCII dates, writes to public pages, /favicon.ico."""

import gzip

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client, override_settings

from peaceproc import pagecache
from tests.site.base import SeededTestCase

TIMELINE = "/api/timeline?limit=500"


@override_settings(PAGE_CACHE=True)
class PageCacheHttpTests(SeededTestCase):
    def setUp(self):
        cache.clear()

    def test_head_miss_fills_the_cache_and_head_hits_it(self):
        first = self.client.head(TIMELINE)
        self.assertEqual(first["X-Page-Cache"], "miss")
        self.assertEqual(first.content, b"")
        # The HEAD miss stored the GET answer: both the next HEAD and GET are hits.
        with self.assertNumQueries(1):  # the database cache's table, never the record
            second = self.client.head(TIMELINE)
        self.assertEqual(second["X-Page-Cache"], "hit")
        got = self.client.get(TIMELINE)
        self.assertEqual(got["X-Page-Cache"], "hit")
        self.assertEqual(second["Content-Length"], str(len(got.content)))
        self.assertEqual(second["ETag"], got["ETag"])
        self.assertEqual(second["Content-Type"], got["Content-Type"])

    def test_a_hit_is_gzipped_for_clients_that_take_gzip_and_plain_for_others(self):
        plain = self.client.get(TIMELINE)  # miss, plain
        zipped = self.client.get(TIMELINE, headers={"Accept-Encoding": "gzip, br"})
        self.assertEqual(zipped["X-Page-Cache"], "hit")
        self.assertEqual(zipped["Content-Encoding"], "gzip")
        self.assertIn("Accept-Encoding", zipped["Vary"])
        self.assertEqual(gzip.decompress(zipped.content), plain.content)
        self.assertEqual(zipped["Content-Length"], str(len(zipped.content)))
        self.assertLess(len(zipped.content), len(plain.content) / 4)
        self.assertEqual(zipped["ETag"], "W/" + plain["ETag"])
        again = self.client.get(TIMELINE)
        self.assertEqual(again["X-Page-Cache"], "hit")
        self.assertFalse(again.has_header("Content-Encoding"))
        self.assertIn("Accept-Encoding", again["Vary"])
        self.assertEqual(again.content, plain.content)

    def test_a_miss_is_gzipped_too(self):
        response = self.client.get(TIMELINE, headers={"Accept-Encoding": "gzip"})
        self.assertEqual(response["X-Page-Cache"], "miss")
        self.assertEqual(response["Content-Encoding"], "gzip")
        self.assertTrue(gzip.decompress(response.content).startswith(b'{"count": '))

    def test_if_none_match_answers_304_on_a_hit_and_a_miss(self):
        first = self.client.get("/api/rounds")
        for encoding in ("", "gzip"):
            with self.subTest(encoding=encoding):
                response = self.client.get(
                    "/api/rounds",
                    headers={"If-None-Match": first["ETag"], "Accept-Encoding": encoding},
                )
                self.assertEqual(response.status_code, 304)
                self.assertEqual(response.content, b"")
        cache.clear()
        response = self.client.get("/api/rounds", headers={"If-None-Match": first["ETag"]})
        self.assertEqual(response.status_code, 304)
        changed = self.client.get("/api/rounds", headers={"If-None-Match": '"other"'})
        self.assertEqual(changed.status_code, 200)

    def test_the_feed_answers_if_modified_since(self):
        feed = "/whats-new/feed.atom"
        first = self.client.get(feed)
        self.assertEqual(first.status_code, 200)
        for _ in range(2):  # the miss stored it; then a hit
            response = self.client.get(feed, headers={"If-Modified-Since": first["Last-Modified"]})
            self.assertEqual(response.status_code, 304)
        older = self.client.get(
            feed, headers={"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"}
        )
        self.assertEqual(older.status_code, 200)

    def test_stored_pages_are_in_the_gzip_format_under_their_own_keys(self):
        self.client.get("/api/rounds")
        identity = pagecache._identity(self.client.get("/api/rounds").wsgi_request)
        slot, name = pagecache._key(identity, pagecache.generation())
        self.assertTrue(slot.startswith(pagecache.SLOT_PREFIX))
        stored = cache.get(slot)
        self.assertEqual(stored[0], name)
        self.assertTrue(gzip.decompress(stored[3]).startswith(b'{"count": '))


class AdminIsNeverCompressedTests(SeededTestCase):
    def test_admin_pages_are_sent_uncompressed(self):
        user = get_user_model().objects.create_superuser("root", password="x" * 20)
        self.client.force_login(user)
        for path in ("/admin/", "/admin/chronology/round/", "/"):
            with self.subTest(path):
                response = self.client.get(path, headers={"Accept-Encoding": "gzip"})
                self.assertEqual(response.status_code, 200)
                self.assertFalse(response.has_header("Content-Encoding"))

    def test_anonymous_pages_are_compressed(self):
        response = self.client.get("/", headers={"Accept-Encoding": "gzip"})
        self.assertEqual(response["Content-Encoding"], "gzip")


class ApiRequestTests(SeededTestCase):
    def test_a_trailing_slash_redirects_to_the_endpoint(self):
        for path, target in (
            ("/api/rounds/", "/api/rounds"),
            ("/api/rounds/astana-4/", "/api/rounds/astana-4"),
            ("/api/events/?track=astana&limit=5", "/api/events?track=astana&limit=5"),
        ):
            for method in ("get", "head"):
                with self.subTest(path=path, method=method):
                    response = getattr(self.client, method)(path)
                    self.assertEqual(response.status_code, 301)
                    self.assertEqual(response["Location"], target)
        self.assertEqual(self.client.get("/api/rounds/astana-4/", follow=True).status_code, 200)

    def test_paths_that_are_no_endpoint_with_or_without_slash_stay_404(self):
        for path in ("/api/nothing/", "/api/nothing", "/api/rounds//", "/api/rounds/x/y/"):
            with self.subTest(path):
                response = self.client.get(path)
                self.assertEqual(response.status_code, 404)
                self.assertEqual(response.json()["error"]["status"], 404)

    def test_a_post_with_a_slash_is_still_refused_as_read_only(self):
        response = self.client.post("/api/rounds/")
        self.assertEqual(response.status_code, 405)

    def test_dates_are_ascii_only(self):
        for value in ("٢٠١٧-01-01", "２０１７-01-01", "2017-٠1-01"):
            with self.subTest(value):
                response = self.client.get("/api/events", {"from": value})
                self.assertEqual(response.status_code, 400)
                self.assertIn("YYYY-MM-DD", response.json()["error"]["message"])
        self.assertEqual(self.client.get("/api/events?from=2017-01-01").status_code, 200)

    def test_a_query_that_is_not_utf8_is_refused(self):
        for query in ("q=%FF", "q=astana%C3", "track=%80"):
            with self.subTest(query):
                response = self.client.get(f"/api/events?{query}")
                self.assertEqual(response.status_code, 400)
                self.assertIn("UTF-8", response.json()["error"]["message"])
        arabic = self.client.get("/api/events?q=%D8%A3%D8%B3%D8%AA%D8%A7%D9%86%D8%A9")
        self.assertEqual(arabic.status_code, 200)
        self.assertEqual(self.client.get("/api/events?q=geneva+talks").status_code, 200)


class PublicPagesTests(SeededTestCase):
    def test_a_write_to_a_public_page_is_405_not_a_csrf_403(self):
        client = Client(enforce_csrf_checks=True)
        for path in ("/whats-new/feed.atom", "/", "/about/", "/rounds/astana-4/"):
            for method in ("post", "put", "delete"):
                with self.subTest(path=path, method=method):
                    response = getattr(client, method)(path)
                    self.assertEqual(response.status_code, 405)
                    self.assertEqual(response["Allow"], "GET, HEAD, OPTIONS")

    def test_the_admin_still_checks_csrf(self):
        response = Client(enforce_csrf_checks=True).post("/admin/login/", {"username": "x"})
        self.assertEqual(response.status_code, 403)

    def test_favicon_ico_is_served(self):
        response = self.client.get("/favicon.ico")
        self.assertEqual(response.status_code, 200)
        body = b"".join(response.streaming_content)
        self.assertEqual(body[:4], b"\x00\x00\x01\x00")  # an ICO file's header
        self.assertLess(len(body), 10_000)
