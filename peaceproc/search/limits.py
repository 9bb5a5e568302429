"""A search's words, tidied before it runs: each word once, no lone letters, at most
MAX_WORDS. Every word is a condition of the database's full-text search (and of the
people matched), so a query of a hundred repeated words cost several times a normal
search, and a single letter, as a word start, matches nearly every item.

The timeline's form applies it to `q` (site/filters.py), so the page, the API and the
exports search the same words; the page says what was left out.
"""

import re
from dataclasses import dataclass, field

from .folding import WORD, fold, query_text
from .terms import numeral_forms

# Past any name, place and title a reader types; the rest is left out, and said so.
MAX_WORDS = 10
_PUNCTUATION_AFTER = re.compile(r"[^\w\s]*")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
# What a reader may type as a search engine's operator, which this search does not have
# (every word must match, and none excludes): a minus before a word ('-Sochi', outside
# tester t14c, finding 2: it was dropped without a word, so the search found what it was
# asked to leave out), and the Boolean words in capitals ('Lavrov OR Kerry'), which are
# searched as words the items must hold. They are searched as typed, and said so.
_OPERATOR = re.compile(r"(?<![\w\-\u2212])[\-\u2212]\w+|(?<!\w)(?:OR|AND|NOT)(?!\w)")


def operators(query: str) -> list[str]:
    """The operators (_OPERATOR) `query` holds, as typed: searched as words, and said so
    (search/notes.py)."""
    return _OPERATOR.findall(query_text(query))


@dataclass(frozen=True)
class TidiedSearch:
    text: str  # the query with the words below cut out ('' when none is left)
    repeated: list[str] = field(default_factory=list)
    letters: list[str] = field(default_factory=list)
    beyond: list[str] = field(default_factory=list)  # past MAX_WORDS
    # A query without a letter or digit ('%', '_', '?!'), whole: it searches nothing.
    wordless: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.repeated or self.letters or self.beyond or self.wordless)


def tidy_search(query: str) -> TidiedSearch:
    """`query` (as typed) without its repeated words (case and accents folded), its
    single letters and its words past the first MAX_WORDS; unchanged when it has none;
    nothing when it holds no word at all (only signs: `%`, `_`).
    A short number or Roman numeral right after a word stays, repeats included: it names
    that word's round ('Geneva V', 'Astana 4 Sochi 4'; search/terms.py)."""
    text = query_text(query)
    if text.strip() and not _LETTER_OR_DIGIT.search(text):
        # (t12a, finding 9: `q=%` answered no item, and said nothing.)
        return TidiedSearch("", wordless=[text.strip()])
    seen: set[str] = set()
    kept = 0
    tidied = TidiedSearch(text)
    cuts: list[tuple[int, int]] = []
    previous_kept = False
    for found in WORD.finditer(text):
        word, key = found.group(), fold(found.group())
        numeral = previous_kept and numeral_forms(key) is not None
        if not numeral and key in seen:
            tidied.repeated.append(word)
        elif not numeral and len(key) == 1 and not key.isdigit():
            tidied.letters.append(word)
        elif kept >= MAX_WORDS:
            tidied.beyond.append(word)
        else:
            seen.add(key)
            kept += 1
            previous_kept = True
            continue
        previous_kept = False
        # With the punctuation right after it ('O.' of 'Geir O. Pedersen'): no stray dot is left.
        cuts.append((found.start(), _PUNCTUATION_AFTER.match(text, found.end()).end()))
    if not tidied.changed:
        return TidiedSearch(query)
    pieces, last = [], 0
    for start, end in cuts:
        pieces.append(text[last:start])
        last = end
    pieces.append(text[last:])
    rest = re.sub(r"\s+", " ", "".join(pieces)).strip()
    # Nothing searchable left (only the punctuation between cut words): no search.
    rest = rest if WORD.search(rest) else ""
    return TidiedSearch(rest, tidied.repeated, tidied.letters, tidied.beyond)
