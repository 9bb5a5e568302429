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
        # Each variant (gzip, identity) is validated by its own ETag (issue 11, tester t7s).
        for coding in ("gzip", ""):
            first = self.get(**{"Accept-Encoding": coding})
            self.assertEqual(first.status_code, 200)
            etag = first["ETag"]
            self.assertTrue(etag.startswith('"'), etag)
            for header in (etag, f"W/{etag}", f'"elsewhere", W/{etag}', "*"):
                for method in ("get", "head"):
                    with self.subTest(coding=coding, header=header, method=method):
                        response = self.get(
                            method, **{"If-None-Match": header, "Accept-Encoding": coding}
                        )
                        self.assertEqual(response.status_code, 304)
                        self.assertEqual(response["ETag"], etag)
                        self.assertEqual(response["Vary"], "Accept-Encoding")
                        self.assertEqual(b"".join(response.streaming_content), b"")

    def test_each_coding_has_its_own_strong_validator(self):
        """RFC 9110, 8.8.1: a strong validator names one sequence of bytes; the gzip file
        and the file itself are two, both served in byte ranges (outside tester t7s,
        issue 11: both were "6b0cfe54-6f0b")."""
        plain = self.get()
        zipped = self.get(**{"Accept-Encoding": "gzip"})
        self.assertEqual(zipped["Content-Encoding"], "gzip")
        self.assertFalse(plain.has_header("Content-Encoding"))
        self.assertNotEqual(plain["ETag"], zipped["ETag"])
        self.assertEqual(zipped["ETag"], plain["ETag"][:-1] + '-gzip"')
        # One variant's validator does not validate the other: the client gets the file.
        response = self.get(**{"If-None-Match": zipped["ETag"]})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(b"".join(response.streaming_content), self.css)
        response = self.get(**{"If-None-Match": plain["ETag"], "Accept-Encoding": "gzip"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["ETag"], zipped["ETag"])

    def test_if_range_names_the_variant_its_range_is_of(self):
        plain, zipped = self.get()["ETag"], self.get(**{"Accept-Encoding": "gzip"})["ETag"]
        modified = self.get()["Last-Modified"]
        for coding, if_range in (("", plain), ("gzip", zipped), ("", modified)):
            with self.subTest(coding=coding, if_range=if_range):
                response = self.get(
                    **{"Range": "bytes=0-9", "If-Range": if_range, "Accept-Encoding": coding}
                )
                self.assertEqual(response.status_code, 206)
                self.assertEqual(response["Content-Length"], "10")
        # Another variant's tag, a weak one, or another date: the whole file (13.1.5).
        for coding, if_range in (
            ("gzip", plain),
            ("", zipped),
            ("", f"W/{plain}"),
            ("", "Mon, 01 Jan 2001 00:00:00 GMT"),
        ):
            with self.subTest(coding=coding, if_range=if_range):
                response = self.get(
                    **{"Range": "bytes=0-9", "If-Range": if_range, "Accept-Encoding": coding}
                )
                self.assertEqual(response.status_code, 200)
                self.assertNotIn("Content-Range", response)

    def test_options_answers_204_with_allow_as_every_page_does(self):
        response = self.get("options")
        self.assertEqual(response.status_code, 204)
        self.assertEqual(response["Allow"], "GET, HEAD, OPTIONS")
        response = self.get("post")
        self.assertEqual(response.status_code, 405)
        self.assertEqual(response["Allow"], "GET, HEAD, OPTIONS")

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

    def test_an_if_modified_since_in_the_future_is_ignored(self):
        # RFC 9110, 13.1.3: a date later than the server's clock is not valid (t12a, 12).
        future = self.get(**{"If-Modified-Since": "Mon, 31 Dec 9999 23:59:59 GMT"})
        self.assertEqual(future.status_code, 200)
