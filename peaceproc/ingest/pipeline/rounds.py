"""Rounds and tracks: 'the fourth round of the talks', 'Astana 5', 'Geneva IV',
'четвёртый раунд', 'الجولة الرابعة', 'quatrième cycle', 'dördüncü tur', 'دور چهارم'."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import CAPITAL_EPITHETS, MONTH_WORDS
from .text import fold, fold_pattern

_EN = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
_FR = [
    "premier|première|premiere|1er|1re",
    "deuxième|deuxieme|second|seconde",
    "troisième|troisieme",
    "quatrième|quatrieme",
    "cinquième|cinquieme",
    "sixième|sixieme",
    "septième|septieme",
    "huitième|huitieme",
    "neuvième|neuvieme",
    "dixième|dixieme",
    "onzième|onzieme",
    "douzième|douzieme",
    "treizième|treizieme",
    "quatorzième|quatorzieme",
    "quinzième|quinzieme",
    "seizième|seizieme",
    "dix-septième|dix-septieme",
    "dix-huitième|dix-huitieme",
    "dix-neuvième|dix-neuvieme",
    "vingtième|vingtieme",
    "vingt et unième|vingt-et-unième|vingt et unieme",
    "vingt-deuxième|vingt-deuxieme|vingt deuxième",
]
_TR = [
    "birinci|ilk",
    "ikinci",
    "üçüncü",
    "dördüncü",
    "beşinci",
    "altıncı",
    "yedinci",
    "sekizinci",
    "dokuzuncu",
    "onuncu",
    "on birinci",
    "on ikinci",
    "on üçüncü",
    "on dördüncü",
    "on beşinci",
    "on altıncı",
    "on yedinci",
    "on sekizinci",
    "on dokuzuncu",
    "yirminci",
    "yirmi birinci",
    "yirmi ikinci",
]
_RU = [
    "перв",
    "втор",
    "трет",
    "четв[её]рт",
    "пят",
    "шест",
    "седьм",
    "восьм",
    "девят",
    "десят",
    "одиннадцат",
    "двенадцат",
    "тринадцат",
    "четырнадцат",
    "пятнадцат",
    "шестнадцат",
    "семнадцат",
    "восемнадцат",
    "девятнадцат",
    "двадцат",
    *[""] * 9,
    "тридцат",
]
_AR_FIRST_TEN = [
    "الاولى|الاول",
    "الثانيه|الثاني",
    "الثالثه|الثالث",
    "الرابعه|الرابع",
    "الخامسه|الخامس",
    "السادسه|السادس",
    "السابعه|السابع",
    "الثامنه|الثامن",
    "التاسعه|التاسع",
    "العاشره|العاشر",
]
# The units of the ordinals past ten ('الحادي عشر', 'الحادي والعشرون').
_UNITS_AR = ["الحاديه|الحادي", *_AR_FIRST_TEN[1:9]]
_AR = [
    *_AR_FIRST_TEN,
    # Eleventh to nineteenth: a unit and 'عشرة' / 'عشر', whose genders writers match or
    # not ('الجولة الحادية عشرة' and, as often, 'الجولة الحادية عشر').
    *(
        "|".join(f"{unit} {ten}" for unit in units.split("|") for ten in ("عشره", "عشر"))
        for units in _UNITS_AR
    ),
    "العشرون|العشرين",
    "الحاديه والعشرين|الحادي والعشرين",
    "الثانيه والعشرين|الثاني والعشرين",
]
_FA = [
    "اول|نخست",
    "دوم",
    "سوم",
    "چهارم",
    "پنجم",
    "ششم",
    "هفتم",
    "هشتم",
    "نهم",
    "دهم",
    "يازدهم",
    "دوازدهم",
    "سيزدهم",
    "چهاردهم",
    "پانزدهم",
    "شانزدهم",
    "هفدهم",
    "هجدهم|هيجدهم",
    "نوزدهم",
    "بيستم",
    "بيست و يكم",
    "بيست و دوم",
]
# Ordinals past twenty are a ten and a unit ordinal in every language here; the Astana
# format reached its 22nd round in 2024 and counts on.
_UNITS_EN = _EN[:9]
_UNITS_FR = [
    "unième",
    "deuxième",
    "troisième",
    "quatrième",
    "cinquième",
    "sixième",
    "septième",
    "huitième",
    "neuvième",
]
_UNITS_TR = _TR[:9]
_UNITS_FA = ["يكم", *_FA[1:9]]


def _past_twenty() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"en": [], "fr": [], "tr": [], "ar": [], "fa": []}
    for tens, (en, fr, tr, ar, fa) in enumerate(
        [
            ("twenty", "vingt", "yirmi", "العشرين|العشرون", "بيست"),
            ("thirty", "trente", "otuz", "الثلاثين|الثلاثون", "سي"),
        ]
    ):
        for i in range(9):
            n = 21 + 10 * tens + i
            unit = _UNITS_EN[i].split("|")[0]
            out["en"].append((n, f"{en}-{unit}|{en} {unit}"))
            fr_unit = _UNITS_FR[i]
            joined = f"{fr} et {fr_unit}|{fr}-et-{fr_unit}" if i == 0 else f"{fr}-{fr_unit}"
            out["fr"].append((n, f"{joined}|{fr} {fr_unit}|{joined.replace('è', 'e')}"))
            out["tr"].append((n, f"{tr} {_UNITS_TR[i].split('|')[0]}"))
            ar_units = _UNITS_AR[i].split("|")
            out["ar"].append((n, "|".join(f"{u} و{t}" for u in ar_units for t in ar.split("|"))))
            # 'بیست و دوم', also written with joiners: 'بیست‌ودوم', 'بیست‌و‌دوم'.
            fa_unit = _UNITS_FA[i].split("|")[0]
            out["fa"].append(
                (
                    n,
                    "|".join(
                        f"{fa}{a}و{b}{fa_unit}" for a in " \u200c" for b in (" ", "\u200c", "")
                    ),
                )
            )
    out["en"].append((30, "thirtieth"))
    out["fr"].append((30, "trentième|trentieme"))
    out["tr"].append((30, "otuzuncu"))
    out["ar"].append((30, "الثلاثين|الثلاثون"))
    out["fa"].append((30, "سيام|سي ام"))
    return out


_PAST_TWENTY = _past_twenty()


def _to_thirty(words: list[str], lang: str) -> list[str]:
    table = list(words[:20])
    for n, alts in _PAST_TWENTY[lang]:
        while len(table) < n:
            table.append("")
        table[n - 1] = "|".join(a for a in (table[n - 1], alts) if a)
    return table


_UNIT_NUMERALS = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
# Roman numerals to thirty, as rounds are numbered in them ('Geneva IV', 'XXII
# международная встреча'), folded; a Russian or Kazakh text may type the Cyrillic 'Х' and
# 'І' for X and I (_LATIN_NUMERAL).
_ROMAN = {"x" * (n // 10) + _UNIT_NUMERALS[n % 10]: n for n in range(1, 31)}
_LATIN_NUMERAL = str.maketrans("хі", "xi")


def day_ordinals(lang: str) -> dict[str, int]:
    """Ordinal words of the days of a month (1-31), folded: 'الثامن' 8, 'بيست و ششم' 26.
    Arabic and Persian news write days this way ('في الثامن من آذار', 'اول فروردين')."""
    words = {"ar": _AR, "fa": _FA}[lang]
    table = _ordinal_alt(_to_thirty(words, lang))[1]
    thirty_first = {"ar": "الحادي والثلاثين|الحاديه والثلاثين", "fa": "سي و يكم"}[lang]
    table.update({fold(w): 31 for w in thirty_first.split("|")})
    if lang == "fa":
        table[fold("یکم")] = 1  # 'یکم آذر': the first of a month ('اول' too)
    return {w: n for w, n in table.items() if n <= 31}


def ordinal_words(lang: str) -> list[str]:
    """The ordinal words of one to thirty in `lang` (en, fr, tr, ar or fa), as written
    ('fourth', 'quatrième|quatrieme', 'vingt-deuxième'), a number's forms joined by '|';
    an empty string where none is listed. Russian's are the stems of RUSSIAN_STEMS."""
    return _to_thirty({"en": _EN, "fr": _FR, "tr": _TR, "ar": _AR, "fa": _FA}[lang], lang)


# The stems of the Russian ordinals one to thirty (a pattern each; '' where none).
RUSSIAN_STEMS = tuple(_RU)


_FIRST_TEN = {"en": _EN, "fr": _FR, "ru": _RU, "tr": _TR, "ar": _AR_FIRST_TEN, "fa": _FA}


def small_ordinal(word: str, lang: str) -> int | None:
    """The number 1-10 a folded ordinal word stands for ('fifth', 'cinquième', 'пятую',
    'الخامسة', 'پنجمین', 'beşinci'), or None; a Russian word by its stem."""
    for n, alts in enumerate(_FIRST_TEN[lang][:10], 1):
        for w in alts.split("|"):
            w = fold(w)
            if word == w or (lang == "ru" and word.startswith(w)) or word == w + fold("ین"):
                return n
    return None


def _ordinal_alt(words: list[str], *, suffix: str = "") -> tuple[str, dict[str, int]]:
    table: dict[str, int] = {}
    parts = []
    for i, alts in enumerate(words):
        for w in filter(None, alts.split("|")):
            table[fold(w)] = i + 1
            parts.append(fold_pattern(w))
    parts.sort(key=len, reverse=True)
    return "(?:" + "|".join(parts) + ")" + suffix, table


# Persian 'در آستانهٔ انتخابات' ('on the eve of the elections', 'on the threshold of'): آستانه
# is also the Persian name of Astana ('در آستانه دیدار کردند', 'they met in Astana'). The
# idiom is آستانه heading an ezafe after 'در'/'بر': the ezafe written ('آستانهٔ', 'آستانه‌ی'),
# or a noun of an event or a time after it that is not the object of a light verb
# ('در آستانه گفت‌وگو کردند' is a talk held in Astana).
_EVE_NOUNS = (
    "برگزاری|آغاز|شروع|پایان|سفر|دیدار|ملاقات|نشست|اجلاس|کنفرانس|کنگره|همایش|انتخابات|"
    "رأی[\u200c ]?گیری|رای[\u200c ]?گیری|همه[\u200c ]?پرسی|سال|سالروز|سالگرد|ماه|روز|هفته|جشن|"
    "عید|نوروز|مذاکرات|مذاکره|گفت[\u200c ]?و[\u200c ]?گو|گفتگو|توافق|امضای|ورود|تشکیل|"
    "فروپاشی|سقوط|جنگ|فصل|تصویب|اعلام|دور|مرحله|قرن|دهه|تحویل|بازگشت|استقرار|اجرای|"
    "فرا[\u200c ]?رسیدن|فرارسیدن|نهایی|تحول|بحران|انفجار|شکست|پیروزی"
)
_LIGHT_VERBS = (
    "کرد|کردند|کرده|کردیم|می[\u200c ]?کنند|می[\u200c ]?کند|کنند|شد|شدند|شده|می[\u200c ]?شود|"
    "نمود|نمودند|داشت|داشتند|برگزار"
)
_EVE_OF = fold_pattern(
    rf"(?:\u0654|\u200cی(?![\w])|\s+ی\s|\s+(?:{_EVE_NOUNS})(?:\u200c?ها(?:ی)?)?(?![\w\u200c])"
    rf"(?!\s+(?:{_LIGHT_VERBS})(?![\w\u200c])))"
)
_EVE_OF_RE = re.compile(r"(?<=[دب]ر )استانه" + _EVE_OF)


def eve_of(folded: str, start: int) -> bool:
    """Whether the 'آستانه' at folded[start:] is the Persian 'on the eve of', not Astana."""
    return bool(_EVE_OF_RE.match(folded, start))


def _epithets(city: str) -> list[str]:
    """The phrases that name `city` as its country's capital ('the Kazakh capital',
    'столице Казахстана', 'العاصمة الكازاخية', 'پایتخت قزاقستان'), as patterns: a Turkish
    case ending may follow a word ("Kazakistan'ın başkenti"), an Arabic clitic the article
    ('بالعاصمة')."""
    out = []
    for form in CAPITAL_EPITHETS[city]:
        words = [re.escape(w) for w in form.split()]
        clitic = "(?:و|ب|ف|ل)?" if form.startswith("ال") else ""
        out.append(clitic + r"(?:['’]\w+)?\s+".join(words))
    return out


TRACK_FORMS = {
    "astana": [
        # The city named as the capital: the track's venue (the talks 'in the Kazakh
        # capital', 'در پایتخت قزاقستان').
        *_epithets("Astana"),
        "astana",
        "nur-sultan",
        "nursultan",
        "астан[аеуы]",
        "астанинск\\w*",
        "нур-султан\\w*",
        "استانا",
        f"(?:(?<![دب]ر )استانه|استانه(?!{_EVE_OF}))",
        "نور سلطان",
        "نورسلطان",
        "نور-سلطان",
    ],
    "geneva": ["geneva", "genève", "geneve", "cenevre", "женев\\w*", "جنيف", "ژنو"],
    "constitutional-committee": [
        "constitutional committee",
        "comité constitutionnel",
        "comite constitutionnel",
        "конституционн\\w+ комитет\\w*",
        "اللجنه الدستوريه",
        "لجنه الدستوريه",
        "(?:لل|وال|بال)جنه الدستوريه",  # with a clitic: 'للجنة الدستورية'
        "(?:لل|وال|بال)لجنه الدستوريه",
        "كميت[هۀ] قانون اساسي",  # ۀ: the committee with its ezafe ('کمیتۀ')
        "anayasa komite\\w*",
        "anayasa komisyon\\w*",
        "constitutional commission",
        "commission constitutionnelle",
        "конституционн\\w+ комисси\\w*",
        # The committee called by its work: 'the constitution-drafting committee', 'کمیته
        # بررسی قانون اساسی', 'talks on the constitution' ('گفت‌وگوهای قانون اساسی').
        "constitution(?:al)?[- ]drafting (?:committee|body)",
        "committee (?:on|for|to draft) (?:the |a )?(?:new )?constitution",
        "constitutional talks",
        # Talks on the constitution ('les discussions sur la Constitution syrienne',
        # 'переговоры по конституции', 'محادثات بشأن الدستور', 'anayasa görüşmeleri'): the
        # committee's, whatever city hosts them (fix9s).
        "(?:talks|discussions|negotiations) on (?:the |a )?(?:new |syrian )?constitution",
        "(?:discussions|pourparlers|négociations|negociations) sur la (?:nouvelle )?constitution",
        "(?:переговор|обсуждени|консультаци)\\w* по (?:нов\\w+ )?конституци\\w*",
        "(?:محادثات|مباحثات|مفاوضات|مشاورات|نقاشات) (?:حول|بشان|عن) (?:ال)?دستور",
        "anayasa (?:görüşme|müzakere)\\w*",
        "comité (?:de rédaction de la|chargé de la) constitution",
        # 'комитет по разработке / обсуждению / подготовке Конституции'
        "комитет\\w* по (?:\\w+ )?конституци\\w*",
        "لجنه (?:صياغه |كتابه )?الدستور",
        "كميت[هۀ](?:\\s+[\\w\u200c]+){0,2}\\s+قانون\\s+اساسي",
        "(?:گفت[\u200c ]?و[\u200c ]?گو|گفتگو|مذاكره|مذاكرات|نشست)[\\w\u200c]*"
        "(?:\\s+[\\w\u200c]+){0,2}\\s+قانون\\s+اساسي",
    ],
}
# A track's city joined by a hyphen to a word is the track only when that word is the
# format's ('the Astana-format talks', 'Astana-process'): 'the Geneva-based office' is an
# office, no gathering of the Geneva track (outside tester t15d, 7).
_NOT_A_COMPOUND = r"(?!-(?!(?:format|process|meeting|talks|round)\w*)[^\W\d_])"
_TRACK_RE = {
    track: re.compile(
        r"(?<![\w])(?:" + "|".join(fold_pattern(f) for f in forms) + r")(?![\w])" + _NOT_A_COMPOUND
    )
    for track, forms in TRACK_FORMS.items()
}
_CONGRESS = re.compile(
    fold_pattern(
        r"(?<![\w])(?:(?:syrian )?national dialogue congress|congress of (?:the )?syrian national"
        r" dialogue|sochi congress|congress in sochi|congrès (?:de sotchi|du dialogue national"
        r" syrien)|конгресс\w* (?:сирийского )?национального диалога|(?:сочинск\w+ )?конгресс\w*"
        r" в сочи|сочинск\w+ конгресс\w*|مؤتمر (?:الحوار الوطني السوري|سوتشي)|"
        r"كنگره (?:سوچي|گفتگوي ملي سوريه)|(?:suriye ulusal diyalog|soçi) kongre\w*)(?![\w])"
    )
)


@dataclass(frozen=True)
class RoundMention:
    start: int
    end: int
    number: int | None
    track: str | None  # None: take the article's dominant track
    congress: bool = False
    # A round named without its number: 'next', 'previous' or 'new' ('the next round', 'la
    # précédente série', 'الجولة الجديدة'), or '' for one named by its date alone.
    relative: str | None = None


_Rules = dict[str, list[tuple[re.Pattern[str], dict[str, int]]]]


def _build() -> tuple[_Rules, _Rules]:
    """The round rules per language, and the rules of an ordinal coordinated with a
    round's own ('the first and second rounds', 'دور اول و دوم')."""
    en_words = [
        f"{w}|{n}{'st' if n % 10 == 1 and n != 11 else 'nd' if n % 10 == 2 and n != 12 else 'rd' if n % 10 == 3 and n != 13 else 'th'}"  # noqa: E501
        for n, w in enumerate(_EN, 1)
    ]
    en_words = _to_thirty(en_words, "en")
    gap = r"(?:\s+(?!(?:and|of|et|ve|и)\b)[\w-]+){0,2}?"
    en_alt, en_t = _ordinal_alt(en_words)
    en_alt = rf"(?:{en_alt}|\d{{1,2}}(?:st|nd|rd|th))"
    fr_words = _to_thirty([f"{w}|{n}e|{n}ème|{n}eme" for n, w in enumerate(_FR, 1)], "fr")
    fr_alt, fr_t = _ordinal_alt(fr_words)
    fr_alt = rf"(?:{fr_alt}|\d{{1,2}}(?:e|ème|eme))"
    tr_words = _to_thirty([f"{w}|{n}\\." for n, w in enumerate(_TR, 1)], "tr")
    tr_table = {}
    tr_parts = []
    for n, alts in enumerate(tr_words, 1):
        for w in alts.split("|"):
            tr_table[fold(w).replace("\\.", ".")] = n
            tr_parts.append(fold_pattern(w))
    tr_alt = (
        "(?:"
        + "|".join(sorted(tr_parts, key=len, reverse=True))
        + r"|\d{1,2}\.|\d{1,2}'?(?:inci|ıncı|uncu|üncü|nci|ncı|ncu|ncü))"
    )
    ru_parts = []
    ru_t = {}
    for n, stem in enumerate(_RU, 1):
        if stem:
            ru_t[stem] = n
            ru_parts.append(stem)
    ru_stems = "|".join(sorted(ru_parts, key=len, reverse=True))
    ru_alt = "(?:(?:двадцать|тридцать)\\s+)?(?:" + ru_stems + r")\w*"
    ar_alt, ar_t = _ordinal_alt(_to_thirty(_AR, "ar"))
    fa_alt, fa_t = _ordinal_alt(_to_thirty(_FA, "fa"))
    fa_in_alt = "(?:" + "|".join(sorted((k + "ين" for k in fa_t), key=len, reverse=True)) + ")"
    fa_in_t = {k + "ين": v for k, v in fa_t.items()}
    b, e = r"(?<![\w])", r"(?![\w])"
    # Ordinal-first languages: the coordinated ordinal ends right before the round's own;
    # noun-first ones: it follows the round's own ordinal.
    coordinated = {
        lang: [(re.compile(rf"{b}(?P<ord>{alt})\s*(?:,|\s{conj})\s+{det}$"), table)]
        for lang, alt, table, conj, det in (
            ("en", en_alt, en_t, "and", r"(?:the\s+)?"),
            ("fr", fr_alt, fr_t, "et", r"(?:(?:la|le|l')\s*)?"),
            ("tr", tr_alt, tr_table, "ve", ""),
            ("ru", ru_alt, ru_t, "и", ""),
        )
    }
    coordinated["ar"] = [(re.compile(rf"\s*(?:،|,|\sو)?\s*و?(?P<ord>{ar_alt}){e}"), ar_t)]
    coordinated["fa"] = [(re.compile(rf"\s*(?:،|,|\sو)?\s*(?P<ord>{fa_alt}){e}"), fa_t)]
    return {
        "en": [
            (
                re.compile(
                    rf"{b}(?P<ord>{en_alt}){gap}\s+(?P<noun>round|session|meeting|edition)s?{e}"
                ),
                en_t,
            ),
            (re.compile(rf"{b}round\s+(?P<num>\d{{1,2}}){e}"), {}),
            # Talks numbered with their track's name between: 'the fourth Astana talks',
            # 'the 2nd Geneva conference'.
            (
                re.compile(
                    rf"{b}(?P<ord>{en_alt})\s+(?:astana|nur-sultan|geneva)\s+"
                    rf"(?:peace\s+)?(?P<noun>talks|negotiations|conference){e}"
                ),
                en_t,
            ),
        ],
        "fr": [
            (
                re.compile(
                    rf"{b}(?P<ord>{fr_alt}){gap}\s+(?P<noun>round|cycle|session|série|serie|réunion|reunion|rencontre|tour)s?{e}"
                ),
                fr_t,
            ),
        ],
        "tr": [
            (
                re.compile(
                    rf"{b}(?P<ord>{tr_alt}){gap}\s+(?P<noun>tur|oturum|toplantı|görüşme)\w*{e}"
                ),
                tr_table,
            ),
            # A round called a summit after its track's name: '2. Astana Zirvesi', 'ikinci
            # Astana zirvesi' (the Turkish press's name for the Astana rounds); a summit
            # with no track's name next to it ('beşinci üçlü zirve') is the leaders', not
            # a round.
            (
                re.compile(
                    rf"{b}(?P<ord>{tr_alt})\s+(?:astana|nur-sultan|cenevre)\s+(?P<noun>zirve)\w*{e}"
                ),
                tr_table,
            ),
            # The ordinal as the noun of a genitive: 'toplantıların onuncusu' (the tenth of
            # the meetings), 'görüşmelerinin dördüncüsünde' (at the fourth of the talks).
            (
                re.compile(
                    rf"{b}(?P<noun>tur|toplantı|görüşme|oturum)\w*[ıiuü]n\s+"
                    rf"(?P<ord>{tr_alt})s[ıiuü]\w*{e}"
                ),
                tr_table,
            ),
        ],
        "ru": [
            (
                re.compile(
                    rf"{b}(?P<ord>{ru_alt}){gap}\s+(?P<noun>раунд|тур|сесси|встреч|заседани|совещани)\w*{e}"
                ),
                ru_t,
            ),
            (
                re.compile(
                    rf"{b}(?P<num>\d{{1,2}})-?(?:й|го|м|я|ой|ий|е|ое){gap}\s+(?P<noun>раунд|тур|сесси|встреч|заседани|совещани)\w*{e}"
                ),
                {},
            ),
        ],
        "ar": [
            (
                re.compile(
                    rf"{b}(?:ال)?(?P<noun>جوله|جولتين|جولتان|جولات|دوره|اجتماع|جلسه|لقاء)(?:\s+[\w]+)?\s+(?P<ord>{ar_alt}){e}"
                ),
                ar_t,
            ),
            # 'الجولة 22', 'الجولة الـ22', 'الجولة رقم 22', 'اجتماع أستانا الـ18' (the
            # track between the meeting word and its number)
            (
                re.compile(
                    rf"{b}(?:ال)?(?P<noun>جوله|دوره|اجتماع|جلسه)(?:\s+(?:استانا|استانه|جنيف))?"
                    rf"\s+(?:رقم\s+|ال\u200c*\s*)?(?P<num>\d{{1,2}}){e}"
                ),
                {},
            ),
        ],
        "fa": [
            (
                re.compile(
                    rf"{b}(?P<noun>دور|نشست|اجلاس|جلسه)(?:\s+[\w]+)?\s+(?P<ord>{fa_alt}){e}"
                ),
                fa_t,
            ),
            (re.compile(rf"{b}(?P<ord>{fa_in_alt})\s+(?P<noun>دور|نشست|اجلاس|جلسه){e}"), fa_in_t),
            # '۲۲مین دور', '۲۲ امین نشست'
            (
                re.compile(
                    rf"{b}(?P<num>\d{{1,2}})[\s\u200c]*ا?مين\s+(?P<noun>دور|نشست|اجلاس|جلسه){e}"
                ),
                {},
            ),
            # 'دور ۲۲', 'دور 22 ام', 'نشست ۲۱ آستانه', 'نشست آستانه ۲۱'
            (
                re.compile(
                    rf"{b}(?P<noun>دور|نشست)(?:\s+(?:استانه|استانا|ژنو))?"
                    rf"\s+(?P<num>\d{{1,2}})(?:\s*ام)?{e}"
                ),
                {},
            ),
        ],
    }, coordinated


_RULES, _COORDINATED = _build()
_WEAK_NOUNS = {
    "meeting",
    "edition",
    "réunion",
    "reunion",
    "rencontre",
    "toplantı",
    "görüşme",
    "встреч",
    "заседани",
    "اجتماع",
    "لقاء",
    "جلسه",
    "نشست",
}
_DAY_AFTER = re.compile(r"\s+(?:day|jour|journée|день|дня|gün\w*|يوم|روز)(?![\w])")
_OF_AFTER = re.compile(r"\s+(?:of|de|du|des|d'|по|для)\b")
_TRACK_NUMBER = re.compile(
    r"(?<![\w])(?P<trk>astana|geneva|genève|cenevre|nur-sultan|астана|женева|استانا|جنيف|ژنو|"
    r"استانه)[\s-]+(?P<num>\d{1,2}|[ivxхі]{1,6})(?![\w.,]\d|\w)"
)
# A Roman numeral of two letters or more before a round's noun, in a sentence that names
# a track ('XXII международная встреча', 'le XXIe cycle', 'the XII round'); one letter
# alone is too often a word ('I').
_ROMAN_NOUNS = {
    "en": "rounds?|sessions?|meetings?",
    "fr": "round|cycle|session|réunion|reunion|rencontre|tour",
    "ru": "раунд\\w*|тур\\w*|сесси\\w*|встреч\\w*|заседани\\w*|совещани\\w*",
    "tr": "tur\\w*|toplantı\\w*|oturum\\w*",
}
_ROMAN_BEFORE_NOUN = {
    lang: re.compile(
        r"(?<![\w-])(?P<num>[ivxхі]{2,6})(?:-?(?:e|ème|eme|th|й|я|е|ая|ое|ый|ий|\.))?"
        rf"(?:\s+[\w-]+){{0,2}}?\s+(?:{fold_pattern(nouns)})(?![\w])"
    )
    for lang, nouns in _ROMAN_NOUNS.items()
}


# An ordinal of a period counts happenings of that year or month, not a body's rounds
# ('the first meeting of the guarantors this year', 'la première session de l'année',
# 'أول اجتماع هذا العام', 'bu yılın ilk toplantısı'): the period after the ordinal's phrase
# (before it in Turkish and Russian), with at most five words between and none of them a
# verb: 'the fifth round will be held this month' is the fifth round, held then.
_PERIOD_VERBS = (
    r"will|would|shall|was|were|is|are|be|been|has|have|had|held|took|takes?|opens?|opened|"
    r"closes?|closed|began|begins?|starts?|started|ends?|ended|set|scheduled|planned|"
    r"aura|auront|sera|seront|serait|était|est|a|ont|se|s'|tiendra|tiendront|tenue?s?|"
    r"lieu|prévue?s?|ouvrira|ouvre|состоится|состоялась|состоялся|пройдет|пройдёт|прошла|"
    r"прошел|прошёл|откроется|будет|был|была|عقد|عقدت|ستعقد|يعقد|تعقد|سيعقد|انعقد|"
    r"برگزار|شد|می‌شود|خواهد|است|بود"
)
_PERIODS_AFTER = {
    # language: (the period's words, how many words may stand between)
    "en": ("this year|of the year|this month|of the month", 7),
    "fr": ("cette année|de l'année|de l’année|ce mois|du mois|de ce mois", 7),
    "ru": ("в этом году|этого года|в этом месяце|этого месяца|в текущем году|текущего года", 5),
    "ar": ("لهذا العام|لهذه السنة|للعام الجاري|لهذا الشهر|من هذا العام", 5),
    # Right after the noun the period is its attribute ('نخستین نشست امسال', 'الاجتماع
    # الأول هذا العام'); further on it is when the round is held.
    "ar0": ("هذا العام|هذه السنة|العام الجاري", 0),
    "fa": ("امسال|سال جاری|این ماه|ماه جاری", 0),
}
_PERIOD_AFTER = {
    lang: re.compile(
        r"(?:\s+(?!(?:" + _PERIOD_VERBS + r")(?![\w']))[^\s,.;:!?،؛]+){0," + str(gap) + r"}?\s+"
        r"(?:" + words + r")(?![\w])"
    )
    for lang, (words, gap) in _PERIODS_AFTER.items()
}
_PERIOD_BEFORE = re.compile(
    r"(?<![\w])(?:bu yıl\w*|bu ay\w*|в этом году|в этом месяце|в текущем году)"
    r"[^,.;:!?\n]{0,25}$"
)


def _ordinal_of_period(f: str, m: re.Match, language: str) -> bool:
    after = [_PERIOD_AFTER[k] for k in (language, language + "0") if k in _PERIOD_AFTER]
    return any(rx.match(f, m.end()) for rx in after) or bool(
        _PERIOD_BEFORE.search(f, max(0, m.start() - 40), m.start())
    )


# The word after a number, a Turkish case ending cut off ("3 Mayıs'ta").
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _day_of_date(f: str, end: int) -> bool:
    """Whether the number ending at `end` is a date's day: a month word follows it."""
    m = _NEXT_WORD.match(f, end)
    return bool(m) and m.group(1) in MONTH_WORDS


def _ordinal_number(lang: str, word: str, table: dict[str, int]) -> int | None:
    w = re.sub(r"\s+", " ", word.strip())
    digits = re.match(r"(\d{1,2})(?:st|nd|rd|th|e|ème|eme|\.|'?[ıiuü]?nc[ıiuü])$", w)
    if digits:
        return int(digits.group(1))
    if lang == "ru":
        n = 0
        for tens, value in (("двадцать ", 20), ("тридцать ", 30)):
            if w.startswith(tens):
                n, w = value, w.split(" ", 1)[1]
        for stem, v in sorted(table.items(), key=lambda kv: -len(kv[0])):
            if re.match(stem, w):
                return n + v
        return None
    return table.get(w)


def find_rounds(sentence: str, language: str) -> list[RoundMention]:
    f = fold(sentence)
    out: list[RoundMention] = []
    for rx, table in _RULES.get(language, []) + (_RULES["en"][1:] if language != "en" else []):
        for m in rx.finditer(f):
            gd = m.groupdict()
            num = gd.get("num")
            if num and _day_of_date(f, m.end("num")):
                continue
            n = int(num) if num else _ordinal_number(language, gd["ord"], table)
            track = track_at(f, m.start(), m.end())
            # 'a second meeting of the working group' is no round: a plain 'meeting' counts
            # only next to a track's name, or standing alone ('the 22nd meeting').
            if gd.get("ord") and _DAY_AFTER.match(f, m.end("ord")):
                continue  # 'the first day of the new round' is no first round
            if gd.get("ord") and _ordinal_of_period(f, m, language):
                continue  # 'the first session of the year' is no first round
            weak = track is None and gd.get("noun") in _WEAK_NOUNS
            if weak and (language in ("ar", "fa") or _OF_AFTER.match(f, m.end())):
                continue
            if n and 1 <= n <= 30:
                out.append(RoundMention(m.start(), m.end(), n, track))
                if gd.get("ord"):
                    out.extend(_coordinated(f, m, language, track))
    for m in _TRACK_NUMBER.finditer(f):
        if _day_of_date(f, m.end("num")):
            continue
        raw = sentence[m.start("num") : m.end("num")]
        num = m.group("num")
        if num.isdigit():
            n = int(num)
        elif raw.isupper():
            n = _ROMAN.get(num.translate(_LATIN_NUMERAL))
        else:
            continue
        if n and 1 <= n <= 30:
            trk = m.group("trk")
            track = (
                "geneva"
                if trk in ("geneva", "genève", "cenevre", "женева", "جنيف", "ژنو")
                else "astana"
            )
            out.append(RoundMention(m.start(), m.end(), n, track))
    if rx := _ROMAN_BEFORE_NOUN.get(language):
        for m in rx.finditer(f):
            n = _ROMAN.get(m.group("num").translate(_LATIN_NUMERAL))
            track = track_at(f, m.start(), m.end())
            # Next to a track's name only: 'World War II meetings' number no round.
            if n and track and sentence[m.start("num") : m.end("num")].isupper():
                out.append(RoundMention(m.start(), m.end(), n, track))
    for m in _CONGRESS.finditer(f):
        out.append(RoundMention(m.start(), m.end(), None, "related", congress=True))
    out.sort(key=lambda r: r.start)
    # Overlapping mentions of the same round (a rule per language plus 'Astana 5').
    dedup: list[RoundMention] = []
    for r in out:
        if dedup and r.start < dedup[-1].end:
            if dedup[-1].track is None and r.track:
                dedup[-1] = r
            continue
        dedup.append(r)
    return dedup


def numbers_named(text: str, language: str) -> frozenset[int]:
    """The round numbers a whole text names, by the same rules as `find_rounds` but
    without looking for each one's track (which, over a whole text, would cost a pass of
    the text per mention)."""
    f = fold(text)
    out = set()
    for rx, table in _RULES.get(language, []) + (_RULES["en"][1:] if language != "en" else []):
        for m in rx.finditer(f):
            gd = m.groupdict()
            if gd.get("num") and _day_of_date(f, m.end("num")):
                continue
            n = int(gd["num"]) if gd.get("num") else _ordinal_number(language, gd["ord"], table)
            if n and 1 <= n <= 30:
                out.add(n)
    for m in _TRACK_NUMBER.finditer(f):
        if m.group("num").isdigit() and not _day_of_date(f, m.end("num")):
            out.add(int(m.group("num")))
    return frozenset(out)


def _coordinated(f: str, m: re.Match, language: str, track: str | None) -> list[RoundMention]:
    """The other ordinal of 'the first and second rounds', 'دور اول و دوم کمیته'."""
    out = []
    for rx, table in _COORDINATED.get(language, []):
        if language in ("ar", "fa"):
            c = rx.match(f, m.end("ord"))
            span = (c.start("ord"), c.end("ord")) if c else None
        else:
            c = rx.search(f[max(0, m.start() - 60) : m.start("ord")])
            base = max(0, m.start() - 60)
            span = (base + c.start("ord"), base + c.end("ord")) if c else None
        if c and span:
            n = _ordinal_number(language, c.group("ord"), table)
            if n and 1 <= n <= 30:
                out.append(RoundMention(span[0], span[1], n, track))
    return out


# Rounds named without a number: which one they are comes from the record (the round of
# that track held on the date, or the next or previous one from the article's day).
_NEXT, _PREVIOUS, _NEW = "next", "previous", "new"
_REL_WORDS = {
    "en": {
        _NEXT: "next|upcoming|coming|following|forthcoming",
        _PREVIOUS: "previous|prior|last|preceding",
        _NEW: "new|latest|current|ongoing",
    },
    "fr": {
        _NEXT: "prochain|prochaine|suivant|suivante",
        _PREVIOUS: "précédent|précédente|precedent|precedente|dernier|dernière|derniere",
        _NEW: "nouveau|nouvelle|nouvel",
    },
    "ru": {
        _NEXT: "следующ\\w*|очередн\\w*|предстоящ\\w*",
        _PREVIOUS: "предыдущ\\w*|прошл\\w*|последн\\w*",
        _NEW: "нов(?:ый|ого|ом|ому|ым|ая|ой|ую|ые|ых)",
    },
    "tr": {
        _NEXT: "gelecek|bir sonraki|sonraki|bir dahaki",
        _PREVIOUS: "önceki|bir önceki|geçen|son",
        _NEW: "yeni",
    },
    "ar": {
        _NEXT: "المقبله|القادمه|التاليه|المقبل|القادم|التالي",
        _PREVIOUS: "السابقه|الماضيه|الاخيره|السابق|الماضي|الاخير",
        _NEW: "الجديده|جديده|الحاليه|الجديد|جديد|الحالي",
    },
    "fa": {
        _NEXT: "بعد|بعدي|آينده|اينده",
        _PREVIOUS: "قبل|قبلي|پيشين|گذشته|اخير",
        _NEW: "جديد|تازه|كنوني|جاري",
    },
}
_REF_NOUNS = {
    "en": "round|session|series of talks",
    "fr": "round|cycle|session|série|serie|tour de (?:négociations|pourparlers|discussions)",
    "ru": "раунд\\w*|сесси\\w*|тур(?:а|е|у|ом|ы|ов)?|заседани\\w*",
    "tr": "tur(?:u|un|unda|una|unu|unun|undan|da|a|dan|lar\\w*)?|oturum\\w*",
    "ar": "جوله|جولات|دوره",
    "fa": "دور|دورهاي|نشست|اجلاس",
}


def _build_references() -> dict[str, re.Pattern[str]]:
    b, e = r"(?<![\w])", r"(?![\w])"
    out = {}
    for lang, rel in _REL_WORDS.items():
        groups = "|".join(f"(?P<{k}>{fold_pattern(v)})" for k, v in rel.items())
        nouns = fold_pattern(_REF_NOUNS[lang])
        if lang in ("ar", "fa"):  # the noun, then its adjective ('الجولة المقبلة')
            rx = rf"{b}(?:ال)?(?P<noun>{nouns})(?:\s+[\w\u200c]+)?\s+(?:{groups}){e}"
        else:  # the adjective first, or after the noun ('la session précédente')
            groups2 = groups.replace("(?P<", "(?P<x")
            rx = (
                rf"{b}(?:(?:{groups})(?:\s+[\w-]+)?\s+(?P<noun>{nouns})|"
                rf"(?P<noun2>{nouns})\s+(?:{groups2})){e}"
            )
        out[lang] = re.compile(rx)
    return out


_REFERENCES = _build_references()


def find_round_references(sentence: str, language: str) -> list[RoundMention]:
    """Rounds named without their number: 'the next round', 'the previous series of
    talks', 'الجولة الجديدة من محادثات جنيف', 'دور بعدی'. Their track is the one named
    nearest, if any."""
    rx = _REFERENCES.get(language)
    if rx is None:
        return []
    f = fold(sentence)
    out = []
    for m in rx.finditer(f):
        relative = next(
            k for k in (_NEXT, _PREVIOUS, _NEW) if m.group(k) or m.groupdict().get("x" + k)
        )
        out.append(
            RoundMention(m.start(), m.end(), None, track_at(f, m.start(), m.end()), False, relative)
        )
    return out


def track_at(folded: str, start: int, end: int) -> str | None:
    """The track named nearest to [start, end) in the same sentence, if any."""
    best = None
    for track, rx in _TRACK_RE.items():
        for m in rx.finditer(folded):
            dist = max(m.start() - end, start - m.end(), 0)
            if best is None or dist < best[0]:
                best = (dist, track)
    return best[1] if best else None


# 'the Astana talks', 'переговоры в Астане', 'محادثات جنيف', 'مذاکرات آستانه', 'Cenevre
# görüşmeleri', 'les pourparlers d'Astana' (the elided article): a track's talks, which
# in a month with one round of it are that round. So is the track's process or format
# ('launched the Astana process in January 2017', 'le processus d'Astana', 'астанинский
# формат', 'مسار أستانا', 'صيغة أستانا', 'روند آستانه', 'Astana süreci'): its work in a
# month is the round it held then.
_TALKS = fold_pattern(
    r"talks|negotiations|pourparlers|négociations|negociations|переговор\w*|محادثات|"
    r"مفاوضات|مباحثات|مذاكرات|گفتگوها\w*|müzakere\w*|görüşme\w*|"
    r"process|format|processus|процесс\w*|формат\w*|مسار|صيغه|روند|süre[çc]\w*|format\w*"
)
_TALKS_OF = {
    track: re.compile(
        rf"(?<![\w])(?:(?:{_TALKS})(?:\s+[\w-]+)?\s+(?:[dl]['’])?(?:{rx.pattern})|(?:{rx.pattern})(?:\s+[\w'-]+)?\s+(?:{_TALKS}))(?![\w])"
    )
    for track, rx in _TRACK_RE.items()
    if track != "constitutional-committee"
}


# What a round's number follows in its name: its track's name ('Astana 4', 'Женева
# четыре', 'ژنو چهار'), the track's talks ('Astana talks 4') or a round's noun ('round 4',
# 'session IV', 'tur 4', 'الجولة 4', 'دور ۴'), then spaces, a hyphen, a bracket or a sign
# of number ('Astana-4', 'Geneva (IV)', 'round no. 4'). Folded letters as the site's
# search folds them too ('seance', 'toplanti').
_ROUND_NOUNS = fold_pattern(
    r"rounds?|sessions?|meetings?|edition|cycles?|tours?|s[eé]ries?|s[eé]ances?|r[eé]unions?|"
    r"rencontres?|tur|turu|oturum\w*|toplant[iı]\w*|раунд\w*|тур|сесси\w*|встреч\w*|"
    r"заседани\w*|совещани\w*|(?:ال)?(?:جوله|دوره|اجتماع|جلسه|لقاء)|دور|نشست|اجلاس|جلسه"
)
_ROUND_HEAD = re.compile(
    r"(?:"
    + "|".join(
        (
            *(rx.pattern for rx in _TRACK_RE.values()),
            *(rx.pattern for rx in _TALKS_OF.values()),
            rf"(?<![\w])(?:{_ROUND_NOUNS})(?![\w])",
        )
    )
    + r")(?:\s+(?:no\.?|n°|nº|№|number|num[eé]ro|номер|رقم|شماره))?[\s(\[#№-]*$"
)


_ROUND_WORD = re.compile(rf"(?:{_ROUND_NOUNS}|{_TALKS})")


def round_head_before(folded: str, end: int) -> bool:
    """Whether folded[:end] ends with what a round's number follows in a round's name."""
    return bool(_ROUND_HEAD.search(folded, 0, end))


def round_word(word: str) -> bool:
    """Whether a folded word is a round's noun or a track's talks ('round', 'talks',
    'переговоры'): what may follow a round's number in its name ('Astana 4 talks')."""
    return bool(_ROUND_WORD.fullmatch(word))


def talks_of(folded: str, start: int, end: int) -> str | None:
    """The track whose talks folded[start:end] names ('the Astana talks'), if one only."""
    named = [t for t, rx in _TALKS_OF.items() if rx.search(folded, start, end)]
    return named[0] if len(named) == 1 else None


# A track's own proceedings named without the track ('the talks', 'the plenary session',
# 'les pourparlers', 'пленарное заседание', 'المحادثات', 'genel kurul'), and the body a
# track is ('the committee'): in an article about that one track, they are its.
_PROCEEDINGS_WORDS = fold_pattern(
    r"talks|negotiations|plenary|sessions?|pourparlers|négociations|negociations|"
    r"plénière|pleniere|séances?|seances?|переговор\w*|пленарн\w*|заседани\w*|сесси\w*|"
    r"محادثات|مفاوضات|مباحثات|جلسه|مذاكرات|مذاكره|گفتگوها\w*|müzakere\w*|"
    r"görüşmeler\w*|oturum\w*|genel kurul\w*|"
    # convening: 'will reconvene', 'se réuniront', 'соберутся', 'toplanacak'
    r"(?:re)?convene\w*|se réuni\w*|se reuni\w*|собер\w*|toplan\w*|تنعقد|ستنعقد"
)
_PROCEEDINGS = re.compile(r"(?<![\w])(?:و|ف|ب|ل)?(?:ال)?(?:" + _PROCEEDINGS_WORDS + r")(?![\w])")
# The words of a format of talks, beside its proceedings: its process, its format, its
# guarantors. Talks 'with' someone are a pair's, no format's ('held talks with Lavrov',
# 'переговоры с Лавровым', 'مباحثات مع').
_FORMAT = re.compile(
    r"(?<![\w])(?:و|ف|ب|ل)?(?:ال)?(?:"
    + _PROCEEDINGS_WORDS
    + r"|"
    + fold_pattern(
        r"process\w*|процесс\w*|süreç\w*|surec\w*|مسار|روند|format\w*|формат\w*|صيغه|"
        r"guarantor\w*|garant\w*|гарант\w*|ضامن\w*|ضامن|garantör\w*"
    )
    + r")(?![\w])(?!\s+(?:with|avec|со?|مع|با)(?![\w]))"
)


def format_named(folded: str, start: int, end: int) -> bool:
    """Whether folded[start:end] names a format of talks: its proceedings, its process,
    format or guarantors, not talks 'with' someone."""
    return _FORMAT.search(folded, start, end) is not None


_BODY = {
    "constitutional-committee": re.compile(
        r"(?<![\w])(?:"
        + fold_pattern(
            r"committee|comité|comite|комитет\w*|(?:و|ب|ف)?(?:ال|لل)لجنه|كميت[هۀ]|komite\w*"
        )
        + r")(?![\w])"
    )
}


def track_named(phrase: str) -> str | None:
    """The track `phrase` is one of the names of, whole ('Comité constitutionnel',
    'اللجنة الدستورية', 'Anayasa Komitesi', 'کمیته قانون اساسی'), or None."""
    folded = fold(" ".join(phrase.split()))
    return next((t for t, rx in _TRACK_RE.items() if rx.fullmatch(folded)), None)


def proceedings_of(folded: str, track: str | None) -> bool:
    """Whether the sentence names proceedings of `track` without naming the track: its
    talks or sessions, or the body itself ('the committee')."""
    if track is None:
        return False
    body = _BODY.get(track)
    return bool(_PROCEEDINGS.search(folded) or (body and body.search(folded)))


def body_named(folded: str, track: str | None) -> bool:
    """Whether the sentence names the body that is `track` bare ('the committee')."""
    body = _BODY.get(track or "")
    return bool(body and body.search(folded))


def dominant_track(counts: dict[str, int]) -> str | None:
    """The track the article names most. A congress mention does not make bare rounds
    Sochi rounds; the Constitutional Committee wins a tie with Geneva, where it meets
    ('the committee's session in Geneva')."""
    named = {t: n for t, n in counts.items() if n and t != "related"}
    if not named:
        return None
    return max(named, key=lambda t: (named[t], t == "constitutional-committee"))


def track_spans(folded_text: str, track: str) -> list[tuple[int, int]]:
    """Where folded_text names `track` ('the talks in Geneva', 'Astana process')."""
    rx = _TRACK_RE.get(track)
    return [m.span() for m in rx.finditer(folded_text)] if rx is not None else []


def track_counts(folded_text: str) -> dict[str, int]:
    counts = {track: len(rx.findall(folded_text)) for track, rx in _TRACK_RE.items()}
    counts["related"] = len(_CONGRESS.findall(folded_text))
    return counts
