"""The words of a sentence that name people or bodies aside from its happening: what its
gathering comes ahead of or prepares (cues.purpose_phrases: 'ahead of the summit of Russia,
Iran and Turkey'), and the state a minister's office names ('министром иностранных дел
Ливана', 'Lübnan Dışişleri Bakanı', lexicon.OFFICE_OF_STATE). Whoever is named only there
is not of the sentence's happening (outside tester t16a, 10). Blanked with spaces, so that
every offset holds."""

import re

from .cues import background_clauses, purpose_phrases
from .lexicon import OFFICE_OF_STATE
from .text import fold, fold_pattern

_OFFICE_RX = {lang: re.compile(fold_pattern(p)) for lang, p in OFFICE_OF_STATE.items()}


def blanked(text: str, spans) -> str:
    """`text` with the characters of `spans` made spaces (its offsets kept)."""
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def without_purposes(quote: str, lang: str) -> str:
    """`quote` without the phrases naming only what its gathering comes ahead of."""
    return blanked(quote, purpose_phrases(fold(quote), lang))


def without_background(quote: str, lang: str) -> str:
    """`quote` without its clauses telling what went on meanwhile ('as the fourth round of
    Astana talks was held': cues.background_clauses)."""
    return blanked(quote, background_clauses(fold(quote), lang))


def without_offices(quote: str, lang: str) -> str:
    """`quote` without the states that only name a minister's office."""
    rx = _OFFICE_RX.get(lang)
    if rx is None:
        return quote
    spans = [
        m.span(group)
        for m in rx.finditer(fold(quote))
        for group, word in m.groupdict().items()
        if word is not None
    ]
    return blanked(quote, spans)
