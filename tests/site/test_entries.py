"""The timeline list's sources line (templatetags/entries.py): a link where the source's
URL is safe to link to, its name as escaped text otherwise."""

from types import SimpleNamespace

from django.test import SimpleTestCase

from peaceproc.chronology.models import Source
from peaceproc.site.templatetags.entries import sources
from peaceproc.site.timeline import CitedSource


def cited(*found: Source) -> SimpleNamespace:
    """An item of the list citing `found`, as the list reads them (rows, not models)."""
    return SimpleNamespace(
        sources=tuple(CitedSource(s.pk, s.url, s.publisher, s.title) for s in found)
    )


class SourcesTests(SimpleTestCase):
    def test_a_web_address_is_linked_under_its_publisher(self):
        html = sources(cited(Source(url="https://www.un.org/x?a=1&b=2", publisher="UN <News>")))
        self.assertIn(
            '<a href="https://www.un.org/x?a=1&amp;b=2" rel="noopener noreferrer external">'
            "<bdi>UN &lt;News&gt;</bdi></a>",
            html,
        )

    def test_any_other_address_is_text_only(self):
        html = sources(
            cited(
                Source(url="javascript:alert(1)", title='<b onclick="x">Bad</b>'),
                Source(url="http://example.org/", publisher=""),
            )
        )
        self.assertNotIn("javascript:", html)
        self.assertIn("<bdi>&lt;b onclick=&quot;x&quot;&gt;Bad&lt;/b&gt;</bdi>, ", html)
        self.assertIn('<a href="http://example.org/" rel="noopener noreferrer external">', html)
        self.assertIn("><bdi>example.org</bdi></a>", html)

    def test_no_citations_no_line(self):
        self.assertEqual(sources(cited()), "")


class CitedSourceTests(SimpleTestCase):
    def test_a_row_is_named_and_linked_as_its_source(self):
        for source in (
            Source(pk=7, url="https://www.un.org/x", publisher="UN", title="A"),
            Source(pk=7, url="https://www.un.org/x", publisher="", title=""),
            Source(pk=7, url="ftp://example.org/f", publisher="", title="T"),
            Source(pk=7, url="", publisher="", title=""),
        ):
            row = CitedSource(source.pk, source.url, source.publisher, source.title)
            with self.subTest(source.url):
                self.assertEqual(
                    (str(row), row.href, row.label, row.name),
                    (str(source), source.href, source.label, source.name),
                )
