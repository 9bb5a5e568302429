"""The places the pipeline knows: the venues of the talks and the places the record and
the articles name, each under a stable key, with its spellings in the six languages
(English, French, Russian with its case forms, Arabic and Persian with their variants,
Turkish). Facts only: which spellings name which place.

`place_key` says which place a text is, or None when it is none of these: an unknown
place is unknown, never another place than a known one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .text import fold


@dataclass(frozen=True)
class Place:
    # The place's stable key; two names of one city share it (Astana was Nur-Sultan
    # from 2019 to 2022, and the rounds of those years are recorded there).
    key: str
    # The name the record uses.
    name: str
    forms: tuple[str, ...]
    # The days the name was the place's (None: always); outside them another name of the
    # same key is, and before them the name is no place (a person's given name, say).
    named_from: date | None = None
    named_until: date | None = None

    def named_on(self, day: date, last: date | None = None) -> bool:
        """Whether the place had this name on `day`, or on any day from `day` to `last`."""
        return (self.named_from is None or self.named_from <= (last or day)) and (
            self.named_until is None or day <= self.named_until
        )


def _place(key: str, name: str, *forms: str, years: tuple[date, date] | None = None) -> Place:
    spans = years or (None, None)
    return Place(key, name, (name, *dict.fromkeys(f for f in forms if f != name)), *spans)


# fmt: off
TABLE: tuple[Place, ...] = (
    # Kazakhstan. (Names that are also common words of a language are left out in it:
    # 'مسقط' of 'مسقط رأسه', 'تدمر' a verb, 'العقبة' an obstacle; so are names read into
    # longer words, 'Rome' in 'Romania', 'Bern' in 'Bernard'.)
    _place("astana", "Astana", "Астана", "Астане", "Астаны", "Астану", "Астаной", "أستانا",
           "أستانة", "آستانه", "آستانا"),
    # Renamed for Nursultan Nazarbayev on 20 March 2019, Astana again from 17 September 2022.
    _place("astana", "Nur-Sultan", "Nursultan", "Nour-Soultan", "Нур-Султан", "Нур-Султане",
           "Нур-Султана", "نور سلطان", "نورسلطان", "نور-سلطان",
           years=(date(2019, 3, 20), date(2022, 9, 16))),
    _place("almaty", "Almaty", "Alma-Ata", "Almatı", "Алматы", "Алма-Ата", "Алма-Ате",
           "ألماتي", "آلماتی"),
    # Switzerland.
    _place("geneva", "Geneva", "Genève", "Cenevre", "Женева", "Женеве", "Женевы", "Женеву",
           "Женевой", "جنيف", "ژنو"),
    _place("lausanne", "Lausanne", "Lozan", "Лозанна", "Лозанне", "Лозанны", "لوزان"),
    _place("montreux", "Montreux", "Montrö", "Монтрё", "Монтре", "مونترو"),
    _place("davos", "Davos", "Давос", "Давосе", "دافوس", "داووس"),
    # Russia.
    _place("moscow", "Moscow", "Moscou", "Moskova", "Москва", "Москве", "Москвы", "Москву",
           "Москвой", "موسكو", "مسکو"),
    _place("sochi", "Sochi", "Sotchi", "Soçi", "Сочи", "سوتشي", "سوچی"),
    _place("saint-petersburg", "Saint Petersburg", "St Petersburg", "St. Petersburg",
           "Saint-Pétersbourg", "Sankt Peterburg", "Санкт-Петербург", "Санкт-Петербурге",
           "Санкт-Петербурга", "سانت بطرسبرغ", "سن پترزبورگ"),
    # Turkey.
    _place("ankara", "Ankara", "Анкара", "Анкаре", "Анкары", "Анкару", "أنقرة", "آنکارا"),
    _place("istanbul", "Istanbul", "İstanbul", "Стамбул", "Стамбуле", "Стамбула", "إسطنبول",
           "اسطنبول", "استانبول"),
    _place("antalya", "Antalya", "Анталья", "Анталье", "Антальи", "أنطاليا", "آنتالیا"),
    _place("gaziantep", "Gaziantep", "Газиантеп", "Газиантепе", "غازي عنتاب", "غازی‌عنتاب"),
    # Iran.
    _place("tehran", "Tehran", "Téhéran", "Teheran", "Tahran", "Тегеран", "Тегеране",
           "Тегерана", "طهران", "تهران"),
    # The Gulf.
    _place("doha", "Doha", "Доха", "Дохе", "Дохи", "الدوحة", "دوحه"),
    _place("riyadh", "Riyadh", "Riyad", "Эр-Рияд", "Эр-Рияде", "Эр-Рияда", "الرياض", "ریاض"),
    _place("jeddah", "Jeddah", "Djeddah", "Cidde", "Джидда", "Джидде", "Джидды", "جدة", "جده"),
    _place("abu-dhabi", "Abu Dhabi", "Abou Dhabi", "Abu Dabi", "Абу-Даби", "أبوظبي",
           "أبو ظبي", "ابوظبی"),
    _place("dubai", "Dubai", "Dubaï", "Дубай", "Дубае", "دبي", "دبی"),
    _place("manama", "Manama", "Манама", "Манаме", "المنامة", "منامه"),
    # Syria: the governorates' seats and the main cities and regions.
    _place("damascus", "Damascus", "Damas", "Şam", "Дамаск", "Дамаске", "Дамаска", "دمشق"),
    _place("aleppo", "Aleppo", "Alep", "Halep", "Алеппо", "Халеб", "Халебе", "حلب"),
    _place("homs", "Homs", "Хомс", "Хомсе", "Хомса", "حمص"),
    _place("hama", "Hama", "Хама", "حماة", "حماه"),
    _place("idlib", "Idlib", "Idleb", "İdlib", "Идлиб", "Идлибе", "Идлиба", "إدلب", "ادلب"),
    _place("latakia", "Latakia", "Lattaquié", "Lazkiye", "Латакия", "Латакии", "Латакию",
           "اللاذقية", "لاذقیه"),
    _place("tartus", "Tartus", "Tartous", "Тартус", "Тартусе", "Тартуса", "طرطوس"),
    _place("daraa", "Daraa", "Deraa", "Дараа", "درعا"),
    _place("suwayda", "Suwayda", "Sweida", "As-Suwayda", "Soueïda", "Süveyda", "Сувейда",
           "Сувейде", "Эс-Сувейда", "السويداء", "سویدا"),
    _place("quneitra", "Quneitra", "Kuneytra", "Кунейтра", "Кунейтре", "القنيطرة", "قنیطره"),
    _place("raqqa", "Raqqa", "Rakka", "Ракка", "Ракке", "Ракки", "الرقة", "رقه"),
    _place("deir-ez-zor", "Deir ez-Zor", "Deir Ezzor", "Deir el-Zor", "Deyrizor",
           "Дейр-эз-Зор", "Дейр-эз-Зоре", "Дейр-эз-Зора", "دير الزور", "دیرالزور",
           "دیر الزور"),
    _place("hasakah", "Hasakah", "Al-Hasakah", "Hassaké", "Haseke", "Хасеке", "Эль-Хасака",
           "الحسكة", "حسکه"),
    _place("qamishli", "Qamishli", "Qamichli", "Kamışlı", "Камышлы", "القامشلي", "قامشلی"),
    _place("manbij", "Manbij", "Menbiç", "Манбидж", "Манбидже", "منبج"),
    _place("afrin", "Afrin", "Afrîn", "Африн", "Африне", "عفرين", "عفرین"),
    _place("kobani", "Kobani", "Kobanê", "Kobané", "Кобани", "كوباني", "کوبانی"),
    _place("palmyra", "Palmyra", "Palmyre", "Tadmur", "Пальмира", "Пальмире", "Пальмиры"),
    _place("eastern-ghouta", "Eastern Ghouta", "Ghouta orientale", "Doğu Guta",
           "Восточная Гута", "Восточной Гуте", "Восточной Гуты", "الغوطة الشرقية",
           "غوطه شرقی"),
    # The neighbours and the region.
    _place("beirut", "Beirut", "Beyrouth", "Beyrut", "Бейрут", "Бейруте", "Бейрута", "بيروت"),
    _place("amman", "Amman", "Амман", "Аммане", "Аммана"),
    _place("aqaba", "Aqaba", "Akaba", "Акаба", "Акабе"),
    _place("baghdad", "Baghdad", "Bagdad", "Bağdat", "Багдад", "Багдаде", "Багдада", "بغداد"),
    _place("sharm-el-sheikh", "Sharm el-Sheikh", "Sharm al-Sheikh", "Sharm El Sheikh",
           "Charm el-Cheikh", "Şarm el-Şeyh", "Шарм-эш-Шейх", "Шарм-эль-Шейх", "Шарм-эш-Шейхе",
           "Шарм-эль-Шейхе", "شرم الشيخ", "شرم‌الشیخ", "شرم الشیخ"),
    # Oman (the Arabic 'مسقط' is left out: 'مسقط رأسه', his birthplace).
    _place("muscat", "Muscat", "Mascate", "Maskat", "Маскат", "Маскате", "Маската"),
    _place("cairo", "Cairo", "Le Caire", "Kahire", "Каир", "Каире", "Каира", "القاهرة",
           "قاهره"),
    # Europe.
    _place("vienna", "Vienna", "Vienne", "Viyana", "Вена", "Вене", "Вены", "Вену", "فيينا",
           "وین"),
    _place("munich", "Munich", "München", "Münih", "Мюнхен", "Мюнхене", "Мюнхена", "ميونخ",
           "ميونيخ", "مونیخ"),
    _place("paris", "Paris", "Париж", "Париже", "Парижа", "باريس", "پاریس"),
    _place("london", "London", "Londres", "Londra", "Лондон", "Лондоне", "Лондона", "لندن"),
    _place("berlin", "Berlin", "Берлин", "Берлине", "Берлина", "برلين", "برلین"),
    _place("brussels", "Brussels", "Bruxelles", "Brüksel", "Брюссель", "Брюсселе",
           "Брюсселя", "بروكسل", "بروکسل"),
    # The United States.
    _place("new-york", "New York", "Нью-Йорк", "Нью-Йорке", "Нью-Йорка", "نيويورك",
           "نیویورک"),
    _place("washington", "Washington", "Вашингтон", "Вашингтоне", "Вашингтона", "واشنطن",
           "واشنگتن"),
    # Africa.
    _place("nairobi", "Nairobi", "Найроби", "نيروبي", "نایروبی"),
)
# fmt: on


# The country each place lies in, in English, by the place's key: the state that hosts
# what is held there (a round in Astana is hosted by Kazakhstan, no attendee of it).
_COUNTRIES = {
    "Kazakhstan": ("astana", "almaty"),
    "Switzerland": ("geneva", "lausanne", "montreux", "davos"),
    "Russia": ("moscow", "sochi", "saint-petersburg"),
    "Turkey": ("ankara", "istanbul", "antalya", "gaziantep"),
    "Iran": ("tehran",),
    "Qatar": ("doha",),
    "Saudi Arabia": ("riyadh", "jeddah"),
    "United Arab Emirates": ("abu-dhabi", "dubai"),
    "Bahrain": ("manama",),
    "Syria": ("damascus", "aleppo", "homs", "hama", "idlib", "latakia", "tartus", "daraa",
              "suwayda", "quneitra", "raqqa", "deir-ez-zor", "hasakah", "qamishli", "manbij",
              "afrin", "kobani", "palmyra", "eastern-ghouta"),
    "Lebanon": ("beirut",),
    "Jordan": ("amman", "aqaba"),
    "Iraq": ("baghdad",),
    "Egypt": ("cairo", "sharm-el-sheikh"),
    "Oman": ("muscat",),
    "Austria": ("vienna",),
    "Germany": ("munich", "berlin"),
    "France": ("paris",),
    "United Kingdom": ("london",),
    "Belgium": ("brussels",),
    "United States": ("new-york", "washington"),
    "Kenya": ("nairobi",),
}  # fmt: skip
COUNTRY_OF = {key: country for country, keys in _COUNTRIES.items() for key in keys}


def _spelling(text: str) -> str:
    return fold(" ".join(text.split()))


# Each spelling, folded, and the key of the place it names (each names one: tested).
_KEYS = {_spelling(form): place.key for place in TABLE for form in place.forms}


# The places by the name the record uses, and the names each key has had.
BY_NAME = {place.name: place for place in TABLE}

# Spellings that name a place only with their vowel marks, which the analysis reads past
# (text.readable): Arabic 'عمّان' (its shadda) is Amman, the bare 'عمان' as often Oman
# (عُمان). Read in the article's own text (marked_places), a shadda with or without a
# fatha, in either order.
MARKED = {"Amman": re.compile("ع\u064e?م(?:\u0651\u064e?|\u064e\u0651)ان(?![\u0621-\u064a])")}


def marked_places(text: str) -> list[tuple[int, int, str]]:
    """The places of MARKED in `text`: (start, end, the place's name), in text order."""
    return sorted(
        (m.start(), m.end(), name) for name, rx in MARKED.items() for m in rx.finditer(text)
    )


_NAMES = {place.key: [p for p in TABLE if p.key == place.key] for place in TABLE}


def not_yet_named(name: str, published: date | None) -> bool:
    """Whether the place `name` (as the record names it) had not been given that name by
    `published`: 'Nursultan' in an article of 2018 is the president, not the city."""
    place = BY_NAME.get(name)
    return (
        place is not None
        and published is not None
        and place.named_from is not None
        and published < place.named_from
    )


def name_on(name: str, day: date | None, last: date | None = None) -> str:
    """The name to give the place `name` on `day` (or over the days `day` to `last`, a
    month's or a year's): a name the place had on none of them is its usual one
    (Nur-Sultan, the name of March 2019 to September 2022 only, is Astana on any other
    day, and in 2018, but Nur-Sultan in 2019 and in the autumn of 2019); any other name as
    the article writes it (Astana in 2020 is the same city, under its old name)."""
    place = BY_NAME.get(name)
    if place is None or day is None or place.named_on(day, last):
        return name
    usual = [p.name for p in _NAMES[place.key] if p.named_from is None and p.named_until is None]
    return usual[0] if usual else name


# A place's name joined by a hyphen to a word after it is part of a compound that tells
# something else ('the Geneva-based office', 'a Moscow-backed plan', 'Tehran-led'): no place
# where something happened (outside tester t15d, 7). (A hyphen before a figure, 'Женева-2',
# is a name's number.)
_COMPOUND_AFTER = re.compile(r"-[^\W\d_]")


def in_compound(text: str, end: int) -> bool:
    """Whether the place named in `text` up to `end` is the first part of a compound."""
    return bool(_COMPOUND_AFTER.match(text, end))


def place_key(text: str) -> str | None:
    """The key of the place `text` names, in any of its spellings (case, spacing and
    Arabic-script letter variants aside); None for a place the table does not know."""
    return _KEYS.get(_spelling(text))


def forms_of(text: str) -> tuple[str, ...]:
    """Every spelling of the place `text` names, in every language (all its names); none
    for a place the table does not know."""
    key = place_key(text)
    return tuple(form for place in _NAMES.get(key or "", ()) for form in place.forms)


def country_of(text: str) -> str | None:
    """The country (in English) of the place `text` names; None for one not known."""
    key = place_key(text)
    return COUNTRY_OF.get(key) if key else None
