"""A page's "JSON from the API" link lists what its exports hold: the page's tracks are
named (the API's default is every track), the page-only parameters left out."""

import html
import re

from .base import SeededTestCase


def api_link(page: str) -> str:
    found = re.search(r'<a href="(/api/timeline[^"]*)">JSON from the API</a>', page)
    return html.unescape(found.group(1))


class ApiLinkTests(SeededTestCase):
    def test_the_api_lists_what_the_export_holds(self):
        for path in (
            "/",
            "/?q=ceasefire",
            "/?kind=tenure",
            "/?track=geneva&zoom=year&at=2017-01-01",
            "/?round=astana-4&nearby=1",
            "/rounds/astana-4/",
            "/participants/russia/",
        ):
            with self.subTest(path=path):
                page = self.client.get(path).content.decode()
                link = api_link(page)
                self.assertIn("track=", link)
                exported = re.search(r'href="(/api/export\.json[^"]*)"', page).group(1)
                export = self.client.get(html.unescape(exported))
                self.assertEqual(export.status_code, 200)
                api = self.client.get(link + ("&" if "?" in link else "?") + "limit=500")
                self.assertEqual(api.status_code, 200, api.content[:300])
                self.assertEqual(api.json()["count"], len(export.json()["items"]))

    def test_without_the_tracks_the_api_would_list_more(self):
        # What the link guards against: envoy tenures are on a track the page does not
        # show by default, and the API's default is every track.
        page = self.client.get("/?kind=tenure").content.decode()
        self.assertEqual(self.client.get(api_link(page)).json()["count"], 0)
        self.assertGreater(self.client.get("/api/timeline?kind=tenure").json()["count"], 0)
