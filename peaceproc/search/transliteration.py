"""Russian spellings of names read in Latin letters, for a search to find a participant
known only by Latin names ('Зариф' is Zarif, 'Хиджаб' Hijab): the search's reading of a
word in another script by its sound (people.participants_transliterated).

The table is the usual one of English-language transliteration (BGN/PCGN, letters
folded as search/folding.fold folds them: 'й' is 'и', 'ё' is 'е'), with the two ways
Russian writes foreign names that it reads otherwise: 'х' for the h of Arabic, Persian
and Turkish names (Хиджаб, Хакан) as well as for kh, and 'дж' for j (Джарба). A word
has one reading per choice, the standard one first.
"""

import re
from functools import lru_cache

from .folding import fold

CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip
# Foreign names' conventions, each a reading of its own on top of the table.
FOREIGN = (
    (re.compile("дж"), "j"),
    (re.compile("х"), "h"),
)
_CYRILLIC_WORD = re.compile(f"[{''.join(CYRILLIC)}]+")


@lru_cache(maxsize=4096)
def latin_readings(word: str) -> tuple[str, ...]:
    """The Latin readings of a folded Russian word, the standard one first and then with
    the foreign names' conventions ('хиджаб' -> 'khidzhab', 'hijab'); none for a word
    with a letter of no Russian word."""
    if not _CYRILLIC_WORD.fullmatch(word):
        return ()
    foreign = word
    for pattern, latin in FOREIGN:
        foreign = pattern.sub(latin, foreign)
    spelt = ("".join(CYRILLIC.get(char, char) for char in text) for text in (word, foreign))
    return tuple(dict.fromkeys(spelt))


def is_latin(word: str) -> bool:
    """Whether a word is in Latin letters (accents folded)."""
    return fold(word).isascii()


# The endings of the cases of Russian nouns and surnames, folded ('й' as 'и'), the
# longest first: a foreign name is declined as a noun ('Зарифа', 'Зарифу', 'Зарифом',
# 'Зарифе'; outside tester t15d, 11).
CASE_ENDINGS = (
    "ами",
    "ями",
    "ом",
    "ем",
    "ым",
    "им",
    "ои",
    "еи",
    "ою",
    "ах",
    "ях",
    "а",
    "я",
    "у",
    "ю",
    "е",
    "ы",
    "и",
)
# The fewest letters a stem keeps.
MIN_STEM = 3


def case_stems(word: str) -> tuple[str, ...]:
    """The stems of a folded Russian word with one case ending cut off (CASE_ENDINGS),
    the longest ending first ('зарифом' -> 'зариф'): for the search to read when the word
    as typed names nobody, and to take only when a stem names someone."""
    if not _CYRILLIC_WORD.fullmatch(word):
        return ()
    return tuple(
        word[: -len(ending)]
        for ending in CASE_ENDINGS
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM
    )
