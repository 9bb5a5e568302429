"""Words joined by an apostrophe, as a search reads them (outside tester t14c, finding 1).

Turkish writes a proper noun's suffixes after an apostrophe ('Lavrov'un', 'Astana'daki',
'BM'nin'): the word is searched by its stem, never the suffix as a word of its own ('un'
read as the UN, 'dan' and 'daki' matching nothing). French elides an article or a
preposition before a vowel ('l'ONU', 'd'Astana', 'qu'à'): the word after it is searched,
without a lone letter left out beside it. Any other apostrophe ('O'Brien', 'Ma'arrat',
'aujourd'hui') is left as it was: the search reads its two sides as two words.

Searching the stem alone finds what the whole word finds, and more: every word of a search
matches as a word start (terms.py).
"""

import re

# The straight and the typographic apostrophes, and the modifier letter apostrophe.
APOSTROPHES = "'\u2019\u2018\u02bc"

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

_JOINED = re.compile(rf"(?<![\w{APOSTROPHES}])(\w+)[{APOSTROPHES}](\w+)(?![\w{APOSTROPHES}])")


def _read(found: re.Match[str]) -> str:
    before, after = found.groups()
    if before.lower() in ELIDED:
        return after
    stem = len(before) >= MIN_STEM or (len(before) > 1 and before.isupper())
    if stem and (after.lower() == POSSESSIVE or (after and SUFFIX.fullmatch(after))):
        return before
    return found.group()


def read_apostrophes(text: str) -> str:
    """`text` with each word joined by an apostrophe read as the module docstring says
    ('Lavrov'un' -> 'Lavrov', 'd'Astana' -> 'Astana'; 'O'Brien' unchanged)."""
    if not any(a in text for a in APOSTROPHES):
        return text
    return _JOINED.sub(_read, text)
