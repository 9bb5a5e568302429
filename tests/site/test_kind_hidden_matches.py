"""A kind filter whose matches are on tracks the page does not show says how many and
links to them, as a search does."""

import html
import re

from peaceproc.chronology.models import Track

from .base import SeededTestCase


class KindHiddenMatchesTests(SeededTestCase):
    def test_tenures_on_a_track_not_shown_are_named_with_a_link(self):
        page = self.client.get("/?kind=tenure").content.decode()
        api_count = self.client.get("/api/timeline?kind=tenure").json()["count"]
        self.assertGreater(api_count, 0)
        note = re.search(r'<p class="hidden-matches" id="hidden-matches">(.*?)</p>', page)
        self.assertIsNotNone(note)
        self.assertIn(f"{api_count} more match", note.group(1))
        link = html.unescape(re.search(r'href="([^"]+)"', note.group(1)).group(1))
        shown = self.client.get(link).content.decode()
        self.assertIn(f"<strong>{api_count}</strong> item", shown)
        self.assertNotIn('id="hidden-matches"', shown)

    def test_shown_and_noted_add_up_and_no_note_with_every_track(self):
        page = self.client.get("/?kind=round").content.decode()
        shown = int(re.search(r"<strong>(\d+)</strong> items? match", page).group(1))
        noted = int(re.search(r'id="hidden-matches">(\d+) more match', page).group(1))
        self.assertEqual(shown + noted, self.client.get("/api/timeline?kind=round").json()["count"])
        every = "&".join(f"track={slug}" for slug in Track.objects.values_list("slug", flat=True))
        page = self.client.get(f"/?kind=round&{every}").content.decode()
        self.assertFalse('id="hidden-matches"' in page)
