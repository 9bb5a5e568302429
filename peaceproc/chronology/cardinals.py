"""Cardinal numbers spelled in words, one to thirty-nine, in the six languages a round's
title is typed in: 'four', 'quatre', 'четыре', 'dört', 'أربعة', 'چهار', and the tens with
their units ('twenty-two', 'vingt et un', 'двадцать два', 'yirmi iki', 'اثنان وعشرون',
'بیست و دو'). A round titled 'Geneva four' is Geneva 4 (outside tester t13b, 5); whether a
number names a round or counts something is title_numbers' business, not this module's.

`spelled_cardinals(text)` reads a text folded by `folded` (the site's search folding, then
the ingestion's letter variants: 'أربعة' as 'اربعه', 'dört' as 'dort', 'یک' as 'يك').
`spelled_ordinals(text)` reads the ordinals one to thirty of the same six languages as the
ingestion spells them (ingest/pipeline/rounds.ordinal_words: 'second', 'deuxième',
'второй', 'ikinci', 'الثاني', 'دوم' and 'دومین'), the figures with an ordinal's ending
('2nd', '2e', '2nci') and the Roman numerals with one ('IXth', 'IXe').
`numbers_spelled(text)` is every number a title spells, cardinal or ordinal: the one
reader the look-alike checks of every kind of record read titles with (outside tester
t14d, 7 to 9)."""

import re
from functools import lru_cache

from peaceproc.ingest.pipeline.rounds import RUSSIAN_STEMS, ordinal_words
from peaceproc.ingest.pipeline.text import fold as letters_fold
from peaceproc.search.folding import fold as search_fold

# One to nineteen (a '|' between a word's forms: gender, case, spelling), then the tens.
_UNITS = {
    "en": "one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen",
    "fr": "un|une deux trois quatre cinq six sept huit neuf dix onze douze treize "
    "quatorze quinze seize dix-sept|dix_sept dix-huit|dix_huit dix-neuf|dix_neuf",
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


# The tens past thirty-nine that build a number with a unit after a hyphen ('quarante-deux',
# 'forty-two'): the unit is not a number of its own. (Nearer tens are in the table.)
_HIGHER_TENS = frozenset(
    "forty fifty sixty seventy eighty ninety quarante cinquante soixante vingts".split()  # noqa: SIM905
)
# A number stands alone (not inside a word, nor joined to a word after it: 'two-day'); a
# hyphen may join it to a name before it ('Astana-four', 'Geneva-deux'; outside tester
# t14d, 8), not to a ten before it (_HIGHER_TENS).
_BEFORE, _AFTER = r"(?<!\w)", r"(?![\w-])"


def _joined_to_ten(text: str, start: int) -> bool:
    if text[start - 1 : start] != "-":
        return False
    before = re.search(r"(\w+)-$", text[:start])
    return bool(before) and (before.group(1) in _HIGHER_TENS or before.group(1) in _table())


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    alternatives = sorted(_table(), key=len, reverse=True)
    return re.compile(_BEFORE + "(?:" + "|".join(map(re.escape, alternatives)) + ")" + _AFTER)


def spelled_cardinals(text: str) -> list[tuple[int, int, int]]:
    """The spelled cardinals of `text` (folded by `folded`), longest first where two
    overlap: (start, end, value)."""
    return [
        (m.start(), m.end(), _table()[m.group()])
        for m in _pattern().finditer(text)
        if not _joined_to_ten(text, m.start())
    ]


# The words that write a number past thirty-nine, with those of _UNITS and _TENS (a UN
# resolution's 'two thousand two hundred fifty-four'; outside tester t14d, 9): the tens
# from forty, the hundreds a language writes in one word, and HUNDRED and THOUSAND,
# which multiply what comes before them ('deux mille', 'iki yüz').
HUNDRED, THOUSAND = -100, -1000
_LARGE = {
    "en": "forty:40 fifty:50 sixty:60 seventy:70 eighty:80 ninety:90 hundred:-100 thousand:-1000",
    "fr": "quarante:40 cinquante:50 soixante:60 quatre-vingt|quatre-vingts|quatre_vingt|"
    "quatre_vingts:80 cent|cents:-100 mille:-1000",
    "ru": "сорок:40 пятьдесят:50 шестьдесят:60 семьдесят:70 восемьдесят:80 девяносто:90 "
    "сто:100 двести:200 триста:300 четыреста:400 пятьсот:500 шестьсот:600 семьсот:700 "
    "восемьсот:800 девятьсот:900 тысяча|тысячи|тысяч:-1000",
    "tr": "kırk:40 elli:50 altmış:60 yetmiş:70 seksen:80 doksan:90 yüz:-100 bin:-1000",
    "ar": "أربعون|أربعين:40 خمسون|خمسين:50 ستون|ستين:60 سبعون|سبعين:70 ثمانون|ثمانين:80 "
    "تسعون|تسعين:90 مائة|مئة:-100 مائتان|مئتان|مائتين|مئتين:200 ثلاثمائة|ثلاثمئة:300 "
    "أربعمائة|أربعمئة:400 خمسمائة|خمسمئة:500 ستمائة|ستمئة:600 سبعمائة|سبعمئة:700 "
    "ثمانمائة|ثمانمئة|ثمانيمائة:800 تسعمائة|تسعمئة:900 ألف|آلاف:-1000 ألفان|ألفين:2000",
    "fa": "چهل:40 پنجاه:50 شصت:60 هفتاد:70 هشتاد:80 نود:90 صد:-100 دویست:200 سیصد:300 "
    "چهارصد:400 پانصد:500 ششصد:600 هفتصد:700 هشتصد:800 نهصد:900 هزار:-1000",
}
# What may stand between the words of one number: spaces, hyphens, 'and' ('et', 'و').
_BETWEEN = re.compile(r"[\s-]*(?:(?:and|et|و)[\s-]*)?")


@lru_cache(maxsize=1)
def _large_table() -> dict[str, int]:
    return {
        folded(form.replace("_", " ")): int(value)
        for words in _LARGE.values()
        for word in words.split()
        for form in word.partition(":")[0].split("|")
        if (value := word.partition(":")[2])
    }


def multiplier(word: str) -> int | None:
    """What a multiplier standing alone counts ('hundred', 'cent', 'صد', folded by
    `folded`): 100 or 1000; None for any other word."""
    value = _large_table().get(word, 0)
    return -value if value < 0 else None


def number_word(word: str) -> bool:
    """Whether `word` (folded by `folded`) is a number word of one of the languages."""
    return word in _table() or word in _large_table()


@lru_cache(maxsize=1)
def _words_pattern() -> re.Pattern[str]:
    """Any word of _table or _large_table, an Arabic 'and' written onto it ('وخمسون')."""
    alternatives = sorted({*_table(), *_large_table()}, key=len, reverse=True)
    return re.compile(r"(?<!\w)و?(" + "|".join(map(re.escape, alternatives)) + r")(?!\w)")


def _number_words(text: str) -> list[tuple[int, int, int]]:
    """Every word of `text` that writes a number or multiplies one (start, end, value;
    HUNDRED and THOUSAND for the multipliers), the longest of those starting together."""
    table = {**_table(), **_large_table()}
    return [(m.start(), m.end(), table[m.group(1)]) for m in _words_pattern().finditer(text)]


def _value(values: list[int]) -> int:
    """The number the words of `values` write, read in order ('two thousand two hundred
    fifty-four', 'ألفان ومئتان وأربعة وخمسون': the same sum in any order of the units)."""
    total = current = 0
    for value in values:
        if value == HUNDRED:
            current = (current or 1) * 100
        elif value == THOUSAND:
            total, current = total + (current or 1) * 1000, 0
        else:
            current += value
    return total + current


def cardinal_numbers(text: str) -> list[tuple[int, int, int]]:
    """The numbers `text` (folded by `folded`) spells, of any size to the thousands: each
    run of number words (_number_words) with nothing between them but _BETWEEN, read
    whole (_value): 'quarante-deux' is 42, not 2. A multiplier alone is no number
    ('bin' of 'Hamad bin Jassim', 'mille')."""
    runs: list[list[tuple[int, int, int]]] = []
    for word in _number_words(text):
        if runs and _BETWEEN.fullmatch(text, runs[-1][-1][1], word[0]):
            runs[-1].append(word)
        else:
            runs.append([word])
    return [
        (run[0][0], run[-1][1], _value([value for *_, value in run]))
        for run in runs
        if len(run) > 1 or run[0][2] > 0
    ]


@lru_cache(maxsize=1)
def _ordinal_table() -> dict[str, int]:
    """Each spelled ordinal of one to thirty (but Russian's), folded, and its number; the
    Persian ones with '-in' too ('دومین')."""
    table: dict[str, int] = {}
    for lang in ("en", "fr", "tr", "ar", "fa"):
        for n, forms in enumerate(ordinal_words(lang), 1):
            for form in filter(None, forms.split("|")):
                table[folded(form)] = n
                if lang == "fa":
                    table[folded(form + "ین")] = n
    return table


# A Russian ordinal: a ten ('двадцать') perhaps, a stem (RUSSIAN_STEMS) and an adjective's
# ending ('второй', 'четвёртого', 'двадцать второй'), folded ('й' as 'и', 'ё' as 'е').
_RU_ENDINGS = "ыи|ои|ии|ая|яя|ое|ее|ого|его|ому|ему|ом|ем|ую|юю|ые|ие|ых|их|ыми|ими|ым|им"
_RU_TENS = {"двадцать": 20, "тридцать": 30}
# A figure or a Roman numeral (to thirty-nine) with an ordinal's ending: English, French
# and Turkish ('2nd', '2e', '2eme', '1er', '2nci', '2inci'), and 'IXth', 'IXe' (not 'Ve' or
# 'Ie': one numeral letter and 'e' is a word, Turkish 've').
_WRITTEN = re.compile(
    r"(?<!\w)(?:(\d{1,3})(?:st|nd|rd|th|e|eme|er|re|ere|'?(?:inci|unci|nci|ncu|ıncı|üncü))"
    r"|(x{0,3}(?:ix|iv|v?i{0,3}))(th|e|eme|er))(?!\w)"
)
_UNIT_ROMAN = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")


def _roman(numeral: str) -> int | None:
    tens, units = len(numeral) - len(numeral.lstrip("x")), numeral.lstrip("x")
    return 10 * tens + _UNIT_ROMAN.index(units) if units in _UNIT_ROMAN else None


@lru_cache(maxsize=1)
def _ordinal_pattern() -> re.Pattern[str]:
    spelled = sorted(_ordinal_table(), key=len, reverse=True)
    stems = sorted((folded(stem) for stem in RUSSIAN_STEMS if stem), key=len, reverse=True)
    tens = "|".join(_RU_TENS)
    russian = rf"(?P<ten>(?:{tens})\s+)?(?P<stem>(?:{'|'.join(stems)})(?:{_RU_ENDINGS}))"
    spelled_alt = "|".join(map(re.escape, spelled))
    return re.compile(rf"{_BEFORE}(?:(?P<spelled>{spelled_alt})|{russian}){_AFTER}")


def _russian(m: re.Match[str]) -> int:
    word = m.group("stem")
    stems = [(folded(stem), n) for n, stem in enumerate(RUSSIAN_STEMS, 1) if stem]
    unit = next(n for stem, n in sorted(stems, key=lambda s: -len(s[0])) if re.match(stem, word))
    return unit + (_RU_TENS[m.group("ten").strip()] if m.group("ten") else 0)


def spelled_ordinals(text: str) -> list[tuple[int, int, int]]:
    """The ordinals of `text` (folded by `folded`), spelled or written in figures or Roman
    numerals with an ordinal's ending: (start, end, value)."""
    found = [
        (m.start(), m.end(), _ordinal_table()[s] if (s := m.group("spelled")) else _russian(m))
        for m in _ordinal_pattern().finditer(text)
        if not _joined_to_ten(text, m.start())
    ]
    for m in _WRITTEN.finditer(text):
        value = int(m.group(1)) if m.group(1) else _roman(m.group(2)) if m.group(2) else None
        if value and not (m.group(3) == "e" and len(m.group(2)) < 2):  # 've', 'ie' are words
            found.append((m.start(), m.end(), value))
    return sorted(found)


def numbers_spelled(text: str) -> list[tuple[int, int, int]]:
    """Every number `text` (folded by `folded`) spells in words or writes as an ordinal
    (cardinal_numbers, spelled_ordinals), in order, the longest where two overlap."""
    found, last = [], 0
    spans = sorted(cardinal_numbers(text) + spelled_ordinals(text), key=lambda s: (s[0], -s[1]))
    for start, end, value in spans:
        if start >= last:
            found.append((start, end, value))
            last = end
    return found


def count_pattern(lang: str) -> str:
    """A regular expression for a number `lang` spells in words, as the text writes it
    (unfolded): a run of its number words with spaces, hyphens or 'and' between ('fifteen',
    'twenty-five', 'one hundred and thirty', 'اثنان وعشرون', 'yirmi iki'). What the run is
    worth is cardinal_numbers' reading."""
    units = _forms(_UNITS[lang])
    words = [form for forms in units for form in forms]
    words += [form for forms in _past_ten(lang, units).values() for form in forms]
    words += [
        form.replace("_", " ")
        for word in _LARGE[lang].split()
        for form in word.partition(":")[0].split("|")
    ]
    word = "(?:" + "|".join(map(re.escape, sorted(set(words), key=len, reverse=True))) + ")"
    return rf"{word}(?:(?:[\s-]+(?:(?:and|et)[\s-]+)?|\s+و){word}){{0,4}}"
