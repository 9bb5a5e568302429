"""A citation's quote on the review: text of the article, and a sentence that states the
date of the event it is cited for. The dates a quote states are the pipeline's own
reading of it (pipeline.extract_dates), so every form the pipeline reads counts: '5 March',
'Tuesday', 'next week', '15-16 يونيو', a Persian calendar date.

Reads only.
"""

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from peaceproc.chronology.dates import Precision, format_period, period_last_day, truncate
from peaceproc.ingest.pipeline import DateMention, PipelineError, extract_dates
from peaceproc.ingest.pipeline.text import language_supported

# Finer precisions rank higher; a week names its seven days.
_RANK = {"year": 0, "month": 1, "week": 2, "day": 3}


def normalised(text: str) -> str:
    """Whitespace runs as one space, no space at either end."""
    return " ".join(text.split())


@dataclass
class QuoteChecker:
    """An article's text, to tell whether a quote an editor typed is part of it and
    states a date (read with the article's publication date and language)."""

    text: str
    published: date | None = None
    language: str = "en"

    @cached_property
    def _normalised(self) -> str:
        return normalised(self.text)

    @cached_property
    def reads_dates(self) -> bool:
        """Whether the ingestion reads the article's language (else it was read as
        `language` with a warning, and its dates mean little to the pipeline)."""
        return language_supported(self.text, self.language)

    def contains(self, quote: str) -> bool:
        quote = normalised(quote)
        return bool(quote) and quote in self._normalised

    def span_of(self, quote: str) -> tuple[int, int] | None:
        """Where a quote is in the text, whitespace runs matching any whitespace run."""
        words = quote.split()
        if not words or not self.contains(quote):
            return None
        found = re.search(r"\s+".join(map(re.escape, words)), self.text)
        return (found.start(), found.end()) if found else None

    def date_error(self, quote: str, *, start: date, precision: str, end: date | None) -> str:
        """The form error for a quote that does not state an event's dates, else "". In
        an article the ingestion cannot read (a language it does not read), the editor's
        own date is taken unchecked (outside tester t10b, 4): the candidate says so
        (by_hand.REASON_UNCHECKED)."""
        if not self.reads_dates:
            return ""
        return date_error(
            quote,
            start=start,
            precision=precision,
            end=end,
            published=self.published,
            language=self.language,
        )


def dates_stated(quote: str, *, published: date | None, language: str) -> list[DateMention]:
    """The dates the pipeline reads in a quote on its own; none when it reads none (also
    a relative date without a publication date to count from)."""
    try:
        return extract_dates(quote, published=published, language=language)
    except PipelineError:
        return []


def _days(mention: DateMention) -> tuple[date, date]:
    first = mention.start
    if mention.end is not None:
        return first, max(first, mention.end)
    if mention.precision == "week":
        return first, first + timedelta(days=6)
    return first, period_last_day(first, mention.precision)


def states(mention: DateMention, day: date, precision: str, *, span_days: int = 0) -> bool:
    """Whether the mention states `day` at `precision`: as fine a date (a week counts as
    days for a span of days), and the period of `day` meets the mention's days ('5 March'
    states March; 'in March' does not state 5 March)."""
    rank = _RANK.get(mention.precision, 0)
    if mention.precision == "week" and span_days:
        rank = _RANK["day"]
    if rank < _RANK.get(precision, 3):
        return False
    low = truncate(day, precision)
    high = period_last_day(low, precision)
    first, last = _days(mention)
    return first <= high and low <= last


def unstated_date(
    mentions: list[DateMention], *, start: date, precision: str, end: date | None
) -> str:
    """What of an event's dates the quote's mentions do not state, for the editor's error:
    "" when they state its start (and its end, when it has one)."""
    span_days = (end - start).days if end and end > start else 0
    missing = []
    if not any(states(m, start, precision, span_days=span_days) for m in mentions):
        missing.append(format_period(start, None, precision))
    if end and end > start and not any(states(m, end, Precision.DAY, span_days=span_days)
                                       for m in mentions):  # fmt: skip
        missing.append(f"the end date {format_period(end, None, Precision.DAY)}")
    return " and ".join(missing)


def date_error(
    quote: str,
    *,
    start: date,
    precision: str,
    end: date | None,
    published: date | None,
    language: str,
) -> str:
    """The form error for a quote that does not state an event's date, else ""."""
    mentions = dates_stated(quote, published=published, language=language)
    missing = unstated_date(mentions, start=start, precision=precision, end=end)
    if not missing:
        return ""
    if mentions:
        read = "; ".join(_reading(m) for m in mentions)
        reads = f"it reads {read}"
    else:
        reads = "it gives no date the ingestion can read"
    if coarser := _only_coarser(mentions, start=start, precision=precision, end=end):
        # The date is right, the precision is not (outside tester t11b, 12: 'last week'
        # for a day of that week).
        return (
            f"The quote does not state {missing} to the {precision}, only to the {coarser}: "
            f"{reads}. Set the precision to {Precision(coarser).label}, or put here the "
            f"sentence of the article that states the {precision}."
        )
    return (
        f"The quote does not state {missing}: {reads}. Put here the sentence of the "
        "article that states the date, or correct the date."
    )


def _only_coarser(mentions: list[DateMention], *, start: date, precision: str,
                  end: date | None) -> str:  # fmt: skip
    """The finest precision coarser than `precision` at which a mention written coarser
    than it ('last week', 'in March') states `start`, when the event is of one day or
    period; "" otherwise (a mention of another day states another day, not a precision)."""
    if end and end > start:
        return ""
    rank = _RANK.get(precision, 0)
    coarse = [m for m in mentions if _RANK.get(m.precision, 0) < rank]
    for coarser in (Precision.MONTH, Precision.YEAR):
        if _RANK[coarser] < rank and any(states(m, start, coarser) for m in coarse):
            return coarser
    return ""


def _reading(mention: DateMention) -> str:
    """'“Tuesday” (22 August 2017)', '“last week” (27 January – 2 February 2025)'; a date
    written as the record writes it, once."""
    precision = Precision.DAY if mention.precision == "week" else mention.precision
    first, last = _days(mention) if mention.precision == "week" else (mention.start, mention.end)
    when = format_period(first, last if last != first else None, precision)
    return f"“{mention.text}”" + (f" ({when})" if normalised(mention.text) != when else "")
