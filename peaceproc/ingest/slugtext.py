"""A title's words as a slug can hold them (ASCII letters, digits, hyphens).

slugify() keeps the Latin letters of a title and drops every other script: a Russian or
Arabic title gave an event whose slug was its date alone (outside tester t10b, 7). Here
Cyrillic and Arabic-script letters are spelt in Latin letters first (a reading aid, not a
transliteration standard), and a letter or digit of any other script keeps its code point
('x4e2d'), so that a stored item's slug always carries something of its title.
"""

import unicodedata

from django.utils.text import slugify

from peaceproc.chronology.validators import canonical_slug

_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєў",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "-",
            "y",
            "-",
            "e",
            "yu",
            "ya",
            "i",
            "yi",
            "ye",
            "u",
        ],
        strict=True,
    )
)
_ARABIC = dict(
    zip(
        "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةىپچژکگی",
        [
            "a",
            "b",
            "t",
            "th",
            "j",
            "h",
            "kh",
            "d",
            "dh",
            "r",
            "z",
            "s",
            "sh",
            "s",
            "d",
            "t",
            "z",
            "-",
            "gh",
            "f",
            "q",
            "k",
            "l",
            "m",
            "n",
            "h",
            "w",
            "y",
            "-",
            "a",
            "a",
            "i",
            "w",
            "y",
            "h",
            "a",
            "p",
            "ch",
            "zh",
            "k",
            "g",
            "y",
        ],
        strict=True,
    )
)
# (Turkish dotless ı, which Unicode does not decompose to an i.)
_LATIN = {**_CYRILLIC, **_ARABIC, "ı": "i"}
_DROPPED = {"-"}  # signs of the table spelt as nothing (ъ, ь, ع, ء)


def latin_letters(text: str) -> str:
    """`text` with its Cyrillic and Arabic-script letters spelt in Latin letters, any
    other letter or digit that slugify() would drop as its code point, the rest kept."""
    out = []
    for ch in text:
        low = ch.lower()
        if low in _LATIN:
            spelt = _LATIN[low]
            out.append("" if spelt in _DROPPED else spelt)
        elif ch.isalnum() and not slugify(unicodedata.normalize("NFKD", ch)):
            digit = unicodedata.digit(ch, None)
            out.append(str(digit) if digit is not None else f" x{ord(ch):x} ")
        else:
            out.append(ch)
    return "".join(out)


def slug_text(text: str) -> str:
    """slugify() of `text`, its letters of other scripts spelt in Latin letters, in a
    slug's canonical form (no underscore: validators.canonical_slug)."""
    return canonical_slug(slugify(latin_letters(text)))
