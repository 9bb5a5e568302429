"""Dates filter like a search does (outside tester t11a, finding 17): the matches on
tracks the page does not show are counted and linked, so that the page and the API
(which reads every track) add up."""

import re

from peaceproc.chronology.models import Track

from .base import SeededTestCase


class DatesHiddenMatchesTests(SeededTestCase):
    def test_shown_and_noted_add_up_to_what_the_api_counts(self):
        for query in ("from=2024-12-01", "from=2017-01-01&to=2017-12-31", "to=2012-06-30"):
            with self.subTest(query=query):
                page = self.client.get(f"/?{query}").content.decode()
                shown = int(re.search(r"<strong>(\d+)</strong> items? match", page).group(1))
                api = self.client.get(f"/api/timeline?{query}").json()["count"]
                noted = re.search(r'id="hidden-matches">(\d+) more match', page)
                self.assertEqual(shown + (int(noted.group(1)) if noted else 0), api)

    def test_a_date_range_with_matches_off_the_default_tracks_says_so(self):
        page = self.client.get("/?from=2024-12-01").content.decode()
        self.assertIn('id="hidden-matches"', page)
        every = "&".join(f"track={slug}" for slug in Track.objects.values_list("slug", flat=True))
        page = self.client.get(f"/?from=2024-12-01&{every}").content.decode()
        self.assertNotIn('id="hidden-matches"', page)
