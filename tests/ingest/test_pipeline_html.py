"""Main text and metadata from HTML, with lxml."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import PipelineError, html_to_text

PAGE = """<!doctype html>
<html><head>
<title>Iran, Russia stress cooperation | Site</title>
<meta property="og:title" content="Iran, Russia stress cooperation on Syria">
<meta property="article:published_time" content="2017-08-01T10:20:00+00:00">
<script>var tracking = "At a Monday meeting";</script>
<style>p { color: red }</style>
</head><body>
<nav><ul><li>Home</li><li>World</li></ul></nav>
<header><p>Subscribe to our newsletter</p></header>
<article>
  <h1>Iran, Russia stress cooperation on Syria</h1>
  <p>At a Tuesday meeting in Moscow, Hossein Jaberi Ansari and Mikhail Bogdanov called
     for the continuation of the peace process.</p>
  <p>During the fourth round of the talks in May, an agreement was signed &amp; welcomed.</p>
  <figure><figcaption>Photo: archive</figcaption></figure>
</article>
<aside><p>You Might Also Like</p></aside>
<footer><p>All rights reserved</p></footer>
</body></html>"""


class HtmlTests(unittest.TestCase):
    def test_main_text_and_metadata(self):
        text, meta = html_to_text(PAGE)
        self.assertEqual(meta["title"], "Iran, Russia stress cooperation on Syria")
        self.assertEqual(meta["published"], date(2017, 8, 1))
        self.assertIn("At a Tuesday meeting in Moscow, Hossein Jaberi Ansari", text)
        self.assertIn("an agreement was signed & welcomed.", text)
        for junk in (
            "tracking",
            "Subscribe",
            "You Might Also Like",
            "rights reserved",
            "color: red",
            "Home",
            "Photo",
        ):
            self.assertNotIn(junk, text)
        # Paragraphs stay apart, so sentence splitting sees them.
        self.assertIn("peace process.\n\nDuring", text)

    def test_json_ld_and_time_dates(self):
        ld = (
            '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2019-12-12T08:00:00Z"}</script></head><body><p>Text here.</p>'
            "</body></html>"
        )
        self.assertEqual(html_to_text(ld)[1]["published"], date(2019, 12, 12))
        t = '<html><body><time datetime="2018-01-31">31 Jan</time><p>Talks.</p></body></html>'
        self.assertEqual(html_to_text(t)[1]["published"], date(2018, 1, 31))

    def test_page_without_article_uses_the_densest_block(self):
        page = (
            "<html><body><div><p>Menu</p></div><div class='c'><p>First paragraph of the "
            "story.</p><p>Second paragraph of the story.</p></div></body></html>"
        )
        text, meta = html_to_text(page)
        self.assertEqual(text, "First paragraph of the story.\n\nSecond paragraph of the story.")
        self.assertIsNone(meta["published"])

    def test_non_latin_html(self):
        page = "<html><body><article><p>В четверг в Астане завершился раунд.</p></article></body></html>"  # noqa: E501
        self.assertEqual(html_to_text(page)[0], "В четверг в Астане завершился раунд.")

    def test_xhtml_with_an_encoding_declaration(self):
        page = (
            '<?xml version="1.0" encoding="utf-8"?><html><body><p>Переговоры в Астане.</p>'
            "</body></html>"
        )
        self.assertEqual(html_to_text(page)[0], "Переговоры в Астане.")

    def test_bad_html(self):
        for bad, msg in [
            ("", "empty"),
            ("   ", "empty"),
            ("<html></html>", "no article text"),
            ("<html><body><script>x()</script></body></html>", "no article text"),
            ("\x00\x01binary", "binary"),
        ]:
            with self.subTest(bad=bad), self.assertRaisesRegex(PipelineError, msg):
                html_to_text(bad)
        with self.assertRaisesRegex(PipelineError, "str"):
            html_to_text(b"<html></html>")


if __name__ == "__main__":
    unittest.main()
