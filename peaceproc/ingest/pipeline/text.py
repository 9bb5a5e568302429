"""Text plumbing: length-preserving folding, name keys, tokens, sentences, language.

Offsets matter everywhere downstream (quotes and highlighted date words are cut out of
the original text), so every transformation that regular expressions run over is
one character in, one character out (`fold`). Name matching needs more aggressive,
non-length-preserving normalisation, which works per token (`name_key`).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from peaceproc.characters import (
    BIDI_CONTROLS,
    C0_BUT_WHITESPACE,
    DEL_AND_C1,
    DIRECTION_MARKS,
    IN_WORD_MARKS,
    JOINERS,
    JOINING_SCRIPTS,
    PRIVATE_USE,
    SOFT_HYPHEN,
    TAGS,
    UNREAD_MARKS,
    VARIATION_SELECTORS,
    ZERO_WIDTH,
)
from peaceproc.lookalike import seen

LANGUAGES = ("en", "ru", "ar", "fr", "fa", "tr")

# One character to one character, so a folded string has the same offsets as the original.
_ONE_TO_ONE = {
    "İ": "i",  # str.lower() would turn it into two code points
    "ё": "е",
    "Ё": "Е",
    "’": "'",
    "‘": "'",
    "ʼ": "'",
    "`": "'",
    "´": "'",
    "ʻ": "'",
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "–": "-",
    "—": "-",
    "−": "-",
    "\u00a0": " ",
    "\u202f": " ",
    # Arabic-script letter variants that writers use interchangeably.
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ی": "ي",  # Persian yeh
    "ک": "ك",  # Persian kaf
    "ة": "ه",
    "ۀ": "ه",  # heh with the ezafe's hamza ('ژانویۀ ۲۰۲۵'), one code point
    "ڤ": "ف",  # veh, the Maghrebi and Iraqi 'v' ('نوڤمبر')
    "ـ": "\u200c",  # tatweel is decoration; make it a joiner-width no-op for regexes
}
for _i in range(10):
    _ONE_TO_ONE[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _ONE_TO_ONE[chr(0x06F0 + _i)] = str(_i)  # Persian digits


_FOLD_RE = re.compile("[" + re.escape("".join(_ONE_TO_ONE)) + "]")


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower-case and unify look-alike characters without changing any offset."""
    # A regex pass in C finds the few characters to map; str.translate with a dict table
    # looks every character up in Python and was the pipeline's hot spot.
    folded = _FOLD_RE.sub(lambda m: _ONE_TO_ONE[m.group()], text).lower()
    if len(folded) != len(text):  # pragma: no cover - guarded by the table above
        folded = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return folded


# What a regular expression spells with letters whose case means something: an escape
# ('\S' is not '\s', '\W' not '\w', '\Z' not '\z') and a named group ('(?P<Name>').
_PATTERN_SYNTAX = re.compile(r"\\.|\(\?P[<=]\w*", re.DOTALL)


def fold_pattern(pattern: str) -> str:
    """A regular expression written in the text's own spelling, made to match folded text
    (`fold`): its words folded, its escapes and named groups kept as written."""
    folded = list(fold(pattern))
    for m in _PATTERN_SYNTAX.finditer(pattern):
        folded[m.start() : m.end()] = m.group()
    return "".join(folded)


# --- what the analysis reads -------------------------------------------------------------


@dataclass(frozen=True)
class View:
    """A text with some runs of characters replaced (most removed), and the way back:
    `source` maps an offset in `text` to one in the original, `target` the other way."""

    text: str
    # Per replaced run, in order: where it starts and ends in the original, and where
    # its replacement ends in `text`.
    _source_starts: tuple[int, ...] = ()
    _source_ends: tuple[int, ...] = ()
    _view_ends: tuple[int, ...] = ()

    def source(self, offset: int) -> int:
        """The original's offset of `offset` in `text`; past any run replaced there (a
        word's end takes its trailing vowel marks with it)."""
        k = bisect_right(self._view_ends, offset)
        return offset if not k else offset + self._source_ends[k - 1] - self._view_ends[k - 1]

    def target(self, offset: int) -> int:
        """The offset in `text` of the original's `offset`; the end of a run's replacement
        when `offset` falls inside the run."""
        k = bisect_right(self._source_starts, offset - 1)  # runs that start before it
        if not k:
            return offset
        if offset < self._source_ends[k - 1]:
            return self._view_ends[k - 1]
        return offset - self._source_ends[k - 1] + self._view_ends[k - 1]


def replaced(text: str, pattern: re.Pattern[str], by: Callable[[re.Match[str]], str]) -> View:
    """`text` with each match of `pattern` replaced by `by(match)`, as a View."""
    parts: list[str] = []
    source_starts: list[int] = []
    source_ends: list[int] = []
    view_ends: list[int] = []
    pos = length = 0
    for m in pattern.finditer(text):
        if (new := by(m)) == m.group():
            continue  # left as it was: no run to map
        parts += (text[pos : m.start()], new)
        length += m.start() - pos + len(new)
        pos = m.end()
        source_starts.append(m.start())
        source_ends.append(pos)
        view_ends.append(length)
    if not parts:
        return View(text)
    parts.append(text[pos:])
    return View("".join(parts), tuple(source_starts), tuple(source_ends), tuple(view_ends))


# What a reader of the six languages reads past: vowel marks and reading signs (Arabic
# harakat, Hebrew points), the tatweel, soft hyphens, variation selectors, keycaps and tags
# (group 1): none of them parts two words; left in, each one cuts a word in two for every
# regular expression ('أَيَّارَ' is no 'أيار', 'أيـار' neither). And the invisible marks
# pasted with right-to-left or web text (group 2): direction marks, embeddings, overrides
# and isolates, zero-width spaces and joiners, the word joiner and a stray BOM.
_INVISIBLE = f"{ZERO_WIDTH}{JOINERS}{DIRECTION_MARKS}{BIDI_CONTROLS}"
_NOT_JOINER = f"{ZERO_WIDTH}{DIRECTION_MARKS}{BIDI_CONTROLS}"
_LETTER = r"[^\W\d_]"
# A letter of a script that writes no joiners (Latin, Cyrillic: not the Arabic script's).
_UNJOINED_LETTER = rf"[^\W\d_{JOINING_SCRIPTS}]"
# (Joiners between two letters of the Arabic script, the Persian spelling of every other
# word, are no match: they stay as written, at no cost. Between two Latin or Cyrillic
# letters they are nothing, as a zero-width space is.)
_UNREAD = re.compile(
    f"([{UNREAD_MARKS}]+)"
    f"|([{_INVISIBLE}]*[{_NOT_JOINER}][{_INVISIBLE}]*"
    f"|(?<![{JOINERS}])(?:(?<!{_LETTER})[{JOINERS}]++|[{JOINERS}]++(?!{_LETTER}))"
    f"|(?<={_UNJOINED_LETTER})[{JOINERS}]++(?={_UNJOINED_LETTER}))"
)
_JOINER_SET = frozenset(JOINERS)
_ARABIC_JOINED = re.compile(f"(?!{_UNJOINED_LETTER})[^\\W\\d_]")
_ZERO_WIDTH_AND_JOINERS = frozenset(ZERO_WIDTH + JOINERS)
_DIRECTING = re.compile(f"[{DIRECTION_MARKS}{BIDI_CONTROLS}]+")
# Decimal digits of other scripts and forms ('１４', '𝟏𝟒', '٤'): read as ASCII digits.
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def _ascii_digit(m: re.Match[str]) -> str:
    return str(unicodedata.decimal(m.group()))


def ascii_digits(text: str) -> str:
    """`text` with every decimal digit in ASCII, offsets unchanged."""
    return _OTHER_DIGIT.sub(_ascii_digit, text)


def _read_past(m: re.Match[str]) -> str:
    """What a run of _UNREAD reads as: vowel marks as nothing, and any mark beside a space.
    A joiner inside a word is part of its spelling ('سه‌شنبه'); direction marks break no
    word or number, but part a number from a word ('14\u200fحزيران'); other invisible
    marks part two words or a day and its month ('7\u200bJuly') as one space, but a
    zero-width space or a joiner inside a word or a number is nothing ('Lav\u200brov',
    'Fi\u200ddan': one name each), but a joiner inside a word of the Arabic script."""
    if m.group(1):
        return ""
    text, run = m.string, m.group()
    before = text[m.start() - 1] if m.start() else " "
    after = text[m.end()] if m.end() < len(text) else " "
    if before.isspace() or after.isspace():
        return ""
    inside = (before.isalpha() and after.isalpha()) or (before.isdigit() and after.isdigit())
    if inside and set(run) <= _ZERO_WIDTH_AND_JOINERS:
        # Inside a word or a number: nothing, but a joiner between two letters of the
        # Arabic script, which is spelling (matched only between two letters at all).
        return run if set(run) <= _JOINER_SET and _ARABIC_JOINED.search(before + after) else ""
    if _DIRECTING.fullmatch(run) and before.isdigit() == after.isdigit():
        return ""
    return " "


def readable(text: str) -> View:
    """What the analysis reads of a text: without the characters no reader sees as part of
    a word (_UNREAD, _read_past), digits in ASCII; `source` leads back to the text."""
    return replaced(ascii_digits(text), _UNREAD, _read_past)


@lru_cache(maxsize=4)
def reading(text: str) -> View:
    """`readable(text)` of a whole article, kept for the few passes that read it."""
    return readable(text)


def unread_removed(words: str) -> str:
    """`words` as the analysis reads them (`readable`), for a few words of a text read as
    written ('دِمَشْقُ -' is 'دمشق -'); digits as written."""
    return _UNREAD.sub(_read_past, words)


# Inside a word, what a writer may add to its letters: vowel marks and reading signs, the
# tatweel, a soft hyphen (never an invisible direction mark, which no name should carry).
_IN_WORD = f"[{IN_WORD_MARKS}]*"


def as_written(words: str, text: str) -> str:
    """`words`, found by the analysis in `reading(text).text`, as `text` first writes
    them: 'ماهر علّوش' with its shadda for 'ماهر علوش'. `words` itself when the text has
    them in no other form (a name in its dictionary form)."""
    if not words:
        return words
    pattern = _IN_WORD.join(map(re.escape, words)) + _IN_WORD
    found = re.search(pattern, text)
    return found.group() if found else words


# What a stored quote may not hold: control characters (a terminal's colour codes whole),
# and runs of invisible characters (zero-width spaces, joiners, direction marks and
# controls, variation selectors, tags, soft hyphens) that are no part of the article's
# writing. A quote is the article's text as written: a zero-width non-joiner between two
# letters is Persian spelling ('می‌شود') and is kept, once; so is a presentation mark
# where the article writes one (_PRESENTATION).
_QUOTE_JUNK = re.compile(
    rf"(?:\x1b\[[0-?]*[ -/]*[@-~]|[{C0_BUT_WHITESPACE}{DEL_AND_C1}{ZERO_WIDTH}{JOINERS}"
    f"{DIRECTION_MARKS}{BIDI_CONTROLS}{VARIATION_SELECTORS}{TAGS}{SOFT_HYPHEN}{PRIVATE_USE}])+"
)
# The marks that shape what is shown, written once where they belong: a variation selector
# after the character it selects ('✔️', '1️⃣'), then perhaps a zero-width joiner to the
# next one of an emoji sequence ('🏳️‍🌈'); a joiner alone between two characters
# ('👨‍👩‍👧'); a subdivision flag's tags after its black flag ('🏴' + tags + cancel tag);
# one direction mark anywhere (the article's own bidirectional typing, 'الخميس ‏14'); a
# soft hyphen inside a word. A run of several, or a mark after a space, is padding.
_PRESENTATION = re.compile(
    f"[{VARIATION_SELECTORS}]\u200d?|\u200d|[{DIRECTION_MARKS}]|{SOFT_HYPHEN}"
    "|[\U000e0020-\U000e007e]{1,7}\U000e007f"
)
_BLACK_FLAG = "\U0001f3f4"


def _written_mark(m: re.Match[str]) -> bool:
    """Whether the run of invisible characters m is a presentation mark as the article
    writes it (_PRESENTATION), after a visible character."""
    text, run = m.string, m.group()
    if len(run) == 1 and run in DIRECTION_MARKS:
        return True  # wherever the article types it
    if m.start() == 0 or text[m.start() - 1].isspace() or not _PRESENTATION.fullmatch(run):
        return False
    if run[0] in "\u200d\u00ad" or run.endswith("\u200d"):  # between two characters
        return m.end() < len(text) and not text[m.end()].isspace()
    if "\U000e007f" in run:
        return text[m.start() - 1] == _BLACK_FLAG
    return True


def _quote_junk(m: re.Match[str]) -> str:
    if _written_mark(m):
        return m.group()
    text = m.string
    between_letters = (
        m.start() > 0
        and m.end() < len(text)
        and text[m.start() - 1].isalpha()
        and text[m.end()].isalpha()
    )
    return "\u200c" if between_letters and "\u200c" in m.group() else ""


def clean_quote(quote: str) -> View:
    """`quote` as stored and shown: without _QUOTE_JUNK."""
    return replaced(quote, _QUOTE_JUNK, _quote_junk)


# --- name keys --------------------------------------------------------------------------

# Given names that are spelt several ways in Latin script; folded to one spelling.
_GIVEN_NAMES = {
    "ahmed": "ahmad",
    "ahmet": "ahmad",
    "mohammed": "mohammad",
    "muhammad": "mohammad",
    "mohamed": "mohammad",
    "muhammed": "mohammad",
    "mohamad": "mohammad",
    "aleksandr": "alexander",
    "alexandr": "alexander",
    "aleksander": "alexander",
    "alexandre": "alexander",
    "sergey": "sergei",
    "serguei": "sergei",
    "mikhail": "mikhail",
    "mikhaïl": "mikhail",
    "michail": "mikhail",
    "hussein": "hossein",
    "husein": "hossein",
    "hüseyin": "hossein",
}
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d]")
_CYR_ENDINGS = set("аяеиоуыйьмхю")
_LATIN_RULES = (
    ("sh", "s"),  # 'Sharaa' / 'Şara' (ş loses its cedilla first)
    # Persian qaf and ghain: 'gh' in English and French, 'q' or 'k' elsewhere, 'ğ'/'k' in
    # Turkish ('Araghchi' / 'Arakçi', 'Ghalibaf' / 'Qalibaf' / 'Kalibaf').
    ("gh", "k"),
    ("ch", "c"),  # Turkish writes ç ('Çavuşoğlu', 'Arakçi'), which loses its cedilla
    ("dj", "j"),
    ("dzh", "j"),
    ("zh", "j"),
    ("ph", "f"),
    ("ck", "k"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("x", "ks"),
    ("q", "k"),
    ("w", "v"),
    ("y", "i"),
)


def _script(ch: str) -> str:
    o = ord(ch)
    if 0x0400 <= o <= 0x04FF:
        return "cyr"
    if 0x0600 <= o <= 0x06FF or 0xFB50 <= o <= 0xFEFF:
        return "arab"
    return "latin"


_DOUBLES = re.compile(r"(.)\1+", re.DOTALL)


def _collapse_doubles(s: str) -> str:
    return _DOUBLES.sub(r"\1", s)


@lru_cache(maxsize=65536)
def name_key(token: str) -> str:
    """A transliteration- and inflection-insensitive key for one name token.

    'Jaafari', "Ja'afari" and 'Djaafari' share a key; so do 'Lavrentiev' and
    'Lavrentyev', 'Sousan' and 'Susan', and Russian 'Лаврентьева' and 'Лаврентьев'
    (case endings are cut off, on both the gazetteer side and the text side).
    """
    t = fold(seen(token))  # as a reader sees it: 'Lаvrov' with a Cyrillic 'а' is 'Lavrov'
    if not t:
        return ""
    script = _script(t[0])
    if script == "cyr":
        t = _collapse_doubles(t.replace("'", ""))
        # Cut at most three ending letters while a stem of three letters remains; the
        # same cut on the gazetteer side makes nominative and oblique cases meet.
        cut = 0
        while cut < 3 and len(t) - cut > 3 and t[-1 - cut] in _CYR_ENDINGS:
            cut += 1
        return t[: len(t) - cut] if cut else t
    if script == "arab":
        t = _ARABIC_MARKS.sub("", t).replace("'", "")
        if t.startswith("ال") and len(t) > 4:
            t = t[2:]
        # Long vowels are written or left out at will in transcribed foreign names
        # ('بوگدانوف' / 'بوگدانف'); the consonant skeleton after the first letter is the key,
        # unless it is as short as a particle ('ألمانيا' is no 'من', 'from'). A final yeh
        # stays: the nisba of 'الإبراهيمي' is what tells it from the given name 'إبراهيم'.
        # A word of four letters keeps them: three consonants are an Arabic root, and
        # 'مصير' ('fate') is no 'مصر' (Egypt), 'حسين' no 'حسن'.
        nisba = t[-1] if t.endswith("ي") and len(t) > 4 else ""
        bare = t[0] + re.sub("[اويى]", "", t[1 : len(t) - len(nisba)]) + nisba
        return bare if len(t) > 4 and len(bare) >= 3 else t
    if not t.isascii():  # an ASCII word has no marks to take off
        t = unicodedata.normalize("NFKD", t.replace("ı", "i"))
        t = "".join(ch for ch in t if not unicodedata.combining(ch))
    t = t.replace("'", "")
    t = _GIVEN_NAMES.get(t, t)
    for a, b in _LATIN_RULES:
        t = t.replace(a, b)
    return _collapse_doubles(t)


@lru_cache(maxsize=16384)
def arabic_variants(word: str) -> tuple[str, ...]:
    """Keys an Arabic-script word may stand for once a clitic ('and', 'by', 'for') is removed."""
    w = _ARABIC_MARKS.sub("", fold(word))
    out = [name_key(w)]
    # 'سیدعباس': the honorific Seyyed glued to the given name.
    for prefix in ("و", "ب", "ل", "ف", "لل", "سيد"):
        if w.startswith(prefix) and len(w) - len(prefix) >= 3:
            rest = w[len(prefix) :]
            out.append(name_key(rest))
            if prefix == "لل":  # li- + al-: 'للجنة' is 'ل' + 'اللجنة'
                out.append(name_key("ال" + rest))
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=16384)
def _arabic_skeleton_keys(word: str) -> tuple[str, ...]:
    """Latin-comparable skeletons of the word and of it without a clitic (skeleton.py)."""
    from .skeleton import arabic_skeletons

    w = fold(word)
    forms = [w] + [w[len(p) :] for p in ("و", "ب", "ل", "ف") if w.startswith(p) and len(w) > 4]
    return tuple(dict.fromkeys(k for f in forms for k in arabic_skeletons(f)))


@lru_cache(maxsize=16384)
def _turkish_skeleton_keys(word: str) -> tuple[str, ...]:
    from .skeleton import turkish_skeletons

    return turkish_skeletons(word)


@lru_cache(maxsize=16384)
def _latin_skeleton_key(word: str) -> str:
    from .skeleton import MARK, latin_skeleton

    return MARK + latin_skeleton(word)


def _cyrillic_latin_keys(word: str) -> tuple[str, ...]:
    from .translit import latin_keys

    return latin_keys(word)


# --- tokens -----------------------------------------------------------------------------

_TOKEN_RE = re.compile(r"\w+(?:['’ʼ]\w+)*")
# Turkish case suffixes follow an apostrophe after a proper name ("Lavrentiev'in").
_TR_SUFFIX = re.compile(
    r"['’ʼ](?:n?[ıiuü]n|[ny]?[ıiuü]|y?[ae]|[dt][ae]n?|y?l[ae]|n?[dt][ae]ki|s[ıi]n[ıi]n)$",
    re.IGNORECASE,
)
_EN_POSSESSIVE = re.compile(r"['’ʼ]s$", re.IGNORECASE)
# French elides a word before a vowel onto the next one: 'd'Erdogan', 'qu'Ahmad', 'l'ONU',
# and a body named by a common noun: 'l'opposition', 'l'opposition syrienne'.
_FR_ELISION = re.compile(r"(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’ʼ](?=\w)", re.IGNORECASE)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    keys: tuple[str, ...]
    capitalised: bool


def tokenize(text: str, language: str) -> list[Token]:
    tokens = []
    for m in _TOKEN_RE.finditer(text):
        word = m.group()
        start, end = m.start(), m.end()
        if language == "fr" and (el := _FR_ELISION.match(word)) and word[el.end()].isalpha():
            word, start = word[el.end() :], start + el.end()
        if language == "tr":
            sm = _TR_SUFFIX.search(word)
            if sm:
                word, end = word[: sm.start()], m.start() + sm.start()
        elif language in ("en", "fr"):
            sm = _EN_POSSESSIVE.search(word)
            if sm:
                word, end = word[: sm.start()], m.start() + sm.start()
        if not word:
            continue
        key = name_key(word)
        script = _script(word[0])
        if script == "arab":
            keys = arabic_variants(word) + _arabic_skeleton_keys(word)
        elif script == "cyr" and word[0].isupper():
            keys = (key, *_cyrillic_latin_keys(word))  # 'Фидана' meets 'Fidan'
        elif script == "latin" and word[0].isupper():
            keys = (key, _latin_skeleton_key(word))  # 'Poutine' meets 'Putin'
            if language == "tr":
                keys = tuple(dict.fromkeys((*keys, *_turkish_skeleton_keys(word))))
        else:
            keys = (key,)
        tokens.append(Token(word, start, end, keys, word[0].isupper()))
    return tokens


# --- sentences ----------------------------------------------------------------------------

_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "sgt",
    "st",
    "jr",
    "sr",
    "no",
    "nos",
    "vs",
    "etc",
    "prof",
    "gov",
    "sen",
    "rep",
    "dep",
    "amb",
    "adm",
    "brig",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "г",
    "гг",
    "им",
    "т",
    "тыс",
    "млн",
    "ул",
    "mme",
    "mm",
    "m",
    "av",
    "art",
    "bkz",
    "vb",
    # Titles before a name: Turkish academic, military and professional ones ('Doç. Dr.',
    # 'Yrd. Doç.', 'Tuğg.', 'Korg.', 'Müh.'), Russian ('проф.', 'ген.', 'зам.', 'акад.'),
    # French ('Mlle.', 'Mgr.'), English ('Rev.', 'Hon.', 'Cpl.').
    "doç",
    "yrd",
    "tuğg",
    "tümg",
    "korg",
    "alb",
    "yzb",
    "bşk",
    "müh",
    "öğr",
    "проф",
    "ген",
    "зам",
    "акад",
    "mlle",
    "mgr",
    "rev",
    "hon",
    "cpl",
    "pvt",
    "cmdr",
}
# Turkish writes an ordinal as the number and a full stop ('18. Astana toplantısı', 'II.
# Dünya Savaşı'): a number of up to three digits or a Roman numeral before it ends no
# Turkish sentence (a year of four digits may). Other languages read here write their
# ordinals otherwise ('18-й', '18e', '18th', 'الـ18').
_ORDINAL_BEFORE_STOP = {"tr": re.compile(r"\d{1,3}|[IVXLC]+")}
_BOUNDARY = re.compile(r"[.!?؟…]+[\"'”»)\]]*(?=\s)")
_LAST_WORD = re.compile(r"(\w+)$")
# Longer than any abbreviation; a longer word is no abbreviation whatever its start.
_WORD_LOOKBACK = 24
_NEXT_STARTS_SENTENCE = re.compile(r"\s+[\"'“«(]?(?:[^\W\d_a-zß-ÿа-я]|\d)", re.UNICODE)


_LINE = re.compile(r"[^\r\n\x0b\x0c\x85\u2028\u2029]+")
_LINE_BREAK = re.compile(r"\r\n|[\r\n\x0b\x0c\x85\u2028\u2029]")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int


def split_sentences(text: str, language: str | None = None) -> list[Sentence]:
    """Sentences with their offsets; a line break always ends a sentence (headlines, bylines),
    whichever way it is written (LF, CRLF, a lone CR from old Mac editors, U+2028). With
    the text's language, a full stop that marks an ordinal there ends none."""
    return list(_sentences(text, language))


def _abbreviation(word: str, ordinal: re.Pattern | None) -> bool:
    """Whether a full stop after `word` marks it as shortened rather than ending a sentence:
    a known abbreviation, an initial ('O.', 'U.N.'), an Arabic-script letter alone ('د.' for
    doctor, 'م.' for engineer: Arabic writes no one-letter word apart), an ordinal."""
    if word.lower() in _ABBREVIATIONS:
        return True
    if len(word) == 1 and (word.isupper() or _script(word) == "arab"):
        return True
    return ordinal is not None and ordinal.fullmatch(word) is not None


# The candidates and the article's people are found in the same text, one after the other:
# it is split once (a text near the size limit takes a tenth of a second).
@lru_cache(maxsize=4)
def _sentences(text: str, language: str | None) -> tuple[Sentence, ...]:
    ordinal = _ORDINAL_BEFORE_STOP.get(language or "")
    out: list[Sentence] = []
    paragraph = 0
    pos = 0
    for line_m in _LINE.finditer(text):
        line_start = line_m.start()
        if len(_LINE_BREAK.findall(text, pos, line_start)) > 1:
            paragraph += 1
        pos = line_m.end()
        line = line_m.group()
        cut = 0
        for b in _BOUNDARY.finditer(line):
            if not _NEXT_STARTS_SENTENCE.match(line, b.end()):
                continue
            # The word before the full stop, looked for in a short window: searching the
            # whole run since the last cut made 60 KB of "A. A. " take 30 s.
            before = line[max(cut, b.start() - _WORD_LOOKBACK) : b.start()]
            last_word = _LAST_WORD.search(before)
            full_stop = b.group().startswith(".")
            if last_word and full_stop and _abbreviation(last_word.group(1), ordinal):
                continue
            _append(out, text, line_start + cut, line_start + b.end(), paragraph)
            cut = b.end()
        _append(out, text, line_start + cut, line_start + len(line), paragraph)
    return tuple(out)


# No real sentence is this long; longer runs (tables, lists without full stops, junk) are
# cut at a space so that no single 'sentence' makes the per-sentence work blow up.
MAX_SENTENCE_CHARS = 1200


def _append(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        if cut <= start:
            cut = start + MAX_SENTENCE_CHARS
        out.append(Sentence(text[start:cut], start, cut, paragraph))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(Sentence(text[start:end], start, end, paragraph))


# --- language -----------------------------------------------------------------------------

_STOPWORDS = {
    "en": {
        "the",
        "and",
        "of",
        "to",
        "in",
        "is",
        "was",
        "said",
        "that",
        "with",
        "on",
        "for",
        "by",
        "its",
        "has",
        "have",
        "were",
        "which",
        "at",
        "from",
        "an",
        "a",
        "will",
        "as",
        "be",
        "not",
        "but",
        "after",
        "this",
        "it",
        "are",
    },
    "fr": {
        "le",
        "la",
        "les",
        "des",
        "du",
        "et",
        "est",
        "une",
        "un",
        "que",
        "dans",
        "pour",
        "sur",
        "au",
        "aux",
        "qui",
        "par",
        "a",
        "été",
        "ont",
        "avec",
        "ce",
        "cette",
        "d",
        "l",
        "de",
        "en",
        "il",
        "se",
        "ne",
        "pas",
        "son",
        "sa",
        "ses",
        "selon",
        "après",
        "à",
        "devant",
        "lors",
    },
    "tr": {
        "ve",
        "bir",
        "bu",
        "ile",
        "için",
        "olarak",
        "olan",
        "ki",
        "da",
        "de",
        "daha",
        "ise",
        "gibi",
        "kadar",
        "sonra",
        "dedi",
        "yapılan",
        "üzere",
        "arasında",
    },
    "ar": {
        "في",
        "من",
        "على",
        "الى",
        "التي",
        "الذي",
        "ان",
        "عن",
        "مع",
        "هذا",
        "هذه",
        "كان",
        "قد",
        "وقد",
        "كما",
        "بين",
        "الي",
        "او",
    },
    "fa": {
        "است",
        "را",
        "اين",
        "كه",
        "در",
        "مي",
        "براي",
        "با",
        "از",
        "شد",
        "كرد",
        "اند",
        "خود",
        "بود",
        "هاي",
        "نيز",
        "وي",
    },
}


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Small words of Latin-script languages the pipeline does not read, and letters only they
# use among the Latin-script languages it does (English, French, Turkish): a short text
# that has more of them than of its detected language's is in none of the six. Words that
# are also common English words with another sense (German "war", "will", "also"; Dutch
# "over", "die"; month names spelled as in English), the Arabic article of names ("al") and
# the one-letter English words ("a", "i") are left out. Weekday and month names are in:
# a news line about a meeting nearly always dates it.
_OTHER_SMALL_WORDS = {
    "de": _word_set(
        "der das und ist sich nicht mit von den dem zu auf im am für ein eine einer einen "
        "einem wurde wurden auch nach bei aus über des wie sind haben hatte oder sie er wir "
        "werden noch zum zur vom dass seit gegen soll sollen bereits in vor neue neuen neuer "
        "wieder unter zwischen heute gestern montag dienstag mittwoch donnerstag freitag "
        "samstag sonntag januar februar märz juni juli oktober dezember"
    ),
    "es": _word_set(
        "la los las de del y en que con por para se una un su sus es fue no lo como más "
        "pero entre tras ha han según este esta sobre el nuevo nueva lunes martes miércoles "
        "jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto "
        "septiembre octubre noviembre diciembre"
    ),
    "it": _word_set(
        "il lo la gli le di da del della dei delle che e è per con non un una ha sono nel "
        "nella alla si anche come dopo più ma su dal sul stata stato ad ed tra fra dell all "
        "nell sull secondo nuovo nuova lunedì martedì mercoledì giovedì venerdì sabato "
        "domenica gennaio febbraio marzo aprile maggio giugno luglio agosto settembre "
        "ottobre novembre dicembre"
    ),
    "nl": _word_set(
        "de het een van en in is op te dat voor met zijn niet aan er om ook als bij door "
        "naar werd wordt heeft hebben uit maar nog sinds geen zal nieuwe maandag dinsdag "
        "woensdag donderdag vrijdag zaterdag zondag januari februari maart mei juni juli "
        "augustus oktober"
    ),
    "pt": _word_set(
        "o os as de do da dos das em no na nos nas e que com por para se um uma seu sua é "
        "foi não mais mas entre após segundo novo nova segunda terça quarta quinta sexta "
        "sábado domingo janeiro fevereiro março abril maio junho julho agosto setembro "
        "outubro novembro dezembro"
    ),
}
_OTHER_LETTERS = {"de": "ß", "es": "ñ¿¡", "pt": "ãõ"}
_PERSIAN_LETTERS = set("پچژگیک")
_ARABIC_ONLY = set("ةيكىؤئ")


_TURKISH_LETTERS = "ığşİĞŞ"


def _letters_outside_names(sample: str) -> list[str]:
    """The letters of `sample` outside capitalised words: a name ('Mevlüt Çavuşoğlu',
    'İstanbul') keeps its own letters in any language, so only the other words' letters
    tell the language; so does its case ending after an apostrophe ("Fidan'ın"), which
    `_turkish_case_endings` counts. A word in capitals throughout (a headline) still counts."""
    return [
        ch
        for word in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", sample)
        if not (word[0].isupper() and not word.isupper())
        for ch in word
    ]


def _turkish_case_endings(sample: str) -> int:
    """How many names and numbers carry a Turkish case ending after an apostrophe
    ("İbrahimi'nin", "2014'te"): the ending, not the name's letters, is Turkish. A French
    elision ("qu'a", "l'a") is none."""
    return sum(
        1
        for m in _TOKEN_RE.finditer(sample)
        if (end := _TR_SUFFIX.search(m.group()))
        and (stem := m.group()[: end.start()])
        and (stem.isdigit() or (len(stem) > 1 and stem[0].isupper()))
        and not _FR_ELISION.fullmatch(m.group()[: end.start() + 1])
    )


def _turkish_marks(sample: str) -> int:
    """Turkish letters outside names, each worth three small words, and Turkish case
    endings on names and numbers, each worth one: an ending is a Turkish word of its own,
    but a Turkish name keeps it in an English sentence too ("Fidan'ın meeting with Lavrov
    took place ...", outside tester t15d, 10)."""
    letters = _letters_outside_names(sample)
    return 3 * sum(ch in _TURKISH_LETTERS for ch in letters) + _turkish_case_endings(sample)


def detect_language(text: str) -> str:
    """'en', 'ru', 'ar', 'fr', 'fa' or 'tr', from the script and the commonest small words
    (read without vowel marks: 'فِي' is 'في'); Turkish letters count outside names only."""
    sample = reading(text).text[:20000]
    counts = {"latin": 0, "cyr": 0, "arab": 0}
    persian = arabic = 0
    for ch in sample:
        if ch.isalpha():
            counts[_script(ch)] += 1
            if ch in _PERSIAN_LETTERS:
                persian += 1
            elif ch in _ARABIC_ONLY:
                arabic += 1
    script = max(counts, key=counts.get)
    if counts[script] == 0:
        return "en"
    if script == "cyr":
        return "ru"
    words = [w.lower() for w in re.findall(r"\w+", fold(sample))]
    if script == "arab":
        fa = sum(w in _STOPWORDS["fa"] for w in words) + 2 * persian
        ar = sum(w in _STOPWORDS["ar"] for w in words) + 2 * arabic
        return "fa" if fa > ar else "ar"
    scores = {lang: sum(w in _STOPWORDS[lang] for w in words) for lang in ("en", "fr", "tr")}
    scores["tr"] += _turkish_marks(sample)
    return max(scores, key=scores.get)


# Below these shares a Latin-script text is in none of the six languages (German,
# Spanish, Kurdish...): measured on bench/ingest_corpus, English and French articles have
# 0.22 or more of their words in their language's small words, German 0.05; Turkish ones
# have 3.5% or more of their letters in ı, ğ, ş, German none.
_MIN_SMALL_WORDS = 0.12
_MIN_TURKISH_LETTERS = 0.005
# Too few words to tell a language by its small words: taken as detected.
_MIN_WORDS_TO_TELL = 40


def _latin(ch: str) -> bool:
    """A letter of the Latin script (basic, supplements, extended A and B, additional)."""
    o = ord(ch)
    return o < 0x0250 or 0x1E00 <= o <= 0x1EFF


def _more_like_another(words: list[str], sample: str, language: str) -> bool:
    """Whether a text too short for the share of small words (a headline and a sentence)
    has more small words and letters of a Latin-script language not read here than of
    `language`, and at least two of them."""
    own = sum(w in _STOPWORDS[language] for w in words)
    letters = _letters_outside_names(sample)
    if language == "tr":
        own += _turkish_marks(sample)
    for other, small in _OTHER_SMALL_WORDS.items():
        marks = _OTHER_LETTERS.get(other, "")
        score = sum(w in small for w in words) + 2 * sum(ch in marks for ch in letters)
        if score >= 2 and score > own:
            return True
    return False


def language_supported(text: str, language: str) -> bool:
    """Whether `text`, detected as `language` (detect_language), is really in it rather
    than in a language the pipeline does not read: a script other than Latin, Cyrillic
    and Arabic, or a Latin-script text with too few of the language's small words."""
    sample = reading(text).text[:20000]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return True
    counts = {"latin": 0, "cyr": 0, "arab": 0, "other": 0}
    for ch in letters:
        script = _script(ch)  # (which calls any other script Latin)
        counts["other" if script == "latin" and not _latin(ch) else script] += 1
    if max(counts, key=counts.get) == "other":
        return False
    if language not in ("en", "fr", "tr"):
        return True
    words = [w.lower() for w in re.findall(r"\w+", fold(sample)) if not w.isdigit()]
    if len(words) < _MIN_WORDS_TO_TELL:
        return not _more_like_another(words, sample, language)
    if sum(w in _STOPWORDS[language] for w in words) >= _MIN_SMALL_WORDS * len(words):
        return True
    turkish = sum(ch in _TURKISH_LETTERS for ch in _letters_outside_names(sample))
    return language == "tr" and turkish >= _MIN_TURKISH_LETTERS * len(letters)
