"""A participant's page and its download links hold the same records (issue #11, t8s
finding 1): the links name every track the participant's items are on, and the page lists
the records others attended on the participant's behalf, which the filter finds too."""

import html
import re

from peaceproc.chronology.models import Participant, Track

from .base import SeededTestCase

RECORD_LINK = re.compile(r'href="(/(?:rounds|events|agreements|tenures)/[^"]+)"')


def link(page: str, pattern: str) -> str:
    return html.unescape(re.search(f'href="({pattern}[^"]*)"', page).group(1))


class ParticipantExportTests(SeededTestCase):
    def exported(self, url: str) -> set[str]:
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return {item["url"].removeprefix("http://testserver") for item in response.json()["items"]}

    def test_every_participants_page_lists_what_its_export_holds(self):
        participants = Participant.objects.order_by("slug")
        self.assertGreater(participants.count(), 50)
        for participant in participants:
            with self.subTest(participant.slug):
                page = self.client.get(participant.get_absolute_url()).content.decode()
                listed = set(RECORD_LINK.findall(page))
                self.assertEqual(listed, self.exported(link(page, r"/api/export\.json")))

    def test_the_envoys_records_off_the_default_tracks_are_exported(self):
        hidden = {t.slug for t in Track.objects.filter(shown_by_default=False)}
        pedersen = {"/rounds/constitutional-committee-1/", "/tenures/envoy-geir-pedersen/"}
        for slug, expected in (
            ("geir-pedersen", pedersen),
            ("staffan-de-mistura", {"/tenures/envoy-staffan-de-mistura/"}),
        ):
            with self.subTest(slug):
                page = self.client.get(f"/participants/{slug}/").content.decode()
                exported = link(page, r"/api/export\.json")
                self.assertTrue(expected <= self.exported(exported))
                self.assertTrue(hidden & set(re.findall(r"track=([-\w]+)", exported)))
                # The timeline link shows the same lanes; the API link lists the same items.
                self.assertIn(exported.removeprefix("/api/export.json"), page.replace("&amp;", "&"))
                api = self.client.get(link(page, "/api/timeline") + "&limit=500").json()
                self.assertEqual(api["count"], len(self.exported(exported)))

    def test_a_participant_on_the_default_tracks_only_keeps_the_short_link(self):
        # Kazakhstan hosted Astana rounds only, on a track the timeline shows first.
        page = self.client.get("/participants/kazakhstan/").content.decode()
        self.assertEqual(link(page, r"/api/export\.csv"), "/api/export.csv?participant=kazakhstan")

    def test_records_others_attended_on_its_behalf_are_listed(self):
        page = self.client.get("/participants/russia/").content.decode()
        self.assertIn("Others on its behalf", page)
        # The Sochi summit: Putin as head for Russia, Russia itself not a participant.
        self.assertIn('href="/participants/vladimir-putin/"', page)


class ParticipantEventsLineTests(SeededTestCase):
    def test_an_event_says_its_place_and_names_its_track_as_a_track(self):
        # t14c: "(26–29 January 2015, Geneva)" read as the place of talks held in Moscow:
        # the track's name stood where a place stands.
        page = self.client.get("/participants/sergey-lavrov/").content.decode()
        self.assertIn("(26–29 January 2015, <bdi>Moscow</bdi>; track: Geneva)", page)
        self.assertNotIn("January 2015, Geneva)", page)
