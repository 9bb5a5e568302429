"""Validators of the record's text: no control characters.

A control character in a title or a place (BEL, ESC, CR, a line or paragraph separator, a
bidirectional override) reaches CSV exports, calendar files and the page's <title>, where
it breaks lines or reorders what a reader sees. Single-line text refuses every one; text
that may run over several lines (summaries) keeps tabs and line breaks. Marks that
Arabic and Persian text needs (zero-width joiners, left-to-right and right-to-left marks)
are not control characters here.
"""

import re
import unicodedata
from collections.abc import Iterator
from urllib.parse import unquote

from django.core.exceptions import ValidationError

from peaceproc.characters import (
    BIDI_CONTROLS,
    C0_BUT_WHITESPACE,
    C0_CONTROLS,
    DEL_AND_C1,
    JOINERS,
    JOINING_SCRIPTS,
    LINE_SEPARATORS,
    NONCHARACTERS,
    PRIVATE_USE,
    UNASSIGNED,
)
from peaceproc.lookalike import IGNORABLE_RUN as _IGNORABLE_RUN
from peaceproc.lookalike import is_ignorable, without_ignorables

# C0, DEL and C1; the line and paragraph separators; the bidirectional embeddings and
# overrides (U+202A-U+202E) and isolates (U+2066-U+2069); the non-characters (U+FFFF).
# And the private-use characters (characters.PRIVATE_USE), which only an icon font draws.
_OTHER = DEL_AND_C1 + LINE_SEPARATORS + BIDI_CONTROLS + NONCHARACTERS + PRIVATE_USE
_NONCHARACTER = re.compile(f"[{NONCHARACTERS}]")
_PRIVATE = re.compile(f"[{PRIVATE_USE}]")
_SINGLE_LINE = re.compile(f"[{C0_CONTROLS}{_OTHER}]")
# Tab, line feed and carriage return kept (a browser sends a textarea's lines as CR LF).
_MULTI_LINE = re.compile(f"[\x00{C0_BUT_WHITESPACE}{_OTHER}]")


def _refuse(found: re.Match | None, where: str) -> None:
    if found and _NONCHARACTER.match(found.group()):
        raise ValidationError(
            "Remove the character U+%(code)04X: it is a Unicode non-character, which no "
            "text holds.",
            code="noncharacter",
            params={"code": ord(found.group())},
        )
    if found and _PRIVATE.match(found.group()):
        raise ValidationError(
            "Remove the private-use character U+%(code)04X: only the font that draws it (an "
            "icon font) gives it a meaning, so other readers and searches cannot read it.",
            code="private_use_character",
            params={"code": ord(found.group())},
        )
    if found:
        raise ValidationError(
            "Remove the control character U+%(code)04X: %(where)s.",
            code="control_character",
            params={"code": ord(found.group()), "where": where},
        )


def _refuse_unassigned(value: str) -> None:
    if found := UNASSIGNED.search(value or ""):
        raise ValidationError(
            "Remove the character U+%(code)04X: Unicode assigns no character to it (it "
            "shows as an empty box), so the text would be stored apart from the one shown.",
            code="unassigned_character",
            params={"code": ord(found.group())},
        )


# What no text holds, one line or several: a non-character, a private-use character.
_UNREADABLE = re.compile(f"[{NONCHARACTERS}{PRIVATE_USE}]")


def readable_characters(value: str) -> None:
    """The record's own refusal of a non-character, a private-use character and a code
    point Unicode assigns no character to, for a form of another page that stores text
    in the record (the ingestion's review and paste: re-tester t15d, 12), which cleans or
    names control characters in its own way."""
    _refuse(_UNREADABLE.search(value or ""), "")
    _refuse_unassigned(value)


def single_line_text(value: str) -> None:
    _refuse(_SINGLE_LINE.search(value or ""), "this text is one line without control characters")
    _refuse_unassigned(value)


def url_text(value: str) -> None:
    """A web address: no control character, as any one-line text (Django's URLValidator
    lets a bidirectional override pass in the path, which reorders the address a reader
    sees: outside tester t10a), and no format character either. A character written as
    percent-escapes (UTF-8 bytes) is refused as it would be written out: `%CD%B8` is the
    empty box U+0378 once a browser or a reader decodes the address (outside tester t16d,
    13). Escaped C0 controls (`%0A`, `%09`) stay allowed: no browser shows them decoded."""
    _refuse(_SINGLE_LINE.search(value or ""), "a web address holds no control characters")
    _refuse_format(value)
    _refuse_unassigned(value)  # (an empty box in the address: re-tester t16c, 5)
    for escaped in _PERCENT_ESCAPES.finditer(value or ""):
        decoded = unquote(escaped.group(), errors="replace")
        try:
            readable_characters(decoded)
            _refuse_format(decoded)
        except ValidationError as exc:
            raise ValidationError(
                "%(message)s It is written percent-escaped in the address, as %(escaped)s.",
                code=exc.code,
                params={"message": " ".join(exc.messages), "escaped": escaped.group()},
            ) from exc


# A run of percent-escapes: the UTF-8 bytes of one or more characters.
_PERCENT_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")


def _refuse_format(value: str) -> None:
    # A format character (Unicode category Cf: a zero-width space, a word joiner, a byte
    # order mark, a soft hyphen) is invisible: in a host, IDNA drops some of them, so the
    # address a reader sees is not the one stored (re-tester t10s). Text keeps them (the
    # joiners Arabic and Persian need); an address has no use for them.
    invisible = next((char for char in value or "" if unicodedata.category(char) == "Cf"), None)
    if invisible is not None:
        raise ValidationError(
            "Remove the format character U+%(code)04X: a web address holds no invisible "
            "format characters (such as a zero-width space).",
            code="format_character",
            params={"code": ord(invisible)},
        )


def one_clean_line(value: str) -> str:
    """`value` as single-line text: each control character a space, spaces collapsed. For
    text taken from an article (its headline), which nobody typed and nobody can fix."""
    return " ".join(_SINGLE_LINE.sub(" ", value or "").split())


def multi_line_text(value: str) -> None:
    _refuse(
        _MULTI_LINE.search(value or ""),
        "this text may hold line breaks and tabs, but no other control characters",
    )
    _refuse_unassigned(value)


def title_with_letter_or_digit(value: str) -> None:
    """A title or a name of nothing but punctuation or symbols ('-----', an emoji) or of
    invisible characters (a zero-width space, a lone accent) names nothing, and its slug
    would be a date alone (outside tester t10b, 7); a letter or digit of any script will
    do. The ingestion's review and the admin alike (t11a, 7). A default-ignorable
    character counts as none, though Unicode calls some letters (the Hangul fillers,
    drawn as nothing: outside tester t11d, 3)."""
    if value and not any(ch.isalnum() and not is_ignorable(ch) for ch in value):
        raise ValidationError(
            "A title or name needs at least one letter or digit (in any script), not only "
            "punctuation, symbols or invisible characters (such as a zero-width space or "
            "a Hangul filler).",
            code="title_without_letter_or_digit",
        )


# A letter of a script that writes joiners inside its words (characters.JOINING_SCRIPTS).
_JOINED_LETTER = re.compile(f"[{JOINING_SCRIPTS}]")
_JOINER_SET = frozenset(JOINERS)


def _spelling(run: str, before: str, after: str) -> bool:
    """Whether the invisible `run` between the letters `before` and `after` is part of
    the word's spelling: joiners between two letters of a script that writes them (the
    Persian zero-width non-joiner, 'می‌شود')."""
    joined = _JOINED_LETTER.match(before) and _JOINED_LETTER.match(after)
    return bool(joined) and set(run) <= _JOINER_SET


# The variation selectors (text or emoji presentation) and the zero-width joiner that
# joins two emoji into one ('👨\u200d👩').
_EMOJI_MARKS = frozenset([*map(chr, range(0xFE00, 0xFE10)), "\u200d"])
# The directional marks (left-to-right, right-to-left, Arabic letter mark): they order
# the text around them, as right-to-left text mixed with digits or Latin words needs, and
# hide no word (module docstring).
_DIRECTIONAL_MARKS = frozenset("\u200e\u200f\u061c")


def _drawn_with(run: str, before: str) -> bool:
    """Whether the invisible `run` after `before` changes how `before` is drawn: a
    variation selector or a joiner after a symbol ('☮️', an emoji sequence)."""
    symbol = bool(before) and unicodedata.category(before) == "So"
    return symbol and set(run) <= _EMOJI_MARKS


def _refused_runs(value: str) -> Iterator[re.Match[str]]:
    """The runs of default-ignorable code points of `value` that hide in it: all but the
    joiners of a script's spelling between its letters, a variation selector or joiner
    after a symbol, and the directional marks (no_invisible_inside_word)."""
    for found in _IGNORABLE_RUN.finditer(value or ""):
        start, end = found.span()
        before, after = value[start - 1 : start], value[end : end + 1]
        run = found.group()
        marks = set(run) <= _DIRECTIONAL_MARKS
        if not (marks or _spelling(run, before, after) or _drawn_with(run, before)):
            yield found


def no_invisible_inside_word(value: str) -> None:
    """One-line text with a character drawn as nothing (a zero-width space, a Hangul
    filler, a combining grapheme joiner, a tag character: any default-ignorable code point)
    inside a word or standing as a word of its own shows one text but stores another:
    searches, links and the look-alike checks would read it apart from the text it shows
    (outside testers t11d, 3 and t13a, 12). Refused, named, in every one-line text an
    editor stores (a title, a name, a place, a note); but the joiners of the Arabic
    script's spelling, between its letters, a variation selector or joiner after a
    symbol, and the directional marks. (The spaces and invisible characters at a text's
    ends are trimmed by the admin's forms; text the ingestion takes from an article is
    cleaned by without_unseen instead.)"""
    for found in _refused_runs(value):
        start, end = found.span()
        run = found.group()
        params = {"code": ord(run[0]), "name": unicodedata.name(run[0], "unnamed").lower()}
        if word := _word_around(value, start, end):
            raise ValidationError(
                "Remove the invisible character U+%(code)04X (%(name)s) inside the word "
                "“%(word)s”: the word shows without it but is stored with it, so searches "
                "and links would not find it.",
                code="invisible_inside_word",
                params={**params, "word": word},
            )
        raise ValidationError(
            "Remove the invisible character U+%(code)04X (%(name)s): it shows as nothing "
            "but is stored, so searches and links would not read the text as it shows.",
            code="invisible_character",
            params=params,
        )


def without_unseen(value: str) -> str:
    """`value` as it shows: without the invisible characters no_invisible_inside_word
    refuses (a Persian word keeps its non-joiner between letters, a right-to-left mark
    stays), spaces collapsed. For one-line text the ingestion takes from an article (its
    headline and publisher, a name or a place read in it), which nobody typed and no rule
    may refuse: 'ژنو\u200c ' is 'ژنو'."""
    kept, last = [], 0
    for found in _refused_runs(value):
        kept.append(value[last : found.start()])
        last = found.end()
    return " ".join("".join([*kept, value[last:]]).split())


def _word_around(text: str, start: int, end: int) -> str:
    """The word `text[start:end]` lies in, as it shows (without its invisible characters)."""
    before = re.search(r"\S*$", text[:start]).group()
    return without_ignorables(before + re.match(r"\S*", text[end:]).group())


# A slug names a record in its page's address: one of nothing but hyphens and
# underscores ('-', '_') reads as no name at all (re-tester t9s, finding 13).
_LETTER_OR_DIGIT = re.compile("[A-Za-z0-9]")


def has_letter_or_digit(value: str) -> bool:
    return bool(_LETTER_OR_DIGIT.search(value))


def slug_with_letter_or_digit(value: str) -> None:
    if value and not has_letter_or_digit(value):
        raise ValidationError(
            "A slug needs at least one letter or digit, not only hyphens or underscores.",
            code="slug_without_letter_or_digit",
        )


def lower_case_slug(value: str) -> None:
    """Addresses are looked up in lower case (peaceproc.slugs): a slug in other case would
    never be reached (outside re-tester t10s, finding C)."""
    if value and value != value.lower():
        raise ValidationError(
            "Write the slug in lower case (%(lower)s): addresses match any case.",
            code="slug_not_lower_case",
            params={"lower": value.lower()},
        )


# A slug in canonical form: lower-case words of letters and digits joined by single
# hyphens. Every other spelling of it ('astana_7', 'astana--7', '-astana-7') reads, in an
# address, as the canonical one (peaceproc.slugs), so two records would share one name
# (outside tester t13a, 9).
_CANONICAL_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_SLUG_SEPARATORS = re.compile(r"[-_\s]+")


def canonical_slug(value: str) -> str:
    """`value` in a slug's canonical form: lower case, each run of hyphens, underscores
    and spaces one hyphen, none at the ends ('-Astana__7' is 'astana-7')."""
    return _SLUG_SEPARATORS.sub("-", value.lower()).strip("-")


def slug_in_canonical_form(value: str) -> None:
    if value and not _CANONICAL_SLUG.fullmatch(value) and (canonical := canonical_slug(value)):
        raise ValidationError(
            "Write the slug as lower-case words joined by single hyphens, with no "
            "underscore and no hyphen at either end: %(canonical)s.",
            code="slug_not_canonical",
            params={"canonical": canonical},
        )


def slug_not_only_digits(value: str) -> None:
    """An event's address takes its number too (/events/66/): a slug of digits only
    (`66`, `0066`) reads as one (outside re-tester t10s, finding D)."""
    if value and value.isascii() and value.isdigit():
        raise ValidationError(
            "A slug needs a letter: one of digits only reads as an event's number.",
            code="slug_only_digits",
        )
