"""Accept-Encoding read as RFC 9110 writes it: coding names in any case, `q=0` refusing
a coding, `*` for any coding not named; on a rendered page and on a page-cache hit."""

import gzip
import tempfile
from pathlib import Path

from django.test import SimpleTestCase, override_settings

from peaceproc.compression import accepts_gzip
from tests.site.base import SeededTestCase

TAKES = ("gzip", "GZIP", "Gzip;Q=0.5", "br, gzip;q=1.0", "x-gzip", "*", "br;q=0, *;q=0.1")
REFUSES = ("", "gzip;q=0", "GZIP; q=0.000", "br", "identity", "*;q=0", "gzip;q=0, *", "gzip;q=2")


class AcceptsGzipTests(SimpleTestCase):
    def test_headers(self):
        for header in TAKES:
            with self.subTest(header=header):
                self.assertTrue(accepts_gzip(header))
        for header in REFUSES:
            with self.subTest(header=header):
                self.assertFalse(accepts_gzip(header))


class ServedTests(SeededTestCase):
    def check(self):
        for header, zipped in (("GZIP", True), ("gzip;q=0", False), ("br, Gzip;q=0.3", True)):
            for path in ("/", "/api/timeline?round=astana-4"):
                with self.subTest(header=header, path=path):
                    response = self.client.get(path, headers={"Accept-Encoding": header})
                    self.assertEqual(response.status_code, 200)
                    self.assertIn("Accept-Encoding", response["Vary"])
                    if zipped:
                        self.assertEqual(response["Content-Encoding"], "gzip")
                        gzip.decompress(response.content)
                    else:
                        self.assertFalse(response.has_header("Content-Encoding"))

    def test_rendered(self):
        self.check()

    @override_settings(PAGE_CACHE=True)
    def test_page_cache_hits(self):
        self.client.get("/")
        self.client.get("/api/timeline?round=astana-4")
        self.check()


class StaticFilesTests(SimpleTestCase):
    """Static files with precompressed copies (collectstatic writes .gz and .br): WhiteNoise
    6.12 served the .gz for `gzip;q=0` (loose end 4 of issue 9)."""

    def setUp(self):
        root = tempfile.TemporaryDirectory()
        self.addCleanup(root.cleanup)
        self.css = b"body { color: #222; }\n" * 200
        Path(root.name, "site.css").write_bytes(self.css)
        Path(root.name, "site.css.gz").write_bytes(gzip.compress(self.css))
        # Smaller than the .gz, so served first whenever br is taken.
        Path(root.name, "site.css.br").write_bytes(b"br" * 10)
        self.root = root.name

    def get(self, header: str):
        # A client of its own: the middleware reads STATIC_ROOT when it is loaded.
        with override_settings(STATIC_ROOT=self.root):
            return self.client_class().get("/static/site.css", headers={"Accept-Encoding": header})

    def test_codings_refused_by_quality_are_not_served(self):
        for header, coding in (
            ("gzip", "gzip"), ("GZIP", "gzip"), ("x-gzip", "gzip"), ("*;q=0.5", "br"),
            ("br, gzip", "br"), ("br;q=0, gzip", "gzip"), ("gzip;q=0", None),
            ("br;q=0, gzip;q=0", None), ("gzip;q=0, *", "br"), ("identity", None), ("", None),
        ):  # fmt: skip
            with self.subTest(header=header):
                response = self.get(header)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response.get("Content-Encoding"), coding)
                self.assertEqual(response["Vary"], "Accept-Encoding")
                if coding is None:
                    self.assertEqual(b"".join(response.streaming_content), self.css)
