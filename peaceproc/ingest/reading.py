"""Turning what an editor hands us (pasted text, an uploaded file, a path on disk) into
article text, or refusing it with a message the editor can act on.

Nothing here touches the database: every check runs before anything is stored, so a
refused input leaves no trace.
"""

import codecs
import contextlib
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import PurePath

import charset_normalizer

from peaceproc import normal_form
from peaceproc.characters import (
    BIDI_CONTROLS,
    C0_CONTROLS,
    DEL_AND_C1,
    LINE_SEPARATORS,
    NONCHARACTERS,
    PRIVATE_USE,
    UNASSIGNED,
)
from peaceproc.chronology.validators import one_clean_line, without_unseen
from peaceproc.ingest.pipeline import MAX_TEXT_CHARS, PipelineError, html_to_text

# Articles are a few tens of kilobytes; a megabyte is a short book. The limit keeps a
# stray upload (a PDF, a database dump) from tying up a request.
MAX_BYTES = 1_000_000
MAX_LABEL = "1 MB"
TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm")

# The charset an HTML file declares for itself, from its first kilobytes (the HTML
# standard's "prescan" looks no further). Only used when UTF-8 fails.
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
# C0 and C1 control characters other than tab, newline, carriage return, vertical tab and
# form feed: a text with many of them is binary data that happened to decode; a few are
# debris of a word processor or a terminal (ESC, BEL, DEL), dropped with a note. A
# terminal's colour or cursor code (ESC [ 31 m) goes whole, counted as one.
_CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# A vertical tab (Word's line break inside a paragraph) and a form feed (a page break):
# each becomes a new line, in one regex pass (str.translate with a dict table looks every
# character up in Python: 25 ms on 200,000 characters, against 1 ms).
_LINE_BREAKS = re.compile("[\x0b\x0c]")
# A text is binary when more than one character in a hundred is a control, and there
# are more than this many of them.
_STRAY_CONTROLS = 8
# Bidirectional embeddings, overrides and isolates (U+202A-202E, U+2066-2069): they
# reorder what follows on screen, in a quote, a title, the API and the exports. Between
# two letters or digits one stands for a space ('talks\u202eend' is two words).
_BIDI = re.compile(f"[{BIDI_CONTROLS}]+")
# A run of them between two letters or digits ([^\W_] is str.isalnum): in C, where a
# Python function per run took 30 ms on a text of 20,000.
_BIDI_BETWEEN_WORDS = re.compile(f"(?<=[^\\W_])[{BIDI_CONTROLS}]+(?=[^\\W_])")


class InputError(ValueError):
    """Input we refuse; the message says what was wrong and is shown to the editor, the
    code says which kind of refusal it is (`ingest --json`'s "code")."""

    code = "invalid_input"

    def __init__(self, message: str, *, code: str | None = None):
        super().__init__(message)
        if code:
            self.code = code


@dataclass(frozen=True)
class RawArticle:
    """Article text read from one input, before analysis."""

    name: str  # the file name, or "pasted text"
    text: str
    title: str = ""
    published: date | None = None  # from the HTML's metadata, when it had one
    notes: tuple[str, ...] = ()  # what reading changed in the text, for the editor
    # Why the HTML's own date was not taken ("the page's own date, 2099-01-01, is in the
    # future"), when it states one that is not taken.
    ignored_date: str = ""
    # The site's name from the HTML's metadata (og:site_name), when it gives one.
    publisher: str = ""
    # The page's own address (its canonical link, else og:url), as the page writes it,
    # not checked yet: forms.page_url takes it through the URL field's rules.
    url: str = ""


def size_label(size: int) -> str:
    if size >= 100_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{size / 1000:.0f} kB" if size >= 1000 else f"{size} bytes"


def check_size(name: str, size: int) -> None:
    if size > MAX_BYTES:
        label, limit = size_label(size), MAX_LABEL
        if label in (size_label(MAX_BYTES), MAX_LABEL):  # rounding hides the excess
            label, limit = f"{size:,} bytes", f"{MAX_BYTES:,} bytes"
        raise InputError(
            f"{name} is {label}; the limit is {limit} per article. "
            "Split it or keep only the article's text.",
            code="too_large",
        )


def check_length(name: str, text: str) -> None:
    """The pipeline's limit on an article's text, stated before anything reads it."""
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(
            f"{name} is {len(text):,} characters long; the limit is {MAX_TEXT_CHARS:,} "
            "characters per article (a long news article has under 50,000). Split it or "
            "keep only the article's text.",
            code="too_large",
        )


def check_suffix(name: str) -> None:
    if PurePath(name).suffix.lower() not in TEXT_SUFFIXES + HTML_SUFFIXES:
        raise InputError(f"{name}: only .txt and .html files can be ingested.", code="wrong_kind")


def is_html_name(name: str) -> bool:
    return PurePath(name).suffix.lower() in HTML_SUFFIXES


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html"))


# Legacy encodings of the six languages' text (Cyrillic, Western and Turkish Latin,
# Arabic script) that old files and word processors still write: a file that is not
# UTF-8 and declares nothing is tried in these, the detector choosing the one whose text
# reads as language. UTF-16 without a byte-order mark and other exotic guesses are never
# made.
LEGACY_ENCODINGS = {
    "cp1251": "Windows-1251 (Cyrillic)",
    "koi8_r": "KOI8-R (Cyrillic)",
    "cp1252": "Windows-1252 (Western European)",
    "latin_1": "ISO-8859-1 (Latin-1)",
    "cp1254": "Windows-1254 (Turkish)",
    "cp1256": "Windows-1256 (Arabic script)",
    "iso8859_6": "ISO-8859-6 (Arabic)",
}
# Below this many bytes outside ASCII there is too little to tell encodings apart ('è'
# and 'č' are one byte in two of them): such a file is refused rather than guessed.
MIN_DETECTION_EVIDENCE = 8
# The detector's "chaos" (0 to 1) of the whole text: above it, no candidate reads as text.
MAX_DETECTION_CHAOS = 0.1
# The detector drops an encoding as soon as one chunk of the text is more chaotic than its
# threshold: Persian in Windows-1256 (its ZWNJs, its Arabic-form yeh and kaf) has chunks
# at 0.2 and more although the whole reads at 0.09. Chunks may be noisier; the whole
# must still read as text (MAX_DETECTION_CHAOS).
CHUNK_CHAOS = 0.5


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # Python's codec name
    how: str = ""  # why that encoding, when it is not UTF-8: for the editor
    not_utf8: str = ""  # where the bytes stopped being UTF-8 (not_utf8_at), if they did


def decode(data: bytes, *, name: str, declared: str | None = None) -> Decoded:
    """The text of `data`: UTF-8 (with or without a BOM), UTF-16 with a BOM, else the
    charset the HTTP upload or the HTML itself declares, else the legacy encoding a
    detector finds (charset_normalizer, among LEGACY_ENCODINGS). Anything else is refused,
    and a detected encoding is named to the editor, because a wrong one garbles names."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError:
            raise InputError(
                f"{name} starts like UTF-16 but is not valid UTF-16.", code="not_text"
            ) from None
    if data.startswith(_BINARY_SIGNATURES):
        raise InputError(
            f"{name} is a binary file, not text: only .txt and .html articles can be read.",
            code="not_text",
        )
    if b"\x00" in data:
        if _utf16_without_bom(data):
            raise InputError(
                f"{name} looks like UTF-16 text without a byte-order mark: save it as UTF-8 "
                "and try again.",
                code="not_text",
            )
        if _binary_bytes(data):
            raise InputError(
                f"{name} is a binary file, not text: only .txt and .html articles can be read.",
                code="not_text",
            )
        # A few NULs in a text are debris, dropped with the other stray controls (check_text).
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError as exc:
        not_utf8 = not_utf8_at(data, exc)
    charsets = [(declared, "declared by the upload")] if declared else []
    if match := _META_CHARSET.search(data[:4096]):
        charsets.append((match.group(1).decode("ascii"), "declared by the page"))
    for charset, how in charsets:
        try:
            codec = codecs.lookup(charset).name
        except LookupError:
            continue
        # A file that declares UTF-8 but is not valid UTF-8 has already failed above.
        if codec.startswith("utf-8"):
            continue
        try:
            return Decoded(data.decode(codec), codec, how, not_utf8)
        except UnicodeDecodeError:
            continue
    if detected := detect_legacy(data):
        return replace(detected, not_utf8=not_utf8)
    raise InputError(
        f"{name} is {not_utf8} (nor UTF-16 with a byte-order mark), declares no "
        "charset that reads it, and is not recognisably in one of the legacy encodings "
        "read ("
        f"{', '.join(LEGACY_ENCODINGS.values())}). Save it as UTF-8 and try again.",
        code="not_text",
    )


def not_utf8_at(data: bytes, exc: UnicodeDecodeError) -> str:
    """Where a file stops being UTF-8, for the editor: 'not UTF-8 (byte 0xE8 at position
    66)', counted in bytes from 0 of the file as saved (a byte-order mark included)."""
    position = exc.start + (3 if data.startswith(codecs.BOM_UTF8) else 0)
    return f"not valid UTF-8 (byte 0x{data[position]:02X} at position {position:,})"


# Bytes no text holds: C0 controls but tab, newline, vertical tab, form feed, carriage
# return and ESC (which terminals and old word processors leave in text).
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
# Read at most this much of a file to tell binary data from text.
_SNIFF_BYTES = 20_000


# How the files most often mistaken for text begin: PNG, GIF, JPEG, PDF, ZIP (a .docx or
# .odt), an old Word document (OLE2), gzip.
_BINARY_SIGNATURES = (
    b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0",
    b"\x1f\x8b",
)  # fmt: skip


def _binary_bytes(data: bytes) -> bool:
    """More than one byte in a hundred a control no text holds, more than a few of them
    or one in ten: binary data; fewer are debris in a text."""
    head = data[:_SNIFF_BYTES]
    controls = len(_BINARY_BYTES.findall(head))
    return controls * 100 > len(head) and (controls > _STRAY_CONTROLS or controls * 10 > len(head))


def _utf16_without_bom(data: bytes) -> bool:
    """Every other byte a NUL, the others mostly text: ASCII-range UTF-16 saved without
    its byte-order mark."""
    head = data[: _SNIFF_BYTES - _SNIFF_BYTES % 2]
    if len(head) < 4:
        return False
    for zeros, chars in ((head[1::2], head[0::2]), (head[0::2], head[1::2])):
        if zeros.count(0) * 10 >= len(zeros) * 9 and chars.count(0) * 10 < len(chars):
            return True
    return False


_TURKISH_LOOKALIKES = ("cp1252", "latin_1")
_TURKISH_BYTES = re.compile(rb"[\xd0\xdd\xde\xf0\xfd\xfe]")


def detect_legacy(data: bytes) -> Decoded | None:
    if sum(byte > 0x7F for byte in data) < MIN_DETECTION_EVIDENCE:
        return None
    readable = [
        match
        for match in charset_normalizer.from_bytes(
            data, cp_isolation=list(LEGACY_ENCODINGS), threshold=CHUNK_CHAOS
        )
        if match.encoding in LEGACY_ENCODINGS and match.chaos <= MAX_DETECTION_CHAOS
    ]
    if not readable:
        return None
    best = min(readable, key=lambda m: (m.chaos, -m.coherence))
    # Windows-1254 is Windows-1252 with six letters changed: Turkish in one reads as
    # orderly in the other, its 'ğ', 'ı', 'ş', 'İ' turned into Icelandic 'ð', 'ý', 'þ',
    # 'Ý', which no language read here writes. A text that has them is Turkish.
    if best.encoding in _TURKISH_LOOKALIKES and _TURKISH_BYTES.search(data):
        with contextlib.suppress(UnicodeDecodeError):
            return Decoded(data.decode("cp1254"), "cp1254", "detected")
    return Decoded(str(best), best.encoding, "detected")


def encoding_label(decoded: Decoded) -> str:
    return LEGACY_ENCODINGS.get(decoded.encoding, decoded.encoding)


def encoding_note(name: str, decoded: Decoded) -> tuple[str, ...]:
    """What the editor is told about a file that was not UTF-8."""
    if not decoded.how:
        return ()
    label = encoding_label(decoded)
    return (
        f"{name} is not UTF-8: read as {label}, {decoded.how}. If names or dates look "
        "garbled, save the file as UTF-8 and upload it again.",
    )


def check_text(name: str, text: str) -> tuple[str, tuple[str, ...]]:
    """`text` cleaned of stray control characters, and a note of what was dropped;
    refuses an empty or binary-looking text."""
    if not text.strip():
        raise InputError(f"{name} has no text.", code="empty")
    # More than one control character in a hundred is far beyond any real article; it is
    # a binary file in a single-byte encoding. A few, a NUL among them (a paste from a
    # terminal or a PDF viewer), are dropped like any stray control. (A file with a NUL
    # byte was refused by decode() already: text files have none.)
    controls = len(_CONTROL.findall(text[:20_000]))
    if controls > _STRAY_CONTROLS and controls * 100 > min(len(text), 20_000):
        raise InputError(
            f"{name} is a binary file, not text: only .txt and .html articles can be read.",
            code="not_text",
        )
    text, dropped = _CONTROL.subn("", _LINE_BREAKS.sub("\n", text))
    if run := normal_form.long_run(text):
        # No writing stacks this many marks on one letter; composing them is what takes
        # time, and what they hide is no article's.
        raise InputError(
            f"{name} has {len(run.group()):,} combining marks (accents, vowel signs) in a "
            f"row at character {run.start() + 1:,}; no writing puts more than "
            f"{normal_form.MAX_NON_STARTERS} on one letter. Remove them and try again.",
            code="not_text",
        )
    # Composed (NFC), as the record hashes it: a text saved decomposed (macOS, some PDF
    # readers: 'fe\u0301vrier' for 'février') reads the same to an editor, but its words
    # would not match the pipeline's month names and names. Once, here, for every input.
    text = normal_form.normalize("NFC", without_bidi_controls(text))
    # Code points with no character (characters.UNASSIGNED): an empty box to a reader,
    # they would split a name or a place the analysis reads ('Lav\u0378rov').
    text, unassigned = UNASSIGNED.subn("", text)
    if not text.strip():
        raise InputError(f"{name} has no text.", code="empty")
    notes: tuple[str, ...] = ()
    if dropped:
        s = "" if dropped == 1 else "s"
        notes = (
            f"{dropped} control character{s} (such as NUL, ESC, BEL or DEL) removed from {name}.",
        )
    if unassigned:
        s = "" if unassigned == 1 else "s"
        notes += (
            f"{unassigned} character{s} Unicode assigns no character to (shown as empty boxes) "
            f"removed from {name}.",
        )
    return text, notes


def without_bidi_controls(text: str) -> str:
    """`text` without bidi embeddings and overrides; a space where one parted two words."""
    return _BIDI.sub("", _BIDI_BETWEEN_WORDS.sub(" ", text))


# What single-line text (a title, a place) may not hold: C0 and C1 controls, line and
# paragraph separators, bidi embeddings, overrides and isolates, non-characters, private-use
# characters (as the record's validators, peaceproc/chronology/validators.py).
_LINE_CONTROLS = re.compile(
    f"[{C0_CONTROLS}{DEL_AND_C1}{LINE_SEPARATORS}{BIDI_CONTROLS}{NONCHARACTERS}{PRIVATE_USE}]"
)


def shown_controls(text: str) -> str:
    """`text` with each control character written as its code ('event:U+000025'): a
    value sent back in a message, never a raw NUL or override in the page."""
    return _LINE_CONTROLS.sub(lambda m: f"U+{ord(m[0]):04X}", text)


def spaced_by_cleaning(text: str) -> bool:
    """Whether clean_line leaves a space where a control character of `text` stood (one
    parting two words), rather than only taking it out."""
    cleaned, removed = clean_line(text)
    return bool(removed) and cleaned != " ".join(_LINE_CONTROLS.sub("", text).split())


def clean_line(text: str) -> tuple[str, int]:
    """`text` as one clean line, and how many control characters were removed: the same
    rule for what an editor types as for an article's own text. A bidi control is dropped
    (a space where it parted two words, never gluing them), any other control becomes a
    space, and spaces are collapsed."""
    removed = len(_LINE_CONTROLS.findall(text))
    if not removed:
        return text, 0
    return one_clean_line(without_bidi_controls(text)), removed


def read_html(name: str, html: str, notes: tuple[str, ...] = ()) -> RawArticle:
    try:
        text, meta = html_to_text(html)
    except PipelineError as exc:
        raise InputError(f"{name}: {exc}", code="not_analysable") from None
    if not (text or "").strip():
        raise InputError(
            f"{name} has no article text that could be extracted from its HTML.", code="empty"
        )
    check_length(name, text)
    text, more_notes = check_text(name, text)
    notes = (*notes, *more_notes)
    if ignored := meta.get("ignored_date") or "":
        notes = (*notes, f"{name}: {ignored}; it was not taken as the publication date.")
    return RawArticle(
        name=name,
        text=text,
        title=without_unseen(clean_line(meta.get("title") or "")[0])[:500],
        published=meta.get("published"),
        notes=notes,
        ignored_date=ignored,
        publisher=without_unseen(clean_line(meta.get("publisher") or "")[0])[:200],
        url=meta.get("url") or "",
    )


def read_bytes(data: bytes, *, name: str, declared: str | None = None) -> RawArticle:
    """Read one uploaded or on-disk file; `name` decides between text and HTML."""
    check_suffix(name)
    check_size(name, len(data))
    decoded = decode(data, name=name, declared=declared)
    try:
        text, notes = check_text(name, decoded.text.replace("\r\n", "\n"))
    except InputError as exc:
        if exc.code != "not_text" or not decoded.not_utf8 or _binary_bytes(data):
            raise
        # Text bytes that read as controls in the encoding guessed: another encoding, or
        # UTF-8 mixed with one, rather than binary data.
        raise InputError(
            f"{name} is {decoded.not_utf8}, and read as {encoding_label(decoded)} it holds "
            "control characters no text has: it is probably UTF-8 mixed with another "
            "encoding. Save it as UTF-8 and try again.",
            code="not_text",
        ) from None
    notes = (*encoding_note(name, decoded), *notes)
    if is_html_name(name) or looks_like_html(text):
        return read_html(name, text, notes)
    check_length(name, text)
    return RawArticle(name=name, text=text, title=first_line_title(text), notes=notes)


def read_pasted(text: str, *, name: str = "The pasted text") -> RawArticle:
    check_size(name, len(text.encode("utf-8", "surrogatepass")))
    text, notes = check_text(name, text.replace("\r\n", "\n"))
    if looks_like_html(text):
        return read_html(name, text, notes)
    check_length(name, text)
    return RawArticle(name=name, text=text, title=first_line_title(text), notes=notes)


# Sentence ends in the six languages' scripts: full stop, !, ?, the Arabic question mark
# and full stop, the ideographic full stop.
_SENTENCE_ENDS = (".", "!", "?", ":", "\u061f", "\u06d4", "\u3002")
_FIRST_SENTENCE = re.compile(r"(.+?[.!?\u061f\u06d4\u3002])(?:\s|$)")
MAX_TITLE = 200


def first_line_title(text: str) -> str:
    """The article's headline: news pastes usually start with one, a short first line
    with no full stop. A text without one (it starts with its first paragraph) is titled
    by its first sentence, or the first words of it, in whatever script it is written."""
    first = without_unseen(one_clean_line(text.strip().split("\n", 1)[0]))
    if not first:
        return ""
    if len(first) <= MAX_TITLE and not first.endswith(_SENTENCE_ENDS):
        return first
    if (sentence := _FIRST_SENTENCE.match(first)) and len(sentence.group(1)) <= MAX_TITLE:
        return sentence.group(1).rstrip(".:\u06d4\u3002")
    cut = first[:MAX_TITLE].rsplit(" ", 1)[0]
    return f"{cut}…"
