"""Who a pronoun subject is: 'Lavrov arrived in Ankara. He said the talks would resume on
5 May' makes Lavrov a participant of the 5 May candidate (brief rules12b, issue 9).

Simple and conservative: the pronoun (lexicon.PRONOUN_SUBJECTS, or the verb that carries
it where the language drops it) stands for the person named in the nearest sentence before
it in the same paragraph (of the three before it) that names anyone, and only when that
sentence names exactly one person (a known participant who is a person, or a new name):
two people, or a sentence of another paragraph, are no guess. A person the sentence names
before its pronoun is the one the pronoun stands for ('Lavrov said he would ...'): nothing
is added then.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from . import lexicon as L
from .people import KnownPeople, name_spans
from .text import Sentence, fold, fold_pattern, tokenize
from .types import Candidate

# How many sentences back a pronoun's person is looked for: the nearest ones only (and no
# input makes the walk back quadratic).
_REACH = 3
# The languages whose pronoun is a sentence-final verb (Turkish '... dedi'): its sentence
# names no one, or the one it names is the subject.
_VERB_LAST = ("tr",)


@lru_cache(maxsize=8)
def _pronoun_rx(language: str) -> re.Pattern[str] | None:
    pattern = L.PRONOUN_SUBJECTS.get(language)
    return re.compile(fold_pattern(pattern)) if pattern else None


def _persons(
    text: str, language: str, known: KnownPeople, persons: frozenset[str]
) -> list[tuple[str, bool, int]]:
    """The people a sentence names: (slug or name, whether known, where it starts); the
    participants that are no persons (states, bodies) left out."""
    found = known.find(text, tokenize(text, language))
    out = [(m.ident, True, m.start) for m in found if m.ident in persons]
    spans = [(m.start, m.end) for m in found]
    out += [(name, False, start) for name, start, _end in name_spans(text, spans, language)]
    return out


def _referent(
    sentences: list[Sentence],
    i: int,
    language: str,
    known: KnownPeople,
    persons: frozenset[str],
) -> tuple[str, bool] | None:
    """The one person named in the nearest sentence before sentences[i] in its paragraph
    that names anyone; None when that sentence names several or none does."""
    paragraph = sentences[i].paragraph
    for s in reversed(sentences[max(0, i - _REACH) : i]):
        if s.paragraph != paragraph:
            return None
        named = {(ident, is_known) for ident, is_known, _ in _persons(s.text, language, known,
                                                                     persons)}  # fmt: skip
        if named:
            return next(iter(named)) if len(named) == 1 else None
    return None


def with_referent(
    found: list[Candidate],
    sentences: list[Sentence],
    i: int,
    *,
    language: str,
    known: KnownPeople,
    persons: frozenset[str],
) -> list[Candidate]:
    """`found`, the candidates of sentences[i], with the person its pronoun subject stands
    for among their participants (a known one) or new names."""
    rx = _pronoun_rx(language)
    s = sentences[i]
    if not found or rx is None:
        return found
    pronoun = rx.search(fold(s.text))
    if pronoun is None:
        return found
    own = _persons(s.text, language, known, persons)
    if language in _VERB_LAST:
        if own or known.find(s.text, tokenize(s.text, language)):
            return found  # someone, or some body, named: the verb's subject
    elif any(start < pronoun.start() for _ident, _known, start in own):
        return found
    referent = _referent(sentences, i, language, known, persons)
    if referent is None:
        return found
    ident, is_known = referent
    out = []
    for c in found:
        if c.quote_start != s.start:
            out.append(c)
        elif is_known:
            out.append(replace(c, participants=tuple(dict.fromkeys((*c.participants, ident)))))
        else:
            out.append(replace(c, new_names=tuple(dict.fromkeys((*c.new_names, ident)))))
    return out
