"""Main text (trafilatura) and publication date (htmldate) of pages shaped like news sites."""

import contextlib
import time
import unittest
from datetime import date

from peaceproc.ingest.pipeline import PipelineError, html_to_text
from peaceproc.ingest.pipeline.html import MAX_ATTRIBUTES, MAX_ELEMENT_ATTRIBUTES, MAX_ELEMENTS

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

# A wire-agency page without <article>: menus, a breadcrumb, share buttons, "read also"
# links with their own dates, a comment thread and a long footer around the story.
NEWS_SITE = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
<title>Переговоры в Астане завершились - Новости</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Переговоры в Астане завершились", "datePublished": "2017-05-04T18:30:00+03:00",
 "dateModified": "2017-05-06T09:00:00+03:00"}</script>
</head><body>
<div class="top"><ul class="menu">{menu}</ul>
<form><input name="q"><button>Найти</button></form></div>
<div class="breadcrumbs"><a href="/">Главная</a> / <a href="/world">В мире</a></div>
<div class="layout"><div class="main"><div class="story">
<h1 class="story__title">Переговоры в Астане завершились</h1>
<div class="story__date">4 мая 2017, 18:30</div>
<div class="story__text">
<p>АСТАНА, 4 мая. Четвертый раунд переговоров по Сирии завершился в четверг в Астане.</p>
<p>Глава российской делегации Александр Лаврентьев заявил, что меморандум о зонах
деэскалации подписан Россией, Ираном и Турцией.</p>
<p>Следующая встреча пройдет в середине июля, сообщил он журналистам.</p>
</div>
<div class="share"><a href="#">Поделиться</a> <a href="#">Telegram</a></div>
</div>
<div class="related"><h3>Читайте также</h3><ul>{related}</ul></div>
<div id="comments"><h3>Комментарии</h3>{comments}</div>
</div><div class="sidebar"><ul>{side}</ul></div></div>
<div class="footer"><p>© 2017 Агентство. Все права защищены.</p><ul>{menu}</ul></div>
</body></html>"""


def news_site() -> str:
    menu = "".join(f'<li><a href="/s{i}">Раздел {i}</a></li>' for i in range(40))
    related = "".join(
        f'<li><a href="/n{i}">Встреча в Женеве 1{i} марта 2016</a></li>' for i in range(8)
    )
    comments = "".join(
        f'<div class="comment"><b>user{i}</b><p>Комментарий номер {i}: переговоры ни о чем, '
        "все было ясно еще вчера.</p></div>"
        for i in range(12)
    )
    side = "".join(f'<li><a href="/t{i}">Популярное {i}</a></li>' for i in range(30))
    return (
        NEWS_SITE.replace("{menu}", menu)
        .replace("{related}", related)
        .replace("{comments}", comments)
        .replace("{side}", side)
    )


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
        ):
            self.assertNotIn(junk, text)
        # The headline once, first; paragraphs stay apart, so sentence splitting sees them.
        self.assertTrue(text.startswith("Iran, Russia stress cooperation on Syria\n\nAt a"))
        self.assertEqual(text.count("stress cooperation"), 1)
        self.assertIn("peace process.\n\nDuring", text)

    def test_news_site_page(self):
        text, meta = html_to_text(news_site())
        # The publication date, not the modification date, from the JSON-LD block.
        self.assertEqual(meta["published"], date(2017, 5, 4))
        self.assertIn("Четвертый раунд переговоров по Сирии завершился в четверг", text)
        self.assertIn("Следующая встреча пройдет в середине июля", text)
        for junk in ("Раздел 3", "Популярное", "Комментарий номер", "Женеве 1", "права"):
            self.assertNotIn(junk, text)

    def test_dates_from_time_and_meta(self):
        page = (
            '<html><body><article><time datetime="2018-01-31">31 Jan</time><p>The talks '
            "ended in Sochi on Tuesday with a final statement on the constitutional "
            "committee.</p></article></body></html>"
        )
        self.assertEqual(html_to_text(page)[1]["published"], date(2018, 1, 31))
        page = (
            '<html><head><meta name="date" content="2019-12-12"></head><body><article><p>'
            "Geneva talks of the committee were suspended on Friday after a week.</p>"
            "</article></body></html>"
        )
        self.assertEqual(html_to_text(page)[1]["published"], date(2019, 12, 12))

    def test_no_date_is_guessed_from_the_text(self):
        page = (
            "<html><body><article><p>The sixth round in Astana took place on 1 August "
            "2017 and the guarantors met again afterwards.</p></article></body></html>"
        )
        self.assertIsNone(html_to_text(page)[1]["published"])

    def test_xhtml_with_an_encoding_declaration(self):
        page = (
            '<?xml version="1.0" encoding="utf-8"?><html><body><article><p>Переговоры в '
            "Астане начались во вторник и продлятся два дня.</p></article></body></html>"
        )
        self.assertIn("Переговоры в Астане начались во вторник", html_to_text(page)[0])

    def test_bad_html(self):
        for bad, msg in [
            ("", "empty"),
            ("   ", "empty"),
            ("<html></html>", "no article text"),
            ("<html><body><script>x()</script></body></html>", "no article text"),
            ("\x00\x01binary", "binary"),
            ("<html><body>" + "<b>x</b>" * (MAX_ELEMENTS + 1), "HTML elements"),
        ]:
            with self.subTest(bad=bad[:40]), self.assertRaisesRegex(PipelineError, msg):
                html_to_text(bad)
        with self.assertRaisesRegex(PipelineError, "str"):
            html_to_text(b"<html></html>")

    def test_worst_markup_is_quick(self):
        # A generous bound (the benchmark, bench/ingest_robustness.py, reports the figures).
        para = "<p>The fourth round of talks in Astana opened on 4 May 2017.</p>"
        for page in (
            "<html><body>" + "<div>" * 80_000 + para + "</div>" * 80_000,
            "<html><body>" + "<div>x " * 80_000 + para,
            "<html><body>" + "<b><i><p>May 4 " * (MAX_ELEMENTS // 3 - 10),
            "<html><body><p>" + "<span>4 May</span> " * (MAX_ELEMENTS - 10),
        ):
            with self.subTest(page=page[:40]):
                t0 = time.process_time()
                with contextlib.suppress(PipelineError):
                    html_to_text(page)
                self.assertLess(time.process_time() - t0, 5)


if __name__ == "__main__":
    unittest.main()


class NestingTests(unittest.TestCase):
    def test_markup_nested_too_deep_says_so(self):
        html = (
            "<html><head><title>Deep</title></head><body>"
            + "<div>" * 60_000
            + "<p>The talks opened in Astana on 3 May 2017.</p>"
            + "</div>" * 60_000
            + "</body></html>"
        )
        with self.assertRaisesRegex(PipelineError, "nested too deep"):
            html_to_text(html)

    def test_ordinary_nesting_is_read(self):
        html = (
            "<html><body>" + "<div>" * 40 + "<article><p>"
            + "The fourth round of the talks opened in Astana on 3 May 2017. " * 4
            + "</p></article>" + "</div>" * 40 + "</body></html>"
        )  # fmt: skip
        text, _meta = html_to_text(html)
        self.assertIn("3 May 2017", text)


def _attributes(count: int) -> str:
    return " ".join(f"a{i}='{i}'" for i in range(count))


class AttributeTests(unittest.TestCase):
    """Issue 9: one element with 60,000 attributes held a worker for a minute (the parser's
    and htmldate's cost grows with the square of an element's attributes)."""

    para = "<p>The fourth round of talks in Astana opened on 4 May 2017.</p>"

    def test_element_with_too_many_attributes_is_refused_quickly(self):
        for attributes in (
            _attributes(MAX_ELEMENT_ATTRIBUTES + 1),
            _attributes(60_000),
            # A ">" inside a quoted value does not end the tag.
            " ".join(f'a{i}=">"' for i in range(20_000)),
            # Nor does an unclosed quote hide the attributes from the count.
            _attributes(20_000) + " b='",
        ):
            page = f"<html><body><p {attributes}>4 May 2017</p>{self.para}"
            with self.subTest(page=page[:60]):
                t0 = time.process_time()
                with self.assertRaisesRegex(PipelineError, r"one <p> element .* attributes"):
                    html_to_text(page)
                self.assertLess(time.process_time() - t0, 5)

    def test_page_with_too_many_attributes_is_refused(self):
        page = "<html><body>" + f"<b {_attributes(100)}>x</b>" * (MAX_ATTRIBUTES // 100 + 1)
        with self.assertRaisesRegex(PipelineError, r"the page's elements have [\d,]+ attributes"):
            html_to_text(page + self.para)

    def test_attributes_within_the_limits_are_read(self):
        page = (
            "<html><body><article>"
            + f"<p {_attributes(MAX_ELEMENT_ATTRIBUTES)}>Talks opened.</p>" * 200
            + self.para
        )
        self.assertIn("4 May 2017", html_to_text(page)[0])
