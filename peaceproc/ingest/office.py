"""Which way a sentence or a record's title moves someone through an office: taking it
(appointed, named envoy, succeeding someone, sworn in) or leaving it (resigning, stepping
down, dismissed). An appointment and the predecessor's resignation share their people and
often their month, but they are two happenings: a review never cites one for the other by
default (outside tester t14b, 1: 'Pedersen was appointed in October 2018, succeeding de
Mistura' cited 'Staffan de Mistura announces he will step down' and added Pedersen to it).

Titles are matched in their own language and in English (the seeds' titles are English),
as sentences are."""

from functools import lru_cache

from .pipeline.office import left_office, nearest_move, took_office
from .pipeline.text import fold

TAKES = "takes office"
LEAVES = "leaves office"

# What each direction is called in a review's reason.
TOLD_AS = {TAKES: "an appointment", LEAVES: "a departure"}


@lru_cache(maxsize=4096)
def office_moves(text: str, language: str) -> frozenset[str]:
    """The directions (TAKES, LEAVES) `text` tells, read in `language` and in English, with
    the words the tenure matching reads (pipeline.office): one table of them."""
    return frozenset(
        way
        for way, tells in ((TAKES, took_office), (LEAVES, left_office))
        if any(tells(text, lang) for lang in {language, "en"})
    )


_WAYS = {"took": TAKES, "left": LEAVES}


def _nearest(quote: str, language: str, date_text: str) -> frozenset[str]:
    """The way of the office verb nearest the date words, read in `language` and in
    English when both give one and agree; empty when they do not."""
    ways = {nearest_move(quote, lang, date_text) for lang in {language, "en"}} - {None}
    return frozenset({_WAYS[ways.pop()]}) if len(ways) == 1 else frozenset()


# How far from its date words a sentence's verb of office is that date's happening: 'was
# appointed in October 2018', 'Ekim 2030'da ... yerine atandı', not 'in office since 2019,
# he announced he would step down' (a tenure's start, the departure told of today).
REACH = 60


def other_move(quote: str, title: str, language: str, *, date_text: str = "") -> str:
    """Why the record titled `title` is another happening than the sentence `quote`: the
    words around its date (`date_text`) tell one way through an office and the title only
    the other ('an appointment, the record a departure'); "" when nothing tells them apart
    (either tells both ways, or none)."""
    at = fold(quote).find(fold(date_text)) if date_text else -1
    clause = quote if at < 0 else quote[max(0, at - REACH) : at + len(date_text) + REACH]
    told, titled = office_moves(clause, language), office_moves(title, language)
    if len(told) == 2 and at >= 0:
        # Both ways near the date ('X, who announced he would step down, was replaced by Y
        # in October'): the verb nearest it is the date's (rules15).
        told = _nearest(quote, language, date_text) or told
    if len(told) != 1 or len(titled) != 1 or told == titled:
        return ""
    (said,), (other,) = told, titled
    return f"but the sentence tells {TOLD_AS[said]}, the record {TOLD_AS[other]}"
