"""A search query read as terms for the database's full-text search (fulltext.py).

Every term must match; a term is a few alternatives, each a phrase of tokens (adjacent
words). From the query's words:

- a word matches as a word start ('astan' finds Astana);
- a place the ingestion pipeline knows in six languages (ingest/pipeline/entities.PLACES)
  matches under any of its names, as whole words: 'Астана', 'أستانا' and 'Astana' are one
  term;
- a short number (one or two digits) or a Roman numeral (I to XXXIX) right after a word
  names a round or session: it must follow that word in the text, as the whole word, in
  either notation ('Astana 4', 'Astana-4', 'Geneva IV', 'Geneva 4'). Dropping it, as a
  one-character word was, made 'Astana 4' find every Astana item;
- a track's name of two words or more in another language than English, from the
  tracks' names table (chronology/track_names.TRACK_NAMES: 'Comité constitutionnel',
  'اللجنة الدستورية', 'Anayasa Komitesi', 'la transition') matches as typed or as the
  track's own English name;
- an ordinal there reads as its number ('Astana 4e', 'Astana 4ème', 'Astana quatrième',
  'Astana 4th'), and one that opens the query numbers the first name after it ('4e cycle
  d'Astana'); the noun of a round after an ordinal or a number ('cycle', 'round',
  'session') is read with it, not as a word the text must hold (ordinals.py);
- one-letter words are left out when a longer one is there (as folding.without_initials
  does), unless they are such a number.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from peaceproc.ingest.pipeline.entities import PLACES

from .folding import WORD, fold, query_text
from .function_words import FUNCTION_WORDS
from .ordinals import ROUND_NOUNS, ordinal_value
from .track_words import english_names, name_words, track_named


@dataclass(frozen=True)
class Token:
    text: str
    prefix: bool  # matches a word starting with `text`, else only the whole word


Phrase = tuple[Token, ...]
Term = tuple[Phrase, ...]  # alternatives

# I to XXXIX, and the additive four of clock faces ('iiii', 'viiii').
ROMAN = re.compile(r"x{0,3}(ix|iv|v?i{0,4})")
ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10}
SHORT_NUMBER = 2  # digits


def roman_value(word: str) -> int | None:
    """The value of a folded Roman numeral from 1 to 39 ('iv' -> 4, 'iiii' -> 4), else
    None."""
    if not word or not ROMAN.fullmatch(word):
        return None
    values = [ROMAN_DIGITS[c] for c in word]
    return sum(-v if v < n else v for v, n in zip(values, [*values[1:], 0], strict=True))


def to_roman(value: int) -> str:
    tens, units = divmod(value, 10)
    ones = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"]
    return "x" * tens + ones[units]


def numeral_forms(word: str) -> tuple[str, ...] | None:
    """A short number's two notations ('4' -> ('4', 'iv')), an ordinal's ('4e',
    'quatrieme' -> ('4', 'iv')), a Roman numeral's ('iiii' -> ('iiii', '4', 'iv')), or
    None for another word."""
    if (value := ordinal_value(word)) is not None:
        word = str(value)
    if word.isascii() and word.isdigit() and len(word) <= SHORT_NUMBER:
        value = int(word)
        return (str(value), to_roman(value)) if 0 < value < 40 else (word,)
    value = roman_value(word)
    if not value:
        return None
    # An additive numeral ('iiii') is searched in the usual notation too.
    return tuple(dict.fromkeys((word, str(value), to_roman(value))))


@lru_cache(maxsize=1)
def place_names() -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Each known place name as folded words -> all the place's names as folded words."""
    names = {}
    for forms in PLACES.values():
        every = tuple(dict.fromkeys(tuple(WORD.findall(fold(form))) for form in forms))
        for words in every:
            names[words] = every
    return names


def _place_at(words: list[str], start: int) -> tuple[int, Term] | None:
    """The longest place name starting at words[start]: (its length, its names)."""
    names = place_names()
    for length in range(min(4, len(words) - start), 0, -1):
        typed = tuple(words[start : start + length])
        every = names.get(typed)
        if every:
            # Every name, the one typed too, is whole words: typed in full, a place's
            # name is no word's start ('Soçi' -> 'soci' must not find 'social', nor
            # 'Şam' -> 'sam', Damascus in Turkish, 'the same day'; outside tester t16b, 4).
            return length, tuple(tuple(Token(w, prefix=False) for w in name) for name in every)
    return None


def track_name_length(raw: list[str], start: int) -> int:
    """How many of the words from raw[start] on name a track in another language than
    English (_track_at), or 0: people.named_parts keeps them together as text."""
    found = _track_at(raw, [fold(w) for w in raw], start)
    return found[0] if found else 0


def _track_at(raw: list[str], words: list[str], start: int) -> tuple[int, Term] | None:
    """The longest track name of two to four words starting at raw[start], in another
    language than English (track_words.track_named): (its length, the words as typed or
    the track's own English name, each phrase ending as a word start). An English name
    is left to the word-by-word reading, as it was."""
    for length in range(min(4, len(raw) - start), 1, -1):
        track = track_named(raw[start : start + length])
        if track is None:
            continue
        english = english_names(track)
        if name_words(" ".join(raw[start : start + length])) in english:
            return None
        typed = words[start : start + length]
        return length, tuple(
            tuple(Token(w, prefix=i == len(name) - 1) for i, w in enumerate(name))
            for name in (typed, english[0])
        )
    return None


def terms(query: str) -> list[Term]:
    """The terms every match must contain (see the module docstring); none for a query
    without words."""
    raw = WORD.findall(query_text(query))
    words = [fold(w) for w in raw]
    found: list[Term] = []
    numbered: set[int] = set()  # indexes in `found` of terms a number was joined to
    opening: tuple[str, ...] | None = None  # an ordinal that opens the query ('4e cycle d'…')
    opening_word = ""
    i = 0
    while i < len(words):
        forms = numeral_forms(words[i])
        leading = all(_function_word(term) for term in found)  # 'the' of 'the 4th round'
        if forms and leading and opening is None and ordinal_value(words[i]) is not None:
            opening, opening_word, found = forms, raw[i], []
            i = after_round_nouns(words, i + 1)
            while i < len(words) - 1 and words[i] in FUNCTION_WORDS:  # 'of' Astana
                i += 1
            continue
        if forms and found and (len(found) - 1) not in numbered:
            numbered.add(len(found) - 1)
            found[-1] = numbered_term(found[-1], forms)
            i = after_round_nouns(words, i + 1)
            continue
        place = _place_at(words, i) or _track_at(raw, words, i)
        if place:
            length, term = place
            i += length
        else:
            term = ((Token(raw[i], prefix=True),),)
            i += 1
        if opening is not None and not found:
            term = numbered_term(term, opening)
            numbered.add(0)
        found.append(term)
    if opening is not None and not found:  # the ordinal alone ('4e'): a word as typed
        found.append(((Token(opening_word, prefix=True),),))
    # One-letter words that are not a round's number: left out beside longer words.
    if all(_initial(term) for term in found):
        return found
    return [term for term in found if not _initial(term)]


def numbered_term(term: Term, forms: tuple[str, ...]) -> Term:
    """`term` followed by a round's number, in any of its notations."""
    return tuple((*phrase, Token(form, prefix=False)) for phrase in term for form in forms)


def after_round_nouns(words: list[str], i: int) -> int:
    """The index of the first word from words[i] on that is not a round's noun or a
    letter ('й' of '4-й раунд')."""
    while i < len(words) and (words[i] in ROUND_NOUNS or len(words[i]) == 1):
        i += 1
    return i


def _function_word(term: Term) -> bool:
    return len(term) == 1 and len(term[0]) == 1 and fold(term[0][0].text) in FUNCTION_WORDS


def _initial(term: Term) -> bool:
    return len(term) == 1 and len(term[0]) == 1 and len(term[0][0].text) == 1
