"""The timeline's filters: the query parameters of `/`, shared by the exports and the JSON API.

Public names (kept stable: the CSV/JSON/iCal exports and the API build on them):

`TimelineFilters(request.GET)`
    A Django form over the query string. Parameters:

    ``track``        several track slugs (``?track=astana&track=geneva``), and ``other``: the
                     items with no track (their "Other" lane). Absent: the tracks shown by
                     default (``Track.shown_by_default``) and items with no track (with any
                     other filter, ``participant`` too).
                     With ``?round=``, the round's own track is always added.
    ``round``        a round slug (``?round=astana-4``): that round and the events and agreements
                     tied to it; its track is always shown.
    ``nearby``       ``1``: with ``round``, also everything on the shown tracks within
                     ``CONTEXT_DAYS`` of the round.
    ``participant``  a participant slug: the rounds they (or the delegation they are) took part
                     in, the events they are linked to, the agreements they signed, their tenures.
    ``kind``         several of ``round``, ``event``, ``agreement``, ``tenure`` and the event kinds
                     (``summit``, ``ministerial``, ...; see ``Event.Kind``). An item passes if its
                     kind is listed, or, for an event, its event kind is.
    ``from``, ``to`` ``YYYY-MM-DD``: items whose dates overlap that range (a date known to the month
                     or year counts as the whole month or year). Every date parameter lies
                     between ``FIRST_DATE`` and ``LAST_DATE`` (1900-01-01, 2100-12-31).
    ``q``            free text, case and accents folded, each word matching a word start: in
                     titles, summaries and places (the database's full-text search; a
                     place under any of its names, a round's number after its word, see
                     search/terms.py), or the names and aliases of participants, in every
                     script (their items), or a track's name of two words or more in
                     any of six languages (its items; search/tracks.py): every word
                     matches in one or the other (``Lavrentiev Sochi``,
                     ``Comité constitutionnel Geneva``; search/people.named_parts).
    ``zoom``, ``at`` the page's visible window, not a filter (exports ignore it): ``zoom`` is one
                     of ``ZOOM_LEVELS`` and ``at`` (``YYYY-MM-DD``) the window's first day. Absent:
                     the window fits ``from``/``to`` or the round, else the whole period.
                     ``zoom`` without ``at``: the window that ends today, or at ``to`` if
                     earlier (never before ``from``); with a round alone, from the round.
    ``page``         the page of the list view (the page only).

    Slugs and kinds are read in any case and spacing (``?round=Astana 4``,
    ``?kind=ROUND``). A ``round`` or ``participant`` given by a slug its record had before
    it was renamed (FormerSlug) names the record; the page, the API's lists and the exports
    answer such a query with one permanent redirect (301) to the same URL with the
    record's slug now (``moved_values``), the other parameters as they came.

    An empty value (``track=``, ``kind=``) is the same as leaving the parameter out. An
    invalid value (unknown slug, ``from=yesterday``, ``to`` before ``from``) becomes a form
    error that names the parameter; the other, valid parameters still apply, and so do the
    known values of a list (``?track=astana&track=zzz`` shows Astana). Never an exception.

`filtered_querysets(filters, *, window=None) -> ItemQuerySets`
    The same selection as four lazy querysets (rounds, events, agreements, tenures), for
    callers that stream, paginate or count.
"""

import calendar
import copy
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache
from urllib.parse import urlencode

from django import forms
from django.db.models import Q, QuerySet
from django.http import QueryDict
from django.utils.text import format_lazy

from peaceproc.chronology.catalogue import Catalogue as CatalogueLists
from peaceproc.chronology.catalogue import participants_by_id
from peaceproc.chronology.conditions import KeyIn
from peaceproc.chronology.dates import (
    FIRST_DATE,
    LAST_DATE,
    SupportedDateField,
    add_days,
)
from peaceproc.chronology.models import (
    OTHER_LANE,
    Agreement,
    EnvoyTenure,
    Event,
    Participant,
    Round,
    Track,
)
from peaceproc.search.folding import UNSHOWN_CHARACTERS
from peaceproc.search.fulltext import match_expression, matched
from peaceproc.search.limits import MAX_WORDS, operators, tidy_search
from peaceproc.search.notes import little_words_note, quoted, reading_notes, shown_value
from peaceproc.search.people import named_parts, without_little_words
from peaceproc.search.text_names import run_expression, track_expression
from peaceproc.search.tracks import track_parts

from .catalogue import Catalogue, FixedChoices, catalogue
from .slugchoices import SlugChoiceField, SlugMultipleChoiceField, as_choice
from .timeline import CITATIONS, TimelineItem, item_last_day

ITEM_KINDS = ("round", "event", "agreement", "tenure")
ITEM_KIND_LABELS = {
    "round": "Rounds",
    "event": "Events (all kinds)",
    "agreement": "Agreements",
    "tenure": "UN envoy tenures",
}
# The lane key of items with no track (primary keys start at 1); OTHER_LANE is the
# `track` value naming it, as a track's slug names its own.
NO_TRACK = 0
# Days either side of a round that ?round= also shows: "what happened around it".
CONTEXT_DAYS = 31
# Days either side of a round that the window fitted to ?round= shows.
ROUND_MARGIN_DAYS = 7
# The whole period starts here; it ends with the current year.
PERIOD_START = date(2012, 1, 1)
ZOOM_LEVELS = ("all", "4y", "year", "quarter", "month")
ZOOM_LABELS = {
    "all": "Whole period",
    "4y": "Four years",
    "year": "One year",
    "quarter": "Three months",
    "month": "One month",
}
ZOOM_MONTHS = {"4y": 48, "year": 12, "quarter": 3, "month": 1}
FILTER_PARAMS = ("track", "round", "nearby", "participant", "kind", "from", "to", "q")
WINDOW_PARAMS = ("zoom", "at")
DATE_FORMAT = "%Y-%m-%d"
# What the page says of a search that is not UTF-8 (Django decodes its bytes to U+FFFD,
# `?q=%FF`): left out, as the API refuses it (400). The list pages say the same.
NOT_UTF8_SEARCH = "The search is not valid UTF-8 text (percent-encode it as UTF-8); it is left out."
# The dates a parameter may name (`from`, `to`, `at`) are the site's supported range
# (FIRST_DATE..LAST_DATE, chronology.dates); outside it one is refused with a message.


def add_months(value: date, months: int) -> date:
    """The same day `months` later (or earlier), clamped to the end of a shorter month and
    to the ends of the calendar."""
    index = value.year * 12 + value.month - 1 + months
    if index < 12:  # before year 1
        return date.min
    if index >= 12 * 10_000:  # after year 9999
        return date.max
    year, month = index // 12, index % 12 + 1
    day = value.day
    if day > 28:  # every month has 28 days: only a later day asks the calendar
        day = min(day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def without_empty(data: QueryDict | None) -> QueryDict:
    """`data` without its empty values: `track=`, `kind=` or `zoom=` (a form sends its
    blank fields) mean the parameter is absent, as in the API (api/params.filter_data)."""
    kept = QueryDict(mutable=True)
    for name, values in (data or QueryDict()).lists():
        if present := [value for value in values if value.strip()]:
            kept.setlist(name, present)
    return kept


@dataclass(frozen=True)
class Window:
    """The visible part of the time axis: [start, end], both inclusive.

    Windows of a year or more start on the first of a month; shorter ones start on any day,
    so that dragging pans smoothly.
    """

    zoom: str
    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @classmethod
    def whole_period(cls, today: date | None = None) -> "Window":
        today = today or date.today()
        return cls("all", PERIOD_START, date(today.year, 12, 31))

    @classmethod
    def at_zoom(cls, zoom: str, at: date, today: date | None = None) -> "Window":
        if zoom == "all":
            return cls.whole_period(today)
        months = ZOOM_MONTHS[zoom]
        # Parameters are range-checked, but a window may also come from a stored date, a
        # pan or a zoom: keeping every window in the supported range keeps the arithmetic
        # on it (ticks, columns, pans) inside the calendar.
        at = min(max(at, FIRST_DATE), LAST_DATE)
        start = at.replace(day=1) if months >= 12 else at
        return cls(zoom, start, add_days(add_months(start, months), -1))

    @classmethod
    def ending(cls, zoom: str, last: date, today: date | None = None) -> "Window":
        """The window of `zoom` (not "all") that ends on `last`, or as near after it as
        the start of a window of a year or more (the first of a month) allows."""
        return cls.at_zoom(zoom, add_months(add_days(last, 1), -ZOOM_MONTHS[zoom]), today)

    def inside(self, first: date, last: date, today: date | None = None) -> "Window":
        """This window moved to lie within [first, last] (no wider than it), its zoom kept."""
        if self.zoom == "all":
            return self
        window = self
        if window.end > last:
            window = Window.ending(window.zoom, last, today)
        if window.start < first:
            window = Window.at_zoom(window.zoom, first, today)
        return window

    @classmethod
    def fitting(cls, first: date, last: date, today: date | None = None) -> "Window":
        """The closest zoom whose window, starting at `first`, holds `last`."""
        for zoom in reversed(ZOOM_LEVELS[1:]):
            window = cls.at_zoom(zoom, first)
            if window.end >= last:
                return window
        return cls.whole_period(today)

    def spans_zoom(self, today: date | None = None) -> bool:
        """Whether the window is its zoom level's whole length: one cut to a `from`/`to`
        range (three years under "Four years") is not."""
        if self.zoom == "all":
            return self == Window.whole_period(today)
        return self.end == add_days(add_months(self.start, ZOOM_MONTHS[self.zoom]), -1)

    def middle(self) -> date:
        return add_days(self.start, self.days // 2)

    def zoomed(self, step: int, centre: date | None = None, today: date | None = None) -> "Window":
        """`step` zoom levels in (positive) or out (negative), keeping `centre` in the middle."""
        index = min(max(ZOOM_LEVELS.index(self.zoom) + step, 0), len(ZOOM_LEVELS) - 1)
        zoom = ZOOM_LEVELS[index]
        if zoom == self.zoom and centre is None:
            return self  # the level shown: this very window, not one re-centred on it
        if zoom == "all":
            return Window.whole_period(today)
        centre = centre or self.middle()
        months = ZOOM_MONTHS[zoom]
        start = add_days(centre, -round(months * 30.44 / 2))
        return Window.at_zoom(zoom, start, today)

    def panned(self, direction: int, today: date | None = None) -> "Window":
        """Half a window earlier (-1) or later (+1); the whole period does not pan."""
        if self.zoom == "all":
            return self
        months = ZOOM_MONTHS[self.zoom]
        if months == 1:
            return Window.at_zoom(self.zoom, add_days(self.start, 15 * direction), today)
        return Window.at_zoom(self.zoom, add_months(self.start, direction * months // 2), today)

    def params(self) -> dict[str, str | None]:
        """The URL parameters of this window (`at` dropped for the whole period)."""
        if self.zoom == "all":
            return {"zoom": "all", "at": None}
        # isoformat() writes DATE_FORMAT for every window's start (1900-2100: at_zoom keeps
        # them there), several times faster than strftime; a page links a dozen windows.
        return {"zoom": self.zoom, "at": self.start.isoformat()}


class TimelineFilters(forms.Form):
    """The query parameters of the timeline; see the module docstring for their meaning."""

    track = SlugMultipleChoiceField(required=False, label="Tracks")
    round = SlugChoiceField(required=False, label="Round", model=Round)
    # A checkbox ("1") or a link's 0/1/true/false; any other value is refused, not read as yes.
    nearby = forms.TypedChoiceField(
        required=False,
        choices=[("1", "yes"), ("true", "yes"), ("0", "no"), ("false", "no")],
        coerce=lambda value: value in ("1", "true"),
        empty_value=False,
        label="Also what happened within a month of it",
    )
    participant = SlugChoiceField(required=False, label="Participant", model=Participant)
    # In any case and spacing (`?kind=ROUND`), as the slugs are (t10a, finding 4).
    kind = SlugMultipleChoiceField(
        required=False,
        label="Kinds",
        choices=FixedChoices(
            [
                *ITEM_KIND_LABELS.items(),
                *((value, f"Events: {label}") for value, label in Event.Kind.choices),
            ]
        ),
    )
    q = forms.CharField(required=False, max_length=200, label="Search", strip=True)
    zoom = forms.ChoiceField(
        required=False, label="Zoom", choices=[("", "Fit"), *ZOOM_LABELS.items()]
    )
    at = SupportedDateField(
        required=False,
        input_formats=[DATE_FORMAT],
        label="Window start",
        error_messages={
            "invalid": "Enter the window's first day as YYYY-MM-DD, such as 2017-01-01."
        },
    )
    page = forms.IntegerField(required=False, min_value=1, max_value=100_000, label="Page")

    def __init__(self, data=None, *args, lists: Catalogue | None = None, **kwargs):
        super().__init__(without_empty(data), *args, **kwargs)
        if lists is not None:  # a copy the caller already holds: no second generation read
            self.__dict__["catalogue"] = lists
        # The fields with the lists' choices, made once per copy of the lists and shared
        # (see SharedFields): nothing changes a field once made.
        self.fields = dict(self.catalogue.lists.derived(fields_with_choices))

    # The lists the choices and lookups come from: this worker's copy (catalogue.py), read
    # again once the record changes.
    @cached_property
    def catalogue(self) -> Catalogue:
        return catalogue()

    @property
    def tracks(self) -> tuple[Track, ...]:
        return self.catalogue.lists.tracks

    @property
    def rounds(self) -> tuple[Round, ...]:
        return self.catalogue.lists.rounds

    @property
    def participants(self) -> tuple[Participant, ...]:
        return self.catalogue.lists.participants

    @cached_property
    def selection(self) -> "ItemQuerySets":
        """The items passing the valid filters other than the tracks (filtered_querysets
        narrows them to the lanes)."""
        return select(self)

    @cached_property
    def selection_values(self) -> "Selection":
        """What select() reads of these filters (the keys and dates its SQL binds)."""
        return Selection.of(self)

    @cached_property
    def search_tracks(self) -> tuple[str, list[tuple[str, int]]]:
        """`q` without the runs of its words that name a track, and those runs, each with
        the track's pk (search/tracks.track_parts): every run must match."""
        named = [(track.pk, track.slug, track.name) for track in self.tracks]
        return track_parts(self.value("q") or "", named)

    @cached_property
    def search_runs(self) -> tuple[list[tuple[str, list[int]]], list[str]]:
        """The words of `q` that name no track cut into the runs of words that name
        participants, each with them, and the words left over (search/people.named_parts),
        without those left over when they are function words beside a name or a track's
        name; and those function words (people.without_little_words)."""
        parts = named_parts(self.search_tracks[0], self.catalogue.lists.folded_names)
        return without_little_words(parts, others=bool(self.search_tracks[1]))

    @property
    def search_parts(self) -> list[tuple[str, list[int]]]:
        """search_runs' runs: every run must match."""
        return self.search_runs[0]

    @property
    def tracks_matching(self) -> list[Track]:
        """The tracks a run of words of `q` names (search_tracks), in their order: the
        search finds their items."""
        named = {pk for _, pk in self.search_tracks[1]}
        return [track for track in self.tracks if track.pk in named]

    @cached_property
    def people_matching(self) -> list[int]:
        """The participants named by a run of words of `q` (a name or alias of whom holds
        them, case and accents folded, in any script): the search finds what they took
        part in."""
        return sorted({pk for _, people in self.search_parts for pk in people})

    def _in_form_order(self, name: str, values: list[str]) -> list[str]:
        """A list parameter's values once each, in the order of the field's choices: the
        page, its title and its links are the same whatever order or repeats were sent."""
        chosen = set(values)
        return [value for value, _ in self.fields[name].choices if value in chosen]

    def moved_values(self) -> dict[str, str]:
        """The record filters given by a slug their record had before it was renamed
        (`?round=astana-4` once Astana 4 is `astana-four`), each with the record's slug
        now: the pages and exports send such a query on to the one with the current slugs
        (a 301), so a saved link keeps working and the address names the record as it is."""
        self.errors  # noqa: B018 - the form is cleaned once, here if not yet
        moved = {}
        for name in ("round", "participant"):
            given, found = self.data.get(name), self.cleaned_data.get(name)
            slug = getattr(found, "slug", found)  # (a participant is cleaned to its record)
            if given and slug and slug != as_choice(self.fields[name].choices, given):
                moved[name] = slug
        return moved

    def clean_track(self) -> list[str]:
        return self._in_form_order("track", self.cleaned_data["track"])

    def clean_kind(self) -> list[str]:
        return self._in_form_order("kind", self.cleaned_data["kind"])

    def full_clean(self):
        # (label, message): how the search was read, for each change clean_q made to it
        # (what it read past or left out: nothing the reader must correct; search_readings
        # adds the little words the search left out), and for each parameter read once
        # but given more than once (values refused).
        self.q_readings: list[tuple[str, str]] = []
        self.q_operators: list[str] = []  # operators `q` holds (a note names them once)
        super().full_clean()
        self.refused_repeats = self.repeated_notices()

    @property
    def search_readings(self) -> list[tuple[str, str]]:
        """(label, message) for each change clean_q made to `q`, and for the little words
        the search left out beside a name (search_runs: read when asked for, as it reads
        the participants' names the search reads anyway)."""
        self.errors  # noqa: B018 - the form is cleaned once, here if not yet
        little = self.search_runs[1] if self.cleaned_data.get("q") else []
        said = little_words_note(little, operators_said=self.q_operators)
        if not said:
            return self.q_readings
        return [*self.q_readings, (str(self.fields["q"].label), said)]

    @property
    def notices(self) -> list[tuple[str, str]]:
        """(label, message) for each value used after a change or left out, besides the
        fields' errors: the API's and the JSON export's `notices`."""
        self.errors  # noqa: B018 - the form is cleaned once, here if not yet
        return self.search_readings + self.refused_repeats

    def repeated_notices(self) -> list[tuple[str, str]]:
        """A parameter the page reads once, given more than once (`?q=a&q=b`): the last
        value is used, as Django reads it, and the others are named as dropped (the API
        and the exports refuse such a query)."""
        notices = []
        for name, field in self.fields.items():
            values = self.data.getlist(name) if self.is_bound else []
            if isinstance(field, forms.MultipleChoiceField) or len(values) < 2:
                continue
            dropped = ", ".join(f"“{shown_value(value)}”" for value in values[:-1][:5])
            more = f" and {len(values) - 6} more" if len(values) > 6 else ""
            notices.append(
                (
                    str(field.label),
                    f"given {len(values)} times: “{shown_value(values[-1])}” is used, "
                    f"{dropped}{more} {'is' if len(values) == 2 else 'are'} dropped.",
                )
            )
        return notices

    @property
    def q_in_box(self) -> str:
        """What the search box shows: the search as read, or as typed where it was refused
        only for its length, so the reader can shorten it (outside tester t16b, 5); a search
        refused for bytes that are not UTF-8 is left out, as the page leaves it out."""
        self.errors  # noqa: B018 - the form is cleaned once, here if not yet
        refused = self.errors.as_data().get("q", [])
        if any(error.code == "max_length" for error in refused):
            return self.data.get("q", "")
        return self.cleaned_data.get("q") or ""

    def clean_q(self) -> str:
        text = self.cleaned_data["q"]
        if "\ufffd" in text:
            # What Django decodes bytes that are not UTF-8 to (`?q=%FF%FE`): the API
            # refuses such a query (400), and the page leaves the value out.
            raise forms.ValidationError(NOT_UTF8_SEARCH, code="not_utf8")
        label = str(self.fields["q"].label)
        kept = UNSHOWN_CHARACTERS.sub("", text).strip()
        self.q_operators = operators(kept)
        tidied = tidy_search(kept)
        left_out = [
            f"{said}: {quoted(words)} left out."
            for words, said in (
                (tidied.repeated, "repeated words are searched once"),
                (tidied.letters, "single letters are ignored (one matches nearly every item)"),
                (tidied.beyond, f"at most {MAX_WORDS} words are searched"),
                (tidied.wordless, "a search needs a letter or digit"),
            )
            if words
        ]
        notes = reading_notes(text)
        # The invisible characters first, as they are removed first; then what was left out.
        notes[1:1] = left_out
        self.q_readings += [(label, note) for note in notes]
        return tidied.text

    def clean_round(self) -> Round | None:
        slug = self.cleaned_data["round"]
        return next(r for r in self.rounds if r.slug == slug) if slug else None

    def clean_participant(self) -> Participant | None:
        slug = self.cleaned_data["participant"]
        return next(p for p in self.participants if p.slug == slug) if slug else None

    def clean(self):
        cleaned = super().clean()
        # A list with an unknown value (`?track=astana&track=zzz`) is refused whole by its
        # field; its known values still apply (and stay in the page's links), the unknown
        # ones are named in the field's error.
        for name in ("track", "kind"):
            if name in self.errors:
                field = self.fields[name]
                known = [
                    v for v in field.to_python(self.data.getlist(name)) if field.valid_value(v)
                ]
                cleaned[name] = self._in_form_order(name, known)
        refuse_reversed_dates(self, cleaned)
        return cleaned

    # -- Reading the valid values (invalid parameters are simply left out) -------------

    def value(self, name: str):
        if not hasattr(self, "cleaned_data"):
            self.full_clean()
        return self.cleaned_data.get(name)

    @property
    def explicit_tracks(self) -> bool:
        return bool(self.value("track"))

    @property
    def other_lane(self) -> bool:
        """Whether the items with no track are selected: without `track`, or with `other`."""
        return not self.explicit_tracks or OTHER_LANE in self.value("track")

    @cached_property
    def selected_tracks(self) -> list[Track]:
        """The tracks whose lanes are shown: `track`, else the default ones; with `round`,
        the round's own track too. The same whether the form or a link sent the query."""
        slugs = self.value("track")
        if slugs:
            own = self.value("round").track_id if self.value("round") else None
            return [t for t in self.tracks if t.slug in slugs or t.pk == own]
        return self.implicit_tracks()

    def implicit_tracks(self) -> list[Track]:
        """The lanes shown without `track`: the default ones, with the round's own track."""
        round_ = self.value("round")
        return [
            t for t in self.tracks if t.shown_by_default or (round_ and t.pk == round_.track_id)
        ]

    @property
    def date_range(self) -> tuple[date | None, date | None]:
        return self.value("from"), self.value("to")

    def window(self, today: date | None = None) -> Window:
        """The visible window: explicit `zoom`/`at`, else fitted to the dates or round;
        always inside the `from`/`to` range (see `clamp`)."""
        zoom, at = self.value("zoom"), self.value("at")
        if zoom:
            if zoom == "all":
                return self.clamp(Window.whole_period(today), today)
            if at is not None:
                return self.clamp(Window.at_zoom(zoom, at, today), today)
            anchor = self.default_anchor()
            if anchor and not any(self.date_range):  # a round: from its first days
                return self.clamp(Window.at_zoom(zoom, anchor[0], today), today)
            # The latest window: the one that ends today, or at `to` when that is earlier
            # (clamp keeps it from starting before `from`).
            today_ = today or date.today()
            last = min(self.date_range[1] or today_, today_)
            return self.clamp(Window.ending(zoom, last, today), today)
        anchor = self.default_anchor()
        if anchor:
            return self.clamp(Window.fitting(*anchor, today=today), today)
        return Window.whole_period(today)

    def bounds(self, today: date | None = None) -> tuple[date, date] | None:
        """The days a window may show with `from`/`to` set (an open end is the whole
        period's); None without them."""
        start, end = self.date_range
        if not (start or end):
            return None
        first = start or min(PERIOD_START, end)
        last = end or max(Window.whole_period(today).end, first)
        return first, last

    def widest_zoom(self, today: date | None = None) -> str:
        """The widest zoom level allowed: with `from`/`to`, the narrowest level whose window
        holds the whole range (the wider ones would show days outside it)."""
        bounds = self.bounds(today)
        return Window.fitting(*bounds, today=today).zoom if bounds else ZOOM_LEVELS[0]

    def clamp(self, window: Window, today: date | None = None) -> Window:
        """The window moved into the `from`/`to` range and cut to it, so that zooming and
        panning never show a day outside the dates filtered on. A zoom level as wide as the
        range, or wider, shows exactly the range. Without `from`/`to`, moved into the whole
        period (2012 to the end of this year), widened to the round asked for when it lies
        outside (a round planned for 2100: its window, not an empty one of this year): no
        window, and no pan, past the record's ends."""
        return self.clamper(today)(window)

    def clamper(self, today: date | None = None) -> Callable[[Window], Window]:
        """`clamp` for the many windows of one page (its groups' closer views): the range
        a window may show is worked out once, not for each window."""
        bounds = self.bounds(today)
        if bounds is None:
            whole = Window.whole_period(today)
            first, last = whole.start, whole.end
            if anchor := self.default_anchor():
                first, last = min(first, anchor[0]), max(last, anchor[1])
            return lambda window: window.inside(first, last, today)
        first, last = bounds
        widest = self.widest_zoom(today)
        widest_index = ZOOM_LEVELS.index(widest)

        def clamp(window: Window) -> Window:
            if ZOOM_LEVELS.index(window.zoom) <= widest_index:
                return Window(widest, first, last)
            window = window.inside(first, last, today)
            return Window(window.zoom, max(window.start, first), min(window.end, last))

        return clamp

    def default_anchor(self) -> tuple[date, date] | None:
        start, end = self.date_range
        round_ = self.value("round")
        if round_ and not (start or end):
            margin = CONTEXT_DAYS if self.value("nearby") else ROUND_MARGIN_DAYS
            return add_days(round_.start_date, -margin), add_days(round_.end_date, margin)
        if start or end:
            start = start or PERIOD_START
            return start, end or max(start, date.today())
        return None

    @property
    def tracks_as_default(self) -> bool:
        """Whether the lanes shown are the ones shown without `track`: the Other lane
        too, unless no item has no track (the form then has no Other box to send)."""
        implicit = [t.slug for t in self.implicit_tracks()]
        other = self.other_lane or not self.catalogue.has_trackless
        return implicit == [t.slug for t in self.selected_tracks] and other

    def canonical_query(self) -> str:
        """`query()` without `track` when it names exactly the lanes shown without it
        (the form always sends its checkboxes), without `page` 1, and with `at` as the
        window really starts (a window of a year or more starts on the first of a month)."""
        drop: tuple[str, ...] = ()
        if self.value("track") and self.tracks_as_default:
            drop += ("track",)
        if self.value("page") == 1:
            drop += ("page",)
        changes = {}
        if self.value("zoom") and self.value("zoom") != "all":
            changes["at"] = self.window().start.strftime(DATE_FORMAT)
        return self.query(drop=drop, **changes)

    def query(self, *, drop: tuple[str, ...] = (), **changes) -> str:
        """This filter state as a query string ('?...' or ''), with changes: a value of None
        drops a parameter, a list gives a repeated one. Invalid values are left out."""
        parts = dict(self.encoded_params)
        for name in drop:
            parts.pop(name, None)
        for name, value in changes.items():
            if value is None:
                parts.pop(name, None)
            else:
                values = tuple(map(str, value)) if isinstance(value, list) else (str(value),)
                parts[name] = encoded_pairs(name, values)
        encoded = "&".join(part for part in parts.values() if part)
        return f"?{encoded}" if encoded else "?"

    @cached_property
    def encoded_params(self) -> dict[str, str]:
        """Each valid parameter's pairs encoded as QueryDict.urlencode() writes them (each
        pair UTF-8, quote_plus, joined by '&'), without a QueryDict: a page builds some
        thirty links from them (zoom, pan, pages, the axis's years), each changing a
        parameter or two, and a search in another script costs most to encode."""
        return {
            name: urlencode([(name, value) for value in values])
            for name, values in self.query_params.items()
        }

    @cached_property
    def query_params(self) -> dict[str, list[str]]:
        """The valid parameters as query-string values (a page builds a dozen links
        from them)."""
        params: dict[str, list[str]] = {}
        for name in FILTER_PARAMS + WINDOW_PARAMS:
            value = self.value(name)
            if value in (None, "", []) or value is False:
                continue
            if value is True:
                params[name] = ["1"]
                continue
            if isinstance(value, (Round, Participant)):
                params[name] = [value.slug]
            elif isinstance(value, date):
                params[name] = [value.strftime(DATE_FORMAT)]
            elif isinstance(value, list):
                params[name] = [str(v) for v in value]
            else:
                params[name] = [str(value)]
        return params


@lru_cache(maxsize=1024)  # a page's links change the window's zoom, day, page: few values
def encoded_pairs(name: str, values: tuple[str, ...]) -> str:
    """The pairs (`name`, each value) encoded as QueryDict.urlencode() writes them."""
    return urlencode([(name, value) for value in values])


# `from` is a Python keyword, so it cannot be written as a class attribute; the form
# keeps its fields in this order (the order they are shown and validated in).
_from = SupportedDateField(
    required=False,
    input_formats=[DATE_FORMAT],
    label="From",
    error_messages={"invalid": "Enter the start date as YYYY-MM-DD, such as 2017-01-01."},
)
_to = SupportedDateField(
    required=False,
    input_formats=[DATE_FORMAT],
    label="To",
    error_messages={"invalid": "Enter the end date as YYYY-MM-DD, such as 2017-12-31."},
)


def refuse_reversed_dates(form: forms.Form, cleaned: dict) -> None:
    """An end date before the start date is said on `to`, and neither bound applies."""
    start, end = cleaned.get("from"), cleaned.get("to")
    if start and end and end < start:
        message = format_lazy(
            "The end date ({}) is before the start date ({}).",
            end.strftime(DATE_FORMAT),
            start.strftime(DATE_FORMAT),
        )
        form.add_error("to", message)
        cleaned.pop("from", None)


# The date bounds every filter form of the site takes, by parameter name.
DATE_BOUNDS = {"from": _from, "to": _to}


class SharedFields(dict):
    """A form's fields, shared by its instances rather than copied for each: Django
    deep-copies a form's `base_fields` for every form it makes (a quarter of a
    millisecond per request here), so that a form may change its own; these forms never
    change a field once it is made."""

    def __deepcopy__(self, memo):
        return dict(self)


_fields = dict(TimelineFilters.base_fields)
TimelineFilters.base_fields = SharedFields(
    **{k: _fields[k] for k in ("track", "round", "nearby", "participant", "kind")},
    **DATE_BOUNDS,
    **{k: _fields[k] for k in ("q", "zoom", "at", "page")},
)
TimelineFilters.base_fields["round"].error_messages["invalid_choice"] = (
    "There is no round “%(value)s”. Choose one from the list."
)
TimelineFilters.base_fields["participant"].error_messages["invalid_choice"] = (
    "There is no participant “%(value)s”. Choose one from the list."
)
TimelineFilters.base_fields["track"].error_messages["invalid_choice"] = (
    "There is no track “%(value)s”."
)
TimelineFilters.base_fields["kind"].error_messages["invalid_choice"] = (
    "“%(value)s” is not a kind of item."
)


def fields_with_choices(lists: CatalogueLists) -> SharedFields:
    """TimelineFilters' fields, those naming the record's tracks, rounds and participants
    with the choices of `lists` (a copy of them each, the others as they are)."""
    choices = lists.derived(Catalogue)
    fields = SharedFields(TimelineFilters.base_fields)
    for name, values in (
        ("track", choices.track_choices),
        ("round", choices.round_choices),
        ("participant", choices.participant_choices),
    ):
        fields[name] = copy.deepcopy(fields[name])
        fields[name].choices = values
    return fields


@dataclass(frozen=True)
class ItemQuerySets:
    rounds: QuerySet
    events: QuerySet
    agreements: QuerySet
    tenures: QuerySet


def filtered_querysets(
    filters: TimelineFilters,
    *,
    window: tuple[date, date] | None = None,
    tracks: list[Track | None] | None = None,
    also: list[Track | None] = (),
    related: bool = True,
) -> ItemQuerySets:
    """The four querysets of items that pass the valid filters (see the module docstring),
    on the lanes shown, or on `tracks` (None among them: the items with no track); and on
    the lanes `also` (the page counts the matches on lanes it does not show). With
    `related`, each record comes with its track and citations; without, the bare records
    (for a reader that takes both elsewhere)."""
    lanes = lane_keys(filters, tracks=tracks, also=also)
    # COALESCE folds "no track" into the same IN test, and keeps SQLite reading rows in
    # date order (its date index) rather than by track and then sorting them all.
    on_tracks = Q(KeyIn("track_id", lanes, missing=NO_TRACK))
    # A page reads the selection more than once (its lanes, its list): the filters are
    # turned into querysets once per form.
    sets = filters.selection if window is None else select(filters, window)
    querysets = (
        queryset.filter(on_tracks)
        for queryset in (sets.rounds, sets.events, sets.agreements, sets.tenures)
    )
    if related:
        querysets = (q.select_related("track").prefetch_related(CITATIONS) for q in querysets)
    return ItemQuerySets(*querysets)


def lane_keys(
    filters: TimelineFilters,
    *,
    tracks: list[Track | None] | None = None,
    also: list[Track | None] = (),
) -> list[int]:
    """The track ids of the items filtered_querysets selects (NO_TRACK: the items with no
    track, None in `tracks` and `also`), on the lanes shown or on `tracks`, and on `also`."""
    lanes = [
        t.pk if t else NO_TRACK for t in (filters.selected_tracks if tracks is None else tracks)
    ]
    lanes += [t.pk if t else NO_TRACK for t in also]
    if tracks is None and filters.other_lane:
        # Items with no track (a happening related to the process, on none of its tracks)
        # show in an "Other" lane, a participant's too, unless tracks are named without it.
        lanes.append(NO_TRACK)
    return lanes


def tracks_with_items(filters: TimelineFilters) -> tuple[list[Track], bool]:
    """The tracks, in their order, on which the valid filters other than the tracks pass
    an item, and whether they pass one with no track (one query): the lanes a link must
    name to show all of them, as a record's page that lists them all does (a
    participant's, whose items may lie on tracks the timeline does not show first)."""
    sets = filtered_querysets(filters, tracks=[*filters.tracks, None], related=False)
    ids = [queryset.order_by().values_list("track_id") for queryset in vars(sets).values()]
    found = {pk for (pk,) in ids[0].union(*ids[1:]).order_by()}
    return [track for track in filters.tracks if track.pk in found], None in found


# The filters `passes` reads in Python (the tracks are the lanes'). Not a participant or a
# search, which need the participations and the full-text index; nor a filter added
# later, until `passes` reads it too.
PICKABLE_PARAMS = ("track", "round", "nearby", "kind", "from", "to")


def records_pickable(filters: TimelineFilters) -> bool:
    """Whether the rounds, agreements and tenures select() passes can be picked from the
    worker's copy of them (catalogue.py) by `passes`: every filter given is one it reads."""
    return all(name in PICKABLE_PARAMS for name in filters.query_params if name in FILTER_PARAMS)


def passes(filters: TimelineFilters, item: TimelineItem) -> bool:
    """Whether select() passes the round, agreement or tenure `item`, its track aside (for
    filters that records_pickable() accepts): select()'s conditions, read in Python."""
    kinds = filters.value("kind")
    if kinds and item.kind not in kinds:
        return False
    round_ = filters.value("round")
    if round_ is not None:
        tied = (item.kind == "round" and item.record.pk == round_.pk) or (
            item.kind == "agreement" and item.record.round_id == round_.pk
        )
        if not filters.value("nearby"):
            if not tied:
                return False
        elif not tied and not reaches_over(
            item,
            add_days(round_.start_date, -CONTEXT_DAYS),
            add_days(round_.end_date, CONTEXT_DAYS),
        ):
            return False
    return reaches_over(item, *filters.date_range)


def reaches_over(item: TimelineItem, start: date | None, end: date | None) -> bool:
    """Whether the item's days overlap [start, end] (either may be None: open), as
    `overlapping()` reads them: an ongoing tenure runs on."""
    if end and item.start > end:
        return False
    if not start or (item.kind == "tenure" and item.end is None):
        return True
    return item_last_day(item.start, item.end, item.precision, item.end_precision) >= start


@dataclass(frozen=True)
class Selection:
    """What select() reads of the filters: the keys and dates its SQL binds, and the rest
    (kinds, a search), which shape that SQL. `near_*`: the days around the round that
    `nearby` adds; `match`: what the full-text index is asked for the words of the
    search's `text` that name nobody (None when they have no term); `named`: for each run
    of its words that names participants, what the index is asked for it and the people
    (an item passes a run through either); `tracks`: the same for each run that names a
    track, with the track's pk (an item passes it by its text or its track). Every value
    is hashable and written the same way for the same filters (the kinds sorted):
    site/eventreads.py names the shapes of its SQL by them."""

    round: int | None = None
    near_start: date | None = None
    near_end: date | None = None
    participant: int | None = None
    kinds: tuple[str, ...] = ()
    text: str = ""
    match: str | None = None
    named: tuple[tuple[str | None, tuple[int, ...]], ...] = ()
    tracks: tuple[tuple[str | None, int], ...] = ()
    date_from: date | None = None
    date_to: date | None = None

    @classmethod
    def of(cls, filters: TimelineFilters) -> "Selection":
        round_, participant = filters.value("round"), filters.value("participant")
        text = filters.value("q") or ""
        near = round_ is not None and filters.value("nearby")
        parts = filters.search_parts if text else []
        rest = " ".join(words for words, people in parts if not people)
        # (read only for a search: most views have none)
        people_by_id = filters.catalogue.lists.derived(participants_by_id) if text else {}
        tracks_by_id = {track.pk: track for track in filters.tracks} if text else {}
        return cls(
            round=round_.pk if round_ is not None else None,
            near_start=add_days(round_.start_date, -CONTEXT_DAYS) if near else None,
            near_end=add_days(round_.end_date, CONTEXT_DAYS) if near else None,
            participant=participant.pk if participant is not None else None,
            kinds=tuple(sorted(filters.value("kind") or ())),
            text=text,
            match=match_expression(rest) if rest else None,
            named=tuple(
                (
                    run_expression(words, [people_by_id[p] for p in people if p in people_by_id]),
                    tuple(people),
                )
                for words, people in parts
                if people
            ),
            tracks=tuple(
                (track_expression(words, tracks_by_id[pk]), pk)
                for words, pk in filters.search_tracks[1]
            )
            if text
            else (),
            date_from=filters.date_range[0],
            date_to=filters.date_range[1],
        )


def select(filters: TimelineFilters, window: tuple[date, date] | None = None) -> ItemQuerySets:
    """The items that pass the valid filters other than the tracks, in `window` if given."""
    return select_for(filters.selection_values, window)


def select_for(selection: Selection, window: tuple[date, date] | None = None) -> ItemQuerySets:
    """The items `selection` passes, in `window` if given."""
    s = selection
    rounds = Round.objects.all()
    events = Event.objects.all()
    agreements = Agreement.objects.all()
    tenures = EnvoyTenure.objects.all()

    if s.round is not None and s.near_start is None:
        # The round, and the events and agreements tied to it.
        rounds = rounds.filter(pk=s.round)
        events = events.filter(round_id=s.round)
        agreements = agreements.filter(round_id=s.round)
        tenures = tenures.none()
    elif s.round is not None:
        # ... and, when asked, whatever else happened within CONTEXT_DAYS of it.
        rounds = rounds.filter(Q(pk=s.round) | rounds.overlap_q(s.near_start, s.near_end))
        events = events.filter(Q(round_id=s.round) | events.overlap_q(s.near_start, s.near_end))
        agreements = agreements.filter(
            Q(round_id=s.round) | agreements.overlap_q(s.near_start, s.near_end)
        )
        tenures = tenures.overlapping(s.near_start, s.near_end)

    if s.participant is not None:
        rounds = rounds.filter(rounds.took_part_q([s.participant]))
        events = events.filter(events.took_part_q([s.participant]))
        agreements = agreements.filter(agreements.took_part_q([s.participant]))
        tenures = tenures.filter(tenures.took_part_q([s.participant]))

    for start, end in ((s.date_from, s.date_to), window or (None, None)):
        if not (start or end):
            continue
        rounds = rounds.overlapping(start, end)
        events = events.overlapping(start, end)
        agreements = agreements.overlapping(start, end)
        tenures = tenures.overlapping(start, end)

    if s.text:
        # Every run of the search's words matches: those naming nobody in the item's own
        # text (all in one match; a search with no run and no term finds nothing), each
        # run that names people there or through one of them, each run that names a
        # track there or by the item's track (most searches name nobody and no track:
        # then no such condition is built, nor run).
        sets = {"round": rounds, "event": events, "agreement": agreements, "tenure": tenures}
        for kind, records in sets.items():
            if s.match is not None or not (s.named or s.tracks):
                records = records.filter(matched(kind, s.match))
            for match, people in s.named:
                records = records.filter(matched(kind, match) | records.took_part_q(people))
            for match, track in s.tracks:
                records = records.filter(matched(kind, match) | Q(track_id=track))
            sets[kind] = records
        rounds, events, agreements, tenures = sets.values()

    if s.kinds:
        event_kinds = set(s.kinds) - set(ITEM_KINDS)
        rounds = rounds if "round" in s.kinds else rounds.none()
        agreements = agreements if "agreement" in s.kinds else agreements.none()
        tenures = tenures if "tenure" in s.kinds else tenures.none()
        if "event" not in s.kinds:
            events = events.filter(kind__in=sorted(event_kinds)) if event_kinds else events.none()

    return ItemQuerySets(rounds=rounds, events=events, agreements=agreements, tenures=tenures)
