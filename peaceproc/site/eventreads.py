"""The timeline's three reads of events: the tally (counts per track and day), a page of
the list, and the rows of the lanes light enough to draw each event; and, where the
filters cannot be read in Python (a search, a participant), the keys of the rounds,
agreements and tenures they pass, which the page picks from the worker's copy of them.

Each is select()'s events on some lanes, in some days. Built as QuerySets on every
request, Django spent more CPU building and compiling them than the database took to
run them. Here each is built and compiled once per worker for each shape of filters
(which filters are given, the kinds, the zoom's counting unit, how many lanes, how
many runs of a search's words name people and how many people each, how many name a
track: see chronology/prepared.py) and run with the request's keys (the round, the
participant, the lanes, the people and tracks a search names), dates (the window,
`from`/`to`, the days around the round) and the search's match expressions (the SQL binds
each as a parameter: fulltext.matched) bound.
"""

from collections.abc import Callable
from dataclasses import astuple, replace
from datetime import date
from functools import lru_cache

from django.db.models import Q, QuerySet, Value

from peaceproc.chronology.conditions import KeyIn
from peaceproc.chronology.models import Event
from peaceproc.chronology.prepared import prepared_rows

from .counts import EventTally
from .filters import NO_TRACK, ItemQuerySets, Selection, TimelineFilters, Window, select_for

# An event as the list shows it: every column, as a QuerySet of events reads them.
EVENT_FIELDS = tuple(field.attname for field in Event._meta.concrete_fields)
# What a lane draws of an event (lanes.EventRow).
ROW_FIELDS = ("pk", "title", "kind", "start_date", "end_date", "precision", "track_id")
NO_LANE = -1  # matches no event: the light lanes' read when no lane is light
# The values of a Selection bound as keys, dates or texts (see _rows); and its people.
BOUND = ("round", "participant", "near_start", "near_end", "date_from", "date_to", "match")
# A search's text in the SQL's shape: only whether there is one (its match is bound).
SEARCHED = "(a search)"


def tally_rows(filters: TimelineFilters, lanes: list[int], window: Window) -> list[tuple]:
    """EventTally's rows (counts.py) for the events the filters pass on `lanes`."""
    per_month = EventTally.per_month(window)

    def build(events: QuerySet, *, window_start: date) -> QuerySet:
        return EventTally.rows(events, window_start, per_month=per_month)

    return _rows(f"tally:{per_month}", build, filters, lanes, days={"window_start": window.start})


def page_events(
    filters: TimelineFilters, lanes: list[int], window: Window, count: int
) -> list[Event]:
    """The first `count` events of the window in the list's order (by start, title)."""

    def build(events: QuerySet, *, window_start: date, window_end: date) -> QuerySet:
        return (
            events.overlapping(window_start, window_end)
            .order_by("start_date", "title")[:count]
            .values_list(*EVENT_FIELDS)
        )

    days = {"window_start": window.start, "window_end": window.end}
    rows = _rows(f"page:{count}", build, filters, lanes, days=days)
    return [Event.from_db("default", EVENT_FIELDS, row) for row in rows]


def light_rows(
    filters: TimelineFilters, lanes: list[int], window: Window, light: list[int | None]
) -> list[tuple]:
    """The events of the window on the lanes `light` (track ids, None: the events with no
    track), as rows of ROW_FIELDS. Where the filters find events by their ids (a search,
    a participant) the lanes are matched through COALESCE, which keeps SQLite reading
    those events by id; else the track's index reads the fewest rows. With no light lane,
    a primary-key lookup that finds nothing: a page costs the same queries whatever it
    holds."""
    selection = filters.selection_values
    by_id = bool(selection.text or selection.participant is not None)
    no_track = None in light

    def build(events: QuerySet, *, window_start: date, window_end: date, light: list[int]):
        if not light and not no_track:
            return Event.objects.filter(pk=NO_LANE).values_list(*ROW_FIELDS)
        if by_id:
            on_light = Q(KeyIn("track_id", [*light, *[NO_TRACK] * no_track], missing=NO_TRACK))
        else:
            on_light = Q(track__in=light)
            if no_track:
                on_light |= Q(track__isnull=True)
        return (
            events.overlapping(window_start, window_end)
            .filter(on_light)
            .order_by()
            .values_list(*ROW_FIELDS)
        )

    days = {"window_start": window.start, "window_end": window.end}
    keys = [key for key in light if key is not None]
    name = f"light:{by_id}:{no_track}"
    return _rows(name, build, filters, lanes, days=days, lists={"light": keys})


# The records record_keys reads: each kind, and its QuerySet in select()'s.
RECORD_SETS = (("round", "rounds"), ("agreement", "agreements"), ("tenure", "tenures"))


def record_keys(filters: TimelineFilters, lanes: list[int]) -> set[tuple[str, int]]:
    """The rounds, agreements and tenures the filters pass on `lanes`, as (kind, key)
    pairs: one read of the three (each kind's part left out where the filters leave the
    kind out; none at all when they leave out all three)."""

    def build(records: ItemQuerySets) -> QuerySet:
        # Unordered, each part and the whole (else each model's default order): the page
        # orders the items itself.
        rounds, agreements, tenures = (
            getattr(records, name).order_by().values_list(Value(kind), "pk")
            for kind, name in RECORD_SETS
        )
        return rounds.union(agreements, tenures, all=True).order_by()

    return set(_rows("keys", build, filters, lanes, days={}, of=None))


@lru_cache(maxsize=256)  # a page's four reads share one selection; a few recent kept
def shape_of(s: Selection) -> tuple[Selection, str]:
    """The selection with what the SQL binds (the keys, dates and the search's match)
    blanked, and its text: the rest (the kinds, whether there is a search, and any value
    a filter added later reads) are constants of the SQL, and part of the shape. Of the
    runs of words that name people or a track, how many (their matches, people and tracks
    bound)."""
    constants = replace(
        s,
        text=SEARCHED if s.text else "",
        named=((SEARCHED, ()),) * len(s.named),
        tracks=((SEARCHED, 0),) * len(s.tracks),
        **dict.fromkeys(BOUND),
    )
    return constants, repr(constants)


def _rows(
    name: str,
    build: Callable[..., QuerySet],
    filters: TimelineFilters,
    lanes: list[int],
    *,
    days: dict[str, date],
    lists: dict[str, list[int]] | None = None,
    of: str | None = "events",
) -> list[tuple]:
    """The rows of `build(records, **days, **lists)`, `records` being the events (or the
    records `of` names among select()'s; None: all four, as ItemQuerySets) that the
    filters pass on `lanes`, compiled once per shape (prepared.py)."""
    s = filters.selection_values
    constants, shape = shape_of(s)

    def built(*, round_ids, participant_ids, lanes, match, **rest):
        near_start, near_end = rest.pop("near_start"), rest.pop("near_end")
        date_from, date_to = rest.pop("date_from"), rest.pop("date_to")
        named = tuple(
            (rest.pop(f"match_{i}"), tuple(rest.pop(f"people_{i}"))) for i in range(len(s.named))
        )
        tracks = tuple(
            (rest.pop(f"track_match_{i}"), rest.pop(f"track_{i}")[0]) for i in range(len(s.tracks))
        )
        stand_in = replace(
            constants,
            round=round_ids[0] if round_ids else None,
            near_start=near_start,
            near_end=near_end,
            participant=participant_ids[0] if participant_ids else None,
            date_from=date_from,
            date_to=date_to,
            match=match,
            named=named,
            tracks=tracks,
        )
        on_lanes = Q(KeyIn("track_id", lanes, missing=NO_TRACK))
        sets = select_for(stand_in)
        if of is None:
            return build(ItemQuerySets(*(records.filter(on_lanes) for records in astuple(sets))))
        return build(getattr(sets, of).filter(on_lanes), **rest)

    keys = {
        "round_ids": [] if s.round is None else [s.round],
        "participant_ids": [] if s.participant is None else [s.participant],
        **{f"people_{i}": list(people) for i, (_, people) in enumerate(s.named)},
        **{f"track_{i}": [track] for i, (_, track) in enumerate(s.tracks)},
        "lanes": lanes,
        **(lists or {}),
    }
    days = {
        "near_start": s.near_start,
        "near_end": s.near_end,
        "date_from": s.date_from,
        "date_to": s.date_to,
        **days,
    }
    return prepared_rows(
        f"site.eventreads.{name}:{shape}",
        built,
        days=days,
        texts={
            "match": s.match,
            **{f"match_{i}": m for i, (m, _) in enumerate(s.named)},
            **{f"track_match_{i}": m for i, (m, _) in enumerate(s.tracks)},
        },
        **keys,
    )
