"""The dates a record's title writes, read as the ingestion reads an article's (its
grammar of dates in the six languages: '8 December 2024', '08.12.2024', '14/12/2024',
'2025-10-15', 'March 2025', '13 Mart 2025'te', '١٣ آذار ٢٠٢٥', '۱۳ مارس ۲۰۲۵'), for the
look-alike check (namesakes.py; outside tester t16e, 1): a date of the record's own days
says nothing new of it ('Fall of the Assad government 8 December 2024' on that day is the
stored 'Fall of the Assad government'), a date of other days names another record."""

from datetime import date
from functools import lru_cache

from peaceproc.ingest.pipeline.dates import extract_dates
from peaceproc.ingest.pipeline.text import LANGUAGES
from peaceproc.ingest.pipeline.types import FIRST_PUBLISHED, LAST_PUBLISHED, PipelineError
from peaceproc.search.folding import EASTERN_DIGITS

from .dates import period_last_day

# A written date as (first character, end character, its readings: first and last days).
Written = tuple[int, int, tuple[tuple[date, date], ...]]


@lru_cache(maxsize=4096)  # the stored titles are read again at each check
def dates_written(title: str, day: date) -> tuple[Written, ...]:
    """The dates `title` writes with a figure (a day or a year: a weekday or 'today' alone
    dates nothing here), read in each of the ingestion's languages as of `day` (the
    record's: a date without its year is of the year before it), the longest of readings
    that overlap ('13 Mart 2025'te' over '13 Mart 2025'), with every reading the languages
    give it ('08/12/2024': 12 August in English, 8 December in the others). A title without
    a figure is not read: most are."""
    if not any(c.isdigit() for c in title.translate(EASTERN_DIGITS)):
        return ()
    published = min(max(day, FIRST_PUBLISHED), LAST_PUBLISHED)
    found: list[tuple[int, int, date, date]] = []
    for language in LANGUAGES:
        try:
            mentions = extract_dates(title, published=published, language=language)
        except PipelineError:  # a date it cannot place ('Monday' alone): none of this language
            continue
        found += [
            (m.char_start, m.char_end, m.start, m.end or period_last_day(m.start, m.precision))
            for m in mentions
            if any(c.isdigit() for c in m.text.translate(EASTERN_DIGITS))
        ]
    kept: dict[tuple[int, int], set[tuple[date, date]]] = {}
    for start, end, since, until in sorted(found, key=lambda w: (w[0] - w[1], w[0])):
        if (start, end) in kept:
            kept[start, end].add((since, until))
        elif all(end <= k_start or start >= k_end for k_start, k_end in kept):
            kept[start, end] = {(since, until)}
    return tuple((start, end, tuple(sorted(kept[start, end]))) for start, end in sorted(kept))


def dates_read(
    title: str, *, first: date, last: date, near_days: int, others_as_numbers: bool = True
) -> str:
    """`title` without the dates it writes that fall (in one of their readings) within
    `near_days` of `first` to `last` (its record's days), and with each other date as one
    number, its first day's figures ('20111214': a number tells editions apart, as a
    title's other numbers do), or as written when not `others_as_numbers`."""
    earliest, latest = first.toordinal() - near_days, last.toordinal() + near_days
    read, end = [], 0
    for start, stop, readings in dates_written(title, first):
        own = any(
            since.toordinal() <= latest and until.toordinal() >= earliest
            for since, until in readings
        )
        other = f" {readings[0][0]:%Y%m%d} " if others_as_numbers else title[start:stop]
        read += [title[end:start], " " if own else other]
        end = stop
    return "".join([*read, title[end:]])
