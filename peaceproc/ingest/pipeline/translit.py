"""Latin name keys of a Cyrillic word, so that a person the gazetteer knows by a Latin
name only is found in Russian copy ('Хакана Фидана' / 'Hakan Fidan').

Russian writes a foreign name by its sound and declines it: 'Фидан', 'Фидана', 'Фиданом'.
The word is read back letter by letter into the Latin spellings English and Turkish copy
use ('ш' as 'sh', 'ж' as 'zh', 'х' as 'h' or 'kh'), from its own form and from its stem
without a case ending (with the '-а' of a feminine or Arabic name put back: 'Бахры' /
'Bahra'), and each reading is keyed as a Latin name is (text.name_key), which unifies
'sh'/'s', 'y'/'i', doubled letters and the given names spelt several ways. The keys carry
a mark so that they meet only the keys a matcher made from Latin names for this purpose.
"""

from __future__ import annotations

from functools import lru_cache

from .text import fold, name_key

MARK = "¤"

_LETTERS = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}
# 'х' is the 'h' of 'Hakan' and the 'kh' of 'Khaji'.
_KH = ("h", "kh")
_LETTERS["х"] = _KH[0]
# Case endings of nouns and surnames, the longest first; a stem keeps three letters.
_ENDINGS = (
    "ого", "его", "ому", "ему", "ами", "ями",
    "ом", "ем", "ым", "им", "ой", "ей", "ою", "ею", "ах", "ях",
    "а", "я", "у", "ю", "е", "ы", "и",
)  # fmt: skip
_MIN_STEM = 3
_VOWELS = frozenset("аеиоуыэюя")


def _bases(word: str) -> list[str]:
    """The word and the nominatives it may be a case of."""
    out = [word]
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            stem = word[: -len(ending)]
            out += [stem, stem + "а"]
            if stem[-1] in _VOWELS:  # 'Сергея' is a case of 'Сергей'
                out.append(stem + "й")
    return out


def _readings(word: str) -> list[str]:
    """The word in Latin letters: two readings when it has an 'х' (the first one read
    both ways, any other as 'h'; no more, whatever the word)."""
    plain = "".join(_LETTERS.get(ch, ch) for ch in word)
    first = word.find("х")
    if first < 0:
        return [plain]
    head = "".join(_LETTERS.get(ch, ch) for ch in word[:first])
    return [plain, head + _KH[1] + plain[len(head) + 1 :]]


@lru_cache(maxsize=16384)
def latin_keys(word: str) -> tuple[str, ...]:
    """The marked Latin name keys a capitalised Cyrillic word may stand for."""
    w = fold(word)
    if not w.isalpha():
        return ()
    keys = (name_key(r) for base in _bases(w) for r in _readings(base))
    return tuple(dict.fromkeys(MARK + k for k in keys if k and k.isascii()))
