"""Words joined by an apostrophe, as a search reads them (outside tester t14c, finding 1).

Turkish writes a proper noun's suffixes after an apostrophe ('Lavrov'un', 'Astana'daki',
'BM'nin'): the word is searched by its stem, never the suffix as a word of its own ('un'
read as the UN, 'dan' and 'daki' matching nothing). French elides an article or a
preposition before a vowel ('l'ONU', 'd'Astana', 'qu'à'): the word after it is searched,
without a lone letter left out beside it. Any other apostrophe ('O'Brien', 'Ma'arrat',
'aujourd'hui') is left as it was: the search reads its two sides as two words.

Searching the stem alone finds what the whole word finds, and more: every word of a search
matches as a word start (terms.py).

An apostrophe is any character typists put in its place: the straight and typographic ones,
the modifier letters (ʼ ʻ ʽ ʹ ˈ ˊ), the acute and grave accents (´ `, which Turkish keyboards
offer beside the apostrophe), the primes (′ ‵), the reversed quotation mark (‛), the
Armenian apostrophe and the saltillo (outside tester t15b, finding 2: 'Lavrov´un' searched
the UN). The full-width ones are these after NFKC.
"""

import re

# The straight and the typographic apostrophes, the modifier letter apostrophe, and their
# look-alikes (the module docstring).
APOSTROPHES = "'\u2019\u2018\u02bc\u02bb\u02bd\u02b9\u02c8\u02ca`\u2032\u2035\u201b\u055a\ua78c"
# Spacing accents that NFKC turns into a space and a combining accent ('´' is ' \u0301'),
# splitting the word they join: read as the apostrophe before NFKC (query_text).
SPACING_ACUTES = str.maketrans(dict.fromkeys("\u00b4\u1ffd\u0384", "'"))

# Turkish suffixes after a proper noun, in the order they stack: the plural, a case
# (genitive, accusative, dative, locative, ablative, instrumental, with the buffer
# consonant a vowel-final noun takes: 'Astana'nın', 'Rusya'ya'), the possessive of the
# third person, '-li' (of a place), the relative '-ki' and the copula '-dir'. Each vowel
# in the harmony's variants. At least one is there (SUFFIX fullmatches a non-empty word).
_I = "[ıiuüIİUÜ]"
_A = "[aeAE]"
SUFFIX = re.compile(
    rf"(?:l{_A}r)?"
    rf"(?:n?{_I}n|[yn]?{_I}|[yn]?{_A}|n?[dt]{_A}n?|y?l{_A}|s{_I}n?|l{_I})?"
    rf"(?:ki)?"
    rf"(?:[dt]{_I}r)?",
    re.IGNORECASE,
)
# English's possessive ('Russia's').
POSSESSIVE = "s"
# A stem is a name's from this many letters on, or an acronym of two ('BM'nin', 'AB'nin'):
# a shorter one ('Mu'in') is more likely a word spelt with an apostrophe.
MIN_STEM = 3

# French words elided before a vowel.
ELIDED = frozenset(
    "l d j m n s t c qu jusqu lorsqu puisqu quoiqu presqu quelqu".split()  # noqa: SIM905
)

# A word, the apostrophe (or apostrophes typed twice, or one with a blank on one side:
# "Lavrov''un", "Lavrov' un", "Lavrov 'un"; outside tester t15d, 14) and the word after.
_JOINED = re.compile(
    rf"(?<![\w{APOSTROPHES}])(\w+)([{APOSTROPHES}]+ ?| [{APOSTROPHES}]+)(\w+)(?![\w{APOSTROPHES}])"
)


ELISION, SUFFIX_READ = "elision", "suffix"


def _reading(found: re.Match[str]) -> tuple[str, str | None]:
    """The word joined by an apostrophe as searched, and how it was read (ELISION,
    SUFFIX_READ, or None: as it was). Apostrophes typed twice or beside a blank join a
    suffix only: a quotation's mark is no elision."""
    before, between, after = found.groups()
    if before.lower() in ELIDED and len(between) == 1:
        return after, ELISION
    stem = len(before) >= MIN_STEM or (len(before) > 1 and before.isupper())
    if stem and (after.lower() == POSSESSIVE or (after and SUFFIX.fullmatch(after))):
        return before, SUFFIX_READ
    return found.group(), None


def _read(found: re.Match[str]) -> str:
    return _reading(found)[0]


def read_apostrophes(text: str) -> str:
    """`text` with each word joined by an apostrophe read as the module docstring says
    ('Lavrov'un' -> 'Lavrov', 'd'Astana' -> 'Astana'; 'O'Brien' unchanged)."""
    if not any(a in text for a in APOSTROPHES):
        return text
    return _JOINED.sub(_read, text)


def apostrophe_readings(text: str) -> list[tuple[str, str, str]]:
    """(the word as typed, as searched, how: ELISION or SUFFIX_READ) for each word of
    `text` that read_apostrophes reads otherwise ("Lavrov'un" -> ("Lavrov'un", "Lavrov",
    SUFFIX_READ))."""
    if not any(a in text for a in APOSTROPHES):
        return []
    readings = []
    for found in _JOINED.finditer(text):
        read, how = _reading(found)
        if how is not None:
            readings.append((found.group(), read, how))
    return readings
