"""An event stored with no track (a review's track left at "—": legitimate for a
happening related to the process but on none of its tracks) is shown by every public view
that shows its track's items (outside tester t8q, issue 9, fix9u): it was on its
participant's page but on no timeline, search, export or API list read with that
participant. Its lane is "Other"; `?track=other` names it beside the tracks."""

import html
import re
from datetime import date

from django.core.exceptions import ValidationError

from peaceproc.chronology.models import Event, Participant, Track
from peaceproc.ingest import services

from .base import SeededTestCase

TITLE = "Quiet consultations on detainees in Amman"


def link(page: str, pattern: str) -> str:
    return html.unescape(re.search(f'href="({pattern}[^"]*)"', page).group(1))


class TracklessEventTests(SeededTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        # Stored as an accepted review stores it, its track left empty.
        cls.pedersen = Participant.objects.get(slug="geir-pedersen")
        spec = services.NewEvent(
            title=TITLE,
            kind="meeting",
            start_date=date(2024, 6, 12),
            precision="day",
            participants=(cls.pedersen,),
        )
        article = services.Article(text="Envoys met in Amman on 12 June 2024.", title="Amman")
        result = services.accept_article(
            article=article, decisions=[services.Decision(quote="They met.", create=spec)]
        )
        [cls.event] = result.events
        assert cls.event.track is None

    def shows(self, url: str) -> bool:
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        if response["Content-Type"].startswith("application/json"):
            data = response.json()  # an export's "items", a list's "results"
            items = data.get("items") or data.get("results") or []
            return any(item.get("title") == TITLE for item in items)
        return TITLE in response.content.decode()

    def test_every_view_without_tracks_named_shows_it(self):
        for url in (
            "/",
            "/?participant=geir-pedersen",
            "/?q=detainees+Amman",
            "/api/events?participant=geir-pedersen&limit=500",
            "/api/timeline?participant=geir-pedersen&limit=500",
            "/api/timeline?q=detainees+Amman",
            "/api/export.csv?participant=geir-pedersen",
            "/api/export.json?participant=geir-pedersen",
            "/api/export.ics?participant=geir-pedersen",
            "/whats-new/feed.atom",
        ):
            with self.subTest(url):
                self.assertTrue(self.shows(url))

    def test_the_participant_pages_links_hold_it(self):
        # Pedersen's items lie on tracks not shown first: the links name the tracks, and
        # the "Other" lane with them.
        page = self.client.get(self.pedersen.get_absolute_url()).content.decode()
        self.assertIn(TITLE, page)
        for pattern in (r"/\?participant", r"/api/export\.json", r"/api/export\.csv"):
            with self.subTest(pattern):
                url = link(page, pattern)
                self.assertIn("track=other", url)
                self.assertTrue(self.shows(url))

    def test_named_tracks_leave_it_out_unless_other_is_named(self):
        self.assertFalse(self.shows("/?track=astana&track=geneva&from=2024-06-01&to=2024-06-30"))
        self.assertFalse(self.shows("/api/timeline?track=astana&from=2024-06-01&to=2024-06-30"))
        self.assertTrue(self.shows("/?track=astana&track=other&from=2024-06-01&to=2024-06-30"))
        results = self.client.get("/api/events?track=other&limit=500").json()["results"]
        self.assertIn(TITLE, {item["title"] for item in results})
        self.assertFalse(any(item["track"] for item in results))

    def test_the_page_s_api_link_keeps_the_other_lane(self):
        page = self.client.get("/?from=2024-06-01&to=2024-06-30").content.decode()
        url = link(page, r"/api/timeline")
        self.assertIn("track=other", url)
        self.assertTrue(self.shows(url))

    def test_the_default_tracks_named_without_other_are_a_filter(self):
        defaults = "&".join(f"track={t.slug}" for t in Track.objects.filter(shown_by_default=True))
        self.assertFalse(self.shows(f"/?{defaults}&from=2024-06-01&to=2024-06-30"))
        self.assertTrue(self.shows(f"/?{defaults}&track=other&from=2024-06-01&to=2024-06-30"))

    def test_no_track_may_take_the_other_lanes_slug(self):
        track = Track(slug="other", name="Other talks", colour="#123456")
        with self.assertRaisesMessage(ValidationError, "lane of records with no track"):
            track.full_clean()
        self.assertFalse(Event.objects.filter(track__slug="other").exists())
