"""Records an editor may be about to store twice (outside tester t11a, finding 3): an event
under the title of another (its words in any order and spelling) at its dates or a few days
from them, on any track (outside tester t13a, 5), a round of a track at the dates or under
the title of another of its rounds, an agreement under the title of another (a UN
resolution under the number of another), an envoy's tenure overlapping another of the
same envoy, a participant stored under a name or alias that another participant is known
by, one alias given to two participants.

Names are compared by the ingestion's own key (ingest.pipeline.text.name_key, word by
word): the key that finds a person in an article, so 'Sergei Lavrov' and 'Sergey Lavrov'
meet, and 'Лавров' and 'Лаврова'. Titles by their folded words ('Astana  4' and 'astana 4').
Both are read as a reader sees them (lookalike.seen: composed, no invisible characters,
a Cyrillic or Greek look-alike letter in a Latin word read as the Latin one; outside
tester t11d, 3) and as the ingestion reads an article (text.unread_removed: without
stress or vowel marks, 'Лав\u0301ров'). A title's Roman numerals are its numbers ('Geneva
II', 'Geneva Ⅱ' and 'Geneva 2'). A name's words meet in any order ('Lavrov Sergey'), an
initial stands for a word it starts ('S. Lavrov'; re-tester t11c, 3), and a name of two
words or more is the one with a middle name or a patronymic more ('Sergey Viktorovich
Lavrov').
"""

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

from django.db.models import BooleanField, ExpressionWrapper, Q

from peaceproc.ingest.pipeline import places
from peaceproc.ingest.pipeline.lexicon import DOCUMENT_NUMBER, country_names
from peaceproc.ingest.pipeline.resolve import MAX_YEAR, MIN_YEAR
from peaceproc.ingest.pipeline.rounds import round_word
from peaceproc.ingest.pipeline.text import name_key as word_key
from peaceproc.ingest.pipeline.text import unread_removed
from peaceproc.lookalike import numerals_drawn, roman_read, seen
from peaceproc.search.apostrophes import read_apostrophes
from peaceproc.search.folding import EASTERN_DIGITS, WORD, fold, query_text, unmarked
from peaceproc.search.function_words import FUNCTION_WORDS, NAME_PARTICLES
from peaceproc.search.sounds import in_latin, skeletons
from peaceproc.search.tracks import tracks_named

from .cardinals import folded, numbers_spelled
from .dates import period_last_day
from .models import Agreement, EnvoyTenure, Event, Participant, ParticipantAlias, Round, Track
from .title_dates import dates_read
from .title_numbers import numbers_named, numeral

_WORD = re.compile(r"\w+")


def _read(text: str) -> str:
    return unmarked(unread_removed(seen(text)))


def _title_read(title: str) -> str:
    """`title` read as `_read` reads it, a lower-case 'l' among Roman numeral capitals
    as the 'I' it is drawn as ('Geneva lV'), the sign of number a word of its own: NFKC
    writes '№' as 'No', and '№4' would be the word 'No4' (outside tester t14d, 8)."""
    return numerals_drawn(_read(title.replace("№", "№ ")))


# A number written with thousands separators ('2,254', '2.254', '2 254' with a no-break
# space, '٢٬٢٥٤' with the Arabic one): one number, not two.
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:([,.\u00a0\u202f\u066c])\d{3})(?:\1\d{3})*(?![\d.,])")


def _numbers_read(text: str) -> str:
    """`text` with its Arabic-Indic and Persian digits as ASCII ones ('قرار ٢٢٥٤' is
    'قرار 2254') and its numbers in thousands written without the separators."""
    text = text.translate(EASTERN_DIGITS)
    return _GROUPED.sub(lambda m: m.group().replace(m.group(1), ""), text)


# An English possessive's apostrophe ('People's', 'People’s'): a copy may leave it out.
_POSSESSIVE = re.compile(r"(?<=\w)['’ʼ]s\b")


def title_key(title: str) -> str:
    """`title` with case, accents, reading marks, unseen characters, look-alike letters
    and spacing folded away, its Roman numerals (roman_read) and digits in any script as
    numbers (outside tester t13b, 1 and 2), an ampersand as the word 'and' ('Russia, Iran
    & Turkey'; outside tester t14a, 7). Words joined by an apostrophe are read as the
    site's search reads them (search/apostrophes: "d'ouverture" is 'ouverture', never 'd'
    and the Roman numeral D; "Astana'daki" is 'Astana'). The numbers it spells or writes
    as ordinals are read as figures first (_numbers_as_figures): 'dix' is ten, not the
    Roman numeral DIX."""
    read = read_apostrophes(_POSSESSIVE.sub("s", _numbers_read(_title_read(title))))
    words = " ".join(_WORD.findall(fold(read.replace("&", " and "))))
    return " ".join(_WORD.findall(roman_read(_numbers_as_figures(words))))


def name_key(name: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """`name` as the ingestion finds it in an article: the keys of its words of two
    letters or more, in any order, and its initials (one-letter words), in order."""
    keys = [word_key(word) for word in _WORD.findall(_read(name))]
    return frozenset(k for k in keys if len(k) > 1), tuple(k for k in keys if len(k) == 1)


def _shortened(short, long) -> bool:
    """Whether the name keyed `short` is the one keyed `long` with some words written as
    their initials or left out: each word `long` has besides `short`'s starts with one of
    `short`'s initials, or (when `short` has two words of three letters or more: a given
    name and a surname, not 'al-Assad') is a middle name or a patronymic left out; and
    `short`'s initials left over are `long`'s."""
    (words, initials), (more, long_initials) = short, long
    if not words < more:
        return False
    left = list(initials)
    for key in sorted(more - words):
        if key[0] in left:
            left.remove(key[0])
        elif sum(len(word) > 2 for word in words) < 2:
            return False
    return not Counter(left) - Counter(long_initials)


def _swapped(a: str, b: str) -> bool:
    """Whether `b` is `a` with two letters side by side swapped ('Gier', 'Geir')."""
    apart = [i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y]
    return (
        len(a) == len(b)
        and len(apart) == 2
        and apart[1] == apart[0] + 1
        and (a[apart[0]], a[apart[1]]) == (b[apart[1]], b[apart[0]])
    )


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether `b` is `a` with one letter changed, added or left out, or two letters
    side by side swapped (the Damerau distance of one: 'Pedresen' for 'Pedersen')."""
    if _swapped(a, b):
        return True
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    cut = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    skip = 1 if len(a) < len(b) else 0
    return a[cut + 1 - skip :] == b[cut + 1 :] and a != b


# The fewest letters of a word (its key) one misspelt letter may differ in: a long
# surname misspelt ('Pederson'), not a short name that is another ('Ali', 'Alp').
MISSPELT_WORD_LENGTH = 6
# The fewest letters of a word two swapped letters may differ in, beside another word
# the names share: a given name typed fast ('Gier Pedersen'; outside tester t14a, 6).
SWAPPED_WORD_LENGTH = 4


def _misspelt(a, b) -> bool:
    """Whether the names keyed `a` and `b` are one name with one of its long words
    (MISSPELT_WORD_LENGTH letters or more: a surname) misspelt by one letter or two
    swapped, or a shorter one (SWAPPED_WORD_LENGTH) by two swapped beside a word they
    share, the other words the same ('Geir Pederson' and 'Geir Pedersen'; 'Pederson' and
    'Pedersen'; 'Gier Pedersen') and initials that do not differ (outside tester t13a, 4)."""
    (words, initials), (others, other_initials) = a, b
    if initials and other_initials and sorted(initials) != sorted(other_initials):
        return False
    own, their = words - others, others - words
    if len(own) != 1 or len(their) != 1:
        return False
    (word,), (other,) = own, their
    if word.isdigit() or other.isdigit():
        return False  # a number is another number ('2139' and '2319'), never misspelt
    if words & others and len(word) >= SWAPPED_WORD_LENGTH and _swapped(word, other):
        return True
    return min(len(word), len(other)) >= MISSPELT_WORD_LENGTH and _one_letter_apart(word, other)


def same_name(a, b) -> bool:
    """Whether the names keyed `a` and `b` (name_key) name one person: the same words
    (initials that do not differ), or one shortened from the other (_shortened)."""
    if not a[0] or not b[0]:
        return False
    if a[0] == b[0]:
        return not a[1] or not b[1] or sorted(a[1]) == sorted(b[1])
    return _shortened(a, b) or _shortened(b, a)


def alike_names(a, b) -> bool:
    """Whether the names keyed `a` and `b` may name one person, for an editor to confirm:
    the same name (same_name), or one with a long word misspelt by a letter (_misspelt)."""
    return same_name(a, b) or _misspelt(a, b)


def found_by(key, other) -> bool:
    """Whether a search for a name keyed `key` (name_key) finds the one keyed `other`:
    the add form takes it for that name (alike_names), or `key`'s words but the function
    words, each long (MISSPELT_WORD_LENGTH letters or more: a short key is many names,
    'Asaad' and 'Assad' are both 'asad'), are all words of `other` ('Joulani' and
    'al-Julani'; outside tester t14a, 6). The admin's pickers and list search and the
    API's `q` read it (search/people.FoldedNames.keyed), so they find whom the add form
    knows; the add form itself does not take a family name alone for a person
    ('al-Assad')."""
    content = key[0] - FUNCTION_WORDS
    if not content:
        return False
    long_words = all(len(word) >= MISSPELT_WORD_LENGTH for word in content)
    return (long_words and content <= other[0]) or alike_names(other, key)


# How many days apart two events under one title are taken for one (a day's slip in a
# report, a meeting dated by its eve or its morrow): a yearly event is a year apart.
NEAR_DAYS = 3


# The words a title holds between its own, which a copy may write or leave out ('summit
# in Sochi' and 'Sochi summit', 'Russia, Iran and Turkey' and 'Russia, Iran, Turkey'): the
# search's function words of the six languages, and the one-letter 'в' and 'à' (outside
# tester t14a, 4).
_BETWEEN_WORDS = FUNCTION_WORDS | {fold("в"), fold("à")}


@lru_cache(maxsize=1)
def _place_spellings() -> tuple[dict[tuple[str, ...], str], int]:
    """Each spelling of each place the ingestion knows in its six languages (and the
    Russian case forms; ingest/pipeline/places), and of each country its capitals table
    names (lexicon.country_names: 'Russie', 'Rusya', 'Russian'), as title_key reads it,
    word by word, and the place's key; and the most words a spelling has. A title in
    another language then reads as the stored one where its words are places, countries,
    numbers and words spelt alike ('Déclaration de Moscou de la Russie, de l'Iran et de la
    Turquie'; outside tester t14d, 9)."""
    spellings = {
        tuple(title_key(form).split()): place.key for place in places.TABLE for form in place.forms
    }
    for city, forms in country_names().items():  # a country: 'Turkey', 'Turquie', 'Türkiye'
        spellings.update({tuple(title_key(form).split()): f"{city}-country" for form in forms})
    return spellings, max(map(len, spellings))


def _places_read(words: list[str]) -> list[str]:
    """`words` with each run that spells a known place (the longest first) as one word,
    the place's key after a '@' (no title's word has one): 'Sochi', 'Sotchi', 'Сочи' and
    'Soçi' are '@sochi'; 'Женева', 'Cenevre' and 'Geneva' '@geneva'."""
    spellings, longest = _place_spellings()
    read, i = [], 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            if (key := spellings.get(tuple(words[i : i + n]))) is not None:
                read.append(f"@{key}")
                i += n
                break
        else:
            read.append(words[i])
            i += 1
    return read


def _numbers_as_figures(key: str) -> str:
    """`key` (a title's words folded, as title_key reads them) with each number it spells,
    cardinal or ordinal, in any of the six languages (cardinals.numbers_spelled: 'two',
    'second', '2nd', 'IXth', 'deux', 'второй', 'ikinci', 'الثاني', 'دوم', 'two thousand
    two hundred fifty-four'), as its figures, but a word that is a function word too
    ('un', 'on'); and each number written with leading zeros without them ('02' is '2'):
    one reader of numbers for every title (outside tester t14d, 7 and 9)."""
    read, last = [], 0
    for start, end, value in numbers_spelled(folded(key)):
        if key[start:end] not in _BETWEEN_WORDS:
            read += [key[last:start], str(value)]
            last = end
    read.append(key[last:])
    return _LEADING_ZEROS.sub("", "".join(read))


_LEADING_ZEROS = re.compile(r"(?<!\w)0+(?=\d)")
# A compass point between two others is one word however it is joined ('south-west',
# 'south west', 'southwest'), its adjective ('north-eastern', 'северо-восточной') the
# point: one region's one name (outside tester t14d, 9). English, French, Russian and
# Turkish, folded; Arabic and Persian write two words always.
_COMPASS = re.compile(
    r"(?<!\w)(north|south|nord|sud|kuzey|guney|северо|юго) ?"
    r"(east|west|est|ouest|dogu|bat[iı]|восто|запад)\w*"
)


def _compass_read(key: str) -> str:
    return _COMPASS.sub(lambda m: m.group(1) + m.group(2), key)


# The words that count a document's points after their number ('14-point agreement',
# '(14 points)', '14 pts', 'из 14 пунктов', '14 maddelik', '14 نقطة', '۱۴ ماده'): one
# word however a language writes it, so the count is read as the same count (outside
# tester t15d, 6). Six languages.
_POINT_WORDS = (
    *("point", "points", "pt", "pts"),  # English and French
    *("пункт", "пункта", "пунктов", "пунктах"),  # Russian
    *("madde", "maddelik", "maddeli", "maddeden"),  # Turkish
    *("نقطة", "نقاط", "بند", "بنود"),  # Arabic
    *("ماده", "مادهای", "بند", "بندی"),  # Persian
)


@lru_cache(maxsize=1)
def _points() -> re.Pattern[str]:
    # (read and folded as title_key reads them: none is a number nor holds an apostrophe)
    words = sorted({fold(_read(word)) for word in _POINT_WORDS}, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(\d+) (?:{'|'.join(map(re.escape, words))})(?!\w)")


@lru_cache(maxsize=4096)  # a pure function of the title: the stored titles are read again
def title_words(title: str) -> frozenset[str]:
    """`title`'s words (title_key) in any order, a place's name in any of its languages as
    the place (_places_read), without the words between (_BETWEEN_WORDS), a number spelled
    or written as an ordinal as its figures (title_key: 'Geneva two', 'Geneva second',
    'Geneva 02', 'Brussels ninth'), a compass point as one word (_compass_read), a count
    of points as one word after its number (_POINT_WORDS: '14-point', '14 pts'), each
    other word by the ingestion's
    transliteration-insensitive key ('Soči' and 'Sochi' meet, as 'Lavrentiev' and
    'Lavrentyev' do), a number as it is (the key would fold 2254 and 254, 22 and 2, as it
    folds a doubled letter)."""
    return frozenset(
        w if w.isdigit() or w.startswith("@") else word_key(w)
        for w in _places_read(_points().sub(r"\1 points", _compass_read(title_key(title))).split())
        if w not in _BETWEEN_WORDS
    )


# The fewest words (title_words) a title must have to be read as a shorter form of another
# of the same days: 'Geneva II' of 'Geneva II – opening conference', 'SDF agreement' of
# 'Damascus–SDF agreement' (outside tester t15a, 5); one word ('Meeting') names too many.
SHORTER_TITLE_WORDS = 2


def shorter_form(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether one of the titles of the words `a` and `b` (title_words) is the other with
    words left out: every word of the shorter among the longer's, at least
    SHORTER_TITLE_WORDS of them, and no number among the words left out (a number tells
    editions apart: 'Trilateral presidential summit 2 (Sochi)' is another summit). Read
    only for records within NEAR_DAYS of each other."""
    short, long = sorted((a, b), key=len)
    left_out = long - short
    return (
        len(short) >= SHORTER_TITLE_WORDS
        and short < long
        and not any(w.isdigit() for w in left_out)
    )


# Where a title's parts part: quotation marks, brackets, a colon, a dash (a hyphen with
# blanks around it) or a slash ('Brussels IX Conference "Standing with Syria"', 'Geneva
# II – opening conference', 'Trilateral summit (Sochi)').
_TITLE_PARTS = re.compile(r"[\"“”„«»()\[\]:/|]|\s[-‐‑‒]\s|[–—]")


@lru_cache(maxsize=4096)
def title_parts(title: str) -> frozenset[frozenset[str]]:
    """The words (title_words) of each part of `title` (_TITLE_PARTS) that has
    SHORTER_TITLE_WORDS words or more: its subtitle and its head."""
    parts = map(title_words, _TITLE_PARTS.split(title))
    return frozenset(p for p in parts if len(p) >= SHORTER_TITLE_WORDS)


def own_years(*days) -> frozenset[str]:
    """The years of `days` (the records' dates) as title words: a title's own year names no
    other edition of it ('Fall of the Assad government 2024' on that day is the stored
    'Fall of the Assad government': re-tester t16d, 1)."""
    return frozenset(str(day.year) for day in days if day is not None)


def shorter_title(a: str, b: str, *, years: frozenset[str] = frozenset()) -> bool:
    """Whether one of titles `a` and `b` is the other with words left out
    (shorter_form), or holds all the words of one of the other's parts (title_parts: a
    subtitle, 'Standing with Syria' of 'Brussels IX Conference "Standing with Syria"';
    outside tester t15d, 6) and no word the other lacks, whatever numbers the other's
    other parts hold. Read only for records within NEAR_DAYS of each other."""
    return (
        shorter_form(title_words(a) - years, title_words(b) - years)
        or _holds_a_part(a, b, years)
        or _holds_a_part(b, a, years)
    )


# How alike a title is to a stored record's of the same days (_alike_or_shorter), the
# better first in the refusal: read as it, then with words left out or one of its parts.
READS_AS, SHORTER = 1, 2


def _alike_or_shorter(stored: str, title: str, years: frozenset[str]) -> int | None:
    """READS_AS when `title` reads as the `stored` title of a record of the same days,
    SHORTER when it is it with words left out or one of its parts, the records' own
    `years` left out of both; else None."""
    if alike_titles(title_words(stored) - years, title_words(title) - years):
        return READS_AS
    return SHORTER if shorter_title(stored, title, years=years) else None


def _holds_a_part(short: str, long: str, years: frozenset[str]) -> bool:
    """Whether `short` holds all the words of a part of `long` and none `long` lacks; the
    numbers of `long`'s other parts do not matter (an edition's, 'Brussels IX'), but a
    year or a date does: another year's is another record ('Aqaba meetings on Syria
    (2011)', as 'Aqaba meetings on Syria 2011'; outside tester t16e, 2)."""
    words = title_words(short) - years
    left_out = title_words(long) - years - words
    return (
        words <= title_words(long) - years
        and not any(map(_a_date, left_out))
        and any(
            len(part - years) >= SHORTER_TITLE_WORDS and part - years <= words
            for part in title_parts(long)
        )
    )


def _a_date(word: str) -> bool:
    """Whether a title's word (title_words) is a year (the ingestion's years, MIN_YEAR
    to MAX_YEAR) or a date written as one number (title_dates: '20241208')."""
    return word.isdigit() and len(word) in (4, 8) and MIN_YEAR <= int(word[:4]) <= MAX_YEAR


def _dates_read(title: str, first: date, last: date) -> str:
    """`title` without the dates it writes of its record's days (`first` to `last`, or
    within NEAR_DAYS of them), each other date as one number (title_dates.dates_read)."""
    return dates_read(title, first=first, last=last, near_days=NEAR_DAYS)


def _days_apart(a: tuple[date, date], b: tuple[date, date]) -> int:
    """The days between the spans `a` and `b` (first and last days), 0 when they overlap."""
    return max((a[0] - b[1]).days, (b[0] - a[1]).days, 0)


def _best_first(matches: list[tuple[int, int, object]]) -> list:
    """The records of `matches` (how alike, days apart, record) the most alike first, then
    the nearest, then the first stored (an original before a copy of it saved with "Not a
    copy"; outside tester t16e, 1): every one of them, for the refusal to name."""
    return [record for *_, record in sorted(matches, key=lambda m: (m[0], m[1], m[2].pk))]


def alike_titles(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether titles of the words `a` and `b` (title_words) read as one: the same words,
    or one long word of one a letter off the other's ('Genève' and 'Geneva')."""
    return bool(a) and (a == b or _misspelt((a, ()), (b, ())))


def _shifted(day: date, days: int) -> date:
    """`day` moved by `days`, held within the calendar's first and last days (a date out
    of the records' range reaches the check before its validator refuses it)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.min if days < 0 else date.max


def _span(start, precision: str, end) -> tuple:
    """The first and last day an event of these dates may be on (a month's or a year's
    event on any of its days)."""
    return start, max(period_last_day(start, precision or "day"), end or start)


def same_events(*, start_date, precision: str, end_date, title: str, pk=None) -> list[Event]:
    """The stored events (not `pk`), on any track, whose title reads as `title`'s
    (alike_titles: case, accents, transliteration, word order) or is it with words left out
    or a part of it (shorter_title), and whose dates are within NEAR_DAYS of `start_date`
    to `end_date` or overlap them at the coarser precision of the two (an event of November
    2017 and one of 23 November 2017; outside tester t13a, 5; a subtitle a day off, t16c 4).
    A date either title writes of its own event's days is left out of it, one of other days
    is a number (_dates_read: '… 8 December 2024' on that day; outside tester t16e, 1).
    The most alike first (_best_first)."""
    words = title_words(title)
    if start_date is None or not words:
        return []
    # (a version of the audit trail holds its dates as ISO text)
    day = Event._meta.get_field("start_date").to_python
    first, last = _span(day(start_date), precision, day(end_date))
    earliest = _shifted(first, -NEAR_DAYS)
    # event_start_date_idx: the events starting from a year before this one's first day
    # (a year's event spans its year) to a few days after its last.
    found = Event.objects.filter(
        start_date__gte=_shifted(earliest, -366), start_date__lte=_shifted(last, NEAR_DAYS)
    ).exclude(pk=pk)
    fields = ("pk", "title", "slug", "start_date", "precision", "end_date")
    read = _dates_read(title, first, last)
    matches = []
    for event in found.only(*fields).order_by("start_date", "pk"):
        span = _span(event.start_date, event.precision, event.end_date)
        if span[1] < earliest:
            continue
        if alike_titles(title_words(event.title), words):
            alike = READS_AS
        else:
            stored = _dates_read(event.title, *span)
            alike = _alike_or_shorter(stored, read, own_years(first, event.start_date))
        if alike:
            matches.append((alike, _days_apart(span, (first, last)), event))
    return _best_first(matches)


def rounds_an_event_repeats(*, start_date, precision: str, end_date, title: str) -> list[Round]:
    """The stored rounds an event of these dates and `title` would repeat: a title that is
    nothing but a round's name (its track, its number in any notation or language, a
    round's noun and function words: 'Astana 4', 'Fourth round of Astana talks', 'Geneva IV
    talks'), on days the round was held (outside tester t15a, 5). A title that says more
    ('Astana 4 press briefing', 'Astana 4: first day') is a happening of the round."""
    if start_date is None:
        return []
    day = Event._meta.get_field("start_date").to_python
    first, last = _span(day(start_date), precision, day(end_date))
    # (the event's own dates said in its title say nothing more: 'Astana 22, 11 November 2024')
    read = _title_read(
        dates_read(title, first=first, last=last, near_days=0, others_as_numbers=False)
    )
    if not read.strip():
        return []
    tracks = list(Track.objects.values_list("pk", "slug", "name"))
    named = tracks_named(read, tracks)
    if not named or not _only_a_rounds_name(read, tracks):
        return []
    # round_track_number_unique (track, number) serves the rounds of the named tracks.
    found = Round.objects.filter(
        track_id__in=named, start_date__lte=last, end_date__gte=first
    ).order_by("start_date", "pk")
    return [
        r
        for r in found
        if r.number and r.number in numbers_named(read, track_id=r.track_id, tracks=tracks)
    ]


@lru_cache(maxsize=1)
def _number_signs() -> frozenset[str]:
    """The one-word signs of number the ingestion reads before a document's number
    (lexicon.DOCUMENT_NUMBER: 'no', 'n', 'номер', 'رقم'; '№', which NFKC writes 'No'),
    folded as a title's words are: what a round's number may follow in its name too."""
    return frozenset(
        words[0]
        for forms in DOCUMENT_NUMBER.values()
        for form in forms
        if len(words := WORD.findall(folded(query_text(form)))) == 1
    )


def _only_a_rounds_name(read: str, tracks) -> bool:
    """Whether the words of `read` (a title as _title_read reads it) are only a round's
    name's: a track's name or slug words, numbers, a round's noun or a track's talks
    (rounds.round_word), function words, and a sign of number before a number ('Astana
    №4', 'Astana № 22', 'Astana No. 4'; lexicon.DOCUMENT_NUMBER; outside tester t15d, 6)."""
    text = folded(query_text(read))
    for start, end, _ in numbers_spelled(text):  # a number spelled: one figure's word
        text = text[:start] + "1".ljust(end - start) + text[end:]
    track_words = {fold(w) for _, slug, name in tracks for w in (*slug.split("-"), *name.split())}
    words = [fold(w) for w in WORD.findall(text)]
    return all(
        w in FUNCTION_WORDS
        or w in track_words
        or round_word(w)
        or numeral(w) is not None
        or tracks_named(w, tracks)
        or (w in _number_signs() and numeral(next(iter(words[i + 1 :]), "")) is not None)
        for i, w in enumerate(words)
    )


def same_rounds(*, track_id, start_date, end_date, title: str, pk=None) -> list[Round]:
    """The stored rounds (not `pk`) of `track_id` whose dates overlap `start_date` to
    `end_date`, whose title has `title`'s key ('Geneva IV', 'Geneva Ⅳ' and 'Geneva 4'),
    or whose number, or the numbers whose title names, are the ones `title` names
    (title_numbers: 'Geneva iv', 'Geneva 4th round', 'Женева IV'): no track holds two
    rounds at once, nor two of one name or number (outside testers t12b, F2; t12c, 2).
    Two queries."""
    if track_id is None or start_date is None:
        return []
    # round_track_number_unique (track, number) serves the rounds of one track.
    overlaps = Q(start_date__lte=end_date or start_date, end_date__gte=start_date)
    found = (
        Round.objects.filter(track_id=track_id)
        .exclude(pk=pk)
        .annotate(overlaps=ExpressionWrapper(overlaps, output_field=BooleanField()))
        .order_by("start_date", "pk")
    )
    key = title_key(title)
    tracks = list(Track.objects.values_list("pk", "slug", "name"))

    def numbers(text: str) -> frozenset[int]:
        return numbers_named(_title_read(text), track_id=track_id, tracks=tracks)

    named = numbers(title)
    return [
        r
        for r in found
        if r.overlaps
        or (key and title_key(r.title) == key)
        or (named and named in (numbers(r.title), {r.number}))
    ]


_NUMBER = re.compile(r"\d+")
# A title that is a resolution by its name, whatever kind an editor gave it ('Resolution
# 2254', 'UNSC resolution 2254 (2015)', 'S/RES/2254', 'UNSCR 2254'): the word resolution
# (or its abbreviation) and a number, after no words but the council's name. 'Statement
# on resolution 2254' is a statement on it.
_NAMED_RESOLUTION = re.compile(
    r"^(?:(?:the|un|unsc|united|nations|security|council|s) )*(?:resolution|res|unscr) (\d{3,})\b"
)


# A number written in groups of three digits spaced apart ('2 254'): one number.
_SPACED_GROUPS = re.compile(r"\b\d{1,3}(?: \d{3})+\b")
# The UN General Assembly as a title names it, in the languages of the ingestion (by
# title_key): its resolutions are numbered apart from the Security Council's, so its
# resolution 2254 is another document than the council's (outside tester t14a, 7); so
# does its symbol, 'A/RES/2254' (the council's is 'S/RES/2254'; outside tester t14d, 9).
_ASSEMBLY = re.compile(
    r"\b(?:general assembly|unga|assemblee generale|генеральн\w* ассамбле\w*|генассамбле\w*"
    r"|genel kurul\w*|الجمعية العامة|مجمع عمومی|a res(?= \d))\b"
)


def _resolution_number(kind: str, title: str) -> tuple[str, str] | None:
    """The body and the number a UN resolution is known by: for a Security Council
    resolution (its kind), the first number of three digits or more in its title ('UN
    Security Council resolution 2254 (2015)', 'S/RES/2254', 'Résolution 2 254', 'قرار مجلس
    الأمن ٢٢٥٤'); for another kind, the number of a title naming itself a resolution
    (_NAMED_RESOLUTION); else None. The body is the General Assembly where the title
    names it, else the Security Council."""
    key = _SPACED_GROUPS.sub(lambda m: m.group().replace(" ", ""), title_key(title))
    body = "assembly" if _ASSEMBLY.search(key) else "council"
    if kind != Agreement.Kind.UN_RESOLUTION:
        named = _NAMED_RESOLUTION.match(key)
        return (body, named.group(1)) if named else None
    number = next((n for n in _NUMBER.findall(key) if len(n) > 2), None)
    return (body, number) if number else None


def same_agreements(
    *, title: str, kind: str = "", date=None, precision: str = "", pk=None
) -> list[Agreement]:
    """The stored agreements (not `pk`) whose title reads as `title`'s (alike_titles, as
    an event's: case, accents, transliteration, word order), at any date (one document is
    stored once, whatever day a source gave it); of the same days as `date` (at its
    `precision` and theirs) or within NEAR_DAYS of them, as events are (a declaration
    dated by its signing's eve or morrow; outside tester t15d, 6), those whose title is
    `title`'s with words left out or added, or one of its parts (shorter_title: 'Geneva
    Communiqué' and 'Geneva Communiqué (Action Group for Syria)');
    and for a UN resolution (`kind`) the stored resolutions of its body and number
    ('resolution 2254' and 'UNSC Resolution 2254 (2015)'). The titles' own dates are read
    as an event's are (same_events). A scan of the agreements' titles: a few hundred rows,
    checked when an editor stores one. The most alike first (_best_first)."""
    words, number = title_words(title), _resolution_number(kind, title)
    if not words:
        return []
    # (a version of the audit trail holds its dates as ISO text)
    day = Agreement._meta.get_field("date").to_python(date) if date else None
    first, last = _span(day, precision, None) if day else (None, None)
    found = Agreement.objects.exclude(pk=pk).only(
        "pk", "title", "kind", "date", "precision", "slug"
    )

    read = _dates_read(title, first, last) if first is not None else title

    def how_alike(a: Agreement, span: tuple[date, date]) -> int | None:
        stored = _dates_read(a.title, *span)
        if (
            alike_titles(title_words(a.title), words)
            or alike_titles(title_words(stored), title_words(read))
            or (number is not None and _resolution_number(a.kind, a.title) == number)
        ):
            return READS_AS
        # Of the same days: within NEAR_DAYS, as events are compared.
        if first is None or _days_apart(span, (first, last)) > NEAR_DAYS:
            return None
        return _alike_or_shorter(stored, read, own_years(first, a.date))

    matches = []
    for a in found.order_by("date", "pk"):
        span = _span(a.date, a.precision, None)
        if alike := how_alike(a, span):
            matches.append((alike, _days_apart(span, (first, last)) if first else 0, a))
    return _best_first(matches)


def same_tenures(*, envoy_id, start_date, end_date, end_precision: str, pk=None) -> list:
    """The stored tenures (not `pk`) of `envoy_id` whose time in office overlaps
    `start_date` to `end_date` (None: still in office; a month or a year to its last day):
    one envoy holds one office at a time."""
    if envoy_id is None or start_date is None:
        return []
    # (a version of the audit trail holds its dates as ISO text)
    day = EnvoyTenure._meta.get_field("start_date").to_python
    start_date, end_date = day(start_date), day(end_date)
    last = period_last_day(end_date, end_precision or "day") if end_date else None
    # The index Django gives the envoy foreign key serves the tenures of one envoy.
    found = EnvoyTenure.objects.filter(envoy_id=envoy_id).exclude(pk=pk)
    return list(found.overlapping(start_date, last).order_by("start_date", "pk"))


# The fewest consonants (sounds.skeleton) the words of a name must have between them to
# be taken for another participant's by their sound alone: 'Beşar Caferi' has six,
# 'Tchavouchoglu' five; a short name ('Ali', 'Iran') sounds like too many.
SOUND_CONSONANTS = 5


@lru_cache(maxsize=4096)
def _sounds(name: str) -> tuple[frozenset[tuple[bool, str]], ...]:
    """The skeletons of each word of `name` but its function words and the particles of
    names ('di' of 'Staffan di Mistura'), in each spelling convention sounds.READINGS
    knows, each with whether the word is in Latin letters ('Ławrow' is): the readings are
    Latin spellings' conventions, so a Latin word sounds only as another Latin one (as a
    skeleton, 'Arap' would be the Arabic 'الأوروبي', European)."""
    return tuple(
        frozenset((in_latin(word), sound) for sound in skeletons(word))
        for word in _WORD.findall(_read(name))
        if fold(word) not in NAME_PARTICLES
    )


def sounds_like(name: str, names: Iterable[str]) -> bool:
    """Whether `name` is one participant's (known by `names`: its name and aliases) in
    another language's spelling of its sounds: each word of `name` sounds as a word of
    one of `names`, read by sounds.skeletons (Turkish 'c' for /dʒ/, French 'ch' for /ʃ/,
    '-syon' for '-tion'), and the words hold SOUND_CONSONANTS consonants or more ('Beşar
    Caferi' is Bashar al-Jaafari; 'Tchavouchoglu' Çavuşoğlu; 'Rusya Federasyonu' the
    state Russia, known as 'Rusya' and 'Russian Federation'; outside tester t14d, 13).
    A name of one word sounds as a name of one word only."""
    words = _sounds(name)
    least = sum(min(len(sound) for _, sound in word) for word in words if word)
    if not words or not all(words) or least < SOUND_CONSONANTS:
        return False
    # One word sounds as a name of one word: a family name alone is no person's name
    # ('al-Quartermaine' for Zebulon Xavier Quartermaine; same_name does not take it).
    others = [_sounds(other) for other in names]
    known = {
        sound for other in others if len(words) > 1 or len(other) == 1 for w in other for sound in w
    }
    return all(word & known for word in words)


def known_as(name: str, *, besides=None) -> list[Participant]:
    """The participants (not `besides`, a participant's pk) whose name or one of whose
    aliases has `name`'s key, or is it with a long word misspelt by a letter or two
    swapped (alike_names), or whose names `name` sounds like (sounds_like); none for a
    name without words. Two queries."""
    key = name_key(name)
    if not key[0]:
        return []
    others = ~Q(pk=besides) if besides is not None else Q()
    names = Participant.objects.filter(others).values_list("pk", "name")
    aliases = ParticipantAlias.objects.exclude(participant_id=besides).values_list(
        "participant_id", "name"
    )
    by_participant: dict[int, list[str]] = {}
    for pk, other in [*names, *aliases]:
        by_participant.setdefault(pk, []).append(other)
    pks = sorted(
        pk
        for pk, others_names in by_participant.items()
        if any(alike_names(name_key(other), key) for other in others_names)
        or sounds_like(name, others_names)
    )
    return list(Participant.objects.filter(pk__in=pks).order_by("name")) if pks else []
