"""A candidate's default title and place on the review page, read from its sentence.

The title names what the sentence is about: the round, else the body or the happening
the sentence names (in any of the pipeline's six languages: "the Security Council",
"اللجنة الدستورية", "seçim"), else the track's talks; then the kind and the people; then
the city the sentence places it in, a country only when it names no city. The record is
kept in English, so the title is English whatever the article's language.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from peaceproc.chronology.models import Agreement, Event, Round
from peaceproc.chronology.validators import without_unseen
from peaceproc.ingest.pipeline.cues import delegation_origin, purpose_phrases
from peaceproc.ingest.pipeline.entities import PLACES, new_name_spans
from peaceproc.ingest.pipeline.lexicon import MONTH_WORDS, WEEKDAYS
from peaceproc.ingest.pipeline.rounds import eve_of
from peaceproc.ingest.pipeline.text import fold, fold_pattern

KIND_VERBS = {
    Event.Kind.MEETING: "Meeting",
    Event.Kind.SUMMIT: "Summit",
    Event.Kind.MINISTERIAL: "Ministerial meeting",
    Event.Kind.CONFERENCE: "Conference",
    Event.Kind.ANNOUNCEMENT: "Announcement",
    Event.Kind.STATEMENT: "Statement",
    Event.Kind.CEASEFIRE: "Ceasefire",
    Event.Kind.MILESTONE: "Milestone",
    Event.Kind.OTHER: "Event",
}
MEETING_KINDS = (Event.Kind.MEETING, Event.Kind.SUMMIT, Event.Kind.MINISTERIAL)
SAYING_KINDS = (Event.Kind.STATEMENT, Event.Kind.ANNOUNCEMENT)

# A track's talks, named when the sentence names no round or body of its own.
TRACK_TALKS = {
    "astana": "Astana talks",
    "geneva": "Geneva talks",
    "constitutional-committee": "Constitutional Committee",
}
# The cities the tracks are named after or sit in: a candidate placed in another track's
# city is not titled with its own track's talks ('Geneva talks ... in Astana' claims a
# track the sentence does not hold; 'Meeting ... in Astana' says what it says).
TRACK_SEATS = {
    "astana": {"Astana", "Nur-Sultan"},
    "geneva": {"Geneva"},
    "constitutional-committee": {"Geneva"},
}


@dataclass(frozen=True)
class Subject:
    """What a sentence is about. A happening (elections, a congress) is the title by
    itself; a body (the Security Council) is followed by what it did."""

    name: str
    happening: bool
    patterns: dict[str, str]


# In order: the first one a sentence names is its subject. Patterns are matched on the
# folded sentence, in the article's language and in English (names quoted in English).
SUBJECTS = (
    Subject(
        "Constitutional Committee",
        False,
        {
            "en": r"constitutional committee",
            "fr": r"comité constitutionnel",
            "ru": r"конституционн\w* комитет",
            "ar": r"اللجنة الدستورية|لجنة دستورية",
            "fa": r"کمیته (?:قانون اساسی|تدوین قانون اساسی)",
            "tr": r"anayasa komite",
        },
    ),
    Subject(
        "Congress of the Syrian National Dialogue",
        True,
        {
            "en": r"\bcongress\b",
            "fr": r"\bcongrès\b",
            "ru": r"конгресс",
            "ar": r"مؤتمر سوتشي",
            "fa": r"کنگره",
            "tr": r"\bkongre",
        },
    ),
    Subject(
        "National dialogue conference",
        True,
        {
            "en": r"national dialogue",
            "fr": r"dialogue national",
            "ru": r"национальн\w* диалог|нацдиалог",
            "ar": r"(?:ال|لل)حوار (?:ال)?(?:وطني|سوري)|مؤتمر الحوار",
            "fa": r"گفت[\s\u200c]?و?[\s\u200c]?گو(?:ی|های) ملی",
            "tr": r"ulusal diyalog",
        },
    ),
    Subject(
        "Constitutional declaration",
        True,
        {
            "en": r"constitutional declaration",
            "fr": r"déclaration constitutionnelle",
            "ru": r"конституционн\w* деклараци",
            "ar": r"(?:ال)?إعلان(?:ا)?\s+(?:ال)?دستوري",
            "fa": r"اعلامیه (?:قانون اساسی|مشروطه)|اعلان قانون اساسی",
            "tr": r"anayasa(?:l)? (?:bildirge|beyan|deklarasyon)",
        },
    ),
    Subject(
        "Parliamentary elections",
        True,
        {
            # Or a vote for a parliament, however the sentence words it ('electoral
            # colleges voted for the country's first parliament': outside tester t9b, 2).
            "en": r"parliamentary elections?|legislative elections?|people's assembly elections?"
            r"|\b(?:vot(?:e|es|ed|ing)|electors|electoral colleges?)\b[^.;]{0,60}?"
            r"\b(?:parliament|people's assembly)",
            "fr": r"élections? (?:législatives?|parlementaires?)"
            r"|scrutin (?:législatif|parlementaire)"
            r"|\b(?:vot\w*|électeurs|collèges? électora\w*)\b[^.;]{0,60}?"
            r"\b(?:parlement|assemblée du peuple)",
            "ru": r"парламентск\w* выбор|выбор\w* в народн\w* совет"
            r"|голосова\w*[^.;]{0,60}?(?:парламент|народн\w* совет)",
            "ar": r"(?:ال)?انتخابات (?:ال)?برلمانية|انتخابات مجلس الشعب",
            "fa": r"انتخابات (?:پارلمانی|پارلمان|مجلس)",
            "tr": r"halk meclisi.{0,40}seçim|milletvekili seçim|parlamento seçim",
        },
    ),
    Subject(
        "Elections",
        True,
        {
            "en": r"\belections?\b|\bballots?\b|\bpolling stations?\b",
            "fr": r"\bélections?\b|\bscrutin\b|bureaux de vote",
            "ru": r"\bвыбор(?:ы|ах|ов|ам)\b|голосовани",
            "ar": r"انتخابات|الاقتراع|التصويت",
            "fa": r"انتخابات|رأی[\s\u200c]?گیری|رای[\s\u200c]?گیری",
            "tr": r"\bseçim",
        },
    ),
    Subject(
        "Decree",
        True,
        {
            "en": r"\bdecrees?\b",
            "fr": r"\bd[ée]crets?\b",
            "ru": r"\bуказ(?:а|ом|е|ы|ов)?\b",
            "ar": r"مرسوم",
            "fa": r"فرمان",
            "tr": r"kararname",
        },
    ),
    Subject(
        "UN Security Council",
        False,
        {
            "en": r"security council",
            "fr": r"conseil de sécurité",
            "ru": r"совет\w* безопасности|совбез",
            "ar": r"مجلس الأمن",
            "fa": r"شورای امنیت",
            "tr": r"güvenlik konsey",
        },
    ),
    Subject(
        "Transitional government",
        False,
        {
            "en": r"transitional government|new government|caretaker (?:cabinet|government)",
            "fr": r"gouvernement de transition|nouveau gouvernement|gouvernement intérimaire",
            "ru": r"переходн\w* правительств|нов\w* правительств",
            "ar": r"(?:ال)?حكومة (?:ال)?انتقالية|(?:ال)?حكومة (?:ال)?جديدة",
            "fa": r"دولت (?:انتقالی|جدید)",
            "tr": r"geçiş hükümeti|yeni hükümet",
        },
    ),
)
_SUBJECT_RX = [
    (subject, {lang: re.compile(fold_pattern(p)) for lang, p in subject.patterns.items()})
    for subject in SUBJECTS
]
_SUBJECT_BY_NAME = {subject.name: (subject.happening, rx) for subject, rx in _SUBJECT_RX}
# A happening named in a body's or an act's name is not what the sentence is about: 'the
# Higher Committee for the People's Assembly Elections', 'la commission chargée des
# élections', 'комиссия по выборам', 'اللجنة العليا لانتخابات مجلس الشعب', 'کمیته عالی
# انتخابات', 'Halk Meclisi Seçimleri Yüksek Komitesi' (Turkish names the body after).
_BODY_BEFORE = {
    "en": r"(?:committee|commission|council|body|authority|decree|law)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:for|of|on|overseeing)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}\Z",
    "fr": r"(?:comité|commission|conseil|instance|autorité|décret|loi)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:pour|des|de|du|sur)\s+(?:l[ae]\s+|l'|les\s+)?(?:[\w'-]+\s+){0,2}\Z",
    "ru": r"(?:комитет|комисси|совет|указ|закон)\w*\s+(?:[\w-]+\s+){0,3}?(?:по|о|об)\s+"
    r"(?:[\w-]+\s+){0,2}\Z",
    "ar": r"(?:لجنه|هيئه|مرسوم|قانون)\s+(?:\S+\s+){0,2}?(?:ل|لل)?\Z",
    "fa": r"(?:كميته|كميسيون|ستاد|هيئت|هيات|فرمان)\s+(?:\S+\s+){0,2}\Z",
}
_BODY_AFTER = {"tr": r"\w*(?:\s+\w+){0,2}?\s+(?:komite|kurul|komisyon|kararname)"}
# A body's task, the happening its object: 'a committee of experts, one of them a woman,
# to draft the constitutional declaration', 'un comité chargé de rédiger la déclaration
# constitutionnelle', 'комитет по разработке конституционной декларации', 'لجنة لصياغة
# الإعلان الدستوري', 'کمیته تدوین اعلامیه قانون اساسی', 'anayasa bildirgesini hazırlayacak
# komite'. The sentence reports the body (its formation, its work), not the happening.
_TASK_BEFORE = {
    "en": r"(?:committee|commission|council|body|panel)\b[^.;:!?]{0,50}?\b(?:to|will|would|"
    r"tasked with|charged with|in charge of)\s+(?:draft|write|prepare|organi[sz]e|oversee|"
    r"supervise|drafting|writing|preparing|organi[sz]ing|overseeing|supervising)"
    r"[\s\"“”«»']+(?:the\s+|an?\s+)?(?:new\s+)?\Z",
    "fr": r"(?:comité|commission|conseil|instance)\b[^.;:!?]{0,50}?\b(?:chargée?s? de|pour)\s+"
    r"(?:rédiger|préparer|organiser|superviser|élaborer)[\s\"“”«»']+(?:l[ae]\s+|l'|les\s+)?"
    r"(?:nouvelle?\s+)?\Z",
    "ru": r"(?:комитет|комисси)\w*\s+(?:[\w-]+\s+){0,3}?(?:по|для)\s+(?:разработк|подготовк|"
    r"написани|составлени|проведени|организаци)\w*\s+(?:нов\w+\s+)?\Z",
    "ar": r"(?:لجنه|هيئه)\s+(?:\S+\s+){0,3}?(?:ل|ب)(?:صياغه|كتابه|اعداد|تنظيم|الاشراف علي)\s+\Z",
    "fa": r"(?:كميته|كميسيون|هيئت|هيات)\s+(?:\S+\s+){0,2}?(?:تدوين|تهيه|نگارش|تنظيم)\s+\Z",
}
_TASK_AFTER = {
    "tr": r"\w*(?:\s+\w+){0,2}?\s+(?:hazırla|yaz|düzenle)\w*\s+(?:komite|kurul|komisyon)"
}
_BODY_BEFORE_RX = {lang: re.compile(fold_pattern(p)) for lang, p in _BODY_BEFORE.items()}
_BODY_AFTER_RX = {lang: re.compile(fold_pattern(p)) for lang, p in _BODY_AFTER.items()}
_TASK_BEFORE_RX = {lang: re.compile(fold_pattern(p)) for lang, p in _TASK_BEFORE.items()}
_TASK_AFTER_RX = {lang: re.compile(fold_pattern(p)) for lang, p in _TASK_AFTER.items()}
_BODY_REACH = 60
_TASK_REACH = 90
# The body's head word, in English ('Committee for the constitutional declaration'), as a
# word of its own ('conseiller' is an adviser, 'kuruldu' a verb), Arabic with its clitics.
_BODY_HEADS = (
    (
        "Committee",
        re.compile(r"(?<!\w)(?:committee|comité|комитет|(?:و|ب|ل)?(?:ال)?لجنه|كميته|komite)"),
    ),
    ("Commission", re.compile(r"(?<!\w)(?:commission|комисси|(?:ال)?كميسيون|komisyon)")),
    ("Council", re.compile(r"(?<!\w)(?:council|conseil(?!l)|kurul(?:u|un|una|unda)?(?!\w))")),
)


def _in_body_name(folded: str, m: re.Match, lang: str) -> bool:
    before = _BODY_BEFORE_RX.get(lang)
    after = _BODY_AFTER_RX.get(lang)
    return bool(
        (before and before.search(folded, max(0, m.start() - _BODY_REACH), m.start()))
        or (after and after.match(folded, m.end()))
    )


def _tasked_body(folded: str, m: re.Match, lang: str) -> str | None:
    """The head, in English, of the body whose task the happening at `m` is ('Committee'),
    or None."""
    before = _TASK_BEFORE_RX.get(lang)
    after = _TASK_AFTER_RX.get(lang)
    found = (before and before.search(folded, max(0, m.start() - _TASK_REACH), m.start())) or (
        after and after.match(folded, m.end())
    )
    if not found:
        return None
    return next((name for name, rx in _BODY_HEADS if rx.search(found.group())), "Body")


def subject_and_body(quote: str, language: str) -> tuple[Subject | None, str | None]:
    """The first subject the sentence names, in its language or in English; a happening
    named only in a body's name or task when it names no other ('the committee for the
    dialogue announced that the dialogue opens on Tuesday'), then with the head of the
    body whose task it is ('a committee to draft the declaration': 'Committee')."""
    folded = fold(quote)
    languages = dict.fromkeys((language, "en"))
    in_a_name = None
    for subject, patterns in _SUBJECT_RX:
        for lang in languages:
            if lang not in patterns:
                continue
            for m in patterns[lang].finditer(folded):
                if not subject.happening:
                    return subject, None
                body = _tasked_body(folded, m, lang)
                if body is None and not _in_body_name(folded, m, lang):
                    return subject, None
                in_a_name = in_a_name or (subject, body)
    return in_a_name or (None, None)


def subject_of(quote: str, language: str) -> Subject | None:
    """What the sentence is about (`subject_and_body`'s subject)."""
    return subject_and_body(quote, language)[0]


@lru_cache(maxsize=4096)
def names_subject(title: str, subject: str) -> bool:
    """Whether a record's title names the subject called `subject`, in any of the
    pipeline's languages, as what the record is about: 'People's Assembly elections'
    names the parliamentary elections a Russian sentence calls 'парламентские выборы';
    'Decree on the People's Assembly elections' names a decree, not the elections (named
    in the act's name)."""
    folded = fold(title)
    happening, patterns = _SUBJECT_BY_NAME[subject]
    return any(
        not (happening and _in_body_name(folded, m, lang))
        for lang, pattern in patterns.items()
        for m in pattern.finditer(folded)
    )


def join_names(names: list[str]) -> str:
    names = names[:4]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def what_happened(kind: str, names: list[str]) -> str:
    """'Meeting of A and B', 'Statement by A', 'Ceasefire with A', or the kind alone."""
    what = KIND_VERBS[kind]
    if not names:
        return what
    if kind in MEETING_KINDS:
        return f"{what} of {join_names(names)}"
    if kind in SAYING_KINDS:
        return f"{what} by {join_names(names)}"
    return f"{what} with {join_names(names)}"


def title_for(
    candidate: dict,
    *,
    kind: str,
    names: list[str],
    round_: Round | None,
    language: str,
    repeats: Event | Round | Agreement | None = None,
) -> str:
    """A plain first title the editor will usually reword: what, who, where; the title of
    the record the candidate probably repeats, when there is one."""
    if isinstance(repeats, Event | Agreement):
        return repeats.title[:300]
    subject, body = subject_and_body(candidate.get("quote") or "", language)
    if subject is not None:
        # 'UN Security Council: meeting', not '… meeting of UN Security Council'.
        names = [n for n in names if fold(n) not in fold(subject.name)]
    what = what_happened(kind, names)
    place = candidate_place(candidate, language)
    if round_ is not None:
        title = f"{round_.title}: {what[0].lower()}{what[1:]}"
    elif subject is not None and subject.happening and kind not in SAYING_KINDS:
        # Named only as a body's purpose: the body, not a happening the sentence does not
        # report ('a committee to draft the constitutional declaration' is formed).
        named = f"{body} for the {subject.name.lower()}" if body else subject.name
        title = named if not names else f"{named}: {join_names(names)}"
    elif named := (
        subject.name
        if subject
        else _track_talks(candidate.get("track"), place) or _body_named(candidate.get("quote"))
    ):
        title = f"{named}: {what[0].lower()}{what[1:]}"
    else:
        title = what
    if place and place.casefold() not in title.casefold():
        title += f" in {place}"
    # A subject's name as the article wrote it, invisible characters and all: shown.
    return without_unseen(title)[:300]


def _body_named(quote: str | None) -> str:
    """The head, in English, of the first body the sentence names ('un comité de sept
    experts': 'Committee'), or ''."""
    folded = fold(quote or "")
    found = [(m.start(), name) for name, rx in _BODY_HEADS if (m := rx.search(folded))]
    return min(found)[1] if found else ""


def bare(title: str) -> bool:
    """Whether a title is a kind word alone ('Meeting', 'Milestone'): the sentence named
    no round, body, track, person or place to build it from."""
    return title in KIND_VERBS.values()


def named_only(title: str) -> bool:
    """Whether a title is a kind word after the name of a track or a body the sentence
    gives, and nothing more ('Constitutional Committee: milestone', 'Commission:
    announcement'): no round, person or place tells what happened (outside tester t14b, 3:
    a track's name before the kind word got round the rule of `bare`)."""
    named, colon, what = title.partition(": ")
    return bool(colon) and named in _GENERIC_NAMES and what in _KIND_WORDS


# What title_for puts before the kind word when the sentence names nothing more: a
# track's talks, a body's head word. (A body of its own name, 'UN Security Council:
# meeting', is one body's happening of that day: kept.)
_GENERIC_NAMES = frozenset([*TRACK_TALKS.values(), *(name for name, _rx in _BODY_HEADS), "Body"])
_KIND_WORDS = frozenset(f"{word[0].lower()}{word[1:]}" for word in KIND_VERBS.values())


def _track_talks(track: str | None, place: str) -> str:
    """The track's talks for a title, unless the place is another track's city."""
    track = track or ""
    others = {city for t, cities in TRACK_SEATS.items() if t != track for city in cities}
    if place in others - TRACK_SEATS.get(track, set()):
        return ""
    return TRACK_TALKS.get(track, "")


# Each city the pipeline knows, by every form of its name in any script, folded, the
# longest first, so that 'Nur-Sultan' is not read as a shorter name inside it. A form is a
# city as a whole word: 'Dohany', 'Tehrani', 'Sochiny' are no Doha, Tehran or Sochi, and an
# Arabic-script word no city but as one of its written forms ('دبیرکل', Secretary-General,
# is no 'دبی', Dubai: outside tester t15a, 11). Russian declines a name, so a Cyrillic form
# may also end in a case ending of its own ('в Маскате', 'в Дохе'; not 'в Венесуэле' of
# 'Вена'); Turkish writes its endings after an apostrophe ("Doha'da"), where the word ends.
# A form joined by a hyphen to a word after it is part of that word: 'the Geneva-based
# office' is no meeting in Geneva (outside tester t15d, 7).
def _stem(form: str) -> str:
    form = fold(form)
    return form[:-1] if len(form) > 4 and form[-1].isalpha() else form


def _cyrillic_stem(form: str) -> str:
    """A Cyrillic form less the vowel or soft sign it ends in ('доха' → 'дох'); a form that
    ends in a consonant is its own stem ('маскат')."""
    return form[:-1] if form[-1:] in "аяоеиыуюйь" and len(form) > 3 else form


_CITY_OF = {fold(form): name for name, forms in PLACES.items() for form in forms}
_CYRILLIC_FORM = re.compile(r"[а-яё]")
# (A stem of three letters is a word of its own too often, 'хам' of 'Хама' in 'хамом': the
# table lists the case forms of such names.)
_CITY_STEMS = {
    stem: name
    for key, name in _CITY_OF.items()
    if _CYRILLIC_FORM.match(key) and len(stem := _cyrillic_stem(key)) > 3
}
_RU_CASE = "ами|ями|ой|ей|ом|ем|ою|ею|ах|ях|ам|ям|а|я|у|ю|е|и|ы"


def _longest_first(keys) -> str:
    return "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))


_CITY_RX = re.compile(
    rf"(?<!\w)(?:({_longest_first(_CITY_OF)})|({_longest_first(_CITY_STEMS)})(?:{_RU_CASE}))"
    r"(?!\w)(?!-\w)"
)
_LANGUAGES = ("en", "fr", "ru", "ar", "fa", "tr")
# A city the sentence names as where someone comes from or speaks from, not where it
# happens: 'set off from Damascus', 'by video from Damascus', 'from his office in
# Damascus', 'из Москвы', 'из своего офиса в Москве', 'من دمشق', 'من مكتبه في دمشق', 'از
# تهران', 'از دفتر خود در تهران', 'Şam'dan', 'Şam'daki ofisinden' (outside tester t10b, 3:
# where a speaker is, not where the Council meets).
_OFFICE = (
    r"(?:\bfrom (?:his|her|their|the) (?:office|offices|headquarters|residence) (?:in|at)"
    r"|\bdepuis (?:son|leur|ses) (?:bureau|bureaux|siège|résidence) (?:à|de|d')"
    r"|\bиз (?:своего |своей )?(?:офиса|кабинета|резиденции|штаб-квартиры) в"
    r"|(?<!\w)من (?:مكتبه|مكتبها|مقره|مقرها|مقر إقامته) في"
    r"|(?<!\w)از (?:دفتر|دفترش|دفتر خود|محل کار خود) در)"
)
_ORIGIN_BEFORE = re.compile(
    fold_pattern(rf"(?:\bfrom|\bdepuis|\bиз|(?<!\w)من|(?<!\w)از|{_OFFICE})\s+") + r"\Z"
)
_ORIGIN_REACH = 40  # characters before the city that may say so
_ORIGIN_AFTER = re.compile(
    r"['’]?(?:(?:d|t)[ae]n|(?:d|t)[ae]ki\s+(?:ofis|büro|makam|konut)\w*?(?:n?d[ae]n))(?!\w)"
)


def cities_named(quote: str, language: str) -> tuple[list[str], set[str]]:
    """The cities the sentence places something in, in order, and those it names only
    as a delegation's or a traveller's origin, or as the place of what a meeting came
    ahead of (purpose_phrases: 'Bağdat'taki Arap Birliği zirvesinden önce … Amman'da
    görüştü' is a meeting in Amman, and one with no city of its own is in none:
    re-testers t16d, 7 and t16e, 3). Neither holds the Persian 'در آستانه' of 'on the
    eve of' (eve_of: t16d, 6)."""
    folded = fold(quote)
    places, origins = [], set()
    ahead = purpose_phrases(folded, language) if language in _LANGUAGES else ()
    names: list[tuple[str, int, int]] | None = None
    for match in _CITY_RX.finditer(folded):
        start, end = match.span()
        if eve_of(folded, start):
            continue
        if names is None:
            names = new_name_spans(quote, [])
        if any(a <= start < b for _name, a, b in names):
            continue  # the first word of a person's name ('Nursultan Nazarbayev': t16c, 6)
        city = _CITY_OF[match[1]] if match[1] else _CITY_STEMS[match[2]]
        if (
            any(a <= start < b for a, b in ahead)
            or (language in _LANGUAGES and delegation_origin(folded, language, start, end))
            or _ORIGIN_BEFORE.search(folded, max(0, start - _ORIGIN_REACH), start)
            or (language == "tr" and _ORIGIN_AFTER.match(folded, end))
        ):
            origins.add(city)
        else:
            places.append(city)
    places = list(dict.fromkeys(places))
    return places, origins - set(places)


# What puts a happening in a place the places table does not know, in the sentence's
# language: a word of place right before its name ('in Syria', 'à Oman', 'в Сирии', 'في
# سوريا', 'در سوریه'), or a Turkish locative after it ('Suriye'de').
_IN_BEFORE = {
    "en": r"\b(?:in|at)\s+(?:the\s+)?",
    "fr": r"\b(?:à|a|en|au|aux|dans)\s+(?:l['’]\s*|la\s+|le\s+)?",
    "ru": r"(?<!\w)(?:в|во|на)\s+",
    "ar": r"(?<!\w)(?:في|ب)\s*",
    "fa": r"(?<!\w)در\s+",
}
_IN_AFTER_TR = r"['’]?(?:d|t)[ae](?!\w)"
# A dateline opening the sentence: a capitalised name of one to three words, then a dash
# ('Muscat — Special envoys ...').
_DATELINE_CITY = re.compile(r"^\s*([^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2})\s*[—–]\s")


def placed_in(quote: str, place: str, language: str) -> bool:
    """Whether the sentence puts what happened in `place` (by its words of place), rather
    than naming it as a party ('envoys of Oman and Syria')."""
    name = re.escape(_stem(place))  # (inflected forms follow: 'в Сирии' of 'Сирия')
    folded = fold(quote)
    if language == "tr":
        return re.search(rf"(?<!\w){name}{_IN_AFTER_TR}", folded) is not None
    before = _IN_BEFORE.get(language)
    if before is None:
        return True  # (a language of no words known here: the pipeline's reading stands)
    return re.search(fold_pattern(before) + name + r"\w{0,4}(?!\w)", folded) is not None


def _dateline_city(quote: str) -> str:
    """The place a dateline opening the sentence gives ('Muscat —'), when its first letter
    is a capital: where the report was filed, and the sentence says it happened there."""
    match = _DATELINE_CITY.match(quote)
    if match is None or not match[1][0].isupper():
        return ""
    city = match[1]
    return city if re.search(rf"(?<!\w){re.escape(city)}(?!\w)", quote[match.end() :]) else ""


# A place no table knows, in the scripts that write a name with a capital: a capitalised
# name of one or two words right after a word of place ('met Hakan Fidan in Oslo to
# discuss', 'à Oslo'), or before a Turkish locative ("Oslo'da"). Distinct meetings of the
# same people in cities the record does not know then get distinct titles (outside
# tester t14a, 10: 33 meetings in such cities collapsed under one title). Russian names
# decline after 'в' ('в Варшаве'), and Arabic and Persian write no capitals: not read.
_CAPITAL_WORD = r"[A-ZÀ-ÞÇĞİÖŞÜ][a-zß-ÿçğıöşü-]+"
# What may follow such a name: a sign, the sentence's end, or a word that opens the rest of
# the clause ('in Oslo to discuss', 'à Oslo le 2 janvier'), not a noun it qualifies ('in
# Syrian territory').
_AFTER_PLACE = {
    "en": r"(?=\s*(?:[,.;:!?)—–]|\Z|(?:on|to|for|with|and|at|in|about|last|this|next|earlier|during|after|before|yesterday|today|tomorrow|\d+)(?!\w)))",  # noqa: E501
    "fr": r"(?=\s*(?:[,.;:!?)—–]|\Z|(?:le|les|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|pour|avec|et|en|au|dans|depuis|sur|hier|\d+)(?!\w)))",  # noqa: E501
}
# A name of two words may have a particle between them ('Ras al-Ain', 'Rio de Janeiro',
# 'Tel Abyad'), written apart or onto the second word.
_PARTICLE = r"(?:(?:al|el|ad|ar|as|ash|az|ed|es|ez|ul|de|del|da|do|di|du|la|le)[-\s])?"
_PLACE_WORDS = rf"{_CAPITAL_WORD}(?:\s+{_PARTICLE}{_CAPITAL_WORD})?"
_NEW_PLACE = {
    "en": re.compile(rf"\b(?:in|at)\s+({_PLACE_WORDS})(?![\w-]){_AFTER_PLACE['en']}"),
    "fr": re.compile(rf"(?<!\w)(?:à|a)\s+({_PLACE_WORDS})(?![\w-]){_AFTER_PLACE['fr']}"),
    "tr": re.compile(rf"(?<!\w)({_CAPITAL_WORD})['’](?:d|t)[ae](?!\w)"),
}
_MONTHS_AND_DAYS = frozenset(
    fold(w) for w in (*MONTH_WORDS, *(d for days in WEEKDAYS.values() for d in days))
)


def _new_place(quote: str, language: str) -> str:
    """The first place of a sentence that the places table does not know (_NEW_PLACE),
    when it is no month, no weekday and no name the sentence gives a person or a body
    ('in Moscow' is known; 'in January', 'at UN' are not places)."""
    rx = _NEW_PLACE.get(language)
    for match in rx.finditer(quote) if rx else ():
        place = match[1].rstrip("-")
        if not any(fold(word) in _MONTHS_AND_DAYS for word in place.split()):
            return place
    return ""


def candidate_place(candidate: dict, language: str = "en") -> str:
    """Where the candidate happened (_place), as the article shows it: without a stray
    invisible character the place was written with ('Genève\u200b')."""
    return without_unseen(_place(candidate, language))


def _place(candidate: dict, language: str) -> str:
    """Where the candidate happened: the pipeline's place unless the sentence names it
    only as a delegation's or traveller's origin; a country (a place that is no city)
    only when the sentence places it in no city; else the first city it names. A place
    the table does not know is the place only when the sentence puts the happening in it
    ('in Syria'), never as a party's country ('envoys of Oman and Syria met in Muscat':
    re-tester t10r, 3); else the city of a dateline the sentence names again ('Muscat
    — ... met in Muscat'), else none."""
    quote = candidate.get("quote") or ""
    place = (candidate.get("place") or "")[:100]
    if candidate.get("planned") and candidate.get("kind") == "announcement" and not place:
        return ""  # the day a plan was told: the cities it names are the plan's (plans.py)
    places, origins = cities_named(quote, language)
    if place in PLACES and place not in origins:
        return place
    if places:
        return places[0]
    if place in PLACES:
        return ""
    if place and placed_in(quote, place, language):
        return place
    return (_dateline_city(quote) or _new_place(quote, language))[:100]
