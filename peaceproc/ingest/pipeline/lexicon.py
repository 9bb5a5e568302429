"""Date vocabulary of the six languages, written in `text.fold` form (lower case, Arabic
letter variants unified, Persian yeh/kaf written as Arabic yeh/kaf, digits in ASCII).

Spotting date expressions with our own grammar, and only then handing the span to
dateparser, is what keeps 'may agree', 'now', 'year, a' and 'resolution 2254' from
becoming dates: dateparser's `search_dates` finds those (see the experiments noted in
`dates.py`).
"""

from __future__ import annotations

import re
from datetime import date

from .text import fold

_EN_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_EN_ABBR = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_FR_MONTHS = [
    ("janvier",),
    ("février", "fevrier"),
    ("mars",),
    ("avril",),
    ("mai",),
    ("juin",),
    ("juillet",),
    ("août", "aout"),
    ("septembre",),
    ("octobre",),
    ("novembre",),
    ("décembre", "decembre"),
]
_TR_MONTHS = [
    "ocak",
    "şubat",
    "mart",
    "nisan",
    "mayıs",
    "haziran",
    "temmuz",
    "ağustos",
    "eylül",
    "ekim",
    "kasım",
    "aralık",
]
_RU_SOFT = {
    "январ": 1,
    "феврал": 2,
    "апрел": 4,
    "ма": 5,
    "июн": 6,
    "июл": 7,
    "сентябр": 9,
    "октябр": 10,
    "ноябр": 11,
    "декабр": 12,
}
_RU_HARD = {"март": 3, "август": 8}
# The agencies' abbreviated months in a dateline ('СУХУМ, 13 мар – Sputnik', 'МОСКВА, 5 янв.
# – РИА Новости'): months only after a day (dates._Grammar.month_word_is_a_month).
RU_MONTH_ABBR = {
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9,
    "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
}  # fmt: skip
# Which week of a month ('the first week of March'); 5 = the last.
WEEK_ORDINALS = {
    "en": {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 5},
    "fr": {"première": 1, "premiere": 1, "deuxième": 2, "deuxieme": 2, "seconde": 2,
           "troisième": 3, "troisieme": 3, "quatrième": 4, "quatrieme": 4, "dernière": 5,
           "derniere": 5},
    "ru": {"перв": 1, "втор": 2, "трет": 3, "четверт": 4, "последн": 5},
    "tr": {"ilk": 1, "birinci": 1, "ikinci": 2, "üçüncü": 3, "dördüncü": 4, "son": 5},
    "ar": {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الاخير": 5},
    "fa": {"اول": 1, "نخست": 1, "دوم": 2, "سوم": 3, "چهارم": 4, "اخر": 5, "پاياني": 5},
}  # fmt: skip
# The events 'накануне' is 'on the eve of' (genitive, perhaps after one or two adjectives:
# 'накануне нового раунда', 'накануне международной конференции').
_RU_EVE_OF = (
    r"(?:\w+(?:ого|его|ой|ей|ых|их)\s+){0,2}(?:встреч|переговор|саммит|визит|поездк|заседани|"
    r"совещани|конференци|форум|конгресс|съезд|сесси|раунд|тур[ао]|выбор|голосовани|"
    r"референдум|консультаци|подписани|открыти|начал|праздник|годовщин|нов\w+ год|"
    r"дн[яей]|приезд|прибыти|инаугураци|церемони)\w*"
)

# Month adjectives ('декабрьская', 'февральского') and the happenings they date.
RU_MONTH_ADJECTIVES = {
    "январск": 1, "февральск": 2, "мартовск": 3, "апрельск": 4, "майск": 5, "июньск": 6,
    "июльск": 7, "августовск": 8, "сентябрьск": 9, "октябрьск": 10, "ноябрьск": 11,
    "декабрьск": 12,
}  # fmt: skip
RU_EVENT_NOUNS = (
    "встреч|конференци|саммит|раунд|переговор|заседани|сесси|консультаци|совещани|"
    "соглашени|договоренност|договорённост|перемири|визит|выбор|контакт"
)
# Egyptian (Gregorian), Levantine (and Iraqi), Algerian/Tunisian and Moroccan names, with the
# spellings writers use beside them: the Levantine pairs without their article ('تشرين أول',
# 'كانون ثاني'), 'أوكتوبر', Iraqi 'مايس'. Hamza, madda and alef forms need no entry of their
# own ('text.fold' unifies them), so 'آب' stands for 'اب' and 'أب' too (see AMBIGUOUS_MONTHS).
_AR_MONTHS = [
    ("يناير", "كانون الثاني", "كانون ثاني", "جانفي"),
    ("فبراير", "شباط", "فيفري"),
    ("مارس", "آذار"),
    ("أبريل", "ابريل", "نيسان", "أفريل"),
    ("مايو", "أيار", "ماي", "مايس"),
    ("يونيو", "يونيه", "حزيران", "جوان"),
    ("يوليو", "يوليه", "تموز", "جويلية", "يوليوز"),
    ("أغسطس", "اغسطس", "آب", "أوت", "غشت"),
    ("سبتمبر", "أيلول", "شتنبر"),
    ("أكتوبر", "أوكتوبر", "تشرين الأول", "تشرين أول"),
    ("نوفمبر", "تشرين الثاني", "تشرين ثاني", "نونبر"),
    ("ديسمبر", "كانون الأول", "كانون أول", "دجنبر"),
]
# Persian (Iran's and Afghanistan's spellings: 'ژوین' and 'ژوییه' with yeh for the hamza
# seat, 'آپریل', 'سپتمبر', 'اکتوبر'; Dari 'جنوری', 'فبروری' and 'دسمبر', as Afghan pages
# print them: VOA Dari's year in review, Kokcha Press) and the solar months ('امرداد', the
# older name).
_FA_MONTHS = [
    ("ژانویه", "جنوری"),
    ("فوریه", "فبروری"),
    ("مارس",),
    ("آوریل", "آپریل"),
    ("مه", "می"),
    ("ژوئن", "ژوین"),
    ("ژوئیه", "ژوییه", "جولای"),
    ("اوت", "آگوست", "آگست"),
    ("سپتامبر", "سپتمبر"),
    ("اکتبر", "اکتوبر"),
    ("نوامبر",),
    ("دسامبر", "دسمبر"),
]
_JALALI_MONTHS = [
    ("فروردین",),
    ("اردیبهشت",),
    ("خرداد",),
    ("تیر",),
    ("مرداد", "امرداد"),
    ("شهریور",),
    ("مهر",),
    ("آبان",),
    ("آذر",),
    ("دی",),
    ("بهمن",),
    ("اسفند",),
]
# A solar month is often written joined to 'ماه' ('month'), with or without a zero-width
# non-joiner: 'دی‌ماه', 'مهرماه', '۲۳ مهرماه ۱۴۰۴'. Each joined spelling is that month.
_JOINED_MONTH = ("", "ماه", "\u200cماه")
JALALI_MONTHS = {
    fold(f + joined): i + 1
    for i, forms in enumerate(_JALALI_MONTHS)
    for f in forms
    for joined in _JOINED_MONTH
}

# The lunar (Hijri) months as Arabic and Persian copy prints them beside or instead of the
# Gregorian date ('١٥ رمضان ١٤٤٥', '15 شعبان 1446 هـ', '۱۰ محرم ۱۴۴۶'): their Arabic and
# Persian spellings, the two words of a name joined by a space or none ('ربیع‌الاول').
_HIJRI_MONTHS = [
    ("محرم", "المحرم"),
    ("صفر",),
    ("ربيع الأول", "ربيع أول", "ربیع‌الاول", "ربیع الاول"),
    ("ربيع الآخر", "ربيع الثاني", "ربيع ثاني", "ربیع‌الثانی", "ربیع الثانی"),
    ("جمادى الأولى", "جمادى الأول", "جمادی‌الاول", "جمادی الاول", "جمادی‌الاولی"),
    ("جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادی‌الثانی", "جمادی الثانی"),
    ("رجب",),
    ("شعبان",),
    ("رمضان",),
    ("شوال",),
    ("ذو القعدة", "ذي القعدة", "ذی‌القعده", "ذی القعده"),
    ("ذو الحجة", "ذي الحجة", "ذی‌الحجه", "ذی الحجه"),
]
HIJRI_MONTHS = {
    re.sub("[ \u200c]", " ", fold(f)): i + 1 for i, forms in enumerate(_HIJRI_MONTHS) for f in forms
}
# What may follow a lunar year: 'هـ', 'ه', 'هجري', 'للهجرة', 'ه.ق', 'قمری'.
HIJRI_YEAR_MARK = r"(?:هجري[ةه]?|للهجر[ةه]|ه\s*\.?\s*ق\.?|قمري|ه\u200c?\.?)"


def _months() -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {lang: {} for lang in ("en", "fr", "tr", "ru", "ar", "fa")}
    for i, m in enumerate(_EN_MONTHS):
        out["en"][m] = i + 1
    for i, forms in enumerate(_FR_MONTHS):
        for f in forms:
            out["fr"][f] = i + 1
    for i, m in enumerate(_TR_MONTHS):
        out["tr"][m] = i + 1
    for stem, n in _RU_SOFT.items():
        for end in ("й", "я", "е", "ем", "ю") if stem == "ма" else ("ь", "я", "е", "ем", "ю"):
            out["ru"][stem + end] = n
    for stem, n in _RU_HARD.items():
        for end in ("", "а", "е", "ом", "у"):
            out["ru"][stem + end] = n
    for i, forms in enumerate(_AR_MONTHS):
        for f in forms:
            out["ar"][fold(f)] = i + 1
    for i, forms in enumerate(_FA_MONTHS):
        for f in forms:
            out["fa"][fold(f)] = i + 1
    return out


MONTHS = _months()


# Turkish months that are common nouns too: sowing, a hearth or a mine, a gap.
_TR_MONTH_NOUNS = {"ekim", "ocak", "aralık"}


def _tr_month_cases() -> dict[str, int]:
    """rules15b: a Turkish month written lower-case with its case ending glued on, no
    apostrophe ('şubata', 'şubatta', 'martta', 'nisanda', 'ocaktan', 'aralığa'): the
    dative, the locative (and its '-ki') and the ablative, by vowel harmony, with 't'
    after a voiceless consonant and 'k' softened to 'ğ' before a vowel."""
    out = {}
    for i, m in enumerate(_TR_MONTHS):
        front = next(v for v in reversed(m) if v in "aıoueiöü") in "eiöü"
        a = "e" if front else "a"
        d = "t" if m[-1] in "pçtkfhsş" else "d"
        stem = m[:-1] + "ğ" if m.endswith("k") else m
        # Not the dative of a month that is a noun too ('ekime başlandı': sowing began;
        # 'ocağa', 'aralığa': to the hearth, to the gap).
        dative = () if m in _TR_MONTH_NOUNS else (stem + a,)
        for form in (*dative, m + d + a, m + d + a + "ki", m + d + a + "n"):
            out[form] = i + 1
    return out


# A Turkish month with a glued case ending; extract reads them as months too.
TR_MONTH_CASES = _tr_month_cases()
MONTHS["tr"].update(TR_MONTH_CASES)
EN_MONTH_ABBR = _EN_ABBR
# Month words that are ordinary words too; they count as months only next to a day, a
# year or a preposition, and in English only when capitalised ('may agree', 'to march').
# Arabic 'آب' (August) folds to 'اب', as 'أب' ('father') does: written without its madda and
# with no day or year, it is no month ('dates._Grammar.month_word_is_a_month').
AMBIGUOUS_MONTHS = {
    "en": {"may", "march"},
    "fa": {fold("می"), fold("مه")},
    "fr": {"mars"},
    "ar": {fold("آب")},
}

WEEKDAYS = {
    "en": {
        d: i
        for i, d in enumerate(
            ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        )
    },
    "fr": {
        d: i
        for i, d in enumerate(
            ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
        )
    },
    "tr": {
        d: i
        for i, d in enumerate(
            ["pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"]
        )
    },
    "ru": {
        **dict.fromkeys(["понедельник", "понедельника", "понедельнику"], 0),
        **dict.fromkeys(["вторник", "вторника", "вторнику"], 1),
        **dict.fromkeys(["среда", "среду", "среды"], 2),
        **dict.fromkeys(["четверг", "четверга", "четвергу"], 3),
        **dict.fromkeys(["пятница", "пятницу", "пятницы"], 4),
        **dict.fromkeys(["суббота", "субботу", "субботы"], 5),
        **dict.fromkeys(["воскресенье", "воскресенья"], 6),
    },
    "ar": {
        fold(d): i
        for i, d in enumerate(
            ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
        )
    },
    "fa": {
        **{
            fold(d): i
            for i, d in enumerate(
                ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
            )
        },
        fold("سه شنبه"): 1,
        fold("سهشنبه"): 1,
        fold("پنج‌شنبه"): 3,
        fold("پنج شنبه"): 3,
        fold("یک‌شنبه"): 6,
        fold("دو شنبه"): 0,
        fold("چهار شنبه"): 2,
    },
}

# English words before a bare month and before a bare year alike ("in May", "in 2017").
_EN_BEFORE_A_DATE = [
    "in",
    "since",
    "from",
    "until",
    "till",
    "by",
    "during",
    "through",
    "throughout",
    "of",
    "for",
    "before",
    "after",
    "early",
    "mid",
    "late",
]

# Russian: the start, end or middle of a month or a year ("в начале мая", "в конце 2016"),
# and a plan's ("намечены на середину января", "запланирована на конец мая").
_RU_PERIOD_EDGES = [
    "в начале",
    "в конце",
    "в середине",
    "с начала",
    "до конца",
    "к концу",
    "на начало",
    "на конец",
    "на середину",
]
# Persian: in, from, until, late, early, mid before a month and before a year alike.
_FA_BEFORE_A_DATE = [
    "در",
    "از",
    "تا",
    "اواخر",
    "اوايل",
    "اواسط",
]

# Words before a bare month or year that make it a date ("in May", "since January").
# The ones in QUALIFIERS change what the date means and stay in the date's text.
PREPOSITIONS = {
    "en": [
        *_EN_BEFORE_A_DATE,
        "last",
        "this",
        "next",
        "in early",
        "in mid",
        "in late",
        "the end of",
        "the beginning of",
        "the start of",
        "the middle of",
        "end of",
        "beginning of",
        "start of",
        "middle of",
        "the first half of",
        "the second half of",
        "mid-",
        "early-",
        "late-",
        "end-",
    ],
    "fr": [
        "en",
        "depuis",
        "dès",
        "des",
        "jusqu'en",
        "début",
        "fin",
        "mi-",
        "courant",
        "au mois de",
        "mois de",
        "d'ici",
        "avant",
        "après",
        "en début",
        "en fin",
        "à la fin",
        "au début",
        "de",
        "à partir de",
        "a partir de",
        "au cours de",
    ],
    "ru": [
        "в",
        "во",
        "с",
        "со",
        "до",
        "к",
        "по",
        "от",
        "начиная с",
        *_RU_PERIOD_EDGES,
        "в течение",
        "конце",
        "начале",
        "середине",
    ],
    "ar": [
        "في",
        "منذ",
        "خلال",
        "حتى",
        "وفي",
        "ومنذ",
        "وخلال",
        "وحتى",
        "مطلع",
        "اواخر",
        "اوائل",
        "منتصف",
        "بدايه",
        "نهايه",
        "شهر",
        "في شهر",
        "منذ شهر",
        "خلال شهر",
        "في مطلع",
        "في اواخر",
        "في منتصف",
        "في بدايه",
        "في نهايه",
        "اوائل شهر",
        "اواخر شهر",
        "مطلع شهر",
        "قبل",
        "بعد",
    ],
    "fa": [
        *_FA_BEFORE_A_DATE,
        "ماه",
        "در ماه",
        "از ماه",
        "تا ماه",
        "اواخر ماه",
        "اوايل ماه",
        "پايان",
        "ابتداي",
        "قبل از",
        "پس از",
        "طي",
        "براي",
    ],
}
QUALIFIER_WORDS = {
    "since": "since",
    "from": "since",
    "depuis": "since",
    "dès": "since",
    "des": "since",
    "منذ": "since",
    "از": "since",
    "с": "since",
    "со": "since",
    "начиная с": "since",
    "à partir de": "since",
    "a partir de": "since",
}

# Words after a year that make it a year ("в 2016 году", "2016 yılında", "2016م").
YEAR_SUFFIX = {
    "ru": r"(?:\s*(?:года|году|год|г\.|гг\.))",
    "tr": r"(?:\s*(?:yılında|yılı|yılının|yılından|yılına)|'(?:da|de|ta|te|dan|den|tan|ten))",
    "ar": r"(?:\s*م\b)",
    "fa": r"(?:\s*(?:ميلادي))",
    "en": r"",
    "fr": r"",
}
# Words before a bare year that make it a year; in Turkish the suffix does the job.
YEAR_PREFIX = {
    "en": [
        *_EN_BEFORE_A_DATE,
        "mid-",
        "the end of",
        "the start of",
        "the beginning of",
        "the middle of",
        "year",
        "the year",
        "in early",
        "in mid",
        "in late",
        "end of",
        "start of",
        "beginning of",
        "the first half of",
        "the second half of",
    ],
    "fr": [
        "en",
        "depuis",
        "dès",
        "jusqu'en",
        "début",
        "fin",
        "mi-",
        "courant",
        "année",
        "l'année",
        "d'ici",
        "avant",
        "après",
        "en début",
        "en fin",
        "à la fin de",
        "au début de",
        "à partir de",
    ],
    "ru": [
        "в",
        "с",
        "до",
        "к",
        "по",
        "от",
        *_RU_PERIOD_EDGES,
    ],
    "ar": [
        "عام",
        "سنه",
        "العام",
        "لعام",
        "للعام",
        "في",
        "وفي",
        "ومنذ",
        "منذ",
        "خلال",
        "حتى",
        "مطلع",
        "اواخر",
        "اوائل",
        "منتصف",
        "نهايه",
        "بدايه",
        "في عام",
        "منذ عام",
        "خلال عام",
        "حتى عام",
        "في العام",
        "نهايه عام",
        "مطلع عام",
        "اواخر عام",
        "اوائل عام",
        "منتصف عام",
        "بدايه عام",
    ],
    "fa": [
        "سال",
        "در سال",
        "از سال",
        "تا سال",
        *_FA_BEFORE_A_DATE,
        "اواخر سال",
        "اوايل سال",
        "اواسط سال",
        "پايان سال",
        "ابتداي سال",
        "طي سال",
    ],
    "tr": [],
}
# 'last' or 'next' after a day and month: part of its words, the tense decides the year.
LAST_AFTER_DAY = {
    "ar": ["الماضي", "المنصرم", "المقبل", "القادم"],
    "fr": ["dernier", "prochain"],
    "fa": ["گذشته", "آینده"],
}
# Words before a bare year that are part of the date's words ('the year 2016').
YEAR_WORDS = {"year", "the year", "année", "l'année", "عام", "سنه", "العام", "سال"}
# English words before a bare month that stay in its words ('early May').
EN_MONTH_PARTS = {"early", "mid", "late", "mid-"}
# Prepositions too weak to make an ambiguous month word ('mars', 'مه') a month.
WEAK_MONTH_PREPOSITIONS = {"de", "ماه", "در", "از", "تا"}
# 'May last year' against 'May last' (the last May).
LAST_YEAR_WORD = re.compile(r"year|года|العام|سال|l'ann")
# Which part of a year or month a qualifier picks: "late 2016" = October-December.
PART_WORDS = {
    "sonunda": "late",
    "sonlarında": "late",
    "başında": "early",
    "başlarında": "early",
    "ortasında": "mid",
    "ortalarında": "mid",
    "ilk yarısında": "early2",
    "ikinci yarısında": "late2",
    "late": "late",
    "end": "late",
    "in late": "late",
    "the end of": "late",
    "end of": "late",
    "the second half of": "late2",
    "au premier semestre": "early2",
    "au premier semestre de": "early2",
    "au second semestre": "late2",
    "au second semestre de": "late2",
    "au deuxième semestre": "late2",
    "au deuxième semestre de": "late2",
    "в первой половине": "early2",
    "в первом полугодии": "early2",
    "во второй половине": "late2",
    "во втором полугодии": "late2",
    "النصف الاول من": "early2",
    "في النصف الاول من": "early2",
    "النصف الثاني من": "late2",
    "في النصف الثاني من": "late2",
    "نيمه اول": "early2",
    "در نيمه اول": "early2",
    "نيمه اول سال": "early2",
    "نيمه دوم": "late2",
    "در نيمه دوم": "late2",
    "نيمه دوم سال": "late2",
    "در نيمه دوم سال": "late2",
    "early": "early",
    "in early": "early",
    "the beginning of": "early",
    "the start of": "early",
    "beginning of": "early",
    "start of": "early",
    "the first half of": "early2",
    "mid": "mid",
    "mid-": "mid",
    "in mid": "mid",
    "the middle of": "mid",
    "middle of": "mid",
    "fin": "late",
    "en fin": "late",
    "à la fin de": "late",
    "début": "early",
    "en début": "early",
    "au début de": "early",
    "mi-": "mid",
    "в конце": "late",
    "к концу": "late",
    "до конца": "late",
    "в начале": "early",
    "с начала": "early",
    "в середине": "mid",
    "на начало": "early",
    "на конец": "late",
    "на середину": "mid",
    "اواخر": "late",
    "نهايه": "late",
    "مطلع": "early",
    "اوائل": "early",
    "بدايه": "early",
    "منتصف": "mid",
    "اواخر عام": "late",
    "نهايه عام": "late",
    "مطلع عام": "early",
    "اوائل عام": "early",
    "بدايه عام": "early",
    "منتصف عام": "mid",
    "اوايل": "early",
    "اواسط": "mid",
    "اواخر سال": "late",
    "اوايل سال": "early",
    "اواسط سال": "mid",
    "پايان سال": "late",
    "ابتداي سال": "early",
}
# Seasons: with a year they date a happening to that year (LABELLING.md U6).
SEASONS = {
    "en": ["spring", "summer", "autumn", "fall", "winter"],
    "fr": ["printemps", "été", "automne", "hiver", "au printemps", "en été", "en automne",
           "en hiver", "l'été", "l'automne", "l'hiver"],
    "ru": ["весной", "летом", "осенью", "зимой", "весна", "лето", "осень", "зима"],
    "ar": ["ربيع", "صيف", "خريف", "شتاء", "في ربيع", "في صيف", "في خريف", "في شتاء"],
    "fa": ["بهار", "تابستان", "پاييز", "زمستان"],
    "tr": ["baharında", "ilkbaharında", "yazında", "sonbaharında", "kışında"],
}  # fmt: skip

# rules15: a count of years back, for 'N years ago today' (RELATIVE's year_ago_today): the
# count stands just before the unit word (YEARS_AGO_UNIT; an Arabic dual is its own count).
# YEARS_COUNT stands for a number in words (dates.py puts chronology.cardinals.count_pattern
# in its place: 'fifteen', 'twenty-five', 'عشرين', 'بیست'), beside figures and YEARS_ZERO.
YEARS_COUNT = "%count%"
YEARS_ZERO = r"zero|zéro|ноль|sıfır|صفر"
_YEARS = {
    "en": r"(?:(?:a|%count%|\d+) years?|(?:a|%count%) decades?)",
    "fr": r"(?:(?:%count%|\d+) ans?|(?:une|%count%) décennies?)",
    "ru": r"(?:(?:%count%|\d+) )?(?:год|года|лет)",
    "ar": r"(?:(?:عام|سنه)(?: واحد| واحده)?|عامين|سنتين"
          r"|(?:\d+|%count%) (?:اعوام|سنوات|عاما|عام|سنه))",
    "fa": r"(?:%count%|\d+) سال",
    "tr": r"(?:%count%|\d+) yıl",
}  # fmt: skip
YEARS_AGO_UNIT = r"years?|ans?|год|года|лет|yıl|عام|عاما|سنه|اعوام|سنوات|سال"
# A unit of ten years ('a decade ago today', 'il y a une décennie jour pour jour').
YEARS_AGO_DECADE = r"decades?|décennies?"
YEARS_AGO_DUAL = r"عامين|سنتين"
# rules16: a count back that runs on past what was read, before it ('1.5', 'two decades and
# three', 'два с половиной года назад') or after it ('سنتين ونصف'): the count is not the
# number read, and the phrase gives no date ('N years ago today' and 'N units ago').
YEARS_COUNT_RUNS_ON_BEFORE = r"(?:\d[.,]|(?:decades?|décennies?|years?|ans|лет|года?|yıl)\s+(?:and|et|и|ve)\s+|(?:с половиной|and a half|buçuk)\s*)$"  # noqa: E501
YEARS_COUNT_RUNS_ON_AFTER = r"\s*(?:و\s*نصف|و\s*نيم|et dem|с половиной|buçuk|and a half)"
# rules16: the phrase of 'N years ago today' with a count that none of the forms above reads
# ('a few', 'several', 'many', 'two and a half', 'hundreds of', 'ten million'): its own
# meaning (years_ago_uncounted, no day), so that its 'today' is no day either.
_YEARS_UNCOUNTED = {
    "en": r"(?:years|decades) ago,? (?:today|to the day|this (?:very )?day)",
    "fr": r"(?:ans|décennies),? jour pour jour",
    "ru": r"(?:лет|года) (?:тому )?назад,? (?:в этот (?:же )?день|сегодня)",
    "ar": r"(?:في )?مثل هذا اليوم قبل",
    "fa": r"سال (?:پيش|قبل)،? (?:در )?(?:چنين|همين) روز(?:ي)?",
    "tr": r"yıl önce,? (?:bugün|bu gün|bu tarihte)",
}

# Relative expressions: (pattern in folded form, meaning). Longer ones first.
RELATIVE: dict[str, list[tuple[str, str]]] = {
    "en": [
        # rules14e: the day itself a year back, when the text says so: "a year ago today".
        (
            rf"(?:exactly )?{_YEARS['en']} ago,? (?:today|to the day|this (?:very )?day)|exactly {_YEARS['en']} ago|(?:on )?this (?:very )?day {_YEARS['en']} ago|this day last year",  # noqa: E501
            "year_ago_today",
        ),
        (_YEARS_UNCOUNTED["en"], "years_ago_uncounted"),
        (r"the day before yesterday", "day_before"),
        (
            r"(?:(?:at|towards?|by) )?(?:the )?(?:end|latter part|second half) of (?:last|the previous) year",  # noqa: E501
            "late_last_year",
        ),
        (r"late (?:last|in the previous) year|late the previous year", "late_last_year"),
        (
            r"early (?:last|in the previous) year|(?:at )?the (?:beginning|start) of last year",
            "early_last_year",
        ),
        (r"(?:last|the previous|the past) year|a year ago", "last_year"),
        (
            r"early (?:this|in the) year|(?:at )?the (?:beginning|start) of (?:this|the) year",
            "early_this_year",
        ),
        (r"late this year|(?:at )?the end of this year", "late_this_year"),
        (r"(?:earlier |later )?this year", "this_year"),
        (r"next year|the coming year", "next_year"),
        (r"(?<!\d )(?:(?:a few|several|some) )?(?:hours|minutes) ago|moments ago", "today"),
        (r"(?:last|the previous|the past) month|a month ago", "last_month"),
        # rules16b: a part of next month ('at the end of next month', 'early next month'):
        # that month (LABELLING.md U6), before this month's 'the end of the month'.
        (
            r"(?:early|late|(?:at |by |before |towards? )?the (?:start|beginning|middle|end) of) next month",  # noqa: E501
            "next_month",
        ),
        (
            r"(?:earlier|early) this month|(?:at )?the (?:beginning|start) of (?:this|the) month|this month|(?:at |by |before |towards? )?the end of (?:this|the) month|later this month",  # noqa: E501
            "this_month",
        ),
        (r"next month|in (?:a|one) month(?:'s time)?|a month from now", "next_month"),
        # rules15b: a part of the week with it ('early next week', 'at the end of last
        # week'): the week (LABELLING.md U6), as the bare phrase.
        (
            r"(?:early|late|(?:at |by )?the (?:start|beginning|end) of|towards? the end of) (?:last|the previous|the past) week",  # noqa: E501
            "last_week",
        ),
        (r"(?:last|the previous|the past) week", "last_week"),
        (
            r"(?:early|late|(?:at |by )?the (?:start|beginning|end) of|towards? the end of) this week",  # noqa: E501
            "this_week",
        ),
        (r"(?:earlier |later )?this week", "this_week"),
        (
            r"(?:early|late|(?:at |by )?the (?:start|beginning|end) of|towards? the end of) next week",  # noqa: E501
            "next_week",
        ),
        (r"next week|in (?:a|one) week(?:'s time)?|a week from now", "next_week"),
        (r"yesterday", "yesterday"),
        (r"(?:a|one) day later|the (?:next|following) day|the day after", "day_after"),
        (r"(?:over|at|during) the weekend|this weekend|last weekend", "weekend"),
        (r"in two days(?:' time)?|the day after tomorrow", "in_two_days"),
        (
            r"later (?:in the day|today|on in the day)|earlier today|this (?:morning|afternoon|evening)|tonight|at midnight tonight",  # noqa: E501
            "later_in_day",
        ),
        # rules16: 'later on that day', 'later in the same day', 'on that very day'.
        (
            r"later (?:on )?(?:in )?(?:that|the same) day|(?:on )?the same day|that same day|(?:on )?that very day",  # noqa: E501
            "same_day",
        ),
        (r"today", "today"),
        (r"tomorrow", "tomorrow"),
    ],
    "fr": [
        (
            rf"il y a (?:exactement )?{_YEARS['fr']},? (?:jour pour jour|aujourd'hui)|il y a exactement {_YEARS['fr']}|{_YEARS['fr']} jour pour jour",  # noqa: E501
            "year_ago_today",
        ),
        (_YEARS_UNCOUNTED["fr"], "years_ago_uncounted"),
        (r"avant-hier", "day_before"),
        (
            r"(?:(?:à|a) la |en )?fin (?:de )?l'(?:année|annee) (?:dernière|derniere|passée|passee|précédente|precedente)|(?:(?:à|a) la )?fin (?:de )?l'an (?:dernier|passé|passe)",  # noqa: E501
            "late_last_year",
        ),
        (
            r"(?:au |en )?début (?:de )?l'(?:année|annee) (?:dernière|derniere|passée|passee)|(?:au )?début de l'an dernier",  # noqa: E501
            "early_last_year",
        ),
        (
            r"l'(?:année|annee) (?:dernière|derniere|passée|passee|précédente|precedente)|l'an (?:dernier|passé|passe)",  # noqa: E501
            "last_year",
        ),
        (r"(?:au |en )?début (?:de )?(?:cette |l')(?:année|annee)", "early_this_year"),
        (r"(?:à|a) la fin de cette (?:année|annee)|fin de cette (?:année|annee)", "late_this_year"),
        (r"cette (?:année|annee)", "this_year"),
        (r"l'(?:année|annee) prochaine|l'an prochain", "next_year"),
        (r"il y a (?:quelques )?(?:heures|minutes)", "today"),
        (r"le mois (?:dernier|passé|passe|précédent|precedent)", "last_month"),
        (
            r"(?:(?:d'ici |avant |vers )?(?:(?:à|a) )?la fin|(?:au|en) (?:début|debut)|(?:à|a) la mi-?|(?:au|dans le) courant) du mois (?:prochain|suivant)|(?:(?:à|a) la |en )?mi-mois prochain",  # noqa: E501
            "next_month",
        ),
        (
            r"(?:plus tôt|plus tot|au début de|au debut de|en début de|en debut de) (?:ce|du) mois|ce mois-ci|début du mois|debut du mois|(?:d'ici |avant |vers )?(?:(?:à|a) )?la fin (?:du|de ce) mois|(?:en )?fin de mois|plus tard (?:ce|dans le) mois",  # noqa: E501
            "this_month",
        ),
        (r"le mois prochain|dans un mois", "next_month"),
        (
            r"(?:(?:au|en) (?:début|debut)|(?:à|a) la fin|en fin) de (?:la )?semaine (?:dernière|derniere|passée|passee|précédente|precedente)",  # noqa: E501
            "last_week",
        ),
        (r"la semaine (?:dernière|derniere|passée|passee|précédente|precedente)", "last_week"),
        (r"(?:(?:au|en) (?:début|debut)|(?:à|a) la fin|en fin) de (?:cette )?semaine", "this_week"),
        (r"cette semaine", "this_week"),
        (
            r"(?:(?:au|en) (?:début|debut)|(?:à|a) la fin|en fin|(?:dès|des) le (?:début|debut)) de (?:la )?semaine prochaine",  # noqa: E501
            "next_week",
        ),
        (r"la semaine prochaine|dans une semaine", "next_week"),
        (r"hier", "yesterday"),
        (r"le lendemain|un jour plus tard|le jour suivant", "day_after"),
        (r"(?:ce|le) week-end(?: dernier)?|pendant le week-end", "weekend"),
        (r"après-demain|dans deux jours", "in_two_days"),
        (
            r"plus tard dans la journée|plus tard dans la journee|dans la journée|dans la journee|plus tard aujourd'hui|ce (?:matin|soir)|cette nuit",  # noqa: E501
            "later_in_day",
        ),
        (
            # rules16: 'plus tard dans la même journée', 'au cours de la même journée'.
            r"plus tard le même jour|plus tard le meme jour|le même jour|le meme jour|le jour même|le jour meme|(?:plus tard )?(?:dans|au cours de) la m[êe]me journ[ée]e|(?:plus tard )?dans la journ[ée]e m[êe]me",  # noqa: E501
            "same_day",
        ),
        (r"aujourd'hui", "today"),
        (r"demain", "tomorrow"),
    ],
    "ru": [
        (
            rf"ровно {_YEARS['ru']} (?:тому )?назад|{_YEARS['ru']} (?:тому )?назад,? (?:в этот (?:же )?день|сегодня)|(?:в этот (?:же )?день|сегодня),? (?:ровно )?{_YEARS['ru']} (?:тому )?назад",  # noqa: E501
            "year_ago_today",
        ),
        (_YEARS_UNCOUNTED["ru"], "years_ago_uncounted"),
        (r"позавчера", "day_before"),
        (r"в конце (?:прошлого|минувшего|предыдущего) года", "late_last_year"),
        (r"в начале (?:прошлого|минувшего|предыдущего) года", "early_last_year"),
        (r"в (?:прошлом|минувшем|предыдущем) году", "last_year"),
        (r"в начале (?:этого|текущего|нынешнего) года|в начале года", "early_this_year"),
        (r"в конце (?:этого|текущего|нынешнего) года", "late_this_year"),
        (r"в (?:этом|текущем|нынешнем) году", "this_year"),
        (r"в (?:следующем|будущем|наступающем) году", "next_year"),
        (r"(?<!\d )(?:несколько )?(?:часов|минут) назад", "today"),
        (r"в (?:прошлом|минувшем|предыдущем) месяце", "last_month"),
        (
            r"(?:в начале|в конце|на конец|к концу|в середине|до конца) (?:следующего|будущего|наступающего) месяца",  # noqa: E501
            "next_month",
        ),
        (
            r"(?:ранее )?в начале (?:этого |текущего )?месяца|ранее в (?:этом|текущем) месяце|в (?:этом|текущем) месяце|(?:в конце|к концу) (?:этого |текущего )?месяца",  # noqa: E501
            "this_month",
        ),
        (r"в следующем месяце|через месяц", "next_month"),
        (
            r"(?:в начале|в конце|к концу|в середине) (?:прошлой|минувшей|предыдущей) недели",
            "last_week",
        ),
        (r"на (?:прошлой|минувшей|предыдущей) неделе", "last_week"),
        (r"(?:в начале|в конце|к концу|в середине) (?:этой|текущей) недели", "this_week"),
        (r"на этой неделе", "this_week"),
        (
            r"(?:в начале|в конце|к концу|в середине) (?:следующей|будущей|наступающей) недели",
            "next_week",
        ),
        (r"на (?:следующей|будущей) неделе|через неделю", "next_week"),
        # 'накануне' alone is the day before; with an event in the genitive after it
        # ('накануне встречи', 'накануне очередного раунда переговоров') it is 'on the eve
        # of' that event, a relation to it, not a day of its own.
        (rf"вчера|накануне(?!\s+{_RU_EVE_OF})", "yesterday"),
        (r"на следующий день|днем позже|днём позже|спустя день", "day_after"),
        (r"(?:на|в) (?:эти |прошедшие )?выходные", "weekend"),
        (r"послезавтра|через два дня", "in_two_days"),
        (
            r"(?:позднее|позже) (?:сегодня|в течение дня)|сегодня (?:позднее|позже|ночью)|в течение дня|этой ночью",  # noqa: E501
            "later_in_day",
        ),
        # rules16: 'позднее в тот же день', 'в течение того же дня', 'тем же днём'.
        (
            r"(?:позднее |позже )?в (?:тот|этот) же день|(?:позднее |позже )?в течение того же дня|тем же дн[её]м",  # noqa: E501
            "same_day",
        ),
        (r"сегодня", "today"),
        (r"завтра", "tomorrow"),
    ],
    "ar": [
        (
            rf"(?:في )?مثل هذا اليوم (?:قبل|من) {_YEARS['ar']}|(?:في )?مثل هذا اليوم من (?:العام|السنه) (?:الماضي|الماضيه)|قبل {_YEARS['ar']},? (?:من اليوم|بالتمام|تماما|بالضبط|(?:في )?مثل هذا اليوم)",  # noqa: E501
            "year_ago_today",
        ),
        (_YEARS_UNCOUNTED["ar"], "years_ago_uncounted"),
        (
            r"(?:في )?(?:اواخر|نهايه|اخر) (?:العام|السنه) (?:الماضي|المنصرم|الماضيه|المنصرمه|السابق|السابقه)",  # noqa: E501
            "late_last_year",
        ),
        (
            r"(?:في )?(?:مطلع|اوائل|بدايه) (?:العام|السنه) (?:الماضي|المنصرم|الماضيه)",
            "early_last_year",
        ),
        (r"(?:العام|السنه) (?:الماضي|المنصرم|الماضيه|المنصرمه)", "last_year"),
        (
            r"(?:في )?(?:مطلع|اوائل|بدايه) (?:هذا العام|العام الحالي|العام الجاري)",
            "early_this_year",
        ),
        (r"هذا العام|العام الحالي|العام الجاري|هذه السنه", "this_year"),
        (r"(?:العام|السنه) (?:المقبل|القادم|المقبله|القادمه)", "next_year"),
        (r"الشهر (?:الماضي|المنصرم)", "last_month"),
        (
            r"(?:في |مع |حتى |قبل )?(?:مطلع|اوائل|بدايه|منتصف|اواسط|اواخر|نهايه|اخر) الشهر (?:المقبل|القادم)",  # noqa: E501
            "next_month",
        ),
        (
            r"(?:في )?(?:مطلع|اوائل|بدايه) (?:الشهر الجاري|الشهر الحالي|هذا الشهر)|(?:في )?وقت سابق من (?:هذا الشهر|الشهر الجاري)|الشهر الجاري|الشهر الحالي|هذا الشهر",  # noqa: E501
            "this_month",
        ),
        (r"الشهر (?:المقبل|القادم)", "next_month"),
        (r"(?:في )?(?:مطلع|اوائل|بدايه|اواخر) الاسبوع (?:الماضي|المنصرم)", "last_week"),
        (r"الاسبوع (?:الماضي|المنصرم)", "last_week"),
        (r"هذا الاسبوع|الاسبوع الجاري|الاسبوع الحالي", "this_week"),
        (r"(?:في )?(?:مطلع|اوائل|بدايه|اواخر) الاسبوع (?:المقبل|القادم)", "next_week"),
        (r"الاسبوع (?:المقبل|القادم)", "next_week"),
        (r"(?:يوم )?اول (?:من )?امس|امس الاول", "day_before"),
        (r"(?:يوم )?امس", "yesterday"),
        (r"(?:في )?اليوم التالي|بعد يوم|في الغد", "day_after"),
        (r"(?:خلال |في )?عطله نهايه الاسبوع", "weekend"),
        (r"بعد غد|بعد يومين", "in_two_days"),
        (
            r"(?:في )?وقت لاحق (?:من )?(?:اليوم|هذا اليوم)|لاحقا اليوم|الليله|منتصف الليله",
            "later_in_day",
        ),
        (
            # rules16: 'اليوم ذاته', 'اليوم عينه', 'ذلك اليوم نفسه' beside 'اليوم نفسه'.
            r"(?:في )?وقت لاحق من (?:ذلك )?(?:اليوم نفسه|اليوم ذاته|اليوم عينه|نفس اليوم|ذات اليوم|ذلك اليوم)|(?:في )?(?:ذلك )?(?:اليوم نفسه|اليوم ذاته|اليوم عينه|نفس اليوم|ذات اليوم)",  # noqa: E501
            "same_day",
        ),
        (r"قبل (?:قليل|دقائق|ساعات)|منذ (?:قليل|دقائق|ساعات)", "today"),
        (r"اليوم", "today"),
        (r"(?:يوم )?غدا?", "tomorrow"),
    ],
    "fa": [
        (
            rf"(?:درست |دقيقا )?{_YEARS['fa']} (?:پيش|قبل)،? (?:در )?(?:چنين|همين) روز(?:ي)?|(?:در )?(?:چنين|همين) روزي? (?:در )?سال (?:گذشته|پيش|قبل)|(?:امروز،? )?درست {_YEARS['fa']} (?:پيش|قبل)|امروز،? {_YEARS['fa']} (?:پيش|قبل)|{_YEARS['fa']} (?:پيش|قبل)،? (?:در )?امروز",  # noqa: E501
            "year_ago_today",
        ),
        (_YEARS_UNCOUNTED["fa"], "years_ago_uncounted"),
        (r"پريروز", "day_before"),
        (r"(?:اواخر|پايان) سال (?:گذشته|قبل|پيش)(?: ميلادي)?", "late_last_year"),
        (r"(?:اوايل|ابتداي) سال (?:گذشته|قبل|پيش)(?: ميلادي)?", "early_last_year"),
        (r"(?<!چند )سال (?:گذشته|قبل|پيش)(?: ميلادي)?|پارسال", "last_year"),
        (r"(?:اوايل|ابتداي) (?:امسال|سال جاري)", "early_this_year"),
        (r"امسال|سال جاري(?: ميلادي)?", "this_year"),
        (r"سال (?:اينده|بعد)(?: ميلادي)?", "next_year"),
        (r"(?<!چند )ماه (?:گذشته|قبل|پيش)", "last_month"),
        (
            r"(?:در )?(?:اوايل|ابتداي|اواسط|نيمه|اواخر|پايان|اخر) ماه (?:اينده|بعد)",
            "next_month",
        ),
        (r"(?:اوايل|ابتداي) (?:اين ماه|ماه جاري|همين ماه)|اين ماه|ماه جاري", "this_month"),
        (r"ماه (?:اينده|بعد)|(?:يك )?ماه ديگر", "next_month"),
        (r"(?:اوايل|ابتداي|اواخر|اخر) هفته (?:گذشته|قبل|پيش)", "last_week"),
        (r"(?<!چند )هفته (?:گذشته|قبل|پيش)", "last_week"),
        (r"اين هفته|هفته جاري", "this_week"),
        (r"(?:اوايل|ابتداي|اواخر|اخر) هفته (?:اينده|بعد)", "next_week"),
        (r"هفته (?:اينده|بعد)|(?:يك )?هفته ديگر", "next_week"),
        # 'روز گذشته' (the day gone by) is yesterday; 'سه روز گذشته' (the past three days) is not.
        (
            r"ديروز|ديشب|(?<!\d )(?<!چند )(?<!دو )(?<!سه )(?<!چهار )(?<!پنج )(?:روز|شب) گذشته",
            "yesterday",
        ),
        (r"(?:روز|فرداي) بعد|يك روز بعد", "day_after"),
        (r"اخر هفته|تعطيلات اخر هفته", "weekend"),
        (r"پس ?فردا|دو روز ديگر", "in_two_days"),
        (r"(?:بعدا|عصر|بعدازظهر|بعد از ظهر|اواخر|بعد از ظهر) (?:امروز|روز)|امشب", "later_in_day"),
        (r"(?:بعدا |اواخر )?(?:در )?(?:همان|همين) روز", "same_day"),
        (r"(?:دقايقي|ساعاتي|لحظاتي) (?:پيش|قبل)", "today"),
        (r"امروز", "today"),
        (r"فردا", "tomorrow"),
    ],
    "tr": [
        (
            rf"(?:tam )?{_YEARS['tr']} önce,? (?:bugün|bu gün|bu tarihte)|tam {_YEARS['tr']} önce|geçen yıl,? (?:bugün|bu tarihte)",  # noqa: E501
            "year_ago_today",
        ),
        (_YEARS_UNCOUNTED["tr"], "years_ago_uncounted"),
        (
            r"geçen yıl(?:ın)? (?:son(?:lar)?ında|sonu(?:nda)?)|geçtiğimiz yıl(?:ın)? son(?:lar)?ında",  # noqa: E501
            "late_last_year",
        ),
        (r"geçen yıl(?:ın)? başı(?:nda)?|geçen yılın başlarında", "early_last_year"),
        (r"geçen yıl|geçtiğimiz yıl|bir önceki yıl", "last_year"),
        (r"bu yılın başı(?:nda)?|bu yılın başlarında|yıl başında", "early_this_year"),
        (r"bu yıl(?:ın sonunda| sonunda)", "late_this_year"),
        (r"bu yıl|bu sene", "this_year"),
        (r"(?:gelecek|önümüzdeki) (?:yıl|sene)|seneye", "next_year"),
        (r"(?<!\d )(?:birkaç )?(?:saat|dakika) önce", "today"),
        (r"geçen ayki|geçen ay|geçtiğimiz ayki|geçtiğimiz ay", "last_month"),
        (
            r"(?:gelecek|önümüzdeki) ay(?:ın)? (?:başı(?:nda)?|başlarında|ortasında|ortalarında|sonu(?:nda|na)?|sonlarında)",  # noqa: E501
            "next_month",
        ),
        (
            r"bu ay(?:ın)? başı(?:nda)?|bu ayın başlarında|bu ay(?:ın)? içinde|bu ay(?:ın)? sonu(?:nda)?|bu ay|ay(?:ın)? sonu(?:nda|na kadar)?|ay sonunda",  # noqa: E501
            "this_month",
        ),
        (r"gelecek ay|önümüzdeki ay", "next_month"),
        (
            r"(?:geçen|geçtiğimiz) hafta(?:nın)? (?:başında|başlarında|ortasında)",
            "last_week",
        ),
        (r"geçen haftaki|geçen hafta|geçtiğimiz haftaki|geçtiğimiz hafta", "last_week"),
        (r"bu hafta", "this_week"),
        (
            r"(?:gelecek|önümüzdeki) hafta(?:nın)? (?:başında|başlarında|sonunda|sonlarında|ortasında)",  # noqa: E501
            "next_week",
        ),
        # rules17: 'gelecek haftaki zirve', next week's summit.
        (r"gelecek haftaki|önümüzdeki haftaki|gelecek hafta|önümüzdeki hafta", "next_week"),
        (r"evvelsi gün", "day_before"),
        (r"dünkü|dün", "yesterday"),
        (r"ertesi gün|bir gün sonra", "day_after"),
        (r"(?:geçen |geçtiğimiz |bu )?hafta ?sonu(?:nda)?", "weekend"),
        (r"yarından sonra|iki gün sonra", "in_two_days"),
        # Not '14 gün içinde' ('within 14 days'), a duration (LABELLING.md U5).
        (
            r"günün ilerleyen saatlerinde|bugün daha sonra|ilerleyen saatlerde|(?<!\d )gün içinde|bu gece(?: yarısı)?",  # noqa: E501
            "later_in_day",
        ),
        # rules16: 'aynı gün daha sonra', 'aynı günün ilerleyen saatlerinde / akşamı'.
        (r"aynı gün(?:ün ilerleyen saatlerinde|ün akşamı| daha sonra| içinde)?", "same_day"),
        (r"bugünkü|bugün", "today"),
        (r"yarınki|yarın", "tomorrow"),
    ],
}

# 'two weeks ago', 'il y a deux semaines', 'неделю назад', 'iki hafta önce', 'قبل أسبوعين',
# 'دو هفته پیش': a count (a figure, a number word, or none for one) and a unit back from
# today. 'Several years ago' ('چند سال پیش') has no count and is no date.
AGO = {
    "en": r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?P<u>days?|weeks?|months?|years?) ago",  # noqa: E501
    "fr": r"il y a (?P<n>\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) (?P<u>jours?|semaines?|mois|ans?|années?)",  # noqa: E501
    "ru": r"(?:(?P<n>\d+|один|одну|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять) )?(?P<u>дн\w*|день|недел\w*|месяц\w*|год\w*|лет) назад",  # noqa: E501
    "tr": r"(?P<n>\d+|bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on) (?P<u>gün|hafta|ay|yıl|sene) önce",  # noqa: E501
    "ar": r"(?:و|ف)?(?:قبل|منذ) (?:اقل من |اكثر من |نحو |حوالي |قرابه )?(?:(?P<n>\d+|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره) )?(?P<u>يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|شهور|عام|عامين|سنه|سنتين|اعوام|سنوات)",  # noqa: E501
    "fa": r"(?P<n>\d+|يك|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده) (?P<u>روز|هفته|ماه|سال) (?:پيش|قبل)",
}
AGO_NUMBERS = {
    **dict.fromkeys(("a", "an", "one", "un", "une", "один", "одну", "bir", "يك"), 1),
    **dict.fromkeys(("two", "deux", "два", "две", "iki", "دو"), 2),
    **dict.fromkeys(("three", "trois", "три", "üç", "ثلاثه", "سه"), 3),
    **dict.fromkeys(("four", "quatre", "четыре", "dört", "اربعه", "چهار"), 4),
    **dict.fromkeys(("five", "cinq", "пять", "beş", "خمسه", "پنج"), 5),
    **dict.fromkeys(("six", "шесть", "altı", "سته", "شش"), 6),
    **dict.fromkeys(("seven", "sept", "семь", "yedi", "سبعه", "هفت"), 7),
    **dict.fromkeys(("eight", "huit", "восемь", "sekiz", "ثمانيه", "هشت"), 8),
    **dict.fromkeys(("nine", "neuf", "девять", "dokuz", "تسعه", "نه"), 9),
    **dict.fromkeys(("ten", "dix", "десять", "on", "عشره", "ده"), 10),
}
# A plural unit with no count is a vague span ('قبل أيام', 'منذ أشهر', 'несколько лет
# назад'): no date (LABELLING.md R2).
AGO_VAGUE_UNITS = r"ايام|اسابيع|اشهر|شهور|اعوام|سنوات|дней|недель|месяцев|лет"
# The unit a word names, and the count an Arabic dual ('أسبوعين') carries itself.
AGO_UNITS = [
    (r"يومين|اسبوعين|شهرين|عامين|سنتين", 2),
    (r"day|jour|дн|день|gün|يوم|ايام|روز", "day"),
    (r"week|semaine|недел|hafta|اسبوع|اسابيع|هفته", "week"),
    (r"month|mois|месяц|ay|شهر|اشهر|شهور|ماه", "month"),
    (r"year|an|année|annee|год|лет|yıl|sene|عام|سنه|اعوام|سنوات|سال", "year"),
]

# rules15b: a count of days or weeks from the happening told before ('A week earlier',
# 'two days later', 'une semaine plus tôt', 'неделей ранее', 'bundan bir hafta önce', 'قبل
# ذلك بأسبوع', 'یک هفته بعد'): counted from the day the text named last, not from today.
# Group n is the count (none for one), u the unit, back or fwd the direction. 'bir gün
# sonra' and 'بعد يوم' stay RELATIVE's day_after, and 'iki gün sonra' and 'بعد يومين' its
# in_two_days (from today): those rules win a tie.
# rules16b: so is a count before a named happening ('a day before the ministers' meeting',
# 'un jour avant la réunion', 'за день до встречи', 'Bakanlar toplantısından bir gün önce',
# 'قبل يوم من الاجتماع', 'یک روز پیش از نشست'): counted from the day the sentence or the
# one before names, which is that happening's, not back from today.
CONTEXT_OFFSET = {
    "en": [
        r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?P<u>days?|weeks?) (?P<back>(?P<named>before the))(?= [^\W\d])",  # noqa: E501
        r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?P<u>days?|weeks?) (?:(?P<back>earlier|before that|before then|previously)|(?P<fwd>later|after that|afterwards))",  # noqa: E501
    ],
    "fr": [
        r"(?P<n>\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) (?P<u>jours?|semaines?) (?P<back>(?P<named>avant (?:la|le|les|l')))(?=\s*[^\W\d])",  # noqa: E501
        r"(?P<n>\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) (?P<u>jours?|semaines?) (?:(?P<back>plus tôt|plus tot|auparavant|avant cela)|(?P<fwd>plus tard|après cela|apres cela))",  # noqa: E501
    ],
    "ru": [
        r"(?:за )?(?:(?P<n>\d+|одну|один|два|две|двумя|три|тремя|четыре|четырьмя|пять|пятью) )?(?P<u>неделей|неделю|недели|недель|неделями|дня|дней|днями|день) (?:(?P<back>ранее|раньше|до этого|до того)|(?P<fwd>спустя|позже|позднее))",  # noqa: E501
        r"спустя (?:(?P<n>\d+|одну|один|два|две|три|четыре|пять) )?(?P<u>неделю|недели|недель|день|дня|дней)(?P<fwd>)",  # noqa: E501
        r"за (?:(?P<n>\d+|одну|один|два|две|три|четыре|пять) )?(?P<u>неделю|недели|недель|день|дня|дней) (?P<back>(?P<named>до))(?= [^\W\d])",  # noqa: E501
    ],
    "tr": [
        r"(?P<named>[^\W\d_]+(?:dan|den|tan|ten)) (?P<n>\d+|bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on) (?P<u>gün|hafta) (?P<back>önce)",  # noqa: E501
        r"(?P<back>bundan|ondan|bundan tam) (?P<n>\d+|bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on) (?P<u>gün|hafta) önce",  # noqa: E501
        r"(?P<n>\d+|bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on) (?P<u>gün|hafta) (?P<fwd>sonra)",
    ],
    "ar": [
        r"(?:و|ف)?(?P<back>قبل) (?:(?P<n>\d+|ثلاثه|اربعه|خمسه|سته|سبعه) )?(?P<u>يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع) (?P<named>من)(?= ال)",  # noqa: E501
        r"(?:و|ف)?(?P<back>قبل) ذلك ب(?:(?P<n>\d+|ثلاثه|اربعه|خمسه|سته|سبعه) )?(?P<u>يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع)",  # noqa: E501
        r"(?:و|ف)?(?P<fwd>بعد) (?:ذلك ب)?(?:(?P<n>\d+|ثلاثه|اربعه|خمسه|سته|سبعه) )?(?P<u>يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع)",  # noqa: E501
    ],
    "fa": [
        r"(?P<n>\d+|یک|دو|سه|چهار|پنج|شش|هفت|ده) (?P<u>روز|هفته) (?:(?P<back>(?:قبل|پیش) از(?: آن|(?P<named>)(?= [^\W\d])))|(?P<fwd>بعد|پس از آن|بعد از آن))",  # noqa: E501
    ],
}
# Counts in the instrumental case ('двумя днями ранее'), beside AGO_NUMBERS.
OFFSET_NUMBERS = {"двумя": 2, "тремя": 3, "четырьмя": 4, "пятью": 5}
# The words every CONTEXT_OFFSET phrase has one of: a sentence without them runs no rule.
CONTEXT_OFFSET_WORDS = {
    "en": ["earlier", "later", "before", "previously", "after", "afterwards"],
    "fr": ["tôt", "tot", "auparavant", "avant", "tard", "après", "apres"],
    "ru": ["ранее", "раньше", "до", "спустя", "позже", "позднее"],
    "tr": ["sonra", "bundan", "ondan", "önce"],
    "ar": ["قبل", "وقبل", "فقبل", "بعد", "وبعد", "فبعد"],
    "fa": ["قبل", "پیش", "بعد", "پس"],
}

# rules15b: a day that comes back every year ('every year on 8 December', 'her yıl 8 Aralık
# gününü ulusal bayram', 'في 8 ديسمبر من كل عام'): a holiday or an observance, no happening
# of that day. Before the day, or after it ('8 December of every year').
YEARLY = {
    "en": r"every year|each year|annually|yearly",
    "fr": r"chaque année|chaque annee|tous les ans|annuellement",
    "ru": r"ежегодно|каждый год|каждого года",
    "tr": r"her yıl|her sene|her yılın|yıllık olarak",
    "ar": r"(?:من )?كل (?:عام|سنه)|سنويا",
    "fa": r"هر سال|همه ساله|هرساله|سالانه",
}

# rules17b: a weekday said with 'this week' ('Tuesday this week', 'mardi de cette semaine',
# 'سه‌شنبه این هفته', 'bu hafta salı'): that weekday of the article's week. The word that may
# join the two, and the day a language's week starts on (Monday = 0; Iran's week starts on
# Saturday, so a Tuesday 'this week' written on a Saturday is three days ahead).
WEEKDAY_OF_WEEK_JOINER = {"en": ["of"], "fr": ["de"], "ar": ["من"]}
WEEK_FIRST_DAY = {"fa": 5}

# rules15b: a plan told in the past ('was scheduled for late October', 'devait se tenir fin
# octobre', 'должна была состояться в конце октября', 'كان من المقرر أن يعقد في نهاية شهر
# أكتوبر', 'قرار بود در اواخر اکتبر', "Ekim sonunda yapılması planlanıyordu"): the planned
# date, written without its year, is in the year nearest the article's today, whatever
# tense the plan's verb has. Before the date; Turkish after it.
PLANNED_IN_THE_PAST = {
    "en": r"(?:was|were|had been) (?:originally |initially |first )?(?:scheduled|planned|set|slated|due|supposed|meant)|(?:was|were) (?:originally |initially )?to (?:be held|take place|open|start|begin|meet|convene)",  # noqa: E501
    "fr": r"devai(?:t|ent)|(?:était|étaient|avait été|avaient été) (?:initialement |d'abord )?(?:prévue?s?|programmée?s?|fixée?s?|annoncée?s?)",  # noqa: E501
    "ru": r"(?:должен|должн\w*) был\w*|планировал\w*|намечал\w*|предполагал\w*|собирал\w*|был\w* (?:запланирован\w*|намечен\w*)",  # noqa: E501
    "ar": r"(?:و|ف)?(?:كان|كانت) (?:من )?(?:ال)?(?:مقرر|مقرره|مقررا|مزمع|مزمعه|مزمعا|مفترض|منتظر|متوقع)|(?:و|ف)?(?:كان|كانت) يفترض",  # noqa: E501
    "fa": r"قرار بود|برنامه[\u200c ]?ریزی شده بود",
    "tr": r"planlanıyordu|planlanmıştı|öngörülüyordu|kararlaştırılmıştı|(?:yapılacaktı|düzenlenecekti|toplanacaktı)",  # noqa: E501
}

# rules15b: a clause of time inside a verb-last sentence ('پس از آن‌که ... فروپاشید، ...',
# '... durdurulduktan sonra, ...'): Persian opens it with a conjunction ending in 'که',
# Turkish closes it with a verb form. Its verb tells its own dates only, and a date after
# it is the main clause's.
TIME_CLAUSE_OPENERS = {
    "fa": r"(?:پس از|بعد از|قبل از|پیش از)\s?(?:آن|این)[\u200c ]?که|(?:وقتی|زمانی|هنگامی|در حالی)[\u200c ]?که",  # noqa: E501
}
TIME_CLAUSE_CLOSERS = {
    "tr": r"\w+(?:d|t)[ıiuü]kt[ae]n\s+sonra|\w+m[ae]s[ıi]n[ıi]n\s+(?:ardından|sonrasında)|\w+(?:d|t)[ıiuü]ğ[ıiuü]nda",  # noqa: E501
}

# Turkish verbs of saying that take a clause as their object ('-acağını açıkladı').
_TR_SAYING = r"açıkla|söyle|bildir|duyur|belirt|ifade et|kaydet|vurgula|iddia et|açıklama yap"
# Arabic makes any present verb a future with 'سـ' ('سيحضران', 'ستنطلق', 'وسيلتقي'). Words
# that begin with the same letters and are no verb: politics, sovereignty, control, a car,
# 'Mr', Sergei and Staffan, six and sixty, years, Sunni, Sinai, Syria written in Latin.
_AR_NOT_FUTURE = (
    r"سياس|سياد|سيطر|سيار|سيد(?:ه|ات)?\b|سيرغي|سيرجي|سيري|سينا|ستيفان|ستافان|ستيوارت|ستراتيج"
    r"|سته\b|ستين|ستار|سنه|سنو|سنين|سنتين|سني|سنيه|سيف\b|سيول|سيناريو"
)
# rules13b: a day something was put off to is ahead of the telling, whatever its verb's
# tense ('تم تأجيل الاجتماع إلى يوم الاثنين', 'به دوشنبه موکول شد', 'Pazartesi gününe
# ertelendi'), as 'postponed to', 'reporté à', 'перенесли на' already are.
_AR_MOVED_TO = (
    r"(?:تاجيل|تاجل\w*|ا[\u064b-\u0652]?رجئ\w*|ارجا\w*|اجلت|اجل)(?: [^\s]+){0,6}? (?:الى|حتى)"
)
_TR_MOVED_TO = (
    r"(?:gününe|tarihine|\w+['’]y?[ae]|(?:pazartesi|salı|çarşamba|perşembe|cuma|cumartesi)y[ae]"
    r"|pazara) (?:ertelen|ertele|kaydırıl)\w*"
)
# Words that make a sentence speak of the future (so 'on Thursday' is the coming one).
FUTURE = {
    "en": r"\b(?:will|would(?! have)|could(?! have)|might(?! have)|shall|is to|are to|is due|are due|due (?:to|in|on|for|by)|set for|slated|expected (?:in|on|to)|(?:postponed|moved|pushed back|delayed|rescheduled|put off) (?:to|until|till|for)|scheduled|planned|plans? to|set to|upcoming|is expected to|are expected to|to be (?:held|hosted|convened|launched|signed|opened|resumed)|to take place)\b",  # noqa: E501
    "fr": r"\b(?:(?:report|repouss|décal|decal)\w* (?:au|à|a|jusqu'au)|\w{3,}(?:era|eront|ira|iront|dra|dront|ront)|\w{2,}rra|aura lieu|se tiendra|se tiendront|doit|doivent|devrait|devraient|pourrai\w*|reprendr\w*|aur(?:a|ont|ait|aient)|ser(?:a|ont|ait|aient)|prochain\w*|prévu\w*|prevu\w*|pour (?:la )?(?:fin|début|debut|mi)|va|vont)\b",  # noqa: E501
    # Perfective verbs in the present form speak of the future ('начнутся', 'подпишут').
    "ru": r"\b(?:(?:перенес|перенос|отлож|назнач)\w* на|начн(?:ется|утся|ет|ут)|откро(?:ется|ются|ет|ют)|собер(?:ется|утся|ет|ут)|встрет(?:ится|ятся)|провед(?:ет|ут)|обсуд(?:ит|ят)|подпиш(?:ет|ут)|вступ(?:ит|ят)|возобнов(?:ится|ятся|ит|ят)|продолж(?:ится|атся)|заверш(?:ится|атся)|прибуд(?:ет|ут)|посет(?:ит|ят)|приед(?:ет|ут)|отправ(?:ится|ятся)|направ(?:ится|ятся)|поед(?:ет|ут)|полет(?:ит|ят)|вылет(?:ит|ят)|прилет(?:ит|ят)|отбуд(?:ет|ут)|прим(?:ет|ут)|рассмотр(?:ит|ят)|будет|будут|должн(?:а|о|ы|ен) (?:пройти|состояться|начаться|открыться|собраться)|состоится|состоятся|пройдет|пройдут|планируется|запланирован\w*|намечен\w*|предстоящ\w*|следующ\w*|(?<!ночь )(?<!понедельника )(?<!вторника )(?<!среды )(?<!четверга )(?<!пятницы )(?<!субботы )(?<!воскресенья )на (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))\b",  # noqa: E501
    "ar": rf"\b(?:سوف|المقبل|المقبله|القادم|القادمه|المرتقب|المزمع|المقرر|المنتظر|(?:و|ف)?(?!{_AR_NOT_FUTURE})س(?:ي|ت|ن)\w{{3,}}|{_AR_MOVED_TO})\b",  # noqa: E501
    # Persian news states what is planned in the present tense ('برگزار می‌شود', 'سفر
    # می‌کند'): a 'mi-' verb counts as future.
    "fa": r"(?:خواهد|خواهند|اينده|قرار است|موكول|مي[\u200c ]?\w+(?:د|ند)(?![\w]))",
    # Not the future turned into the object of a saying ('kaldıracağını açıklamıştı', he
    # had announced that he would lift): the saying's verb is the main clause's tense.
    "tr": rf"(?:(?!\w*(?:acağı|eceği|akları|ekleri)n[ıi]\s+(?:{_TR_SAYING}))\w+(?:acak|ecek|acağı|eceği)\w*|önümüzdeki|planlanan|planlanıyor|{_TR_MOVED_TO})",  # noqa: E501
}

# A date that names a document or a truce ('the 10 March agreement', "l'accord du 10 mars",
# '10 Mart mutabakatı', 'توافق ۱۸ ژانویه') names one already made: its day is past.
_DOCUMENT = {
    "en": r"agreements?|accords?|deal|memorandum|declaration|protocol|ceasefire|truce|resolution",
    "fr": r"accords?|mémorandum|memorandum|déclaration|protocole|cessez-le-feu|trêve|résolution",
    "ru": r"соглашени\w*|договоренност\w*|меморандум\w*|деклараци\w*|протокол\w*|перемири\w*",
    "ar": r"(?:ال)?(?:اتفاق|اتفاقيه|مذكره|اعلان|بروتوكول|هدنه)",
    "fa": r"توافق|توافقنامه|تفاهم[\u200c ]?نامه|بيانيه|اعلاميه|اتش[\u200c ]?بس",
    "tr": r"mutabakat\w*|anlaşma\w*|muhtıra\w*|protokol\w*|bildiri\w*|ateşkes\w*",
}
DOCUMENT_BEFORE = {
    "en": rf"(?:{_DOCUMENT['en']}) of",
    "fr": rf"(?:{_DOCUMENT['fr']}) (?:du|de|d')",
    "ru": rf"(?:{_DOCUMENT['ru']})(?: от)?",
    "ar": _DOCUMENT["ar"],
    "fa": _DOCUMENT["fa"],
    "tr": "",
}
DOCUMENT_AFTER = {"en": _DOCUMENT["en"], "tr": _DOCUMENT["tr"]}

# A year that is part of a document's number, not a date of anything done that year:
# 'Decree No. 66 of 2025', 'le décret n° 66 de 2025', 'указ № 66 2025 года', 'المرسوم رقم 66
# لعام 2025', 'فرمان شماره ۶۶ سال ۲۰۲۵'. The words that number a document, before its number,
# and the words that may join the number to its year (DOCUMENT_NUMBER_JOINERS, optional).
DOCUMENT_NUMBER = {
    "en": ["no.", "no", "nr.", "number"],
    "fr": ["n°", "nº", "no", "numéro", "numero"],
    "ru": ["№", "n", "номер"],
    "ar": ["رقم", "الرقم"],
    "fa": ["شماره", "شماره‌ی", "شماره ی"],
    "tr": ["no.", "no", "numara", "sayı"],
}
DOCUMENT_NUMBER_JOINERS = {
    "en": ["of", "for", "of the year"],
    "fr": ["de", "du", "de l'année", "de l’année", "pour"],
    "ru": ["от", "за", "года"],
    "ar": ["لعام", "لسنة", "للعام", "للسنة", "عام", "سنة", "من عام", "من سنة"],
    "fa": ["سال", "مصوب", "مصوب سال", "از سال"],
    "tr": ["/"],
}
# Turkish writes the year first: '2025/66 sayılı kararname' (the year, then the number).
DOCUMENT_NUMBER_AFTER = {"tr": r"\s*/\s*\d{1,5}\s*(?:sayılı|numaralı)"}

# Words before a date that make it an end point ('suspended until 25 February'), and
# after it in Turkish ("25 Şubat'a kadar").
UNTIL = {
    "en": ["until", "till", "through", "by"],
    "fr": ["jusqu'au", "jusqu’au", "jusqu'à", "jusqu’à", "jusqu'a", "d'ici au", "d'ici le"],
    "ru": ["до", "по"],
    "ar": ["حتى", "لغايه", "الى"],
    "fa": ["تا"],
    "tr": ["^"],
}
UNTIL_AFTER = {"tr": ["kadar"]}
# A part of the day between the end point's word and its day ('until the morning of
# Wednesday', 'حتى صباح الأربعاء', 'تا صبح چهارشنبه', 'до утра среды'; Turkish after it,
# before its word: 'çarşamba sabahına kadar'): still the end point of that day.
UNTIL_PART_OF_DAY = {
    "en": ["the morning of", "the evening of", "the afternoon of", "the night of", "midnight on"],
    "fr": ["la nuit de", "la nuit du", "la matinée de", "la matinée du", "la soirée du"],
    "ru": ["утра", "вечера", "ночи", "полудня"],
    "ar": ["صباح", "مساء", "ظهر", "عصر", "ليل", "ليلة", "فجر", "منتصف ليل", "منتصف ليلة"],
    "fa": ["صبح", "ظهر", "عصر", "شب", "بامداد", "نیمه‌شب", "نیمه شب"],
    "tr": ["sabahına", "akşamına", "gecesine", "öğlesine", "öğlene"],
}

# Words that open a phrase a date bounds a plan by, not the day it is for ('could host the
# meeting before the White House changes hands on January 20', 'avant le 20 janvier', 'до
# 20 января', 'قبل 20 يناير', 'پیش از ۲۰ ژانویه'), and after the date in Turkish ("20
# Ocak'tan önce"). Regular expressions.
BOUND_BEFORE = {
    "en": r"before|by|until|till|ahead of|no later than|prior to",
    "fr": r"avant|d'ici|au plus tard|jusqu'au|jusqu'à",
    "ru": r"до|к|не позднее|накануне",
    "ar": r"قبل|حتى|بحلول|لغاية",
    "fa": r"قبل از|پیش از|تا",
    "tr": r"(?!)",
}
BOUND_AFTER = {"tr": r"önce\w*|kadar|evvel"}

# Words before the first date of a span whose end the sentence gives next ('from 1 March
# to 15 June', 'du 1er mars au 15 juin', 'с 1 марта по 15 июня', 'من 1 آذار حتى 15 حزيران',
# 'از ۱ اسفند تا ۱۵ خرداد'). Turkish marks the start with its ablative ending instead
# ("1 Mart'tan 15 Haziran'a kadar": SPAN_FROM_ENDING).
SPAN_FROM = {
    "en": ["from", "starting from", "running from"],
    "fr": ["du", "depuis le", "à partir du", "a partir du", "allant du"],
    "ru": ["с", "со", "начиная с", "начиная со"],
    "ar": ["من", "منذ", "اعتبارا من", "ابتداء من", "بدءا من", "في الفترة من", "خلال الفترة من"],
    "fa": ["از"],
    "tr": [],
}
SPAN_FROM_ENDING = {"tr": r"['’](?:tan|ten|dan|den)"}
# Words before two weekdays (or days) that name the night between them, the evening's day
# and the morning's ('منتصف ليل الخميس – الجمعة', 'ليلة الخميس على الجمعة', 'в ночь с четверга
# на пятницу', 'شب پنجشنبه به جمعه', 'the night of Thursday to Friday'): one range (LABELLING
# U6). Turkish names the night after them ("perşembeyi cumaya bağlayan gece").
NIGHT_BEFORE = {
    "en": ["night of", "overnight", "overnight from", "the night from", "midnight"],
    "fr": ["nuit de", "nuit du", "nuit d'", "nuit"],
    "ru": ["ночь с", "ночь со", "ночью с", "ночью со"],
    "ar": ["ليل", "ليلة", "منتصف ليل", "منتصف ليلة", "فجر ليلة"],
    "fa": ["شب", "نیمه شب", "نیمه‌شب", "شامگاه"],
    "tr": [],
}
NIGHT_AFTER = {"tr": ["bağlayan gece", "bağlayan gecede", "bağlayan gece yarısı"]}
# Between the two days of a night ('الخميس على الجمعة', 'с 29 на 30 декабря', 'پنجشنبه به
# جمعه', 'jeudi à vendredi'); a space alone will do, and in Turkish the accusative ending of the
# first day stands there ("29 Aralık'ı 30 Aralık'a bağlayan gece").
NIGHT_TO = ["-", "–", "—", "/", "to", "à", "au", "на", "على", "الى", "إلى", "به"]

# A date moved from one day to another is two dates, not a span: 'postponed from 1 March to
# 15 June', 'reportée du 1er mars au 15 juin', "1 Mart'tan 15 Haziran'a ertelendi".
# rules15: verbs of proposing or planning a day, in any tense ('which Moscow had proposed
# for 14-15 June', 'que Moscou avait proposé pour', 'который Москва предлагала провести',
# 'التي كانت موسكو قد اقترحتها', 'که مسکو ... پیشنهاد کرده بود', "Moskova'nın ... için
# önermiş olduğu"): a day so planned for 'the next round' is ahead of the article as a moved
# one is (dates._next_round_planned).
PROPOSED_FOR = {
    "en": r"propos\w*|plann\w*|schedul\w*|slated|earmark\w*|suggest\w*|pencill?ed in",
    "fr": r"propos\w*|prévu\w*|prevu\w*|prévoy\w*|programm\w*|fixé\w*|envisag\w*|suggér\w*",
    "ru": r"предлага\w*|предлож\w*|планир\w*|запланир\w*|намеч\w*|назнач\w*",
    "ar": r"اقترح\w*|(?:ي|ت)قترح\w*|مقترح\w*|مقرر\w*|المقرر|المزمع|حدد\w*|(?:ي|ت)?خطط\w*",
    "fa": r"پيشنهاد|برنامه[\u200c ]?ريزي|قرار بود|تعيين",
    "tr": r"öner\w*|planla\w*|öngör\w*|kararlaştır\w*",
}
DATE_MOVED = {
    "en": r"postpon\w*|moved|delay\w*|reschedul\w*|pushed back|put off|brought forward|shifted"
    r"|defer\w*",
    "fr": r"report\w*|repouss\w*|décal\w*|decal\w*|avancé\w*|déplac\w*|deplac\w*|ajourn\w*",
    "ru": r"перен[её]с\w*|перенос\w*|перенесен\w*|отлож\w*|сдвину\w*|отсроч\w*",
    # 'تأجل' (it was put off) beside 'تأجيل'; 'أُرجئ' written with its damma.
    "ar": r"تاجيل|تاجل\w*|ا[\u064b-\u0652]?رجئ\w*|ارجا\w*|اجلت|يؤجل\w*|تؤجل\w*"
    r"|نقل موعد|تقديم موعد|تعديل موعد",
    "fa": r"تعویق|تعويق|موکول|موكول|جابجا|جابه‌جا|تغییر (?:تاریخ|زمان)",
    "tr": r"ertelen\w*|ertele\w*|kaydırıl\w*|öne çekil\w*",
}

# Words that make a date the point since which something happened ('since 8 December',
# 'depuis le 8 décembre', '8 Aralık'tan beri'): in a past clause, a past day. Turkish puts
# them after the date (SINCE_AFTER).
SINCE = {
    "en": ["since"],
    "fr": ["depuis le", "depuis"],
    "ru": ["начиная с"],
    "ar": ["منذ"],
    "fa": ["از زمان"],
    "tr": ["^"],
}
SINCE_AFTER = {"tr": ["beri", "bu yana", "itibaren"]}
# Words that make a date the point after which something happened ('after 8 December',
# 'après le 8 décembre', '8 Aralık sonrasında'): a past day when the past verb is the
# happening's own, but not when it is a verb of saying, whose reported clause may look
# ahead ('said after 20 December the talks would resume', '20 Aralık'tan sonra
# başlayacağını söyledi'). Turkish puts them after the date (AFTER_AFTER).
AFTER = {
    "en": ["after"],
    "fr": ["après le", "après"],
    "ru": ["после"],
    "ar": ["بعد"],
    "fa": ["پس از", "بعد از"],
    "tr": ["^"],
}
AFTER_AFTER = {"tr": ["sonra", "sonrası", "sonrasında"]}

# Irregular past forms of verbs news reports use ('told reporters on Friday', 'wrote on
# Monday', 'gave a press conference'): no '-ed' to tell them. Not those that are also
# common other words ('left', 'led' of 'US-led', 'set', 'put', 'rose').
_EN_IRREGULAR_PAST = (
    "told|wrote|spoke|gave|made|sent|went|came|took|saw|won|sought|brought|became|chose|"
    "drew|flew|heard|knew|kept|lost|paid|stood|withdrew|struck|broke|fell|thought"
)
# Arabic verbs of saying in the past form ('وطالب ... يوم الجمعة', 'أكد أمس'): the tense of
# the clause they open, as 'قال'.
_AR_SAID = "اكد|اكدت|اوضح|اوضحت|اشار|اشارت|صرح|صرحت|افاد|افادت|ذكر|ذكرت|ابلغ|ابلغت|اضاف|اضافت|شدد|شددت|طالب|طالبت|دعا|دعت"  # noqa: E501
# Words that make a clause speak of the past (a day without a year is then the last one).
# Not an English participle after 'be' or a present 'is', 'are', 'am' ('will be held', 'is
# prepared to host', 'are expected'): a state now or a passive still ahead.
PAST = {
    "en": rf"(?<!be )(?<!been )(?<!is )(?<!are )(?<!am )\b(?:was|were|had|has been|have been|did|held|met|signed|brokered|agreed|ended|took place|began|opened|closed|concluded|announced|said|adopted|arrived|visited|{_EN_IRREGULAR_PAST}|\w+ed)\b",  # noqa: E501
    # 'a annoncé', 'se sont réunis', and the inverted 'a-t-il dit', 'ont-ils indiqué'.
    "fr": r"\b(?:(?:a|ont|avait|avaient|est|sont|était|étaient|s'est|se sont|a-t-(?:il|elle|on)|ont-(?:ils|elles))\s+(?:été\s+)?\w+(?:é|ée|és|ées|i|is|u|us|it|ert|erte)|fut|furent|hier)\b",  # noqa: E501
    # A past verb ends in -л; so do some nouns ('телеканал', 'генерал'), which are none.
    "ru": r"\b(?:(?!\w*(?:канал|журнал|материал|финал|сигнал|генерал|капитал|потенциал|персонал|арсенал|интервал)\b)\w+(?:л|ла|ло|ли|лся|лась|лись)|состоялс\w*|прош[её]л|прошла|прошли)\b",  # noqa: E501
    # With 'و'/'ف' ('and') glued on; 'السابقة'/'الماضية' ('the previous round') look back.
    # And any past verb of a plural subject ('حضروا', 'اتفقوا'): a stem and 'وا' with no
    # prefix of the present (the subjunctive 'ان يحضروا' has one).
    # The dual of two who did it ('كانا', 'التقيا', 'وقعا').
    "ar": rf"\b(?:و|ف)?(?:{_AR_SAID}|كان|كانت|كانا|كانتا|عقد|عقدت|عقدا|انعقد|انعقدت|اعلن|اعلنت|اعلنا|قال|قالت|قالا|التقى|التقيا|اجتمع|اجتمعا|وقع|وقعت|وقعا|اختتم|اختتمت|انطلق|انطلقت|جرى|جرت|تم|السابق|السابقه|الماضيه|(?![يتنس])\w{{2,6}}وا)\b",  # noqa: E501
    # Simple past ('برگزار شد') and the perfect ('شروع شده', 'اعلام کرده‌اند').
    # Not the future 'خواهد شد' ('will be'), nor the months 'خرداد', 'مرداد'.
    "fa": r"(?:(?<!\w)(?!خواه|خرداد|مرداد)\w+ ?(?:شد|شدند|كرد|كردند|بود|بودند|داد|دادند|گفت)\b|\w+ ?(?:شده|كرده|داده|بوده|گفته)(?:[\u200c ]?(?:است|اند|ايم))?(?!\w))",  # noqa: E501
    # With the participle of a done thing right before a date ('sona erdiği 8 Aralık', the
    # 8 December on which it ended; after a date, 'planlandığı zamanda' is another's time);
    # the future one is '-acağı'.
    "tr": r"(?:(?<!\w)(?:beri|bu yana)(?!\w)|\w+(?:dı|di|du|dü|tı|ti|tu|tü)(?:m|n|k|nız|niz|lar|ler)?(?!\w)|\w+(?:mış|miş|muş|müş)\w{0,4}(?!\w)|\w+(?:dığı|diği|duğu|düğü|tığı|tiği|tuğu|tüğü)(?=\s+\d))",  # noqa: E501
}

# Half-year phrases before a year ('au second semestre 2024', 'во втором полугодии 2024 года').
_HALF_YEAR = {
    "fr": ["au premier semestre", "au second semestre", "au deuxième semestre",
           "au premier semestre de", "au second semestre de", "au deuxième semestre de"],
    "ru": ["в первой половине", "во второй половине", "в первом полугодии",
           "во втором полугодии"],
    "ar": ["النصف الاول من", "النصف الثاني من", "في النصف الاول من", "في النصف الثاني من"],
    "fa": ["نيمه اول", "نيمه دوم", "در نيمه اول", "در نيمه دوم", "نيمه اول سال",
           "نيمه دوم سال", "در نيمه دوم سال"],
}  # fmt: skip
for _lang, _words in _HALF_YEAR.items():
    YEAR_PREFIX[_lang] = [*YEAR_PREFIX[_lang], *_words]

# Arabic and Persian script has no capitals: a person's name is found after a title word
# (people.titled_names). Written as in the texts; people.py folds them.


def _words(text: str) -> list[str]:
    return text.split()


NAME_TITLES = {
    "ar": _words("""وزير الوزير ووزير الرئيس رئيس ورئيس والرئيس رئيسة المبعوث مبعوث والمبعوث نائب
        ونائب السفير سفير المتحدث المتحدثة الناطق مساعد المندوب مندوب ممثل الممثل الأمين
        أمين الجنرال اللواء العميد الشيخ المستشار مستشار المنسق منسق الدكتور السيد السيدة
        نظيره نظيرته نظيريه المفوض القائد قائد المبعوثة مبعوثة برئاسة يرأسها يرأسه ترأسها
        ترأسه"""),
    "fa": _words("""وزیر رئیس رئیس‌جمهور رییس رییس‌جمهور فرستاده نماینده معاون سخنگوی سخنگو سفیر
        دستیار مشاور دبیرکل آقای خانم ژنرال سرلشکر همتای همتایان مذاکره‌کننده"""),
}
# Words that end a title's clause with no name after it: verbs, adverbs and the small
# words of a clause that goes on ('وكان المبعوث قد أوضح', 'فرستاده ویژه ... خبر داد').
NO_NAME_WORDS = {
    # 'that' of a reported clause ('قال المتحدث إن المحادثات ...', '... گفت که مذاکرات
    # ...'): the speaker's phrase, title and name, ends before it.
    "ar": _words("""قد لقد أنه إنه أنها إنها سوف لم لن كان كانت يكون إن أن بأن"""),
    "fa": _words("""تنها همچنین سپس نشست خبرنگاران خبرنگار بیانیه خبر گذشته آینده دیگر
        شده شود میشود دارد دارند داد داده کند کرده کنند کردند میکند گفته ملاقات دیدار
        معرفی که گفت"""),
}
# Words after a title that are still the title (offices, bodies, countries) or no name.
NOT_NAME_WORDS = {
    "ar": _words("""الخارجية الخارجيه الخاصة الخاص الأمم المتحدة للأمم لسوريا سوريا روسيا
        إيران تركيا
        الاتحاد العام الوفد وفد الحكومة المعارضة الدفاع الشؤون شؤون الجمهورية جمهورية
        الإسلامية الاتحادية مجلس الأمن الدولي في من على إلى مع عن أن إن التي الذي قال أكد
        أعلن صرح حيث بعد قبل خلال كما أيضا اليوم أمس الأسبوع يوم العمليات الإنسانية حكومة
        الانتقالية الانتقالي للشؤون الشرق الأوسط أفريقيا الأول الثاني الأعلى المفاوضات هيئة
        الهيئة التفاوض السورية السوري الروسي الروسية الإيراني الإيرانية التركي التركية
        الكازاخستاني الكازاخية الأممي كازاخستان الأردن لبنان العراق الولايات الأمريكية
        الأميركية الأميركي الأمريكي لشؤون والمغتربين المغتربين الوزراء للأمين للرئيس
        الدستورية اللجنة لجنة المشترك المشتركة الرئاسي الرئاسية الجديد الجديدة السابق
        السابقة الحالي السيد هو هي ذلك هذا هذه لدى لها له بين عبر إلى باسم العليا
        لانتخابات انتخابات الشعب الدائم الداخلية الدفاع العدل المالية التحضيرية للمؤتمر
        المؤتمر الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد
        مكتب باسم خارجيتها خارجيته بلاده بلادها نظيره نظيرته
        سورية مصدر مصادر مسؤول مسؤولون دبلوماسي بيان وكالة صحيفة موقع قناة التلفزيون
        الرسمي مراسل مستشاري مساعدي مفاوضي
        الرئاسة رئاسة الإسكان البناء الإعمار الاقتصاد الطاقة النفط الصحة التعليم الإعلام
        العمل التجارة الصناعة الزراعة الرسمية"""),
    # rules16b: offices and portfolios after a title ('وزیر ساخت و ساز، مسکن ...',
    # 'سخنگوی رسمی ریاست‌جمهوری', 'دبیرکل ریاست‌جمهوری').
    "fa": _words("""ریاست‌جمهوری ریاست رسمی ساخت ساز مسکن خدمات رفاهی اقتصاد دارایی کشاورزی
        نیرو نفت صنعت صنایع بهداشت آموزش ارتباطات فرهنگ راه شهرسازی دادگستری اطلاعات
        کار تجارت بازرگانی انرژی
        امور خارجه خارجهٔ ویژه سازمان ملل متحد سوریه روسیه ایران ترکیه جمهوری اسلامی
        جمهور دبیر کل در از با به که و را این آن برای گفت کرد اعلام هیئت مذاکره کننده
        ارشد سیاسی مجلس امنیت شورای دولت مخالفان قزاقستان روس ترک ایرانی روسی ترکیه‌ای سوری
        آمریکا آمریکایی امروز دیروز روز هفته نیز هم پس کشورمان کشور حقوقی بین‌الملل
        بین‌المللی خاورمیانه آفریقا دفاع وزارت دبیرکل سابق جدید کمیته قانون اساسی
        هیات وزیران دستیار اول ارشد فعلی خود وی او است بود شد هیات‌های هیئت‌های
        دوشنبه سه‌شنبه چهارشنبه پنجشنبه جمعه شنبه یکشنبه سه شنبه
        لبنان جنوب شمال دوره موقت انتقالی عالی انتخابات پارلمان خبرگزاری رسانه منابع
        منبع مقام مقامات کاخ دفتر"""),
}


# --- session 6 (rules9g): Persian weekdays written as two words ---------------------------
# The five compound weekdays are written joined, with a zero-width non-joiner or with a
# space ('یک شنبه', 'دو‌شنبه', 'چهار شنبه'); every spelling is listed, or 'شنبه' alone
# would read the second word as Saturday.
for _number, _day in (("یک", 6), ("دو", 0), ("سه", 1), ("چهار", 2), ("پنج", 3)):
    for _joint in ("", " ", "\u200c"):
        WEEKDAYS["fa"][fold(_number + _joint + "شنبه")] = _day


# --- session 7 (names9l): where a capitalised name is a news outlet or a journalist ---------
# Nouns that put an outlet's name right after them ('the Turkish daily Yeni Şafak', 'le
# quotidien Al-Watan', 'газета «Коммерсант»', 'Yeni Asır gazetesi' has it after the name).
OUTLET_NOUNS = {
    "en": _words("""newspaper daily weekly channel broadcaster television radio website outlet
        magazine agency"""),
    "fr": _words("""journal quotidien hebdomadaire chaîne radio télévision site magazine agence"""),
    "ru": _words("""газета газеты газете газету телеканал телеканала телеканалу радиостанция
        радиостанции издание издания изданию портал портала агентство агентства агентству"""),
    "tr": _words("""gazetesi gazetesinin gazetesine gazetesinde ajansı ajansının ajansına
        kanalı kanalına televizyonu televizyonuna sitesi sitesine sitesinde dergisi"""),
}
# Words of an attribution that an outlet's name follows ('reported by', 'cité par',
# 'сообщает', 'в интервью', 'subscribe to'), as regular expressions; they take no person
# as often as an outlet ('according to', 'selon', 'со ссылкой на' do, and are left out).
OUTLET_BEFORE = {
    "en": r"reported\s+by|quoted\s+by|cited\s+by|broadcast\s+by|subscribe\s+to|follow\s+us\s+on",
    "fr": r"cité\s+par|citée\s+par|au\s+micro\s+d[e']|à\s+l'antenne\s+d[e']"
    r"|sur\s+l'antenne\s+d[e']|sur\s+les\s+ondes\s+d[e']|abonnez-vous\s+à",
    "ru": r"по\s+данным|сообщает|сообщило|передает|передаёт|цитирует|в\s+интервью"
    r"|в\s+эфире|подписывайтесь\s+на",
    "tr": r"abone\s+olun",
}
# ...and those it comes before ("Yeni Asır'ın haberine göre", "X'a konuşan", 'X reported'),
# with what joins them to the name (a space; a Turkish case ending: genitive before 'news
# of', dative before 'speaking to', never 'with', "Lavrov'la konuşan").
OUTLET_AFTER = {
    "en": r"\s+(?:reported|reports)(?!\s+to)",
    "ru": r"\s+(?:сообщает|сообщило|передает|передаёт)",
    "tr": r"['’]n?[ıiuü]n\s+(?:haber(?:ine|inde|lerine|lerinde)|yayın(?:ına|ında)"
    r"|internet\s+sitesi\w*)|['’]y?[ae]\s+(?:konuşan|açıklama\s+yapan|demeç\s+veren)",
}
# Bylines: a journalist's name right after these at the head of a line ('By Jane Roe',
# 'Par Jean Dupont', 'Yazar: ...'; 'Par ailleurs, ...' names no one), or anything up to the
# end of the line after the second kind ('Reporting by ...; editing by ...', 'Modifié le
# ... par', 'بقلم'), or up to the end of the sentence after 'our correspondent'.
BYLINE_HEADS = r"by|par|автор|текст|yazar|haber|muhabir|editör"
BYLINE_LINES = (
    r"(?:additional\s+)?(?:reporting|writing|editing|edited|written|compiled)\s+by"
    r"|(?:modifié|mis\s+à\s+jour|publié)[^\n]{0,40}?\spar|بقلم|نویسنده\s*:|خبرنگار\s*:"
)
BYLINE_OURS = (
    r"(?:notre|nos|our|наш|наша|наши)\s+(?:envoyée?s?\s+spéciale?s?|correspondante?s?"
    r"|correspondents?|reporters?|корреспондент\w*|спецкор\w*)"
)


# --- session 7 (fix9n): a round named without its number -------------------------------------
# A bare round or session noun as the subject of a verb of holding, opening or closing ('the
# round was held', 'le tour s'est achevé', 'раунд прошёл', 'انطلقت الجولة', 'دور مذاکرات ...
# برگزار شد', 'tur yapıldı') is a round of talks though no ordinal numbers it. The noun must
# stand right before its verb (an auxiliary between), or right after it where the language
# puts the verb first, so 'a round of shelling began', 'all year round' and 'round-the-clock
# talks' are not read as one. Regular expressions for `cues.KIND_CUES`.
_R_TALKS = {
    "en": r"(?: of (?:talks|negotiations|consultations|discussions))?",
    "fr": r"(?: de (?:négociations|negociations|pourparlers|discussions|consultations))?",
    "ru": r"(?: (?:переговоров|консультаций))?",
}
_R_PLACE = {
    "en": r"(?: (?:in|at) [\w-]+)?",
    "fr": r"(?: (?:d'|de |à )[\w-]+)?",
    "ru": r"(?: в [\w-]+)?",
}
ROUND_HELD = {
    "en": r"(?:round|session)" + _R_TALKS["en"] + _R_PLACE["en"] + r",? "
    r"(?:(?:was|were|is|will be|has been|had been|would be|is to be|was to be) )?"
    r"(?:held|opened|opens|ended|ends|began|begins|closed|closes|concluded|started|starts"
    r"|took place|takes place|kicked off|convened|resumed|wrapped up)",
    "fr": r"(?:round|tour|cycle|session|séance|seance)" + _R_TALKS["fr"] + _R_PLACE["fr"] + r",? "
    r"(?:s'est (?:tenue?|ouverte?|achevée?|terminée?|déroulée?|close?|clôturée?|clotur\w+)"
    r"|s'ouvr\w*|se tien\w*|se tiendra|a eu lieu|aura lieu|avait eu lieu"
    r"|a (?:débuté|debute|commencé|commence|pris fin)|débuter\w*|commencer\w*"
    r"|prend fin|prendra fin|s'achèv\w*|s'achev\w*)",
    # Russian puts the verb on either side ('раунд прошёл', 'в Астане прошёл раунд');
    # 'тур' only in its own forms, not 'турнир' or 'туризм'.
    "ru": r"(?:раунд\w*|тур(?:а|е|ом|ы)?|сесси\w*)" + _R_TALKS["ru"] + _R_PLACE["ru"] + r",? "
    r"(?:прош(?:ел|ла|ли)|состоял\w*|состоится|пройд[её]т|открыл\w*|откроется"
    r"|начал\w*|начн[её]тся|заверши\w*|стартова\w*|закончил\w*)"
    r"|(?:прош(?:ел|ла|ли)|состоял\w*|состоится|пройд[её]т|открыл\w*|откроется|начал\w*"
    r"|начн[её]тся|заверши\w*|стартова\w*|закончил\w*)(?: [\w-]+){0,3}? "
    r"(?:раунд\w*|тур(?:а|е|ом|ы)?|сесси\w*)",
    # A verb first and the definite noun right after it: 'بدأ الوزير جولة' (a minister's
    # tour) has its subject between.
    "ar": r"(?:عقدت|انعقدت|تعقد|ستعقد|انطلقت|تنطلق|ستنطلق|اختتمت|تختتم|ستختتم|بدات|تبدا|ستبدا"
    r"|افتتحت|استؤنفت|استانفت|تستانف|ستستانف|انتهت|جرت|تجري|ستجري) (?:ال)?(?:جوله|دوره)"
    r"|(?:ال)?(?:جوله|دوره) (?:\w+ )?(?:عقدت|انعقدت|انطلقت|اختتمت|بدات|انتهت|جرت)",
    # Persian ends the clause with its verb: the round of talks, then the verb in the clause.
    "fa": r"دور(?: جديد| تازه)? (?:مذاكرات|گفتگو\w*|گفت\u200cو\u200cگو\w*|رايزني\w*|نشست\w*)"
    r"[^.؛،!?]{0,80}?(?:برگزار|اغاز|پايان)",
    "tr": r"(?:tur(?:u|lar\w*)?|oturum\w*) (?:[^\s.,;]+ ){0,4}?"
    r"(?:yapıldı|yapılacak|başladı|başlayacak|sona erdi|sona erecek|gerçekleştirildi"
    r"|gerçekleşti|gerçekleşecek|düzenlendi|düzenlenecek|açıldı|tamamlandı)",
}

# The month words of every language and calendar: a number right before one is the day of
# a date ('Астана 3 мая', 'آستانه ۱۲ مهر'), never the number of a round.
MONTH_WORDS = frozenset(
    [w for words in MONTHS.values() for w in words] + list(_EN_ABBR) + list(JALALI_MONTHS)
)

# --- session 7 (fix9n): capitalised runs that name a body, a state or an act -------------
# Head words of an institution's, a state's or a legal act's name, in the Latin and
# Cyrillic scripts ('General Assembly', 'Генеральная Ассамблея', 'Suriye Arap
# Cumhuriyeti', 'Decree No. 66', 'Kararname'): a run with one is no person. Turkish ones
# are stems that take case and possessive endings.
# The houses that stand for a government ('White House', 'Maison Blanche', 'Белый дом',
# 'Beyaz Saray') are bodies too.
BODY_HEAD_WORDS = _words("""assembly assemblée assemblee ассамблея parliament parlement
    парламент republic république republique республика decree décret decret указ law loi
    закон kingdom royaume королевство emirate emirates émirats эмират house maison дом""")
BODY_HEAD_STEMS = _words("""cumhuriyet kararname krallığ emirlik saray""")
# rules15b: a military or civil rank written before a name ('Albay Hasan Abdulgani', 'Colonel
# Hassan', 'полковника Хасана', 'Général Mazloum', 'Başkan Yurdabak'): cut off the front of
# a capitalised run, as the titles are. Russian ones with their case endings.
_RU_RANKS = _words("""полковник подполковник генерал генерал-майор генерал-лейтенант
    генерал-полковник майор капитан лейтенант сержант маршал адмирал губернатор мэр""")
RANK_WORDS = [
    *_words("""colonel lieutenant-colonel general brigadier brigadier-general major captain
        sergeant marshal field-marshal admiral commodore mayor governor"""),
    *_words("""colonel lieutenant-colonel général generale capitaine commandant maréchal
        sergent amiral maire gouverneur"""),
    *[w + end for w in _RU_RANKS for end in ("", "а", "у", "ом", "е")],
    *_words("""albay yarbay binbaşı yüzbaşı üsteğmen teğmen astsubay çavuş general orgeneral
        korgeneral tümgeneral tuğgeneral mareşal amiral oramiral koramiral tümamiral başkan
        başkanı vali valisi kaymakam"""),
]
# Words that head the name of a command, a unit or an office ('U.S. Central Command',
# 'Pacific Division', 'Palestinian Authority', 'Syrian Presidency'): a capitalised run with
# one names a body, no person (beside BODY_HEAD_WORDS).
UNIT_HEAD_WORDS = _words("""command division brigade battalion regiment corps squadron
    battalions brigades divisions authority presidency directorate headquarters
    commandement brigade bataillon régiment autorité présidence direction état-major
    командование дивизия дивизии бригада бригады батальон батальона штаб
    komutanlığı tümeni tugayı taburu alayı cumhurbaşkanlığı""")
# Capitalised in headlines, never a person's name: words of time and the number sign
# ('Envoys Meet Next Week', 'Decree No 66').
NOT_NAME_TIME_WORDS = _words("""next last week weeks weekend month months year years day days
    today tomorrow yesterday tonight no nos""")
# rules16b: a page's weather bar ('Az Bulutlu 11.9ºC Ankara', 'Partly Cloudy 18°C',
# 'Peu nuageux', 'Переменная облачность'): capitalised words of the sky, never a name.
WEATHER_WORDS = _words("""cloudy partly mostly sunny clear rain rainy showers shower
    snow snowy fog foggy mist overcast drizzle thunderstorm thunderstorms windy
    nuageux nuageuse ensoleillé ensoleille pluie pluvieux averses averse brouillard
    couvert neige orageux éclaircies eclaircies
    облачно облачность пасмурно ясно дождь ливень снег туман гроза переменная малооблачно
    bulutlu güneşli yağmurlu karlı sisli kapalı sağanak parçalı sağanak yağışlı rüzgarlı""")

# --- session 7 (fix9n): a capital named by its country ------------------------------------
# 'the Kazakh capital', 'la capitale kazakhe', 'столица Казахстана', 'العاصمة الكازاخية',
# 'پایتخت قزاقستان', "Kazakistan'ın başkenti": the city the article names without its name.
# Written as in the texts (the place matcher folds and keys them); the Turkish genitive
# ending is cut by the tokenizer, so the bare country is written here.
_CAPITAL_OF = {
    "en": ("{adj} capital", "capital of {country}"),
    "fr": ("capitale {adj_fr}", "capitale {de_fr}"),
    "ru": (
        "столица {country_ru}",
        "столице {country_ru}",
        "столицу {country_ru}",
        "столицы {country_ru}",
        "столицей {country_ru}",
    ),
    "ar": ("العاصمة {adj_ar}",),
    "fa": ("پایتخت {country_fa}",),
    "tr": ("{country_tr} başkenti", "{country_tr} başkentinde", "{country_tr} başkentine"),
}
_CAPITALS = {
    "Astana": {
        "adj": ("Kazakh", "Kazakhstani"),
        "country": ("Kazakhstan",),
        "adj_fr": ("kazakhe", "kazakh", "kazakhstanaise"),
        "de_fr": ("du Kazakhstan",),
        "country_ru": ("Казахстана",),
        "adj_ar": ("الكازاخية", "الكازاخستانية", "الكازاخستاني"),
        "country_fa": ("قزاقستان",),
        "country_tr": ("Kazakistan",),
    },
    "Damascus": {
        "adj": ("Syrian",),
        "country": ("Syria",),
        "adj_fr": ("syrienne",),
        "de_fr": ("de la Syrie", "syrienne"),
        "country_ru": ("Сирии",),
        "adj_ar": ("السورية",),
        "country_fa": ("سوریه",),
        "country_tr": ("Suriye",),
    },
    "Moscow": {
        "adj": ("Russian",),
        "country": ("Russia",),
        "adj_fr": ("russe",),
        "de_fr": ("de la Russie",),
        "country_ru": ("России",),
        "adj_ar": ("الروسية",),
        "country_fa": ("روسیه",),
        "country_tr": ("Rusya",),
    },
    "Tehran": {
        "adj": ("Iranian",),
        "country": ("Iran",),
        "adj_fr": ("iranienne",),
        "de_fr": ("de l'Iran",),
        "country_ru": ("Ирана",),
        "adj_ar": ("الإيرانية",),
        "country_fa": ("ایران",),
        "country_tr": ("İran",),
    },
    "Ankara": {
        "adj": ("Turkish",),
        "country": ("Turkey", "Türkiye"),
        "adj_fr": ("turque",),
        "de_fr": ("de la Turquie",),
        "country_ru": ("Турции",),
        "adj_ar": ("التركية",),
        "country_fa": ("ترکیه",),
        "country_tr": ("Türkiye",),
    },
    # The hosts of the 2025 meetings (t12b, F8: 'العاصمة الفرنسية' for Paris).
    "Paris": {
        "adj": ("French",),
        "country": ("France",),
        "adj_fr": ("française",),
        "de_fr": ("de la France",),
        "country_ru": ("Франции",),
        "adj_ar": ("الفرنسية",),
        "country_fa": ("فرانسه",),
        "country_tr": ("Fransa",),
    },
    "Amman": {
        "adj": ("Jordanian",),
        "country": ("Jordan",),
        "adj_fr": ("jordanienne",),
        "de_fr": ("de la Jordanie",),
        "country_ru": ("Иордании",),
        "adj_ar": ("الأردنية",),
        "country_fa": ("اردن",),
        "country_tr": ("Ürdün",),
    },
}


def _capital_names() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for city, words in _CAPITALS.items():
        forms = out.setdefault(city, [])
        for patterns in _CAPITAL_OF.values():
            for pattern in patterns:
                slot = pattern[pattern.index("{") + 1 : pattern.index("}")]
                forms.extend(pattern.replace("{" + slot + "}", w) for w in words[slot])
    return {city: tuple(dict.fromkeys(forms)) for city, forms in out.items()}


# The city -> its epithets in the six languages.
CAPITAL_EPITHETS = _capital_names()

# French's article before a country's name ('de la Turquie', 'du Kazakhstan', "de l'Iran").
_FRENCH_ARTICLE = re.compile(r"^(?:de la |de l'|du |des |de )")


def country_names() -> dict[str, tuple[str, ...]]:
    """Each capital (the key of _CAPITALS) -> its country's names and adjectives in the
    six languages as the table holds them ('Turkey', 'Türkiye', 'Turquie', 'Турции',
    'ترکیه', 'turque'), the French without its article."""
    return {
        city: tuple(
            dict.fromkeys(_FRENCH_ARTICLE.sub("", f) for forms in words.values() for f in forms)
        )
        for city, words in _CAPITALS.items()
    }


# --- session 7 (fix9n): a plan called off ---------------------------------------------------
# A date the sentence gives as what was planned ('the vote was to be held on 15 September',
# 'сначала голосование собирались провести 15 сентября', 'كانت مقررة في 15 أيلول') in a
# sentence that moves or cancels it (DATE_MOVED, CALLED_OFF) is a plan given up: labelled
# (LABELLING.md keeps postponed events at their planned date) but not a record to create by
# default. Regular expressions, matched on folded text before the date.
PLANNED_BEFORE = {
    # The plan as a participle ('planned for', 'set for') or a past obligation ('was to be
    # held on'), as a noun with its verb ('the plan to meet on', 'le projet de se réunir le',
    # 'план провести встречу'), or an expectation ('expected on', 'من المنتظر').
    "en": r"originally|initially|(?:planned|scheduled|set|slated|due|expected|intended)"
    r"(?: to (?:be held|take place|open|start|begin)\w*)? (?:for|on|in|from|between)"
    r"|(?:was|were) to (?:be held|take place|open|start|begin)(?: \w+)?(?: on| in| from)?"
    r"|(?:plans?|intention|proposal) to \w+(?: \w+){0,3}? (?:on|in|for|from)",
    "fr": r"initialement|d'abord|(?:prévu|programmé|fixé|envisagé|annoncé|attendu)e?s?"
    r" (?:le|pour|du|les|entre|en)"
    r"|devai(?:t|ent) (?:se tenir|avoir lieu|débuter|commencer|s'ouvrir)(?: le| du| les| en)?"
    r"|(?:projet|intention|proposition) de (?:se )?\w+(?: \w+){0,3}? (?:le|les|du|en|pour)",
    "ru": r"собирал\w*|планировал\w*|намечал\w*|намечен\w*|запланирован\w*|предполагал\w*"
    r"|намерева\w*|первоначально|сначала|изначально|план\w* (?:провести|встретиться)"
    r"|должн\w+ был\w* (?:пройти|состояться|начаться|открыться)",
    "ar": r"(?:كان|كانت) (?:من )?(?:ال)?(?:مقرر|مقرره|مقررا|مزمع|مزمعه|مزمعا|مفترض|منتظر|متوقع)"
    r"|(?:كان|كانت) يفترض|(?:ال)?(?:مقرر|مقرره|مزمع|مزمعه|مرتقب|مرتقبه|مخطط|مخططه)(?= (?:في|يوم|ل))"
    r"|سابقا|اصلا",
    "fa": r"قرار بود|پيش از اين|ابتدا|در ابتدا|برنامه[\u200c ]?ريزي[\u200c ]?شده(?: براي)?",
    "tr": r"planlanan|öngörülen|başlangıçta|ilk olarak|yapılması beklenen",
}
# Turkish and Persian put the plan after the date ("15 Eylül'de yapılması planlanan", "5
# Mayıs'ta yapılacak toplantı", "نشستی که ۵ مه برگزار می‌شد", "که برای ۵ مه برنامه‌ریزی
# شده بود"); a Turkish future participle plans only as an attribute (a noun follows it:
# "Ertelenen toplantı 5 Mayıs'ta yapılacak." is the new date).
PLANNED_AFTER = {
    "tr": r"\s+(?:\S+\s+){0,2}?(?:planlanan|öngörülen|kararlaştırılan|beklen\w*"
    r"|\w+(?:acak|ecek)\s+(?!ve\s|ancak\s|ama\s)\w)",
    "fa": r"\s+(?:\S+\s+){0,2}?(?:برنامه[\u200c ]?ريزي[\u200c ]?شده\s+بود|قرار بود|"
    r"بايد\s+(?:\S+\s+)?مي[\u200c ]?شد|پيش[\u200c ]?بيني[\u200c ]?شده\s+بود)",
}
# rules16: the day a proposal was for ('Russia had proposed in May that the next round be
# held on 14 June', 'a proposé que le prochain round se tienne le 14 juin', 'предложила
# провести следующий раунд 14 июня', 'اقترحت أن تعقد الجولة المقبلة في 14 حزيران', 'پیشنهاد
# کرد که دور بعدی در ۱۴ ژوئن برگزار شود', "bir sonraki turun 14 Haziran'da yapılmasını
# önerdi"): a plan, whatever tense tells the proposal, never a day held by default. The
# verb of proposing, then what opens its content between the verb and the day; Turkish
# puts the day first, in a verbal noun of the accusative that the verb then governs
# (PROPOSED_AFTER).
PROPOSING = {
    "en": r"propos\w*|suggest\w*",
    "fr": r"propos\w*|suggér\w*|sugger\w*",
    "ru": r"предлага\w*|предлож\w*",
    "ar": r"اقترح\w*|(?:ي|ت)قترح\w*",
    "fa": r"پيشنهاد",
}
PROPOSAL_OPENS = {
    "en": r"that|for|holding|to hold",
    "fr": r"que|qu|pour|de tenir|la tenue",
    "ru": r"что|чтобы|провести|на",
    "ar": r"ان|عقد|ل",
    "fa": r"که|كه|براي|برگزاري",
}
PROPOSED_AFTER = {
    "tr": r"['’]?\w*\s+(?:\S+\s+){0,2}?\w+m[ae]s[ıi]n[ıi]\s+(?:[^\s,;.]+\s+){0,5}?öner\w*",
}

# rules13e: the words that make a date the new day of a move ('postponed to Monday',
# 'reporté à lundi', 'перенесли на понедельник', 'أُجّل إلى الاثنين', 'به دوشنبه موکول شد'),
# just before it, folded; Turkish puts a dative ending on it instead ("Pazartesi gününe",
# "19 Ocak'a"), MOVED_TO_ENDING. A date of a moving sentence that is none of these is the
# day given up: the gathering did not happen then.
MOVED_TO_BEFORE = {
    "en": r"(?:to|until|till|for)(?:\s+(?:on|the))?",
    "fr": r"(?:à|au|aux|jusqu'à|jusqu'au|pour)(?:\s+(?:le|la))?",
    "ru": r"(?:на|до)",
    "ar": r"(?:الى|إلى|حتى)(?:\s+(?:يوم|غد))?",
    "fa": r"(?:به|تا|براي)(?:\s+روز)?",
    "tr": r"(?!)",
}
# A Turkish word ending in a dative case ('gününe', "Ocak'a", 'Pazartesiye').
MOVED_TO_ENDING = r"(?:['’][yn]?|[yn])[ae]\Z"
CALLED_OFF = {
    "en": r"cancel\w*|called off|scrapped",
    "fr": r"annul\w*",
    "ru": r"отмен\w*",
    "ar": r"الغا\w*|الغي\w*|الغيت",
    "fa": r"لغو",
    "tr": r"iptal",
}

# --- session 7 (rules9h): placing a year-less day -------------------------------------------
# The words of LAST_AFTER_DAY that put a day back ('le 8 décembre dernier', '8 كانون الاول
# الماضي'): last year's occurrence when this year's is still ahead.
LAST_WITH_DAY = {
    "ar": ["الماضي", "المنصرم"],
    "fr": ["dernier"],
    "fa": ["گذشته"],
}
# 'last year' after a day, beside the forms of RELATIVE: '2 октября прошлого года'.
LAST_YEAR_AFTER_DAY = {
    "ru": ["прошлого года", "минувшего года", "предыдущего года"],
    "tr": ["geçen yılın", "geçtiğimiz yılın"],
}
# A past before another past (the pluperfect), in folded spelling: the clause looks back
# from a past point, and a year-less day in it is not one still ahead ('La précédente
# résolution avait été adoptée le 10 janvier' in an article of December).
PLUPERFECT = {
    "en": r"had\s+(?:already\s+|been\s+)*\w+(?:ed|en|wn|ne|ld|et|ot|ught|un)",
    "fr": r"(?:avait|avaient|s'était|s'étaient)\s+(?:déjà\s+)?(?:été\s+)?\w+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|ert|erte)",  # noqa: E501
    "tr": r"\w+m[ıiuü]şt[ıiuü]\w*",
    "ar": r"(?:و|ف)?(?:كان|كانت|كانوا)(?:\s+\S+){0,3}?\s+قد",
    "fa": r"\w+ه\s+بود(?:ند)?",
}
# 'The previous' just before a day (folded spelling): what it dates is behind ('الاجتماع
# السابق في 20 آذار', 'the previous meeting, on 20 March', 'bir önceki toplantı 20 Mart'ta').
PREVIOUS_BEFORE_DAY = {
    "en": r"previous|preceding",
    "fr": r"précédente?s?",
    "ru": r"предыдущ\w*|прошл\w*",
    "tr": r"önceki",
    "ar": r"(?:ال)?سابق\w*|(?:ال)?فائت\w*",
    "fa": r"قبلي|پيشين",
}


# --- session 7 (rules9i): start points and happenings outside the process ----------------
# Words that make a date the start of a state ('the war that has torn Syria since 2011'):
# before the date, or after it in Turkish ('2011'den beri'). 'from', 'as of', 'à partir
# de', 'начиная с', 'itibaren' are left out: they give the day a measure takes effect.
START_BEFORE = {
    "en": r"since|ever since",
    "fr": r"depuis",
    "ru": r"с|со",
    "ar": r"منذ|ومنذ",
    "fa": r"از",
    "tr": r"(?!)",
}
START_AFTER = {"tr": r"beri|bu yana"}
# rules15: an office or a term right before a 'since' (START_BEFORE), with up to three words
# between ('the UN envoy for Syria since 2019', 'émissaire de l'ONU depuis 2019', 'пост
# министра иностранных дел с июня 2023 года', 'المبعوث الأممي منذ عام 2019', 'فرستاده
# سازمان ملل از سال ۲۰۱۹'): the date begins a tenure, no happening. Turkish puts the office
# after the date ("2019'dan bu yana BM temsilcisi olan"), which START_AFTER already reads.
TENURE_OFFICE = {
    "en": r"envoys?|ministers?|president|secretary[- ]general|chief|head|chair(?:man|woman|person)?|ambassador|spokes(?:man|woman|person)|leader|commander|representative|mediator|coordinator|in office|in power|at the helm|in (?:his|her|the|that) (?:post|role|job|position)",  # noqa: E501
    "fr": r"émissaire|envoyée?|ministre|présidente?|secrétaire général|chef|ambassadeur|ambassadrice|porte-parole|représentante?|médiat(?:eur|rice)|dirigeant|en poste|en fonctions?|au pouvoir",  # noqa: E501
    "ru": r"(?:спец)?посланник\w*|министр\w*|президент\w*|генсек\w*|секретар\w*|глав\w*|председател\w*|посл[аоу]\w*|представител\w*|постпред\w*|пост\w*|должност\w*|у власти",  # noqa: E501
    "ar": r"(?:ال)?مبعوث\w*|(?:ال)?وزير|(?:ال)?رئيس|(?:ال)?امين العام|(?:ال)?سفير|(?:ال)?ممثل|(?:ال)?متحدث|منصب\w*|(?:في )?السلطه|(?:في )?الحكم",  # noqa: E501
    "fa": r"فرستاده|نماينده|وزير|رييس|رئيس|دبيركل|سفير|سخنگو|سمت|قدرت",
}
# Happenings that are not steps of the process (LABELLING.md R1): fighting, offensives,
# strikes, violence and killings, and people driven from their homes. A date whose nearest
# event word is one of these dates the war, not the talks. A ruler who fled is the fall
# (U1): 'fled', 'a fui', 'бежал' are left out.
CONFLICT_WORDS = {
    "en": r"clash\w*|fighting|offensive|attacks?|attacked|air ?strikes?|shelling|battles?|bombard\w*|displaced|violence|killings?|massacres?",  # noqa: E501
    "fr": r"combats?|affrontements?|offensive|attaques?|frappes?|bombardements?|bataille|déplacés?|violences?|tueries?|massacres?",  # noqa: E501
    "ru": r"бои|боев|боёв|боях|столкновени\w*|наступлени\w*|атак\w*|обстрел\w*|бомбардировк\w*|авиаудар\w*|беженц\w*|насили\w*|убийств\w*|резн\w*",  # noqa: E501
    "ar": r"اشتباكات|معارك|معركه|هجوم|الهجوم|هجمات|غارات|قصف|نزوح|نزح\w*|(?:ال)?عنف|(?:ال)?مجازر|(?:ال)?مجزره|عمليات (?:ال)?قتل",  # noqa: E501
    "fa": r"درگيري\w*|حمله\w*|حملات|تهاجم\w*|بمباران\w*|نبرد\w*|آواره\w*|خشونت\w*|كشتار\w*",
    "tr": r"çatışma\w*|saldırı\w*|taarruz\w*|bombardıman\w*|terk etmek zorunda|göç etmek zorunda|şiddet\w*|katliam\w*",  # noqa: E501
}
# Words before a conflict word that make it the background of the happening ('took effect
# after weeks of fighting', 'malgré les combats'); Turkish puts them after ('çatışmalara
# rağmen', 'saldırıdan sonra').
CONFLICT_BACKGROUND_BEFORE = {
    "en": r"after|despite|amid|following|since|against|end|halt|stop",
    "fr": r"après|malgré|depuis|contre|fin|arrêt|cessation",
    "ru": r"после|несмотря на|на фоне|против|прекращени\w*|остановк\w*",
    "ar": r"بعد|رغم|برغم|وسط|ضد|وقف|انهاء|لوقف",
    "fa": r"پس از|بعد از|با وجود|عليرغم|عليه|توقف|پايان",
    "tr": r"(?!)",
}
CONFLICT_BACKGROUND_AFTER = {"tr": r"rağmen|sonra|sonrası\w*|karşı|durdur\w*|son ver\w*"}
# The offensive that toppled the government is the fall itself (LABELLING.md U1): a clause
# that names the fall is not the war's date. So is one that took the capital ('entered
# Damascus', 'вошли в Дамаск', 'دخلت دمشق').
FALL_WORDS = {
    "en": r"toppl\w*|oust\w*|overthr\w*|fall of|fell|drove \w+ from power|from power|(?:entered|took|seized|captured) damascus",  # noqa: E501
    "fr": r"chute|renvers\w*|tomb\w*|chass\w* du pouvoir|entr\w* (?:à|dans) damas|pris damas|prise de damas",  # noqa: E501
    "ru": r"свергн\w*|сверже\w*|сверг\w*|падени\w*|пал\w*|(?:вошл\w*|вош[её]л|вступил\w*) в дамаск|(?:взял\w*|захватил\w*) дамаск",  # noqa: E501
    "ar": r"اطاح\w*|اسقاط|سقوط|ابعاد|عن السلطه|(?:دخل\w*|سيطر\w* على) (?:الى )?(?:العاصمه )?دمشق",
    "fa": r"سقوط|سرنگون\w*|بركنار\w*|وارد دمشق|تصرف دمشق",
    "tr": r"devril\w*|devir\w*|düşüş\w*|düştü\w*|iktidardan|şam'\w* gir\w*|şam'ı (?:ele geçir|al)\w*",  # noqa: E501
}
_ZWNJ = "[\u200c ]?"
# Happenings told without the usual event noun (LABELLING.md R1), by kind: an envoy who
# steps down, the end of a ruler's rule (U1), delegations that sit down at the table or
# see each other, a halt to military activity that a ceasefire brings.
EVENT_PHRASES = {
    "milestone": {
        "en": r"step(?:s|ped|ping)? down|end of (?:the |his |its )?(?:[\w'’-]+ ){0,3}rule|ended (?:the |his |its )?(?:[\w'’-]+ ){0,3}rule",  # noqa: E501
        "fr": r"quitt\w* ses fonctions|fin du (?:régime|règne)",
        "ru": r"покида\w* (?:свой )?пост|покинет (?:свой )?пост|конец правлени\w*|конца правлени\w*",  # noqa: E501
        "ar": r"يتنحى|تنحى|سيتنحى|(?:ال)?تنحي|نهايه حكم",
        "fa": rf"كناره{_ZWNJ}گيري|پايان حكومت",
        "tr": r"görevi\w* bırak\w*|rejimin\w* sonu|iktidarının sonu",
    },
    # rules17: sitting down with someone, side by side or face to face, is meeting them.
    "meeting": {
        "en": r"(?:sit|sits|sat|sitting) down (?:with|together|at the (?:negotiating )?table)|at the negotiating table",  # noqa: E501
        "fr": r"se sont vus|s'étaient vus|se verront|autour de la table|à la table des négociations|pris place (?:côte à côte|ensemble|les uns (?:à côté|en face) des autres)",  # noqa: E501
        "ru": r"виделись|увиделись|увидятся|за столом переговоров|за стол переговоров|сел\w* (?:рядом|друг напротив друга|вместе)|сяд\w* (?:рядом|друг напротив друга|вместе)",  # noqa: E501
        "ar": r"طاوله (?:ال)?مفاوضات|جلس\w* (?:\w+ )?مع",
        "fa": rf"پشت ميز مذاكره|(?:روبه{_ZWNJ}روي|كنار|مقابل) (?:هم|يكديگر) (?:نشست|مي{_ZWNJ}نشين)\w*",  # noqa: E501
        "tr": r"masaya otur\w*|masada\w* (?:buluş|otur)\w*",
    },
    "ceasefire": {
        "en": r"halt (?:to )?(?:all )?military (?:activity|activities|operations)",
        "fr": r"arrêt des (?:activités|opérations) militaires|cessation des (?:activités|opérations) militaires",  # noqa: E501
        "ru": r"прекращени\w* (?:всех )?(?:боевых|военных) действий",
        "ar": r"وقف (?:جميع |كافه )?(?:ال)?(?:عمليات|انشطه|اعمال) (?:ال)?عسكريه",
        "fa": rf"توقف (?:همه )?(?:عمليات|فعاليت{_ZWNJ}هاي) نظامي",
        "tr": r"askeri faaliyet\w* son ver\w*",
    },
}

# --- Session 7 blind batches (issue 9, rules9j) --------------------------------------------
# Military ranks and the head of government before a name ('العقيد رياض ...', 'سرهنگ ...',
# '... نخست‌وزیر').
NAME_TITLES["ar"] += _words("العقيد والعقيد العماد")
NAME_TITLES["fa"] += _words("نخست‌وزیر سرهنگ سردار")
# rules15b: the other ranks of both armies' ladders, and a governor.
NAME_TITLES["ar"] += _words("المقدم الرائد النقيب الملازم الفريق المشير المحافظ")
NAME_TITLES["fa"] += _words("سرتیپ سپهبد ارتشبد سرگرد سروان ستوان دریادار استاندار")
# Words that announce the people who attend, a list of names after them ('بحضور X وY',
# 'ستة من أعضاء اللجنة هم: X، Y، وZ', 'با حضور X و Y'): each a tuple of words, a final
# ':' meaning the colon must follow.
LIST_CUES = {
    "ar": ["بحضور", "وبحضور", "بمشاركة", "وبمشاركة", "هم :", "وهم :", "منهم :", "بينهم :"],
    "fa": ["با حضور", "با شرکت", "با مشارکت"],
}
# Before a name and the title after it in a list ('با فؤاد حسین وزیر خارجه، ... و عبداللطیف
# رشید رئیس‌جمهور'): 'with' and 'and' written apart.
FA_LIST_OPENERS = ["با", "و"]

# --- session 8 (fix9s): bodies, events and function words read as people ------------------
# The head words of an Arabic-named group in transcription ('Jaish al-Islam', 'Jabhat
# al-Nusra', 'Harakat Nour al-Din al-Zenki', 'Hizb ut-Tahrir', 'Liwa al-Quds', 'Faylaq
# al-Rahman': army, front, movement, party, brigade, corps, battalion, liberation), and a
# department named by its work ('Peace Operations', 'Peacebuilding Affairs').
BODY_HEAD_WORDS += _words("""jaish jaysh jabhat jabhet harakat hizb liwa liwaa faylaq
    katibat tahrir operations peacekeeping peacebuilding""")
# Capitalised words of a named war or era, never a person's ('Seconde Guerre mondiale',
# 'the Second World War', 'Вторая мировая война', 'İkinci Dünya Savaşı'): wars and
# ordinal numbers.
EVENT_NAME_WORDS = _words("""war wars world guerre guerres mondiale premier première
    second seconde deuxième troisième война войны войне мировая мировой первая вторая
    savaş savaşı birinci ikinci""")
# Arabic and Persian prepositions (and nouns used as ones: 'دون', without; 'حول', about):
# the word after one is its object, not the name of the title before it ('عزل الرئيس من
# صلاحيات مجلس الشعب', 'الرئيس من دون رئيس للوزراء').
NAME_PREPOSITIONS = {
    "ar": _words("""في من على إلى الى عن مع دون بدون بين لدى عبر حول منذ ضد نحو عند ضمن
        خلال"""),
    "fa": _words("""در از با به برای بر تا بدون درباره"""),
}
NOT_NAME_WORDS["ar"] += _words("دون بدون حول منذ ضد نحو عند ضمن")
# t13a (finding 7): a preposition with a pronoun written onto it ('عليها', on it; 'إليه',
# to him; 'معهم', with them) is no name after a title ('ووقع الرئيس عليها'). Folded.
AR_PREPOSITION_PRONOUN = (
    r"(?:و|ف)?(?:علي|الي|في|من|عن|مع|ل|ب|لدي|بين|عند|حول|ضد|نحو)(?:ه|ها|هم|هما|هن|كم|كما|نا)"
)
NOT_NAME_WORDS["fa"] += _words("بدون درباره")
# A country's own body named like an international one: a national qualifier right
# before the body's name ('the National Security Council', 'Совет национальной
# безопасности', 'Milli Güvenlik Kurulu') or right after it ('مجلس الأمن القومي',
# 'شورای امنیت ملی', 'le Conseil de sécurité nationale').
NATIONAL_BEFORE = {
    "en": r"national",
    "ru": r"национальн\w*",
    "tr": r"milli|ulusal",
}
NATIONAL_AFTER = {
    "fr": r"nationale?s?",
    "ar": r"(?:ال)?(?:قومي|وطني)(?:ه|ة)?",
    "fa": r"ملی|ملي",
}

# --- session 12 (rules12d): a state named only to say where ---------------------------------
# A country word that qualifies a place noun names the place, not a party: 'the French
# capital', "Qatar's capital Doha", 'the Russian city of Sochi', 'la capitale française',
# 'capitale de la France', 'французская столица', 'в столице Франции', 'العاصمة الفرنسية',
# 'مدينة سوتشي الروسية', 'پایتخت فرانسه', 'شهر سوچی روسیه', "Fransa'nın başkenti",
# "Rusya'nın Soçi kentinde" (outside tester t12b, F8: France ticked as a party of a
# meeting held in Paris). Regular expressions, folded; the place noun before the country
# word (one name may stand between in Arabic and Persian), or after it (people.py puts the
# space and a Turkish case ending between).
PLACE_NOUN_BEFORE = {
    "en": r"(?:capital|city|town|resort|port)(?: of)?(?: the)?",
    "fr": r"(?:capitale|ville|cité|station balnéaire)(?: de la| de l'| du| des| de| d')?",
    "ru": r"(?:столиц|город|курорт)\w*",
    "ar": r"(?:ال)?(?:عاصمة|مدينة|منتجع)(?: [^\s]+)?",
    "fa": r"(?:پایتخت|شهر|بندر)(?: [^\s]+)?",
}
PLACE_NOUN_AFTER = {
    "en": r"capital|city|town|resort|port",
    "ru": r"(?:столиц|город|курорт)\w*",
    "tr": r"(?:[^\s]+\s+)?(?:başkent|kent|şehr|şehir)\w*",
}

# --- session 14 (rules14a): a capital as the subject of its clause -----------------------
# A capital that does something ('Washington circulated the draft on 3 November', 'Moscou a
# rejeté', 'Анкара заявила', 'أعلنت موسكو', 'تهران اعلام کرد', 'Ankara açıkladı') stands for
# its government, and is not where the clause's happening took place; 'Moscow hosted the
# talks', 'accueille', 'примет', 'استضافت', 'میزبان', 'ev sahipliği yaptı' are the place's.
# Regular expressions, folded.
# What may stand between the clause's start and its subject: a conjunction.
SUBJECT_OPENS = {
    "en": r"and|but|while|whereas|as|that|so|yet|then|meanwhile|though|although|because|when",
    "fr": r"et|mais|alors que|tandis que|que|qu'|puis|car|lorsque|quand|comme|si",
    "ru": r"и|но|а|что|как|когда|однако|причем|ведь",
    "ar": r"ان|لكن|بينما|حيث|كما|ثم|اذ|و|ف",
    "fa": r"و|اما|ولي|ولی|كه|که|چون|زيرا",
    "tr": r"ve|ama|ancak|fakat|oysa",
}
# A 'that' opening a clause of its own anywhere ('said that Moscow would sign ...').
SUBJECT_THAT = {
    "en": r"that",
    "fr": r"que|qu'",
    "ru": r"что",
    "ar": r"ان",
    "fa": r"كه|که",
}
# A verb (or what opens one) just after a subject of the languages that put it second; a
# possessive ("Washington's draft") is the government's too.
SUBJECT_VERB_AFTER = {
    "en": r"(?:(?:also|then|later|again|already|now|officially|reportedly|publicly|quickly)\s+)*"
    r"(?:has|have|had|will|would|is|was|did|does|could|can|should|must|may|might|\w{3,}ed|said|"
    r"says|told|tells|sent|sends|put|made|makes|took|takes|gave|gives|wants|insists|rejects|"
    r"accuses|warns|urges|calls|denies|announces|hopes|plans|seeks|backs|supports|demands|"
    r"proposes|believes|considers|expects|refuses|welcomes|condemns|threatens|argues|sees)",
    "fr": r"(?:(?:ne|n'|aussi|alors|déjà|également|officiellement)\s*)*"
    r"(?:a|avait|aura|aurait|ont|va|doit|veut|est|était|sera|serait|s'est|se|l'a|les|lui|leur|"
    r"y|en|vient|entend|compte|souhaite|estime|annonce|affirme|dénonce|propose|rejette|appelle|"
    r"exige|refuse|accuse|salue|menace|juge|assure|insiste|réclame|condamne|dit|répond|"
    r"considère|soutient|espère|prévoit|plaide|fait|a-t-elle|a-t-il)",
    "ru": r"(?:(?:не|уже|также|тоже|вновь|снова|официально|ранее)\s+)*"
    r"(?:будет|\w{2,}(?:ла|ли|ло|ал|ил|ел|ет|ит|ют|ят|ут)(?:сь|ся)?)",
    "ar": r"(?:(?:قد|لا|لم|لن)\s+)?س?ت\w{2,}",
}
# A verb just before a subject in Arabic, whose clause may open with its verb: a capital
# takes the feminine.
SUBJECT_VERB_BEFORE = {
    "ar": r"[وف]?(?:أعلنت|قالت|أكدت|وزعت|رفضت|دعت|طالبت|اتهمت|أرسلت|قدمت|اقترحت|نفت|حذرت|"
    r"رحبت|اعتبرت|أبلغت|هددت|عرضت|سلمت|أعربت|بعثت|شددت|نشرت|أدانت|ردت|اعترضت|أبدت|أصدرت|"
    r"طرحت|أوضحت|ذكرت|كشفت|وقعت|أبرمت|تقول|ترفض|تريد|تدعو|تؤكد|تعتبر|تطالب|تتهم|تحذر|ترحب|تنفي|تقترح|"
    r"تسعى|ستقدم|ستعلن)",
}
# What makes the capital the host after all, in the capital's clause.
HOSTS = {
    "en": r"host\w*|venue|saw|sees|will see|held|holds|will hold|convened?|"
    r"welcomed (?:the )?(?:talks|delegations|participants|summit|meeting)",
    "fr": r"accueill\w*|accueil|hôte|abrit\w*|a vu|voit|verra|a tenu|tiendra|organis\w*",
    "ru": r"принима\w*|примет|примут|приняла|принял(?=\s+(?:у себя|переговор|встреч|раунд|саммит|"
    r"конференц|делегац|участник))|увидел\w*|мест\w*|площадк\w*|организ\w*|провел\w*|проведет",
    "ar": r"استضاف\w*|تستضيف|يستضيف|ستستضيف|تشهد|شهدت|ستشهد|احتضن\w*|تحتضن|ستحتضن|مقر|نظمت|"
    r"تنظم|ستنظم",
    "fa": r"ميزبان\w*|میزبان\w*|برگزار\w*|شاهد",
    "tr": r"ev sahipliğ\w*|sahne ol\w*|tanık ol\w*|düzenle\w*|toplan\w*",
}

# --- session 14 (rules14a): a press report citing its source ---------------------------
# 'Al-Watan reported on Sunday, citing Arab sources, that the envoy will arrive on Tuesday',
# 'ونقلت صحيفة الوطن، اليوم الأحد، عن مصادر عربية قولها إن ...': the day between the
# report's verb and its source is the report's, not the day of what it reports (corpus13,
# ar-076). Regular expressions, folded.
REPORT_VERBS = {
    "en": r"reported|reports|quoted|wrote|writes",
    "fr": r"a rapporté|rapporte|rapportait|a écrit|écrit",
    "ru": r"сообщил\w*|сообщает|сообщают|переда[её]т|передал\w*|пишет|написал\w*|цитиру\w*",
    "ar": r"نقلت|نقل|ذكرت|ذكر|أفادت|أفاد|أوردت|أورد|كتبت",
    "fa": r"گزارش داد|گزارش کرد|نوشت|خبر داد",
    "tr": r"bildirdi|aktardı|yazdı|haber verdi",
}
# The source a report cites: other outlets or sources, not the outlet's own attribution of
# every line ('به گزارش ایرنا', 'according to the agency').
CITES_SOURCE = {
    "en": r"citing|quoting|quoted by",
    "fr": r"citant|citée? par|de sources?|des sources",
    "ru": r"со ссылкой на|ссылаясь на|источник\w*",
    "ar": r"عن مصادر|عن مصدر|نقلا عن",
    "fa": r"به نقل از|منابع",
    "tr": r"kaynaklar\w* dayandır\w*|kaynağa dayandır\w*|kaynaklar\w*",
}

# --- session 14 (rules14a): anniversaries ----------------------------------------------
# 'the first anniversary of the fall of Assad on 8 December', 'le premier anniversaire',
# 'первую годовщину', 'الذكرى السنوية الأولى', 'نخستین سالگرد', 'birinci yıl dönümü': the day
# is the original happening's, years before; the day it is marked is no happening of its
# own. Regular expressions, folded.
ANNIVERSARY = {
    "en": r"anniversary",
    "fr": r"anniversaire",
    "ru": r"годовщин\w*",
    "ar": r"(?:ال)?ذكرى",
    "fa": r"سالگرد\w*",
    "tr": r"yıl ?dönüm\w*",
}
# A number of years written with digits beside the cue: '5th', '5e', '5-ю', '5.', '۵مین'.
ANNIVERSARY_NUMBER = r"(\d{1,2})(?:st|nd|rd|th|e|ème|er|-?[яйюе]|\.|مین|'?[ıiuü]nc[ıiuü])?"

# --- session 14 (rules14a): photo captions -----------------------------------------------
# A photo's credit ('(AP Photo/…)', 'Photo: Reuters', 'Фото: ТАСС', 'صورة: …', 'عکس: …',
# 'Fotoğraf: AA') marks its line as a caption: it repeats what the story tells (or shows an
# older scene, 'file photo'), never a happening of its own. Regular expressions, folded.
CAPTION_MARKS = {
    "en": r"\([^)]*\bphoto\b[^)]*\)|(?<![\w])(?:file )?photos?\s*:|"
    r"(?<![\w])photo by\b|\[getty\]|getty images",
    "fr": r"(?<![\w])photos?\s*:|\([^)]*\bphoto\b[^)]*\)|"
    r"photo d'archives",
    "ru": r"(?<![\w])фото\s*:|\(фото\b|фото из архива",
    "ar": r"(?<![\w])(?:ال)?صور[ةه]\s*:|\((?:ال)?صور[ةه]\b|صور[ةه] ارشيفي[ةه]",
    "fa": r"(?<![\w])(?:عکس|عكس)\s*:|\((?:عکس|عكس)\b|عکس از|عكس از|عکس آرشیوی",
    "tr": r"(?<![\w])(?:fotoğraf|foto)\s*:|\((?:fotoğraf|foto)\b|arşiv fotoğraf\w*",
}

# --- session 14 (rules14d): a body or a person named for something else -------------------
# A body named as the author of a numbered document ('la résolution 2254 du Conseil de
# sécurité', "the Security Council's resolution 2254", 'резолюция 2254 СБ ООН', 'قرار مجلس
# الأمن 2254', 'قطعنامه 2254 شورای امنیت', "BMGK'nin 2254 sayılı kararı") is that document's,
# not a party to the sentence's happening (outside tester t14b, 5: the Council, named for
# resolution 2254, picked a Council statement as the citation of Astana 1).
AUTHOR_BEFORE = {
    "en": r"(?:resolution|res\.)(?: no\.)? \d{3,4}(?: \(\d{4}\))?(?: of| by)?(?: the)?",
    "fr": r"r[ée]solution(?: n°)? \d{3,4}(?: \(\d{4}\))?(?: du| de la| de l'| des| de)?",
    "ru": r"резолюци\w*(?: №)? \d{3,4}(?: \(\d{4}\))?",
    "ar": r"(?:ال)?قرار(?: رقم)? \d{3,4}(?: ل| الصادر عن)?",
    "fa": r"قطعنامه(?: شماره)? \d{3,4}",
    "tr": r"\d{3,4} sayılı (?:karar\w*)",
}
AUTHOR_AFTER = {
    "en": r"resolution \d{3,4}",
    "fr": r"(?:n° )?\d{3,4}",
    "ru": r"(?:№ )?\d{3,4}",
    "ar": r"(?:رقم |الدولي |الدولي رقم )?\d{3,4}",
    "fa": r"(?:به شماره |شماره )?\d{3,4}",
    "tr": r"\d{3,4} sayılı",
}
# A body named only as the place of a gathering ('on the sidelines of the UN General
# Assembly', 'au siège de l'ONU', 'на полях Генассамблеи ООН', 'على هامش الجمعية العامة
# للأمم المتحدة', 'در حاشیه مجمع عمومی سازمان ملل', 'BM Genel Kurulu marjında'; outside tester
# t14a, 10): where they met, not who met.
VENUE_BEFORE = {
    "en": r"(?:general assembly|headquarters|sidelines) of(?: the)?",
    "fr": r"(?:assemblée générale|siège|marge)(?: de la| de l'| des| du| de)?",
    "ru": r"(?:генеральн\w* ассамбле\w*|генассамбле\w*|штаб-квартир\w*)",
    "ar": r"(?:ال)?(?:جمعيه (?:ال)?عامه|مقر)(?: ل)?",
    "fa": r"(?:مجمع عمومی|مقر|ساختمان)",
}
VENUE_AFTER = {
    "en": r"general assembly|headquarters|hq",
    "fr": r"(?!)",
    "tr": r"genel kurul\w*|merkez binası\w*|genel merkez\w*",
}
# A person named as the holder of what is discussed ('discussed al-Sharaa's government',
# 'le gouvernement d'Ahmed al-Charaa', 'правительство аш-Шараа', 'حكومة أحمد الشرع', 'دولت
# احمد شرع', "Şara hükümeti"; outside tester t14a, 10): his government, not he, is named.
RULED_BY_BEFORE = {
    "en": r"(?:government|administration|regime|cabinet) of",
    "fr": r"(?:gouvernement|administration|régime|cabinet) d[eu']?",
    # Not a title's own noun ('رئيس الحكومة أحمد ...', 'رئیس دولت ...'); Russian is left
    # out: 'премьер временного правительства Ахмад Тома' is a title, and only the case of
    # the name ('правительство Ахмада Томы') would tell them apart.
    "ar": r"(?<!رئيس )(?<!رئيسه )(?<!وزير )(?:ال)?(?:حكومه|اداره|نظام)",
    "fa": r"(?<!رئیس )(?<!عضو )(?<!وزیر )(?:دولت|حکومت|رژیم|کابینه)",
}
RULED_BY_AFTER = {
    "en": r"government|administration|regime|cabinet",
    "tr": r"(?:hükümet|yönetim|rejim|kabine)\w*",
}

# --- session 8 (fix9s): the Transition track named by its own acts ----------------------
# The track of the record since the fall of the government on 8 December 2024
# (seeds/reference.json): a dated sentence of that time names it by its bodies, acts and
# votes (the People's Assembly and its elections, the constitutional declaration, decrees,
# the transitional or new government, the national dialogue) or by the Security Council's
# action, which the record files under it too. Before that day the same words are other
# tracks' (the Geneva Communiqué's 'transitional governing body', the 2018 Sochi dialogue).
TRANSITION_SINCE = date(2024, 12, 8)
TRANSITION_CUES = {
    "en": r"people'?s assembly|(?:parliamentary|legislative) elections?|electoral (?:law|decree|"
    r"system|committee|commission|college)s?|constitutional declaration|transitional "
    r"(?:government|period|phase|president|presidency|authorities|justice|parliament|"
    r"legislature|cabinet)|interim (?:government|president|authorities)|caretaker "
    r"(?:government|cabinet)|new (?:syrian )?(?:authorities|government|administration)|"
    r"national dialogue|decrees?",
    "fr": r"assemblée du peuple|(?:élections?|scrutin) (?:législati\w+|parlementaires?)|"
    r"déclaration constitutionnelle|(?:gouvernement|période|phase|président|autorités|"
    r"justice|cabinet) (?:de transition|transitoire|intérimaire|par intérim)|nouvelles? "
    r"(?:autorités|gouvernement|pouvoir)|nouveau (?:gouvernement|pouvoir)|dialogue national|"
    r"décrets?|decrets?",
    "ru": r"народн\w* (?:совет|собрани)\w*|(?:парламентск|законодательн)\w* выбор\w*|выбор\w* в "
    r"народн\w* (?:совет|собрани)\w*|избирательн\w* (?:порядок|порядка|закон|систем|комисси)"
    r"\w*|конституционн\w* деклараци\w*|(?:переходн|временн)\w* (?:правительств|период|этап|"
    r"президент|власт|правосуди|кабинет)\w*|нов\w* (?:власт|правительств|руководств)\w*|"
    r"национальн\w* диалог\w*|указ|указа|указом|указе|указы|указов",
    "ar": r"مجلس الشعب|انتخابات (?:ال)?(?:برلماني|تشريعي)\w*|انتخابات مجلس الشعب|(?:ال)?إعلان\w* "
    r"(?:ال)?دستوري|(?:ال)?(?:حكومة|مرحلة|فترة|سلطات|سلطة|رئيس|رئاسة|عدالة)\s+(?:ال)?"
    r"انتقالي\w*|(?:ال)?(?:حكومة|سلطات|إدارة|قيادة)\s+(?:ال)?جديدة|(?:ال)?حوار (?:ال)?وطني|"
    r"مرسوم\w*|مراسيم",
    "fa": r"مجلس (?:خلق|شعب|مردمی)|انتخابات (?:پارلمانی|پارلمان|مجلس)|اعلامیه (?:قانون اساسی|"
    r"مشروطه)|اعلان قانون اساسی|(?:دولت|دوره|دوران|مرحله|حکومت|رئیس[\s\u200c]?جمهور)\s+(?:"
    r"انتقالی|موقت)|(?:دولت|حکومت|مقامات) جدید|گفت[\s\u200c]?و[\s\u200c]?گو(?:ی|های)? ملی|"
    r"گفتگوی ملی|فرمان",
    "tr": r"halk meclisi|(?:milletvekili|parlamento|meclis|yasama) seçim\w*|anayasa(?:l)? "
    r"(?:bildirge|beyan|deklarasyon)\w*|(?:geçiş|geçici) (?:hükümet|dönem|süreç|süreci|"
    r"yönetim|cumhurbaşkan|adalet|anayasa)\w*|yeni (?:yönetim|hükümet)\w*|ulusal diyalog\w*|"
    r"kararname\w*",
}
# A body hearing a briefing, or an emergency session: the meeting of that body ('This
# afternoon the Security Council will hear an emergency briefing', 'le Conseil a entendu
# un exposé', 'Совбез заслушал доклад', 'استمع مجلس الأمن إلى إحاطة', 'جلسه اضطراری',
# 'brifing dinledi'); a briefing given to the Council is BRIEFING_CUES (cues.py).
HEARS_BRIEFING = {
    "en": r"(?:hear|hears|heard|hearing) (?:an? |the |two |three )?(?:\w+ )?(?:briefings?|"
    r"reports?)|emergency (?:meeting|session|briefing)s?",
    "fr": r"(?:entend\w*) (?:un |une |des |l['’])?(?:\w+ )?(?:exposés?|briefings?|rapports?)|"
    r"(?:réunion|séance|session)s? d['’]urgence",
    "ru": r"заслуша\w* (?:\w+ )?(?:брифинг|доклад|сообщени)\w*|экстренн\w* (?:заседани|брифинг|"
    r"совещани|сесси)\w*",
    "ar": r"(?:ا|ي|ت|سي|ست)?ستم\w*(?: \w+){0,4} (?:إلى|الى|ل)\s?(?:\w+ )?(?:إحاط|احاط|تقرير)\w*|"
    r"(?:ال)?جلس(?:ة|ه) (?:ال)?طارئ\w*",
    "fa": r"(?:جلسه|نشست)[\w\u200c]* (?:اضطراری|فوق[\s\u200c]?العاده)|(?:شنیدن|استماع) گزارش\w*",
    "tr": r"brifing\w* dinle\w*|(?:acil|olağanüstü) (?:toplantı|oturum)\w*",
}
# The parts of the publication day ('this afternoon', 'cet après-midi', 'этим вечером',
# 'هذا المساء', 'bu öğleden sonra') with any tense: the day of the context, as 'this
# morning' and 'tonight' already were in English.
_PARTS_OF_TODAY = {
    "fr": r"cet après-midi|cet apres-midi|cette après-midi|cette (?:matinée|soirée)|ce midi",
    "ru": r"(?:этим|сегодняшним) (?:утром|вечером|днём|днем)",
    "ar": r"هذا (?:الصباح|المساء)|هذه الليلة",
    "tr": r"bu (?:sabah|akşam|öğleden sonra|öğle)",
}
for _lang, _parts in _PARTS_OF_TODAY.items():
    RELATIVE[_lang] = [
        (f"{pattern}|{_parts}" if meaning == "later_in_day" else pattern, meaning)
        for pattern, meaning in RELATIVE[_lang]
    ]


# --- rules10a (session 10): days in words, parts of a month -------------------------------

# The words after 'ماه میلادی' that name this, the next and the last Gregorian month, and
# the month each stands for counted from today's ('هجدهم و نوزدهم ماه میلادی جاری').
FA_MONTH_FROM_TODAY = {"جاری": 0, "آینده": 1, "بعد": 1, "گذشته": -1, "قبل": -1}
# Words before an ordinal that make it a week, a half or ten days of the month, not its
# day: 'الأسبوع الأول من آذار', 'النصف الثاني من أيلول', 'هفته اول مارس', 'نیمه دوم مارس',
# 'دهه اول مارس'.
PART_BEFORE_ORDINAL = {"ar": ("اسبوع", "نصف"), "fa": ("هفته", "نیمه", "دهه")}
# The French conditional of reported speech, a future seen from a past saying ('a assuré
# qu'ils ne manqueraient pas, mardi, à la reprise', 'a annoncé qu'il se rendrait jeudi à
# Moscou'): its weekday is the coming one, but its day of a month may be before the
# article's today, so it is no future tense. 'aurait', 'serait' and 'devrait' stay in FUTURE.
# rules13b: the Turkish future made the object of a saying in the simple past ('zirvenin 15
# Ocak'ta yapılacağını açıkladı', he announced the summit would be held on 15 January) is
# the same: the day nearest the article's, ahead or behind, and a weekday the coming one;
# not under the pluperfect ('kaldıracağını açıklamıştı', had announced long before).
FUTURE_OF_A_SAYING = {
    "fr": r"\b\w+(?:erai|irai|drai|rrai|oirai)(?:t|ent)\b",
    "tr": rf"\w+(?:acağı|eceği|akları|ekleri)n[ıi]\s+(?:{_TR_SAYING})(?!\w*m[ıiuü]ş)\w*",
}
# rules13e: a verb of purpose or plan in the infinitive ('clearing the way for him to hold
# talks ... on Monday', 'pour rencontrer', 'чтобы провести', 'لعقد', 'برای دیدار', 'görüşmek
# üzere'): the happening it governs is ahead of the clause's past verb, a future seen from
# the past as FUTURE_OF_A_SAYING is (outside re-tester t13b, 4). Folded; the nearest cue of
# the clause wins, so a finite past verb nearer the date keeps it in the past. rules16b: the
# noun of holding after 'agreed on' ('on holding', 'sur la tenue', 'о проведении', 'على
# عقد', 'بر سر برگزاری', 'yapılması konusunda') governs its date the same way. rules17: so
# does what a decision or an agreement sets ('ont décidé de tenir', 'решили провести', 'قرر
# الوزراء عقد', "yapılmasına karar verdi", 'yapılmasında anlaştı', '... برگزار شود').
PURPOSE_AHEAD = {
    "en": r"\bto (?:hold|meet|attend|sign|discuss|visit|host|resume|join|take part|convene)\b|\bon holding\b",  # noqa: E501
    "fr": r"\b(?:sur|de) la tenue\b|"
    r"\b(?:d(?:é|e)cid|convenu|accept|r(?:é|e)solu|propos)\w* (?:de|d') ?"
    r"(?:tenir|organiser|convoquer|reprendre|se r(?:é|e)unir|se rencontrer|rencontrer)\b|"
    r"\b(?:pour|afin de) (?:y )?(?:rencontrer|tenir|discuter|participer|signer|assister"
    r"|s'entretenir|visiter|reprendre|rejoindre)\b",
    "ru": r"(?<!\w)о проведении(?!\w)|"
    r"(?<!\w)(?:чтобы|для того чтобы) (?:провести|встретиться|обсудить|подписать"
    r"|принять участие|посетить|участвовать)(?!\w)|"
    r"(?<!\w)(?:решил|решили|решено|договорил\w*|условил\w*|согласил\w*|постановил\w*)"
    r"(?: \w+){0,2} (?:провести|созвать|собраться|встретиться|возобновить)(?!\w)",
    "ar": r"(?<!\w)(?:ل|لل|من اجل |بهدف |على )"
    r"(?:عقد|لقاء|اجراء|حضور|مشاركه|توقيع|بحث|مناقشه)(?!\w)|"
    r"(?<!\w)(?:و|ف)?(?:قرر|قررت|قرروا|تقرر|اتفق|اتفقت|اتفقوا)(?: [^\W\d]+){0,2}"
    r" (?:عقد|اجراء|استئناف)(?!\w)",
    "fa": r"(?<!\w)(?:بر سر|درباره) برگزاری(?!\w)|"
    r"(?<!\w)برای (?:دیدار|ملاقات|گفتگو|گفت‌وگو|مذاکره|شرکت|امضای|حضور|برگزاری)(?!\w)|"
    r"(?<!\w)(?:برگزار|تشکیل|انجام|ازسرگرفته) (?:شود|شوند|گردد|گردند)(?!\w)",
    "tr": r"\w+(?:mek|mak) (?:üzere|için)(?!\w)|\w+(?:ması|mesi) (?:konusunda|üzerinde)(?!\w)|"
    r"\w+(?:ması|mesi)(?:nda|nde|na|ne)? (?:anlaş|karar|kararlaştır|uzlaş|mutabık)\w*",
}
# An aside that says a date keeps to what was said or planned before ('will be held, as had
# been announced, from 21 December', 'comme prévu', 'как и планировалось', 'كما كان مقررا',
# 'planlandığı gibi', 'همان‌طور که اعلام شده بود'): its verb is the earlier saying's, not
# the tense of the date.
AS_PLANNED = {
    "en": r"\bas (?:(?:had|has|have|was|were|been|previously|earlier|already|initially|originally) )*(?:announced|planned|scheduled|expected|agreed|reported|promised)\b",  # noqa: E501
    "fr": r"\bcomme (?:(?:cela|il|elle|l'|avait|a|été|était|initialement|déjà|prévu et) ?)*(?:prévu|annoncé|convenu|attendu|promis)\w*",  # noqa: E501
    "ru": r"(?<!\w)как (?:и )?(?:было )?(?:ранее )?(?:планировал|ожидал|сообщал|объявлял|анонсировал|договаривал|обещал|намечал|заявлял)\w*",  # noqa: E501
    "ar": r"كما (?:كان |هو )?(?:مقررا|مقرر|متوقعا|متوقع|معلنا|اعلن|مخططا|مخطط|متفقا)\b",
    "tr": r"\w*(?:planlandığı|açıklandığı|duyurulduğu|beklendiği|kararlaştırıldığı|öngörüldüğü) (?:gibi|üzere)",  # noqa: E501
    "fa": r"(?:همان[\u200c ]?طور|چنان) (?:كه|كه قبلا) (?:\w+ ){0,2}?(?:اعلام|پيش[\u200c ]?بيني|برنامه[\u200c ]?ريزي)(?: شده)?(?: بود| است)?",  # noqa: E501
}
# A week of a year (dates.py rule 'woy'), folded; {wo} is a week ordinal (WEEK_ORDINALS),
# {year} a year in figures; 'yrel' names the year from today (YEAR_FROM_TODAY).
WEEK_OF_YEAR = {
    "en": r"(?:the\s+)?(?P<wo>{wo})\s+week\s+of\s+(?:(?:the\s+)?(?:(?P<yrel>next|new|coming|this)\s+)?year|{year})",  # noqa: E501
    "fr": r"(?:la\s+)?(?P<wo>{wo})\s+semaine\s+(?:de\s+l['’](?:année|annee|an)(?:\s+(?P<yrel>prochaine|en\s+cours))?|de\s+(?:la\s+)?(?P<yrel2>nouvelle)\s+année|de\s+{year})",  # noqa: E501
    "ru": r"(?P<wo>{wo})\w*\s+недел\w*\s+(?:(?P<yrel>нового|следующего|будущего|этого|текущего)\s+года|{year}\s+года)",  # noqa: E501
    "tr": r"(?:(?:(?P<yrel>yeni|gelecek|önümüzdeki|bu)\s+)?yılın|{year}(?:\s+yılının|'(?:nin|in|ün|un)))\s+(?P<wo>{wo})\s+hafta\w*",  # noqa: E501
    "ar": r"(?:ال)?اسبوع\s+(?P<wo>{wo})\s+من\s+(?:(?:ال)?(?:عام|سنه)(?:\s+(?P<yrel>المقبل|القادم|الجديد|الجاري|الحالي|المقبله|القادمه|الجديده|الحاليه))?|(?:عام\s+){year})",  # noqa: E501
}
# Words naming a year from today's, and how many years on they are.
YEAR_FROM_TODAY = {
    **dict.fromkeys(["next", "new", "coming", "prochaine", "nouvelle", "нового", "следующего",
                     "будущего", "yeni", "gelecek", "önümüzdeki", "المقبل", "القادم", "الجديد",
                     "المقبله", "القادمه", "الجديده"], 1),
    **dict.fromkeys(["this", "en cours", "этого", "текущего", "bu", "الجاري", "الحالي",
                     "الحاليه"], 0),
}  # fmt: skip
# A date set aside by a contrast ('avait démarré mercredi et non mardi', 'on Wednesday, not
# Tuesday', 'в среду, а не во вторник', 'الأربعاء وليس الثلاثاء', 'چهارشنبه و نه سه شنبه',
# 'salı değil çarşamba'): no date of anything, unless it was the plan ('not Tuesday as
# planned': a postponed event keeps its planned date, AS_PLANNED). Folded; before the date
# the words end where it starts, after it they start where it ends.
NOT_THIS_DATE_BEFORE = {
    "en": r"(?<!\w)not(?:\s+on|\s+in)?\s*\Z",
    "fr": r"(?<!\w)(?:(?:et|mais)\s+(?:non|pas)|non\s+pas)(?:\s+le|\s+en)?\s*\Z",
    "ru": r"(?<!\w)(?:а|но)\s+не(?:\s+в|\s+во)?\s*\Z",
    "ar": r"(?<!\w)وليس(?:\s+يوم|\s+في)?\s*\Z",
    "fa": r"(?<!\w)و\s+نه(?:\s+روز|\s+در)?\s*\Z",
}
NOT_THIS_DATE_AFTER = {"tr": r"\s*(?:günü\s+)?değil(?!\w)"}

# rules10b: the war's outbreak ('the war, which began in 2011', 'la guerre qui a éclaté en
# 2011', 'война, начавшаяся в 2011 году', 'الحرب التي اندلعت عام 2011', 'جنگ داخلی سوریه که
# از سال 2011 آغاز شد', '2011'de başlayan iç savaş'): background history, never a step of the
# process (LABELLING R1). WAR_NOUNS name the war, the uprising or the crisis; WAR_BEGAN
# the words of its start: before the date ('the war, which began in'), or after it in the
# languages that put the verb last ('از سال 2011 آغاز شد', '2011'de başlayan').
WAR_NOUNS = {
    "en": r"(?:civil )?war|conflict|uprising|revolution|crisis",
    "fr": r"guerre|conflit|soulèvement|soulevement|révolution|revolution|crise",
    "ru": r"войн\w*|конфликт\w*|восстани\w*|революци\w*|кризис\w*",
    "ar": r"(?:ال)?حرب|(?:ال)?نزاع|(?:ال)?صراع|(?:ال)?ثوره|(?:ال)?ازمه|(?:ال)?انتفاضه",
    "fa": r"جنگ|بحران|انقلاب|درگیری[\w\u200c]*|ناآرامی[\w\u200c]*",
    "tr": r"savaş\w*|çatışma\w*|ayaklanma\w*|devrim\w*|kriz\w*|isyan\w*",
}
WAR_BEGAN_BEFORE = {
    # noun, then its start verb, right before the date
    "en": r"{noun}(?: in syria)?,? (?:which |that )?(?:has |had )?(?:began|begun|started|broke"
    r" out|erupted)(?: back)?(?: in| on)?\s*$"
    r"|(?:start|outbreak|beginning|onset) of (?:the )?(?:\w+ ){{0,2}}{noun}(?: in syria)?"
    r"(?: in| on)?\s*$",
    "fr": r"{noun}(?: [\w-]+){{0,2}},? (?:qui )?(?:a |avait )?(?:éclaté|eclate|commencé|"
    r"commence|débuté|debute)(?: en| le| au)?\s*$"
    r"|(?:début|debut|déclenchement|declenchement|éclatement|eclatement) (?:de la |du |de l')"
    r"{noun}(?: [\w-]+){{0,2}}(?: en| le)?\s*$",
    "ru": r"{noun},? (?:начавш\w+|разразивш\w+|вспыхнувш\w+|котор\w+ (?:началась|начался|"
    r"разразилась|разразился|вспыхнула|вспыхнул))(?: в)?\s*$"
    r"|(?:начал[аеоу]|начало) (?:\w+ ){{0,2}}{noun}(?: в)?\s*$",
    "ar": r"{noun}(?: \w+){{0,2}} (?:التي|الذي) (?:اندلعت|اندلع|بدات|بدا|انطلقت|انطلق)"
    r"(?: في| عام| منذ)?\s*$"
    r"|(?:اندلاع|بدء|بدايه|انطلاق) {noun}(?: \w+){{0,2}}(?: في| عام| منذ)?\s*$",
    "fa": r"(?:آغاز|شروع) {noun}(?: [\w\u200c]+){{0,3}}(?: در| از)?(?: سال)?\s*$",
    "tr": r"(?!)",
}
WAR_BEGAN_AFTER = {
    # the date, then the start verb (and, in Russian and Turkish, the noun after it)
    "ru": r"^(?: года| году)? (?:\w+ ){{0,2}}{noun}",  # 'начавшейся в 2011 году войны'
    "fa": r"^(?: میلادی)? (?:آغاز|شروع) (?:شد|شده|گردید)",
    "tr": r"^(?:['’]?\w*)? (?:yılında )?(?:başlayan|başlamış olan|patlak veren|çıkan)"
    r" (?:\w+ ){{0,2}}{noun}",
}
# Russian 'verb, date, noun': the participle right before the date.
WAR_BEGAN_PARTICIPLE = {"ru": r"(?:начавш|разразивш|вспыхнувш)\w+(?: в)?\s*$"}
# Persian 'noun ... date ... verb': the noun shortly before the date.
WAR_NOUN_BEFORE = {"fa": r"{noun}(?: [\w\u200c]+){{0,4}}(?: که)?(?: در| از)?(?: سال)?\s*$"}

# rules10b: the fall of the government (LABELLING U1) told as a change of power, a coming to
# power or the taking of the capital ('после смены власти в декабре 2024 года', 'la
# coalition qui s'est emparée de la capitale en décembre 2024', 'came to power in December').
# Not 'regime change', which years of debate before the fall name as a demand.
_FALL_TOLD = {
    "en": r"change of (?:power|government)|came to power|(?:seized|took|captured) (?:control"
    r" of )?(?:damascus|the capital)",
    "fr": r"changement de pouvoir|pris le pouvoir|prise du pouvoir|arriv\w* au pouvoir|"
    r"(?:s'est|se sont|s’est) emparé\w* (?:du pouvoir|de la capitale|de damas)",
    "ru": r"смен\w* власти|приход\w* к власти|приш[её]л к власти|пришли к власти|"
    r"(?:захват\w*|взят\w*|занял\w*|заняли) (?:власт\w*|дамаск\w*|столиц\w*)",
    "ar": r"(?:ال)?وصول (?:الى|إلى) (?:ال)?سلطه|(?:سيطر\w*|(?:ال)?سيطره) على (?:العاصمه|دمشق)|"
    r"دخول\w* (?:\w+ ){0,2}(?:الى|إلى)? ?دمشق",
    "fa": r"تغيير (?:حكومت|قدرت)|به قدرت رسيد\w*|رسيدن به قدرت|تصرف دمشق",
    "tr": r"iktidar değişikliği\w*|yönetim değişikliği\w*|iktidara gel\w*|"
    r"(?:şam|başkent)\w* (?:ele geçir|kontrol\w* al)\w*",
}
for _lang, _told in _FALL_TOLD.items():
    EVENT_PHRASES["milestone"][_lang] += "|" + _told

# rules10b: an election told by its verb ('5 октября эти коллегии выберут две трети членов',
# 'the assembly elected its speaker on Monday', 'seçilecek', 'سينتخب'), as the noun
# ('выборы', 'elections') already was (LABELLING U7, transition: selections and elections).
_ELECTED = {
    # the verb, not the participle as an adjective ('the elected mayor')
    "en": r"(?:was|were|been|be|is|are|has|have|had) (?:re-?)?elected|elects|electing|"
    r"(?:re-?)?elected (?:its|their|the|a|an|his|her|new|two|three|\d+)",
    # the verb, not the participle as an adjective ('Trump, élu sur un programme ...')
    "fr": r"élir(?:a|ont|ait|aient)?|élisent|(?:a|ont|avait|avaient|sera|seront|été) "
    r"(?:ré)?élu(?:e|s|es)?",
    "ru": r"выбер(?:ут|ет)|избер(?:ут|ет)|избрал\w*|избран\w*|переизбра\w*",
    "ar": r"(?:س)?[يت]نتخب\w*|انتخب(?:ت|وا|ه)?",
    "fa": r"انتخاب (?:شد|شدند|کرد|کردند|خواهد شد|خواهند شد|خواهند کرد|"
    r"می[\u200c ]?شود|می[\u200c ]?شوند|می[\u200c ]?کنند)",
    "tr": r"seçecek\w*|seçildi\w*|seçilecek\w*",
}
for _lang, _elected in _ELECTED.items():
    EVENT_PHRASES["milestone"][_lang] += "|" + _elected

# rules10b: a meeting told by its participants or by its discussion ('وتناول المجتمعون على مدى
# يومي 11 و12 ...', 'ناقش الوزراء يوم الاثنين', 'روز دوشنبه درباره سوریه بحث کردند'). The
# plural 'المجتمعون' only: the singular 'المجتمع' is 'society' ('المجتمع الدولي').
_DISCUSSED = {
    "ar": r"(?:ال)?مجتمعون|(?:ال)?مجتمعين|ناقش\w*|(?:س)?[يت]ناقش\w*|تباحث\w*|(?:س)?[يت]تباحث\w*",
    "fa": r"بحث (?:و تبادل نظر )?(?:کرد|کردند|خواهند کرد|می[\u200c ]?کنند)|"
    r"تبادل نظر (?:کرد|کردند|خواهند کرد)",
}
for _lang, _discussed in _DISCUSSED.items():
    EVENT_PHRASES["meeting"][_lang] += "|" + _discussed

# --- rules10e (session 10): what a sentence's words do not tell ---------------------------
# Future words that are adjectives of a noun ('the upcoming national dialogue', 'la prochaine
# réunion', 'предстоящий диалог', 'الحوار الوطني المقبل', 'گفت‌وگوی ملی آینده', 'yaklaşan
# ulusal diyalog'): they tell the tense of a date only right beside it ('le 25 mai
# prochain', 'الثلاثاء المقبل') or in a sentence with no past verb; the verb that governs a
# weekday ('met ... on Tuesday') is its tense. Folded forms, matched against FUTURE's hits.
FUTURE_ADJECTIVES = {
    "en": r"upcoming|forthcoming",
    "fr": r"prochain\w*",
    "ru": r"предстоящ\w*|следующ\w*",
    "ar": r"المقبل|المقبله|القادم|القادمه|المرتقب|المنتظر",
    "fa": r"اينده",
    "tr": r"önümüzdeki|planlanan",
}
# The same words of a time ('الاسبوع المقبل', 'la semaine prochaine', 'mardi prochain',
# 'önümüzdeki hafta', 'هفته آینده'): a date phrase, whose future word keeps its weight.
TIME_NOUN = (
    r"(?:ال)?(?:week|month|year|day|semaine|mois|ann[ée]e|an|jour|недел\w*|месяц\w*|год\w*|"
    r"дн\w*|hafta\w*|ay\w*|yıl\w*|gün\w*|اسبوع|شهر|عام|سنه|يوم|هفته|ماه|سال|روز)"
)

# rules10d: the words a page prints before an article's own date ('Published: 16th November
# 2021', 'GİRİŞ 08.11.2019 16:32', 'Опубликовано: 3 мая', 'Опубликовано в четверг, 6 марта',
# 'تاريخ النشر: ...'), a repost's 'originally published on' included: that date is the
# article's date line (LABELLING U10).
# Folded forms; an update's stamp ('Updated', 'GÜNCELLEME') is not the story's day.
STAMP_LABELS = {
    "en": r"(?:originally |first )?published(?: on| at)?|posted(?: on| at)?|(?:date|time) of publication|publication (?:date|time)",  # noqa: E501
    "fr": r"publi[ée](?: le)?|mis en ligne(?: le)?|paru(?: le)?|(?:date|heure) de publication",
    "ru": r"(?:опубликован[ао]?|размещено)(?: в)?|(?:дата|время|дата и время) публикации",
    "tr": r"yayınlanma(?: tarihi| saati)?|yayın (?:tarihi|saati)|giriş(?: tarihi)?|eklenme(?: tarihi)?",  # noqa: E501
    "ar": r"تاريخ النشر|وقت النشر|نشر في|نشر بتاريخ|تم النشر(?: في)?",
    "fa": r"تاریخ انتشار|زمان انتشار|منتشر شده(?: در)?|انتشار",
}
# The label of an update's stamp: not the story's day, and no place before a dateline.
STAMP_UPDATED = {
    "en": r"(?:last )?updated(?: on| at)?|modified(?: on)?",
    "fr": r"mis à jour(?: le)?|mise à jour(?: le)?|modifié(?: le)?",
    "ru": r"обновлено|изменено|(?:дата|время) обновления|(?:последнее )?обновление",
    "tr": r"güncelleme(?: tarihi)?|güncellenme(?: tarihi)?|son güncelleme",
    "ar": r"آخر تحديث|تاريخ التحديث|تم التحديث(?: في)?",
    "fa": r"به[\u200c ]?روز ?رسانی(?: شده)?|آخرین به[\u200c ]?روز ?رسانی",
}
# A page's stamp that counts back from the moment it is read ('3 hours ago', 'Il y a 2
# heures', 'час назад', '2 saat önce', 'منذ ساعتين', 'دقایقی پیش'): on a line of its own at
# the head of the article it is the publication day. Hours and minutes only: 'two days ago'
# on such a line is a date of its own (AGO above).
STAMP_AGO = {
    "en": r"(?:(?:\d+|an?|one|two|three|a few|several) )?(?:hours?|minutes?|mins?) ago|just now|moments ago",  # noqa: E501
    "fr": r"il y a (?:(?:\d+|une?|deux|trois|quelques) )?(?:heures?|minutes?|min|h)|(?:à|a) l'instant",  # noqa: E501
    "ru": r"(?:(?:\d+|один|одну|два|две|три|несколько) )?(?:час\w*|минут\w*|мин) назад|только что",
    "tr": r"(?:(?:\d+|bir|iki|üç|birkaç) )?(?:saat|dakika|dk) önce|az önce",
    "ar": r"(?:منذ|قبل) (?:\d+ )?(?:ساعه|ساعتين|ساعات|دقيقه|دقيقتين|دقائق|قليل)",
    "fa": r"(?:(?:\d+|یک|دو|سه|چند) )?(?:ساعت|دقیقه) (?:پیش|قبل)|(?:دقایقی|ساعاتی|لحظاتی) (?:پیش|قبل)",  # noqa: E501
}

# rules10d: a year that bounds a term (LABELLING R1, U5: a span, not a step of the process).
# A range of years a membership or an office is for ('a non-permanent member for
# 2017-2018', 'pour la période 2017-2018', 'на 2017-2018 годы', 'للفترة 2017-2018', 'برای
# دوره ۲۰۱۷-۲۰۱۸'): the words right before the first year.
TERM_RANGE_BEFORE = {
    "en": r"(?:for|during|over) (?:the )?(?:(?:years?|period|term) )?",
    "fr": r"(?:pour|durant|pendant|sur) (?:la période |les années |l'exercice )?",
    "ru": r"на (?:период )?",
    "tr": r"(?!)",  # a postposition ('2017-2018 dönemi için'), after the years
    "ar": r"(?:للفتره|لفتره|للعامين|لعامي|للاعوام|خلال الفتره|خلال عامي) ?",
    "fa": r"برای (?:دوره|سال‌های|سالهای|سال های)? ?",
}
# The end of a mandate or a term of office ('whose mandate is due to end at the end of
# 2027', 'dont le mandat doit s'achever à la fin de l'année 2027', 'срок полномочий истекает
# в 2027 году', 'görev süresi 2027'de sona erecek', 'تنتهي ولايته في العام 2027'): a noun
# of a term and a verb of ending before the year, in its clause.
TERM_NOUNS = {
    "en": r"mandate|term of office|(?<![\w-])term(?![\w-])",
    "fr": r"mandat",
    "ru": r"мандат\w*|срок\w* полномочий|полномочи\w*",
    "tr": r"görev süre\w*|yetki süre\w*|mandası\w*|mandasın\w*",
    "ar": r"ولايه|ولايته|ولايتها|تفويض\w*|مهمته|مهمتها",
    "fa": r"ماموریت|دوره ماموریت|دوره مسئولیت",
}
TERM_ENDS = {
    "en": r"expir\w*|end(?:s|ed|ing)?|run(?:s)? out|lapse\w*",
    "fr": r"s'?achever|s'?achève|s'?achèvera|expir\w*|prend(?:re|ra)? fin|arrive(?:ra)? à (?:son )?terme",  # noqa: E501
    "ru": r"истека\w*|истеч\w*|заканчива\w*|законч\w*|оконч\w*",
    "tr": r"sona er\w*|dolu\w*|bit\w*",
    "ar": r"تنتهي|ينتهي|انتهاء|تنقضي|ينقضي",
    "fa": r"پایان|به سر (?:می[\u200c ]?رسد|خواهد رسید)|منقضی",
}


# --- session 12 (rules12c): plans and intentions ---------------------------------------------
# Words that make what follows a plan or an intention, not a happening ('announced plans to
# convene a meeting', 'prévoit de réunir', 'планирует провести встречу', 'يعتزم عقد',
# 'قرار است نشستی برگزار شود', 'toplantı düzenlemeyi planlıyor'): a gathering they govern
# is not held on the day the sentence gives (pipeline/plans.py). Turkish and Persian may
# put them after the gathering.
# t13a (finding 3): a gathering said to be still ahead ('announced that a new round would
# be held', 'yeni bir turun yapılacağını duyurdu', 'أعلن أن جولة جديدة ستعقد'): the day of
# such a sentence is the day it was told (plans.plan_told), not the gathering's.
GATHERING_AHEAD = {
    "en": r"(?:will|would|is to|are to) (?:be (?:held|convened|hosted|organi[sz]ed)|take place"
    r"|convene|resume)|(?:will|would) (?:host|hold|convene)",
    "fr": r"se tiendr\w*|aur(?:a|ait|ont|aient) lieu|se déroulera\w*|se deroulera\w*"
    r"|ser(?:a|ait|ont|aient) (?:organisé|organise|convoqué|convoque)\w*|reprendr\w*"
    r"|se réunir(?:a|ait|ont|aient)|se reunir(?:a|ait|ont|aient)|accueiller\w*",
    "ru": r"состоится|состоятся|пройд[её]т|пройдут|будет проведен\w*|будут проведены"
    r"|возобновится|возобновятся|собер[её]тся|соберутся|прим[её]т|примут",
    "ar": r"(?:و|ف)?(?:س|سوف )(?:ت|ي)(?:عقد|نعقد|جري|قام|ستانف|لتئم|ستضيف)\w*",
    "fa": r"برگزار (?:خواهد|خواهند) (?:شد|گردید)|تشکیل (?:خواهد|خواهند) شد"
    r"|میزبانی (?:خواهد|خواهند) کرد",
    "tr": r"(?:yapıl|düzenlen|gerçekleştiril|toplan|başla)(?:acak|ecek|acağ|eceğ)\w*",
}
# Agreement cue words (cues.AGREEMENT_CUES) that name no agreement: the verb of signing
# ('signed', 'ووقع', 'imzaladı') and a common noun in the plural ('anlaşmalara',
# 'الاتفاقات', 'توافقات'), listed under "Named in the article" as agreements before
# (outside tester t13a, 7). Folded; matched against a whole cue.
NO_AGREEMENT_NAME = {
    "en": r"signed",
    "fr": r"signé\w*",
    "ru": r"подписа\w*|соглашения(?:ми|х|м)?",
    "ar": r"(?:و|ف|ب|ل)?(?:وقع\w*|توقيع|(?:ال)?اتفاق(?:ات|يات))",
    "fa": r"امضا\w*|توافقات|توافق\w*ها\w*",
    "tr": r"imza\w*|(?:anlaşma|mutabakat|muhtıra)(?:lar|ları)\w*",
}
# Words that join a clause of its own between a gathering's word and a verb of the
# future ('met in Doha and agreed that a new round would be held': the meeting was held).
AHEAD_JOINERS = {
    "en": r"and|that|but|while",
    "fr": r"et|que|qu'|mais",
    "ru": r"и|что|а|но",
    "ar": r"ان|و\w+وا|بينما",
    "fa": r"و|که|اما",
    "tr": r"ve|ki|ama|ancak",
}
PLAN_INTENT = {
    "en": r"plans? to|planning to|planned to|intends? to|intended to|intending to|intention to"
    r"|aims? to|aimed to|proposed to|proposes? to|proposal to|hopes? to|seeks? to|sought to",
    "fr": r"prévoi\w* de|prévu de|envisag\w* de|projett\w* de|projet de|intention de"
    r"|propos\w* de|souhait\w* de|compt\w* (?=\w+(?:er|ir|re)\b)|entend\w* (?=\w+(?:er|ir|re)\b)",
    "ru": r"планиру\w*|намерен\w*|намерева\w*|собира(?:ет|ют|ется|ются|лся|лась|лись)\w*"
    r"|предлага\w*|предложил\w* (?=провести|встретиться|собраться|созвать)"
    r"|план\w* (?=провести|встретиться|собраться|созвать)",
    "ar": r"(?:ي|ت)عتزم\w*|اعتزم\w*|(?:ي|ت)نوي|(?:ي|ت)خطط\w*|خطط\w*|من المقرر|من المزمع"
    r"|من المتوقع|(?:ي|ت)قترح\w*|اقترح\w*",
    "fa": r"قرار است|قرار شده|برنامه[\u200c ]?ریزی|قصد دار\w*|در نظر دار\w*|تصمیم دار\w*"
    r"|پیشنهاد (?:داد|کرد|کرده)\w*",
    "tr": r"planla\w*|planlan\w*|niyet\w*|öngörül\w*|hedefle\w*|önerdi\w*|teklif et\w*",
}
# A one-word alias of the record's in English ('Opposition' of the Syrian opposition) names
# the participant in the other languages by these words too, as the record's own alias
# does in English ('وفدي الحكومة السورية والمعارضة': the government's and the opposition's
# delegations); extract._index adds them to the participant holding that alias.
BARE_ALIAS_FORMS = {
    "opposition": ("opposition", "оппозиция", "المعارضة", "مخالفان", "اپوزیسیون", "muhalefet"),
}
# Words that open or join a clause ('فيما يشارك المبعوث': 'while the envoy takes part';
# 'بينما', 'حيث', 'كما أكد', 'در حالی که', 'همچنین'): no part of a name, though a title
# follows them (people.titled_names, cued_names read them as stop words).
CLAUSE_WORDS = {
    "ar": _words("""فيما وفيما بينما وبينما حيث وحيث كما وكما عندما وعندما بعدما قبلما لما
        كلما طالما مثلما ريثما إذ إذا لذلك لذا كذلك أيضا لكن ولكن إلا أما وأما بل
        ثم حين حينما بحيث فقد وقد لقد قد لم لن سوف"""),
    "fa": _words("""درحالی درحالیکه حالی حالیکه همچنین زیرا چون چونکه وقتی هنگامی هنگامیکه
        اگرچه اگر ولی اما سپس بنابراین همزمان ضمن پس نیز البته درباره"""),
}

# rules12b: a sentence that tells a process's start ('the Astana talks began in 2017',
# 'le processus d'Astana a été lancé en 2017', 'Астанинский процесс начался в 2017 году',
# 'انطلق مسار أستانا عام 2017', 'روند آستانه در سال ۲۰۱۷ آغاز شد', 'Astana süreci 2017'de
# başladı'): dated by its year, it is the track's first record of that year, not any of its
# meetings (outside tester t11b, 6). Verbs and nouns of starting and launching.
PROCESS_STARTED = {
    "en": r"began|begun|begins?|beginning|started|starts?|launch(?:ed|es)?|kicked off"
    r"|inaugurated|opened",
    "fr": r"commencée?s?|commence(?:nt)?|débutée?s?|debutee?s?|débute(?:nt)?|debute(?:nt)?"
    r"|début|debut|lancée?s?|lancee?s?|lancement|inauguré(?:e|s|es)?|ouverte?s?",
    "ru": r"начал(?:ся|ась|ось|ись|и|а|о)?|начало|начала|старт\w*|запущен\w*|запуск\w*"
    r"|открыл(?:ся|ась|ись)",
    "ar": r"بدات|بدا|بدء|بدايه|انطلقت|انطلق|انطلاق|اطلاق|اطلق|اطلقت|افتتاح",
    "fa": r"آغاز|شروع|راه[\u200c ]?اندازی|کلید خورد",
    "tr": r"başla\w*|başlat\w*|başlangıç\w*|açıldı|açılış\w*",
}

# rules12b: a person's pronoun as a sentence's subject ('he said', 'il a déclaré', 'он
# заявил', 'او گفت'), or, where the language drops it, the verb that carries it: an Arabic
# verb of saying in the third person with nothing between it and its 'that' ('وقال إن',
# 'وأضاف أن': a named speaker stands between them), a Turkish one that ends a sentence
# ('... dedi', with no one named in it: extract). French and Russian pronouns also stand
# for things ('la réunion ... elle', 'встреча ... она'): only with a verb a person does.
PRONOUN_SUBJECTS = {
    "en": r"(?<![\w'’-])(?:he|she)(?![\w'’-])",
    "fr": r"(?<![\w'’-])(?:il|elle)\s+(?:(?:lui|leur|l'|les|y|en|ne|n')\s*)?"
    r"(?:(?:a|avait|aurait|va|allait|doit|devait|devrait|s'est|se)\s+)?(?:déclaré|dit|affirmé"
    r"|indiqué|précisé|ajouté|souligné|annoncé|expliqué|estimé|assuré|rappelé|rencontré|reçu"
    r"|confirmé|déclare|affirme|indique|précise|ajoute|souligne|annonce|explique|estime"
    r"|assure|rappelle|rencontre|reçoit|confirme|rencontrer|recevoir|entretenu\w*"
    r"|entretiendra|rendu\w*|rendra)(?![\w'’-])"
    r"|-t-(?:il|elle)(?![\w'’-])|(?<![\w'’-])selon (?:lui|elle)(?![\w'’-])",
    "ru": r"(?<![\w-])(?:он|она)\s+(?:(?:также|тогда|уже|же|ранее|вновь|еще|ещё|не)\s+)?"
    r"(?:заявил|сказал|сообщил|отметил|подчеркнул|добавил|пояснил|уточнил|высказал|признал"
    r"|напомнил|встретил|провел|провёл|прибыл|посетил|назвал|обсудил|принял|подписал|объявил"
    r"|выступил)\w*|(?<![\w-])по (?:его|ее|её) (?:словам|мнению)(?![\w-])",
    "ar": r"(?<!\w)(?:و|ف)?(?:قال|قالت|اضاف|اضافت|اكد|اكدت|اوضح|اوضحت|اشار|اشارت|تابع|تابعت"
    r"|لفت|لفتت|شدد|شددت|صرح|صرحت|اعتبر|اعتبرت)\s*(?:ان|انه|انها|بان|الي ان|:|،|\"|«)",
    "fa": r"(?<![\w\u200c])(?:او|وي)(?![\w\u200c])",
    "tr": r"(?<!\w)(?:dedi|söyledi|kaydetti|ifade etti|vurguladı|belirtti|dile getirdi)"
    r"(?!\w)[^\w]*$",
}

# cues._is_topic: words of support before an event noun (after it in Turkish) that make it
# what a gathering works for ('to support the ceasefire in Suwayda', 'لدعم وقف إطلاق النار').
SUPPORT_BEFORE = {
    "en": r"(?:(?:to |in )?support(?:s|ed|ing)?|back(?:s|ed|ing)?|bolster\w*|consolidat\w*|strengthen\w*|shore up|monitor\w*|uphold\w*|preserv\w*)(?: of| for)?(?: an?| the)?(?: \w+)?",  # noqa: E501
    "fr": r"(?:soutenir|soutien (?:à|au|aux|de|du)|appuyer|consolider|consolidation d[eu]|renforcer|renforcement d[eu]|surveiller|surveillance d[eu]|préserver)(?: un| une| la| le| l')?(?: \w+)?",  # noqa: E501
    "ru": r"(?:поддерж\w*|укреп\w*|закреп\w*|мониторинг\w*|(?:наблюдени|контрол)\w* за)(?: \w+)?",
    "ar": r"(?:ل|و)?(?:دعم|تثبيت|تعزيز|مراقبة|حماية)(?: [^\s]+)?",
    "fa": r"(?:حمایت از|پشتیبانی از|تحکیم|تقویت|تثبیت|نظارت بر)(?: [^\s]+)?",
}
SUPPORT_AFTER = {"tr": r"(?:\w+ )?(?:destek\w*|güçlendir\w*|pekiştir\w*)"}
# cues.kinds_in: words of preparing right before an event noun ('met ... to prepare a summit',
# 'pour préparer un sommet', 'для подготовки саммита', 'للتحضير لقمة', 'برای آماده‌سازی نشست',
# Turkish after it, 'zirvesini hazırlamak için'): the gathering is held for that happening,
# which it is not; the main verb gives the kind (outside tester t14b, 4). Not a verb of
# holding ('برای برگزاری نشستی دیگر ... در تاریخ سوم و چهارم ماه مه': the meeting held
# is the one planned, its own days).
PREPARING_BEFORE = {
    "en": r"(?:to|and) (?:prepare|plan|organi[sz]e)(?: for)?(?: an?| the)?(?: \w+)?|(?:prepar(?:ing|ed|es)|planning|organi[sz]ing) (?:for )?(?:an?|the)(?: \w+)?|(?:in )?preparations? (?:for|of)(?: an?| the)?(?: \w+)?",  # noqa: E501
    "fr": r"(?:pour |afin de |de )?(?:préparer|organiser)(?: un| une| la| le| l'| les)?(?: \w+)?|(?:en )?(?:vue de la |en )?préparation (?:d'|d[eu]|des)(?: \w+)?",  # noqa: E501
    "ru": r"(?:для |в рамках |в ходе )?подготовк\w* (?:к )?(?:\w+ )?|(?:чтобы |для того,? чтобы )?подготовить(?: \w+)?|(?:готовясь|готовиться) к(?: \w+)?",  # noqa: E501
    "ar": r"(?:و|ف)?(?:لل|ال|ل)?(?:تحضير|إعداد|تمهيد)ا?(?: \S+)?(?: ل| إلى)?",
    "fa": r"(?:برای|جهت|به منظور) (?:آماده[\u200c ]?سازی|تدارک|تهیه مقدمات)(?: \S+)?",
}
PREPARING_AFTER = {"tr": r"(?:\w+ )?(?:hazırla\w*|hazırlık\w*)"}
# cues.purposes: words of discussing right before an event noun ('the two discussed the Arab
# League summit', 'ont discuté du sommet', 'обсудили саммит', 'بحث الجانبان القمة', 'درباره
# نشست ... گفتگو کردند', Turkish after it, 'zirvesini görüştü'): a gathering the sentence's
# people talked about, which they are not told to attend (re-tester t16e, 4); unless a day
# follows the noun ('discussed the talks on Monday': the discussion's day).
DISCUSSING_BEFORE = {
    "en": r"discuss(?:es|ed|ing)?(?: an?| the)?(?: [\w'’-]+){0,3}",
    "fr": r"discut\w* (?:de|du|des|d')(?: un| une| la| le| l')?(?: [\w'’-]+){0,2}",
    "ru": r"обсу(?:д|ж)\w*(?: \w+)?",
    "ar": r"(?:ل|و|ف)?(?:بحث|ناقش|يبحث|تبحث|يناقش|تناقش|بحثا|ناقشا)(?: \S+)?",
    "fa": r"(?:درباره|در مورد|در خصوص)(?: \S+)?",
}
DISCUSSING_AFTER = {"tr": r"(?:\w+ )?(?:görüştü\w*|görüşmek|ele al\w*|konuştu\w*)"}
# What a track or a body does when it speaks: it issues, makes or publishes a text
# ('the Geneva talks issued an announcement', 'les pourparlers ont publié un communiqué',
# 'переговоры выступили с заявлением', 'görüşmeler bir açıklama yayımladı', 'أصدرت
# المحادثات بيانا', 'مذاکرات بیانیه‌ای صادر کرد'); a colon before a kind word of a text is
# a headline's ('Astana talks: announcement'). (Moved here from the review in rules16:
# cues.kinds_in reads such a gathering's word as no gathering of that day either.)
ISSUES = {
    "en": r"(?:has |have )?(?:issued|made|published|released|put out|adopted|produced|yielded|resulted in)",  # noqa: E501
    "fr": r"(?:a|ont) (?:publié|émis|diffusé|fait|adopté|rendu public|produit|abouti à|débouché sur)",  # noqa: E501
    "ru": r"выступил\w* с|опубликовал\w*|распространил\w*|принял\w* (?:заявлени|коммюнике)|завершил\w* (?:принятием|публикацией)|привел\w* к (?:принятию|публикации)",  # noqa: E501
    "tr": r"yayımladı\w*|yayınladı\w*|açıkladı\w*|yaptı\w*|ortaya koydu\w*|ile sonuçlandı\w*",
    "ar": r"اصدر\w*|نشر\w*|اسفر\w* عن|تمخض\w* عن",
    "fa": r"صادر كرد\w*|منتشر كرد\w*|منجر به (?:صدور|انتشار)|به دنبال داشت\w*",
}
ISSUED_TEXTS = r"announcement|statement|communiqué|annonce|déclaration|заявлени\w*|коммюнике|açıklama\w*|bildiri\w*|duyuru\w*|بيان\w*|اعلان|بيانيه\w*|اطلاعيه\w*"  # noqa: E501
# rules15, cues.kinds_in: words of time or purpose right before an event noun that make it
# the happening a gathering comes ahead of ('met ... ahead of a summit', 'to lay the
# groundwork for a summit', 'en vue du sommet', 'в преддверии саммита', 'قبيل القمة', 'در
# آستانه نشست سران'; Turkish after it, 'zirvesi öncesinde', 'zirveden önce'): the gathering
# is not that happening, and its own verb gives the kind (outside tester t14d, 11).
AHEAD_OF_BEFORE = {
    "en": r"(?:(?:ahead|in advance) of|before|prior to)(?: an?| the)?(?: [\w'’-]+){0,3}|(?:in the )?run-?up to(?: an?| the)?(?: [\w'’-]+){0,3}|on the eve of(?: an?| the)?(?: [\w'’-]+){0,3}|(?:to )?(?:lay|laying|pave|paving) the (?:groundwork|ground|way) for(?: an?| the)?(?: [\w'’-]+){0,3}",  # noqa: E501
    "fr": r"(?:en vue|(?:à|a) la veille|(?:à|a) l'approche|en amont|en prévision|en prevision)(?: d[eu]| des| d'| de la| de l')(?: un| une)?(?: [\w'’-]+){0,3}|avant(?: le| la| les| l'| un| une)?(?: \w+)?|(?:pour )?(?:préparer|preparer|ouvrir) (?:le terrain|la voie) (?:à|a|au|aux|pour)(?: la| l'| un| une| le| les)?(?: \w+)?",  # noqa: E501
    "ru": r"(?:в преддверии|в канун|накануне|перед)(?: (?!(?:этим|тем|этого|того|ним|ней|ними)(?!\w))\w+)?",  # noqa: E501
    "ar": r"(?:قبيل|قبل|عشيه|تمهيدا|استعدادا)(?: (?:ل|ال|لل)?(?:انعقاد|عقد|موعد))?(?: ل| لل)?",
    "fa": r"(?:در استانه|پيش از|قبل از|به منظور زمينه[\u200c ]?سازي براي|براي زمينه[\u200c ]?سازي)(?: (?:برگزاري|اغاز))?",  # noqa: E501
}
# cues.purpose_phrases: after a comma, the rest of a list that a conjunction closes, the
# last member followed by a preposition, a participle of holding, a number or a stop
# ('…, Iran and Turkey on 7 September', '…, l'Iran et la Turquie le 7', '…, Ирана и
# Турции 7 сентября', '…، إيران وتركيا في', '…، ایران و ترکیه در', '…, İran ve Türkiye 7
# Eylül'): the comma parts the list's members, not the clause ('…, Lavrov and Zarif met'
# goes on with a verb).
LIST_AND = {
    "en": r"\s*(?:[^\W\d][\w'’-]* ){1,3}(?:and|or) (?:the )?[^\W\d][\w'’-]*(?= (?:on|in|at|from|held|due|set|scheduled|planned|convened|hosted)\b| \d|[,.;:])",  # noqa: E501
    "fr": r"\s*(?:[^\W\d][\w'’-]* ){1,3}(?:et|ou) (?:la |le |les |l')?[^\W\d][\w'’-]*(?= (?:le|les|à|a|en|au|du|prévu|prevu|tenu|organisé|organise)\b| \d|[,.;:])",  # noqa: E501
    "ru": r"\s*(?:[^\W\d][\w-]* ){1,3}(?:и|или) [^\W\d][\w-]*(?= (?:в|во|на)(?!\w)| \d|[,.;:])",
    "ar": r"\s*(?:[^\W\d]+ ){0,2}و[^\W\d]+(?= (?:في|فی|ب)(?!\w)| \d|[,.;:،])",
    "fa": r"\s*(?:[^\W\d][\w\u200c]* ){1,3}و [^\W\d][\w\u200c]*(?= (?:در|به)(?!\w)| \d|[,.;:،])",
    "tr": r"\s*(?:[^\W\d][\w'’-]* ){1,3}(?:ve|veya) [^\W\d][\w'’-]*(?= \d|[,.;:])",
}
# cues.purpose_phrases: after a comma, a relative clause telling the noun's holding ('the
# summit, which will be held in Baghdad on 17 May', 'le sommet, qui se tiendra', 'саммит,
# который пройдет в Багдаде 17 мая', 'القمة، التي ستعقد', 'نشست، که ... برگزار'): the
# comma goes on with the noun's own words, its place and its day.
RELATIVE_HELD = {
    "en": r"\s*(?:which|that) (?:will|would|is|was|are|were) (?:\w+ )?(?:be )?(?:held|convened|hosted|scheduled|planned|due)\b",  # noqa: E501
    "fr": r"\s*(?:qui|prévue?s? |prevue?s? )(?:se tiendra|se tiendront|aura lieu|auront lieu|doit se tenir|doivent se tenir|est prévue?|sont prévue?s)",  # noqa: E501
    "ru": r"\s*(?:котор\w+) (?:пройд[её]т|пройдут|состоится|состоятся|запланирован\w*|должн\w+ (?:пройти|состояться))",  # noqa: E501
    "ar": r"\s*(?:التي|الذي|اللتي) (?:ست|سي|ت|ي)?(?:عقد|نعقد|قام|ستضيف)\w*",
    "fa": r"\s*كه(?: [^\s]+){0,4}? برگزار",
}
# pipeline.asides: a state that only names a minister's office ('Russian Foreign Minister',
# 'foreign minister of Lebanon', 'ministre des Affaires étrangères de la Syrie', 'министр
# иностранных дел Ливана', 'глава МИД России', 'وزير خارجية لبنان', 'وزیر امور خارجه لبنان',
# 'Lübnan Dışişleri Bakanı'): the group `state` is the state's word, which is no party to
# the minister's meeting (outside tester t16a, 10).
OFFICE_OF_STATE = {
    "en": r"(?<!\w)(?P<state>[\w'’-]+) (?:foreign|defen[cs]e) minister|(?:foreign|defen[cs]e) minister of (?:the )?(?P<state2>[\w'’-]+)",  # noqa: E501
    "fr": r"ministre (?:\w+ )?des affaires (?:é|e)trang(?:è|e)res (?:de la |du |de l'|d'|de )(?P<state>[\w'’-]+)",  # noqa: E501
    "ru": r"(?:министр\w* иностранных дел|глав\w* мид|мид) (?P<state>[^\W\d]+)",
    "ar": r"وزير(?:ا|ي)? (?:ال)?خارجي?ة (?P<state>[^\W\d]+)",
    "fa": r"وزیر(?:ان)? (?:امور )?خارجه (?P<state>[^\W\d][\w\u200c]*)",
    "tr": r"(?<!\w)(?P<state>[^\W\d]+) dışişleri bakan",
}
# cues.purpose_phrases, where the purpose's noun ends its words ('7 Eylül'deki Tahran
# zirvesi öncesinde'): a word before them that belongs to the verb, not to the noun, a
# place or a day in the locative ('Moskova'da', '30 Ağustos 2018'de') or 'with' ('Zarif
# ile'); the noun's own words come after it.
# A locative followed, within its clause, by a participle of holding is that participle's
# own, and so the noun's ('Bağdat'ta 17 Mayıs 2025'te düzenlenen Arap Birliği zirvesi
# öncesinde': the summit's place and date; re-tester t16d, 2).
_TR_HOLDING_PARTICIPLE = (
    r"(?:yapıl|düzenlen|gerçekleştiril|gerçekleş|toplan|planlan|öngörül)(?:an|en|acak|ecek)(?!\w)"
)
NOT_A_MODIFIER = {
    "tr": r"\S*['’][dt][ae](?!\w)(?!(?:\s+[^\s,;:.]+){0,4}?\s+"
    + _TR_HOLDING_PARTICIPLE
    + r")|(?<!\w)ile(?!\w)"
}
# extract._told_held: a word of a plan or an expectation anywhere in a saying's sentence
# ('est prévu début 2019', 'is scheduled', 'намечен', 'من المقرر', 'قرار است'): the
# gathering it reports is not told as held, whatever its tense (French: a future or a
# conditional, 'se poursuivraient'). No Turkish: its
# reported verb ('görüşmelerin sürdüğünü açıkladı') is no past, whatever its form, so a
# Turkish saying is never read as telling a gathering held.
PLAN_WORDS = {
    "en": r"plan\w*|schedul\w*|due|expected|slated|intend\w*|will|would|upcoming|next",
    "fr": r"prévu\w*|prevu\w*|programm\w*|envisag\w*|devr\w*|prochain\w*|aur[ao]\w*|\w+r(?:ait|aient|a|ont)",  # noqa: E501
    "ru": r"планир\w*|запланир\w*|намеч\w*|намечен\w*|ожида\w*|будет|будут|следующ\w*",
    "ar": r"مقرر\w*|المقرر|المرتقب\w*|المقبل\w*|القادم\w*|سي\w+|ست\w+",
    "fa": r"قرار است|قرار بود|خواهد|خواهند|آینده|بعدی",
}
AHEAD_OF_AFTER = {"tr": r"(?:\w+ )?(?:öncesi\w*|arifesi\w*)|(?<=[dt][ae]n )önce(?!\w)"}
# Persian 'در آستانه' is also 'in Astana': before a noun that a light verb makes a verb
# ('در آستانه برگزار می‌شود', held in Astana; 'در آستانه دیدار کردند', met in Astana) it
# is the city, and the noun is the happening.
# Russian 'накануне' alone is 'the day before' ('Педерсен накануне встретился'): before a
# cue that is a verb (its past or present ending) it names no happening ahead.
AHEAD_OF_VERB_CUE = {"ru": r"\w*(?:л|ла|ло|ли|лся|лась|лось|лись|ет|ют|ят|ит|ется|ются|тся)"}
AHEAD_OF_VERB_AFTER = {
    "fa": r"\s*(?:كرد|كردند|كرده|شد|شدند|شده|مي[\u200c ]?(?:كند|كنند|شود|شوند)|خواهد|خواهند)(?!\w)"
}
# cues.kinds_in: a rank right before the foreign ministers' cue ('deputy foreign ministers',
# 'vice-ministres des Affaires étrangères', 'заместители министров иностранных дел', 'نواب
# وزراء الخارجية', 'معاونان وزیران خارجه'): their meeting is no ministerial (t14b, 4).
# Turkish writes the rank after the noun ('dışişleri bakan yardımcıları'), which the cue
# does not match.
DEPUTIES_BEFORE = {
    "en": r"deputy|vice|assistant|under",
    "fr": r"vice-?|sous-",
    "ru": r"заместител\w*|замест\.",
    "ar": r"(?:و)?(?:نواب|نائبا|نائبي|نائب|مساعدو|مساعدي|مساعد)",
    "fa": r"معاونان|معاون|معاونین",
}
# cues._is_topic: a relative pronoun right after the noun: the sentence tells of that very
# happening ('the ceasefire that … brokered', 'le cessez-le-feu qui', 'перемирие, которое').
RELATIVE_AFTER = {
    "en": r"that|which",
    "fr": r"qui|qu'il|qu'elle|que",
    "ru": r"котор\w+",
    "ar": r"الذي|التي",
    "fa": r"(?:ی\s*)?که",
}
# cues.agrees_to_act: a verb of agreeing followed by what is to be done ('agreed to form a
# committee', 'se sont mis d'accord pour créer', 'договорились создать', 'توافق کردند که ...
# تشکیل دهند'): a decision to act later, no agreement signed or made that day (outside
# testers, session 13). The whole phrase from the agreeing verb. Not the noun: 'a deal to
# absorb the SDF's bodies was reached' tells an agreement made, its content after 'to'; nor
# 'agreed to a ceasefire' (an article or a possessive after 'to': an agreement reached).
# Arabic 'اتفقوا على أن' and Turkish 'anlaştı' are no agreement cues to begin with.
AGREED_TO_ACT = {
    "en": r"agreed\s+(?:to (?!(?:a|an|the|this|that|these|those|its|their|his|her|our|it|them|terms|which|what)(?!\w))[a-z]+|on [a-z]+ing(?!\w))",  # noqa: E501
    "fr": r"d'accord\s*(?:de|d'|pour)\s*(?:se |s')?\w+(?:er|ir|re)(?!\w)",
    "ru": r"договорил\w*\s+(?:о том,? чтобы|\w+(?:ать|ять|еть|ить|оть|уть|ыть|ти|чь)(?:ся)?(?!\w))",
    "fa": r"توافق (?:كردند|كرد|كرده اند|كرده است|كرده بودند)\s*(?:كه|تا)(?!\w)",
}

# repost.find_repost: a line saying when the story first appeared elsewhere ('This article
# first appeared on ... on 3 May 2019', 'Publié initialement le ...', 'Впервые опубликовано
# ...', 'İlk yayın: ...', 'نُشر لأول مرة في ...', 'نخستین بار در ... منتشر شد'): the article
# reposts that story, whose 'today', 'yesterday' and weekdays are of that day.
REPOST_LABELS = {
    "en": r"(?:originally|first) (?:published|appeared|posted|ran)|(?:republished|reposted|reprinted) from|this (?:article|story|piece) (?:was )?(?:first|originally) (?:published|appeared)",  # noqa: E501
    "fr": r"(?:publié|paru|mis en ligne)e? (?:initialement|d'abord|pour la première fois|à l'origine)|(?:initialement|originellement|d'abord) (?:publié|paru)e?|première publication",  # noqa: E501
    "ru": r"(?:впервые|первоначально|изначально|ранее) (?:опубликован\w*|вышл?\w*|размещен\w*)|первая публикация|оригинал (?:опубликован\w*|статьи)",  # noqa: E501
    "tr": r"ilk (?:yayın(?:lanma)?|yayımlan\w*)(?: tarihi)?|ilk (?:olarak|kez) (?:\w+ ){0,3}?(?:yayımlan\w*|yayınlan\w*)|orijinal yayın\w*",  # noqa: E501
    "ar": r"نشر (?:\w+ ){0,3}?(?:لاول مره|اولا|في الاصل|اصلا)|النشر الاول|تاريخ النشر الاصلي|(?:المقال|الماده) الاصلي(?:ه)?",  # noqa: E501
    "fa": r"(?:نخستين|اولين) بار (?:\w+ ){0,4}?منتشر|انتشار (?:نخست|اوليه|اول)|تاريخ انتشار اصلي",
}

# rules13b: a month with the words that name its year from the article's own ('в январе
# этого года', 'in January this year', 'en janvier de cette année', 'في يناير من العام
# الجاري', 'ژانویه امسال', 'bu yılın Ocak ayında'): that year, whatever other date the
# sentence named before it; and how many years on from the article's it is. Turkish
# puts the words before the month.
MONTH_YEAR_NAMED = {
    "en": {"this year": 0, "of this year": 0, "next year": 1, "of next year": 1},
    "fr": {"de cette année": 0, "cette année": 0, "de l'année en cours": 0,
           "de l'année prochaine": 1, "l'année prochaine": 1},
    "ru": {"этого года": 0, "текущего года": 0, "нынешнего года": 0, "сего года": 0,
           "следующего года": 1, "будущего года": 1},
    "ar": {"من هذا العام": 0, "هذا العام": 0, "من العام الجاري": 0, "العام الجاري": 0,
           "من العام الحالي": 0, "العام الحالي": 0, "من السنة الجارية": 0,
           "من العام المقبل": 1, "العام المقبل": 1, "من العام القادم": 1, "العام القادم": 1,
           "العام الماضي": -1},
    "fa": {"امسال": 0, "سال جاری": 0, "سال جاری میلادی": 0, "سال آینده": 1,
           "سال آینده میلادی": 1, "سال بعد": 1},
    "tr": {"bu yıl": 0, "bu yılın": 0, "gelecek yıl": 1, "gelecek yılın": 1,
           "önümüzdeki yıl": 1, "önümüzdeki yılın": 1, "geçen yıl": -1, "geçen yılın": -1},
}  # fmt: skip

# rules13b: happenings told by words the event cues lacked (dev recall, session 13), by
# kind. A person leaving a post ('ушел с поста президента', 'از سمت خود کنار می‌رود'); a
# regime's collapse ('l'ancien régime s'est effondré'); a cabinet's line-up unveiled
# ('كشف عن تشكيلة حكومة'). A place or a state hosting a round, a session, a summit ('تحتضن
# العاصمة الكازاخية هذه الجولة', 'Astana will host the next round'); talks named as
# discussions; a trip ('به تهران سفر می‌کند'). A body or a state welcoming a step ('welcomed
# by the Security Council on 8 October'). News made known ('خبر داده بود', 'كشف عن').
_LEFT_OFFICE = {
    "en": r"(?:left|leaves|leaving|leave|quit|quits|quitting) (?:his |her |the )?"
    r"(?:post|office|job|role)",
    "fr": r"quitt\w* (?:son poste|ses fonctions|le pouvoir|la présidence)",
    "ru": r"(?:уш[её]л|ушла|уйд[её]т|уходит) (?:в отставку|с (?:[\w-]+ )?пост\w*)"
    r"|(?:оставил|оставит|покинул|покинула) (?:[\w-]+ )?пост\w*",
    "ar": r"(?:ترك|يترك|سيترك|تترك|ستترك) (?:[^\s]+ ){0,3}?منصب\w*",
    "fa": r"کنار (?:می[\u200c ]?)?(?:رود|روند|رفت|رفتند)|کنار خواهد رفت",
}
_REGIME_COLLAPSED = {
    "en": r"(?:regime|government|rule) (?:[\w'-]+ ){0,2}collapsed|collapse of (?:the )?"
    r"(?:[\w'-]+ )?(?:regime|government)",
    "fr": r"(?:régime|pouvoir|gouvernement) (?:[\w'-]+ ){0,2}(?:s'est |se sont )?effondr\w*"
    r"|(?:régime|pouvoir|gouvernement) (?:[\w'-]+ ){0,2}(?:est|sont) tomb\w*"
    r"|effondrement (?:du|de l'ancien) (?:[\w'-]+ )?(?:régime|pouvoir|gouvernement)",
    "ru": r"(?:режим|власт)\w* (?:[\w-]+ ){0,2}(?:рухнул\w*|пал(?:а|о)?)"
    r"|крах\w* (?:[\w-]+ )?режим\w*",
    "ar": r"(?:انهيار|انهار) (?:ال)?(?:نظام|حكومه)",
    "fa": r"فروپاشی (?:رژیم|حکومت|نظام)",
    "tr": r"(?:rejim|hükümet|yönetim)\w* (?:[^\s]+ )?çök\w*",
}
_LINE_UP = {"ar": r"(?:ال)?تشكيله (?:ال)?(?:حكوم|وزار)\w*"}


def _add_phrases(kind: str, *tables: dict[str, str]) -> None:
    """Each table's words of a language join that language's phrases of `kind`."""
    for table in tables:
        for lang, words in table.items():
            EVENT_PHRASES[kind][lang] += "|" + words


_add_phrases("milestone", _LEFT_OFFICE, _REGIME_COLLAPSED, _LINE_UP)
# rules14b: an envoy chosen for the post ('c'est Guterres qui l'a choisi comme envoyé
# spécial', 'picked him as his envoy', 'выбрал его в качестве спецпосланника', 'اختاره
# مبعوثا', 'به عنوان فرستاده ویژه برگزید', 'özel temsilci olarak seçti'): an appointment,
# as 'appointed' and 'nommé' are (pipeline/office.py reads them so too).
CHOSEN_AS = {
    "en": r"(?:chose|chosen|picked|selected|tapped) (?:[\w'-]+ ){0,4}?(?:as|to be|to serve as) "
    r"(?:[\w'-]+ ){0,3}?(?:envoy|representative|mediator)",
    "fr": r"(?:choisi|retenu|désigné)\w* (?:[\w'-]+ ){0,4}?(?:comme|pour être|en tant qu') ?"
    r"(?:[\w'-]+ ){0,2}?(?:envoyé|émissaire|représentant|médiateur)",
    "ru": r"выбра\w* (?:[\w-]+ ){0,4}?(?:в качестве|на пост|на должность) (?:[\w-]+ ){0,2}?"
    r"(?:спецпосланник|посланник|представител|посредник)\w*",
    "ar": r"(?:اختار|اختارت|اختير|اختياره|اختيار) (?:[^\s]+ ){0,4}?(?:مبعوث|ممثل|وسيط)\w*",
    "fa": r"(?:به عنوان|به سمت) (?:[^\s]+ ){0,4}?(?:فرستاده|نماینده|میانجی)\S* (?:[^\s]+ ){0,5}?"
    r"(?:برگزید\w*|انتخاب (?:کرد|شد)\w*)",
    "tr": r"(?:temsilci|elçi|arabulucu)\w* (?:olarak )?(?:seçti|seçildi|belirledi|belirlendi)",
}
_add_phrases("milestone", CHOSEN_AS)
# rules15: one person succeeding another in an office ('succeeded de Mistura', 'was replaced
# by Pedersen', 'a succédé à', 'a été remplacé par', 'сменил ... на посту', 'حل محل', 'خلفا
# لـ', 'جانشین ... شد', 'جای ... را گرفت', "yerine ... getirildi"), and someone who is to
# become, or became, an envoy ('confirmed that de Mistura will become the envoy'): the
# successor's appointment, a milestone (pipeline/office.py reads them as taking office).
SUCCEEDED = {
    "en": r"succeed(?:s|ed|ing)(?! in\b)|(?:was|were|has been|had been|will be|is|to be) "
    r"replaced (?:as [\w'-]+ (?:[\w'-]+ )?)?by|replac(?:es|ed|ing) (?:him|her)\b|"
    r"t(?:ook|akes|aking|ake) over from|(?:will|would|is to|to) become (?:the |its |his |her |"
    r"a |the organisation's |the organization's )?(?:[\w'-]+ ){0,3}?(?:envoy|representative|"
    r"mediator)|became (?:the |its |a )?(?:[\w'-]+ ){0,3}?(?:envoy|representative|mediator)",
    "fr": r"succéd\w*|succède\w*|remplacée? par|(?:a|ont|avait) remplacé|(?:a|avait) pris la "
    r"relève|prend la relève|(?:deviendra|devient|est devenue?|deviendrait) (?:le |la |l'|un |"
    r"une )?(?:[\w'-]+ ){0,3}?(?:envoyée?|émissaire|représentante?|médiat(?:eur|rice))",
    "ru": r"(?:смени|замени)\w* (?:[\w-]+ ){0,5}?на (?:посту|должности)|сменил\w*(?! (?:сво\w+ )?"
    r"(?:позици|тактик|курс|риторик|тон|мнени|подход|формат|мест))|(?:при[шд]\w*) на "
    r"смену|преемник\w*|(?:станет|стал|стала) (?:[\w-]+ ){0,3}?(?:спец)?(?:посланник|"
    r"представител|посредник)\w*",
    "ar": r"خلف(?= (?!ال|ابواب|ظهر|خطوط|جدران|ستار)[^\s]+)|حل\w* (?:[^\s]+ ){0,6}?محل|"
    r"خلفا ل\S*|خليفه ل\S*|(?:سيصبح|يصبح|اصبح|ليصبح) "
    r"(?:[^\s]+ ){0,3}?(?:ال)?(?:مبعوث|ممثل|وسيط)\w*",
    # rules16: 'به جای X فرستاده شد / منصوب شد' (became the envoy, was appointed, in X's
    # place); 'به جای' alone is any 'instead of'.
    "fa": r"جانشين (?:[^\s]+ ){0,6}?(?:شد|شده|مي[\u200c ]?شود|خواهد شد)|به جاي (?:[^\s]+ "
    r"){1,4}?(?:فرستاده|نماينده|ميانجي|منصوب)\S*(?: [^\s]+){0,3}? (?:شد|خواهد شد)|"
    r"جايگزين (?:[^\s]+ ){0,6}?"
    r"(?:شد|شده|مي[\u200c ]?شود|خواهد شد)|جاي (?:[^\s]+ ){0,5}?را (?:گرفت|مي[\u200c ]?گيرد)|"
    r"جاي خود را به (?:[^\s]+ ){0,5}?(?:داد|مي[\u200c ]?دهد)|(?:فرستاده|نماينده|ميانجي)\S* "
    r"(?:(?!وارد|راهي|عازم|به |در |از )[^\s]+ ){0,3}?(?:خواهد شد|مي[\u200c ]?شود)",
    "tr": r"yerine (?:[^\s]+ ){0,5}?(?:atan|getiril|geç|seçil|görevlendiril)\w*|"
    r"(?:temsilci|elçi|arabulucu)\w* ol(?:acak|acağ|du|duğ|muş)\w*",
}
_add_phrases("milestone", SUCCEEDED)
_HOSTED = {
    "en": r"host(?:s|ed|ing)? (?:[\w'-]+ ){0,4}?(?:round|session|meeting|summit|talks)",
    "fr": r"accueill\w* (?:[\w'-]+ ){0,4}?(?:round|tour|cycle|session|réunion|sommet)",
    "ru": r"(?:прим(?:ет|ут|ал|ала|али)) (?:[\w-]+ ){0,3}?(?:раунд|сесси|встреч|саммит)\w*",
    "ar": r"(?:استضاف|استضافت|تستضيف|يستضيف|ستستضيف|سيستضيف|احتضن|احتضنت|تحتضن|يحتضن"
    r"|ستحتضن|سيحتضن)(?: [^\s]+){0,4}? (?:ال)?(?:جوله|دوره|اجتماع|قمه|محادثات)",
    "fa": r"میزبان(?:ی)? (?:[^\s]+ ){0,4}?(?:دور|نشست|اجلاس|مذاکرات|جلسه)",
    "tr": r"(?:tur|toplantı|zirve|oturum)\w* (?:[^\s]+ )?ev sahipliği yap\w*",
}
# Not Russian 'обсуждение': 'принял участие в обсуждении бюджета' is no meeting.
_DISCUSSIONS = {
    "en": r"discussions",
    "fr": r"discussions",
    "ar": r"(?:ال)?مناقشات|(?:ال)?نقاشات",
    "fa": r"سفر (?:کرد|کردند|می[\u200c ]?کند|می[\u200c ]?کنند|خواهد کرد|خواهند کرد)",
}
# rules14b: a trip to a place told by the Persian noun ('سفر فرستاده به دمشق', the envoy's
# trip to Damascus), as 'visit', 'visite', 'визит', 'زيارة', 'ziyaret' are in the others;
# not a delegation's ('سفر هیئت ایرانی به آستانه'), which is logistics (LABELLING.md).
_TRIP = {"fa": r"سفر (?!(?:هیئت|هیات|وفد|تیم)\b)(?:[^\s]+ ){0,3}?به"}
_add_phrases("meeting", _HOSTED, _DISCUSSIONS, _TRIP)
EVENT_PHRASES["statement"] = {
    "en": r"welcomed|welcomes",
    "fr": r"salué\w*|a accueilli favorablement|se sont félicités|s'est félicité\w*",
    "ru": r"приветствова\w*",
    "ar": r"رحب\w*|(?:ال)?ترحيب",
    "fa": r"استقبال (?:کرد|کردند)",
    "tr": r"memnuniyetle karşıla\w*",
}
# Arabic and Persian make news known with these verbs as others 'announce'; English
# 'unveiled' is as often what a report tells ('reported on Sunday that he has unveiled').
EVENT_PHRASES["announcement"] = {
    "ar": r"كشف\w* عن|(?:س)?[يت]كشف عن",
    "fa": r"خبر (?:داد|دادند|داده|می[\u200c ]?دهد)",
}

# rules13b: a happening dated by the time passed since it ('cela fait onze jours que le régime
# est tombé', 'onze jours depuis la chute', 'eleven days since the regime fell', 'прошло
# одиннадцать дней с момента', 'بعد مرور 11 يوما على سقوط', '۱۱ روز از سقوط ... می‌گذرد',
# 'rejimin düşmesinin üzerinden 11 gün geçti'): that many back from today, as 'N days ago'
# (AGO's groups: the count 'n', the unit 'u'). Several patterns a language: a group name
# is written once a pattern. The word of each pattern that every sentence holding it has
# goes into SINCE_COUNT_WORDS (which sentences the rule is run on).
AGO_NUMBERS.update(
    {
        **dict.fromkeys(("eleven", "onze", "одиннадцать", "on bir", "احد عشر", "يازده"), 11),
        **dict.fromkeys(("twelve", "douze", "двенадцать", "on iki", "اثنا عشر", "دوازده"), 12),
    }
)
_COUNT = r"\d+|" + "|".join(sorted(AGO_NUMBERS, key=len, reverse=True))
# Words that keep a count exact ('only eleven days'); 'almost', 'more than' make it no date.
_SOFT = r"(?:seulement |à peine |déjà )?"
_ABOUT = r"(?<!presque )(?<!près de )(?<!plus de )(?<!environ )"
SINCE_COUNT = {
    "en": [rf"(?P<n>{_COUNT}) (?P<u>days?|weeks?|months?|years?) since(?! \d)"],
    "fr": [
        rf"(?:cela|ça) fait {_SOFT}(?P<n>{_COUNT}) (?P<u>jours?|semaines?|mois|ans|années) que",
        rf"{_ABOUT}(?P<n>{_COUNT}) (?P<u>jours?|semaines?|mois|ans|années) depuis"
        r"(?= (?:que|qu'|la |le |les |l'))",
    ],
    "ru": [
        rf"прошл[оиа] (?:уже |лишь |всего )?(?P<n>{_COUNT}) (?P<u>дн\w*|день|недел\w*|"
        r"месяц\w*|год\w*|лет) (?:с момента|со дня|с тех пор|после|с)(?![\w])"
    ],
    "ar": [
        rf"مرور (?P<n>{_COUNT}) (?P<u>يوما|يوم|ايام|اسبوعا|اسابيع|شهرا|"
        r"اشهر|شهور|عاما|اعوام|سنوات) على"
    ],
    "fa": [rf"(?P<n>{_COUNT}) (?P<u>روز|هفته|ماه|سال) از (?:[^\s.،]+ ){{1,6}}?می[\u200c ]?گذرد"],
    "tr": [rf"(?:üzerinden|aradan) (?P<n>{_COUNT}) (?P<u>gün|hafta|ay|yıl) geçti"],
}
SINCE_COUNT_WORDS = {
    "en": ["since"],
    "fr": ["fait", "depuis"],
    "ru": ["прошло", "прошли", "прошла"],
    "ar": ["مرور"],
    "fa": ["گذرد", "میگذرد"],
    "tr": ["geçti"],
}


# --- rules14c (session 14): days and months named from today's month -----------------------

# A day of the month the words name from the article's: this one (0), the next (1) or the
# last (-1): 'the 29th of this month', 'le 29 de ce mois', 'le 5 courant', '29-го числа
# этого месяца', "bu ayın 29'unda" (Arabic 'في 23 من الشهر الجاري' and Persian '۱۸ ماه
# میلادی جاری' are read in dates.py). `{day}` is the day (or two), `{rel}` these words.
# A month named by no word at all is this one: 'the 27th of the month', 'le 27 du mois'
# (not 'du mois de mars'), '27-го числа', "ayın 27'si".
DAY_OF_MONTH_FROM_TODAY = {
    "en": (
        r"(?:the\s+)?{day}\s+of\s+(?P<rel>{rel})",
        {"this month": 0, "the month": 0, "the current month": 0, "the present month": 0,
         "next month": 1, "the next month": 1, "the coming month": 1, "last month": -1,
         "the previous month": -1},
    ),
    "fr": (
        r"{day}\s+(?P<rel>{rel})(?!\s+d(?:e\s|'))",
        {"de ce mois": 0, "du mois": 0, "de ce mois-ci": 0, "courant": 0, "du mois courant": 0,
         "du mois en cours": 0, "du mois prochain": 1, "du mois suivant": 1,
         "du mois dernier": -1, "du mois précédent": -1, "du mois passé": -1},
    ),
    "ru": (
        r"{day}\s+(?:числа\s+)?(?P<rel>{rel})",
        {"числа": 0, "этого месяца": 0, "текущего месяца": 0, "сего месяца": 0,
         "нынешнего месяца": 0, "следующего месяца": 1, "будущего месяца": 1, "прошлого месяца": -1,
         "прошедшего месяца": -1, "минувшего месяца": -1},
    ),
    "tr": (
        r"(?P<rel>{rel})\s+{day}(?:['’]\w+)?",
        {"ayın": 0, "bu ayın": 0, "içinde bulunduğumuz ayın": 0, "gelecek ayın": 1,
         "önümüzdeki ayın": 1, "geçen ayın": -1, "geçtiğimiz ayın": -1},
    ),
}  # fmt: skip
# After 'الشهر', the words that make it the month named before ('في 27 من الشهر نفسه'), not
# this one (a bare '27 من الشهر' is this month's 27th).
AR_SAME_MONTH = ["نفسه", "ذاته", "عينه"]
# The words after a day and its month that say it is of this month ('29 كانون الثاني/ يناير
# الجاري', '29 janvier courant', '۲۹ ژانویه جاری'): this year's day, whatever the tense.
THIS_WITH_DAY = {"ar": ["الجاري", "الحالي"], "fr": ["courant"], "fa": ["جاری"]}
for _lang, _this in THIS_WITH_DAY.items():
    LAST_AFTER_DAY[_lang] = [*LAST_AFTER_DAY[_lang], *_this]
# The words that say a month, or the months of a list, are still ahead ('خلال شباط/ فبراير
# أو آذار/ مارس المقبلين', 'en février ou mars prochains', 'فوریه و مارس آینده'), after them
# or before them ('next February', "önümüzdeki Şubat'ta", 'в следующем феврале'): the next
# such month from the article's, never last year's, whatever the clause's verb.
AHEAD_AFTER_MONTH = {
    "ar": r"المقبل|المقبلة|المقبلين|المقبلتين|المقبلان|المقبلتان|القادم|القادمة|القادمين|"
    r"القادمتين",
    "fr": r"prochaine?s?|à venir",
    "fa": r"آینده|پیش[\u200c ]?رو",
}
AHEAD_BEFORE_MONTH = {
    "en": r"next|this coming|the coming",
    "tr": r"gelecek|önümüzdeki",
    "ru": r"(?:в\s+)?(?:следующем|будущем|наступающем)",
}
# Russian puts the adjective between the preposition and the month ('в следующем феврале').
PREPOSITIONS["ru"] = [*PREPOSITIONS["ru"], "в следующем", "в будущем", "в наступающем"]
# The joiners between the months of a list: 'شباط أو آذار', 'février ou mars', 'فوریه و مارس'.
MONTH_LIST_JOINERS = {
    "ar": r"[,،]|و|او|أو|ثم",
    "fr": r",|et|ou|puis",
    "fa": r"[,،]|و|یا|تا",
}

# The words of money and of reports whose period a year, or a part of one, is ('the funding
# required for the first half of 2025', 'les fonds nécessaires au premier semestre 2025',
# 'средств ... в первом полугодии', "2025'in ilk yarısında ... fonun", 'التمويل المطلوب في
# النصف الأول', 'بودجه لازم ... در نیمه نخست سال'): the period is no happening (R1).
FUNDED_PERIOD_WORDS = {
    "en": r"fund\w*|appeals?|budgets?|financ\w*|donors?|pledg\w*|humanitarian plans?|"
    r"response plans?|reporting period|statistics",
    "fr": r"fonds|financ\w*|budg[eé]t\w*|bailleurs?|donateurs?|promesses? de dons|"
    r"plans? de réponse|statistiques",
    "ru": r"средств\w*|финансир\w*|бюджет\w*|донор\w*|план\w* реагирования|статистик\w*",
    "tr": r"fon\w*|finansman\w*|bütçe\w*|bağış\w*|müdahale plan\w*|istatistik\w*",
    "ar": r"(?:ال|لل)?تمويل\w*|(?:ال)?اموال|(?:ال)?ميزاني\w*|(?:ال)?مانح\w*|(?:ال)?تبرعات|"
    r"خط\w* الاستجاب\w*|(?:ال)?احصاء\w*",
    "fa": r"بودجه\w*|تامین مالی|کمک[\u200c ]?های مالی|اهداکنندگان|آمار\w*",
}

# --- attendance (pipeline/attendance.py): who a sentence tells took part in its gathering ---

# Verbs of taking part in a gathering, affirmative, in every tense the reports use.
ATTENDANCE_VERBS = {
    "en": r"met|meets|(?:will|to) (?:meet|attend|visit|hold talks)|play(?:ed|s)? host to|(?:held|hold|holds|holding|had|have) (?:\w+ )?(?:talks|meetings?|consultations|negotiations|(?:phone )?call)|attend(?:s|ed|ing)?|took part|takes part|taking part|participat(?:ed|es|ing)|joined|conferred|negotiated|gathered|convened|visit(?:ed|s|ing)|received|hosted|opened (?:a|the) (?:\w+ ){0,2}(?:round|session|meeting|talks)|led (?:the|his|her|their) (?:\w+ )?delegation|head(?:ed|s) (?:the|his|her|their) (?:\w+ )?delegation|discussed|(?:meeting|talks|summit|call|consultations) (?:with|between)",  # noqa: E501
    "fr": r"a rencontré|ont rencontré|rencontre|rencontrera|rencontreront|se retrouveront|se sont retrouvés|s'est (?:entretenu|réuni)e?|s'entretiendr\w*|se sont (?:entretenus|réunis|rencontrés)|a (?:participé|assisté|pris part|discuté|visité|conduit|dirigé|mené|reçu|accueilli|ouvert)|ont (?:participé|assisté|pris part|discuté|visité|conduit|dirigé|mené|reçu)|participe\w*|assiste|ouvre|reçoit|a eu (?:un entretien|des entretiens|des pourparlers)|(?:entretien|rencontre|sommet|réunion|pourparlers) (?:avec|entre)",  # noqa: E501
    "ru": r"встретил\w*|встречал\w*|встретя\w*|встретит\w*|встречает\w*|увид(?:ятся|ится|елись)|переговорил\w*|пров[её]\w* (?:\w+ ){0,2}?(?:переговор|встреч|консультаци|бесед|разговор)\w*|участвовал\w*|участвует|участвуют|принял\w* участие|прим\w* участие|принима\w* участие|посетил\w*|посетит|посетят|побывал\w*|обсудил\w*|обсуждал\w*|обсудят|принял\w*|возглавил\w* (?:\w+ )?делегаци\w*|возглавля\w* (?:\w+ )?делегаци\w*|(?:встреч\w*|переговор\w*|разговор\w*|саммит\w*) (?:с|со|между)",  # noqa: E501
    "tr": r"görüştü\w*|görüşt[üu]ğ\w*|görüşecek\w*|görüşeceğ\w*|görüşüyor\w*|görüşme yaptı\w*|bir araya gel\w*|katıldı\w*|katıldığ\w*|katılacak\w*|katılıyor\w*|ziyaret etti\w*|ziyaret edecek\w*|ziyaret ett[iı]ğ\w*|başkanlık etti\w*|başkanlığında|ağırladı\w*|kabul etti\w*|toplantı yaptı\w*|müzakere etti\w*",  # noqa: E501
    "ar": r"التقى|التقت|التقيا|التقوا|يلتقي|تلتقي|سيلتقي|للقاء|اجتمع|اجتمعت|اجتمعا|اجتمعوا|يجتمع|سيجتمع|شارك|شاركت|شاركوا|يشارك|سيشارك|حضر|حضرت|حضروا|بحث|بحثت|بحثا|ناقش|ناقشت|زار|زارت|يزور|سيزور|ترأس|ترأست|يترأس|استقبل|استقبلت|عقد|عقدت|عقدا|(?:لقاء|اجتماع|محادثات|مباحثات|قمه) (?:مع|بين)",  # noqa: E501
    "fa": r"دیدار کرد\w*|دیدار و گفتگو کرد\w*|دیدار و گفت\u200c?وگو کرد\w*|دیدار خواهد کرد|دیدار می[\u200c ]?کند|ملاقات کرد\w*|گفتگو کرد\w*|گفت\u200c?و\u200c?گو کرد\w*|رایزنی کرد\w*|مذاکره کرد\w*|شرکت کرد\w*|شرکت خواهد کرد|شرکت می[\u200c ]?کند|شرکت داشت\w*|حضور یافت\w*|حضور داشت\w*|دیدار داشت\w*|سفر کرد\w*|سفر می[\u200c ]?کند|سفر خواهد کرد|استقبال کرد\w*|میزبان\w*|ریاست\w*|(?:دیدار|نشست|گفتگو|مذاکره) (?:با|میان|بین)",  # noqa: E501
}
# A gathering negated, or someone absent from it: nobody of the sentence attends.
ATTENDANCE_NEGATED = {
    "en": r"not|n't|never|no longer|without|boycott\w*|absent|skipped|stayed away|declined to|refused to|instead of",  # noqa: E501
    "fr": r"(?:ne|n')\s*(?:[\w']+\s+){0,3}?(?:pas|jamais|plus|point|guère)|sans|boycott\w*|absent\w*|a refusé|ont refusé|au lieu d[e']",  # noqa: E501
    "ru": r"не|ни|без|бойкот\w*|отсутствовал\w*|отказал\w*|вместо",
    "tr": r"(?:katıl|görüş|gel|git|bulun|toplan|yap|düzenle|ol|et|gerçekleş)m[ae](?:d|y|z|m)\w*|olmadan|olmaksızın|boykot\w*|yerine|değil|yoktu",  # noqa: E501
    "ar": r"لم|لن|لا|ليس|ليست|دون|بدون|غاب\w*|تغيب\w*|قاطع\w*|مقاطعه|رفض\w*|بدلا",
    "fa": r"ن(?:کرد|داشت|یافت|یامد|رفت|شد|پذیرفت)\w*|نمی[\u200c ]?\w+|بدون|بی\u200c?حضور|تحریم\w*|غایب\w*|به جای",  # noqa: E501
}
# Words that make the name after them someone the gathering is about or addresses, not
# one of its people ('a proposal by X', 'a message to Foreign Minister X'): a few title
# words may stand between, no comma. 'of' and 'de' only right before the name ('the
# plan of X'), as titles hold them ('Minister of Foreign Affairs X').
NOT_OF_IT_BEFORE = {
    "en": r"by|to|from|about|against|for|on behalf of",
    "fr": r"par|à|au|aux|contre|pour|sur|selon|d'après",
    "ru": r"к|от|о|об|про|против|для|по словам|по данным|по мнению|по сведениям",
    "tr": r"için|hakkında",
    "ar": r"من|الى|إلى|عن|ضد|بحسب|حسب|وفق|وفقا ل",
    "fa": r"از|به|درباره|علیه|برای",
}
OF_RIGHT_BEFORE = {"en": r"of", "fr": r"de|du|des|d'"}
# Neither of them, nor any sitting: 'Neither X nor Y attended', 'X attended no session',
# 'took no part', 'ni X ni Y n'ont assisté', 'aucune séance', 'ne X ne (de) Y katıldı',
# 'نه X و نه Y شرکت کردند' (the Turkish and Persian verb stays affirmative).
ATTENDANCE_NONE = {
    "en": r"neither|nor|no (?:\w+ )?(?:session|sessions|sitting|sittings|meeting|meetings|round|part|talks)",  # noqa: E501
    "fr": r"ni|aucun\w*|nul\w* part",
    "ru": r"никак\w*|ни одн\w*",
    "tr": r"ne (?:\S+ ){1,5}?ne(?: de| da)?|hiçbir",
    "ar": r"ولا|أي من|اي من",
    "fa": r"نه (?:\S+ ){1,5}?و نه|هیچ\w*",
}
# An intention or an expectation told in the past, which the sentence does not tell was
# fulfilled: 'X was supposed to / had been expected to / hoped to / planned to attend'.
ATTENDANCE_UNFULFILLED = {
    "en": r"(?:was|were|had been) (?:supposed|expected|due|scheduled|set|slated|meant|invited|planning|hoping|going|about) to|had (?:hoped|planned|intended|wanted|meant|expected) to|(?:hoped|planned|intended|wanted|wished|sought|tried|aimed) to|would have",  # noqa: E501
    "fr": r"devai(?:t|ent)|(?:était|étaient|avait été|avaient été) (?:censé|attendu|prévu|invité)e?s?|avai(?:t|ent) (?:prévu|espéré|voulu|souhaité)|espérai(?:t|ent)|comptai(?:t|ent)|souhaitai(?:t|ent)|voulai(?:t|ent)|aurai(?:t|ent) dû|aurai(?:t|ent) (?:participé|assisté|pris part|rencontré)",  # noqa: E501
    "ru": r"должен был|должна была|должны были|планировал\w*|собирал\w*|намеревал\w*|надеял\w*|ожидалось|предполагалось|рассчитывал\w*|хотел\w*|был\w* приглаш\w*",  # noqa: E501
    "tr": r"\w*(?:ması|mesi) (?:bekleniyordu|gerekiyordu|planlanıyordu|öngörülüyordu)|\w*(?:mayı|meyi) (?:planlıyordu|planlamıştı|umuyordu|ummuştu|düşünüyordu|istiyordu|amaçlıyordu)|\w*(?:acaktı|ecekti)",  # noqa: E501
    "ar": r"كان (?:من المقرر|من المتوقع|من المفترض|يفترض|يأمل|ينوي|يعتزم|يريد|يتوقع|مقررا|متوقعا)|كانت (?:تأمل|تنوي|تعتزم|تريد)",  # noqa: E501
    "fa": r"قرار بود|انتظار می[\u200c ]?رفت|امیدوار بود\w*|قصد داشت\w*|برنامه داشت\w*|می[\u200c ]?خواست\w*|بنا بود|دعوت شده بود\w*",  # noqa: E501
}
# A report of attendance denied or called false: 'X denied that he attended', 'Reports that
# X attended ... were false', 'a démenti', 'опроверг', 'yalanladı', 'نفى', 'تکذیب کرد'.
ATTENDANCE_DENIED = {
    "en": r"den(?:y|ies|ied|ying)|false(?:ly)?|untrue|unfounded|baseless|rumou?r(?:s|ed)?|fake",
    "fr": r"dément\w*|démenti\w*|(?:a|ont) nié|nie|nient|faux|fausse\w*|infondé\w*|rumeur\w*|erroné\w*",  # noqa: E501
    "ru": r"опроверг\w*|отрицал\w*|отрицает|отрицают|ложн\w*|слух\w*|неправд\w*|фейк\w*",
    "tr": r"yalanla\w*|asılsız|yalan|söylenti\w*",
    "ar": r"نفى|نفت|نفوا|ينفي|تنفي|كاذب\w*|شائع\w*|مزاعم|غير صحيح\w*",
    "fa": r"تکذیب\w*|شایع\w*|نادرست|کذب|دروغ\w*",
}
# A role held for someone ('X's deputy Y attended', "X'in yardımcısı Y"): X is named as
# whom the one who attends stands for, not as one who attends. After the name in English
# and Turkish (possessive); right before it, no word between, in Russian (a name in the
# genitive), Arabic (the noun without its article) and Persian (the ezafe).
ROLE_OF_AFTER = {
    "en": r"['’]s? (?:\w+ )?(?:deputy|deputies|envoy|envoys|emissary|representative|representatives|spokes(?:man|woman|person)|aide|aides|adviser|advisers|advisor|assistant|counterpart|successor|predecessor|wife|son|daughter|chief of staff)",  # noqa: E501
    "tr": r"['’]?n?[ıiuü]n (?:\w+ )?(?:yardımcısı|yardımcıları|temsilcisi|temsilcileri|sözcüsü|danışmanı|elçisi|vekili|muhatabı|halefi|selefi|eşi|oğlu|kızı)",  # noqa: E501
}
ROLE_OF_BEFORE = {
    "ru": r"заместител\w*|замминистр\w*|представител\w*|посланник\w*|спецпосланник\w*|помощник\w*|советник\w*|пресс-секретар\w*|коллег\w*|преемник\w*|предшественник\w*",  # noqa: E501
    "ar": r"نائب|نواب|ممثل|ممثلو|مبعوث|مستشار|مساعد|متحدث باسم|نظير|خليفه",
    "fa": r"معاون|نماینده|فرستاده|سخنگوی|مشاور|دستیار|همتای|جانشین",
}
# The Russian genitive of a name's last word ('Лаврова', 'Шойгу' aside), which makes the
# role noun before it the name's own ('заместитель Лаврова'), not its title.
RU_GENITIVE_END = r"(?:а|я|ы|и|ого|его)\Z"
# Verbs of hosting or receiving someone ('X hosted Y', 'X received Y', 'played host to',
# 'a reçu', 'принял', 'ağırladı', 'استقبل', 'میزبانی کرد'): a meeting of host and guest when
# the guest is a person named right after the verb (before it in Turkish and Persian, which
# put the verb last), and another participant is named too.
HOSTING = {
    "en": r"host(?:ed|s|ing)|play(?:ed|s|ing)? host to|receiv(?:ed|es|ing)",
    "fr": r"(?:a|ont|avait|avaient) (?:reçu|accueilli)|reçoit|reçoivent|accueille|accueillent|recevra|accueillera",  # noqa: E501
    "ru": r"принял\w*|принима\w*|прим(?:ет|ут)",
    "tr": r"ağırladı\w*|ağırlayacak\w*|kabul etti\w*|kabul edecek\w*|ev sahipliği yaptı\w*",
    "ar": r"استقبل|استقبلت|استقبلا|يستقبل|تستقبل|سيستقبل|استضاف|استضافت|يستضيف|تستضيف",
    "fa": r"میزبان\w*|استقبال کرد\w*|پذیرفت\w*|پذیرایی کرد\w*",
}
# A preposition that makes the country named after it where something goes, not a
# participant ('2,254 refugees crossed into Jordan', 'fled to Turkey', 'passés en Jordanie',
# 'бежали в Иорданию', 'إلى الأردن', 'به اردن'); Turkish puts a dative ending on the name
# ("Ürdün'e"). Where a gathering is held stays a participant ('met in Oman': the host).
DESTINATION_BEFORE = {
    "en": r"into|toward|towards|via|through|across|(?:fled|crossed|returned|travel(?:l)?ed|went|gone|moved|sent|headed|deported|flown|flew|arrived|driven) to",  # noqa: E501
    "fr": r"vers|via|(?:fui|fuient|fuyant|passé|passés|passées|entré|entrés|rentré|rentrés|retourné|retournés|arrivé|arrivés|réfugié|réfugiés|réfugiées) (?:en|au|aux)",  # noqa: E501
    "ru": r"через|(?:бежал\w*|беж\w*|перешл\w*|перешел|перешёл|пересекл\w*|прибыл\w*|вернул\w*|возвращ\w*|переправ\w*|въехал\w*|выехал\w*) (?:в|во)",  # noqa: E501
    "ar": r"إلى|الى|نحو|عبر",
    "fa": r"به|به سوی|به سمت",
}
DESTINATION_AFTER = {"tr": r"['’](?:y?[ae])(?!\w)"}
# A word that makes the state or body named after it what is discussed, not a party ('to
# discuss the Security Council's work on Syria', 'pour discuter des travaux du Conseil de
# sécurité', 'обсудить работу Совета Безопасности', 'لبحث عمل مجلس الأمن', 'درباره کار
# شورای امنیت'), with up to two words of its own between ('the work of the'), none of
# them 'with' (TOPIC_WITH: 'to discuss cooperation with Turkey' names a party). Turkish
# puts the word after the name ("Güvenlik Konseyi'nin çalışmaları hakkında"). Such a name
# is no participant, as a destination is not (outside tester t16d, 10).
TOPIC_OF_BODY_BEFORE = {
    "en": r"discuss(?:es|ed|ing)?|talk(?:s|ed)? about|about|regarding|concerning",
    "fr": r"discut\w* (?:de|du|des|d')|au sujet d(?:e|u|es)|à propos d(?:e|u|es)|concernant",
    "ru": r"обсу(?:д|ж)\w*|по поводу|касательно|относительно",
    "ar": r"ل(?:بحث|مناقشة)|حول|بشأن|بخصوص",
    "fa": r"درباره|در مورد|در خصوص|پیرامون",
}
TOPIC_OF_BODY_AFTER = {
    "tr": r"(?:['’]\w*)?(?:\s+[^\s,;:.!?]+){0,2}\s+(?:hakkında|konusunda|ilişkin|ile ilgili)(?!\w)"
}
TOPIC_WITH = r"with|avec|с|со|مع|با"
# A name that only completes the name before it ('the Security Council of the UN', 'Conseil
# de sécurité de l'ONU', 'Совета Безопасности ООН', 'شورای امنیت سازمان ملل'): the word
# between, if any. A discussed body's completion is discussed too.
NAME_OF_NAME = {"en": r"of(?: the)?", "fr": r"de l'|de la|du|des|de|d'"}
# extract._nearest: the case ending that puts a happening in the place it ends ("Soçi'de",
# "Ankara'da"; not "Bağdat'taki zirve", the summit in Baghdad, nor "Astana görüşmeleri").
# extract._besides_the_rounds: the languages that name a round's talks before its number
# ('Astana görüşmelerinin dördüncü turu').
TALKS_NAMED_FIRST = ("tr",)
LOCATIVE_AFTER = {"tr": r"['’](?:d|t)[ae](?!\w)"}
# review.counterparts: the word that names whom someone met, right before the name ('met
# with X', 'avec X', 'встретился с X', 'مع X', 'با X') or, in Turkish, after it ('X ile').
MET_WITH_BEFORE = {"en": "with", "fr": "avec", "ru": "с|со", "ar": "مع", "fa": "با"}
MET_WITH_AFTER = {"tr": r"['’]?\w*\s+ile(?!\w)"}
# A clause that tells what was going on at the same time as the sentence's own happening
# ('as the fourth round of Astana talks was held', 'while ... was under way', 'alors que
# ... se tenait', 'в то время как ... проходил', '... sürerken', 'بينما ... تعقد', 'در
# حالی که ... برگزار می‌شد'): the gathering it names is the time's marker, not what the
# sentence tells (outside tester t16c, 1). The words that open it, its words (no clause
# break), then its verb of being held or going on; Turkish ends it with -(y)ken.
BACKGROUND_CLAUSE = {
    "en": r"(?:as|while|whilst|when) [^,;:.!?]{0,90}?(?:was|were) (?:being )?(?:held|under ?way|taking place|going on|in progress|in session|convened|meeting)",  # noqa: E501
    "fr": r"(?:alors que|tandis que|pendant que|au moment où|lorsque|quand) [^,;:.!?]{0,90}?(?:se tenai(?:t|ent)|se déroulai(?:t|ent)|avai(?:t|ent) lieu|étai(?:t|ent) en cours|se poursuivai(?:t|ent))",  # noqa: E501
    "ru": r"(?:в то время как|пока|когда) [^,;:.!?]{0,90}?(?:проходил[аи]?|шл[иа]|шел|шёл|продолжал[аи]?сь|проводил[аи]?сь)",  # noqa: E501
    "tr": r"[^,;:.!?]{0,90}?(?:sürerken|devam ederken|yapılırken|düzenlenirken|gerçekleştirilirken)",  # noqa: E501
    "ar": r"(?:بينما|في حين|فيما|عندما|حين) [^,;:.!?\u060c]{0,90}?(?:تعقد|تنعقد|تجري|جاريه|منعقده)",
    "fa": r"(?:در حالی که|در حالیکه|هنگامی که|زمانی که|وقتی که) [^,;:.!?\u060c]{0,90}?(?:برگزار می\u200cشد|برگزار میشد|جریان داشت|ادامه داشت)",  # noqa: E501
}
