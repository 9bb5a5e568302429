"""A record page's slug written in other case redirects to the record's own URL (issue
#11, t8s finding 10); the round page's download links say what they hold (finding 8);
the README's legend of who-attended names every mark."""

import html
import re

from django.conf import settings
from django.urls import reverse

from peaceproc.chronology.models import Agreement, EnvoyTenure, Participant, Round
from peaceproc.site.attendance import MARKS

from .base import SeededTestCase


class SlugCaseTests(SeededTestCase):
    def test_a_slug_in_other_case_redirects_permanently(self):
        for model, name in (
            (Round, "site:round"),
            (Participant, "site:participant"),
            (EnvoyTenure, "site:tenure"),
            (Agreement, "site:agreement"),
        ):
            slug = model.objects.order_by("pk").values_list("slug", flat=True).first()
            for written in (slug.upper(), slug.title()):
                with self.subTest(name=name, written=written):
                    response = self.client.get(reverse(name, args=[written]) + "?x=1")
                    self.assertEqual(response.status_code, 301)
                    self.assertEqual(response["Location"], reverse(name, args=[slug]) + "?x=1")

    def test_an_unknown_slug_is_still_a_404(self):
        for path in ("/rounds/NOPE/", "/participants/no-one/", "/tenures/x/"):
            with self.subTest(path):
                self.assertEqual(self.client.get(path).status_code, 404)


class RoundDownloadTests(SeededTestCase):
    def test_the_round_page_lists_what_its_download_holds(self):
        for round_ in Round.objects.order_by("slug"):
            with self.subTest(round_.slug):
                page = self.client.get(round_.get_absolute_url()).content.decode()
                page = page[: page.index('<nav class="pager"')]  # the track's other rounds
                listed = set(re.findall(r'href="(/(?:rounds|events|agreements)/[^"]+)"', page))
                exported = html.unescape(re.search(r'href="(/api/export\.json[^"]*)"', page)[1])
                items = self.client.get(exported).json()["items"]
                urls = {item["url"].removeprefix("http://testserver") for item in items}
                self.assertEqual(urls, listed | {round_.get_absolute_url()})
                self.assertIn("Download this round, its agreements and its events", page)
                self.assertNotIn("what happened around it</a>:", page)


class ReadmeLegendTests(SeededTestCase):
    def test_the_readme_names_every_mark_of_who_attended(self):
        readme = (settings.BASE_DIR / "README.md").read_text()
        legend = re.search(r"table of a track\s+\(([^)]*(?:\([^)]*\)[^)]*)*)\)", readme)[1]
        for mark, _ in set(MARKS.values()):
            with self.subTest(mark):
                self.assertRegex(legend, rf"(^|,\s+){mark} ")


class TrackInOtherCaseTests(SeededTestCase):
    def test_who_attended_redirects_a_track_written_otherwise_query_kept(self):
        for path in ("/who-attended/", "/who-attended.csv"):
            for written in ("Astana", "ASTANA ", "Constitutional Committee"):
                with self.subTest(path=path, written=written):
                    response = self.client.get(path, {"track": written, "sort": "name"})
                    self.assertEqual(response.status_code, 301)
                    slug = "-".join(written.split()).lower()
                    self.assertEqual(response["Location"], f"{path}?track={slug}&sort=name")
        self.assertEqual(self.client.get("/who-attended/?track=nowhere").status_code, 404)
        self.assertEqual(self.client.get("/who-attended/?track=astana").status_code, 200)
