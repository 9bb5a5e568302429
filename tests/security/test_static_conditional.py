"""Static files answer If-None-Match as RFC 9110 (13.1.2) writes it: by weak comparison
(`W/"..."` matches the file's ETag), any tag of a list, and `*` for any current file; a
tag of another version, or a header that names no tag, gets the file. WhiteNoise 6.12
answered 304 only to its ETag written exactly as it sent it."""

import gzip
import tempfile
from pathlib import Path

from django.test import SimpleTestCase, override_settings

from peaceproc.conditional import none_match


class NoneMatchTests(SimpleTestCase):
    def test_weak_comparison_lists_and_star(self):
        etag = '"5f3a-1c2"'
        for header in ('"5f3a-1c2"', 'W/"5f3a-1c2"', '"old", W/"5f3a-1c2"', "*", " * "):
            with self.subTest(header=header):
                self.assertTrue(none_match(header, etag))
                self.assertTrue(none_match(header, f"W/{etag}"))
        for header in ('"old"', 'W/"5f3a"', "5f3a-1c2", "", '"5f3a-1c2', '*, "old"'):
            with self.subTest(header=header):
                self.assertFalse(none_match(header, etag))


class StaticConditionalTests(SimpleTestCase):
    def setUp(self):
        root = tempfile.TemporaryDirectory()
        self.addCleanup(root.cleanup)
        self.css = b"main { margin: 0 auto; }\n" * 100
        Path(root.name, "site.css").write_bytes(self.css)
        Path(root.name, "site.css.gz").write_bytes(gzip.compress(self.css))
        self.root = root.name

    def get(self, method="get", **headers):
        # A client of its own: the middleware reads STATIC_ROOT when it is loaded.
        with override_settings(STATIC_ROOT=self.root, DEBUG=False):
            client = self.client_class()
            return getattr(client, method)("/static/site.css", headers=headers)

    def test_matching_validators_get_304(self):
        first = self.get(**{"Accept-Encoding": "gzip"})
        self.assertEqual(first.status_code, 200)
        etag = first["ETag"]
        self.assertTrue(etag.startswith('"'), etag)
        for header in (etag, f"W/{etag}", f'"elsewhere", W/{etag}', "*"):
            for method in ("get", "head"):
                with self.subTest(header=header, method=method):
                    response = self.get(method, **{"If-None-Match": header})
                    self.assertEqual(response.status_code, 304)
                    self.assertEqual(response["ETag"], etag)
                    self.assertEqual(b"".join(response.streaming_content), b"")

    def test_other_validators_get_the_file(self):
        etag = self.get()["ETag"]
        modified = self.get()["Last-Modified"]
        for headers in (
            {"If-None-Match": '"elsewhere"'},
            {"If-None-Match": etag.strip('"')},  # not a tag: no quotes
            # If-None-Match present: If-Modified-Since is not looked at (RFC 9110, 13.2.2).
            {"If-None-Match": 'W/"elsewhere"', "If-Modified-Since": modified},
        ):
            with self.subTest(headers=headers):
                response = self.get(**headers)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(b"".join(response.streaming_content), self.css)

    def test_if_modified_since_alone_still_answers_304(self):
        modified = self.get()["Last-Modified"]
        self.assertEqual(self.get(**{"If-Modified-Since": modified}).status_code, 304)
