"""Without `track`, the lists read every track and the exports the page's default lanes;
each operation's documented `track` says which, and its answers agree with it."""

import csv
import io
import json

import icalendar
from django.urls import reverse

from peaceproc.api.params import EVERY_TRACK, PAGE_TRACKS
from peaceproc.chronology.models import Track

from .base import SeededTestCase

EVERY = 500  # past the seeded record of any one list, so one page holds it all


def tracks_answered(path: str, body: bytes, names: dict[str, str]) -> set[str]:
    """The slugs of the tracks of the items in an answer of any format."""
    if path.endswith(".csv"):
        rows = csv.DictReader(io.StringIO(body.decode("utf-8-sig")))
        return {row["track"] for row in rows if row["track"]}
    if path.endswith(".ics"):
        calendar = icalendar.Calendar.from_ical(body)
        categories = (
            str(category)
            for entry in calendar.walk("VEVENT")
            for category in entry.get("categories").cats
        )
        return {names[category] for category in categories if category in names}
    data = json.loads(body)
    items = data["items"] if "items" in data else data["results"]
    if "count" in data and "results" in data:
        assert data["count"] <= EVERY, path
    return {item["track"]["slug"] for item in items if item["track"]}


class TrackDefaultTests(SeededTestCase):
    """The tests only read: the OpenAPI document, the tracks' names and each answer are
    asked once for the class (an answer to the same request on the same rows is the same)."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.names = {track.name: track.slug for track in Track.objects.all()}

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.operations = cls.documented(cls.client_class())
        cls.answers: dict[str, set[str]] = {}  # by URL, shared by the tests

    @staticmethod
    def documented(client) -> dict[str, str]:
        """Each operation taking `track`: its path and what it says `track` defaults to."""
        document = client.get(reverse("api:openapi")).json()
        operations = {}
        for path, methods in document["paths"].items():
            for parameter in methods["get"].get("parameters", []):
                if parameter["name"] == "track":
                    operations[path] = parameter["description"]
        return operations

    def answered(self, path: str, query: str) -> set[str]:
        separator = "&" if query else ""
        limit = "" if "export" in path else f"limit={EVERY}"
        url = f"{path}?{query}{separator if limit else ''}{limit}"
        if url not in self.answers:
            response = self.client.get(url)
            self.assertEqual(response.status_code, 200, path)
            self.answers[url] = tracks_answered(path, response.content, self.names)
        return self.answers[url]

    def test_each_operation_does_what_its_track_parameter_says(self):
        tracks = list(Track.objects.all())
        default = {track.slug for track in tracks if track.shown_by_default}
        every_slug = "&".join(f"track={track.slug}" for track in tracks)
        operations = self.operations
        self.assertIn("/api/timeline", operations)
        self.assertIn("/api/export.json", operations)
        for path, description in operations.items():
            with self.subTest(path=path):
                reach = self.answered(path, every_slug)
                unasked = self.answered(path, "")
                if description.endswith(EVERY_TRACK):
                    self.assertEqual(unasked, reach)
                else:
                    self.assertTrue(description.endswith(PAGE_TRACKS), description)
                    self.assertTrue(reach - default, "the seeds hold items off the default lanes")
                    self.assertEqual(unasked, reach & default)

    def test_lists_and_exports_say_different_things(self):
        operations = self.operations
        self.assertTrue(operations["/api/timeline"].endswith(EVERY_TRACK))
        self.assertTrue(operations["/api/rounds"].endswith(EVERY_TRACK))
        for extension in ("csv", "json", "ics"):
            self.assertTrue(operations[f"/api/export.{extension}"].endswith(PAGE_TRACKS))

    def test_an_empty_filter_is_the_filter_left_out_for_every_filter(self):
        operations = self.operations
        for path in operations:
            with self.subTest(path=path):
                unasked = self.answered(path, "")
                # All six at once: any one read as a filter (or refused) changes the answer.
                empties = "track=&round=&participant=&from=&to=&q="
                self.assertEqual(self.answered(path, empties), unasked, empties)
                self.assertEqual(
                    self.answered(path, "track=&track=astana"), self.answered(path, "track=astana")
                )
