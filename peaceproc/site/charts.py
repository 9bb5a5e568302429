"""What the timeline's activity chart draws: for the visible window, per period (quarters
across long windows, months across a year, weeks across three months, days across one),
each lane's rounds, events and agreements, from what the page has already read."""

import bisect
from collections import defaultdict
from datetime import date, timedelta

from peaceproc.chronology.models import Track
from peaceproc.messages import listed

from .filters import Window, add_months
from .timeline import TimelineItem

KINDS = (("round", "rounds"), ("event", "events"), ("agreement", "agreements"))
# What an "event" is here (a tenure is a span, drawn in its lane, never counted).
EVENTS_ARE = (
    "Events are the dated steps other than rounds: meetings, summits, announcements and "
    "milestones; envoys' tenures are not counted."
)
OTHER_COLOUR = "#5b6670"


def periods(window: Window) -> list[tuple[date, str]]:
    """The chart's bins across the window: (first day, label)."""
    start, end = window.start, window.end
    bins: list[tuple[date, str]] = []
    if window.zoom in ("all", "4y"):
        day = date(start.year, (start.month - 1) // 3 * 3 + 1, 1)
        while day <= end:
            bins.append((max(day, start), f"{day.year} Q{(day.month + 2) // 3}"))
            day = add_months(day, 3)
    elif window.zoom == "year":
        day = start.replace(day=1)
        while day <= end:
            bins.append(
                (max(day, start), day.strftime("%b %Y" if day.month == 1 or not bins else "%b"))
            )
            day = add_months(day, 1)
    else:
        step = 7 if window.zoom == "quarter" else 1
        day = start
        while day <= end:
            bins.append((day, f"{day.day} {day:%b}"))
            day += timedelta(days=step)
    return bins


def chart_data(
    window: Window,
    lanes: list[Track | None],
    items: list[TimelineItem],
    event_rows: list[tuple[int | None, date, int]],
) -> dict:
    """`items`: the window's rounds, agreements and tenures; `event_rows`: (track id, day,
    events) for the window's events, as the database counted them."""
    bins = periods(window)
    starts = [first for first, _ in bins]
    counts: dict[tuple[int | None, str], list[int]] = defaultdict(lambda: [0] * len(bins))

    def add(track_id, kind, day, n=1):
        if window.start <= day <= window.end:
            counts[(track_id, kind)][bisect.bisect_right(starts, day) - 1] += n

    for item in items:
        if item.kind in ("round", "agreement"):
            add(item.track.pk if item.track else None, item.kind, item.start)
    for track_id, day, n in event_rows:
        add(track_id, "event", day, n)
    series = []
    for track in lanes:
        key = track.pk if track else None
        for kind, label in KINDS:
            values = counts.get((key, kind))
            if values and any(values):
                series.append(
                    {
                        "track": track.name if track else "Other",
                        "kind": kind,
                        "label": f"{track.name if track else 'Other'}: {label}",
                        "colour": track.colour if track else OTHER_COLOUR,
                        "counts": values,
                    }
                )
    period = {"all": "quarter", "4y": "quarter", "year": "month", "quarter": "week"}
    totals = {kind: sum(sum(s["counts"]) for s in series if s["kind"] == kind) for kind, _ in KINDS}
    per = period.get(window.zoom, "day")
    return {
        "labels": [label for _, label in bins],
        "series": series,
        "period": per,
        "totals": totals,
        "caption": caption(per, totals),
    }


def caption(period: str, totals: dict[str, int]) -> str:
    """What the chart counts, in words: only the kinds it draws, each by its own name."""
    names = dict(KINDS)
    drawn = [kind for kind, _ in KINDS if totals.get(kind)]
    what = listed([names[kind] for kind in drawn]).capitalize()
    counted = listed(
        [f"{totals[kind]} {names[kind] if totals[kind] != 1 else kind}" for kind in drawn]
    )
    text = f"{what} per {period}, by track: {counted}."
    if "event" in drawn:
        text += f" {EVENTS_ARE}"
    return f"{text} It follows the filters and the zoom."
