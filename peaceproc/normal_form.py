"""Unicode normalisation that stays linear on any input.

Normalisation puts the combining marks after a base character in canonical order, and
CPython sorts each run of marks by insertion: a run of 100,000 marks of mixed classes
(a paste of Arabic harakat, a 'word' of stacked diacritics) takes minutes. Unicode's
answer (UAX #15, the Stream-Safe Text Format) is to break any run of more than 30
non-starters with a COMBINING GRAPHEME JOINER, which is a starter: real text never has
such a run, so its normal form is unchanged, and the sort never sees more than 30 marks.
"""

import re
import unicodedata
from functools import cache

MAX_NON_STARTERS = 30  # UAX #15
CGJ = "\u034f"  # COMBINING GRAPHEME JOINER: invisible, canonical combining class 0


def _starts_with_non_starter(ch: str) -> bool:
    """A non-starter, or a character whose decomposition begins with one (a few
    Tibetan vowel signs, the half-width kana voicing marks)."""
    if unicodedata.combining(ch):
        return True
    return bool(unicodedata.decomposition(ch)) and bool(
        unicodedata.combining(unicodedata.normalize("NFKD", ch)[0])
    )


def _ranges(code_points: list[int]) -> str:
    parts, start = [], None
    for cp, following in zip(code_points, [*code_points[1:], None], strict=True):
        start = cp if start is None else start
        if following != cp + 1:
            parts.append(re.escape(chr(start)) + ("-" + re.escape(chr(cp)) if cp > start else ""))
            start = None
    return "".join(parts)


@cache
def _long_run() -> re.Pattern[str]:
    """A run of more than MAX_NON_STARTERS non-starters (built once per process, from the
    Unicode database Python ships)."""
    code_points = [cp for cp in range(0x110000) if _starts_with_non_starter(chr(cp))]
    return re.compile(f"[{_ranges(code_points)}]{{{MAX_NON_STARTERS + 1},}}")


def long_run(text: str) -> re.Match[str] | None:
    """The first run of more than MAX_NON_STARTERS non-starters in `text`, if any."""
    return _long_run().search(text)


def stream_safe(text: str) -> str:
    """`text` with a CGJ after every 30 non-starters of a longer run; unchanged otherwise."""

    def broken(m: re.Match[str]) -> str:
        run = m.group()
        return CGJ.join(run[i : i + MAX_NON_STARTERS] for i in range(0, len(run), MAX_NON_STARTERS))

    return _long_run().sub(broken, text)


def normalize(form: str, text: str) -> str:
    """unicodedata.normalize(form, text) in time linear in the length of `text`."""
    return unicodedata.normalize(form, stream_safe(text))
