"""The pipeline's value types: what goes in (a gazetteer) and what comes out (candidates)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

# "week": the Monday of a week named as such ("next week"), never an invented day.
Precision = Literal["day", "week", "month", "year"]


class PipelineError(ValueError):
    """Input the pipeline cannot work on; the message is meant for the editor."""


# The publication dates the pipeline reads against: the record's supported range (the
# site's FIRST_DATE..LAST_DATE, which a test keeps equal), so no relative date computed
# from one ('yesterday', 'last year', 'next week') can leave Python's calendar.
FIRST_PUBLISHED = date(1900, 1, 1)
LAST_PUBLISHED = date(2100, 12, 31)


def check_published(published: date | None) -> None:
    if published is not None and not FIRST_PUBLISHED <= published <= LAST_PUBLISHED:
        raise PipelineError(
            f"the publication date {published.isoformat()} is not between "
            f"{FIRST_PUBLISHED.isoformat()} and {LAST_PUBLISHED.isoformat()}"
        )


@dataclass(frozen=True)
class GazetteerParticipant:
    slug: str
    names: tuple[str, ...]  # the name and its aliases, in any script
    # A person lends a surname ('Pedersen' alone); a body or a state does not: the last
    # words of 'جامعة الدول العربية' or 'Syrian Negotiations Committee' are ordinary words.
    person: bool = True


@dataclass(frozen=True)
class GazetteerRound:
    slug: str
    track: str
    number: int | None
    start: date | None
    end: date | None


@dataclass(frozen=True)
class Gazetteer:
    participants: tuple[GazetteerParticipant, ...]
    rounds: tuple[GazetteerRound, ...]
    places: tuple[str, ...] = ()


@dataclass(frozen=True)
class DateMention:
    """One date expression in a sentence, already resolved to a calendar period."""

    start: date
    precision: Precision
    end: date | None
    text: str
    char_start: int  # offsets in the sentence
    char_end: int
    # Which kind of reading it is ("weekday", "month-no-year", ...); for confidence.
    basis: str = "absolute"
    # Why it has this date, in words for the editor ("no year, future tense: the next 25
    # November").
    why: str = ""
    # Part of what was written was left out (an end before its start, an end or a start in
    # a year outside those read): its candidate is proposed with less confidence.
    doubtful: bool = False
    # Written as an end point ('until 8 February', 'jusqu'au 8 février', "8 Şubat'a
    # kadar"): the end of something dated elsewhere, a deadline, not a happening's day.
    end_point: bool = False


@dataclass(frozen=True)
class Candidate:
    date: date
    precision: str
    end_date: date | None
    date_text: str
    kind: str
    track: str | None
    round_number: int | None
    round_slug: str | None
    participants: tuple[str, ...]
    new_names: tuple[str, ...]
    place: str | None
    quote: str
    quote_start: int
    quote_end: int
    date_spans: tuple[tuple[int, int], ...]
    agreement_cues: tuple[str, ...]
    confidence: float
    date_reason: str = ""
    # Told as planned or intended, not as held (pipeline/plans.py): skipped by default.
    planned: bool = False
    # The participants the sentence tells took part in its gathering (attendance.py): the
    # only ones the review ticks onto a record already stored.
    attendees: tuple[str, ...] = ()

    def to_json(self) -> dict:
        return {
            "date": self.date.isoformat(),
            "precision": self.precision,
            "end_date": self.end_date.isoformat() if self.end_date else None,
            "date_text": self.date_text,
            "kind": self.kind,
            "track": self.track,
            "round": self.round_number,
            "round_slug": self.round_slug,
            "participants": list(self.participants),
            "new_names": list(self.new_names),
            "place": self.place,
            "quote": self.quote,
            "confidence": self.confidence,
            "date_reason": self.date_reason,
            "planned": self.planned,
            "attendees": list(self.attendees),
        }
