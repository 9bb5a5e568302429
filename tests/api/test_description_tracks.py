"""The API's description (the OpenAPI document's info, the docs page's lead) names every
track the record holds, as the record names them now (issue 11: it said "Astana and
Geneva" while the record held six tracks)."""

from django.test import TestCase

from peaceproc.chronology import services
from peaceproc.chronology.models import Track
from tests.seeds import load_shipped_seeds


class DescriptionTracksTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_shipped_seeds()

    def description(self) -> str:
        return self.client.get("/api/openapi.json").json()["info"]["description"]

    def test_every_track_is_named_in_the_document_and_on_the_docs_page(self):
        text = self.description()
        docs = self.client.get("/api/docs").content.decode()
        names = list(Track.objects.values_list("name", flat=True))
        self.assertGreater(len(names), 2)
        for name in names:
            with self.subTest(name=name):
                self.assertIn(name, text)
                self.assertIn(name, docs)
        self.assertNotIn("Astana and Geneva", text)

    def test_a_track_renamed_or_added_is_named_at_once(self):
        geneva = Track.objects.get(slug="geneva")
        services.sync_fields(geneva, {"name": "Geneva (UN-led)"}, via="admin")
        Track.objects.create(slug="amman", name="Amman <talks>", colour="#123456", order=9)
        text = self.description()
        self.assertIn("Geneva (UN-led)", text)
        self.assertIn("Amman <talks>", text)
        docs = self.client.get("/api/docs").content.decode()
        self.assertIn("Amman &lt;talks&gt;", docs)
        self.assertNotIn("<talks>", docs)
