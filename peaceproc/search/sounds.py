"""A name's consonant skeleton, the same in Latin, Cyrillic, Arabic and Persian letters
and across the usual ways of spelling it in Latin ones: the search's last resort when no
name or alias holds the words as typed (people.py).

Names cross scripts by their consonants: Arabic and Persian write few vowels, and Latin
transliterations disagree mostly on vowels, doubled letters and digraphs (Lavrentiev,
Lavrentyev, Lavrentiyev; Staffan, Stefan; Ansari, Ansary). So a word is folded
(case, accents), its digraphs read as one sound, each letter mapped to a class of sounds
that scripts and transliterations trade for one another (p and b: Arabic has no p;
v, f and Persian و), vowels and the letters that stand for them (y, w, h, alef, waw, ya)
dropped, and doubled letters made single: Pedersen, Педерсен and بيدرسن all read "bdrsn".
"""

import re
from functools import lru_cache

from .folding import fold

# Latin digraphs that spell one sound, read before single letters.
DIGRAPHS = (
    ("sch", "s"), ("tch", "c"), ("kh", "k"), ("gh", "k"), ("ch", "c"), ("sh", "s"),
    ("zh", "j"), ("th", "t"), ("dh", "d"), ("ph", "f"), ("ts", "s"), ("ck", "k"),
)  # fmt: skip

# Each letter's class of sound; a letter not listed is dropped (vowels, y, w, h and the
# letters other scripts use for them). Latin first, then Cyrillic, then Arabic and Persian.
CLASSES = {
    **dict.fromkeys("pb", "b"), **dict.fromkeys("fv", "f"), **dict.fromkeys("kgq", "k"),
    **dict.fromkeys("sz", "s"), "c": "c", "d": "d", "t": "t", "j": "j", "l": "l", "m": "m",
    "n": "n", "r": "r", "x": "ks",
    # Cyrillic (folded to lower case)
    "б": "b", "п": "b", "в": "f", "ф": "f", "г": "k", "к": "k", "х": "k", "д": "d",
    "т": "t", "з": "s", "с": "s", "ц": "s", "ш": "s", "щ": "s", "ж": "j", "ч": "c",
    "л": "l", "м": "m", "н": "n", "р": "r",
    # Arabic and Persian
    "ب": "b", "پ": "b", "ف": "f", "ڤ": "f", "ك": "k", "ک": "k", "ق": "k", "گ": "k",
    "غ": "k", "خ": "k", "د": "d", "ذ": "d", "ض": "d", "ت": "t", "ط": "t", "ث": "t",
    "س": "s", "ص": "s", "ز": "s", "ظ": "s", "ش": "s", "ژ": "j", "ج": "j", "چ": "c",
    "ل": "l", "م": "m", "ن": "n", "ر": "r",
}  # fmt: skip
DIGRAPH = re.compile("|".join(a for a, _ in DIGRAPHS))
# A final w after o or e is the German and Polish spelling of the Slavic -ov, -ev
# ('Lavrow', 'Bogdanow'): read as v, where elsewhere w stands for a vowel.
FINAL_W = re.compile(r"(?<=[oe])w$")
# The Arabic article written onto its word (الشيباني): read as the word alone, as Latin
# spellings write it apart ("al-Shaibani").
ARTICLE = re.compile(r"^ال(?=\w{3})")


# Latin letters that no accent folding takes to a plain one (Unicode gives them no
# decomposition): the Polish 'ł' ('Ławrow'), the Turkish dotless 'ı', the stroked 'đ',
# 'ø', 'ħ' and 'ŧ', read as the plain letter their sound is spelt with elsewhere.
STROKED = str.maketrans("łıđøħŧ", "lidoht")


def in_latin(word: str) -> bool:
    """Whether a word is in Latin letters, stroked ones (STROKED) included."""
    return fold(word).translate(STROKED).isascii()


@lru_cache(maxsize=8192)
def skeleton(word: str) -> str:
    """The consonant skeleton of one word ('Lavrentiyev' -> 'lfrntf')."""
    text = ARTICLE.sub("", fold(word).translate(STROKED))
    text = FINAL_W.sub("v", text)
    text = DIGRAPH.sub(lambda m: dict(DIGRAPHS)[m.group(0)], text)
    letters = "".join(CLASSES.get(char, "") for char in text)
    return re.sub(r"(.)\1+", r"\1", letters)


# Spellings that another language's convention gives to a sound the default reading
# (DIGRAPHS, CLASSES) reads as another: Turkish writes /dʒ/ as 'c' ('Caferi' for
# Jaafari, 'Cemil' for Jamil), French /ʃ/ as 'ch' and /tʃ/ as 'tch' ('Tchavouchoglu'
# for Çavuşoğlu, 'Chareh' for Sharaa), and Turkish the '-tion' of English and French as
# '-syon' ('Federasyon', 'Koalisyon'). German writes /dʒ/ 'dsch', /tʃ/ 'tsch', /ʃ/ 'sch',
# /x/ 'ch', /v/ 'w' and /j/ 'j' ('Dschafari', 'Tschawuschoglu', 'Chamenei', 'Lawrow');
# Polish /v/ 'w', /ʃ/ 'sz', /tʃ/ 'cz', /ʒ/ 'rz' and 'ż', /x/ 'ch', /j/ 'j' ('Siergiej
# Ławrow', 'Szejbani', 'Czawuszoglu'); Italian /dʒ/ 'gi' and 'g' before e or i, /tʃ/ 'ci'
# and 'c' before e or i, /ʃ/ 'sci' and 'sc' before e or i, /k/ 'ch' ('Giafari',
# 'Sciaibani'). Each is a reading of its own, applied in order to the word in lower case
# before it is folded ('ç' is no 'c' there); a sound read as a digraph the default
# reading knows ('sh', 'zh') is not read again by a later rule of the same reading.
READINGS = (
    ((re.compile(r"c(?![hk])"), "j"),),
    ((re.compile("tch"), "c"), (re.compile("ch"), "s")),
    ((re.compile("tion"), "sion"),),
    (
        (re.compile("j"), "y"),
        (re.compile("dsch"), "j"),
        (re.compile("tsch"), "c"),
        (re.compile("sch"), "sh"),
        (re.compile("ch"), "k"),
        (re.compile("w"), "v"),
    ),
    (
        (re.compile("j"), "y"),
        (re.compile("d[zż]"), "j"),
        (re.compile("rz|ż"), "zh"),
        (re.compile("sz"), "sh"),
        (re.compile("cz"), "c"),
        (re.compile("ch"), "k"),
        (re.compile("w"), "v"),
    ),
    (
        (re.compile("sci(?=[aou])|sc(?=[ei])"), "sh"),
        (re.compile("ch"), "k"),
        (re.compile("gi(?=[aou])|g(?=[ei])"), "j"),
        (re.compile("ci(?=[aou])"), "c"),
    ),
)


def _read(word: str) -> list[str]:
    """One word in lower case as it is and as each of READINGS reads it."""
    lower = word.lower()
    read = [lower]
    for rules in READINGS:
        text = lower
        for pattern, sound in rules:
            text = pattern.sub(sound, text)
        read.append(text)
    return read


@lru_cache(maxsize=8192)
def skeletons(word: str) -> frozenset[str]:
    """The skeletons of one word read by default and by each of READINGS ('Caferi' ->
    'cfr' and 'jfr'), the empty one left out."""
    return frozenset(filter(None, map(skeleton, _read(word))))


# A run of Latin vowels, and the Cyrillic word's transliterated ones (transliteration.py).
VOWELS = re.compile("[aeiouy]+")
_SLOTS = re.compile("V{2,}")


def shape(word: str) -> str:
    """A Latin word's skeleton with a slot (V) for each run of vowels, where a vowel
    was written: Russian spellings write the vowels of a name, so its Latin reading
    must have them where the name has ('pismo', b-V-s-m-V, is not 'Bassam', b-V-s-V-m;
    'arakchi' is 'araghchi', V-r-V-k-c-V)."""
    slotted = "V".join(skeleton(part) for part in VOWELS.split(fold(word)))
    return _SLOTS.sub("V", slotted)


@lru_cache(maxsize=8192)
def shapes(word: str) -> frozenset[str]:
    """The shapes of one Latin word read by default and by each of READINGS."""
    return frozenset(map(shape, _read(word)))
