"""A consonant skeleton shared by a Latin name and its Arabic-script spelling.

The gazetteer knows many participants by their Latin name only, while Arabic and Persian
copy spells them in its own script ('Vershinin' / 'ورشینین', 'Guterres' / 'گوترش'). Both
sides are reduced to the same consonant classes: vowels, 'h' sounds and the letters that
stand for them (ا و ی ه ح ع) are dropped, close sounds share a class (s/sh, b/p, f/v,
k/q/c, t/th, d/dh/z...). Persian and Arabic write 'v' as 'و' or 'ف', so a word whose 'و'
may be a 'v' gets a second skeleton with it kept. A skeleton is prefixed with '§' so it
never meets an ordinary name key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .text import fold

MARK = "§"
# A skeleton shorter than this matches too many ordinary words: a name (or a surname
# alone) needs this many consonant classes in all.
MIN_CONSONANTS = 4

_LATIN_DIGRAPHS = (
    ("sch", "s"),
    ("sh", "s"),
    ("ch", "s"),
    ("kh", "x"),
    ("gh", "g"),
    ("th", "t"),
    ("dh", "d"),
    ("zh", "j"),
    ("dj", "j"),
    ("ph", "f"),
    ("ck", "k"),
)
_LATIN_CLASS = str.maketrans(
    {
        "p": "b",
        "v": "f",
        "w": "f",
        "c": "k",
        "q": "k",
        "x": "x",
        "z": "z",
        "j": "j",
        "y": None,
        "h": None,
        "a": None,
        "e": None,
        "i": None,
        "o": None,
        "u": None,
    }
)
_ARABIC_CLASS = {
    "ب": "b",
    "پ": "b",
    "ت": "t",
    "ط": "t",
    "ث": "t",
    "ج": "j",
    "چ": "s",
    "خ": "x",
    "د": "d",
    "ذ": "d",
    "ر": "r",
    "ز": "z",
    "ژ": "j",
    "س": "s",
    "ص": "s",
    "ش": "s",
    "ض": "d",
    "ظ": "z",
    "غ": "g",
    "ف": "f",
    "ق": "k",
    "ك": "k",
    "ک": "k",
    "گ": "g",
    "ل": "l",
    "م": "m",
    "ن": "n",
}
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640\u200c\u200d]")


_DOUBLES = re.compile(r"(.)\1+")


def _collapse(s: str) -> str:
    return _DOUBLES.sub(r"\1", s)


_NOT_ASCII_LETTER = re.compile(r"[^a-z]")


@lru_cache(maxsize=65536)
def latin_skeleton(word: str) -> str:
    t = fold(word).replace("ş", "sh").replace("ç", "ch").replace("ı", "i")
    if t.isascii():  # no marks to take off: only the letters stay
        t = _NOT_ASCII_LETTER.sub("", t)
    else:
        t = unicodedata.normalize("NFKD", t)
        t = "".join(ch for ch in t if not unicodedata.combining(ch) and ch.isalpha())
    for a, b in _LATIN_DIGRAPHS:
        t = t.replace(a, b)
    return _collapse(t.translate(_LATIN_CLASS))


@lru_cache(maxsize=16384)
def turkish_skeletons(word: str) -> tuple[str, ...]:
    """More skeletons of a Turkish spelling of a foreign name: Turkish 'c' is the 'j' of
    English spellings ('Cabiri' / 'Jaberi'), and a leading 'h' may stand for 'kh' ('Hacı' /
    'Khaji', 'Hamaney' / 'Khamenei')."""
    t = fold(word).replace("ç", "ch").replace("c", "j")
    forms = [t, "kh" + t[1:]] if t.startswith("h") else [t]
    return tuple(dict.fromkeys(MARK + k for k in map(latin_skeleton, forms) if k))


@lru_cache(maxsize=65536)
def arabic_skeletons(word: str) -> tuple[str, ...]:
    """The skeletons of an Arabic-script word: with 'و' as a vowel, and as a 'v' (a leading
    'و' that means 'and' is cut off by the caller); and with 'تش' as the 'ch' Arabic writes
    it for ('تشاووش أوغلو', Çavuşoğlu; Persian writes 'چ')."""
    w = _ARABIC_MARKS.sub("", word)
    if w.startswith("ال") and len(w) > 4:
        w = w[2:]
    forms = (w, w.replace("تش", "چ")) if "تش" in w else (w,)
    out = []
    for f in forms:
        out.append(_collapse("".join(_ARABIC_CLASS.get(ch, "") for ch in f)))
        out.append(_collapse("".join(_ARABIC_CLASS.get(ch, "f" if ch == "و" else "") for ch in f)))
    return tuple(dict.fromkeys(MARK + s for s in out if s))
