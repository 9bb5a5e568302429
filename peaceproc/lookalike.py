"""Text folded to what a reader sees (outside tester t11d, 3): two strings that look the
same on a page fold alike, so a record that looks like a stored one is found however it
was typed or pasted.

- Compatibility composition (NFKC): a letter and its combining accent are the accented
  letter ('Gene\u0300ve' is 'Genève'); mathematical bold or italic letters, full-width
  forms and ligatures are the plain ones ('𝐆𝐞𝐧𝐞𝐯𝐚' is 'Geneva'); the Roman numeral
  characters are Latin letters ('Ⅱ' is 'II').
- Default-ignorable code points (the Unicode property: zero-width spaces and joiners,
  the combining grapheme joiner, Hangul fillers, variation selectors, tags, soft hyphens
  and the rest) removed: a renderer draws nothing for them.
- A word that mixes Latin with Cyrillic or Greek letters is read in the script most of
  its letters are in, its look-alike letters swapped for that script's (the skeleton idea
  of Unicode TR39, on a small table): 'Gеneva' with a Cyrillic 'е' is 'Geneva', 'Лaвров'
  with a Latin 'a' is 'Лавров'. A word of one script is left as it is.

Each step is a pure function of the text, in time linear in its length.
"""

import re
import unicodedata
from functools import lru_cache

import regex

from peaceproc import normal_form

# The Unicode property Default_Ignorable_Code_Point (`regex` ships the Unicode database's
# derived properties; the standard library's unicodedata does not).
IGNORABLE_RUN = regex.compile(r"\p{Default_Ignorable_Code_Point}+")

# Cyrillic and Greek letters drawn as a Latin letter is, and the Latin letter (after
# Unicode's confusables.txt, TR39; letters that only resemble one in some fonts left out).
_CYRILLIC_LATIN = dict(
    zip(
        "аеорсухіјѕԁԛԝһӏАВЕКМНОРСТХІЈЅҮӀԚԜ",
        "aeopcyxijsdqwhlABEKMHOPCTXIJSYIQW",
        strict=True,
    )
)
_GREEK_LATIN = dict(zip("οαινρϲϳΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "oaivpcjABEZHIKMNOPTYX", strict=True))
_TO_LATIN = str.maketrans({**_CYRILLIC_LATIN, **_GREEK_LATIN})
# The other way, for a word mostly Cyrillic: each Latin letter drawn as a Cyrillic one
# (the first of the table's letters drawn so: 'I' is 'І').
_TO_CYRILLIC = str.maketrans(
    {latin: cyrillic for cyrillic, latin in reversed(_CYRILLIC_LATIN.items())}
)
_WORD = re.compile(r"\w+")
_SMALL_ROMAN_NUMERALS = re.compile("[\u2170-\u217f]")


@lru_cache(maxsize=4096)
def _script(char: str) -> str:
    """'latin', 'cyrillic' or 'greek' for a letter of those scripts, else ''."""
    name = unicodedata.name(char, "")
    return next((s.lower() for s in ("LATIN", "CYRILLIC", "GREEK") if name.startswith(s)), "")


def _skeleton(m: re.Match[str]) -> str:
    word = m.group()
    if word.isascii():
        return word
    scripts = [s for s in map(_script, word) if s]
    if len(set(scripts)) < 2:
        return word
    mostly_cyrillic = scripts.count("cyrillic") > len(scripts) / 2
    return word.translate(_TO_CYRILLIC if mostly_cyrillic else _TO_LATIN)


def without_ignorables(text: str) -> str:
    """`text` without its default-ignorable code points."""
    return IGNORABLE_RUN.sub("", text)


def is_ignorable(char: str) -> bool:
    """Whether `char` is a default-ignorable code point (drawn as nothing)."""
    return bool(IGNORABLE_RUN.fullmatch(char))


def seen(text: str) -> str:
    """`text` as a reader sees it: NFKC, no default-ignorable code points, each word of
    mixed scripts in its main script. Small Roman numeral characters ('ⅱ') are read as
    the capital ones, as Roman numerals are written in titles."""
    if text.isascii():
        return text
    text = _SMALL_ROMAN_NUMERALS.sub(lambda m: m.group().upper(), text)
    text = without_ignorables(normal_form.normalize("NFKC", text))
    return _WORD.sub(_skeleton, text)


# A Roman numeral in its standard form (1 to 3999), written in capitals.
_ROMAN = re.compile(
    r"(?<!\w)(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?!\w)"
)
_ROMAN_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}


def _number(m: re.Match[str]) -> str:
    values = [_ROMAN_VALUES[c] for c in m.group()]
    following = [*values[1:], 0]
    return str(sum(-v if v < n else v for v, n in zip(values, following, strict=True)))


def roman_read(text: str) -> str:
    """`text` with each word that is a Roman numeral in capitals as its number ('Geneva
    II' is 'Geneva 2'): how a title numbers a round or a conference."""
    return _ROMAN.sub(_number, text)
