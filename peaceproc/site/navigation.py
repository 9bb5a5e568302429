"""The timeline's links: zoom and pan, the list's pages, and the active filters' chips."""

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from peaceproc import links
from peaceproc.chronology.dates import format_date
from peaceproc.chronology.models import OTHER_LANE, Track

from .filters import ZOOM_LABELS, ZOOM_LEVELS, TimelineFilters, Window


@dataclass
class Chip:
    label: str
    value: str
    remove_url: str


def window_links(
    filters: TimelineFilters, window: Window, page: int, pages: int, today: date | None = None
) -> tuple[dict[str, str | None], list[tuple[str, str | None, bool]]]:
    """Zoom, pan and page links, and one link per zoom level (label, url, current: the
    level shown, when the window is its whole length). With `from`/`to` set, the zoom
    levels wider than the range have no link (None): the window never shows days outside
    it."""
    base = links.route("site:index")
    widest = ZOOM_LEVELS.index(filters.widest_zoom(today))

    def window_url(target: Window) -> str:
        return base + filters.query(page=None, **filters.clamp(target, today).params())

    level = ZOOM_LEVELS.index(window.zoom)
    nav = {
        "zoom_in": window_url(window.zoomed(1)) if window.zoom != ZOOM_LEVELS[-1] else None,
        "zoom_out": window_url(window.zoomed(-1)) if level > widest else None,
        "widest": window_url(window.zoomed(widest - level)),
        "earlier": window_url(window.panned(-1)) if window.zoom != "all" else None,
        "later": window_url(window.panned(1)) if window.zoom != "all" else None,
        "previous_page": base + filters.query(page=page - 1) if page > 1 else None,
        "next_page": base + filters.query(page=page + 1) if page < pages else None,
        "clear": base,
    }
    for name in ("earlier", "later"):  # a pan that the date filter stops goes nowhere
        if nav[name] == window_url(window):
            nav[name] = None
    # A zoom level is the one shown only when the window is its whole length.
    shown_in_full = window.spans_zoom(today)
    zoom_links = [
        (ZOOM_LABELS[zoom], window_url(window.zoomed(i - level)) if i >= widest else None,
         zoom == window.zoom and shown_in_full)
        for i, zoom in enumerate(ZOOM_LEVELS)
    ]  # fmt: skip
    return nav, zoom_links


def year_url(filters: TimelineFilters, year: int) -> str:
    """The year's window, from a year on the axis of a long window."""
    return links.route("site:index") + filters.query(
        page=None, **filters.clamp(year_window(year)).params()
    )


@lru_cache(maxsize=256)  # the years of the axis (1900-2100 at the most)
def year_window(year: int) -> Window:
    """A year's window (a window is immutable; each page's axis links some fifteen)."""
    return Window.at_zoom("year", date(year, 1, 1))


def filter_chips(filters: TimelineFilters) -> list[Chip]:
    base = links.route("site:index")
    chips = []
    tracks = filters.value("track")
    # The form always sends its checkboxes: tracks that are the default lanes are no filter.
    if tracks and not filters.tracks_as_default:
        names = [t.name for t in filters.selected_tracks] + ["Other"] * filters.other_lane
        names = ", ".join(names)
        chips.append(Chip("Tracks", names, base + filters.query(track=None, page=None)))
    if round_ := filters.value("round"):
        chips.append(
            Chip("Round", round_.title, base + filters.query(round=None, zoom=None, at=None))
        )
    if round_ and filters.value("nearby"):
        chips.append(
            Chip("Nearby", "within a month of the round", base + filters.query(nearby=None))
        )
    if participant := filters.value("participant"):
        chips.append(Chip("Participant", participant.name, base + filters.query(participant=None)))
    if kinds := filters.value("kind"):
        labels = dict(filters.fields["kind"].choices)
        chips.append(
            Chip("Kinds", ", ".join(str(labels[k]) for k in kinds), base + filters.query(kind=None))
        )
    start, end = filters.date_range
    if start or end:
        value = f"{format_date(start) if start else '…'} – {format_date(end) if end else '…'}"
        chips.append(
            Chip(
                "Dates",
                value,
                base + filters.query(zoom=None, at=None, **{"from": None, "to": None}),
            )
        )
    if q := filters.value("q"):
        chips.append(Chip("Search", q, base + filters.query(q=None, page=None)))
    return chips


def error_list(filters: TimelineFilters) -> list[tuple[str, str]]:
    errors = []
    for name, messages in filters.errors.items():
        label = filters.fields[name].label if name in filters.fields else "Filters"
        errors.extend((str(label), str(message)) for message in messages)
    # How the search was read (filters.search_readings) is a note of its own, not this.
    return errors + filters.refused_repeats


@dataclass
class HiddenMatches:
    """Matches of a search on tracks whose lanes are not shown, and the link showing them."""

    count: int
    tracks: list[str]
    url: str


def hidden_tracks(filters: TimelineFilters) -> list[Track | None]:
    """With a search, a participant, kinds of item or dates: the lanes not shown, whose
    matches the page counts (build_timeline reads them with the lanes' items): the
    tracks, and None for the Other lane (items with no track) when tracks are named
    without it. Kinds and dates too: envoy tenures, say, are on a track the page does not
    show first."""
    asked = ("q", "participant", "kind", "from", "to")
    if not any(filters.value(name) for name in asked):
        return []
    hidden: list[Track | None] = [t for t in filters.tracks if t not in filters.selected_tracks]
    return hidden + [None] * (not filters.other_lane)


def hidden_matches(
    filters: TimelineFilters, per_track: dict[int | None, int]
) -> HiddenMatches | None:
    """The matches on the lanes not shown (`per_track`: how many on each track, None the
    Other lane's), and the link showing them."""
    hidden = [
        (t.pk, t.name, t.slug) if t else (None, "Other", OTHER_LANE) for t in hidden_tracks(filters)
    ]
    per_track = {pk: n for pk, n in per_track.items() if n}
    if not per_track:
        return None
    shown = [t.slug for t in filters.selected_tracks] + [OTHER_LANE] * filters.other_lane
    names = [f"{name} ({per_track[pk]})" for pk, name, _ in hidden if pk in per_track]
    url = links.route("site:index") + filters.query(
        page=None, track=shown + [slug for pk, _, slug in hidden if pk in per_track]
    )
    return HiddenMatches(sum(per_track.values()), names, url)
