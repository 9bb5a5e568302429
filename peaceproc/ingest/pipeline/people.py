"""The people an article names: known participants anywhere in the text, and names the
record does not know yet, in their dictionary form where the language inflects them.

* Latin and Cyrillic script: runs of capitalised words (entities.new_name_spans); a
  Turkish case suffix after an apostrophe is cut ("Şara'nın" -> "Şara"); a Russian name
  is given in the nominative with pymorphy3 ("Александра Лаврентьева" -> "Александр
  Лаврентьев"). pymorphy3 2.0 here: 0.5 s to load its dictionary (once per process, on the
  first Russian name), 0.26 ms per word, cached per word.
* Arabic and Persian script has no capitals: a name is taken after a title word
  ("وزير الخارجية الروسي سيرغي لافروف", "فرستاده ویژه سازمان ملل گیر پدرسن") or before a
  comma and a title ("سرگئی لاوروف، وزیر خارجه"), as one to three words that are not
  themselves titles, nationalities, places or small words. Without a title, the wires'
  other cues (cued_names): a verb of saying next to the name ("..، مجتبی دمیرچیلو اعلام
  کرد", "وقال رمزي عز الدين إن"), "به گفته" before it, quotation marks round it before a
  title or such a verb ("«ولید المعلم» وزیر امور خارجه").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon as L
from .entities import PLACE_WORDS, Match, Matcher, new_name_spans
from .skeleton import arabic_skeletons
from .text import Sentence, Token, fold, fold_pattern, name_key, tokenize

_TR_SUFFIX = re.compile(r"['’ʼ]\w+$")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class People:
    slugs: tuple[str, ...]  # known participants, in order of first mention
    names: tuple[str, ...]  # other names, in dictionary form


def find_people(sentences: list[Sentence], *, language: str, matcher: Matcher) -> People:
    slugs: list[str] = []
    names: list[str] = []
    people = KnownPeople(sentences, language=language, matcher=matcher)
    # The outlets the article names in an attribution: their names are no one's
    # elsewhere either (a masthead, a share line).
    outlets: list[frozenset[str]] = []
    for s in sentences:
        known = people.find(s.text, tokenize(s.text, language))
        slugs.extend(m.ident for m in known)
        spans = [(m.start, m.end) for m in known]
        frames = _attributions(s.text, language)
        outlets.extend(frozenset(_keys(s.text[a:b])) for a, b in frames)
        names.extend(
            people.seen(n) for n, _s, _e in name_spans(s.text, spans, language, frames=frames)
        )
    if outlets:
        names = [n for n in names if not _is_outlet(n, outlets)]
    return People(tuple(dict.fromkeys(slugs)), tuple(dict.fromkeys(names)))


def sentence_names(sentence: str, known: list[tuple[int, int]], language: str) -> list[str]:
    """Names in one sentence that no known participant covers, in dictionary form."""
    return [name for name, _s, _e in name_spans(sentence, known, language)]


def name_spans(
    sentence: str,
    known: list[tuple[int, int]],
    language: str,
    *,
    frames: list[tuple[int, int]] | None = None,
) -> list[tuple[str, int, int]]:
    """`sentence_names` with where each stands in the sentence: the same names for the
    article's people and for the candidate whose clause holds them. A photo credit, a
    byline and an outlet in an attribution name no one of the story (`_credits`,
    `_bylines`, `_attributions`; `frames`: the attributions, when already found)."""
    if frames is None:
        frames = _attributions(sentence, language)
    credits = _credits(sentence) + _bylines(sentence) + frames
    return [
        (n, s, e)
        for n, s, e in _name_spans(sentence, known, language)
        if not any(a <= s < b for a, b in credits)
    ]


# A photo credit: after its label up to the end of the line ('Photo: Rami Saleh / Getty
# Images', 'Фото: ...', 'Fotoğraf: ...', 'صورة: ...', 'عکس: ...'; not 'Photo caption:', whose
# words are the article's, LABELLING.md U9), or capitalised words joined by slashes
# ('REUTERS/Khalil Ashawi/File Photo', 'AFP/Getty Images'), never a date ('23/09/2025').
# It starts a word, and a word of a name is never longer than forty letters: unbounded,
# a line of capitals with no space made every letter try the whole line (quadratic).
_CAP_WORD = r"[A-ZÀ-ÞА-ЯЁİÇŞÖÜĞ][\w.'’-]{0,40}"
_CAP_RUN = rf"(?<![\w.'’-]){_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,3}}"
_CREDIT_LABEL = re.compile(
    r"(?i:(?<![\w])(?:photos?|crédits?(?: photo)?|credits?|фото|fotoğraf|foto|صورة|الصورة|عکس)"
    r"\s*(?::|©|by\b|de\b))"
)
_CREDIT = re.compile(rf"{_CREDIT_LABEL.pattern}[^\n]*|{_CAP_RUN}(?:[ \t]*/[ \t]*{_CAP_RUN})+")


def _credits(sentence: str) -> list[tuple[int, int]]:
    if "/" not in sentence and not _CREDIT_LABEL.search(sentence):
        return []  # neither form: no capital need try itself as a credit (t10r 6)
    return [m.span() for m in _CREDIT.finditer(sentence)]


# A byline names a journalist, not someone of the story (lexicon.BYLINE_HEADS).
_BYLINE = re.compile(
    rf"(?i:^[\s(\[]*(?:{L.BYLINE_HEADS})\b\s*:?\s*){_CAP_RUN}"
    rf"|(?i:(?<!\w)(?:{L.BYLINE_LINES}))[^\n]*"
    rf"|(?i:\b{L.BYLINE_OURS}\b)[^.\n]*"
)


def _bylines(sentence: str) -> list[tuple[int, int]]:
    return [m.span() for m in _BYLINE.finditer(sentence)]


# An outlet's name in an attribution ('reported by ...', "... 'ın haberine göre", 'по
# данным ...', 'cité par ...'), after a noun of the press ('the daily ...', 'le quotidien
# ...', 'газета ...'; Turkish puts 'gazetesi' after it), a copyright sign ('© Deutsche Welle
# Türkçe') or a breadcrumb's '›' ('Yeni Asır › Politika'): the frame, not a list of outlets.
_QUOTE_OPEN = r"[«\"“„]?\s*"


@lru_cache(maxsize=8)
def _attribution_re(language: str) -> tuple[re.Pattern, re.Pattern]:
    """The frames with the name, and their words alone: most sentences have none of them,
    and one scan for the words spares trying every capitalised word as a name."""
    before = [L.OUTLET_BEFORE.get(language, "")]
    after = [L.OUTLET_AFTER.get(language, "")]
    nouns = "|".join(re.escape(w) for w in L.OUTLET_NOUNS.get(language, ()))
    if nouns and language == "tr":
        after.append(rf"\s+(?:{nouns})\b")
    elif nouns:
        before.append(nouns)
        if language == "en":
            after.append(rf"\s+(?:{nouns})\b")
    before_re = "|".join(b for b in before if b)
    after_re = "|".join(a for a in after if a)
    parts = [rf"©\s*(?P<c>{_CAP_RUN})", rf"(?P<d>{_CAP_RUN})\s*›", rf"›\s*(?P<e>{_CAP_RUN})"]
    trigger = re.compile("|".join(["©|›", *(rf"(?i:{f})" for f in (before_re, after_re) if f)]))
    if before_re:
        article = r"(?:(?:the|le|la|les|l'|al-)\s*)?"
        parts.append(rf"(?i:\b(?:{before_re}))\s+{article}{_QUOTE_OPEN}(?P<a>{_CAP_RUN})")
    if after_re:
        parts.append(rf"(?P<b>{_CAP_RUN})(?i:{after_re})")
    return trigger, re.compile("|".join(parts))


def _attributions(sentence: str, language: str) -> list[tuple[int, int]]:
    trigger, pattern = _attribution_re(language)
    if not trigger.search(sentence):
        return []
    out = []
    for m in pattern.finditer(sentence):
        # Only the groups this language's pattern has (French has no after-name frame).
        group = next(g for g, value in m.groupdict().items() if value is not None)
        out.append(m.span(group))
    return out


def _keys(text: str) -> list[str]:
    return [name_key(_TR_SUFFIX.sub("", w)) for w in re.findall(r"[\w'’-]+", text)]


def _is_outlet(name: str, outlets: list[frozenset[str]]) -> bool:
    keys = set(_keys(name))
    return bool(keys) and any(keys <= outlet for outlet in outlets)


def _name_spans(
    sentence: str, known: list[tuple[int, int]], language: str
) -> list[tuple[str, int, int]]:
    if language in ("ar", "fa"):
        found = [
            *titled_names(sentence, language, known),
            *cued_names(sentence, language),
            *listed_names(sentence, language),
        ]
        spans = {n: (n, s, e) for n, s, e in found if _free(s, e, known)}
        return list(spans.values())
    if _title_cased(sentence):
        return []
    out = []
    calendar = _calendar_words(language)
    for name, start, end in new_name_spans(sentence, known):
        first, _, rest = name.partition(" ")
        if fold(_TR_SUFFIX.sub("", first)) in calendar:
            # 'Today Syrians ...', 'Tuesday Lavrov ...': a sentence's first word, capitalised.
            if " " not in rest.strip():
                continue
            name, start = rest.lstrip(), end - len(rest.lstrip())
        if language == "tr":
            # After one or two letters the apostrophe is the name's own ("Sa'ar").
            name = " ".join(
                w if len(_TR_SUFFIX.sub("", w)) <= 2 else _TR_SUFFIX.sub("", w)
                for w in name.split()
            )
        elif language == "ru":
            name = russian_nominative(name)
        out.append((name, start, end))
    return out


# A headline in title case ('Syrian Electors Vote in Indirect Polls for First Post-Assad
# Parliament'): every word of four letters or more capitalised, and no full stop. Its
# capitalised runs are its words, not names; a person it names is named again in the story.
_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”»)\]]*\s*$")


def _title_cased(sentence: str) -> bool:
    words = _LONG_WORD.findall(sentence)
    return (
        len(words) >= 4
        and all(w[0].isupper() for w in words)
        and not _ENDS_SENTENCE.search(sentence)
    )


@lru_cache(maxsize=8)
def _calendar_words(language: str) -> frozenset[str]:
    """Months, weekdays and one-word relative days ('today', 'demain', 'завтра')."""
    words = {*L.MONTHS[language], *L.WEEKDAYS[language]}
    for pattern, _meaning in L.RELATIVE[language]:
        words.update(w for w in pattern.split("|") if re.fullmatch(r"[^\W\d_]+", w))
    return frozenset(fold(w) for w in words)


def _free(start: int, end: int, known: list[tuple[int, int]]) -> bool:
    return not any(start < ke and ks < end for ks, ke in known)


# --- known people by a surname alone in Arabic script ---------------------------------------


# The words of a name as KnownPeople.seen compares them, and the most it compares.
_SEEN_WORD = re.compile(r"[\w-]+")
_SEEN_WORDS = 4


class KnownPeople:
    """The gazetteer's participants in the sentences of one article.

    A person's surname alone in Arabic or Persian script that has the shape of an ordinary
    word is taken for the person only in a person's context: 'رئاسي' (presidential),
    'الرئيسي' (the main), 'ورئاسي' sound like Raisi. The shapes: a nisba ending in -ي (most
    adjectives of relation, and many surnames), the article ال, a clitic و/ب/ل/ف without
    which the word matches. The contexts: a title before it (nationalities between), a verb
    of saying with it as the speaker, a colon after it at the head of a line (a headline's
    speaker), or the person named in full anywhere in the article (a headline's surname
    comes before the body's full name)."""

    def __init__(self, sentences: list[Sentence], *, language: str, matcher: Matcher):
        self.sentences = sentences
        self.language = language
        self.matcher = matcher
        self._in_full: frozenset[str] | None = None
        self._written: set[tuple[str, ...]] | None = None

    def find(self, sentence: str, tokens: list[Token]) -> list[Match]:
        found = [
            m
            for m in self.matcher.find(tokens)
            if not self._national_body(sentence, m)
            and not self._names_a_place(sentence, m)
            and not self._named_for_another(sentence, m)
        ]
        return [m for m in found if not m.lone or self._confirmed(sentence, m)]

    def seen(self, name: str) -> str:
        """A Russian name read with its surname cut short ('Мурхаф Абу Каср', from the
        genitive 'Мурхафа Абу Касра') that the article writes in full after the same given
        name in the nominative elsewhere ('Мурхаф Абу Касра заявил'): the form written.
        Other names as they are."""
        words = name.split()
        if (
            self.language != "ru"
            or not 2 <= len(words) <= _SEEN_WORDS
            or not _HARD_END.search(words[0])
        ):
            return name
        if self._written is None:
            # Every run of two to four words the article writes, found once: a search of
            # the whole text for each name was quadratic.
            self._written = set()
            for s in self.sentences:
                run = _SEEN_WORD.findall(s.text)
                for n in range(2, _SEEN_WORDS + 1):
                    self._written.update(zip(*(run[k:] for k in range(n)), strict=False))
        for ending in ("а", "я"):
            if (*words[:-1], words[-1] + ending) in self._written:
                return name + ending
        return name

    def _national_body(self, sentence: str, m: Match) -> bool:
        """A body's name with a national qualifier next to it is a country's own body
        ('مجلس الأمن القومي', 'the National Security Council'), not the one of the record."""
        return self._qualified(sentence, m, "national")

    def _names_a_place(self, sentence: str, m: Match) -> bool:
        """A state's name or adjective that qualifies a place noun says where ('the French
        capital', 'العاصمة الفرنسية', "Fransa'nın başkenti"): a host, not a party
        (lexicon.PLACE_NOUN_BEFORE)."""
        return self._qualified(sentence, m, "place")

    def _named_for_another(self, sentence: str, m: Match) -> bool:
        """A body named as a numbered document's author or as the place of a gathering, a
        person as the holder of a government: named for that, not as a party to the
        sentence's happening (lexicon.AUTHOR_BEFORE, VENUE_BEFORE, RULED_BY_BEFORE)."""
        if self._is_person(m):
            return self._qualified(sentence, m, "ruled", person=True)
        return self._qualified(sentence, m, "document") or self._qualified(sentence, m, "venue")

    def _is_person(self, m: Match) -> bool:
        lenders = self.matcher.lenders
        return lenders is None or m.ident in lenders

    def _qualified(self, sentence: str, m: Match, qualifier: str, *, person: bool = False) -> bool:
        """Whether a word of `qualifier` (_QUALIFIERS) stands next to a name that is no
        person's (a person's name is never qualified so), or a person's when `person`."""
        if self._is_person(m) != person:
            return False
        before, after = _qualifier_rx(qualifier, self.language)
        return bool(
            (before and before.search(fold(sentence[max(0, m.start - 40) : m.start])))
            or (after and after.match(fold(sentence[m.end : m.end + 40])))
        )

    def _confirmed(self, sentence: str, m: Match) -> bool:
        word = sentence[m.start : m.end]
        if _CYRILLIC.match(word):
            # A capital inside a Russian sentence is a proper noun's; the first word's
            # is the sentence's ('Тома книг ...'), unless the article names them in full.
            return bool(_LETTER.search(sentence, 0, m.start)) or m.ident in self._named_in_full()
        if self.language not in ("ar", "fa"):
            return True
        if not self._common_shape(word, m.ident):
            return True
        return _person_context(sentence, m.start, m.end, self.language) or (
            m.ident in self._named_in_full()
        )

    def _common_shape(self, word: str, ident: str) -> bool:
        w = fold(_MARKS.sub("", word))
        if w.startswith("ال") or (w.endswith("ي") and len(w) >= 4):
            return True
        if w[:1] not in "وبلف":
            return False
        # Matched only once the clitic is cut off: the word as written is no such name.
        own = Token(word, 0, len(word), (name_key(w), *arabic_skeletons(w)), False)
        return not any(x.ident == ident for x in self.matcher.find([own]))

    def _named_in_full(self) -> frozenset[str]:
        """The people the article names by more than a lone word (computed once)."""
        if self._in_full is None:
            self._in_full = frozenset(
                m.ident
                for s in self.sentences
                for m in self.matcher.find(tokenize(s.text, self.language))
                if not m.lone
            )
        return self._in_full


# The words that qualify a name next to it, before it and after it: a national body's
# ('national', 'القومي') and a place noun's ('the French capital', 'столица Франции').
_QUALIFIERS = {
    "national": (L.NATIONAL_BEFORE, L.NATIONAL_AFTER),
    "place": (L.PLACE_NOUN_BEFORE, L.PLACE_NOUN_AFTER),
    "document": (L.AUTHOR_BEFORE, L.AUTHOR_AFTER),
    "venue": (L.VENUE_BEFORE, L.VENUE_AFTER),
    "ruled": (L.RULED_BY_BEFORE, L.RULED_BY_AFTER),
}


@lru_cache(maxsize=16)
def _qualifier_rx(qualifier: str, language: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    befores, afters = _QUALIFIERS[qualifier]
    before, after = befores.get(language), afters.get(language)
    return (
        # Glued after an elided article: "la capitale d'Israël".
        re.compile(rf"(?<!\w)(?:{fold_pattern(before)})(?:\s+|(?<='))\Z") if before else None,
        # A Turkish case ending may stand between: "Fransa'nın başkenti".
        re.compile(rf"(?:'\w+)?\s+(?:{fold_pattern(after)})(?!\w)") if after else None,
    )


def _person_context(sentence: str, start: int, end: int, language: str) -> bool:
    titles, stop = _vocab(language)
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(sentence)]
    at = next((k for k, (_w, s, _e) in enumerate(words) if s >= start), len(words))
    after = sentence[end:].lstrip()
    if after.startswith(":") and not sentence[:start].strip():
        return True  # 'جعفری: ...', a headline's speaker
    if language == "ar" and at > 0 and fold(words[at - 1][0]) in _SAID_BEFORE_NAME:
        return True
    last = next((k for k in range(at, len(words)) if words[k][2] >= end), at)
    if language == "fa" and _said_at([fold(w) for w, _s, _e in words], last + 1):
        return True
    # A title before it, over nationalities and the rest of the title ('الرئيس الإيراني').
    k = at - 1
    while k >= 0 and at - k <= 4 and not sentence[words[k][2] : words[k + 1][1]].strip():
        if fold(words[k][0]) in titles:
            return True
        if not _is_stop(words[k][0], stop, language):
            return False
        k -= 1
    return False


def _said_at(folded: list[str], k: int) -> bool:
    return any(tuple(folded[k : k + len(verb)]) == verb for verb in _SAID_AFTER_NAME)


# --- Russian ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3  # loaded on first use: half a second

    return pymorphy3.MorphAnalyzer()


# The shape of a man's surname in the nominative ('Силуанов', 'Шугаев', 'Калин'): the
# dictionary guesses a surname it does not know as some plural noun's genitive.
_SURNAME_NOMINATIVE = re.compile(r"[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)")


_NAME_PARTS_OF_SPEECH = frozenset({"NOUN", "ADJF"})


@lru_cache(maxsize=8192)
def _nominative(word: str) -> str:
    if not re.fullmatch(r"[А-ЯЁа-яё-]+", word):
        return word
    # A person's name is one person's: the dictionary's plural readings of a word it does
    # not know ('Дермером' as the genitive of a plural 'Дермеромы') are no name's.
    parses = [p for p in _morph().parse(word) if "plur" not in p.tag]
    if not any(p.is_known for p in parses) and (cut := _hard_nominative(word, "ablt", 5)):
        return cut  # a foreign surname in the instrumental ('Дермером', 'Педерсеном')
    named = [p for p in parses if {"Name", "Surn", "Patr"} & set(p.tag.grammemes)]
    one = [p for p in named if "sing" in p.tag]
    if any({"masc", "nomn"} <= set(p.tag.grammemes) for p in one) or (
        not one and _SURNAME_NOMINATIVE.fullmatch(word)
    ):
        return word  # a man's name already in the nominative
    # A name is a noun, or a surname of an adjective's shape: never a verb the dictionary
    # guesses for a word it does not know ('Умит' read as 'уметь', and made 'Умевший').
    nouns = [p for p in parses if p.tag.POS in _NAME_PARTS_OF_SPEECH]
    if not (named or nouns):
        return word
    best = (named or nouns)[0]
    nominative = best.inflect({"nomn"}) if "nomn" not in best.tag else best
    form = (nominative.word if nominative else best.normal_form) or word
    return "-".join(part[:1].upper() + part[1:] for part in form.split("-"))


@lru_cache(maxsize=8192)
def _said_nominative(word: str) -> bool:
    """Whether a given name is in the nominative ('Антон', 'Дмитрий'; not 'Александра',
    which is more often Александр's genitive)."""
    named = [p for p in _morph().parse(word) if "Name" in p.tag]
    return bool(named) and {"nomn", "sing"} <= set(named[0].tag.grammemes)


def russian_nominative(name: str) -> str:
    """The name in the nominative: it takes its case from its given name, so after a given
    name in the nominative the rest is left as written, and after one in another case the
    surname is read in that case ('Айдаром Кумашевым', 'Марии Калиевой')."""
    words = name.split()
    given = _given_case(words[0]) if len(words) > 1 else None
    for case in _AGREEING_CASES if len(words) > 1 and given is None else ():
        # A given name the dictionary does not know in another case: the instrumental or
        # the dative of the hard declension on it and on the surname ('Гейром
        # Педерсеном', 'Гейру Педерсену'), or, in the instrumental, on the surname after a
        # given name that does not decline ('Энтони Блинкеном', 'Антонио Гутеррешем').
        first = _hard_nominative(words[0], case)
        bare = case == "ablt" and _INDECLINABLE_END.match(words[0])
        if (first or bare) and (cut := _hard_nominative(words[-1], case)):
            return " ".join([first or words[0], *words[1:-1], cut])
    if len(words) > 1 and _said_nominative(words[0]):
        return name
    if given is None:
        read = [_nominative(w) for w in words]
        if len(words) > 1 and read[0] == words[0] and _HARD_END.search(words[0]):
            # A man's given name the dictionary does not know, in the nominative as
            # written ('Мурхаф Абу Касра'): so is the rest, whatever the dictionary reads.
            return name
        # One read back by its case ending ('Мурхафа' -> 'Мурхаф'): the surname is in
        # that case too ('Абу Касру').
        case = _CUT_CASES.get(_cut(words[0], read[0])) if len(words) > 1 else None
        if case is not None:
            read[-1] = _a_noun_nominative(words[-1], case) or read[-1]
        return " ".join(read)
    *rest, surname = words
    return " ".join([*(_nominative(w) for w in rest), _surname_nominative(surname, *given)])


def _cut(word: str, nominative: str) -> str:
    """What reading `word` in the nominative cut off its end ('а' of 'Мурхафа'), or ''."""
    return word[len(nominative) :] if word != nominative and word.startswith(nominative) else ""


# The case a man's name of the hard declension is in, by the ending its nominative lost.
# The genitive's ending is also the accusative's (a person).
_HARD_END = re.compile(r"[бвгджзклмнпрстфхцчшщ]\Z")
_CUT_CASES = {"а": "gent", "у": "datv", "ом": "ablt", "е": "loct"}
# The endings of a noun in -а/-я in each case, and the nominative's ending: a man's surname
# of that declension ('Абу Касра', transliterated Arabic) agreeing with his given name
# ('Мурхафа Абу Касру', 'Мурхафом Абу Касрой'). In the genitive, 'а' is read as a
# surname of the hard declension ('Мурхафа Абу Каср'), as before: the endings below
# agree with no case of that declension.
_A_NOUN_ENDINGS = {
    "gent": (("у", "а"), ("ю", "я"), ("ы", "а"), ("и", "я")),  # the accusative, the genitive
    "accs": (("у", "а"), ("ю", "я")),
    "datv": (("е", "а"),),
    "loct": (("е", "а"),),
    "ablt": (("ой", "а"), ("ою", "а"), ("ей", "я")),
}
_VELAR_OR_HUSHING = "кгхжшчщ"


def _a_noun_nominative(word: str, case: str) -> str:
    """The nominative of a surname of the -а/-я declension in `case`, or ''."""
    if not re.fullmatch(r"[А-ЯЁ][а-яё]+", word):
        return ""
    for ending, nominative in _A_NOUN_ENDINGS.get(case, ()):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 2:
            if ending == "и" and stem[-1] in _VELAR_OR_HUSHING:
                nominative = "а"  # 'Бакки' -> 'Бакка'
            return stem + nominative
    return ""


@lru_cache(maxsize=4096)
def _given_case(word: str) -> tuple[str, str] | None:
    """The gender and case of a given name in an oblique case ('Айдаром': masc, ablt)."""
    for p in _morph().parse(word):
        # A name the dictionary knows: its guesses for others ('Гейром' as a genitive)
        # would decline the surname into a case it is not in.
        # One that does not decline ('Энтони') has every case and so tells none.
        if not p.is_known or "Fixd" in p.tag:
            continue
        if "Name" in p.tag and "sing" in p.tag and p.tag.gender and p.tag.case != "nomn":
            return p.tag.gender, p.tag.case
    return None


# The ending of a surname in -ов/-ев/-ин in each case, by gender: what is cut ('Калиевым'
# -> 'Калиев') when the dictionary does not know the surname and reads it as an adjective.
_SURNAME_ENDINGS = {
    "masc": {"gent": "а", "accs": "а", "datv": "у", "ablt": "ым", "loct": "е"},
    "femn": {"gent": "ой", "datv": "ой", "ablt": "ой", "loct": "ой", "accs": "у"},
}


@lru_cache(maxsize=8192)
def _surname_nominative(word: str, gender: str, case: str) -> str:
    """A surname in the case and gender of the given name before it."""
    if not re.fullmatch(r"[А-ЯЁ][а-яё-]+", word):
        return word
    agreeing = [
        p
        for p in _morph().parse(word)
        if "Surn" in p.tag and "sing" in p.tag and {gender, case} <= set(p.tag.grammemes)
    ]
    if agreeing and (nominative := agreeing[0].inflect({"nomn"})):
        return nominative.word[:1].upper() + nominative.word[1:]
    ending = _SURNAME_ENDINGS.get(gender, {}).get(case)
    m = re.fullmatch(rf"(.+(?:ов|ев|ёв|ин|ын)){ending}", word) if ending else None
    if m:
        return m.group(1) + ("а" if gender == "femn" else "")
    if gender == "masc" and (
        nominative := _a_noun_nominative(word, case) or _hard_nominative(word, case)
    ):
        return nominative
    # No ending of the given name's case: a surname that does not decline ('Майклом
    # Ратни', 'Линды Томас-Гринфилд'), as written.
    return word


# The endings of a man's name of the hard declension in each case, and after a hushing
# consonant or 'ц' in the instrumental ('Дермеру', 'Дермером', 'Гутеррешем'); the
# locative's 'е' is left to the -а declension (_A_NOUN_ENDINGS), whose 'Касре' it also is.
_HARD_ENDINGS = {"gent": "а", "accs": "а", "datv": "у", "ablt": "ом"}
# The cases whose ending no name has in the nominative (a woman's ends in 'а').
_AGREEING_CASES = ("ablt", "datv")
_HUSHING_OR_TS = "жшчщц"


@lru_cache(maxsize=8192)
def _hard_nominative(word: str, case: str, shortest: int = 3) -> str:
    """The nominative of a man's name of the hard declension in `case` ('Дермером' ->
    'Дермер', 'Гутеррешем' -> 'Гутерреш'), of `shortest` letters or more, or ''."""
    ending = _HARD_ENDINGS.get(case)
    if ending is None or not re.fullmatch(r"[А-ЯЁ][а-яё-]+", word):
        return ""
    if any("Fixd" in p.tag and p.is_known for p in _morph().parse(word)):
        return ""  # a name the dictionary knows does not decline ('Шойгу')
    if case == "ablt" and word.endswith("ем") and word[-3:-2] in _HUSHING_OR_TS:
        ending = "ем"
    stem = word[: -len(ending)]
    fits = word.endswith(ending) and len(stem) >= shortest and _HARD_END.search(stem)
    return stem if fits else ""


# A given name that ends in a vowel but 'а' or 'я', and that the dictionary knows in no
# other case, does not decline in Russian ('Энтони', 'Антонио', 'Ларри', 'Жозе').
_INDECLINABLE_END = re.compile(r"[А-ЯЁ][а-яё]+[оиеуюэы]\Z")


# --- Arabic and Persian ---------------------------------------------------------------------

# Words with their vowel marks and shadda ('علّوش'), which \w alone would split.
_WORD = re.compile(r"[\w\u200c\u064b-\u065f\u0670]+")


@lru_cache(maxsize=4)
def _prepositions(language: str) -> frozenset[str]:
    return frozenset(fold(w) for w in L.NAME_PREPOSITIONS.get(language, ()))


@lru_cache(maxsize=4)
def _no_name(language: str) -> frozenset[str]:
    return frozenset(fold(w) for w in L.NO_NAME_WORDS[language])


def _ends_clause(word: str, language: str) -> bool:
    """A word that is no name and after which a title's clause has none: a verb or a
    small word of the clause ('قد', 'خبر داد'), a Persian verb's 'می' ('می‌گیرد'), a
    Persian plural ('جنبه‌های'), an Arabic word with a preposition and the article or a
    hamza glued on ('للمسائل', 'بالعملية', 'بإزالة')."""
    w = _bare(word)
    if w in _no_name(language):
        return True
    if language == "fa":
        return word.startswith(("می\u200c", "نمی\u200c")) or "\u200cها" in word
    if language != "ar":
        return False
    glued = w[1:3] == "ال" or word[1:2] in "أإآ" or w.startswith("لل")
    if w[:1] in "بلوفك" and glued:
        return True
    # A verbal noun after a preposition glued on ('بتشكيل', 'لإصدار', 'باستكمال').
    return (
        indefinite_accusative(word) or bool(_GLUED_MASDAR.fullmatch(w)) or _verb_with_object(word)
    )


def indefinite_accusative(word: str) -> bool:
    """An Arabic word with the accusative's tanween ('مسلماً', 'مصدراً', 'رئيسياً'): an
    adverb or a predicate, which a name in the news never is. The analysis reads a text
    without its vowel marks (text.reading), so this is also asked of a name as the
    article writes it."""
    return word.endswith(("اً", "ًا"))


_MARKS = re.compile("[\u064b-\u065f\u0670]")
# The verbal nouns of the derived verbs, folded (text.fold: 'أ', 'إ' and 'آ' are 'ا'), with
# a preposition glued on: taf'il ('بتشكيل'), if'al ('لإصدار'), ifti'al ('بانتخاب'), istif'al
# ('باستكمال'), tafa'ul ('بتفاوض'). A name with 'ب' or 'ل' of its own has none of these
# shapes ('بشار', 'لافروف', 'بيدرسن', 'بوغدانوف').
_GLUED_MASDAR = re.compile(r"[بلك](?:ت\w\wي\w|ا\w\wا\w|ا\wت\wا\w|است\w\wا\w|ت\wا\w\w)")

# An Arabic verb with its object pronoun written on ('أبلغه', 'يبلغها', 'أخبرهم', 'نبلغكم'):
# a prefix of the perfect of form IV or of the imperfect, three root letters with no long
# vowel, then the pronoun; as written, so the feminine ending of a name ('أسامة') is no
# pronoun. No word of a name in the news has this shape.
_VERB_WITH_OBJECT = re.compile(r"[أيتن][^\Wاوىي\d_]{3}(?:ه|ها|هم|هما|ني|نا|كم)")


def _verb_with_object(word: str) -> bool:
    return bool(_VERB_WITH_OBJECT.fullmatch(_MARKS.sub("", word)))


_AR_PREPOSITION_PRONOUN = re.compile(L.AR_PREPOSITION_PRONOUN)


@lru_cache(maxsize=16384)
def _bare(word: str) -> str:
    """`word` folded and without its vowel marks: what the word lists are compared with."""
    return fold(_MARKS.sub("", word))


@lru_cache(maxsize=4)
def _vocab(language: str) -> tuple[frozenset[str], frozenset[str]]:
    titles = frozenset(fold(w) for w in L.NAME_TITLES[language])
    # Calendar words follow a title as often as names do ('... يوم الخميس 22 أغسطس').
    calendar = {*L.MONTHS[language], *L.WEEKDAYS[language]}
    if language == "fa":
        calendar |= set(L.JALALI_MONTHS)
    words = [*L.NOT_NAME_WORDS[language], *L.CLAUSE_WORDS[language], *calendar, *PLACE_WORDS]
    # A verb of saying is no name either ('كما أكد').
    stop = frozenset(fold(w) for w in words) | titles | _SAID_BEFORE_NAME
    return titles, stop


def _is_stop(word: str, stop: frozenset[str], language: str, *, in_name: bool = False) -> bool:
    w = _bare(word)
    if w in stop or len(w) < 2 or w.isdigit() or _ends_clause(word, language):
        return True
    if in_name:  # 'الشيباني' looks like a nationality but ends a name
        return language == "ar" and w[:1] in "وبل" and w[1:] in stop
    if language == "ar":
        # Nationalities and bodies: 'الروسي', 'الأممي', 'السورية'; clitic 'و' + a stop word.
        if w.startswith("ال") and w.endswith(("ي", "يه", "يين", "يون")):
            return True
        if w[:1] in "وبل" and w[1:] in stop:
            return True
        if _AR_PREPOSITION_PRONOUN.fullmatch(w):
            return True  # 'عليها', on it
    # Persian nationalities: 'روسی' after 'روس'.
    return language == "fa" and w.endswith(("ي", "يه")) and fold(word[:-1]) in stop


# The first halves of given names of two words ('علي أصغر', 'محمد جواد', 'عبد الله',
# 'غلام حسين'): a name that starts with one keeps both.
# 'or', 'then', 'but': a name neither follows a title through one nor holds one ('عزل رئيس
# البلاد أو تقليص صلاحياته', 'to remove the head of state or curb his powers').
# Persian writes 'and' apart ('معاون وزیر امور خارجه و ریاست هیئت'): the title ends there.
_CONJUNCTIONS = frozenset(fold(w) for w in ("أو", "ثم", "لكن", "بل", "یا", "اما", "ولی", "و"))
_COMPOUND_FIRST = frozenset(fold(w) for w in ("علي", "محمد", "عبد", "أبو", "غلام", "أمير", "سيد"))
# The second word of a Turkish family name written apart in Arabic script ('جاويش أوغلو',
# Çavuşoğlu; 'داود أوغلو'): a third word of the name, though it has no article.
_SURNAME_ENDS = frozenset(fold(w) for w in ("أوغلو", "اوغلو", "أغلو"))


def titled_names(
    sentence: str, language: str, known: list[tuple[int, int]] = ()
) -> list[tuple[str, int, int]]:
    """Names after a title word (skipping the rest of the title and nationalities), or
    before a comma that a title follows. A title right after a known person's name is
    that person's ('بوراک آکچاپار معاون وزیر امور خارجه و ریاست ...'): no name follows it."""
    titles, stop = _vocab(language)
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(sentence)]
    named_ends = {e for _s, e in known}
    title_ends: set[int] = set()  # the words of a known person's title
    out = []
    i = 0
    while i < len(words):
        word, start, end = words[i]
        # 'أحمد الشرع ووزير الداخلية أنس خطاب': 'and the minister' is someone else, whose
        # name follows ('لافروف ونظيره التركي ...': any title with 'and' glued on).
        joined = fold(word)[:1] == "و" and fold(word)[1:] in titles
        titled = fold(word) in titles or joined
        if (titled and not joined and _after_name(sentence, start, named_ends)) or (
            _after_name(sentence, start, title_ends) and _is_stop(word, stop, language)
        ):
            title_ends.add(end)  # 'معاون', then the rest of its title ('وزیر امور خارجه')
            i += 1
            continue
        if not titled:
            i += 1
            continue
        j = i + 1
        # The rest of the title, up to a punctuation mark: a name after the title's own
        # clause ('فرستاده ویژه روسیه، روز ۲۲ اوت در تهران') is not the title holder's.
        while (
            j < len(words)
            and _is_stop(words[j][0], stop, language)
            and fold(words[j][0]) not in _CONJUNCTIONS
            and not _ends_clause(words[j][0], language)
            and j - i < 9
            and not sentence[words[j - 1][2] : words[j][1]].strip()
        ):
            j += 1
        if j < len(words) and (
            sentence[words[j - 1][2] : words[j][1]].strip()
            or fold(words[j][0]) in _CONJUNCTIONS
            or _ends_clause(words[j][0], language)
        ):
            if sentence[words[j - 1][2] : words[j][1]].strip() in _COMMAS:
                # 'وزیر امور خارجه قزاقستان، خیرت عبدرحمانف، روز سه شنبه گفت': a name of
                # two or three words set off by commas right after its title.
                run = _name_run(words, j, stop, language, sentence)
                if run and " " in run[0] and sentence[run[2] :].lstrip()[:1] in _COMMAS:
                    out.append(run)
            i = j
            continue
        run = _name_run(words, j, stop, language, sentence)
        if run and fold(words[j - 1][0]) in _prepositions(language):
            # The preposition's object ('الرئيس من صلاحيات', 'المبعوث إلى عدالة انتقالية'),
            # no name: a title's name never follows its preposition.
            run = None
        if run:
            out.append(run)
            i = j + len(run[0].split())
        else:
            i = j
    # 'X Y، وزير ...': a name followed by a comma and a title; two words, since a third
    # before them is as often a verb ('كتبت جينيفر فينتون، المتحدثة').
    for k, (w, _s, e) in enumerate(words[:-1]):
        if sentence[e : words[k + 1][1]].strip() in ("،", ",") and fold(words[k + 1][0]) in titles:
            start = k
            while start > 0 and k - start < 1 and not _is_stop(words[start - 1][0], stop, language):
                if sentence[words[start - 1][2] : words[start][1]].strip():
                    break
                start -= 1
            if k > start or not _is_stop(w, stop, language):
                run = _name_run(words, start, stop, language, sentence, limit=k - start + 1)
                if run and len(run[0].split()) >= 2:
                    out.append(_with_compound_first(run, words, start, sentence))
    return list({n: (n, s, e) for n, s, e in out}.values())


def _after_name(sentence: str, start: int, named_ends: set[int]) -> bool:
    """Whether only spaces part the word at `start` from a known name before it."""
    if not named_ends:
        return False
    # Read back over the spaces (copying the sentence up to each word was quadratic).
    while start > 0 and sentence[start - 1].isspace():
        start -= 1
    return start in named_ends


def _with_compound_first(run, words, start, sentence):
    """'علي أصغر حاجي': the word before a name that makes its given name one of two
    words belongs to it ('علي' is also 'على', 'on', so it is no name on its own)."""
    if start == 0 or fold(words[start - 1][0]) not in _COMPOUND_FIRST:
        return run
    word, ws, we = words[start - 1]
    if sentence[we : words[start][1]].strip():
        return run
    return f"{word} {run[0]}", ws, run[2]


def _name_run(words, j, stop, language, sentence, limit: int = 3):
    run = []
    while (
        j < len(words)
        and len(run) < limit
        and not _is_stop(words[j][0], stop, language, in_name=bool(run))
        and fold(words[j][0]) not in _CONJUNCTIONS
    ):
        if run and sentence[run[-1][2] : words[j][1]].strip():
            break  # punctuation between the words
        if language == "fa" and _before_light_verb(words, j, sentence):
            break  # 'منصوب شد', 'برکنار کرد': the noun of a compound verb
        if (
            language == "ar"
            and len(run) == 2
            and (not fold(words[j][0]).startswith("ال") or fold(run[1][0]).startswith("ال"))
            and fold(run[0][0]) not in _COMPOUND_FIRST
            and fold(words[j][0]) not in _SURNAME_ENDS
        ):
            # A third word is a name only as a family name ('... الشرع'), not a verb, and
            # only after a second given name: 'هدى الأتاسي البيان' ends at the family name.
            break
        run.append(words[j])
        j += 1
    if language == "ar" and len(run) > 2 and fold(run[0][0]).startswith("ال"):
        run = run[1:]  # a given name has no article: 'عضو اللجنة المنظمة ماهر الحمصي'
    if not run or (language == "ar" and fold(run[0][0]).startswith("ال") and len(run) == 1):
        return None
    return " ".join(w for w, _s, _e in run), run[0][1], run[-1][2]


# Persian light verbs: the word right before one is the noun or participle of a compound
# verb ('منصوب شد', was appointed; 'برکنار کردند', dismissed; 'استعفا داد', resigned: outside
# re-tester t13b, 7), which a name never is.
_LIGHT_VERBS = frozenset(
    fold(w)
    for w in ("شد", "شده", "شدند", "شود", "شوند", "گردید", "گردیدند", "کرد", "کردند", "کرده",
              "کند", "کنند", "نمود", "نمودند", "داد", "دادند", "داده", "دهد", "دهند")
)  # fmt: skip


# The Persian future's auxiliary, which stands between the noun and the light verb of a
# compound verb ('منصوب خواهد شد', will be appointed).
_FUTURE_AUX = frozenset(fold(w) for w in ("خواهد", "خواهند"))


def _before_light_verb(words, j: int, sentence: str) -> bool:
    """Whether word j is followed, with only a space between, by a Persian light verb, or
    by the future's auxiliary and a light verb."""
    if j + 1 >= len(words) or sentence[words[j][2] : words[j + 1][1]].strip():
        return False
    after = fold(words[j + 1][0])
    if after in _FUTURE_AUX:
        return _before_light_verb(words, j + 1, sentence)
    return after in _LIGHT_VERBS


# --- Arabic and Persian names without a title ------------------------------------------------

# Verbs of saying in the singular (a person, not a government or a delegation): Persian
# puts the name right before one, Arabic right after one.
_SAID_AFTER_NAME = tuple(
    tuple(fold(w) for w in verb.split())
    for verb in (
        "گفت", "افزود", "اعلام کرد", "تاکید کرد", "تأکید کرد", "ابراز کرد", "اظهار کرد",
        "اظهار داشت", "خاطرنشان کرد", "تصریح کرد", "خبر داد", "اعلام داشت", "یادآور شد",
    )
)  # fmt: skip
_SAID_BEFORE_NAME = frozenset(
    fold(prefix + verb)
    for verb in (
        "قال", "أكد", "أعلن", "صرح", "أوضح", "أضاف", "ذكر", "أشار", "اعتبر", "كشف", "شدد",
        "قالت", "أكدت", "أعلنت", "صرحت", "أوضحت", "أضافت", "ذكرت", "أشارت", "كشفت", "شددت",
    )
    for prefix in ("", "و", "ف")
)  # fmt: skip
# Their first words: most words start none of them.
_SAID_AFTER_FIRST = frozenset(verb[0] for verb in _SAID_AFTER_NAME)
# What follows the speaker after an Arabic verb of saying: 'that' ('قال فلان إن ...').
_ARABIC_THAT = frozenset(fold(w) for w in ("إن", "أن", "إنه", "أنه", "إنها", "أنها"))
# 'According to' before a Persian name ('به گفته محمد ...،').
_ACCORDING = frozenset(fold(w) for w in ("گفته", "گفتهٔ", "گفته‌ی"))
_CLAUSE_ENDS = ("،", ",", ":", ".", "؛", ";")
_COMMAS = ("،", ",")
_OPEN_QUOTES, _CLOSE_QUOTES = ("«", '"', "“"), ("»", '"', "”")


_FA_OPENERS = frozenset(fold(w) for w in L.FA_LIST_OPENERS)


@lru_cache(maxsize=4)
def _joined(language: str) -> frozenset[str]:
    """Titles with 'and' glued on ('ووزير', 'والرئيس'): someone else's, after a name."""
    titles, _stop = _vocab(language)
    return frozenset(t for t in titles if t[:1] == "و" and t[1:] in titles)


def cued_names(sentence: str, language: str) -> list[tuple[str, int, int]]:
    """Names of two or three words that no title introduces but a wire's other cues mark,
    each bounded on both sides by punctuation, the sentence's ends or the cue itself:

    * a Persian verb of saying after the name at the head of a clause ('به نقل از
      خبرگزاری، مجتبی دمیرچیلو اعلام کرد'), or 'به گفته' before it;
    * an Arabic verb of saying before it and 'that' or punctuation after ('وقال رمزي عز
      الدين إن ...');
    * quotation marks round it before a title or a verb of saying ('«ولید المعلم» وزیر
      امور خارجه', '«احمد الشرع» گفت');
    * a title right after it at the head of a clause ('سرگئی لاوروف وزیر امور خارجه').

    The words are the same as after a title (no titles, places, bodies, calendar or small
    words); an Arabic name does not open with the article ('التلفزيون الرسمي')."""
    titles, stop = _vocab(language)
    # The titles that may follow a name ('ووزير' after one is someone else's).
    own_titles = titles - _joined(language)
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(sentence)]
    folded = [fold(w) for w, _s, _e in words]

    # gaps[k]: what stands between word k-1 and word k (the sentence's ends around).
    bounds = [0, *(e for _w, _s, e in words)], [*(s for _w, s, _e in words), len(sentence)]
    gaps = [sentence[a:b].strip() for a, b in zip(*bounds, strict=True)]
    gap = gaps.__getitem__

    def name_at(i: int, j: int) -> tuple[str, int, int] | None:
        """words[i:j] as a name, when two or three name words with nothing between."""
        if not 2 <= j - i <= 3 or any(gap(k) for k in range(i + 1, j)):
            return None
        if any(
            _is_stop(w, stop, language, in_name=k > i)
            for k, (w, _s, _e) in enumerate(words[i:j], i)
        ) or any(f in _CONJUNCTIONS for f in folded[i:j]):
            return None  # fmt: skip
        if language == "ar" and folded[i].startswith("ال"):
            return None
        return " ".join(w for w, _s, _e in words[i:j]), words[i][1], words[j - 1][2]

    def said_at(k: int) -> bool:
        return folded[k] in _SAID_AFTER_FIRST and any(
            tuple(folded[k : k + len(verb)]) == verb and not any(
                gap(m) for m in range(k + 1, k + len(verb))
            )
            for verb in _SAID_AFTER_NAME
        )  # fmt: skip

    # The first Arabic verb of saying: one before word x is one in folded[:x].
    first_said = next(
        (x for x, f in enumerate(folded) if f in _SAID_BEFORE_NAME), len(folded)
    )  # fmt: skip
    out = []
    for k in range(len(words) + 1):
        # What follows the words k-3..k-1 or k-2..k-1: the same for both.
        after = gap(k)
        ends = after.startswith(_CLAUSE_ENDS)
        closes = after.startswith(_CLOSE_QUOTES)
        # A title right after a name that opens a clause ('سرگئی لاوروف وزیر امور
        # خارجه روسیه گفت'); after a small word, the two words before a title are as
        # often a noun and its adjective ('این دیپلمات نروژی فرستاده ویژه').
        titled = k < len(words) and not after and folded[k] in own_titles
        that = k < len(words) and folded[k] in _ARABIC_THAT
        for n in (3, 2):
            i = k - n
            if i < 0:
                continue
            before = gap(i)
            head = i == 0 or bool(before)  # a clause opens here
            quoted = closes and before.endswith(_OPEN_QUOTES)
            if quoted:
                cue = k < len(words) and (folded[k] in titles or said_at(k))
            elif language == "fa":
                according = i > 1 and not before and folded[i - 2] == "به"
                according = according and folded[i - 1] in _ACCORDING
                cue = ((head or according) and k < len(words) and not after and said_at(k)) or (
                    according and ends
                )
            else:
                said = i > 0 and not before and folded[i - 1] in _SAID_BEFORE_NAME
                cue = said and (ends or that or k == len(words) or titled)
                # The speaker set off by commas after the verb's description of them:
                # 'وقالت عضو اللجنة التحضيرية، هدى الأتاسي، إن ...'.
                cue = cue or (
                    before in _COMMAS
                    and after in _COMMAS
                    and that
                    # A verb of saying before the words (folded[: i - 1], as a slice).
                    and first_said < (i - 1 if i > 0 else len(folded) - 1)
                )
            # In a list, 'with' or 'and' before the name ('با فؤاد حسین وزیر خارجه، ...
            # و عبداللطیف رشید رئیس‌جمهور').
            listed = language == "fa" and i > 0 and not before and folded[i - 1] in _FA_OPENERS
            cue = cue or ((head or listed) and titled)
            if cue and (name := name_at(i, k)):
                out.append(name)
                break
    return out


# --- names listed after a word that announces who attends ----------------------------------


@lru_cache(maxsize=4)
def _list_cues(language: str) -> tuple[tuple[tuple[str, ...], bool], ...]:
    """Each cue's folded words, and whether a colon must follow it."""
    out = []
    for cue in L.LIST_CUES.get(language, []):
        words = cue.split()
        colon = words[-1] == ":"
        out.append((tuple(fold(w) for w in words if w != ":"), colon))
    return tuple(out)


_LIST_ITEM_WORDS = 3


def listed_names(sentence: str, language: str) -> list[tuple[str, int, int]]:
    """Names listed after a word that announces who attends ('بحضور رياض الأسعد وماهر
    علوش', 'أعضاء اللجنة هم: ماهر علوش، محمد مستت، وهدى الأتاسي', 'با حضور ...'): items
    of two or three name words parted by a comma or 'and' (apart, or glued on the next
    item's first word). The list ends at its first item that is no name."""
    cues = _list_cues(language)
    if not cues:
        return []
    titles, stop = _vocab(language)
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(sentence)]
    folded = [fold(w) for w, _s, _e in words]

    def gap(k: int) -> str:  # what stands between word k-1 and word k
        a = words[k - 1][2] if k > 0 else 0
        b = words[k][1] if k < len(words) else len(sentence)
        return sentence[a:b].strip()

    heads = frozenset(cue[0] for cue, _colon in cues)
    out: list[tuple[str, int, int]] = []
    read_to = 0  # each word is read once: a list ends where the next cue starts
    for k in range(len(words)):
        if k < read_to or folded[k] not in heads:
            continue
        for cue, colon in cues:
            n = len(cue)
            if tuple(folded[k : k + n]) != cue or any(gap(m) for m in range(k + 1, k + n)):
                continue
            if colon != (gap(k + n) == ":"):
                continue
            items, read_to = _list_items(
                sentence, words, folded, k + n, gap, titles, stop | heads, language
            )
            out.extend(items)
            break
    return out


def _list_items(sentence, words, folded, j, gap, titles, stop, language):
    """The list's names, and the index of the word after it."""
    glued_and = language == "ar"  # Persian writes 'and' apart ('علی اکبر ولایتی')
    items = []
    first = True
    while j < len(words):
        if not first:
            if gap(j) not in ("", "،", ","):
                break
            if folded[j] == fold("و"):
                j += 1
                continue
        while j < len(words) and folded[j] in titles and not gap(j + 1):
            j += 1  # a title before the name ('العقيد')
        if j >= len(words):
            break
        start = words[j][1] + (1 if glued_and and not first and folded[j][:1] == "و" else 0)
        parts = [sentence[start : words[j][2]]]
        end_j = j + 1
        while (
            end_j < len(words)
            and len(parts) < _LIST_ITEM_WORDS
            and not gap(end_j)
            and not (glued_and and folded[end_j][:1] == "و" and len(parts) >= 2)
            and not _is_stop(words[end_j][0], stop, language, in_name=True)
        ):
            parts.append(words[end_j][0])
            end_j += 1
        if (
            len(parts) < 2
            or any(_is_stop(w, stop, language, in_name=x > 0) for x, w in enumerate(parts))
            or any(fold(w) in _CONJUNCTIONS for w in parts)
            or (language == "ar" and fold(parts[0]).startswith("ال"))
        ):
            break
        if (
            len(parts) == _LIST_ITEM_WORDS
            and end_j < len(words)
            and not gap(end_j)
            and folded[end_j] != fold("و")
            and not (glued_and and folded[end_j][:1] == "و")
        ):
            # The list's last item runs on into the clause ('... و حسن روحانی برگزار
            # شد'): its third word is as often the verb's as the name's.
            parts.pop()
            end_j -= 1
        items.append((" ".join(parts), start, words[end_j - 1][2]))
        first = False
        j = end_j
        if j < len(words) and gap(j) not in ("", "،", ","):
            break
    return items, j
