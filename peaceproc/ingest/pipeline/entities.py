"""Participants, places and track names found as token sequences, plus proposed new names."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import (
    BODY_HEAD_STEMS,
    BODY_HEAD_WORDS,
    EVENT_NAME_WORDS,
    MONTHS,
    NOT_NAME_TIME_WORDS,
    RANK_WORDS,
    UNIT_HEAD_WORDS,
    WEATHER_WORDS,
    WEEKDAYS,
)
from .places import TABLE
from .skeleton import MARK, MIN_CONSONANTS, latin_skeleton
from .text import Token, name_key, tokenize
from .translit import MARK as TRANSLIT

_ARTICLE_KEYS = {"al", "el"}
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z]")
# The letters of a surname's key that may be matched alone (as Matcher's own surnames).
_SURNAME_LETTERS = 4
# The article glued to a surname: 'al-', 'el-', 'eş-', 'аш-', 'ад-'.
_LONGEST_ARTICLE = 3
_ARTICLE_PREFIX = re.compile(rf"^[^\W\d_]{{1,{_LONGEST_ARTICLE}}}-(?=\w)")
# Latin letters outside ASCII that start names ('Çavuşoğlu', 'Şara', 'Öcalan').
_LATIN_EXTRA = frozenset("ÇŞÖÜİĞÉÈÁÀÂÎÔÛçşöüığéèáàâîôû")


@dataclass(frozen=True)
class Match:
    ident: str
    start: int  # character offsets in the sentence
    end: int
    # A person's surname alone, or one word matched by sound, in Arabic script: it may be
    # an ordinary word ('رئاسي', presidential, sounds like Raisi); people.KnownPeople
    # keeps it only in a person's context. Also a Latin surname alone read back from
    # Cyrillic (_lone).
    lone: bool = False


def _alias_keys(name: str) -> tuple[str, ...]:
    keys = []
    for tok in tokenize(name, "en"):
        k = tok.keys[0]
        if k and k not in _ARTICLE_KEYS:
            keys.append(k)
    return tuple(keys)


def _alias_variants(name: str) -> list[tuple[str, ...]]:
    """The name's keys, then its keys with each article written onto the word after it,
    as 'al' and as 'el' ('Hadi Albahra', 'Elbahra' for 'Hadi al-Bahra'): a spelling, not
    another person."""
    out = [_alias_keys(name)]
    # Without an article written onto a word ('Ахмед Шараа' for 'Ахмед аш-Шараа',
    # 'Ahmed Sharaa' for 'Ahmed ash-Sharaa'): writers leave it out.
    bare = " ".join(_ARTICLE_PREFIX.sub("", w) if _article_on(w) else w for w in name.split())
    if bare != name:
        out.append(_alias_keys(bare))
    toks = tokenize(name, "en")
    for i in range(len(toks) - 1):
        if toks[i].keys[0] in _ARTICLE_KEYS:
            head = [t.keys[0] for t in toks[:i] if t.keys[0] not in _ARTICLE_KEYS]
            tail = [t.keys[0] for t in toks[i + 2 :] if t.keys[0] not in _ARTICLE_KEYS]
            for article in sorted(_ARTICLE_KEYS):
                out.append((*head, name_key(article + toks[i + 1].text), *tail))
    # A name with no letter ('-', '...', '?', '2019', an emoji, a lone accent) names
    # nothing a text could be matched on: its keys are empty or digits only.
    return [keys for keys in dict.fromkeys(out) if all(keys) and _has_letter(keys)]


def _article_on(word: str) -> bool:
    """Whether `word` begins with an article in lower case ('аш-Шараа', 'ash-Sharaa')."""
    article = _ARTICLE_PREFIX.match(word)
    return bool(article) and article.group()[:-1].islower()


def _has_letter(keys: tuple[str, ...]) -> bool:
    return any(ch.isalpha() for key in keys for ch in key)


class Matcher:
    """Greedy longest match of known names over a sentence's tokens.

    Article tokens ('al-', 'el-') are ignored on both sides, so 'Bashar al-Jaafari' and
    'Bashar Jaafari' meet. With `surnames`, the trailing part of a multi-word name
    ('Bogdanov', 'Jaberi Ansari') also matches when no other entry shares it; only the
    names of `lenders` (the persons; all when None) lend one.
    """

    def __init__(
        self,
        entries: list[tuple[str, str]],
        *,
        surnames: bool = False,
        lenders: frozenset[str] | None = None,
    ):
        self.lenders = lenders
        self.index: dict[str, list[tuple[tuple[str, ...], str, bool]]] = defaultdict(list)
        full: dict[tuple[str, ...], set[str]] = defaultdict(set)
        # Only a name that ends in a proper noun lends its tail: 'UN envoy' must not
        # make every 'Envoy' in a text the United Nations.
        proper_tail: set[tuple[str, ...]] = set()
        # An acronym ('ООН', 'ABD', 'UN') matches only a word in capitals: its key is
        # often an ordinary word's ('он', 'he'; 'Abd' of 'Abd al-Rahman').
        written: dict[tuple[tuple[str, ...], str], bool] = {}
        for ident, name in entries:
            for keys in _alias_variants(name):
                full[keys].add(ident)
                acronym = len(keys) == 1 and name.isupper()
                written[keys, ident] = written.get((keys, ident), True) and acronym
                last = name.split()[-1] if name.split() else ""
                last = _ARTICLE_PREFIX.sub("", last)  # 'al-Sharaa', 'el-Şara', 'аш-Шараа'
                if last[:1].isupper() or not last[:1].islower():
                    proper_tail.add(keys)
        for keys, idents in full.items():
            for ident in idents:
                self.index[keys[0]].append((keys, ident, False))
        if surnames:
            owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
            for keys, idents in full.items():
                if keys not in proper_tail:
                    continue
                for cut in range(1, len(keys)):
                    tail = keys[cut:]
                    if sum(len(k) for k in tail) >= _SURNAME_LETTERS:
                        owners[tail] |= self._lending(idents)
            for tail, idents in owners.items():
                if len(idents) == 1 and tail not in full:  # an empty set lends nothing
                    self.index[tail[0]].append((tail, next(iter(idents)), True))
        self.capitals_only = {entry for entry, acronym in written.items() if acronym}
        self._add_skeletons(entries, surnames=surnames)
        if surnames:
            self._add_transliterated(entries)
        for lst in self.index.values():
            lst.sort(key=lambda e: -len(e[0]))

    def _add_skeletons(self, entries: list[tuple[str, str]], *, surnames: bool) -> None:
        """A Latin-script name also matches its Arabic-script spelling (skeleton.py): the
        whole name when its skeleton is long enough, its last word alone when that one is
        long and no other name ends in it."""
        full: dict[tuple[str, ...], set[str]] = defaultdict(set)
        # Whom the record already spells in Arabic script lends no surname skeleton: the
        # record's spellings find the surname alone, and 'Brahimi' by its skeleton would
        # also be the given name 'إبراهيم'.
        spelt = {ident for ident, name in entries if _ARABIC_SCRIPT.search(name)}
        self.spelt = frozenset(spelt)
        for ident, name in entries:
            words = [w for w in _NAME_WORD.findall(name) if name_key(w) not in _ARTICLE_KEYS]
            if not words or not all(w[0].isascii() or w[0] in _LATIN_EXTRA for w in words):
                continue
            if any(name_key(w) in _NOT_NAMES or w.lower() in _ORG_WORDS for w in words):
                continue  # a body's name is translated, not transcribed
            keys = tuple(MARK + latin_skeleton(w) for w in words)
            if all(len(k) > 1 for k in keys) and sum(len(k) - 1 for k in keys) >= MIN_CONSONANTS:
                full[keys].add(ident)
                # A particle written onto the name ('دیمیستورا' for 'de Mistura', 'کی‌مون'
                # for 'Ki-moon'); a given name never is ('Nasr Hariri' joined is 'nsr', the
                # skeleton of 'نشر', publish, and 'أنصار', supporters).
                joined = _joined(keys)
                if len(keys) > 1 and any(w.lower() in _PARTICLES or len(w) <= 2 for w in words):
                    full[(joined,)].add(ident)
        tails: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for keys, idents in full.items():
            for ident in idents:
                self.index[keys[0]].append((keys, ident, False))
            if surnames and len(keys) > 1 and len(keys[-1]) - 1 >= MIN_CONSONANTS:
                tails[keys[-1:]] |= self._lending(idents - spelt)
        for tail, idents in tails.items():
            if len(idents) == 1 and tail not in full:  # an empty set lends nothing
                self.index[tail[0]].append((tail, next(iter(idents)), True))

    def _add_transliterated(self, entries: list[tuple[str, str]]) -> None:
        """A person's name in Latin script also matches its Cyrillic spelling, read back
        into Latin letters (translit.py): the whole name, and its last word alone when
        that one is long and no other person's name ends in it."""
        full: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for ident, name in entries:
            if self._person(ident) and not _CYRILLIC.search(name) and _LATIN.search(name):
                for keys in _alias_variants(name):
                    full[tuple(TRANSLIT + k for k in keys)].add(ident)
        tails: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for keys, idents in full.items():
            for ident in idents:
                self.index[keys[0]].append((keys, ident, False))
            if len(keys) > 1 and len(keys[-1]) - len(TRANSLIT) >= _SURNAME_LETTERS:
                tails[keys[-1:]] |= idents
        for tail, idents in tails.items():
            if len(idents) == 1 and tail not in full:
                self.index[tail[0]].append((tail, next(iter(idents)), True))

    def _person(self, ident: str) -> bool:
        return self.lenders is None or ident in self.lenders

    def _lending(self, idents: set[str]) -> set[str]:
        return idents if self.lenders is None else idents & self.lenders

    def find(self, tokens: list[Token]) -> list[Match]:
        toks = [t for t in tokens if not (t.keys[0] in _ARTICLE_KEYS and t.text.islower())]
        out: list[Match] = []
        i = 0
        while i < len(toks):
            best = None
            for key in toks[i].keys:
                for keys, ident, surname in self.index.get(key, ()):
                    n = len(keys)
                    if i + n > len(toks):
                        continue
                    if all(keys[j] in toks[i + j].keys for j in range(1, n)):
                        if surname and not _cased_ok(toks[i], toks[i + 1 : i + n]):
                            continue
                        if keys[0].startswith(MARK) and not self._sounds_ok(
                            keys, ident, toks[i : i + n]
                        ):
                            continue
                        if (keys, ident) in self.capitals_only and not toks[i].text.isupper():
                            continue
                        if best is None or n > best[0]:
                            best = (n, ident, _lone(keys, surname, toks[i]))
                    if best and best[0] >= n:
                        break
            if best is None and i + 1 < len(toks):
                best = self._split(toks[i], toks[i + 1])
            if best:
                n, ident, lone = best
                lone = lone and self._person(ident)
                out.append(Match(ident, toks[i].start, toks[i + n - 1].end, lone))
                i += n
            else:
                i += 1
        return out

    def _sounds_ok(self, keys: tuple[str, ...], ident: str, toks: list[Token]) -> bool:
        """A match by sound. In Arabic script, of someone the record spells in it (whose
        spelling finds them), only a name with a word of three consonant classes or more
        (a variant spelling); two are the skeleton of hundreds of common words ('ژنو کار'
        sounds like 'John Kerry', 'امیدی برای' like 'Ahmed Berri'). In Latin or Cyrillic
        script, never on a word in capitals ('MNA/SANA' is no 'Ayman Susan')."""
        if _ARABIC_SCRIPT.search(toks[0].text):
            return ident not in self.spelt or any(
                len(k) - len(MARK) >= _DISTINCT_CONSONANTS for k in keys
            )
        return not any(t.text.isupper() for t in toks)

    def _split(self, first: Token, second: Token) -> tuple[int, str, bool] | None:
        """One transcribed word written as two ('چاووش اوغلو' for 'Çavuşoğlu'), in Arabic
        script only: two Latin words are two words ('En Syrie', 'Yeni Asır'). The two
        halves stand a space or a joiner apart: a slash or a comma between them parts two
        words ('فارس/ سنای', the agency and the Senate, is no Vershinin)."""
        if second.start - first.end > 1:
            return None
        if not (_in_arabic_script(first.text) and _in_arabic_script(second.text)):
            return None
        for a in first.keys:
            if not a.startswith(MARK):
                continue
            for b in second.keys:
                if b.startswith(MARK):
                    for keys, ident, _surname in self.index.get(_joined((a, b)), ()):
                        if len(keys) == 1:
                            return 2, ident, False
        return None


def _lone(keys: tuple[str, ...], surname: bool, first: Token) -> bool:
    """Whether a match is one word that may be an ordinary one (Match.lone): a surname
    alone or a word matched by sound, in Arabic script; one word of a Latin name found in
    Cyrillic read back into Latin letters ('Тома', of volume, read as 'Toma')."""
    if len(keys) > 1:
        return False
    if keys[0].startswith(TRANSLIT):
        return True
    return (surname or keys[0].startswith(MARK)) and _in_arabic_script(first.text)


@lru_cache(maxsize=16384)  # asked of every word the gazetteer does not match
def _in_arabic_script(word: str) -> bool:
    return bool(_ARABIC_SCRIPT.search(word))


# A word of a name, with the apostrophe a transcription writes inside it for an ayn or a
# hamza ('Tu'mah', 'Ja'afari'): one word, not a particle 'Tu' and a word 'mah'.
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")

# The consonant classes one word of a name needs for a match by sound in Arabic script,
# when the record spells the person in that script.
_DISTINCT_CONSONANTS = 3


@lru_cache(maxsize=16384)  # every pair of neighbouring Arabic-script words is tried
def _joined(keys: tuple[str, ...]) -> str:
    return MARK + re.sub(r"(.)\1+", r"\1", "".join(k[len(MARK) :] for k in keys))


def _cased_ok(tok: Token, rest: list[Token]) -> bool:
    """A surname alone must be capitalised where the script has case ('Bogdanov', not
    'bogdanov'); after its article, the word the article is written onto ('аш-Шараа')."""
    if rest and len(tok.text) <= _LONGEST_ARTICLE and tok.text.islower():
        tok = rest[0]
    ch = tok.text[0]
    return tok.capitalised or not (ch.isupper() or ch.islower())


# Each place the pipeline knows (places.TABLE) by the name the record uses: its spellings.
PLACES: dict[str, tuple[str, ...]] = {place.name: place.forms for place in TABLE}
# Words of a place's name that are words of people's names too ('Abu Dhabi', 'غازي عنتاب';
# 'Nursultan', the city named for Nursultan Nazarbayev).
_NAME_WORDS_IN_PLACES = frozenset(
    name_key(w)
    for w in ["abu", "abou", "أبو", "saint", "st", "st.", "sankt", "سانت", "سن", "غازي", "دير",
              "nursultan", "нурсултан"]
)  # fmt: skip
# The words of the places' names, but those: no person's name holds one.
PLACE_WORDS = tuple(
    dict.fromkeys(
        w
        for forms in PLACES.values()
        for form in forms
        for w in form.split()
        if name_key(w) not in _NAME_WORDS_IN_PLACES
    )
)

# Capitalised words that start or fill a capitalised run but are not a person's name.
_NOT_NAME_WORDS = (
    "the a an at in on of for and during after before since with by from to as but while",
    "this that these those he she it they his her its their we our i you mr mrs ms dr",
    "deputy foreign minister ministers ministry president presidential prime envoy",
    "special representative ambassador spokesman spokeswoman spokesperson chief head",
    "delegation lieutenant general colonel major admiral defense defence secretary under",
    "assistant senior director commander chairman chair co-chair members member council",
    "security united nations un us uk eu nato assembly russian iranian turkish syrian",
    "kazakh american french british jordanian iraqi lebanese arab qatari saudi egyptian",
    "european russia iran turkey syria kazakhstan jordan iraq lebanon israel qatar egypt",
    "america moscow tehran ankara damascus astana geneva sochi vienna doha idlib aleppo",
    "homs nur sultan new york middle east africa north south west east western eastern",
    "northern southern government opposition committee constitutional commission congress",
    "conference summit round session talks meeting process agreement memorandum ceasefire",
    "statement resolution zone zones de-escalation national dialogue january february",
    "march april may june july august september october november december monday tuesday",
    "wednesday thursday friday saturday sunday according speaking meanwhile however also",
    "both other several international republic islamic federation affairs kremlin white",
    "house state department observer observers guarantor guarantors presstv reuters tass",
    "sana irna anadolu agency news reported reports press tv army forces force free high",
    "negotiations negotiation body small large joint final first second third fourth",
    "fifth sixth seventh eighth ninth tenth his excellency sheikh king emir prince crown",
    "gen lt col maj министр заместитель президент посланник спецпосланник глава делегации",
    "делегация россия иран турция сирия казахстан москва тегеран анкара астана женева",
    "сочи оон российский российской иранский иранской турецкий турецкой сирийский",
    "сирийской генерал лейтенант по делам ближнего востока африки мид директор",
    "департамента спецпредставитель постпред замминистра представитель помощник президента",
    "министра глава главы председатель",
    "cumhurbaşkanı dışişleri bakanı bakan başkanı sözcüsü temsilcisi özel büyükelçi genel",
    "büyükelçisi maslahatgüzarı geçici",
    "sekreter yardımcısı başbakan lideri savunma milli istihbarat teşkilatı",
    "président présidente ministre affaires étrangères envoyé envoyée spécial émissaire",
    "porte-parole secrétaire général vice-ministre chef diplomatie adjoint",
    # Buildings, regions and meeting words that start capitalised runs without naming
    # anyone ('People's Palace', 'Batı Asya', 'Uluslararası Toplantısı').
    "palace people people's hall hotel square centre center asia europe",
    "uluslararası toplantı toplantısı toplantıları görüşme görüşmeleri zirve zirvesi",
    "konferans konferansı sarayı asya avrupa batı doğu kuzey güney orta",
    "palais salle sommet réunion дворец встреча саммит конференция",
    # Titles and small words of French, Russian and Turkish that a sentence's first capital
    # joins to a name ('Pour Mike Waltz', 'Selon Geir Pedersen'); the English ones are above.
    "ambassadeur conseiller conseillère représentant représentante danışman danışmanı",
    "müsteşar müsteşarı pour selon avec après avant pendant sans chez contre vers depuis",
    "lors dès entre sous dans par et ou mais donc car ni il elle ils elles nous vous",
    "ce cet cette ces son sa ses leur leurs quant во на со ко от до из за для при после",
    "перед между через без но что как ve ile için göre ama fakat ancak ayrıca",
    # Share lines and related-link headings of a page ('Facebook Twitter Courriel',
    # 'İlgili Haberler', 'View Original'), and the French articles.
    "facebook twitter whatsapp telegram instagram youtube linkedin email courriel",
    "ilgili view original le la les du des un une ulusal yüksek düzeyli dörtlü",
    # French prepositions that open a sentence, and the countries of the process in French
    # and Turkish ('En Syrie', 'Suriye Esed'), which a sound-alike once hid (fix9k).
    "en au aux syrie russie turquie jordanie liban irak suriye rusya türkiye ürdün lübnan",
)
# The head words of a body's name in each language ('Halk Meclisi', 'Yüksek Seçim
# Komitesi', 'Red Cross', 'Совет Безопасности', 'Casques Blancs'): a run with one is a body,
# not a person. Turkish ones are stems that take case and possessive endings.
_BODY_WORDS = frozenset(
    name_key(w)
    for line in (
        "committee commission council organization organisation nations union rights cross",
        "agency ministry institute studies authorities rules practices coalition news",
        "comité conseil casques système presse agence ministère",
        "совет комитет комиссия республика организация новости агентство министерство",
        "haber haberler haberleri millet milletler",
        "palace palais дворец sarayı hotel hôtel отель",
        " ".join(BODY_HEAD_WORDS),
        " ".join(UNIT_HEAD_WORDS),
    )
    for w in line.split()
)
_BODY_STEMS = tuple(
    name_key(w)
    for line in (
        "komite komisyon meclis konsey kongre konferans birliği bildiri merkez bölge",
        "köşk kütüphane örgüt bakanlığ temsilciliğ kurul ajans",
        " ".join(BODY_HEAD_STEMS),
    )
    for w in line.split()
)


@lru_cache(maxsize=16384)
def _body_word(word: str) -> bool:
    key = _bare_key(word)
    return key in _BODY_WORDS or any(
        key.startswith(stem) and len(key) - len(stem) <= 6 for stem in _BODY_STEMS
    )


_NOT_NAMES = (
    {name_key(w) for line in _NOT_NAME_WORDS for w in line.split()}
    | {name_key(w) for w in NOT_NAME_TIME_WORDS}
    | {name_key(w) for w in WEATHER_WORDS}
    | {name_key(w) for w in EVENT_NAME_WORDS}
    # Months and weekdays of the Latin- and Cyrillic-script languages ('Ağustos'ta',
    # 'Mercredi'), and the places the pipeline knows ('Tahran'da'): capitalised, no names.
    | {name_key(w) for lang in ("en", "fr", "tr", "ru") for w in (*MONTHS[lang], *WEEKDAYS[lang])}
    | {name_key(w) for w in PLACE_WORDS}
    | {name_key(w) for w in RANK_WORDS}
)
# A Turkish case ending after an apostrophe ('Tahran'da', 'Şara'nın').
_SUFFIX = re.compile(r"['’ʼ]\w*$")


@lru_cache(maxsize=16384)
def _bare_key(word: str) -> str:
    stem = _SUFFIX.sub("", word).strip("'’-")
    # A case ending follows a whole name ("Fidan'ın"); after one or two letters the
    # apostrophe is the name's own ("Sa'ar", "O'Brien", "D'Alema"), whose key is all of it.
    return name_key(stem if len(stem) > 2 else word.strip("'’-"))


_ARTICLE_NAME = re.compile(r"^[a-zа-я]{1,3}-[A-ZА-ЯŞÇÖÜİ]")
# Words of a body's name ('Syrian Arab Republic', 'ISSG members'): never matched by sound.
_ORG_WORDS = frozenset(
    [
        "republic",
        "commission",
        "committee",
        "group",
        "members",
        "government",
        "council",
        "coalition",
        "front",
        "forces",
        "organisation",
        "organization",
        "nations",
        "union",
        "delegation",
        "opposition",
        "army",
        "party",
        "ministry",
        "office",
        "agency",
        "congress",
        "conference",
        "process",
    ]
)
_PARTICLES = {"de", "al", "el", "bin", "ibn", "van", "von", "da", "di", "ben", "abu", "abd"}


_PLACE_KEYS = frozenset(name_key(w) for w in PLACE_WORDS)


def _named_for_place(run: list[tuple[str, int, int]]) -> bool:
    """Whether a capitalised run ends in a place after a particle ('Hayat Tahrir al-Sham',
    'Ahrar al Sham', 'Université de Genève'): a body named 'of' its place, not a person
    (cutting the place off the back left 'Hayat Tahrir')."""
    for k, (word, _s, _e) in enumerate(run):
        article = _ARTICLE_PREFIX.match(word)
        bare = word[article.end() :] if article else word
        glued = bool(article) and article.group()[:-1].lower() in _PARTICLES
        after = k > 0 and run[k - 1][0].lower() in _PARTICLES
        if (glued or after) and _bare_key(bare) in _PLACE_KEYS:
            return True
    return False


def new_names(sentence: str, known_spans: list[tuple[int, int]]) -> list[str]:
    """The names of `new_name_spans`, each once."""
    return list(dict.fromkeys(n for n, _s, _e in new_name_spans(sentence, known_spans)))


# A short quotation in capitals is a title or a slogan ('"Adalet Eylemde: Vaatlerden
# İlerlemeye" başlığıyla', 'the "Hope for Syria" conference'), not a person; a long one is
# speech, where names are names.
_SHORT_QUOTE = re.compile(r"[\"“«„](?:\s*[^\s\"“”«»„]+){1,6}\s*[\"”»]")


# A capitalised run right after a word of place in the languages that write capitals ('in',
# 'at', 'à') is where something happened, not someone ('met in Kuala Lumpur', 'in Sharm
# el-Sheikh'): a person is never the place 'in' which a thing happens.
_IN_A_PLACE = re.compile(r"(?<!\w)(?:in|at|à)\s+\Z")


def new_name_spans(sentence: str, known_spans: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """Runs of two or three capitalised words that look like a person not in the gazetteer.

    Titles and organisation words are cut off the front ('Lieutenant General Alexander
    Fomin' gives 'Alexander Fomin'); runs that overlap a matched participant are skipped.
    Arabic and Persian script has no capitals, so no names are proposed from it.
    """
    words = []
    for m in re.finditer(r"[\w'’-]+", sentence):
        words.append((m.group(), m.start(), m.end()))
    out: list[str] = []
    run: list[tuple[str, int, int]] = []
    titles_quoted = [m.span() for m in _SHORT_QUOTE.finditer(sentence)]

    def flush():
        names = [w for w in run]
        # A title inside the run ends what comes before it: "Kazakhstan's Foreign Minister
        # Kairat Abdrakhmanov" is "Kairat Abdrakhmanov".
        titles = [i for i, w in enumerate(names[:-2]) if _bare_key(w[0]) in _NOT_NAMES]
        if titles:
            names = names[titles[-1] + 1 :]
        # A sentence's first word is capitalised whatever it is: in a run too long for a
        # name ('Başında Muhammed Taha el-Ahmed'in'), it is not part of one.
        if len(names) > 3 and names[0][1] == words[0][1]:
            names = names[1:]
        # Drop title and organisation words from the front and the back.
        while names and _bare_key(names[0][0]) in _NOT_NAMES:
            names.pop(0)
        while names and (
            _bare_key(names[-1][0]) in _NOT_NAMES or names[-1][0].lower() in _PARTICLES
        ):
            names.pop()
        real = [w for w in names if w[0].lower() not in _PARTICLES]
        if any(_body_word(w[0]) for w in real) or _named_for_place(run):
            real = []  # a body's name
        elif run and _IN_A_PLACE.search(sentence, max(0, run[0][1] - 6), run[0][1]):
            real = []  # 'met in Kuala Lumpur', 'à Rio de Janeiro': where, not who
        if 2 <= len(real) <= 3 and all(
            _bare_key(w[0]) not in _NOT_NAMES and len(w[0]) > 1 and not w[0].isupper() for w in real
        ):
            s, e = names[0][1], names[-1][2]
            quoted = any(qs < s and e < qe for qs, qe in titles_quoted)
            if not quoted and not any(s < ke and ks < e for ks, ke in known_spans):
                out.append((sentence[s:e], s, e))
        run.clear()

    for i, (w, s, e) in enumerate(words):
        first = w[0]
        cap = (
            (first.isupper() and not w.isupper())
            or (w.isupper() and len(w) <= 1)
            or bool(_ARTICLE_NAME.match(w))  # 'al-Sharaa', 'аш-Шараа', 'el-Ahmed'
        )
        particle = w.lower() in _PARTICLES and run and i + 1 < len(words)
        gap = sentence[run[-1][2] : s] if run else " "
        if (cap or particle) and gap.strip() == "":
            run.append((w, s, e))
        else:
            flush()
            if cap:
                run.append((w, s, e))
    flush()
    return out
