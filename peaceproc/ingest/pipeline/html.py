"""Main text and metadata of an article's HTML page: trafilatura for the text and the
title, htmldate for the publication date.

What they do here (trafilatura 2.3.1, htmldate 1.11.0, checked on this machine):

* trafilatura drops navigation, share widgets, related links and comments
  (`include_comments=False`) and keeps the dateline and captions inside the article;
  one paragraph per line. htmldate reads article:published_time, JSON-LD
  datePublished, <time> and the URL; `original_date=True` prefers the publication over
  the modification date; `extensive_search=False` keeps it from guessing a date out of
  any text on the page (a "related" link's date, a copyright year).
* trafilatura drops the characters Python calls unprintable, the zero-width non-joiner
  and joiner among them (Persian 'می‌گوید' came out 'میگوید'): _Joiners carries them
  through.
* Their cost grows with the number of elements, up to 10 s for a 1 MB page of unclosed
  tags (190,000 elements): about 50 us per element for trafilatura. Article pages have
  a few hundred to a few thousand elements once scripts, styles and SVG drawings are
  gone; a page with more is refused before they run, so no upload can take seconds.
  lxml's parser stops nesting at 255 levels, which bounds deep markup.
* Attributes cost more than their bytes: libxml2 checks each of an element's attributes
  against the ones before it, and htmldate reads an element's attributes once per look,
  so one element's cost grows with the square of its attributes (one <p> with 10,000
  took 0.08 s to parse and 1.2 s in htmldate; 60,000, 8 s and 200 s). They are counted
  by one scan of the text before any parser runs (_check_attributes); an element with
  more than a real page's widest is refused, and so is a page with more in all.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

import htmldate
import trafilatura
from lxml import etree
from lxml import html as lxml_html

from peaceproc.characters import JOINERS

from .types import FIRST_PUBLISHED, LAST_PUBLISHED, PipelineError

MAX_HTML_CHARS = 5_000_000
# Elements left once the page's code and drawings are dropped. Article pages have a few
# hundred to a few thousand (HTTP Archive: the median page about 800); trafilatura takes
# about 0.25 s for this many on this machine (bench/ingest_robustness.py).
MAX_ELEMENTS = 5_000
# Attributes of one element: real pages give a few, the widest a few dozen (data-*
# attributes of a tracking link, the srcset and sizes of a picture); 200 take 5 ms.
MAX_ELEMENT_ATTRIBUTES = 200
# Attributes of the whole page, scripts and drawings included: a large article page has
# a few thousand, ten times fewer than this. htmldate reads every one, twice when the page
# gives no date: 100,000 took 0.6 s of CPU, this many half that (bench/ingest_robustness.py).
MAX_ATTRIBUTES = 50_000
# A start tag as the HTML parser reads it: from "<" and a letter to the ">" outside
# quotes, or the end of the text (an unclosed tag or quote). Possessive, so the scan is
# linear whatever the text: each character is read once.
_START_TAG = re.compile(r"""<[A-Za-z](?:[^>"']++|"[^"]*+(?:"|$)|'[^']*+(?:'|$))*+""")
# An attribute name with its value, if any; the tag's own name ("<p") matches too.
_ATTRIBUTE = re.compile(r"""[^\s"'>/=]++(?:\s*+=\s*+(?:"[^"]*+"?|'[^']*+'?|[^\s>"']*+))?+""")
# libxml2's error when elements nest deeper than its limit (XML_ERR_RESOURCE_LIMIT).
_DEPTH_LIMIT = etree.ErrorTypes.ERR_RESOURCE_LIMIT
# Never text: dropped before counting, so a page heavy with inline SVG is not refused.
_CODE = ("script", "style", "noscript", "svg", "template", "iframe", "object", "canvas")
# Never shown to a reader, so never article text: elements with the `hidden` attribute
# (which trafilatura keeps) and those hidden from assistive technology (which it drops,
# as it drops display:none; dropped here too, not to depend on it).
_HIDDEN = etree.XPath('//*[@hidden or @aria-hidden="true"]')

# What is not the article: navigation, related links and sidebars, comments, and the
# site's footer (an article's own <footer>, which may hold its date, stays). trafilatura
# drops them from the text too.
_ASIDES = etree.XPath(
    "//nav | //aside"
    " | //*[@role='navigation' or @role='complementary' or @role='contentinfo']"
    " | //footer[not(ancestor::article)]"
    " | //*[contains(translate(@id, 'COMENT', 'coment'), 'comment')"
    " or contains(translate(@class, 'COMENT', 'coment'), 'comment')"
    " or contains(translate(@class, 'RELATD', 'relatd'), 'related')]"
)


def html_to_text(html: str) -> tuple[str, dict]:
    """(main text, {"title": str | None, "published": date | None, "ignored_date": str,
    "publisher": str | None, "url": str}) of an HTML page; "ignored_date" says which date
    the page gives for itself and why it is not taken (in the future, or out of range),
    else ""; "publisher" is the site's name as its metadata gives it (og:site_name,
    JSON-LD); "url" the page's own address (_page_url), else "".

    Paragraphs are separated by blank lines, so sentence splitting sees their ends; the
    headline, when the page has one, is the first paragraph.
    """
    doc = _parse(html)
    _check_size(doc)
    url = _page_url(doc)
    # Dates of other pages and other people are never this page's: dropped before the
    # date is looked for (htmldate reads the link texts of a related-links box).
    for el in _ASIDES(doc):
        if el.getparent() is not None:
            el.drop_tree()
    # Before the code is dropped: the JSON-LD block carries the date htmldate reads.
    published, ignored = _published(doc)
    printed = _printed_date(doc, published) if published else _stamp_line(doc)
    for el in [*doc.iter(*_CODE), *_HIDDEN(doc)]:
        if el.getparent() is not None:
            el.drop_tree()
    joiners = _Joiners(doc)
    document = trafilatura.bare_extraction(
        doc,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
        fast=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    title = joiners.back((document.title if document else None) or "").strip() or None
    body = joiners.back((document.text if document else None) or "")
    paragraphs = [" ".join(line.split()) for line in body.splitlines()]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        raise PipelineError("no article text was found in the HTML")
    if title and paragraphs[0] != title:
        paragraphs.insert(0, title)
    if printed and printed not in paragraphs[:3]:
        paragraphs.insert(1 if title else 0, printed)
    sitename = ((document.sitename if document else None) or "").strip()
    # Read in the page's own case first (its attributes hold the joiners' stand-ins too).
    publisher = _as_the_page_writes(sitename, doc)
    publisher = joiners.back(publisher) if publisher else None
    meta = {
        "title": title,
        "published": published,
        "ignored_date": ignored,
        "publisher": publisher,
        "url": url,
    }
    return "\n\n".join(paragraphs), meta


# The page's own address: its canonical link (rel holds "canonical" among its words, in
# any case), else its Open Graph address. trafilatura reads them too (document.url), but
# prefers og:url, takes a <base href> or a language alternate as well, resolves a
# relative one against another tag's host and rewrites the address (courlan's
# normalize_url); the page's own words are taken here, as it writes them.
_CANONICAL = etree.XPath(
    "//link[contains(concat(' ', normalize-space(translate(@rel,"
    " 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')), ' '), ' canonical ')]/@href"
)
_OG_URL = etree.XPath("//meta[@property='og:url' or @name='og:url']/@content")


def _page_url(doc) -> str:
    """The first canonical link, else og:url, that is an absolute http(s) address; ""
    for none (a relative or protocol-relative one, another scheme: not taken)."""
    for found in [*_CANONICAL(doc), *_OG_URL(doc)]:
        candidate = str(found).strip()
        try:
            parts = urlsplit(candidate)
        except ValueError:
            continue
        if parts.scheme.lower() in ("http", "https") and parts.netloc:
            return candidate
    return ""


class _Joiners:
    """trafilatura drops every character Python does not call printable, the zero-width
    non-joiner and joiner among them: 'می‌گوید' came out as 'میگوید', a word Persian
    readers do not see, and 'چاووش‌اوغلو' as one word no longer matching Çavuşoğlu. They
    are written as printable stand-ins (characters the page does not hold) into the
    page's text and attributes before it runs, and put back in what it returns."""

    # Symbols no article's text holds (the object replacement character and the control
    # pictures); the first ones absent from the page stand in for the joiners.
    _CANDIDATES = "\ufffc\u2400\u2401\u2402\u2403\u2404\u2405\u2406"

    def __init__(self, doc):
        held = "\n".join(
            part for el in doc.iter() for part in (el.text, el.tail, *el.attrib.values()) if part
        )
        free = [ch for ch in self._CANDIDATES if ch not in held]
        self._to = {j: ch for j, ch in zip(JOINERS, free, strict=False) if j in held}
        self._back = str.maketrans({v: k for k, v in self._to.items()})
        if not self._to:
            return  # no joiner on the page (or no stand-in free): nothing to carry
        there = str.maketrans(self._to)
        for el in doc.iter():
            if el.text:
                el.text = el.text.translate(there)
            if el.tail:
                el.tail = el.tail.translate(there)
            for name, value in el.attrib.items():
                el.set(name, value.translate(there))

    def back(self, text: str) -> str:
        return text.translate(self._back)


def _as_the_page_writes(name: str, doc) -> str | None:
    """The site's name in the case its page's metadata writes it: trafilatura title-cases
    one that starts in lower case ('rudaw' as 'Rudaw', and worse: outside tester t11b, 15).
    None for no name."""
    if not name:
        return None
    lower = name.lower()
    for value in doc.xpath("//meta/@content"):
        at = value.lower().find(lower)
        if at >= 0 and len(value.lower()) == len(value):
            return value[at : at + len(name)].strip() or name
    return name


def _parse(html: str):
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
    _check_attributes(html)
    try:
        # Parsed as UTF-8 bytes: lxml refuses a str that carries an XML encoding
        # declaration (XHTML pages), and the caller has already decoded the file.
        parser = lxml_html.HTMLParser(encoding="utf-8")
        doc = lxml_html.document_fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.LxmlError, ValueError) as exc:
        raise PipelineError(f"the HTML could not be parsed: {exc}") from exc
    if any(e.type == _DEPTH_LIMIT and "depth" in e.message for e in parser.error_log):
        # lxml stops at 255 levels and drops what lies deeper: the text is lost, say why.
        raise PipelineError(
            "the HTML's elements are nested too deep (more than 255 levels; a news page "
            "has a few dozen), so its text cannot be read. Paste the article's text instead."
        )
    return doc


def _check_attributes(html: str) -> None:
    """Refuses a page whose elements carry more attributes than a page does, before any
    parser sees it: one pass of regular expressions, linear in the text."""
    tags = _START_TAG.findall(html)
    # Each attribute takes two characters at least (a space and a name): only a tag
    # longer than twice the limit can exceed it.
    for tag in (t for t in tags if len(t) > 2 * MAX_ELEMENT_ATTRIBUTES):
        if (count := len(_ATTRIBUTE.findall(tag)) - 1) > MAX_ELEMENT_ATTRIBUTES:
            name = tag[1:].split(None, 1)[0][:20]
            raise PipelineError(
                f"one <{name}> element of the page has {count:,} attributes; an element "
                f"has a few, a few dozen at most (the limit is {MAX_ELEMENT_ATTRIBUTES:,}). "
                "Paste the article's text instead."
            )
    attributes = len(_ATTRIBUTE.findall("".join(tags))) - len(tags)
    if attributes > MAX_ATTRIBUTES:
        raise PipelineError(
            f"the page's elements have {attributes:,} attributes; an article page has a "
            f"few thousand (the limit is {MAX_ATTRIBUTES:,}). Paste the article's text instead."
        )


def _check_size(doc) -> None:
    """Refuses a page with more elements than an article page, code and drawings aside;
    counting is cheap (a few ms for 100,000 elements), unlike what comes next."""
    code = sum(sum(1 for _ in el.iter()) for el in doc.iter(*_CODE))
    elements = sum(1 for _ in doc.iter()) - code
    if elements > MAX_ELEMENTS:
        raise PipelineError(
            f"the page has {elements:,} HTML elements; an article page has a few thousand "
            f"(the limit is {MAX_ELEMENTS:,}). Paste the article's text instead."
        )


def _printed_date(doc, published: date | None) -> str | None:
    """The article's own date line as the page prints it ('18.09.2025 20:53' in a <time>
    of the publication day, or '08-11-2019' in a plain element under the headline, as a
    theme's 'post-meta' line prints it), which trafilatura leaves out: it dates the story's
    lead when no other date words do (LABELLING.md U10). A stamp line counts only when it
    names the publication day the page's markup gives."""
    if published is None:
        return None
    stamp = published.isoformat()
    for el in doc.iter("time"):
        text = " ".join(el.text_content().split())
        if (el.get("datetime") or "").startswith(stamp) and text and len(text) <= 40:
            return text
    line = _stamp_line(doc)
    return line if line is not None and published in _stamp_days(line) else None


def _stamp_days(line: str) -> set[date]:
    """The days a stamp line's numeric date may be: day first, month first or year first."""
    day = _STAMP.fullmatch(line)["day"]
    a, b, c = (int(n) for n in re.split(r"[./-]", day))
    orders = [(a, b, c)] if a > 31 else [(c, b, a), (c, a, b)]
    out = set()
    for y, m, d in orders:
        try:
            out.add(date(y, m, d))
        except ValueError:
            continue
    return out


# A page's own stamp line: a numeric date, with its time before or after it or none
# ('12:40 | 14.03.2025', '14/03/2025 - 12:40', '2025-03-14 12:40'); digits only, so it is
# read the same in every language. Words ('3 hours ago', 'منذ ساعتين') are no stamp:
# they give no day without the moment the page was read.
_TIME = r"\d{1,2}[:.h]\d{2}"
_STAMP = re.compile(
    rf"(?:{_TIME}\s*[|,·•/-]?\s*)?"
    r"(?P<day>\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})"
    rf"(?:\s*[|,·•/-]?\s*{_TIME})?"
)
# A stamp line is short: the widest above with room for spacing.
_STAMP_CHARS = 40


def _stamp_line(doc) -> str | None:
    """The page's stamp line when the page states no date in its markup (htmldate found
    none): the text of an element that holds nothing but a numeric date and perhaps its
    time, above the article's first paragraph; trafilatura leaves it out. Only when every
    such line gives the same day: a page listing others' dates (related links, a
    sidebar) gives none. The article's dateline rule (dateline.py) then reads it as a
    date printed on a line of its own, and the editor is told where the date comes from."""
    found: tuple[str, str] | None = None
    for el in doc.iter():
        if not isinstance(el.tag, str) or el.tag in _CODE:
            continue
        text = _short_text(el)
        if el.tag == "p" and text is None:
            break  # the article's text has begun: a date in it is no stamp line
        if not text or not (stamp := _STAMP.fullmatch(text)):
            continue
        day = stamp["day"]
        if found is not None and found[1] != day:
            return None
        found = found or (text, day)
    return found[0] if found else None


def _short_text(el) -> str | None:
    """An element's text, spaces tidied, when it is short enough to be a stamp line; read
    no further than that (an element holding the whole article is not copied)."""
    parts, length = [], 0
    for part in el.itertext():
        length += len(part)
        if length > 4 * _STAMP_CHARS:  # room for the markup's own spacing
            return None
        parts.append(part)
    text = " ".join("".join(parts).split())
    return text if len(text) <= _STAMP_CHARS else None


def _published(doc) -> tuple[date | None, str]:
    """The page's publication date, or None and why the date it states is not taken."""
    found = _find_date(doc)
    if not found:
        # htmldate skips a date after today by itself; asked again without that bound, it
        # says which date the page gives, so the editor learns why none was taken.
        stated = _find_date(doc, min_date="0001-01-02", max_date="9999-12-31")  # (0001-01-01 fails)
        if stated and date.fromisoformat(stated) > date.today():
            return None, f"the page's own date, {stated}, is in the future"
        if stated and date.fromisoformat(stated) < FIRST_PUBLISHED:
            return None, f"the page's own date, {stated}, is before {FIRST_PUBLISHED.isoformat()}"
        return None, ""
    # htmldate passes any date the page states (0001-01-01, 9999-12-31): one outside the
    # supported range or in the future is no publication date; the editor is asked for it.
    published = date.fromisoformat(found)
    if published > min(LAST_PUBLISHED, date.today()):
        return None, f"the page's own date, {found}, is in the future"
    if published < FIRST_PUBLISHED:
        return None, f"the page's own date, {found}, is before {FIRST_PUBLISHED.isoformat()}"
    return published, ""


def _find_date(doc, **bounds) -> str | None:
    try:
        return htmldate.find_date(doc, extensive_search=False, original_date=True, **bounds)
    except ValueError:  # htmldate refuses some malformed documents; no date then
        return None
