"""HEAD answers a validator that matches with 304, as GET does (RFC 9110, 13.2.1), on
the pages, the API, the exports and the feed."""

import time

from django.test import override_settings
from django.utils.http import http_date

from .base import SeededTestCase

PATHS = (
    "/",
    "/rounds/astana-4/",
    "/api/timeline?round=astana-4",
    "/api/export.csv?round=astana-4",
    "/whats-new/feed.atom",
)


class HeadConditionalTests(SeededTestCase):
    def check_if_none_match(self):
        for path in PATHS:
            with self.subTest(path=path):
                etag = self.client.get(path)["ETag"]
                self.assertEqual(
                    self.client.get(path, headers={"If-None-Match": etag}).status_code, 304
                )
                head = self.client.head(path, headers={"If-None-Match": etag})
                self.assertEqual(head.status_code, 304)
                self.assertEqual(head.content, b"")
                self.assertEqual(self.client.head(path)["ETag"], etag)
                changed = self.client.head(path, headers={"If-None-Match": '"other"'})
                self.assertEqual(changed.status_code, 200)

    def test_if_none_match(self):
        self.check_if_none_match()

    def test_a_304_varies_as_the_answer_it_stands_for(self):
        for path in PATHS:
            with self.subTest(path=path):
                full = self.client.get(path, headers={"Accept-Encoding": "gzip"})
                for method in (self.client.get, self.client.head):
                    short = method(path, headers={"If-None-Match": full["ETag"]})
                    self.assertEqual(short.status_code, 304)
                    self.assertIn("Accept-Encoding", short["Vary"])
                    self.assertEqual(short["Vary"], full["Vary"])

    @override_settings(PAGE_CACHE=True)
    def test_if_none_match_on_page_cache_hits(self):
        self.check_if_none_match()

    def test_if_modified_since_on_the_feed(self):
        last_modified = self.client.get("/whats-new/feed.atom")["Last-Modified"]
        for method in (self.client.get, self.client.head):
            with self.subTest(method=method.__name__):
                response = method(
                    "/whats-new/feed.atom", headers={"If-Modified-Since": last_modified}
                )
                self.assertEqual(response.status_code, 304)
                older = http_date(0)
                response = method("/whats-new/feed.atom", headers={"If-Modified-Since": older})
                self.assertEqual(response.status_code, 200)

    # t12a, finding 12: a date later than the server's clock is not a valid
    # If-Modified-Since (RFC 9110, 13.1.3): ignored, the answer is the whole feed.
    def test_an_if_modified_since_in_the_future_is_ignored(self):
        for sent in ("Mon, 31 Dec 9999 23:59:59 GMT", http_date(time.time() + 86_400)):
            for method in (self.client.get, self.client.head):
                with self.subTest(sent, method=method.__name__):
                    response = method("/whats-new/feed.atom", headers={"If-Modified-Since": sent})
                    self.assertEqual(response.status_code, 200)
