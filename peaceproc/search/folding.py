"""Case and accent folding for text matched in Python (participants' names and aliases,
and the highlighting of matches), one character for one, so positions carry over; and the
characters every search reads past (SILENT), in the query, the names and the database's
full-text index (fulltext.py) alike."""

import re
import unicodedata
from functools import lru_cache
from html import escape

from django.utils.safestring import SafeString, mark_safe

from peaceproc.characters import (
    ARABIC_MARKS,
    BIDI_CONTROLS,
    C0_BUT_WHITESPACE,
    COMBINING_DIACRITICS,
    DEL_AND_C1,
    DIRECTION_MARKS,
    EUROPEAN_LETTERS,
    KEYCAP,
    SOFT_HYPHEN,
    TAGS,
    TATWEEL,
    VARIATION_SELECTORS,
    ZERO_WIDTH,
)

from .apostrophes import SPACING_ACUTES, read_apostrophes

WORD = re.compile(r"\w+")
# Characters a word reads the same with or without (characters.py), as regex class
# contents: a search drops them from the query and from everything it searches.
SILENT = ARABIC_MARKS + TATWEEL
_SILENT = re.compile(f"[{SILENT}]+")
# Arabic-Indic and Persian (Extended Arabic-Indic) digits, read as the digits they are:
# NFKC leaves them as they are ('أستانا ٤' is 'Astana 4').
# What a query may carry that no reader sees on a word: variation selectors, keycaps and
# tags ('1️⃣0️⃣' is '10').
_UNSEEN = re.compile(f"[{VARIATION_SELECTORS}{KEYCAP}{TAGS}]+")
# Bidirectional embeddings, overrides and isolates (refused in the record's text,
# chronology/validators.py), the left-to-right, right-to-left and Arabic letter marks,
# control characters, and the zero-width space, word joiner and byte-order mark: in a
# search they match nothing a reader typed and, echoed in the search box, its chip and the
# page's title, they reorder or hide the text around them. So is the soft hyphen (pasted
# from a hyphenated page, 'La\u00advrov'): unseen, it splits a word no record splits. Every
# search reads past them (query_text: the timeline's and the name box's alike); the
# timeline's form removes them from `q` and says so (site/filters.py). The zero-width
# (non-)joiners stay: Persian spelling uses them.
UNSHOWN_CHARACTERS = re.compile(
    f"[{C0_BUT_WHITESPACE}{DEL_AND_C1}{DIRECTION_MARKS}{ZERO_WIDTH}{BIDI_CONTROLS}{SOFT_HYPHEN}]"
)
# A combining mark on a Latin, Greek or Cyrillic letter that NFKC leaves as it is, having
# no composed letter for the pair: a Russian stress mark ('Лавро́в', as dictionaries and
# Wikipedia write it) or a second accent. Both databases' indexes read past them in the
# stored text (FTS5's remove_diacritics, unaccent), as fold() does past a composed
# letter's accent; a query's word must not break at one (outside tester t14c, finding 3).
# Marks on other scripts are left alone: the Arabic ones are SILENT already, and others
# (Devanagari's vowel signs) spell the word.
_DIACRITICS = re.compile(f"(?<=[{EUROPEAN_LETTERS}])[{COMBINING_DIACRITICS}]+")
EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)


def unmarked(text: str) -> str:
    """`text` without its SILENT characters ('أَسْتانا' -> 'أستانا')."""
    return _SILENT.sub("", text)


def silent_characters() -> str:
    """Every SILENT character, its ranges spelt out: for SQL, which has no classes."""
    chars, i = [], 0
    while i < len(SILENT):
        if SILENT[i + 1 : i + 2] == "-":
            chars += map(chr, range(ord(SILENT[i]), ord(SILENT[i + 2]) + 1))
            i += 3
        else:
            chars.append(SILENT[i])
            i += 1
    return "".join(chars)


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    base = unicodedata.normalize("NFKD", char)[:1] or char
    folded = base.casefold()
    return folded if len(folded) == 1 else char.lower()[:1] or char


def fold(text: str) -> str:
    """`text` lower-cased and without accents, as long as `text` ('Jâberi' -> 'jaberi').
    ASCII text has no accents and folds to its lower case, in one call."""
    if text.isascii():
        return text.lower()
    return "".join(fold_char(c) for c in text)


def without_diacritics(text: str) -> str:
    """`text` without the combining marks on its Latin, Greek and Cyrillic letters
    (_DIACRITICS: 'Ла\u0301вров' -> 'Лавров')."""
    return _DIACRITICS.sub("", text)


def query_text(query: str) -> str:
    """`query` in compatibility-composed form (NFKC), so that a letter typed as a base
    and a combining accent ('O\u0308') reads as the one letter ('Ö'), without the marks
    left on a letter with no composed form (without_diacritics), and unmarked. For a
    query only: it may change the length, which fold() must keep for highlighting. Its
    Arabic-Indic and Persian digits are read as digits (EASTERN_DIGITS), keycaps,
    variation selectors and invisible characters read past (_UNSEEN,
    UNSHOWN_CHARACTERS), and words joined by an apostrophe read as apostrophes.py says
    ('Lavrov'un' as 'Lavrov')."""
    return read_apostrophes(unmarked(without_diacritics(composed(query))).translate(EASTERN_DIGITS))


def composed(query: str) -> str:
    """`query` as query_text reads it first: without what no reader sees (_UNSEEN,
    UNSHOWN_CHARACTERS), its spacing accents as apostrophes (apostrophes.SPACING_ACUTES),
    in compatibility-composed form (NFKC)."""
    text = UNSHOWN_CHARACTERS.sub("", _UNSEEN.sub("", query)).translate(SPACING_ACUTES)
    return unicodedata.normalize("NFKC", text)


def without_initials(tokens: list[str]) -> list[str]:
    """`tokens` without one-letter words when a longer one is there: an initial ('Geir O.
    Pedersen') names nobody by itself, and as a word start it would match any word
    ('on', 'of'). A query of initials only keeps them."""
    return [t for t in tokens if len(t) > 1] or tokens


def words(query: str) -> list[str]:
    """The query's words, folded, initials left out (without_initials): what every match
    must contain (as word starts), and what a page marks."""
    return without_initials(WORD.findall(fold(query_text(query))))


@lru_cache(maxsize=256)
def _word_starts(query_words: tuple[str, ...], silent: bool) -> re.Pattern:
    """The starts of words that begin with a query word. With `silent`, for a text that
    holds SILENT characters, which stay in it (fold() keeps every position): the pattern
    reads past them, a class between each two letters, which costs some 0.6 ms a word to
    compile, paid by every new search. Without, for a text with none (most texts): the
    plain words, which match there exactly what the other would."""
    between, rest = (f"[{SILENT}]*", f"[\\w{SILENT}]*") if silent else ("", r"\w*")
    return re.compile(
        "|".join(rf"(?<!\w){between.join(map(re.escape, w))}{rest}" for w in query_words)
    )


def highlight(text: str, query_words: list[str]) -> SafeString:
    """`text`, escaped, with each word that starts with a query word in <mark>. (A page
    marks a hundred texts or more: the standard library's escape, which Django's wraps,
    and one pattern per search.)"""
    if not query_words:
        return mark_safe(escape(text))  # noqa: S308 - escaped
    folded = fold(text)
    parts, last = [], 0
    pattern = _word_starts(tuple(query_words), _SILENT.search(folded) is not None)
    for found in pattern.finditer(folded):
        start, end = found.span()
        parts += [escape(text[last:start]), "<mark>", escape(text[start:end]), "</mark>"]
        last = end
    parts.append(escape(text[last:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text is escaped
