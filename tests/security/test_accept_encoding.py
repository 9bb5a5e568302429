"""Accept-Encoding read as RFC 9110 writes it: coding names in any case, `q=0` refusing
a coding, `*` for any coding not named; on a rendered page and on a page-cache hit."""

import gzip

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
