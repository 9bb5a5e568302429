"""From article text to candidate events."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from . import cues as C
from . import lexicon as L
from . import plans as P
from .anniversary import anniversaries
from .asides import blanked
from .attendance import attendees
from .captions import caption_paragraphs
from .coreference import with_referent
from .dates import (
    NUMBERED_YEAR,
    Budget,
    clause_tense,
    document_named,
    extract_dates,
    quotation_around,
    year_heading,
)
from .entities import PLACES, Match, Matcher
from .lexicon import (
    BARE_ALIAS_FORMS,
    CAPITAL_EPITHETS,
    FUNDED_PERIOD_WORDS,
    MONTH_WORDS,
    STAMP_AGO,
    STAMP_LABELS,
    STAMP_UPDATED,
    TERM_ENDS,
    TERM_NOUNS,
    TERM_RANGE_BEFORE,
    TRANSITION_SINCE,
)
from .people import KnownPeople, People, find_people, indefinite_accusative, name_spans
from .places import in_compound, marked_places, name_on, not_yet_named, place_key
from .repeated import RepeatedWords
from .reported import act_told, reported_kinds, said_clause_after, told_after
from .repost import find_repost
from .rounds import (
    RoundMention,
    body_named,
    dominant_track,
    eve_of,
    find_round_references,
    find_rounds,
    format_named,
    numbers_named,
    proceedings_of,
    talks_of,
    track_counts,
    track_spans,
)
from .text import (
    LANGUAGES,
    Sentence,
    View,
    as_written,
    clean_quote,
    detect_language,
    fold,
    fold_pattern,
    reading,
    split_sentences,
    tokenize,
    unread_removed,
)
from .types import (
    Candidate,
    DateMention,
    Gazetteer,
    GazetteerRound,
    PipelineError,
    check_published,
)
from .yearly import yearly_set_aside

# News articles are 2-30 KB; 200 KB is a short book, or a file that is not an article.
# The limit also bounds the time one call can take (about half a second at worst).
MAX_TEXT_CHARS = 200_000
# A news article has a few dozen dated happenings; thousands mean a list, a table or
# junk, and building candidates for all of them would take seconds.
MAX_RAW_CANDIDATES = 400
# A long article has a hundred date expressions at most; a table of dates has thousands, each
# costing some 50 us to resolve even where no event comes of it.
MAX_DATE_MENTIONS = 500
# Prose is mostly words of three letters or more: in the corpus and the devset (190 texts,
# six languages) at most 37% of the words have one or two letters (French and Persian
# particles). A long text where most do is a list of initials, letters or codes ('A. B. C.',
# 'А. Б.'), whose thousands of capitalised one-letter 'names' cost the name finder
# half a second; it is refused at once. Short texts are never refused for it.
MAX_SHORT_WORD_SHARE = 0.5
MIN_WORDS_FOR_SHARE = 3000
_WORD = re.compile(r"\w+")
_SHORT_WORD = re.compile(r"(?<!\w)\w{1,2}(?!\w)")
# Invisible characters that part words where they stand (those the analysis reads past,
# text.reading, do not): named in the refusal of a text they cut into letters.
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff\u180e\u2061-\u2064]")
# News prose has a date every hundred characters or more (the corpus: at most 13 per 1,000
# characters, 10 in one article); a list or a table of dates has one every few words. Past
# this many dates, a text denser than this is refused as a list rather than turned into
# dozens of candidates.
DENSE_DATES_AFTER = 30
DENSE_DATES_PER_1000_CHARS = 30

# A day and a month word of any language and calendar the pipeline reads ('21 august',
# '21 آب', '۲۱ مرداد' folded to '21 مرداد'), counted over the whole text before a sentence
# is read: a list of dates is refused whatever language it was taken for, where the
# sentences' dates are read in that language's grammar only (Persian months in a text
# taken for Arabic, Levantine ones in one taken for Persian, were no dates to it).
_ANY_DAY_AND_MONTH = re.compile(
    r"(?<!\d)\d{1,2}\s+(?:"
    + "|".join(map(re.escape, sorted(MONTH_WORDS, key=len, reverse=True)))
    + r")(?:(?<=-)|(?!\w))"  # 'mi-janvier', 'mid-May'
)

_CHUNK_BREAK = re.compile(r"[,;:()\u060c\u061b]|\s[-–—]\s")


@dataclass(frozen=True)
class _Index:
    participants: Matcher
    places: Matcher
    rounds: tuple[GazetteerRound, ...]


@lru_cache(maxsize=32)
def _index(gazetteer: Gazetteer) -> _Index:
    people = [(p.slug, n) for p in gazetteer.participants for n in p.names]
    people += [
        (p.slug, form)
        for p in gazetteer.participants
        for n in p.names
        for form in BARE_ALIAS_FORMS.get(n.casefold(), ())
    ]
    places = [(canon, form) for canon, forms in PLACES.items() for form in forms]
    places += [(p, p) for p in gazetteer.places]
    places += [(city, form) for city, forms in CAPITAL_EPITHETS.items() for form in forms]
    persons = frozenset(p.slug for p in gazetteer.participants if p.person)
    return _Index(
        Matcher(people, surnames=True, lenders=persons), Matcher(places), gazetteer.rounds
    )


def _norm_track(track: str | None) -> str | None:
    if not track:
        return None
    t = track.replace("_", "-")
    return {"constitutional-committee": "constitutional-committee", "un-envoy": "un-envoys"}.get(
        t, t
    )


def _link_round(index: _Index, r: RoundMention, track: str | None) -> GazetteerRound | None:
    if r.congress:
        for g in index.rounds:
            if g.slug == "syrian-national-dialogue-congress":
                return g
        return None
    if track is None or r.number is None:
        return None
    for g in index.rounds:
        if _norm_track(g.track) == track and g.number == r.number:
            return g
    for g in index.rounds:
        if g.slug == f"{track}-{r.number}":
            return g
    return None


_COMMITTEE = "constitutional-committee"
_NUMBERED_TRACKS = ("astana", "geneva", _COMMITTEE)
# How far (days) a numbered round's dates may be from the date of the sentence that names
# it before another body's round of that number is preferred.
_PLAUSIBLE_ROUND_DAYS = 400


def _numbered_body(
    index: _Index,
    r: RoundMention,
    folded: str,
    m: DateMention,
    dominant: str | None,
    published: date | None,
) -> str | None:
    """The body a round number belongs to: the one the sentence names (the Constitutional
    Committee before Geneva, where it meets), else the article's, unless that body's round
    of this number is years away from the sentence's date and another's is not. A date
    written without its year that falls within the round's days in the round's year is
    that round's ('جنيف ٤ في ٢٣ شباط' is Geneva IV of 2017, whenever it is read)."""
    when = m.start
    named = [t for t, n in track_counts(folded).items() if n and t in _NUMBERED_TRACKS]
    if "constitutional-committee" in named:
        named.remove("constitutional-committee")
        named.insert(0, "constitutional-committee")
    # The track named next to the number is its body ('the 16th Astana meeting ... a sixth
    # session of the Constitutional Committee'), except Geneva, where the committee meets.
    own = [] if r.track in (None, "geneva") else [r.track]
    options = list(dict.fromkeys([*own, *named, r.track, dominant, *_NUMBERED_TRACKS]))
    options = [t for t in options if t]
    if r.congress or r.number is None or not options:
        return r.track or dominant
    first = options[0]

    def distance(track: str) -> int | None:
        g = _link_round(index, RoundMention(r.start, r.end, r.number, track), track)
        if g is None:
            return None
        if not g.start or _held_in(g, _in_year_of(m, g, published)):
            return 0  # a round the record has undated, or one whose days the date names
        return abs((g.start - when).days)

    gap = distance(first)
    if gap is not None and gap <= _PLAUSIBLE_ROUND_DAYS:
        return first
    # That body has no round of this number ('the second round' of Geneva, which the
    # record numbers from Geneva III), or not near the date: the body that has one nearest.
    if named or own:
        # The sentence names its body ('a second round ... in Geneva', 'the second Astana
        # meeting'): another body's round of that number is not what it means (the
        # committee meets in Geneva too).
        allowed = {*own, *named}
        if "geneva" in allowed or r.track == "geneva":
            allowed.add("constitutional-committee")
        options = [t for t in options if t in allowed]
    scored = [(d, t) for t in options if (d := distance(t)) is not None]
    if gap is None:  # only a body whose round of this number is near the date
        scored = [(d, t) for d, t in scored if d <= _PLAUSIBLE_ROUND_DAYS]
    return min(scored)[1] if scored else first


# The longest a round's days run (Geneva VIII: 28 November to 15 December 2017).
_ROUND_DAYS = 31


def _round_on(index: _Index, track: str, m: DateMention) -> GazetteerRound | None:
    """The one round of `track` held on the day (or in the week) of the date; a month is
    too coarse to tell a round from a meeting about it, and so is a span of more than a
    month ('the truce held from 1 March to 15 June')."""
    if m.precision not in ("day", "week") or (m.end and (m.end - m.start).days > _ROUND_DAYS):
        return None
    hits = [
        g
        for g in index.rounds
        if _norm_track(g.track) == track and g.number is not None and _held_in(g, m)
    ]
    return hits[0] if len(hits) == 1 else None


def _other_track_on(
    index: _Index, f: str, win: tuple[int, int], track: str, m: DateMention
) -> tuple[str, GazetteerRound | None]:
    """Of the other numbered tracks the clause names, the one that held a round on the
    day: 'the Astana process ... the talks in Geneva ... their resumption on March 23'
    when only a Geneva round opened then. Else the committee's session that opened that
    day in Geneva (`_committee_opening`), else the track as chosen, with no round."""
    named = [t for t, n in track_counts(f[win[0] : win[1]]).items() if n and t != track]
    hits = [(t, g) for t in named if t in _NUMBERED_TRACKS and (g := _round_on(index, t, m))]
    if len(hits) == 1:
        return hits[0]
    if not hits and "geneva" in (track, *named) and _COMMITTEE not in (track, *named):
        opened = _committee_opening(index, m)
        if opened is not None:
            return _COMMITTEE, opened
    return track, None


def _committee_opening(index: _Index, m: DateMention) -> GazetteerRound | None:
    """Geneva is where the Constitutional Committee meets: talks in Geneva on the day a
    session of the committee opened (or on exactly its days) and no Geneva-track round
    was held are that session ('talks in Geneva on 25 November' in 2019, LABELLING R5).
    A day inside a session is not enough: other parties meet in Geneva meanwhile."""
    g = _round_on(index, _COMMITTEE, m)
    return g if g is not None and g.start == m.start and m.end in (None, g.end) else None


def _round_of_days(index: _Index, track: str, m: DateMention) -> GazetteerRound | None:
    """The one round of `track` whose days are the date's range, first and last."""
    if m.precision != "day" or m.end is None:
        return None
    hits = [
        g
        for g in index.rounds
        if _norm_track(g.track) == track
        and g.number is not None
        and (g.start, g.end) == (m.start, m.end)
    ]
    return hits[0] if len(hits) == 1 else None


def _opened_on(
    index: _Index, track: str, m: DateMention
) -> tuple[str | None, GazetteerRound | None]:
    """The track and its one round that opened on the date's day; in Geneva, the
    committee's session opened then (`_committee_opening`); else (None, None)."""
    if m.precision != "day" or m.end is not None:
        return None, None
    hits = [
        g
        for g in index.rounds
        if _norm_track(g.track) == track and g.number is not None and g.start == m.start
    ]
    if len(hits) == 1:
        return track, hits[0]
    opened = _committee_opening(index, m) if track == "geneva" and not hits else None
    return (_COMMITTEE, opened) if opened else (None, None)


def _held_in(g: GazetteerRound, m: DateMention) -> bool:
    """The round's days meet the date's period (a day either side of a day or a week:
    time zones, a round reported the day after it closed)."""
    if g.start is None:
        return False
    if m.precision == "year":
        first, last = m.start.replace(month=1, day=1), m.start.replace(month=12, day=31)
    else:
        first, last = m.start, m.end or _period_end(m.start, m.precision)
    slack = timedelta(days=1 if m.precision in ("day", "week") else 0)
    return g.start - slack <= last and first <= (g.end or g.start) + slack


# A round named without its number is the next or previous one only when its dates are
# within this many days of the date the sentence gives (a round postponed by weeks, not
# one of another year).
_REFERENCE_DAYS = 183


def _referenced_round(
    index: _Index,
    r: RoundMention,
    track: str | None,
    m: DateMention,
    published: date | None,
    numbered: Callable[[], frozenset[int]],
) -> GazetteerRound | None:
    """The round that 'the next round', 'the previous session' or 'الجولة الجديدة' means:
    the one of the track held in the date's period when that is one round (a day, a week,
    or a month); else the next (or previous) one from the article's day when the article
    names its number, or the number of the round next to it ('the 19th round' beside 'the
    next round'), somewhere ('the 12th round' in the headline) and its dates are near the
    sentence's. A round announced for a day it was not held on is another plan."""
    if track not in _NUMBERED_TRACKS:
        return None
    rounds = [g for g in index.rounds if _norm_track(g.track) == track and g.start is not None]
    if m.precision in ("day", "week", "month"):
        held = [g for g in rounds if _held_in(g, m)]
        if len(held) > 1 and published is not None and r.relative:
            # Two rounds in the month: 'the next round ... in late November', written on
            # 9 November, is the one still ahead, not the one that closed on the 8th.
            held = [g for g in held if _on_side(g, r.relative, published)]
        if len(held) == 1:
            return held[0]
        if held:
            return None
    if published is None or not r.relative:
        return None
    if r.relative == "previous":
        before = [g for g in rounds if (g.end or g.start) < published]
        pick = max(before, key=lambda g: g.start) if before else None
    else:  # next, or a new one not under way on the article's day
        ongoing = [g for g in rounds if g.start <= published <= (g.end or g.start)]
        after = [g for g in rounds if g.start > published]
        pick = (
            ongoing[0]
            if ongoing and r.relative == "new"
            else min(after, key=lambda g: g.start, default=None)
        )
    if pick is None:
        return None
    if pick.number is None:
        # A round the record does not number ('the Geneva talks of April 2016'): the
        # article cannot name it by its number, nor its neighbour by theirs.
        return None
    if pick.number not in numbered():
        # The article names the round next to it on the near side, and the round was held
        # in the period the sentence gives: 'the 19th round ... the next round in the first
        # half of 2023' is the 20th; 'the next one in July' is not the 13th held in August.
        # A day given for it that the round was moved from by days, not weeks, is its
        # plan ('the next round on 21 March' of the round held on 14-15 March).
        neighbour = pick.number + (1 if r.relative == "previous" else -1)
        planned = _held_in(pick, m) or _moved_by_days(pick, m)
        return pick if neighbour in numbered() and planned else None
    # Near the date, or within its period ('before the end of this year').
    near = abs((pick.start - m.start).days) <= _REFERENCE_DAYS or _held_in(pick, m)
    return pick if near else None


# How long after the days it was planned for a postponed round may have been held and
# still be the round that plan was for.
_POSTPONED_DAYS = 92


def _postponed_round(
    index: _Index, r: RoundMention, track: str | None, m: DateMention, published: date | None
) -> GazetteerRound | None:
    """The round 'the next round', put off from the days the sentence gives, was held as
    ('the next round, which Moscow proposed for 12-13 June, has been postponed', written on
    7 June): the track's first round after the article's day, when it opened after those
    days, within `_POSTPONED_DAYS` of them, and no round of the track came between."""
    if track not in _NUMBERED_TRACKS or published is None or r.relative not in ("next", "new"):
        return None
    planned_end = m.end or _period_end(m.start, m.precision)
    if m.start < published:
        return None
    after = [
        g
        for g in index.rounds
        if _norm_track(g.track) == track and g.start is not None and g.start > published
    ]
    pick = min(after, key=lambda g: g.start, default=None)
    if pick is None or pick.number is None or pick.start <= planned_end:
        return None
    return pick if (pick.start - planned_end).days <= _POSTPONED_DAYS else None


def _on_side(g: GazetteerRound, relative: str, published: date) -> bool:
    """Whether a round lies on the side of the article's day that `relative` points to:
    over before it (previous), begun after it (next), or not over yet (new)."""
    end = g.end or g.start
    if relative == "previous":
        return end < published
    if relative == "next":
        return g.start > published
    return end >= published


# How many days a round's plan may be from the days it was held on and still be that
# round's (a round brought forward or put off by a week).
_MOVED_DAYS = 10


def _moved_by_days(g: GazetteerRound, m: DateMention, days: int = _MOVED_DAYS) -> bool:
    """Whether a day (or a week) is within `days` of the round's days."""
    if m.precision not in ("day", "week") or g.start is None:
        return False
    last = m.end or _period_end(m.start, m.precision)
    return g.start - timedelta(days=days) <= last and m.start <= (g.end or g.start) + timedelta(
        days=days
    )


# A gathering of a track named with no round word is a round moved from its planned day
# by at most a week: a technical meeting a week or two before a round is another one.
_MOVED_GATHERING_DAYS = 7


def _moved_round(index: _Index, track: str, m: DateMention) -> GazetteerRound | None:
    """The round a gathering of `track` planned for a day still ahead was held as, a few
    days off ('the parties are due to meet in Geneva on 20 February', and Geneva IV opened
    on the 23rd): the one round of the track within `_MOVED_GATHERING_DAYS` of the day."""
    hits = [
        g
        for g in index.rounds
        if _norm_track(g.track) == track
        and g.number is not None
        and _moved_by_days(g, m, _MOVED_GATHERING_DAYS)
    ]
    return hits[0] if len(hits) == 1 else None


def _apart(r: RoundMention, m: DateMention) -> int:
    """Characters between a round's mention and a date's in their sentence."""
    return max(r.start - m.char_end, m.char_start - r.end, 0)


def _period_end(start: date, precision: str) -> date:
    if precision == "week":
        return start + timedelta(days=6)
    if precision == "month":
        nxt = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return nxt - timedelta(days=1)
    return start


def validate_text(text: str) -> str:
    if not isinstance(text, str):
        raise PipelineError("the article must be text (str), not bytes or another type")
    if "\x00" in text:
        raise PipelineError("the text contains NUL bytes: it looks like a binary file")
    if len(text) > MAX_TEXT_CHARS:
        raise PipelineError(
            f"the text is {len(text):,} characters long; the limit is {MAX_TEXT_CHARS:,} "
            "characters (about 200 KB; a long news article is under 50 KB)"
        )
    if not text.strip():
        raise PipelineError("the text is empty")
    check_prose(text)
    return text


def _dense_dates(seen: int, end: int) -> PipelineError:
    return PipelineError(
        f"the text has {seen} date expressions in its first {end:,} characters: it reads "
        "as a list or a table of dates, not a news article; paste the articles it comes "
        "from one at a time"
    )


def _refuse_dense_days(folded: str) -> None:
    """Refuses a text denser in days and months of any language than news prose is
    (DENSE_DATES_AFTER, DENSE_DATES_PER_1000_CHARS)."""
    for seen, m in enumerate(_ANY_DAY_AND_MONTH.finditer(folded), start=1):
        if seen > DENSE_DATES_AFTER and seen * 1000 > DENSE_DATES_PER_1000_CHARS * m.end():
            raise _dense_dates(seen, m.end())


def check_prose(text: str) -> None:
    """Refuses a long text that is mostly one- and two-letter words (MAX_SHORT_WORD_SHARE),
    as the analysis reads it: vowel marks and tatweels are no word breaks (text.reading)."""
    if len(text) < 2 * MIN_WORDS_FOR_SHARE:  # too short to hold that many words
        return
    read = reading(text).text
    words = len(_WORD.findall(read))
    short = len(_SHORT_WORD.findall(read))
    if words >= MIN_WORDS_FOR_SHARE and short > MAX_SHORT_WORD_SHARE * words:
        message = (
            f"{short:,} of the text's {words:,} words have one or two letters: it does not "
            "read as an article (a list of initials, letters or codes?)"
        )
        invisible = Counter(_ZERO_WIDTH.findall(text))
        if invisible.total() * 2 > short:
            # What cut the words short (outside tester t8i, finding 9; re-tester t8r).
            named = "; ".join(
                f"U+{ord(ch):04X} {_invisible_name(ch)}: {count:,}"
                for ch, count in invisible.most_common()
            )
            message = (
                f"{short:,} of the text's {words:,} words have one or two letters because "
                f"{invisible.total():,} zero-width spaces or joiners ({named}) stand between "
                "its letters: remove them and read it again"
            )
        raise PipelineError(message)


def _invisible_name(ch: str) -> str:
    return unicodedata.name(ch, "invisible character").lower()


def find_candidates(
    text: str, *, published: date | None, language: str | None, gazetteer: Gazetteer
) -> list[Candidate]:
    """The dated happenings of an article, one candidate each, in text order. The text is
    read without its vowel marks and other unread characters (text.reading); each
    candidate's quote and offsets are the article's own text."""
    validate_text(text)
    view = reading(text)
    marked = tuple((view.target(a), view.target(b), name) for a, b, name in marked_places(text))
    found = _candidates(
        view.text, published=published, language=language, gazetteer=gazetteer, marked=marked
    )
    if view.text == text:  # nothing read past: only the quotes are cleaned
        return [_as_written(c, text, view) for c in found]
    return [
        replace(_as_written(c, text, view), new_names=_names_as_written(c.new_names, text))
        for c in found
    ]


def _names_as_written(names: tuple[str, ...], text: str) -> tuple[str, ...]:
    """New names as the article writes them, less those whose written form shows a word
    that is no name but that the analysis, reading without vowel marks, could not tell
    ('عربياً', read 'عربيا')."""
    written = dict.fromkeys(as_written(name, text) for name in names)
    return tuple(n for n in written if not any(map(indefinite_accusative, n.split())))


def _as_written(c: Candidate, text: str, view: View) -> Candidate:
    """A candidate found in `view.text` with its quote, offsets and date words in `text`,
    the quote cleaned of controls and invisible characters (clean_quote)."""
    start, end = view.source(c.quote_start), view.source(c.quote_end)
    quote = clean_quote(text[start:end])
    if quote.text == c.quote:
        return replace(c, quote_start=start, quote_end=end)
    spans = tuple(
        (
            quote.target(view.source(c.quote_start + a) - start),
            quote.target(view.source(c.quote_start + b) - start),
        )
        for a, b in c.date_spans
    )
    date_text = next(
        (
            quote.text[new[0] : new[1]]
            for (a, b), new in zip(c.date_spans, spans, strict=True)
            if c.quote[a:b] == c.date_text
        ),
        c.date_text,
    )
    return replace(
        c, quote=quote.text, quote_start=start, quote_end=end, date_spans=spans,
        date_text=date_text,
    )  # fmt: skip


def _candidates(
    text: str,
    *,
    published: date | None,
    language: str | None,
    gazetteer: Gazetteer,
    marked: tuple[tuple[int, int, str], ...] = (),
) -> list[Candidate]:
    if isinstance(published, datetime):  # a timestamp from HTML metadata: its day is meant
        published = published.date()
    check_published(published)
    lang = (language or detect_language(text)).strip().lower()
    if lang not in LANGUAGES:
        raise PipelineError(f"unsupported language {lang!r}; expected one of {LANGUAGES}")
    index = _index(gazetteer)
    folded = fold(text)
    _refuse_dense_days(folded)
    counts = track_counts(folded)
    dominant = dominant_track(counts)
    # The round numbers the article names anywhere (a headline's 'Astana 12'): what a
    # 'next round' elsewhere in it must be to be linked without matching dates.
    # Read only when a 'next round' needs it: a pass over the whole text.
    numbered = lru_cache(maxsize=1)(lambda: numbers_named(text, lang))
    budget = Budget()
    previous_day: date | None = None
    out: list[Candidate] = []
    seen_mentions = 0
    sentences = split_sentences(text, lang)
    repost = find_repost(sentences, published, lang)
    if repost is not None:
        published = repost.day  # the reposted story's words are of its own day
    known = KnownPeople(sentences, language=lang, matcher=index.participants)
    dateline = stamp = find_dateline(sentences, published, lang)
    undated_head, lent_to_story = True, False
    announced_in, last_ahead = None, None
    said: list[Candidate] = []
    today = dateline.start if dateline else None
    lead = _Lead(dateline.mention if dateline else None)
    dateline_end = dateline.char_end if dateline else None
    persons = index.participants.lenders or frozenset()

    def told_of(found: list[Candidate], i: int) -> list[Candidate]:
        return with_referent(found, sentences, i, language=lang, known=known, persons=persons)

    captions = caption_paragraphs(sentences, lang)
    repeated = RepeatedWords()
    for i, s in enumerate(sentences):
        if repost is not None and i in repost.sentences:
            continue  # 'Originally published on 3 May 2019': page clutter, no happening
        mentions = extract_dates(
            s.text,
            published=published,
            language=lang,
            previous_day=previous_day,
            budget=budget,
            today=today,
        )
        written = mentions
        if mentions and s.paragraph in captions:
            continue  # a photo's caption repeats a happening, tells none (rules14a)
        if s is sentences[0]:
            undated_head = not mentions
        if len(mentions) > 1 and s.start + mentions[0].char_end == dateline_end:
            # 'Damascus, 14 March (Xinhua) -- On Thursday al-Sharaa ratified ...': the
            # dateline is the article's today; the sentence's own date is the event's.
            mentions = mentions[1:]
        mentions = repeated.read(mentions)
        kept = anniversaries(fold(s.text), lang, mentions, published)
        kept = yearly_set_aside(fold(s.text), lang, kept)
        if mentions and not kept:
            continue  # only the day an anniversary is marked: no happening (rules14a)
        mentions = kept
        if not mentions and dateline is not None and s.start > dateline.char_end:
            # The first event in the dateless sentences of a bare dateline's paragraph
            # ('MOSCOW, January 16. /TASS/. In the Kremlin ... The meeting began ...')
            # happened on the dateline's day.
            if s.paragraph == dateline.paragraph:
                if _SENTENCE_END.search(s.text):  # not a headline or a subtitle
                    mentions = [replace(dateline.mention, char_start=0, char_end=0)]
                    lent_to_story = True
                elif _short_line(text, s):
                    # 'Photo: Channel Five' between the date line and the story: the
                    # story is the paragraph after the credit line.
                    dateline = replace(dateline, paragraph=s.paragraph + 1)
            elif _DATELESS_PLACE_LINE.match(s.text) and _SENTENCE_END.search(s.text):
                # rules15b: 'ANKARA (İGFA) - ... düzenlendi.' after a page stamp and a
                # standfirst that told no happening: the wire's lead, the stamp's day.
                dateline = replace(dateline, paragraph=s.paragraph)
                mentions = [replace(dateline.mention, char_start=0, char_end=0)]
                lent_to_story = True
            else:
                dateline = None
        elif (
            mentions
            and dateline is not None
            and s.start > dateline.char_end
            and not (
                s.paragraph == dateline.paragraph
                and all(m.start > dateline.start for m in mentions)
            )
        ):
            # A lead that announces what is ahead ('The congress will be held on 29-30
            # January') keeps the dateline for the paragraph's dateless sentences: the
            # announcement ('Such a statement was made by ...') is the day's.
            dateline = None
        seen_mentions += len(mentions)
        if (
            seen_mentions > DENSE_DATES_AFTER
            and seen_mentions * 1000 > DENSE_DATES_PER_1000_CHARS * s.end
        ):
            raise _dense_dates(seen_mentions, s.end)
        if seen_mentions > MAX_DATE_MENTIONS:
            raise PipelineError(
                f"the text has more than {MAX_DATE_MENTIONS} date expressions: it does not "
                "read as one news article (a table or a list?); split it into articles"
            )
        days = [m.start for m in mentions if m.precision == "day" and m.end is None]
        if days:
            previous_day = days[-1]
        if not mentions:
            out.extend(told_of(lead.dateless(s, lang, known), i))
            continue
        found = _full_date_shown(
            _sentence_candidates(
                s,
                mentions,
                lang,
                index,
                dominant,
                published,
                numbered,
                known=known,
                marked=[
                    Match(name, a - s.start, b - s.start)
                    for a, b, name in marked
                    if s.start <= a and b <= s.end
                ],
            ),
            written,
        )
        # A saying's day in a round waits for the end: the article may date the round.
        said.extend(c for c in found if _SAID_IN_ROUND in c.date_reason)
        found = [c for c in found if _SAID_IN_ROUND not in c.date_reason]
        if (
            dateline is not None
            and s.paragraph == dateline.paragraph
            and s.start > dateline.char_end
        ):
            # A gathering's day ahead told as someone's word in the date line's paragraph
            # ('... will be held on 10-11 December. This was reported by the minister.'):
            # also the announcement of that day, on the date line's day (U2, U10).
            f = fold(s.text)
            lent = mentions[0].basis == "dateline"
            ahead = [c for c in found if c.date > dateline.start and c.kind in _GATHERING_KINDS]
            if lent and not found and announced_in == s.paragraph and C.announces(f, lang):
                found = [_announcement(last_ahead, dateline.mention, s, known)]
            elif ahead and not lent:
                if C.announces(f, lang):
                    found.append(_announcement(ahead[0], dateline.mention, s, known))
                else:
                    announced_in, last_ahead = s.paragraph, ahead[0]
        found += lead.dated(s, written, found, lang, known)
        if found and dateline is not None and mentions[0].basis == "dateline":
            dateline = None
        out.extend(told_of(found, i))
        if len(out) > MAX_RAW_CANDIDATES:
            raise PipelineError(
                f"the text has more than {MAX_RAW_CANDIDATES} dated events: it does not read "
                "as one news article; split it into articles"
            )
    head = sentences[0] if sentences else None
    if head is not None and head.paragraph == 0 and not _SENTENCE_END.search(head.text):
        # Only when the date line reached the story: a line of the page under it ends it.
        if stamp is not None and head.end <= stamp.char_end and undated_head and lent_to_story:
            out += _headline_on_stamp(head, stamp, out, lang, index, dominant, known)
        out = _headline_repeats_dropped(_merge(out), head.end)
    out = _said_rounds_kept(out, said)
    out = _lent_days_given_way(_numbered_years_dropped(out), stamp)
    return _coarse_repeats_dropped(_vague_repeats_merged(_merge(out)), today or published)


# How many days before the date line's day the article's own day of the same happening
# may be (a decree of 14 June in a story dated 16 June).
_LENT_GIVES_WAY_DAYS = 7
_LENT = ((0, 0),)  # the date spans of a candidate dated by the date line's day alone


def _lent_days_given_way(cands: list[Candidate], stamp: Dateline | None) -> list[Candidate]:
    """The date line's day, lent to a sentence with no date words ('Al-Sharaa has put out a
    decree that creates ...' under '16 June, 2025') or opening the sentence it dates
    ('DAMASCUS, 16 June (Agency) -- The president has issued ...'), dates the story's
    happening only when the article gives it no date words of its own (LABELLING U10).
    Where the article dates, in the days before, a happening of the same kind, track and
    round ('The decree set up the committee on 14 June'), that is the day; the date line's
    is dropped (not the 12th round's day told beside the 11th's of the day before). An
    announcement on the date line's day (U2) is the telling's, and stays."""
    if stamp is None:
        return cands

    def by_stamp(c: Candidate) -> bool:
        return c.date == stamp.start and (
            c.date_spans == _LENT or c.date_text == stamp.mention.text
        )

    return [
        c
        for c in cands
        if not (
            by_stamp(c)
            and c.kind != "announcement"
            and any(
                not by_stamp(d)
                and d.kind == c.kind
                and d.precision == "day"
                and d.track == c.track
                and (None in (c.round_slug, d.round_slug) or c.round_slug == d.round_slug)
                and 0 < (c.date - d.date).days <= _LENT_GIVES_WAY_DAYS
                for d in cands
            )
        )
    ]


def _numbered_years_dropped(cands: list[Candidate]) -> list[Candidate]:
    """'the decree, Decree No. 66 of 2025, forms ...' in an article that dates the decree's
    issue on 13 June 2025: the number's year is that issue told less precisely, one
    happening (LABELLING R4), dropped. Where the article dates nothing in that year of the
    same track, the year stays: 'resolution 2254 of 2015' is the resolution's adoption."""
    days = [c for c in cands if c.precision == "day"]
    return [
        c
        for c in cands
        if not (
            c.precision == "year"
            and NUMBERED_YEAR in c.date_reason
            and any(
                d.date.year == c.date.year and (c.track is None or d.track in (None, c.track))
                for d in days
            )
        )
    ]


def _headline_on_stamp(
    head: Sentence,
    stamp: Dateline,
    body: list[Candidate],
    lang: str,
    index: _Index,
    dominant: str | None,
    known: KnownPeople,
) -> list[Candidate]:
    """A dateless headline over the article's date line ('BMGK, Suriye'deki son gelişmeleri
    görüşmek üzere toplandı' / '22.01.2026') reports the day's news: its happening is on
    the date line's day, unless the story dates one of the same track itself."""
    lent = [replace(stamp.mention, char_start=0, char_end=0)]
    tracks = {c.track for c in body}
    return [
        c
        for c in _sentence_candidates(head, lent, lang, index, dominant, known=known)
        if c.track not in tracks and (c.track is not None or not body)
    ]


def _announcement(ahead: Candidate, m: DateMention, s: Sentence, known: KnownPeople) -> Candidate:
    """The announcement of a gathering's day ahead, on the day `m` of the article's date
    line, by the people of the sentence that tells it."""
    people = known.find(s.text, tokenize(s.text, known.language))
    return replace(
        ahead, date=m.start, precision="day", end_date=None, date_text=m.text,
        kind="announcement", round_number=None, round_slug=None, quote=s.text,
        quote_start=s.start, quote_end=s.end, date_spans=((0, 0),),
        participants=tuple(dict.fromkeys(p.ident for p in people)),
        confidence=round(ahead.confidence - 0.15, 2),
        date_reason=f"“{m.text}”: the date line's day, when the day of {ahead.date_text} "
        "was announced",
    )  # fmt: skip


# How many sentences of the story (ending with a stop: not a headline, a menu or a stamp)
# make its lead: where an undated 'X announced that ... will be held on ...' is the news
# of the article's own day (LABELLING U2, U10).
_LEAD_SENTENCES = 3


class _Lead:
    """An announcement told in the article's lead with no date words of its own (LABELLING
    U2, U10). In the first sentences of the story, a verb of saying or announcing whose
    sentence gives only the day of a gathering still ahead of the date line's day
    ('Smadiyarov said that the 21st meeting will take place on January 24-25'), or that
    attributes the first sentence's day ahead right after it ('The guarantors will meet
    on 20-21 June. The ministry's statement says ...'), is the announcement of that day,
    made on the date line's day. Not proposed: with no date line printed (the saying has
    no date words), a saying dated by words of its own ('announced last week': a date not
    ahead), one told as background ('had announced', 'earlier'), a wish ('urged'), a day
    already past (a repost, an old statement), a week or a month ahead. One per article,
    and none once the date line's paragraph has proposed one."""

    def __init__(self, mention: DateMention | None):
        self.left = _LEAD_SENTENCES if mention is not None else 0
        self.mention = mention
        # The day ahead the lead's first sentence gave without saying who told it, and
        # that of the sentence before the one being read.
        self.ahead: Candidate | None = None
        self.before: Candidate | None = None

    def _counts(self, s: Sentence) -> bool:
        """Whether the sentence is one of the lead's (not a headline, a stamp, a credit
        line, nor past the lead)."""
        if self.left <= 0 or not _SENTENCE_END.search(s.text):
            return False
        self.left -= 1
        self.before, self.ahead = self.ahead, None
        return True

    def _told(self, s: Sentence, lang: str) -> bool:
        f = fold(s.text)
        return C.announces(f, lang) and not C.told_earlier(f, lang)

    def _made(self, ahead: Candidate, s: Sentence, known: KnownPeople) -> list[Candidate]:
        self.left = 0
        return [_announcement(ahead, self.mention, s, known)]

    def dated(
        self,
        s: Sentence,
        written: list[DateMention],
        found: list[Candidate],
        lang: str,
        known: KnownPeople,
    ) -> list[Candidate]:
        if any(c.kind == "announcement" for c in found):
            self.left = 0
        first = self.left == _LEAD_SENTENCES
        if not self._counts(s):
            return []
        day = self.mention.start
        ahead = [
            c for c in found if c.date > day and c.precision == "day" and c.kind in _GATHERING_KINDS
        ]
        if not ahead or any(m.start <= day for m in written):
            return []
        f = fold(s.text)
        if any(C.asks_on(f, lang, m.char_start, m.char_end) for m in written):
            return []
        if self._told(s, lang):
            return self._made(ahead[0], s, known)
        if first:
            self.ahead = ahead[0]
        return []

    def dateless(self, s: Sentence, lang: str, known: KnownPeople) -> list[Candidate]:
        if not self._counts(s) or self.before is None or not self._told(s, lang):
            return []
        return self._made(self.before, s, known)


# A date written with its year ('October 5, 2025', '۱۲ مهر ۱۴۰۳'), the dateline's included.
_FULL_BASES = ("absolute", "jalali", "hijri", "dateline")
_YEAR_WRITTEN = re.compile(r"\d{4}")


def _full_date_shown(cands: list[Candidate], mentions: list[DateMention]) -> list[Candidate]:
    """A candidate dated by a weekday or a relative word of the day the same sentence also
    writes in full ('Damascus, October 5, 2025 — ... opened a new chapter on Sunday'): the
    full date is the better reason, shown first and highlighted too."""
    full = {
        m.start: m
        for m in reversed(mentions)
        if m.basis in _FULL_BASES
        and m.precision == "day"
        and m.end is None
        and _YEAR_WRITTEN.search(m.text)
    }
    out = []
    for c in cands:
        m = full.get(c.date) if c.precision == "day" and c.end_date is None else None
        if m is None or c.date_text == m.text:
            out.append(c)
            continue
        span = (m.char_start, m.char_end)
        out.append(
            replace(
                c,
                date_text=m.text,
                date_reason=f"“{m.text}”: written in full; {c.date_reason}",
                date_spans=tuple(sorted({span, *c.date_spans})),
            )
        )
    return out


def _headline_repeats_dropped(cands: list[Candidate], headline_end: int) -> list[Candidate]:
    """'Syrian talks in Astana to be held in late February' over a body that says 'is
    planned for late February in Astana': one happening, told in the body; the body's
    candidate keeps what only the headline knew (its track, round, people)."""
    out = list(cands)
    for c in cands:
        if c.quote_end > headline_end:
            continue
        body = next(
            (
                d
                for d in out
                if d.quote_start >= headline_end
                and (d.date, d.precision, d.end_date) == (c.date, c.precision, c.end_date)
                and (c.track is None or d.track in (None, c.track))
                and (c.round_slug is None or d.round_slug in (None, c.round_slug))
            ),
            None,
        )
        if body is None:
            continue
        out[out.index(body)] = replace(
            body,
            kind=c.kind if body.kind == "other" else body.kind,
            track=body.track or c.track,
            round_number=body.round_number or c.round_number,
            round_slug=body.round_slug or c.round_slug,
            participants=tuple(dict.fromkeys(body.participants + c.participants)),
            new_names=tuple(dict.fromkeys(body.new_names + c.new_names)),
            confidence=max(body.confidence, c.confidence),
        )
        out.remove(c)
    return out


_VAGUE = ("week", "month", "year")


def _vague_repeats_merged(cands: list[Candidate]) -> list[Candidate]:
    """The same vague words for the same period said again ('early 2019' in the headline
    and in the lead, 'in late November' in two paragraphs) name one happening (LABELLING.md
    R4) when nothing tells them apart: their tracks and rounds agree or one lacks them.
    A day said twice is left to `_merge`: two happenings often share a day, seldom the
    same loose words for a month or a year. The first mention stays, with what the other
    knew; a statement or a bare date gives way to the kind of event the other names."""
    out: list[Candidate] = []
    for c in cands:
        hit = None
        if c.precision in _VAGUE:
            words = fold(c.date_text).strip()
            hit = next(
                (
                    i
                    for i, o in enumerate(out)
                    if (o.date, o.precision, o.end_date) == (c.date, c.precision, c.end_date)
                    and fold(o.date_text).strip() == words
                    and (o.track is None or c.track in (None, o.track))
                    and (o.round_slug is None or c.round_slug in (None, o.round_slug))
                ),
                None,
            )
        if hit is None:
            out.append(c)
            continue
        o = out[hit]
        out[hit] = replace(
            o,
            kind=c.kind if o.kind in ("statement", "other") else o.kind,
            track=o.track or c.track,
            round_number=o.round_number or c.round_number,
            round_slug=o.round_slug or c.round_slug,
            participants=tuple(dict.fromkeys(o.participants + c.participants)),
            new_names=tuple(dict.fromkeys(o.new_names + c.new_names)),
            place=o.place or c.place,
            confidence=max(o.confidence, c.confidence),
        )
    return out


# What a happening is: a gathering, an act (a text adopted, a truce, a deal, a milestone of
# the transition), a saying. A vague period and a day inside it name one happening only
# where one can be the other: a saying or an act can come out of a gathering's day (the
# summit's joint statement 'in July'), a gathering is more than one saying's day ('last
# week the round got under way' beside a press conference); a milestone (a resignation,
# a decree) is no gathering or saying, and what was announced is not what was held.
_KIND_FAMILIES = {
    **dict.fromkeys(("round", "summit", "ministerial", "conference", "meeting"), "gathering"),
    "proceedings": "gathering",
    **dict.fromkeys(("un_resolution", "ceasefire", "agreement", "milestone"), "act"),
    **dict.fromkeys(("announcement", "statement"), "saying"),
}


def _may_be_one(vague: str, day: str) -> bool:
    """Whether a vague period's happening of kind `vague` can be a day's of kind `day`."""
    kinds = {vague, day}
    if "other" in kinds or vague == day:
        return True
    families = (_KIND_FAMILIES.get(vague), _KIND_FAMILIES.get(day))
    if "announcement" in kinds or families == ("gathering", "saying"):
        return False
    return "milestone" not in kinds or families == ("act", "act")


# The days of a month that its parts name ('early', 'mid-', 'at the end of', 'اواخر',
# 'в середине', 'sonunda'), with a few days of overlap: writers round.
_PART_DAYS = {"early": (1, 12), "mid": (8, 22), "late": (18, 31), "early2": (1, 16),
              "late2": (15, 31)}  # fmt: skip
_PART_RX = re.compile(
    r"(?<!\w)("
    + "|".join(re.escape(fold(w)) for w in sorted(L.PART_WORDS, key=len, reverse=True))
    + r")(?:(?<=-)|(?!\w))"  # 'mi-janvier', 'mid-May'
)


def _part_of(c: Candidate) -> tuple[date, date]:
    """The first and last day of a week or a month candidate, or of the part of the month
    its words name."""
    last = _period_end(c.date, c.precision)
    m = _PART_RX.search(fold(c.date_text)) if c.precision == "month" else None
    if m is None:
        return c.date, last
    first_day, last_day = _PART_DAYS[L.PART_WORDS[m.group(1)]]
    return c.date.replace(day=first_day), last.replace(day=min(last_day, last.day))


def _coarse_repeats_dropped(cands: list[Candidate], today: date | None) -> list[Candidate]:
    """'next week' or 'at the end of this month' beside '25 November' in the same article,
    of the same track (or one without): one happening, named at its most precise
    (LABELLING.md R4); the precise one keeps what the other knew (its round, track,
    people, place). A day inside a range of days may be a step of its own (an opening session).
    In the week or month under way, only a day still ahead is the one announced: what was
    done 'earlier this month' is another happening than a day already gone."""
    out = list(cands)

    def same_track(a: Candidate, b: Candidate) -> bool:
        return a.track is None or b.track is None or a.track == b.track

    def covers(c: Candidate, d: Candidate) -> bool:
        # A day of a known round is that round's whatever track a vaguer mention was given
        # (a place, 'in Geneva', read as the Geneva track for a committee session).
        certain = d.round_slug is not None and c.round_slug is None
        if d.precision != "day" or d is c or not (certain or same_track(c, d)):
            return False
        if not _may_be_one(c.kind, d.kind):
            return False  # 'he steps down at the end of the month' beside a round's days
        if c.precision in ("week", "month"):
            first, last = _part_of(c)
            current = today is not None and c.date <= today <= last
            in_period = first <= d.date and (d.end_date or d.date) <= last
            return in_period and not (current and d.date < today)
        return False

    for c in cands:
        keep = next((d for d in out if covers(c, d)), None)
        if keep is None:
            continue
        i = out.index(keep)
        out[i] = replace(
            keep,
            track=keep.track or c.track,
            round_number=keep.round_number or c.round_number,
            round_slug=keep.round_slug or c.round_slug,
            participants=tuple(dict.fromkeys(keep.participants + c.participants)),
            new_names=tuple(dict.fromkeys(keep.new_names + c.new_names)),
            place=keep.place or c.place,
        )
        out.remove(c)
    return out


def article_people(text: str, *, language: str | None, gazetteer: Gazetteer) -> People:
    """Every person the article names: known participants (slugs) and new names."""
    validate_text(text)
    bare = reading(text).text
    lang = (language or detect_language(bare)).strip().lower()
    people = find_people(
        split_sentences(bare, lang), language=lang, matcher=_index(gazetteer).participants
    )
    if bare == text:
        return people
    # Names as the article writes them, with its vowel marks (reading() read past them).
    return replace(people, names=_names_as_written(people.names, text))


@dataclass(frozen=True)
class Dateline:
    mention: DateMention
    char_end: int  # in the text
    paragraph: int

    @property
    def start(self) -> date:
        return self.mention.start


# 'MOSCOW, January 16.', 'Москва. 3 мая. INTERFAX.RU -', 'دمشق - 21 ديسمبر (شينخوا)',
# 'BAKU, Azerbaijan, January 22.': a place of a few words (a city, and its country after a
# comma), then the day, at the start of one of the first paragraphs.
_DATELINE_PLACE = re.compile(
    r"^\s*[^\W\d_][\w'’ .-]{0,40}?(?:\s*[,،]\s*[^\W\d_][\w'’ .-]{0,30}?)?"
    r"\s*[,.،:–—/-]\s*(?:\(\w+\)\s*)?$"
)
# A lower-case word longer than a connective ('de', 'al', 'am') is not part of a place's
# name: 'The last round, 12 November 2024, ...' has no dateline.
_LOWER_WORD = re.compile(r"(?<![\w'’-])[^\W\d_A-ZА-ЯЁÀ-ÞİÇĞÖŞÜ]{4,}")


def _place_like(before: str) -> bool:
    """The words before a day read as a dateline's place ('MOSCOW,', 'دمشق -')."""
    return bool(_DATELINE_PLACE.match(before)) and not any(
        w.lower() != w.upper() for w in _LOWER_WORD.findall(before)
    )


# A page's label before the article's date ('Published:', 'GİRİŞ', 'تاريخ النشر'), a
# repost's 'originally published on' too: its 'today'. Read in the last part of the line
# before the day ('News Desk | Published: 16th November 2021').
_STAMP_LABEL = re.compile("|".join(fold_pattern(p) for p in STAMP_LABELS.values()))
_STAMP_UPDATED = re.compile("|".join(fold_pattern(p) for p in STAMP_UPDATED.values()))
_STAMP_PARTS = re.compile(r"[|•·]")
# A line that is only a stamp counted back from now ('3 hours ago', 'Published: منذ ساعتين').
_STAMP_AGO_WORDS = "|".join(fold_pattern(p) for p in STAMP_AGO.values())
_STAMP_AGO = re.compile(rf"(?:(?:{_STAMP_LABEL.pattern})\s*:?\s*)?(?:{_STAMP_AGO_WORDS})")


def _stamp_label(before: str, label: re.Pattern[str]) -> bool:
    """The words before a day end with a stamp's label ('Published:', 'Updated:')."""
    return bool(label.fullmatch(_last_part(before)))


def _last_part(line: str) -> str:
    return fold(_STAMP_PARTS.split(line)[-1]).strip(" \t:–—-")


def _counted_back(s: Sentence, published: date) -> DateMention | None:
    """The publication day, when the sentence is a line holding only a stamp counted back
    from the moment the page was read ('3 hours ago')."""
    if "\n" in s.text.strip() or not _STAMP_AGO.fullmatch(_last_part(s.text)):
        return None
    text = s.text.strip()
    at = s.text.index(text)
    why = f"the article's stamp ({text}): the publication date"
    return DateMention(published, "day", None, text, at, at + len(text), "dateline", why)


# A known city alone before the day is a dateline too ('جنيف 24 فبراير 2017 /').
_PLACE_FORMS = {fold(form) for forms in PLACES.values() for form in forms}
DATELINE_SENTENCES = 8
# What follows a dateline's day: the end of its line, a stop, a dash, a slash, a time or
# the agency's name in brackets ('January 16. /TASS/.', '14 March (Xinhua) --'), never the
# words of a clause ('Son tur, 11-12 Kasım 2024'te Astana'da yapılmıştı.').
_DATELINE_AFTER = re.compile(r"\s*(?:$|[.,:;|/(\[–—-]|\d{1,2}[:.]\d{2})")
# A dateline up to two months before publication is the story's own day (a repost keeps
# it); one or two days after is a time zone or a page stamped early.
_DATELINE_DAYS = (-2, 60)


# The date and time printed with an article on a line of their own ('30 December 2016
# 15:41', '18.09.2025 20:53', '۲۷ شهریور ۱۴۰۴، ۲۲:۴۵' with the Arabic comma), the time's zone
# said beside it ('19 Jan. 12:20 (UTC+3 MSK)', the month's stop after it).
_TIME_AFTER = re.compile(
    r"\.?\s*[,،|-]?\s*(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
    r"(?:\s*\(?(?:utc|gmt|msk)(?:\s?[+-]\s?\d{1,2})?(?:\s+[a-z]{3,4})?\)?)?)?"
    r"\s*$",
    re.IGNORECASE,
)


_SENTENCE_END = re.compile(r"[.!?؟…。][\"'”»)\]]*\s*$")


# A line of its own no longer than a credit or a caption ('Фото, видео: Пятый канал').
_SHORT_LINE = 80


def _short_line(text: str, s: Sentence) -> bool:
    return (
        len(s.text) <= _SHORT_LINE
        and text[: s.start].rstrip(" \t").endswith("\n")
        and text[s.end :].lstrip(" \t")[:1] in ("\n", "")
    )


# A wire story's place and agency with no date, opening its paragraph ('ANKARA (İGFA) -',
# 'DAMASCUS (Reuters) —', 'دمشق (سانا) -'): a place of one to three words, the agency's
# name in brackets, a dash.
_DATELESS_PLACE_LINE = re.compile(
    r"\s*[^\W\d_][^\W\d_'’.-]*(?:\s[^\W\d_][^\W\d_'’.-]*){0,2}\s*\([^()\d]{2,30}\)\s*[–—-]{1,2}\s"
)


# ... or with the time first ('17:17, 29 November 2018').
_TIME_BEFORE = re.compile(r"\s*(?:\d{1,2}[:.]\d{2}\s*[,،|-]?)?\s*")


def _alone(text: str, m: DateMention) -> bool:
    return bool(
        _TIME_BEFORE.fullmatch(text[: m.char_start]) and _TIME_AFTER.match(text[m.char_end :])
    )


# A date line that a page runs into its section's name ('September 18, 2025 Peace and
# security', '5 octobre 2025 Politique'): one to four words after the date, no figures and
# no closing stop, the first capitalised where the script has capitals ('marks the day' is a
# sentence's verb), and nothing more in its paragraph.
_SECTION_AFTER = re.compile(
    r"\s*[|·•–—-]?\s*(?P<first>[^\W\d_])[^\W\d_'’-]*(?:\s+(?:&\s+)?[^\W\d_][^\W\d_'’-]*){0,3}\s*$"
)


def _run_into_section(text: str, m: DateMention, last_of_paragraph: bool) -> bool:
    after = _SECTION_AFTER.match(text, m.char_end)
    return bool(
        last_of_paragraph
        and m.basis != "year-inferred"
        and after
        and not after.group("first").islower()
        and _TIME_BEFORE.fullmatch(text[: m.char_start])
    )


# rules15b: a page's stamp in figures with its clock time, a section's name before it and
# counters after it ('Dünya 29.01.2025 22:36:58 0', 'Politique 29/01/2025 - 22:36 | 3'): no
# sentence writes a day in figures with the time to the minute, so the line is the page's
# date line wherever its label stands. A word or two before it, figures after the time.
_FIGURES_DATE = re.compile(r"\d{1,2}([./-])\d{1,2}\1\d{4}")
_STAMP_SECTION = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}")
_STAMP_TIME_AFTER = re.compile(
    r"\s*[,،|–-]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[|·•]?\s*\d{1,6})*\s*$"
)


def _stamp_in_figures(text: str, m: DateMention) -> bool:
    return bool(
        _FIGURES_DATE.fullmatch(m.text)
        and _STAMP_SECTION.fullmatch(text[: m.char_start])
        and _STAMP_TIME_AFTER.match(text[m.char_end :])
    )


# An item of a page's menu or ticker ('• Adana', '- Politics'): page furniture, which does
# not count among the article's first sentences.
_MENU_ITEM = re.compile(r"\s*[•·▪‣◦*>-]\s")
# How many sentences are read for the dateline at most, menu items included.
_DATELINE_READ = 400


def _first_sentences(sentences: list[Sentence]) -> list[tuple[int, Sentence]]:
    """The first DATELINE_SENTENCES sentences with their index, leaving out menu items (a
    weather bar's list of cities before the stamp and the headline)."""
    out = []
    for i, s in enumerate(sentences[:_DATELINE_READ]):
        if _MENU_ITEM.match(s.text):
            continue
        out.append((i, s))
        if len(out) == DATELINE_SENTENCES:
            break
    return out


def find_dateline(sentences: list[Sentence], published: date | None, lang: str) -> Dateline | None:
    """The article's dateline day, when one of its first sentences opens with one near the
    publication date: its 'today', which a repost or a late page keeps. A place or a
    'published on' before the day wins over a date printed on a line of its own."""
    if published is None:
        return None
    alone = None
    for i, s in _first_sentences(sentences):
        # A date printed on a line of its own dates the paragraph after it, or the rest of
        # its own when the story starts on the next line ('23.02.2017 00:00:00\nGüç bir
        # hazırlık ...').
        nxt = sentences[i + 1] if i + 1 < len(sentences) else None
        last_of_paragraph = nxt is None or nxt.paragraph != s.paragraph
        paragraph = s.paragraph + last_of_paragraph
        if alone is None and (back := _counted_back(s, published)) is not None:
            alone = Dateline(back, s.start + back.char_end, paragraph)
            continue
        for m in extract_dates(s.text[:80], published=published, language=lang):
            if not (
                m.precision == "day"
                and m.end is None
                and m.basis in ("absolute", "year-inferred", "jalali", "hijri")
                and _DATELINE_DAYS[0] <= (published - m.start).days <= _DATELINE_DAYS[1]
            ):
                continue
            why = f"the dateline's day ({m.text})"
            mention = replace(m, basis="dateline", why=why)
            # A place written with its vowel marks ('دِمَشْقُ -') when the text is read as
            # written (the publication date from the dateline, dateline.py).
            before = unread_removed(s.text[: m.char_start])
            if _stamp_label(before, _STAMP_LABEL):
                return Dateline(mention, s.start + m.char_end, paragraph)
            placed = (_place_like(before) and not _stamp_label(before, _STAMP_UPDATED)) or fold(
                before.strip(" :")
            ) in _PLACE_FORMS
            if placed and _DATELINE_AFTER.match(s.text, m.char_end):
                return Dateline(mention, s.start + m.char_end, s.paragraph)
            if alone is None and (
                _alone(s.text, m)
                or _stamp_in_figures(s.text, m)
                or _run_into_section(s.text, m, last_of_paragraph)
            ):
                alone = Dateline(mention, s.start + m.char_end, paragraph)
    return alone


def _windows(
    sentence: str, mentions: list[DateMention], lang: str = "", *, verb_last: bool = False
) -> list[tuple[int, int]]:
    """The part of the sentence each date speaks for.

    The first date gets the whole sentence. A later date gets only its own clause and the
    one before it ('..., which has been underway in the Kazakh capital, Astana, since
    January'), so the people of the main clause are not dated twice. Where the verb comes
    before its date (_VERB_FIRST), a later date's part ends at an 'and' that opens the
    next date's clause ('delivered the draft on 12 March and signed it the next day':
    'signed' is the next day's; outside tester t13a, 2). With `verb_last`, in the languages
    that put the verb last, a later date's part starts after the last joiner before it, so
    that what stands between a date and its verb is that date's (the places: '14 Ocak'ta
    Ankara'da görüştü ve 20 Şubat'ta ...'; rules15).
    """
    breaks = [0] + [m.end() for m in _CHUNK_BREAK.finditer(sentence)] + [len(sentence)]
    joiner = _VERB_FIRST.get(lang)
    out = [(0, len(sentence))]
    for i, m in enumerate(mentions[1:], 1):
        prev_end = mentions[i - 1].char_end
        own = max(b for b in breaks if b <= m.char_start)
        before = [b for b in breaks if b < own]
        start = before[-1] if before else own
        start = max(start, prev_end)
        if verb_last and (closes := _VERB_LAST_JOINER.get(lang)) is not None:
            start = max([start, *(j.start() for j in closes.finditer(sentence, prev_end,
                                                                      m.char_start))])  # fmt: skip
        after = [b for b in breaks if b >= m.char_end]
        end = min(after) if after else len(sentence)
        nxt = mentions[i + 1].char_start if i + 1 < len(mentions) else len(sentence)
        opened = joiner and nxt < len(sentence) and joiner.search(sentence, m.char_end, nxt)
        if opened:
            nxt = opened.start()
        if lang in _VERB_LAST and (main := _main_clause_after(sentence, mentions, i, lang)):
            start, end = main
        out.append((start, min(end, nxt)))
    return out


# rules15b: a clause of time embedded in a verb-last sentence, with the earlier date in it
# (lexicon.TIME_CLAUSE_OPENERS, TIME_CLAUSE_CLOSERS).
_EMBEDDED_OPEN = {
    lang: re.compile(rf"(?<![\w])(?:{fold_pattern(p)})(?![\w])")
    for lang, p in L.TIME_CLAUSE_OPENERS.items()
}
_EMBEDDED_CLOSE = {
    lang: re.compile(rf"(?:{fold_pattern(p)})(?![\w])") for lang, p in L.TIME_CLAUSE_CLOSERS.items()
}


def _main_clause_after(
    sentence: str, mentions: list[DateMention], i: int, lang: str
) -> tuple[int, int] | None:
    """Where the verb comes last and the date before this one stands in an embedded clause
    of time, this date is the main clause's: its words run from the main clause's subject
    (before the embedded clause) to the verb at the end."""
    prev = mentions[i - 1]
    m = mentions[i]
    f = fold(sentence)
    if any(a <= prev.char_start and prev.char_end <= b for a, b in C.purpose_phrases(f, lang)):
        # The earlier date is of what the main clause's happening came ahead of ('Esad
        # eş-Şeybani, Bağdat'ta 17 Mayıs 2025'te düzenlenen Arap Birliği zirvesi öncesinde 3
        # Mayıs 2025'te ... görüştü'): the subject before it is the main clause's (outside
        # tester t16e, 6: one of the two ministers was left to the summit).
        return (0, len(sentence))
    if (opener := _EMBEDDED_OPEN.get(lang)) is not None:
        found = list(opener.finditer(f, 0, prev.char_start))
        if not found:
            return None
        head = found[-1].start()
        if _CHUNK_BREAK.search(f, head, prev.char_start):
            return None  # the clause of time closed before the earlier date
        breaks = [b for b in _breaks(f) if b <= head]
        return (max(breaks), len(sentence))
    # Turkish closes the clause after the earlier date; the subject may stand before it.
    closer = _EMBEDDED_CLOSE.get(lang)
    found = closer.search(f, prev.char_end, m.char_start) if closer else None
    return (0, len(sentence)) if found else None


# The word that joins a clause of its own in the languages that put a verb before its
# date: between two dates, the clause it opens belongs to the second.
_VERB_FIRST = {
    "en": re.compile(r"\s(?:and|while|then)\s", re.IGNORECASE),
    "fr": re.compile(r"\s(?:et|puis|tandis que)\s", re.IGNORECASE),
    "ru": re.compile(r"\s(?:и|а|затем)\s", re.IGNORECASE),
}


def _in_window(span: tuple[int, int], windows: list[tuple[int, int]], i: int) -> bool:
    """Whether `span` is the i-th date's: the first date's when no later date's part holds
    it, a later date's when its own part does."""
    if i == 0:
        return not any(_inside(span, w) for w in windows[1:])
    return _inside(span, windows[i])


# What closes a clause in the languages that put the verb last, so that the words between a
# date and the verb after it are that date's, not the next date's: 'and', 'then', a comma.
_VERB_LAST_JOINER = {
    "tr": re.compile(r"\s(?:ve|ardından|sonra da|daha sonra)\s|[,;]", re.IGNORECASE),
    "fa": re.compile(r"\s(?:و|سپس|آنگاه|بعد)\s|[،,;]"),
}


def _breaks(sentence: str) -> list[int]:
    return [0] + [b.end() for b in _CHUNK_BREAK.finditer(sentence)] + [len(sentence)]


def _clauses(sentence: str, m: DateMention) -> list[tuple[int, int]]:
    """The date's own clause, then that clause with the one before it."""
    breaks = _breaks(sentence)
    own = max(b for b in breaks if b <= m.char_start)
    after = min(b for b in breaks if b >= m.char_end)
    before = [b for b in breaks if b < own]
    return [(own, after), (before[-1] if before else own, after)]


# Languages whose clause puts its verb last: a 'since' phrase belongs to its clause up to the
# verb at the sentence's end ('مذاکرات ژنو از 23 فوریه (5 اسفند) شروع شده'), or to the
# relative clause that holds it ('جنگی که از سال 2012 کشور را ویران کرده، ...', '2012'den beri
# ülkeyi harap eden savaş, ...').
_VERB_LAST = ("fa", "tr")
_RELATIVE_HEAD = {
    "fa": re.compile(fold_pattern(r"(?<![\w])که(?![\w])")),
    "tr": re.compile(r"\w+(?:[ae]n|[ıiuü]yor|d[ıiuü]ğ[ıiuü]|t[ıiuü]ğ[ıiuü])(?=\s+\w)"),
}
# At most this many characters before a date at the head of its clause ('Depuis 2017, la
# Russie ...'), and how far back the words a closing 'since' date belongs to may start ('the
# peace process, which has been underway in the Kazakh capital, Astana, since January').
_CLAUSE_HEAD = 4
_START_BACK = 100


def _start_scope(f: str, m: DateMention, lang: str) -> tuple[int, int]:
    """The words a 'since' date belongs to: those before it ('the Astana talks, under way
    since January 2017'), what follows it when the date heads its clause, or its clause up
    to the verb when the language puts the verb last."""
    breaks = _breaks(f)
    own = max(b for b in breaks if b <= m.char_start)
    after = min(b for b in breaks if b >= m.char_end)
    if lang in _VERB_LAST:
        relative = _RELATIVE_HEAD[lang]
        if lang == "fa" and (opener := relative.search(f, own, m.char_start)):
            return opener.start(), after
        if lang == "tr" and (participle := relative.search(f, m.char_end, after)):
            return own, participle.end()
        return own, len(f)
    if m.char_start - own <= _CLAUSE_HEAD and _WORD.search(f, m.char_end, after):
        return m.char_start, after
    return max(0, m.char_start - _START_BACK), m.char_end


def _process_in(f: str, lang: str, scope: tuple[int, int]) -> bool:
    """Whether a process, its track or one of its events is named in f[scope]."""
    return bool(
        C.kinds_in(f, lang, *scope)
        or C.has_process_cue(f, lang, *scope)
        or any(track_counts(f[scope[0] : scope[1]]).values())
    )


# A numbered round farther than this from a date next to a verb of saying is what was said
# about ('The 20th round ..., just held, should be the last, X proposed on Wednesday'), not
# the round held that day (U4).
_SAID_ROUND_REACH = 30


# Between two dates of a list: a comma or 'and', and an article or 'on' before the date.
# 'and', and its longer forms that close a list ('as well as', 'ainsi que', 'а также',
# 'وكذلك', 'و نیز', 've de'): '23-24 January, 15-16 February and also 14-15 March'.
_LIST_AND = (
    r"and|et|и|ve|و|as well as|and also|ainsi que|et aussi|а также|и также|ve de|"
    r"وكذلك|وكذا|وايضا|وأيضا|و\s*(?:نیز|نيز|همچنین|همچنين)"
)
_LIST_SEPARATOR = re.compile(
    rf"\s*(?:[,،;]\s*(?:(?:{_LIST_AND})\s*)?|(?:{_LIST_AND})\s+)"
    r"(?:(?:les|le|du|the|on)\s*)?\Z",
    re.IGNORECASE,
)

# Between two months of a list, each with its preposition or none: 'in October 2025 and in
# January this year', 'в октябре 2025 года и в январе этого года', 'في أكتوبر 2025 وفي
# يناير', and the middle items a comma alone joins ('en février, en mars et en avril').
_MONTH_LIST_SEPARATOR = re.compile(
    rf"\s*(?:[,،]\s*(?:(?:{_LIST_AND})\s*)?|(?:{_LIST_AND})\s*)(?:(?:in|en|в|во|في|در)\s+)?\Z",
    re.IGNORECASE,
)


# Dates written with their day and month (not weekdays or relative words).
_WRITTEN_DAY = ("absolute", "year-inferred")


# A clause that leaves out the verb of the clause before it ('met the government delegation
# last week, and the opposition delegation on Monday', 'et celle de l'opposition lundi', 'а
# с делегацией оппозиции — в понедельник', 'ووفد المعارضة يوم الاثنين'; outside tester
# t14b, 6.2): it opens with 'and', names someone, and its date closes the sentence.
_GAP_OPENS = re.compile(rf"\s*[,،]?\s*(?:(?:{_LIST_AND}|а)\s+|و(?=\w))", re.IGNORECASE)
_GAP_WORDS = 8
# A date that opens the words after a colon (_sentence_candidates).
_AFTER_A_COLON = re.compile(r":\s*(?:(?:on|le|в|во|يوم|في|روز)\s+)?\Z")
_SENTENCE_CLOSES = re.compile(r"[\s.!?؟…\"'”»)\]]*\Z")
_DASH_BEFORE_DATE = re.compile(r"\s[-–—]\s*(?:(?:on|le|в|во|يوم|في)\s+)?\Z")


def _gapped(sentence: str, prev: DateMention, m: DateMention, people) -> bool:
    # A dash may stand for the verb left out, right before the date ('— в понедельник').
    between = _DASH_BEFORE_DATE.sub("", sentence[prev.char_end : m.char_start])
    opens = _GAP_OPENS.match(between)
    return bool(
        opens
        and people
        and len(between.split()) <= _GAP_WORDS
        and not _CHUNK_BREAK.search(between, opens.end())
        and _SENTENCE_CLOSES.match(sentence, m.char_end)
    )


def _inside(span: tuple[int, int], win: tuple[int, int]) -> bool:
    return win[0] <= span[0] and span[1] <= win[1]


def _hosting(text: str, f: str, lang: str, known: KnownPeople, index: _Index) -> int | None:
    """Where a verb of hosting makes the sentence a meeting of host and guest
    (cues.hosted_at), read only for a sentence with no other event cue."""
    if not C.hosts_in(f, lang):
        return None
    persons = index.participants.lenders or frozenset()
    found = known.find(text, tokenize(text, lang))
    named = [(p.start, p.end, p.ident in persons) for p in found]
    # A person the gazetteer lacks is a host or a guest too ('Nursultan Nazarbayev received
    # Sergey Lavrov in Astana': outside tester t16c, 7).
    named += [
        (a, b, True) for _n, a, b in name_spans(text, [(p.start, p.end) for p in found], lang)
    ]
    return C.hosted_at(f, lang, sorted(named))


def _sentence_candidates(
    s: Sentence,
    mentions: list[DateMention],
    lang: str,
    index: _Index,
    dominant: str | None,
    published: date | None = None,
    numbered: Callable[[], frozenset[int]] = frozenset,
    *,
    known: KnownPeople,
    marked: list[Match] | None = None,
) -> list[Candidate]:
    """`marked`: the places the sentence names only with vowel marks (places.MARKED)."""
    f = fold(s.text)
    # An ordinal that is a date's day ('نشست آستانه اول فروردین') numbers no round.
    rounds = [
        r
        for r in find_rounds(s.text, lang)
        if not any(m.char_start < r.end and r.start < m.char_end for m in mentions)
    ]
    references = find_round_references(s.text, lang)
    sentence_kinds = C.kinds_in(f, lang)
    if mentions[0].basis == "dateline" and mentions[0].char_end == 0:
        # The dateline's day lent to a dateless lead: what a 'since' clause recalls
        # ('its first parliament since Assad was toppled') is not what the day reports.
        sentence_kinds = [k for k in sentence_kinds if not C.recalled_since(f, lang, k[1])]
    # A dated sentence with no event in it is background, except a named process
    # ('the Astana process, underway since January') or a round named without its number
    # ('Russia will host the next round in the first half of 2025') in a report on a
    # track, or next to a track's name, for a date still ahead: a past one ('in October
    # there was talk of holding the next session in Damascus') dates what was said.
    named_process = C.has_process_cue(f, lang) and any(track_counts(f).values())
    track_round = (
        (any(r.track for r in references) or (bool(references) and dominant in _NUMBERED_TRACKS))
        and published is not None
        and any((m.end or _period_end(m.start, m.precision)) >= published for m in mentions)
    )
    # 'the 10 March agreement', '10 Mart mutabakatı': a date that names a document or a
    # truce is the day that happening took place; its kind is the document's, whatever
    # else the sentence tells of it.
    documents = {id(m): document_named(f, lang, m.char_start, m.char_end) for m in mentions}
    named = {k: C.document_kinds(f, lang, *d) if d else [] for k, d in documents.items()}
    # The document's own noun is no cue for another date of the sentence.
    sentence_kinds = [
        k for k in sentence_kinds if not any(d and d[0] <= k[1] < d[1] for d in documents.values())
    ]
    if not sentence_kinds and (host := _hosting(s.text, f, lang, known, index)) is not None:
        sentence_kinds = [("meeting", host)]
    rounds, references, sentence_kinds = _own_happening(
        s.text, f, lang, known, index, rounds, references, sentence_kinds
    )
    if (
        not sentence_kinds
        and not rounds
        and not track_round
        and not named_process
        and not any(named.values())
    ):
        return []
    journey_until = C.travel_purpose_at(f, lang)
    tokens = tokenize(s.text, lang)
    marked = marked or []
    # A word that its vowel marks make a place ('عمّان') names no participant read without
    # them ('عمان', Oman).
    persons = index.participants.lenders or frozenset()
    found = known.find(s.text, tokens)
    aside = _not_parties(found, f, lang, persons)
    people = [
        p
        for p in found
        if not any(p.start < x.end and x.start < p.end for x in marked) and id(p) not in aside
    ]
    places = [
        p
        for p in [*index.places.find(tokens), *marked]
        if not C.delegation_origin(f, lang, p.start, p.end)
        and not C.topic_place(f, lang, p.start, p.end)
        and not C.names_track(f, lang, p.start, p.end)
        and not C.place_as_actor(f, lang, p.start, p.end)
        and not eve_of(f, p.start)
        and not not_yet_named(p.ident, published)
        and not in_compound(s.text, p.end)
    ]
    windows = _windows(s.text, mentions, lang)
    place_windows = _windows(s.text, mentions, lang, verb_last=True)
    # The names the article's people list gives (dictionary forms; in Arabic and Persian
    # script, names after a title), each with its place in the sentence.
    sentence_names = [
        (known.seen(n), a, b)
        for n, a, b in name_spans(s.text, [(p.start, p.end) for p in people], lang)
    ]
    # A place's word that opens a person's name is the name's, and names no track either
    # ('Nursultan Nazarbayev' is no Nur-Sultan, nor the Astana talks; outside tester t16c, 6.)
    places = [
        p for p in places if not any(a <= p.start and p.end <= b for _n, a, b in sentence_names)
    ]
    unnamed = blanked(f, [(a, b) for _n, a, b in sentence_names])
    secondary = windows[1:]
    # The day a saying is dated ('..., Kazakhstan said on Monday'): the verb of saying is
    # that day's, not the nearest happening of the sentence's other dates.
    said_days = [x for x in mentions if C.said_on(f, lang, x.char_start, x.char_end)]

    def said_elsewhere(m: DateMention) -> bool:
        return any(x is not m for x in said_days) and m not in said_days

    shares_event = [_shares_event(s.text, f, lang, mentions, i) for i in range(len(mentions))]
    # The main date's own words leave out the clauses of the later dates that have an
    # event of their own ('Washington circulated the draft on 3 November, the council
    # voted on 6 November': the vote is the 6th's, not the 3rd's).
    others = [
        own
        for x, listed in zip(mentions[1:], shares_event[1:], strict=True)
        if not listed
        and published is not None
        and x.start <= published
        and (own := _clauses(s.text, x)[0])[0] >= mentions[0].char_end
    ]
    out = []
    for i, (m, win) in enumerate(zip(mentions, windows, strict=True)):
        primary = i == 0
        if journey_until is not None and m.char_start < journey_until:
            continue
        if _rhetorical_day(s.text, f, lang, m):
            continue  # '« ... sur un bout de papier ce soir »': the speaker's, no happening
        if len(mentions) > 1 and C.report_day(f, lang, m.char_start, m.char_end):
            continue  # 'reported on Sunday, citing sources, that ... on Tuesday': the report's
        if published and published.year - (m.end or m.start).year > _HISTORY_YEARS:
            continue
        if _finer_date_within(m, mentions, f, lang):
            continue  # '... on 10 June 2025, the second such meeting this year' (t10r 1)
        if _year_heading(f, lang, m, mentions):
            continue  # 'En 2016, ... en février, en mars et en avril': the months' year

        def mine(span, primary=primary, win=win):
            if primary:
                return not any(_inside(span, w) for w in secondary)
            return _inside(span, win)

        my_people = [p for p in people if mine((p.start, p.end))]
        my_places = [p for p in places if _in_window((p.start, p.end), place_windows, i)]
        my_rounds = [r for r in rounds if mine((r.start, r.end))]
        my_places = _besides_the_rounds(my_places, my_rounds, f, lang)
        far = all(_apart(r, m) > _SAID_ROUND_REACH for r in my_rounds)
        said_in, announced = None, False
        if far and not named[id(m)] and C.said_on(f, lang, m.char_start, m.char_end):
            # Only a sentence dated by its saying alone: another date in it is the news.
            said_in = _said_in_a_round(index, f, m, dominant) if len(mentions) == 1 else None
            announced = (
                said_in is None
                and _announces_ahead(
                    m,
                    mentions,
                    said_days,
                    sentence_kinds,
                    bool(rounds or references) or C.names_vote(f, lang),
                )
                and not C.asks_on(f, lang, m.char_start, m.char_end)
            )
            if said_in is None and not announced and not _act_said(f, lang, m, sentence_kinds):
                continue  # the day something was said: a statement, no happening (U4)
        if not my_rounds and m.precision == "year" and _term_year(f, m, lang):
            continue  # 'a member of the Council for 2017-2018': a term, not a step (U5)
        if not my_rounds and m.precision == "year" and _funded_period(f, m, lang):
            continue  # 'the funding required for the first half of 2025': no happening (R1)
        if not my_rounds and m.end is None:
            if C.start_point(f, lang, m.char_start, m.char_end) and not _process_in(
                f, lang, _start_scope(f, m, lang)
            ):
                continue  # 'the war that has torn Syria since 2011': a state, not a step
            if C.start_point(f, lang, m.char_start, m.char_end) and C.tenure_since(
                f, lang, m.char_start, m.char_end
            ):
                continue  # 'the UN envoy since 2019': a term of office, not a step
            if C.war_began(f, lang, m.char_start, m.char_end):
                continue  # 'the war, which began in 2011': background history (R1)
            if C.conflict_dated(
                f, lang, m.char_start, m.char_end, sentence_kinds, _clauses(s.text, m)
            ):
                continue  # 'on Jan. 6 heavy clashes erupted': the war's date (R1)
        listed = shares_event[i]
        if named[id(m)] or listed:
            kinds = named[id(m)] or sentence_kinds
        elif primary:
            kinds = [
                k
                for k in sentence_kinds
                if k[0] in _TELLING_KINDS or not any(w[0] <= k[1] < w[1] for w in others)
            ]
        else:
            kinds = [k for k in sentence_kinds if win[0] <= k[1] < win[1]]
        prev = mentions[i - 1]
        if not kinds and not primary and _gapped(s.text, prev, m, my_people):
            # '... met the government delegation last week, and the opposition's on
            # Monday': the clause with no verb of its own shares the one before it.
            kinds = [k for k in sentence_kinds if k[1] < prev.char_start]
        elif not kinds and not primary:
            # '... received him on Thursday, the first visit since the fall of Assad, the
            # ousted president, in December': an aside between the event word and its
            # date; the nearest event word after the date before is this date's.
            kinds = [k for k in sentence_kinds if prev.char_end <= k[1] < m.char_start][-1:]
            if not kinds and C.moved_until(f, lang, m.char_start, m.char_end):
                # 'la reprise des discussions, prévue le 8 février, ... un report à la fin
                # du mois prochain': the new day of what was moved, named before.
                kinds = [k for k in sentence_kinds if k[1] < m.char_start][-1:]
            if not kinds and m is mentions[-1] and _AFTER_A_COLON.search(s.text, 0, m.char_start):
                # '... depuis les négociations de Genève en 2014 : mercredi 30 octobre, au
                # Palais des nations, où ..., des délégués ... ont pris place': the last
                # date opens what the colon tells; its event word is the first after it,
                # past the asides.
                kinds = [k for k in sentence_kinds if k[1] >= m.char_end][:1]
        kinds = reported_kinds(kinds, f, lang, m.char_start, m.char_end)
        refs = [r for r in references if mine((r.start, r.end))]
        # A round named without its number nearer the date than any numbered one is the
        # round the date is about ('the following round ... before the end of this year,
        # ... when the 16th meeting closed' is not the 16th).
        nearer = bool(refs) and all(_apart(refs[0], m) < _apart(r, m) for r in my_rounds)
        picks = (
            []
            if (nearer and my_rounds) or announced
            else _rounds_of_date(
                index, my_rounds, rounds if primary else [], f, m, dominant, published
            )
        )
        if not picks and refs and not announced:
            track = refs[0].track or dominant
            linked = _referenced_round(index, refs[0], track, m, published, numbered)
            if linked is None and C.says_moved(f, lang):
                linked = _postponed_round(index, refs[0], track, m, published)
            if linked is None and track == "geneva":
                # 'the next round will be held on 25 November' after the committee's
                # session in Geneva: the committee's round on that day (R5).
                linked = _committee_opening(index, m)
                track = _COMMITTEE if linked else track
            picks = [(refs[0], track, linked)]
        # One candidate per round the date is about ('the first and second sessions, in
        # 2019'), or one with no round.
        for round_mention, round_track, linked in picks or [(None, None, None)]:
            track = round_track
            kind = _kind(kinds, round_mention)
            if (
                m.end_point
                and kind not in _GATHERING_KINDS
                and not C.moved_until(f, lang, m.char_start, m.char_end)
            ):
                # 'extended the ceasefire until 8 February': a deadline is no happening
                # of its own (outside tester t11b, 4). Talks 'until 19 May' end on that
                # day, a step of their own (LABELLING R4); 'postponed until 25 February'
                # is the day of what was moved.
                continue
            if (
                round_mention is None
                and kind != "round"  # 'the round opened on 3 May, officials said'
                and not named[id(m)]  # 'said of the 10 March agreement': the agreement's
                and not said_elsewhere(m)
                and C.saying_nearest(f, lang, m.char_start, m.char_end)
                and not (kind == "milestone" and _act_said(f, lang, m, kinds))
            ):
                kind = "statement"  # what happened that day was something said (U4)
            if announced:
                kind = "announcement"  # the day a gathering's day ahead was told (U2)
            if (
                not kinds
                and round_mention is None
                and (not primary or (sentence_kinds and not announced))
            ):
                # No event in the date's own clause: the sentence's events are the
                # other dates'.
                if not (
                    my_places or C.has_process_cue(f, lang, *win) or C.has_process_cue(f, lang)
                ):
                    continue
                kind = "other"
            if said_in is not None:
                linked, track = said_in, _norm_track(said_in.track)
            d, precision, end_d = _fit_to_round(m, linked)
            d, end_d, span_why = _gathering_span(d, end_d, kind)
            round_why = _SAID_IN_ROUND if said_in is not None else ""
            if track is None and round_mention is None:
                # The main clause's track leaves out the later dates' clauses.
                # A date of a list shares the main clause's track.
                twin = (0, secondary[0][0]) if (primary or listed) and secondary else win
                track = _track_of(unnamed, twin, dominant)
                # 'met Kerry in Moscow to discuss the talks in Geneva': the meeting in Moscow
                # is its own happening, not a round of the talks, nor of the article's
                # track (t15d, 3).
                topical = bool(my_places) and _track_only_topic(f, lang, twin, track)
                track = None if topical else track
                if track is None and C.briefs_council(f, lang, *twin):
                    track = "un-envoys"  # an envoy's briefing to the Council (U7)
                elif (
                    track is None
                    and _since_transition(d, precision)
                    and C.names_transition(f, lang, *twin)
                ):
                    track = "transition"  # its acts, bodies and votes (fix9s)
                if kinds and track in _NUMBERED_TRACKS:
                    linked = _round_on(index, track, m)
                    if linked is None:
                        track, linked = _other_track_on(index, f, twin, track, m)
                    if (
                        linked is None
                        and published is not None
                        and m.start > published
                        and not m.end_point
                        and not C.bound_of(f, lang, m.char_start, m.char_end)
                    ):
                        linked = _moved_round(index, track, m)
                    if linked is None and _a_pair_met(kind, my_people, index, f, twin):
                        track = None  # 'Fidan met Lavrov in Nur-Sultan': a city, no track
                elif (
                    track is None
                    and not topical
                    and kind == "meeting"
                    and dominant in _NUMBERED_TRACKS
                    and proceedings_of(f[twin[0] : twin[1]], dominant)
                ):
                    # 'Lundi soir, ... les pourparlers indirects ...' in a report on the
                    # Geneva talks: the article's track, when its round was held that day.
                    linked = _round_on(index, dominant, m)
                    track = dominant if linked else None
                elif track is None and not topical and kinds and dominant in _NUMBERED_TRACKS:
                    # '23-24 Ocak'ta gerçekleştirilen zirveden sonra ...' in a report on
                    # the Astana talks: days that are exactly one round's are that round
                    # (LABELLING U3).
                    linked = _round_of_days(index, dominant, m)
                    track = dominant if linked else None
                    own = _clauses(s.text, m)[0]
                    if linked is None and C.tells_start(f[own[0] : own[1]], lang):
                        # Its clause tells a beginning on the day one of its rounds
                        # opened ('30 Ekim'de başlayan toplantıları' in a report on the
                        # talks in Geneva): that round, or the committee's session then.
                        track, linked = _opened_on(index, dominant, m)
                if (
                    linked is None
                    and m.precision == "month"
                    and talks_of(f, *twin) == track
                    and not C.start_point(f, lang, m.char_start, m.char_end)
                ):
                    # 'the Astana talks in May 2017': the one Astana round of that month;
                    # not the process 'under way since January', a state since then.
                    held = [
                        g
                        for g in index.rounds
                        if _norm_track(g.track) == track and g.number and _held_in(g, m)
                    ]
                    linked = held[0] if len(held) == 1 else None
                if track is None and kind not in _GATHERING_KINDS and body_named(f, dominant):
                    # The article's body named bare, by an act of its own or about it ('The
                    # UN announced last month that the 150-member committee had been
                    # formed' in a report on the Constitutional Committee: t16a, 3).
                    track = dominant
                if linked is not None:
                    round_why = _round_reason(linked)
            names = list(dict.fromkeys(n for n, a, b in sentence_names if mine((a, b))))
            place = _nearest(my_places, m, f, lang)
            # The name in use in the candidate's period, not only on its first day.
            last = end_d or (date(d.year, 12, 31) if precision == "year" else None)
            place = name_on(place, d, last or _period_end(d, precision)) if place else place
            plan_why = _plan(f, lang, m, kinds, kind, published)
            if plan_why == P.ANNOUNCED_WHY:
                # The day a plan was told: its place is the gathering's, not the telling's.
                kind, place = "announcement", None
            cues = C.agreement_cues(s.text, f, lang, *win)
            out.append(
                Candidate(
                    date=d,
                    precision=precision,
                    end_date=end_d,
                    date_text=m.text,
                    kind=kind,
                    track=track,
                    round_number=(
                        linked.number if linked else _unstored_number(index, round_mention, track)
                    ),
                    round_slug=linked.slug if linked else None,
                    participants=tuple(dict.fromkeys(p.ident for p in my_people)),
                    attendees=attendees(
                        s.text, lang, [(p.ident, p.start, p.end) for p in my_people]
                    ),
                    new_names=tuple(names),
                    place=place,
                    quote=s.text,
                    quote_start=s.start,
                    quote_end=s.end,
                    date_spans=(
                        tuple((x.char_start, x.char_end) for x in mentions)
                        if primary
                        else ((m.char_start, m.char_end),)
                    ),
                    agreement_cues=tuple(cues),
                    confidence=_planned_confidence(
                        _confidence(
                            m, precision, kind, my_people, linked, round_mention, place, primary
                        )
                        - (_DOUBTFUL_SPAN if span_why or m.doubtful else 0),
                        plan_why,
                    ),
                    date_reason=_date_reason(m, d, linked) + span_why + round_why + plan_why,
                    planned=bool(plan_why),
                )
            )
    return out


_SAID_IN_ROUND = "; said on a day of that round, which the article dates no other way"
# The words of the speaker's own day: 'today', 'tonight', 'tomorrow', 'yesterday'.
_DEICTIC_BASES = ("relative", "context-day")
# What may stand before a quotation that is a whole utterance: nothing, or a colon.
_UTTERANCE_OPENS = re.compile(r"(?:^|[:：])\s*$")


# An announcement in another date's clause tells the main date's happening ('..., announced the
# committee on Sunday').
_TELLING_KINDS = ("announcement",)


def _shares_event(sentence: str, f: str, lang: str, mentions: list[DateMention], i: int) -> bool:
    """Whether mentions[i] shares the event of the date before it: a month of a list ('in
    February, March and April 2016'), a date of a list ('ont eu lieu les 23-24 janvier, les
    15-16 février et les 3-4 mai'), or the new day of a moved happening ('the meeting
    planned for 18 January was postponed to 19 January'), whose noun stands before the
    first date."""
    m = mentions[i]
    if m.basis == "listed":
        return True
    if i == 0:
        return False
    prev = mentions[i - 1]
    between = sentence[prev.char_end : m.char_start]
    return bool(
        (m.basis in _WRITTEN_DAY and _LIST_SEPARATOR.match(between))
        or (m.precision == prev.precision == "month" and _MONTH_LIST_SEPARATOR.match(between))
        or (
            m.precision == prev.precision == "day"
            and C.moved_to(f, lang, prev.char_end, m.char_start, m.char_end)
        )
    )


def _rhetorical_day(sentence: str, f: str, lang: str, m: DateMention) -> bool:
    """A 'today' or 'tomorrow' in quoted speech ('Kerry: « ... not the words on a piece of
    paper tonight »', '"Today Syria opens a new page," he said') is the speaker's own day;
    it dates a happening only when the quotation names one ('"Tomorrow we will meet the
    government"'). A quotation that opens the sentence or follows a colon is a whole
    utterance; a few quoted words inside a clause ('the announcement was "expected in
    Geneva today"') tell of the clause's happening, and are not judged here."""
    if m.basis not in _DEICTIC_BASES or m.precision != "day":
        return False
    span = quotation_around(sentence, m.char_start)
    if span is None or not _UTTERANCE_OPENS.search(sentence, 0, span[0]):
        return False
    return not C.kinds_in(f, lang, *span)


def _plan(f: str, lang: str, m: DateMention, kinds, kind: str, published: date | None) -> str:
    """Why the candidate is a plan, not a happening held (plans.py), or ''."""
    last = m.end or (
        date(m.start.year, 12, 31) if m.precision == "year" else _period_end(m.start, m.precision)
    )
    if P.ahead(m, published, last, lambda: clause_tense(f, lang, m.char_start, m.char_end)):
        return P.PLANNED_WHY
    if kind in P.GATHERINGS and P.proposed_for(f, lang, m):
        return P.PROPOSED_WHY
    if kind in P.GATHERINGS and (
        P.plan_told(f, lang, m, kinds)
        or (told_after(f, lang, m, kinds) and not _told_held(f, lang, kinds))
    ):
        return P.ANNOUNCED_WHY
    return ""


# A word of a plan anywhere in the sentence (lexicon.PLAN_WORDS).
_PLAN_WORD = {
    lang: re.compile(r"(?<!\w)(?:" + fold_pattern(p) + r")(?!\w)")
    for lang, p in L.PLAN_WORDS.items()
}


def _told_held(f: str, lang: str, kinds) -> bool:
    """Whether every gathering the sentence names is told in the past, with no word of a
    plan ('said in a joint statement issued on 24 January that the meeting in Astana had
    been an effective platform'): what a saying reports as held is no plan (outside
    tester t16a, 13); 'a annoncé vendredi qu'un sommet … est prévu début 2019' is one."""
    plan = _PLAN_WORD.get(lang)
    if plan is None or plan.search(f):
        return False
    held = [clause_tense(f, lang, at, at + 1) == "past" for k, at in kinds if k in P.GATHERINGS]
    return bool(held) and all(held)


def _planned_confidence(confidence: float, plan_why: str) -> float:
    return min(confidence, P.PLANNED_CONFIDENCE) if plan_why else confidence


def _announces_ahead(
    m: DateMention,
    mentions: list[DateMention],
    said_days: list[DateMention],
    kinds: list[tuple[str, int]],
    names_round_or_vote: bool,
) -> bool:
    """Whether the day or month something was said (m) is the announcement of a gathering's
    or a vote's day ahead (LABELLING U2): the sentence names a round, a gathering or a vote,
    and another of its dates, not itself a saying's, falls after m's period ('Kazakhstan's
    Foreign Ministry said on Friday that the next round would be held on July 10-11',
    'Лавров заявил в мае, что следующий раунд пройдёт 10-11 июля', 'a déclaré lundi que les
    élections auront lieu le 15 septembre')."""
    if m.precision == "year":
        return False
    if not names_round_or_vote and not any(k in _GATHERING_KINDS for k, _ in kinds):
        return False
    after = _period_end(m.end or m.start, m.precision)
    return any(x is not m and x not in said_days and x.start > after for x in mentions)


def _act_said(f: str, lang: str, m: DateMention, kinds: list[tuple[str, int]]) -> bool:
    """Whether the day something was said (m) is an appointment's or a body's formation:
    the clause the saying reports after it tells someone taking an office ('Ban Ki-moon on
    Thursday confirmed that de Mistura will become the envoy') or a body formed ('The UN
    said last month the committee had been formed'), an exception of LABELLING U4."""
    clause = said_clause_after(f, lang, m.char_start, m.char_end)
    return clause is not None and bool(act_told(kinds, f, lang, clause))


def _said_in_a_round(
    index: _Index, f: str, m: DateMention, dominant: str | None
) -> GazetteerRound | None:
    """The round of a track's talks a day something was said about them falls in ('de
    Mistura said at a news conference on Thursday that the talks in Geneva had failed'):
    the saying tells of the round. Kept only when no other candidate of the article
    dates that round (_said_rounds_kept)."""
    track = talks_of(f, 0, len(f)) or (proceedings_of(f, dominant) and dominant)
    return _round_on(index, track, m) if track in _NUMBERED_TRACKS else None


def _said_rounds_kept(cands: list[Candidate], said: list[Candidate]) -> list[Candidate]:
    """A saying's day within a round is the round's candidate only when the article dates
    the round no other way (a press conference during a round it reports on is no
    happening, U4); in text order among the others."""
    dated = {c.round_slug for c in cands}
    kept = [c for c in said if c.round_slug not in dated]
    return sorted([*cands, *kept], key=lambda c: c.quote_start) if kept else cands


def _finer_date_within(m: DateMention, mentions: list[DateMention], f: str, lang: str) -> bool:
    """Whether `m` is a relative period ('this year', 'ce mois-ci', 'в этом году') that a
    fuller date written in full in the same sentence falls in: the fuller date is the
    happening's, and the coarse phrase gives no candidate of its own. A day told by its
    weekday or 'today' is often the saying's, not the happening's ('اليوم الخميس ... في
    النصف الثاني من العام الجاري'). A period a day was moved to is a day of its own ('prévue
    le 8 février, ... un report à la fin du mois prochain')."""
    if m.basis != "relative" or m.precision == "day":
        return False

    def last(x: DateMention) -> date:
        if x.end:
            return x.end
        return (
            x.start.replace(month=12, day=31)
            if x.precision == "year"
            else _period_end(x.start, x.precision)
        )

    return any(
        x is not m
        and x.basis in _WRITTEN_DAY  # ('18 يناير من هذا العام': its year, outside tester t11b, 4)
        and m.start <= x.start
        and last(x) <= last(m)
        and last(x) - x.start < last(m) - m.start
        and not (
            x.char_end <= m.char_start and C.moved_to(f, lang, x.char_end, m.char_start, m.char_end)
        )
        for x in mentions
    )


def _year_heading(f: str, lang: str, m: DateMention, mentions: list[DateMention]) -> bool:
    """Whether `m` is a bare year that opens its sentence ahead of finer dates of that
    year ('En 2016, ... en février, en mars et en avril'; '2016 yılında ... Şubat'ta'): a
    heading for those dates, no happening of its own."""
    return year_heading(f, lang, m) and any(
        x.char_start >= m.char_end
        and x.precision in ("day", "week", "month")
        and x.start.year == m.start.year
        for x in mentions
    )


def _rounds_of_date(
    index: _Index,
    mine: list[RoundMention],
    in_sentence: list[RoundMention],
    folded: str,
    m: DateMention,
    dominant: str | None,
    published: date | None,
) -> list[tuple[RoundMention, str | None, GazetteerRound | None]]:
    """The numbered rounds a date is about: of those in its clause, the ones the record
    holds in the date's period (two for 'the first and second sessions, in 2019'); for the
    sentence's main date, any of the sentence's that the record holds then ('the 8th round
    last month set the 9th for 25-29 July': last month is the 8th); else the clause's
    first, as named."""

    def read(r: RoundMention):
        track = _numbered_body(index, r, folded, m, dominant, published)
        linked = _link_round(index, r, track)
        if linked is None or linked.start is None:
            return r, track, linked
        # A date without its year is read in the year of the round the sentence names
        # when the round's days hold it there (_fit_to_round gives it that year).
        when = _in_year_of(m, linked, published)
        if _held_in(linked, when):
            return r, track, linked
        # Otherwise not a round years from the date; nor, for a date without its year, a
        # round far ahead of the article; and the date must be before the round's days, in
        # a round still to come when the article was written (the day it was announced or
        # set): 'their July 1, 2020, agreement ... the 16th meeting', in a report of the
        # 16th, is no date of the 16th.
        if (
            abs((linked.start - when.start).days) > _PLAUSIBLE_ROUND_DAYS
            or (m.basis not in ("absolute", "listed") and not _could_be_reported(linked, published))
            or not _announced(linked, when, published)
        ):
            linked = None
        return r, track, linked

    for group in (mine, in_sentence):
        readings = [read(r) for r in group if r.number is not None]
        held = [
            x
            for x in readings
            if x[2] is not None and _held_in(x[2], _in_year_of(m, x[2], published))
        ]
        if held:
            return list({x[2].slug: x for x in held}.values())
    return [read(mine[0])] if mine else []


def _in_year_of(m: DateMention, g: GazetteerRound, published: date | None) -> DateMention:
    """The date as the round's, for a date written without its year: in the round's year
    when the round's days hold it there and the round is no later than an article of
    `published` could report ('the first round, set for 25 January' in January 2016 is no
    round of 2017); any other date as it is."""
    if not _could_be_reported(g, published):
        return m
    start, _precision, end = _fit_to_round(m, g)
    return m if start == m.start else replace(m, start=start, end=end)


def _announced(g: GazetteerRound, m: DateMention, published: date | None) -> bool:
    """A date before a round that was still to come when the article was written: the
    day it was announced, set or prepared."""
    if m.precision == "year":
        last = m.start.replace(month=12, day=31)
    else:
        last = m.end or _period_end(m.start, m.precision)
    return g.start is not None and last < g.start and (published is None or published < g.start)


def _folded_rx(patterns: dict[str, str], template: str) -> dict[str, re.Pattern[str]]:
    return {lang: re.compile(template.format(fold_pattern(p))) for lang, p in patterns.items()}


_TERM_BEFORE = _folded_rx(TERM_RANGE_BEFORE, r"(?:^|\W)(?:{})\s*$")
_TERM_RANGE = re.compile(r"\s*(?:[-–—/]|و|et|and|и|ve)\s*\d{4}")
_TERM_NOUN = _folded_rx(TERM_NOUNS, r"(?:{})")
_TERM_END = _folded_rx(TERM_ENDS, r"(?:{})")
_TERM_REACH = 80  # characters before the year where a term and its ending are read


def _term_year(f: str, m: DateMention, lang: str) -> bool:
    """A year that bounds a term rather than dates a step: a range of years a membership
    or an office is for ('for 2017-2018'), or the year a mandate ends
    ('whose mandate ends at the end of 2027')."""
    if _TERM_RANGE.match(f, m.char_end) and _TERM_BEFORE[lang].search(f, 0, m.char_start):
        return True
    # The verb of ending may follow the year ('2027 yılında sona erecek', 'در سال ۲۰۲۷ به
    # پایان می‌رسد').
    before = f[max(0, m.char_start - _TERM_REACH) : m.char_start]
    around = before + " " + f[m.char_end : m.char_end + _TERM_REACH // 2]
    return bool(_TERM_NOUN[lang].search(before) and _TERM_END[lang].search(around))


_FUNDED = _folded_rx(FUNDED_PERIOD_WORDS, r"(?<!\w)(?:{})(?!\w)")
# Characters around a year where the words of money or reports are read, in its clause.
_FUNDED_REACH = 80
_CLAUSE_END = re.compile(r"[.;:!?؛]")


def _funded_period(f: str, m: DateMention, lang: str) -> bool:
    """A year, or a part of one, that is the period of funding, a budget or a report ('the
    funding required for relief in the first half of 2025'), not a step of the process."""
    before = _CLAUSE_END.split(f[max(0, m.char_start - _FUNDED_REACH) : m.char_start])[-1]
    after = _CLAUSE_END.split(f[m.char_end : m.char_end + _FUNDED_REACH // 2])[0]
    return bool(_FUNDED[lang].search(before) or _FUNDED[lang].search(after))


# A date this long before the article is history it recalls (the UN founded in 1945, a
# 1974 disengagement accord, a birth year), not a step of the process it reports.
_HISTORY_YEARS = 20


# A date whose year the text leaves out is near the article: a round that opened more
# than this long after the article was written is not the round it speaks of ('the first
# round of talks, set for 25 January' in January 2016 is no Astana round of 2017).
_ANNOUNCED_AHEAD_DAYS = 183


def _could_be_reported(linked: GazetteerRound | None, published: date | None) -> bool:
    if linked is None or linked.start is None or published is None:
        return True
    return (linked.start - published).days <= _ANNOUNCED_AHEAD_DAYS


def _unstored_number(index, mention: RoundMention | None, track: str | None) -> int | None:
    """The number of the round a sentence names when the record holds no round of that
    number on the candidate's track (a round to come): a stored one whose dates are not
    the candidate's is another happening's round ('le sixième cycle ... le premier depuis
    janvier': January is the fifth's; outside tester t11b, 7)."""
    number = getattr(mention, "number", None)
    if number is None or track is None:
        return number
    stored = any(_norm_track(g.track) == track and g.number == number for g in index.rounds)
    return None if stored else number


def _kind(kinds: list[tuple[str, int]], round_mention: RoundMention | None) -> str:
    present = {k for k, _ in kinds}
    if round_mention is not None and not ({"summit", "ministerial"} & present):
        return "conference" if round_mention.congress else "round"
    for k in C.KIND_ORDER:
        if k in present:
            return "meeting" if k == "proceedings" else k
    return "other"


def _since_transition(d: date, precision: str) -> bool:
    """Whether a date falls in the Transition track's time: a month or a year that holds
    its first day counts ('in December 2024')."""
    since = TRANSITION_SINCE
    if precision == "month":
        return (d.year, d.month) >= (since.year, since.month)
    if precision == "year":
        return d.year >= since.year
    return d >= since


def _a_pair_met(kind: str, people: list[Match], index: _Index, f: str, win) -> bool:
    """Whether the window tells a meeting of persons and names no format of talks (its
    proceedings, process, format or guarantors; rounds.format_named): the track's city is
    then only where they met, on a day none of the track's rounds was held (outside tester
    t15d, 7: 'Fidan held talks with Lavrov in Nur-Sultan' is no Astana talks)."""
    lenders = index.participants.lenders  # (the persons among the participants)
    persons = {p.ident for p in people if lenders is None or p.ident in lenders}
    return kind == "meeting" and len(persons) >= 2 and not format_named(f, *win)


def _track_of(f: str, win: tuple[int, int], dominant: str | None) -> str | None:
    """The track named in the window; the article's own when several are named."""
    counts = track_counts(f[win[0] : win[1]])
    named = [t for t, n in counts.items() if n]
    if len(named) == 1:
        return named[0]
    if "constitutional-committee" in named and "geneva" in named and len(named) == 2:
        return "constitutional-committee"  # it meets in Geneva (R5)
    if dominant in named:
        return dominant
    return None


def _own_happening(text, f, lang, known, index, rounds, references, kinds):
    """The rounds, round references and event words of the sentence with those of a
    clause telling what went on meanwhile left out ('Putin received Erdogan in Sochi, as
    the fourth round of Astana talks was held': a meeting in Sochi, not Astana 4; outside
    tester t16c, 1), when the sentence has a happening of its own outside it (an event
    word or a host and a guest). Otherwise as they were: the clause is all it tells."""
    spans = C.background_clauses(f, lang)
    if not spans:
        return rounds, references, kinds

    def outside(start: int) -> bool:
        return not any(a <= start < b for a, b in spans)

    own = [k for k in kinds if outside(k[1])]
    if not own and (host := _hosting(text, f, lang, known, index)) is not None and outside(host):
        own = [("meeting", host)]
    if not own:
        return rounds, references, kinds
    return (
        [r for r in rounds if outside(r.start)],
        [r for r in references if outside(r.start)],
        own,
    )


def _not_parties(found: list[Match], f: str, lang: str, persons: frozenset[str]) -> set[int]:
    """The ids of the names of `found` (in the sentence's order) that name no party: a
    country where something goes or is ('crossed into Jordan'), a state or body named as
    what is discussed ('to discuss the Security Council's work'), and a name that only
    completes such a body's ('... du Conseil de sécurité de l'ONU')."""
    out: set[int] = set()
    last_end = None
    for p in sorted(found, key=lambda p: p.start):
        if p.ident in persons:
            last_end = None
            continue
        if (
            C.destination(f, lang, p.start, p.end)
            or C.body_as_topic(f, lang, p.start, p.end)
            or (last_end is not None and C.completes_name(f, lang, last_end, p.start))
        ):
            out.add(id(p))
            last_end = p.end
        else:
            last_end = None
    return out


def destinations(text: str, *, language: str, gazetteer: Gazetteer) -> frozenset[str]:
    """The states and bodies `text` names only as where something goes or is ('2,254
    refugees crossed into Turkey, Cavusoglu said': Turkey), which the review must not
    propose as participants either (outside tester t16c, 2)."""
    index = _index(gazetteer)
    persons = index.participants.lenders or frozenset()
    named: dict[str, bool] = {}
    for s in split_sentences(reading(text).text, language):
        found = KnownPeople([s], language=language, matcher=index.participants).find(
            s.text, tokenize(s.text, language)
        )
        aside = _not_parties(found, fold(s.text), language, persons)
        for p in found:
            named[p.ident] = named.get(p.ident, True) and id(p) in aside
    return frozenset(ident for ident, only in named.items() if only)


def _track_only_topic(f: str, lang: str, win: tuple[int, int], track: str | None) -> bool:
    """Whether every mention of `track` in the window is a topic of the sentence's gathering
    (cues.named_as_topic)."""
    if track is None:
        return False
    spans = [(win[0] + a, win[0] + b) for a, b in track_spans(f[win[0] : win[1]], track)]
    meanwhile = C.background_clauses(f, lang)
    return bool(spans) and all(
        C.named_as_topic(f, lang, a, b) or any(x <= a < y for x, y in meanwhile) for a, b in spans
    )


def _fit_to_round(m: DateMention, linked: GazetteerRound | None):
    """A month or day given without a year takes the year of the round it is about."""
    if linked is None or linked.start is None or m.basis not in ("month-no-year", "year-inferred"):
        return m.start, m.precision, m.end
    first = linked.start.replace(day=1)
    last_ = (linked.end or linked.start).replace(day=1)
    for y in (linked.start.year, (linked.end or linked.start).year):
        try:
            cand = m.start.replace(year=y)
        except ValueError:
            continue
        if first <= cand.replace(day=1) <= last_:
            end = m.end.replace(year=y) if m.end else None
            return cand, m.precision, end
    return m.start, m.precision, m.end


# A gathering (a round, a meeting, a summit, a conference) lasts days, a few weeks at most
# (the longest round on record, Geneva VIII, ran 18 days; _ROUND_DAYS allows a month). A
# span of more than three months given as one is a misreading or a slip of the writer
# ('from 20 May 2019 to 21 May 2025', 'from 20 May to 10 April 2025' read across a year):
# its start is proposed alone, the reason says why, and its confidence is lowered.
_GATHERING_KINDS = ("round", "meeting", "summit", "ministerial", "conference")
_GATHERING_DAYS = 92
_DOUBTFUL_SPAN = 0.2


def _gathering_span(d: date, end: date | None, kind: str) -> tuple[date, date | None, str]:
    """The start and end a gathering's candidate proposes, and what it says of an end too
    far from its start (_GATHERING_DAYS)."""
    if end is None or kind not in _GATHERING_KINDS or (end - d).days <= _GATHERING_DAYS:
        return d, end, ""
    years = (end - d).days / 365.25
    far = f"about {round(years)} years" if years >= 1.5 else f"{(end - d).days} days"
    why = (
        f"; its end, {end.isoformat()}, is {far} after its start: too long for one {kind}, "
        "so only its start is proposed (check the dates in the text)"
    )
    return d, None, why


def _date_reason(m: DateMention, d: date, linked: GazetteerRound | None) -> str:
    why = f"“{m.text}”: {m.why or 'written in full'}"
    if d != m.start and linked is not None:
        why += f"; the year of {linked.slug}, the round the sentence names"
    return why


def _round_reason(g: GazetteerRound) -> str:
    """Why a round named by no number is proposed: 'round: the dates of astana-5
    (4–5 Jul 2017) hold this date'."""
    if g.start is None:
        return ""
    end = g.end or g.start
    if end == g.start:
        days = f"{g.start.day} {g.start:%b %Y}"
    elif (end.year, end.month) == (g.start.year, g.start.month):
        days = f"{g.start.day}–{end.day} {end:%b %Y}"
    else:
        days = f"{g.start.day} {g.start:%b} – {end.day} {end:%b %Y}"
    return f"; round: the dates of {g.slug} ({days}) hold this date"


# How far after a round's words the place that names its talks may stand ('fourth round
# of the Astana talks', 'четвертого раунда переговоров в Астане', 'دور چهارم مذاکرات آستانه').
_ROUND_PLACE_REACH = 30
_SIGN = re.compile(r"[,;:.!?()\u060c\u061b]")


def _besides_the_rounds(
    places: list[Match], rounds: list[RoundMention], f: str, lang: str
) -> list[Match]:
    """The places without the one that only names a round's talks, next to its words (after
    them; before them where the language puts the talks' name first, lexicon.
    TALKS_NAMED_FIRST), when another city is left: where the sentence's own happening is
    ('at the time of the fourth round of the Astana talks, Putin met Erdogan in Sochi':
    Sochi; outside tester t16d, 3)."""
    first = lang in L.TALKS_NAMED_FIRST
    qualifiers = []
    for r in rounds:
        if first:
            near = [p for p in places if r.start - _ROUND_PLACE_REACH <= p.end <= r.start]
            gaps = [(p, p.end, r.start) for p in sorted(near, key=lambda p: -p.end)[:1]]
        else:
            near = [p for p in places if r.end <= p.start <= r.end + _ROUND_PLACE_REACH]
            gaps = [(p, r.end, p.start) for p in sorted(near, key=lambda p: p.start)[:1]]
        qualifiers += [p for p, a, b in gaps if not _SIGN.search(f, a, b)]
    named = {p.ident for p in qualifiers}
    rest = [p for p in places if all(p is not q for q in qualifiers)]
    return rest if any(place_key(p.ident) for p in rest if p.ident not in named) else places


_LOCATIVE_AFTER = {lang: re.compile(fold_pattern(p)) for lang, p in L.LOCATIVE_AFTER.items()}


def _nearest(places: list[Match], m: DateMention, f: str, lang: str) -> str | None:
    """The place nearest the date; in a language that marks where something is with a case
    ending, of the places so marked, if any ("Astana görüşmelerinin dördüncü turu sırasında
    ... Soçi'de ağırladı": Sochi; outside tester t16d, 3)."""
    if not places:
        return None
    if (locative := _LOCATIVE_AFTER.get(lang)) is not None:
        places = [p for p in places if locative.match(f, p.end)] or places
    best = min(places, key=lambda p: max(p.start - m.char_end, m.char_start - p.end, 0))
    return best.ident


def _confidence(m, precision, kind, people, linked, round_mention, place, primary) -> float:
    c = 0.35
    c += {"day": 0.2, "week": 0.08, "month": 0.12, "year": 0.04}[precision]
    if m.basis == "absolute" and precision == "day":
        c += 0.05
    if kind not in ("other", "statement"):
        c += 0.1
    if people:
        c += 0.1 + (0.05 if len(people) > 1 else 0)
    if linked is not None:
        c += 0.1
    elif round_mention is not None:
        c += 0.04
    if place:
        c += 0.05
    if not primary:
        c -= 0.1
    return round(min(max(c, 0.05), 0.99), 2)


def _merge(cands: list[Candidate]) -> list[Candidate]:
    """The same happening named twice in one article (same round and date) is one candidate;
    two rounds of one date ('the first and second sessions, in 2019') stay two."""
    out: list[Candidate] = []
    seen: dict[tuple, int] = {}
    for c in cands:
        when = (c.date, c.precision, c.end_date)
        keys = []
        if c.round_slug is not None:
            keys.append((*when, "round", c.round_slug))
        if c.participants:
            keys.append((*when, "people", c.kind, c.round_slug, c.participants))
        else:  # the same kind of happening on the same day, track and place, said again
            keys.append((*when, "bare", c.kind, c.track, c.place, c.round_slug))
        hit = next((seen[k] for k in keys if k in seen), None)
        if hit is None and not c.participants and c.round_slug is None:
            # Said again with its place or its track named only once.
            hit = next(
                (
                    i
                    for i, o in enumerate(out)
                    if (o.date, o.precision, o.end_date) == when
                    and (o.kind, o.round_slug, o.participants) == (c.kind, None, ())
                    and (None in (o.track, c.track) or o.track == c.track)
                    and (None in (o.place, c.place) or o.place == c.place)
                ),
                None,
            )
        if hit is None:
            for k in keys:
                seen[k] = len(out)
            out.append(c)
            continue
        o = out[hit]
        out[hit] = replace(
            o,
            track=o.track or c.track,
            participants=tuple(dict.fromkeys(o.participants + c.participants)),
            new_names=tuple(dict.fromkeys(o.new_names + c.new_names)),
            agreement_cues=tuple(dict.fromkeys(o.agreement_cues + c.agreement_cues)),
            place=o.place or c.place,
            confidence=max(o.confidence, c.confidence),
        )
    return out
