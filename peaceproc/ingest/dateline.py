"""An article's own publication date, read from its dateline ('Geneva, 28 September
2019', or '21 сентября 2025' on a line of its own) when no one gave one: the date the
pipeline takes for the article's "today" once a publication date is known, found here
before one is.

Only a full date (day, month and year written) is taken, and only when the article's
first lines give exactly one: each line is read by the pipeline's own dateline rule
(pipeline.extract.find_dateline), so a date inside a sentence ('signed on 13 March 2025')
is never taken for it.
"""

import re
from dataclasses import dataclass
from datetime import date

from django.utils import timezone

from peaceproc.chronology.dates import DATE_RANGE_TEXT, FIRST_DATE, LAST_DATE
from peaceproc.ingest.pipeline import PipelineError, extract_dates, split_sentences

# The pipeline's dateline rule (a private helper: the pipeline offers no public one).
from peaceproc.ingest.pipeline.extract import DATELINE_SENTENCES, find_dateline

# A dateline stands at the start of its line; the pipeline reads no further for one.
DATELINE_CHARS = 80
# The head of the text whose first sentences are read: far more than a headline, a
# standfirst and a dateline take, and a dense 200 KB text is not split whole for it.
HEAD_CHARS = 5000
# Dates that write their year (a dateline's full date), in any of the three calendars.
FULL_DATES = ("absolute", "jalali", "hijri")
# What may stand before a dateline's day on its line: nothing, or a place and a comma.
_PLACE_BEFORE = re.compile(r"(?:[^\W\d_][\w .'’-]{0,40},\s*)?")
# A number that may be the year ending a dateline ('Geneva, 1 January 1066 —').
_YEAR = re.compile(r"(?<![\d.:/-])\d{1,4}(?=\s*(?:$|[.,:;|/(\[–—-])(?!\d))")
# A supported year written in place of one that is not, to read the dateline's date with.
_STAND_IN_YEAR = "2000"  # a leap year: 29 February reads


@dataclass(frozen=True)
class Dateline:
    day: date
    text: str  # the dateline's date as the article writes it

    def note(self, name: str) -> str:
        return (
            f"{name}: publication date {self.day.isoformat()} taken from the article's "
            f"dateline (“{self.text}”); if it is wrong, give the right date and read the "
            "article again."
        )


def dateline_of(text: str, *, language: str) -> Dateline | None:
    """The publication date the article's dateline gives, or None when it gives none or
    more than one. Dates that write their year do not depend on the publication date, so
    the first lines are read with today's as a placeholder and only those are kept."""
    today = timezone.localdate()
    sentences = split_sentences(text[:HEAD_CHARS])
    found: dict[date, str] = {}
    for sentence in sentences[:DATELINE_SENTENCES]:
        try:
            mentions = extract_dates(
                sentence.text[:DATELINE_CHARS], published=today, language=language
            )
        except PipelineError:
            continue
        for m in mentions:
            if (
                m.precision == "day"
                and m.end is None
                and m.basis in FULL_DATES
                and FIRST_DATE <= m.start <= today
                and (line := find_dateline([sentence], m.start, language)) is not None
                and line.start == m.start
            ):
                found.setdefault(m.start, m.text)
    if len(found) != 1:
        return None
    [(day, words)] = found.items()
    return Dateline(day, words)


def unsupported_dateline(text: str, *, language: str) -> str:
    """Why the article's dateline gives no publication date when it writes a year outside
    the supported dates ('Geneva, 1 January 1066 —'), in words to add to a refusal; ""
    when its first lines have no such dateline. The pipeline reads no such year, so the
    dateline is read with a supported year in its place, by the same rule as dateline_of."""
    today = timezone.localdate()
    for sentence in split_sentences(text[:HEAD_CHARS])[:DATELINE_SENTENCES]:
        head = sentence.text[:DATELINE_CHARS]
        for year in _YEAR.finditer(head):
            if FIRST_DATE.year <= int(year[0]) <= LAST_DATE.year:
                continue
            stand_in = head[: year.start()] + _STAND_IN_YEAR + head[year.end() :]
            end = year.start() + len(_STAND_IN_YEAR)
            try:
                mentions = extract_dates(stand_in, published=today, language=language)
            except PipelineError:
                continue
            dated = next(
                (
                    m
                    for m in mentions
                    if m.precision == "day"
                    and m.end is None
                    and m.basis in FULL_DATES
                    and m.char_end == end
                    and _PLACE_BEFORE.fullmatch(head[: m.char_start])
                ),
                None,
            )
            if dated is not None:
                return (
                    f"the dateline's date (“{head[dated.char_start : year.end()]}”) is "
                    f"outside the supported dates ({DATE_RANGE_TEXT})"
                )
    return ""
