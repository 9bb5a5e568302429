"""The timeline list's sources line (templatetags/entries.py): a link where the source's
URL is safe to link to, its name as escaped text otherwise."""

from types import SimpleNamespace

from django.test import SimpleTestCase

from peaceproc.chronology.models import Citation, Source
from peaceproc.site.templatetags.entries import sources


def cited(*found: Source) -> SimpleNamespace:
    return SimpleNamespace(citations=tuple(Citation(source=source) for source in found))


class SourcesTests(SimpleTestCase):
    def test_a_web_address_is_linked_under_its_publisher(self):
        html = sources(cited(Source(url="https://www.un.org/x?a=1&b=2", publisher="UN <News>")))
        self.assertIn(
            '<a href="https://www.un.org/x?a=1&amp;b=2" rel="noopener noreferrer external">'
            "UN &lt;News&gt;</a>",
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
        self.assertIn("&lt;b onclick=&quot;x&quot;&gt;Bad&lt;/b&gt;, ", html)
        self.assertIn('<a href="http://example.org/" rel="noopener noreferrer external">', html)
        self.assertIn(">example.org</a>", html)

    def test_no_citations_no_line(self):
        self.assertEqual(sources(cited()), "")
