"""Cardinal numbers spelled in words, one to thirty-nine, in the six languages a round's
title is typed in: 'four', 'quatre', 'четыре', 'dört', 'أربعة', 'چهار', and the tens with
their units ('twenty-two', 'vingt et un', 'двадцать два', 'yirmi iki', 'اثنان وعشرون',
'بیست و دو'). A round titled 'Geneva four' is Geneva 4 (outside tester t13b, 5); whether a
number names a round or counts something is title_numbers' business, not this module's.

`spelled_cardinals(text)` reads a text folded by `folded` (the site's search folding, then
the ingestion's letter variants: 'أربعة' as 'اربعه', 'dört' as 'dort', 'یک' as 'يك')."""

import re
from functools import lru_cache

from peaceproc.ingest.pipeline.text import fold as letters_fold
from peaceproc.search.folding import fold as search_fold

# One to nineteen (a '|' between a word's forms: gender, case, spelling), then the tens.
_UNITS = {
    "en": "one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen",
    "fr": "un|une deux trois quatre cinq six sept huit neuf dix onze douze treize "
    "quatorze quinze seize dix-sept|dix sept dix-huit|dix huit dix-neuf|dix neuf",
    "ru": "один|одна|одно|одного два|две|двух три|трех четыре|четырех пять шесть семь "
    "восемь девять десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать "
    "шестнадцать семнадцать восемнадцать девятнадцать",
    "tr": "bir iki üç dört beş altı yedi sekiz dokuz on on_bir on_iki on_üç on_dört "
    "on_beş on_altı on_yedi on_sekiz on_dokuz",
    "ar": "واحد|واحدة اثنان|اثنين|اثنتان|اثنتين ثلاثة|ثلاث أربعة|أربع خمسة|خمس ستة|ست "
    "سبعة|سبع ثمانية|ثماني|ثمان تسعة|تسع عشرة|عشر أحد_عشر|إحدى_عشرة|احد_عشر "
    "اثنا_عشر|اثني_عشر|اثنتا_عشرة|اثنتي_عشرة",
    "fa": "یک دو سه چهار پنج شش هفت هشت نه ده یازده دوازده سیزده چهارده پانزده شانزده "
    "هفده هجده|هیجده نوزده",
}
_TENS = {
    "en": ("twenty", "thirty"),
    "fr": ("vingt", "trente"),
    "ru": ("двадцать", "тридцать"),
    "tr": ("yirmi", "otuz"),
    "ar": ("عشرون|عشرين", "ثلاثون|ثلاثين"),
    "fa": ("بیست", "سی"),
}
# Arabic thirteen to nineteen: the unit and 'عشر' or 'عشرة' ('ثلاثة عشر', 'ثلاث عشرة').
_AR_TEENS = ("عشر", "عشرة")


def _forms(words: str) -> list[list[str]]:
    """The forms of each number of a space-separated list ('_' joins a two-word number)."""
    return [[form.replace("_", " ") for form in word.split("|")] for word in words.split()]


def _past_ten(lang: str, units: list[list[str]]) -> dict[int, list[str]]:
    """The numbers from thirteen on that a language builds from its units: Arabic teens,
    and every language's tens with a unit after ('twenty-two', 'vingt et un', 'بیست و
    دو') or, in Arabic, before ('اثنان وعشرون')."""
    out: dict[int, list[str]] = {}
    if lang == "ar":
        for n in range(3, 10):
            out[10 + n] = [f"{u} {teen}" for u in units[n - 1] for teen in _AR_TEENS]
    for t, tens in enumerate(_TENS[lang], 2):
        for ten in tens.split("|"):
            out.setdefault(10 * t, []).append(ten)
            for n in range(1, 10):
                out.setdefault(10 * t + n, []).extend(_joined(lang, ten, units[n - 1]))
    return out


def _joined(lang: str, ten: str, unit_forms: list[str]) -> list[str]:
    """A ten and a unit as `lang` writes them."""
    if lang == "ar":
        return [f"{u} و{ten}" for u in unit_forms]
    if lang == "fa":
        # 'بیست و دو', with joiners as often: 'بیست‌ودو', 'بیست‌و‌دو'.
        joins = [f"{a}و{b}" for a in " \u200c" for b in (" ", "\u200c", "")]
        return [f"{ten}{j}{u}" for u in unit_forms for j in joins]
    if lang == "fr":
        joins = (" et ", "-et-") if unit_forms[0] == "un" else ("-", " ")
        return [f"{ten}{j}{u}" for u in unit_forms for j in joins]
    return [f"{ten}{j}{u}" for u in unit_forms for j in ("-", " ")]


def folded(text: str) -> str:
    """`text` folded as this module reads it, one character for one."""
    return letters_fold(search_fold(text))


@lru_cache(maxsize=1)
def _table() -> dict[str, int]:
    table: dict[str, int] = {}
    for lang, words in _UNITS.items():
        units = _forms(words)
        numbers = {n: forms for n, forms in enumerate(units, 1)} | _past_ten(lang, units)
        for n, forms in numbers.items():
            table.update({folded(form): n for form in forms})
    return table


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    alternatives = sorted(_table(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, alternatives)) + r")(?![\w-])")


def spelled_cardinals(text: str) -> list[tuple[int, int, int]]:
    """The spelled cardinals of `text` (folded by `folded`), longest first where two
    overlap: (start, end, value)."""
    return [(m.start(), m.end(), _table()[m.group()]) for m in _pattern().finditer(text)]
