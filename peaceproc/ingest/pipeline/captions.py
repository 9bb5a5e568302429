"""Photo captions: lines that repeat a happening, never tell a new one.

A paragraph of at most a few lines that carries a photo's credit (lexicon.CAPTION_MARKS:
'(AP Photo/…)', 'Photo: Reuters', 'Фото: ТАСС', 'صورة: …') is a caption. Its date is the
scene's ('… at a press conference in Geneva on February 22, 2017'): the story tells the
happening, if it is one, in its own sentences; the caption adds none.
"""

from __future__ import annotations

import re
from functools import cache

from . import lexicon as L
from .text import Sentence, fold, fold_pattern

# A caption is short: a story's paragraph that ends with a credit is not one.
_CAPTION_CHARS = 400


@cache
def _marks(lang: str) -> re.Pattern[str]:
    return re.compile(fold_pattern(L.CAPTION_MARKS[lang]))


def caption_paragraphs(sentences: list[Sentence], lang: str) -> frozenset[int]:
    """The paragraphs (Sentence.paragraph) of the text that are photo captions."""
    spans: dict[int, list[Sentence]] = {}
    for s in sentences:
        spans.setdefault(s.paragraph, []).append(s)
    marks = _marks(lang)
    return frozenset(
        p
        for p, ss in spans.items()
        if ss[-1].end - ss[0].start <= _CAPTION_CHARS
        and any(marks.search(fold(s.text)) for s in ss)
    )
