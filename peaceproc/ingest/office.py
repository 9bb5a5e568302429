"""Which way a sentence or a record's title moves someone through an office: taking it
(appointed, named envoy, succeeding someone, sworn in) or leaving it (resigning, stepping
down, dismissed). An appointment and the predecessor's resignation share their people and
often their month, but they are two happenings: a review never cites one for the other by
default (outside tester t14b, 1: 'Pedersen was appointed in October 2018, succeeding de
Mistura' cited 'Staffan de Mistura announces he will step down' and added Pedersen to it).

Titles are matched in their own language and in English (the seeds' titles are English),
as sentences are."""

import re
from functools import lru_cache

from .pipeline.text import fold, fold_pattern

TAKES = "takes office"
LEAVES = "leaves office"

# What each direction is called in a review's reason.
TOLD_AS = {TAKES: "an appointment", LEAVES: "a departure"}

_PATTERNS = {
    TAKES: {
        "en": r"\bappoint(?:s|ed|ing|ment)\b|\bnominat(?:ed|ion)\b|\bnamed (?:as )?(?:the |a )?"
        r"(?:new |next )?(?:\w+ ){0,2}(?:envoy|president|prime minister|minister|mediator|"
        r"representative|head|chief)|\bsucceed(?:s|ed|ing)? (?!in\b)|\btak(?:es|en|ing)? office"
        r"|\btook office|\bsworn in|\b(?:took|takes|taking|assum\w+) up (?:his |her |the )?"
        r"(?:post|office|duties|role)|\bassum(?:es|ed|ing) (?:his |her |the )?(?:post|office|"
        r"duties|role)",
        "fr": r"\bnommée?s?\b|\bnomination\b|\bdésignée? (?:comme|au poste)|\bsuccéd\w*|"
        r"\b(?:pris|prend|prendra) ses fonctions|\bentrée en fonctions?",
        "ru": r"\bназначен\w*|\bназначил\w*|\bназначени\w*|\bсменил\w* на посту|"
        r"\bприступил\w* к (?:исполнению )?обязанност|\bвступил\w* в должность",
        "ar": r"(?<!\S)(?:و|ف)?(?:تعيين\w*|عين(?:ت|ه)? (?:في|مبعوث|رئيس|وزير|ممثل|بمنصب)|"
        r"خلفا ل|يخلف|تولى\S* (?:ال)?منصب|تسلم\S* (?:ال)?منصب|تسلم\S* مهام)",
        "fa": r"منصوب|انتصاب|جانشین|تعیین شد",
        "tr": r"\batan(?:dı|an|ması|masının|mış)\b|\bata(?:dı|ması)\b|göreve başla\w*|"
        r"görevine başla\w*|yerine geç\w*",
    },
    LEAVES: {
        "en": r"\bresign\w*|\bstep(?:s|ped|ping)? down|\bstand(?:s|ing)? down|\bstood down|"
        r"\b(?:leav\w+|left|quit\w*) (?:his |her |the )?(?:post|office|role|position|job)|"
        r"\bdismissed (?:as|from)\b|\bdismissal\b",
        "fr": r"\bdémission\w*|\bquitt\w* (?:son |ses |le )?(?:poste|fonctions)|\blimogée?\b|"
        r"\bcesser ses fonctions",
        "ru": r"\bотставк\w*|\bуход\w* с (?:поста|должности)|\bпокин\w* (?:пост|должност)|"
        r"\bсложи\w* полномочия|\bосвобожд\w* от должности",
        "ar": r"استقال\w*|يستقيل|استقاله|(?:ال)?تنحي|يتنحى|تنحى|(?:يترك|ترك|سيترك|مغادره|"
        r"سيغادر|يغادر) (?:ال)?منصب\S*|اقال\w*|اعفاء\S* من منصب",
        "fa": r"استعفا|کناره[\u200c ]?گیری|کنار ?رفت|برکنار",
        "tr": r"istifa\w*|görev(?:in)?den ayrıl\w*|görevi(?:ni)? bırak\w*|görevden alın\w*",
    },
}
_COMPILED = {
    way: {lang: re.compile(fold_pattern(pattern)) for lang, pattern in patterns.items()}
    for way, patterns in _PATTERNS.items()
}
# Arabic short vowels, shadda, sukun, dagger alif and tatweel, which `fold` keeps (it
# keeps offsets): 'عُيّن' is 'عين', 'خلفاً' is 'خلفا'.
_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")


@lru_cache(maxsize=4096)
def office_moves(text: str, language: str) -> frozenset[str]:
    """The directions (TAKES, LEAVES) `text` tells, read in `language` and in English."""
    plain = _MARKS.sub("", fold(text))
    return frozenset(
        way
        for way, patterns in _COMPILED.items()
        if any((rx := patterns.get(lang)) and rx.search(plain) for lang in {language, "en"})
    )


# How far from its date words a sentence's verb of office is that date's happening: 'was
# appointed in October 2018', 'Ekim 2030'da ... yerine atandı', not 'in office since 2019,
# he announced he would step down' (a tenure's start, the departure told of today).
REACH = 60


def other_move(quote: str, title: str, language: str, *, date_text: str = "") -> str:
    """Why the record titled `title` is another happening than the sentence `quote`: the
    words around its date (`date_text`) tell one way through an office and the title only
    the other ('an appointment, the record a departure'); "" when nothing tells them apart
    (either tells both ways, or none)."""
    at = fold(quote).find(fold(date_text)) if date_text else -1
    clause = quote if at < 0 else quote[max(0, at - REACH) : at + len(date_text) + REACH]
    told, titled = office_moves(clause, language), office_moves(title, language)
    if len(told) != 1 or len(titled) != 1 or told == titled:
        return ""
    (said,), (other,) = told, titled
    return f"but the sentence tells {TOLD_AS[said]}, the record {TOLD_AS[other]}"
