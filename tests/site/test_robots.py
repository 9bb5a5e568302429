"""/robots.txt keeps crawlers out of filtered views, downloads, the API and the admin,
and lets them read the record's pages; a filtered timeline view says noindex."""

from urllib.robotparser import RobotFileParser

from .base import SeededTestCase


class RobotsTests(SeededTestCase):
    def test_served_as_text(self):
        response = self.client.get("/robots.txt")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "text/plain; charset=utf-8")

    def test_what_a_prefix_reading_crawler_may_fetch(self):
        # Python's parser reads rules as prefixes (no wildcard), as the simplest crawlers do.
        parser = RobotFileParser()
        parser.parse(self.client.get("/robots.txt").content.decode().splitlines())
        parser.modified()  # read now (can_fetch answers False for a file never read)
        for path in ("/", "/rounds/astana-4/", "/participants/russia/", "/agreements/", "/about/"):
            with self.subTest(path=path):
                self.assertTrue(parser.can_fetch("AnyBot", path))
        for path in (
            "/?q=ceasefire",
            "/?track=geneva",
            "/api/export.csv?round=astana-4",
            "/api/timeline",
            "/who-attended.csv",
            "/admin/",
        ):
            with self.subTest(path=path):
                self.assertFalse(parser.can_fetch("AnyBot", path))

    def test_any_query_for_wildcard_readers(self):
        self.assertIn("Disallow: /*?\n", self.client.get("/robots.txt").content.decode())


class NoindexTests(SeededTestCase):
    def test_filtered_views_say_noindex_the_timeline_does_not(self):
        tag = '<meta name="robots" content="noindex">'
        self.assertNotIn(tag, self.client.get("/").content.decode())
        for query in ("?q=ceasefire", "?track=geneva", "?kind=tenure"):
            with self.subTest(query=query):
                self.assertIn(tag, self.client.get("/" + query).content.decode())
