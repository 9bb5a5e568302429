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
- A word that mixes scripts (Latin with Cyrillic, Greek, Armenian or Cherokee letters, or
  with phonetic and small capital ones) is read in the script most of its letters are
  in, its look-alike letters swapped for that script's by Unicode's confusables data (the
  skeleton of TR39): 'Gеneva' with a Cyrillic 'е' is 'Geneva', 'Lavrօv' with an Armenian
  'օ' and 'Lɑvrov' with a Latin alpha are 'Lavrov', 'Лaвров' with a Latin 'a' is 'Лавров'
  (outside tester t12b, F6). A word of one script is left as it is.

Each step is a pure function of the text, in time linear in its length.
"""

import json
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from importlib.resources import files

import regex

from peaceproc import normal_form
from peaceproc.characters import HIDDEN_FORMATS

# What is drawn as nothing: the Unicode property Default_Ignorable_Code_Point (`regex`
# ships the Unicode database's derived properties; the standard library's unicodedata does
# not), every format character (Cf) but the prepended concatenation marks (drawn as a
# sign over the digits that follow, U+0600 ...), and the blanks hidden as they are
# (characters.HIDDEN_FORMATS: the braille blank, the object replacement character).
INVISIBLE = (
    r"[[\p{Default_Ignorable_Code_Point}\p{Cf}" + HIDDEN_FORMATS + r"]"
    r"--\p{Prepended_Concatenation_Mark}]"
)
IGNORABLE_RUN = regex.compile(f"{INVISIBLE}+", regex.V1)

_WORD = re.compile(r"\w+")
_SMALL_ROMAN_NUMERALS = re.compile("[\u2170-\u217f]")
# Latin letters of the phonetic alphabets (IPA Extensions, Phonetic Extensions and their
# Supplement): a word of plain Latin letters with one of them ('Lɑvrov') mixes two
# alphabets, as one with a Cyrillic letter does.
_PHONETIC = re.compile("[\u0250-\u02af\u1d00-\u1dbf]")


@lru_cache(maxsize=1)
def _confusables() -> dict[str, list[str]]:
    """Each character and the single characters Unicode's confusables data (TR39's
    confusables.txt, as the confusable-homoglyphs package ships it) says are drawn alike:
    a look-alike and its prototype ('г' and 'r'), both ways. Read once, on first use."""
    data = json.loads(files("confusable_homoglyphs").joinpath("confusables.json").read_text())
    return {
        char: [alike for entry in entries if len(alike := entry["c"]) == 1]
        for char, entries in data.items()
    }


@lru_cache(maxsize=4096)
def _script(char: str) -> str:
    """The script of a letter as its Unicode name begins ('LATIN', 'CYRILLIC',
    'ARMENIAN', 'CHEROKEE'...); 'PHONETIC' for a Latin phonetic or small capital letter;
    '' for a character that is no letter."""
    if not char.isalpha():
        return ""
    name = unicodedata.name(char, "")
    script = name.split(" ", 1)[0]
    if script == "LATIN" and (_PHONETIC.match(char) or "SMALL CAPITAL" in name):
        return "PHONETIC"
    return script


def _drawn_in(script: str, char: str) -> str | None:
    """The letter of `script` that Unicode's confusables data draws as `char`, directly
    or through the prototype they share (Latin 'I' and Cyrillic 'І' through 'l'); in
    Latin an ASCII letter. None when the script has none."""
    near = _confusables().get(char, [])
    found = [*near, *(c for prototype in near for c in _confusables().get(prototype, []))]
    letters = [c for c in found if c != char and _script(c) == script]
    if script == "LATIN":  # the letters a Latin word is typed in, not 'Ʌ' for 'Л'
        letters = [c for c in letters if c.isascii()]
    return letters[0] if letters else None


@lru_cache(maxsize=4096)
def _in_script(char: str, script: str) -> str:
    """`char` (a letter of another script) as the letter of `script` drawn alike, else
    itself. TR39's prototype 'l' stands for the capital 'I' as well: a capital look-alike
    ('Ӏ', 'Ι') is read as the capital. A Latin small capital ('ʀ', which the data draws
    only as a Cherokee letter) is the letter it names, in small."""
    name = unicodedata.name(char, "")
    if script == "LATIN" and (small := re.fullmatch(r"LATIN LETTER SMALL CAPITAL (\w)", name)):
        return small.group(1).lower()
    drawn = _drawn_in(script, char)
    if drawn is None:
        return char
    return "I" if drawn == "l" and char.isupper() else drawn


def _skeleton(m: re.Match[str]) -> str:
    """A word whose letters are of two scripts or more, read in its main one (the script
    most of its letters are in, Latin on a tie; a phonetic letter counts as Latin): each
    letter of another script drawn as one of the main script is swapped for it."""
    word = m.group()
    if word.isascii():
        return word
    scripts = [s for s in map(_script, word) if s]
    if len(set(scripts)) < 2:
        return word
    counts = Counter("LATIN" if s == "PHONETIC" else s for s in scripts)
    main = max(counts, key=lambda s: (counts[s], s == "LATIN"))
    return "".join(c if _script(c) in ("", main) else _in_script(c, main) for c in word)


def without_ignorables(text: str) -> str:
    """`text` without its default-ignorable code points."""
    return IGNORABLE_RUN.sub("", text)


_ENDS = regex.compile(rf"^(?:\s|{INVISIBLE})+|(?:\s|{INVISIBLE})+$", regex.V1)


def trimmed(text: str) -> str:
    """`text` without the spaces and default-ignorable code points at its ends ('Geneva
    IV' and a zero-width space is 'Geneva IV'): drawn as nothing, they would be stored
    unseen (outside tester t12b, F2)."""
    return _ENDS.sub("", text)


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


# A Roman numeral in its standard form (1 to 3999), in any case.
_ROMAN = re.compile(
    r"(?<!\w)(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?!\w)",
    re.IGNORECASE,
)
_ROMAN_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}


def _number(m: re.Match[str]) -> str:
    values = [_ROMAN_VALUES[c] for c in m.group().upper()]
    following = [*values[1:], 0]
    return str(sum(-v if v < n else v for v, n in zip(values, following, strict=True)))


def roman_read(text: str) -> str:
    """`text` with each word that is a Roman numeral after a name (a word before it) as
    its number, in any case ('Geneva II', 'geneva ii' and 'Plan D' are 'Geneva 2',
    'geneva 2' and 'Plan 500'): how a title numbers a round or a conference. Where it is
    read depends on no letter's case, so a title and its copy in other case read alike
    (outside tester t13b, 1); a first word ('Mix Accord', 'Xi meets Putin') is a word."""
    first = _WORD.search(text)
    if first is None:
        return text
    return text[: first.end()] + _ROMAN.sub(_number, text[first.end() :])


# A word of capital Roman numeral letters with a lower-case 'l' among them ('lV', 'Vll'):
# in most sans-serif fonts 'l' is drawn as the capital 'I' (outside tester t12c, 2).
_L_AMONG_NUMERALS = re.compile(r"(?<!\w)(?=[IVXl]*[IVX])(?=[IVX]*l)[IVXl]+(?!\w)")


def _numeral_drawn(m: re.Match[str]) -> str:
    read = m.group().replace("l", "I")
    return read if _ROMAN.fullmatch(read) else m.group()


def numerals_drawn(text: str) -> str:
    """`text` with each word of capital Roman numeral letters and lower-case 'l's, that is
    a Roman numeral once its l's are read as I, written so ('Geneva lV' is 'Geneva IV');
    'll' or 'Vlad' is left alone."""
    return _L_AMONG_NUMERALS.sub(_numeral_drawn, text)
