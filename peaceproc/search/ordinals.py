"""Ordinal numbers as a search reads them: a round or session named by its ordinal
('Astana 4e cycle', 'Astana 4ème', 'Astana quatrième', 'the 4th round of Astana') is the
round of that number, as 'Astana 4' is (terms.py). Words folded (folding.fold)."""

import re

# A short number with an ordinal suffix: English (4th, 21st), French (4e, 4eme, 4ème,
# 1er, 1re, 1ère), Turkish (4üncü, 4'üncü, folded 4uncu). Russian (4-й) and Turkish (4.)
# ordinals are read as the number already: the suffix is a word or a stop of its own.
WRITTEN = re.compile(r"([0-9]{1,2})(?:st|nd|rd|th|e|eme|er|re|ere|'?(?:inci|unci|nci|ncu))")

# Spelled from the third on: 'first', 'second', 'premier' and 'seconde' are ordinary words
# too ('the first meeting', 'le Premier ministre'), and a name followed by one would be
# searched as a round ('Russia second' as 'Russia 2'); 1st, 2nd, 1er and 2e are read.
# French 17th to 19th are two words ('dix-septième'), which a search reads apart: 17e is.
SPELLED = {
    "en": "_ _ third fourth fifth sixth seventh eighth ninth tenth eleventh "
    "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
    "twentieth",
    "fr": "_ deuxieme troisieme quatrieme cinquieme sixieme septieme huitieme "
    "neuvieme dixieme onzieme douzieme treizieme quatorzieme quinzieme seizieme _ _ _ "
    "vingtieme",
}
# The nouns that follow a round's ordinal ('4e cycle', '4th round'): read with it, not as
# words of their own that the item's text must hold.
ROUND_NOUNS = frozenset(
    (
        *("round", "rounds", "session", "sessions", "meeting"),  # English
        *("cycle", "cycles", "tour", "tours", "seance", "reunion"),  # French
        *("раунд", "раунда", "раунде", "сессия", "сессии"),  # Russian
        *("tur", "turu", "oturum"),  # Turkish
    )
)


def _spelled() -> dict[str, int]:
    """Each spelled ordinal -> its number ('_' holds the place of one left out)."""
    return {
        word: n
        for words in SPELLED.values()
        for n, word in enumerate(words.split(), 1)
        if word != "_"
    }


SPELLED_VALUES = _spelled()


def ordinal_value(word: str) -> int | None:
    """The number a folded ordinal word writes ('4e', 'quatrieme', '4th' -> 4), else None."""
    if written := WRITTEN.fullmatch(word):
        return int(written[1]) or None
    return SPELLED_VALUES.get(word)
