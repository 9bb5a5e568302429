import datetime

from django.template import Context, Template
from django.test import RequestFactory

from peaceproc.api.citing import cite_record, cite_source
from peaceproc.chronology import services
from peaceproc.chronology.models import Agreement, Event, Round, Source

from .base import SeededTestCase

ACCESSED = datetime.date(2026, 3, 1)


class CiteRecordTests(SeededTestCase):
    def test_round_citation_names_what_where_when_address_and_access_date(self):
        round_ = Round.objects.get(slug="astana-4")
        cite = cite_record(
            round_, url="https://peaceproc.example/rounds/astana-4/", accessed=ACCESSED
        )
        self.assertEqual(
            cite.text,
            "“Astana 4.” Round of talks, Astana track, Astana, 3–4 May 2017. "
            "In peaceproc: Syria peace process chronology. "
            "https://peaceproc.example/rounds/astana-4/ (accessed 1 March 2026).",
        )
        source_texts = [s.text for s in cite.sources]
        self.assertIn("tass.com. n.d. http://tass.com/world/944616.", source_texts)

    def test_month_precision_is_never_a_day(self):
        event = Event.objects.get(slug="astana-process-begins-2017-01")
        cite = cite_record(event, url="https://x.example/e/", accessed=ACCESSED)
        self.assertIn("January 2017", cite.text)
        self.assertNotIn("1 January 2017", cite.text)

    def test_sources_in_one_style(self):
        source = self.extras["source"]
        self.assertEqual(
            cite_source(source),
            "Example Wire. “Talks resume in Astana.” 5 May 2017. In Russian. "
            "https://example.org/astana-4-report.",
        )
        bare = Source.objects.create()
        self.assertEqual(cite_source(bare), f"n.d. Source {bare.pk}, held by peaceproc.")

    def test_agreement_and_numbered_plain_text(self):
        agreement = Agreement.objects.filter(citations__isnull=False).first()
        cite = cite_record(agreement, url="https://x.example/a/", accessed=ACCESSED)
        self.assertIn(agreement.get_kind_display(), cite.text)
        lines = cite.plain.splitlines()
        self.assertEqual(lines[0], cite.text)
        self.assertEqual(lines[1], "Sources:")
        self.assertTrue(lines[2].startswith("1. "))

    def test_each_source_once_in_citation_order(self):
        event = self.extras["event"]
        other = services.create_source(url="https://example.org/second")
        services.cite(source=other, target=event)
        cite = cite_record(event, url="u", accessed=ACCESSED)
        self.assertEqual([s.source for s in cite.sources], [self.extras["source"], other])


class CiteThisIncludeTests(SeededTestCase):
    def render(self, record) -> str:
        request = RequestFactory().get("/", HTTP_HOST="localhost")
        template = Template('{% include "api/cite_this.html" with record=record %}')
        return template.render(Context({"record": record, "request": request}))

    def test_renders_for_rounds_events_and_agreements(self):
        for record in (
            Round.objects.get(slug="astana-4"),
            self.extras["event"],
            Agreement.objects.first(),
        ):
            with self.subTest(record.slug):
                html = self.render(record)
                self.assertIn("Cite this", html)
                self.assertIn(f"http://localhost{record.get_absolute_url()}", html)
                self.assertIn('src="/static/js/api-cite.js"', html)
                self.assertNotIn("<script>", html)
                self.assertNotIn("style=", html)
                self.assertNotRegex(html, r"\son[a-z]+=")

    def test_stored_text_is_escaped(self):
        event = self.extras["event"]
        event.title = '<img src=x onerror="alert(1)">'
        event.save()
        source = self.extras["source"]
        source.publisher = "<script>alert(2)</script>"
        source.save()
        html = self.render(event)
        self.assertNotIn("<img src=x", html)
        self.assertNotIn("<script>alert", html)
        self.assertIn("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;", html)
        self.assertIn("&lt;script&gt;alert(2)&lt;/script&gt;", html)


class ExportLinksIncludeTests(SeededTestCase):
    def test_links_carry_the_query_escaped(self):
        template = Template('{% include "api/export_links.html" with query=query %}')
        html = template.render(Context({"query": "?round=astana-4&track=astana"}))
        self.assertIn('href="/api/export.csv?round=astana-4&amp;track=astana"', html)
        self.assertIn('href="/api/export.ics?round=astana-4&amp;track=astana"', html)
        html = Template(
            '{% include "api/export_links.html" with query="?round="|add:slug %}'
        ).render(Context({"slug": "astana-4"}))
        self.assertIn('href="/api/export.json?round=astana-4"', html)
        response = self.client.get("/api/export.json?round=astana-4")
        self.assertEqual(response.status_code, 200)


class CiteThisHeadingTests(SeededTestCase):
    def test_heading_level_follows_the_page(self):
        template = Template('{% include "api/cite_this.html" with record=record %}')
        record = Round.objects.get(slug="astana-4")
        self.assertIn("<h2 id", template.render(Context({"record": record})))
        self.assertIn("<h3 id", template.render(Context({"record": record, "h2": 3})))
