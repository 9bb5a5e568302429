"""Main text and metadata from an article's HTML, with lxml's parser (no regular expressions)."""

from __future__ import annotations

import json
from datetime import date

from lxml import etree
from lxml import html as lxml_html

from .types import PipelineError

MAX_HTML_CHARS = 5_000_000

_DROP = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
    "select",
    "template",
    "figure",
)
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt"}
_DATE_META = (
    ("property", "article:published_time"),
    ("property", "og:published_time"),
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "publish-date"),
    ("name", "date"),
    ("name", "dc.date.issued"),
    ("name", "dc.date"),
    ("name", "dcterms.created"),
    ("itemprop", "datePublished"),
    ("name", "sailthru.date"),
    ("name", "parsely-pub-date"),
)


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    v = value.strip()[:10]
    try:
        return date.fromisoformat(v)
    except ValueError:
        return None


def _published(doc) -> date | None:
    for attr, name in _DATE_META:
        for el in doc.iter("meta"):
            if (el.get(attr) or "").lower() == name.lower():
                d = _iso_date(el.get("content"))
                if d:
                    return d
    for el in doc.iter("script"):
        if (el.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            data = json.loads(el.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                d = (
                    _iso_date(item.get("datePublished"))
                    if isinstance(item.get("datePublished"), str)
                    else None
                )
                if d:
                    return d
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
    for el in doc.iter("time"):
        d = _iso_date(el.get("datetime"))
        if d:
            return d
    return None


def _title(doc) -> str | None:
    for el in doc.iter("meta"):
        if (el.get("property") or "").lower() == "og:title" and el.get("content"):
            return el.get("content").strip()
    t = doc.find(".//title")
    if t is not None and (t.text_content() or "").strip():
        return t.text_content().strip()
    h1 = doc.find(".//h1")
    if h1 is not None and h1.text_content().strip():
        return h1.text_content().strip()
    return None


def _block_text(el) -> str:
    return " ".join(el.text_content().split())


def _main_container(body):
    """The element whose own paragraphs hold the most text (an <article> if there is one)."""
    articles = [a for a in body.iter("article")]
    if articles:
        return max(articles, key=lambda a: len(a.text_content()))
    scores: dict = {}
    for p in body.iter("p"):
        parent = p.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + len(_block_text(p))
    if not scores:
        return body
    return max(scores, key=scores.get)


def html_to_text(html: str) -> tuple[str, dict]:
    """(main text, {"title": str | None, "published": date | None}) of an HTML page.

    Paragraphs are separated by blank lines, so sentence splitting sees their ends.
    """
    if not isinstance(html, str):
        raise PipelineError("the HTML must be decoded text (str)")
    if len(html) > MAX_HTML_CHARS:
        raise PipelineError(
            f"the HTML is {len(html):,} characters long; the limit is {MAX_HTML_CHARS:,}"
        )
    if not html.strip():
        raise PipelineError("the HTML file is empty")
    if "\x00" in html:
        raise PipelineError("the file contains NUL bytes: it looks like a binary file")
    try:
        # Parsed as UTF-8 bytes: lxml refuses a str that carries an XML encoding
        # declaration (XHTML pages), and the caller has already decoded the file.
        parser = lxml_html.HTMLParser(encoding="utf-8")
        doc = lxml_html.document_fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.LxmlError, ValueError) as exc:
        raise PipelineError(f"the HTML could not be parsed: {exc}") from exc
    meta = {"title": _title(doc), "published": _published(doc)}
    for tag in _DROP:
        for el in list(doc.iter(tag)):
            if el.getparent() is not None:
                el.drop_tree()
    body = doc.find("body")
    if body is None:
        body = doc
    container = _main_container(body)
    parts = []
    h1 = body.find(".//h1")
    if h1 is not None and not _inside(h1, container):
        parts.append(_block_text(h1))
    for el in container.iter():
        if not isinstance(el.tag, str) or el.tag not in _BLOCKS:
            continue
        if any(a.tag in _BLOCKS for a in el.iterancestors() if _inside(a, container)):
            continue  # a <p> inside an <li> is read once, with its block
        t = _block_text(el)
        if t:
            parts.append(t)
    if not parts:
        t = _block_text(container)
        if t:
            parts.append(t)
    text = "\n\n".join(parts).strip()
    if not text:
        raise PipelineError("no article text was found in the HTML")
    return text, meta


def _inside(el, container) -> bool:
    return el is container or any(a is container for a in el.iterancestors())
