"""A source's name and title on a record's page, each once (outside tester's finding 7,
issue 9): a pasted article with no publisher nor URL showed its title twice."""

from django.test import TestCase

from peaceproc.chronology import services
from peaceproc.chronology.models import Event
from tests.seeds import load_shipped_seeds


class CitationNameTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_shipped_seeds()
        cls.event = Event.objects.order_by("pk").first()

    def cited_by(self, **fields) -> str:
        source = services.create_source(text="Talks went on in the capital.", **fields)
        services.cite(source=source, target=self.event, quote="Talks went on.")
        html = self.client.get(self.event.get_absolute_url()).content.decode()
        start = html.rindex('<li class="citation">', 0, html.index("Talks went on."))
        return html[start : html.index("</li>", start)]

    def test_a_pasted_text_without_publisher_names_its_title_once(self):
        item = self.cited_by(title="Envoys resume quiet contacts")
        self.assertEqual(item.count("Envoys resume quiet contacts"), 1)

    def test_a_publisher_and_a_title_both_show(self):
        item = self.cited_by(title="Envoys resume quiet contacts", publisher="Gazette of Idlib")
        self.assertIn(
            "<bdi>Gazette of Idlib</bdi>, “<bdi>Envoys resume quiet contacts</bdi>”", item
        )

    def test_a_link_is_named_by_its_host(self):
        item = self.cited_by(title="Envoys resume", url="https://www.example.org/a")
        self.assertIn("><bdi>example.org</bdi></a>, “<bdi>Envoys resume</bdi>”", item)

    def test_a_source_with_nothing_but_text_still_has_a_name(self):
        item = self.cited_by()
        self.assertRegex(item, r"Source \d+")
