"""The function words of the six languages the site reads (articles, prepositions,
conjunctions): words a search holds between the words of a name ('Staffan de Mistura',
'Bashar al-Jaafari') but that name nobody by themselves. A participant matched through
one would be matched by chance: 'talks on Syria' found the United Nations through its
French alias 'ONU' and Sedat Önal through 'on'. Search matching of people reads them
(search/people.py); the database's full-text search has no stop words (its 'simple'
configuration and FTS5's tokenizer) and matches them in the items' text as any word.

Single letters (Russian 'в', Arabic 'و', French 'à') are not listed: a search leaves a
lone letter out already (search/limits.py, folding.without_initials).
"""

from .folding import fold, unmarked

BY_LANGUAGE = {
    "en": "the an of on in at to for by with from and or about into",
    "fr": "le la les un une des du de au aux en dans sur pour par avec et ou",
    # With the French 'de' and the Arabic article as Russian spellings of names write
    # them ('де Мистура', 'аль-Башир', 'аш-Шараа', the article's 'l' taking the sound
    # of the letter after it).
    "ru": "во на со по ко об от из до для за но или де аль эль ад аз ан ар ас ат аш",
    # With the article as Latin transliterations write it ('al-Jaafari', 'el-Sisi').
    "ar": "في من على إلى عن مع ال أو ثم بين حول al el",
    "fa": "در از به با که را تا برای بر یا",
    "tr": "ve ile bir için de da ya veya ki gibi",
}

# Folded as names and queries are (folding.fold, unmarked): 'için' is 'icin', 'إلى' 'الى'.
FUNCTION_WORDS = frozenset(
    fold(unmarked(word)) for words in BY_LANGUAGE.values() for word in words.split()
)

# The particles of family names in the spellings of other languages ('Staffan di
# Mistura', 'von', 'van', 'da Silva'): a name's word no more than the French 'de' is, so a
# name is compared with another by its sound without them (chronology/namesakes.py).
NAME_PARTICLES = FUNCTION_WORDS | {
    *("di", "da", "del", "della", "dos", "do"),
    *("von", "van", "der", "den"),
}
