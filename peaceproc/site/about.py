"""What /about/ says about the data: coverage (tracks, period, counts), the conflicts
between sources, and when the record last changed. A fixed number of queries."""

from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import Count, Max, Min

from peaceproc.chronology.dates import Precision
from peaceproc.chronology.models import (
    Agreement,
    Confidence,
    Conflict,
    EnvoyTenure,
    Event,
    Participant,
    Round,
    Source,
    Track,
)

from .changes import record_entries

# The licence the data is published under (the sources remain their publishers').
DATA_LICENCE = "Creative Commons Attribution 4.0 International (CC BY 4.0)"
DATA_LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"


@dataclass(frozen=True)
class Coverage:
    tracks: list[Track]
    first: date | None
    last: date | None
    counts: dict[str, int]


def coverage() -> Coverage:
    tracks = list(
        Track.objects.annotate(
            round_count=Count("rounds", distinct=True), event_count=Count("events", distinct=True)
        )
    )
    spans = [
        Round.objects.aggregate(first=Min("start_date"), last=Max("end_date")),
        Event.objects.aggregate(first=Min("start_date"), last=Max("start_date")),
        Agreement.objects.aggregate(first=Min("date"), last=Max("date")),
    ]
    firsts = [s["first"] for s in spans if s["first"]]
    lasts = [s["last"] for s in spans if s["last"]]
    counts = {
        "rounds": Round.objects.count(),
        "events": Event.objects.count(),
        "agreements": Agreement.objects.count(),
        "envoys' tenures": EnvoyTenure.objects.count(),
        "participants": Participant.objects.count(),
        "sources": Source.objects.count(),
    }
    return Coverage(tracks, min(firsts, default=None), max(lasts, default=None), counts)


def last_update() -> datetime | None:
    """The latest public change in the audit trail, or the latest source added."""
    entry = record_entries().only("timestamp").order_by("-timestamp", "-pk").first()
    source = Source.objects.aggregate(last=Max("added_at"))["last"]
    return max([t for t in (entry and entry.timestamp, source) if t], default=None)


def context() -> dict:
    return {
        "coverage": coverage(),
        "conflicts": list(Conflict.objects.for_display()),
        "last_update": last_update(),
        "confidences": Confidence.choices,
        "precisions": Precision.choices,
        "licence": DATA_LICENCE,
        "licence_url": DATA_LICENCE_URL,
    }
