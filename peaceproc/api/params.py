"""The API's query parameters, as django-ninja Schemas: pagination and the filters.

Each endpoint takes one of these classes (`Query[...]`); the OpenAPI document
lists its fields as the endpoint's parameters. Every class is strict: a parameter
it does not declare, or a single-valued one given twice, answers 400 (a typo
would otherwise be ignored and return everything).

What a filter means is the timeline's own definition (`peaceproc.site.filters`:
its form checks the slugs and dates, `filtered_querysets` selects); these classes
only declare the parameters and hand their values to it, so the API, the exports
and the page cannot drift apart.
"""

from typing import Annotated, ClassVar

from django.http import QueryDict
from ninja import Field, Schema
from pydantic import BeforeValidator, ValidationInfo, WithJsonSchema, model_validator
from pydantic_core import PydanticCustomError, PydanticUseDefault

from peaceproc.chronology.dates import DATE_RANGE_TEXT, FIRST_DATE, LAST_DATE
from peaceproc.chronology.models import Event, Participant
from peaceproc.messages import joined_by_name
from peaceproc.site.filters import FILTER_PARAMS, WINDOW_PARAMS, TimelineFilters
from peaceproc.site.slugchoices import as_choice
from peaceproc.slugs import MAX_ID

from .http import ApiError, FiltersMoved, check_params
from .schemas import DEFAULT_LIMIT, ITEM_TYPES, MAX_LIMIT, SLUG_PATTERN

# Past any record's size; bounds the OFFSET sent to the database (PostgreSQL
# refuses numbers past bigint, which would be a 500).
MAX_OFFSET = 1_000_000
# In a query an empty value is the same as leaving the parameter out: the
# timeline's form sends `round=` for "any round".
SLUG_OR_EMPTY = {"type": "string", "pattern": r"^[-a-zA-Z0-9_]*$"}


def years_pattern(first: int, last: int) -> str:
    """A regular expression's alternatives matching the years first..last (4 digits):
    `19[0-9]{2}` for a whole century, each year of a part of one."""
    parts = []
    for century in range(first // 100, last // 100 + 1):
        low, high = max(first, century * 100), min(last, century * 100 + 99)
        whole = (low, high) == (century * 100, century * 100 + 99)
        parts += [f"{century}[0-9]{{2}}"] if whole else [str(y) for y in range(low, high + 1)]
    return "|".join(parts)


# A date the code takes lies in FIRST_DATE..LAST_DATE (any other is a 400): the pattern
# bounds its year in standard JSON Schema, formatMinimum/formatMaximum (the vocabulary
# ajv-formats and others read) give the days.
DATE_OR_EMPTY = {
    "anyOf": [
        {
            "type": "string",
            "format": "date",
            "pattern": f"^({years_pattern(FIRST_DATE.year, LAST_DATE.year)})-",
            "formatMinimum": FIRST_DATE.isoformat(),
            "formatMaximum": LAST_DATE.isoformat(),
        },
        {"type": "string", "maxLength": 0},
    ]
}

# A source's id: past bigint no record has it (404), and the database cannot compare it
# (slugs.MAX_ID).
SourceId = Annotated[
    int,
    WithJsonSchema(
        {"type": "integer", "minimum": 1, "maximum": MAX_ID, "description": "The source's id."}
    ),
]


def slug_param(what: str, example: str, *, by_id: bool = False):
    """A record's slug in the path, documented with an example; `by_id`: or its id."""
    also = f", or the number in its page's URL (/{what}s/42/)" if by_id else ""
    return Annotated[
        str,
        Field(
            pattern=SLUG_PATTERN,
            description=f"The {what}'s slug{also}.",
            json_schema_extra={"example": example},
        ),
    ]


def whole_number(low: int, high: int):
    """A validator of the digits themselves: int() would accept '1_000', ' 7' and
    non-ASCII digits. Its error carries the sentence the API answers with."""

    def check(raw, info: ValidationInfo):
        summary = f"{info.field_name} must be a whole number from {low} to {high}."
        if isinstance(raw, str):
            raw = raw.strip()
            if not raw:  # `limit=`: an empty value is the same as none, the default
                raise PydanticUseDefault
            if not (raw.isascii() and raw.isdecimal()) or len(raw) > 9:
                raise PydanticCustomError(
                    "whole_number",
                    "Not a whole number from {low} to {high}: {raw}.",
                    {"low": low, "high": high, "raw": repr(raw[:40]), "summary": summary},
                )
            raw = int(raw)
        if not low <= raw <= high:
            raise PydanticCustomError(
                "out_of_range",
                "{value} is out of range ({low}–{high}).",
                {"value": raw, "low": low, "high": high, "summary": summary},
            )
        return raw

    return BeforeValidator(check)


def documented(schema: dict, description: str, example=None):
    """A parameter whose value the timeline's form reads: declared here as text, and
    documented with the shape the form accepts."""
    extra = {"description": description}
    if example is not None:
        extra["example"] = example
    return WithJsonSchema({**schema, **extra})


class Strict(Schema):
    """Refuses any parameter it does not declare, and repeats of the single ones."""

    REPEATABLE: ClassVar[tuple[str, ...]] = ()

    @model_validator(mode="before")
    @classmethod
    def refuse_unknown(cls, data, info):
        request = (info.context or {}).get("request")
        if request is not None:
            names = [field.alias or name for name, field in cls.model_fields.items()]
            check_params(request.GET, names, repeatable=cls.REPEATABLE)
        return data


def count_param(low: int, high: int, default: int, description: str):
    """A whole number low..high; empty (`limit=`) is the default, as the schema says."""
    return Annotated[
        int,
        whole_number(low, high),
        WithJsonSchema(
            {
                "anyOf": [
                    {"type": "integer", "minimum": low, "maximum": high},
                    {"type": "string", "maxLength": 0},
                ],
                "default": default,
                "description": f"{description} Empty: the default.",
            }
        ),
    ]


class Paged(Strict):
    limit: count_param(
        1,
        MAX_LIMIT,
        DEFAULT_LIMIT,
        f"Records per page (default {DEFAULT_LIMIT}, at most {MAX_LIMIT}).",
    ) = DEFAULT_LIMIT
    offset: count_param(0, MAX_OFFSET, 0, "How many matching records to skip (default 0).") = 0


def filter_data(values: dict[str, list]) -> QueryDict:
    """The filters' values for the timeline's form. An empty value is the same as leaving
    the parameter out, for every filter: `track=` as `round=` and `from=` (the page's
    form sends them empty), and `track=&track=astana` as `track=astana`."""
    data = QueryDict(mutable=True)
    for name, given in values.items():
        if kept := [value for value in given if value]:
            data.setlist(name, kept)
    return data


# The API's own words where the form's speak of its lists ("Choose one from the list").
API_LISTS = {"round": "rounds", "participant": "participants"}


def api_message(name: str, error) -> str:
    """The text of one of the form's errors, as the API says it."""
    if error.code == "invalid_choice" and name in API_LISTS:
        return f"There is no {name} “{error.params['value']}” (see /api/{API_LISTS[name]})."
    return " ".join(error.messages)


def bound_filters(data: QueryDict, *, every_track: bool) -> TimelineFilters:
    """The timeline's form over these values; ApiError (400) naming each invalid one.
    `every_track`: without `track`, every track (the API's default: a program asking
    for /api/rounds expects every round) rather than the lanes the page shows first
    (the exports' default: a download holds what its page shows)."""
    filters = TimelineFilters(data)
    if not filters.is_valid():
        errors = {
            name: [api_message(name, error) for error in found]
            for name, found in filters.errors.as_data().items()
        }
        raise ApiError(f"Invalid filter parameters: {joined_by_name(errors)}", details=errors)
    if moved := filters.moved_values():  # a former slug: the URL with the slug now
        raise FiltersMoved(moved)
    if every_track and not filters.value("track"):
        filters.selected_tracks = list(filters.tracks)
    return filters


def item_kinds(values, description: str, example: str):
    return Annotated[
        list[str],
        documented(
            # An empty value is the same as none (kind= is absent), as for every filter.
            {"type": "array", "items": {"type": "string", "enum": [*values, ""]}},
            description,
            [example],
        ),
    ]


# What `track` means when it is absent: every track for the lists (a program asking for
# /api/rounds expects every round), the page's default lanes for the exports (a download
# holds what its page shows). `bound_filters(every_track=…)` does what these say.
EVERY_TRACK = "Without it: every track."
PAGE_TRACKS = (
    "Without it: not every track, but the tracks the timeline page shows first (those "
    "shown by default, with `round`'s own track), as the page does."
)


def track_param(absent: str):
    return Annotated[
        list[str],
        documented(
            {"type": "array", "items": SLUG_OR_EMPTY},
            f"Track slugs, repeatable (track=astana&track=geneva). {absent}",
            ["astana"],
        ),
    ]


class Filters(Strict):
    """The timeline's filters (`kind` is declared by the endpoints that take it)."""

    REPEATABLE = ("track", "kind")

    track: track_param(EVERY_TRACK) = []
    round: Annotated[
        str | None,
        documented(
            SLUG_OR_EMPTY,
            "A round's slug: that round and the events and agreements tied to it (with "
            "`nearby=1`, also what happened within a month of it). A slug the round had "
            "before it was renamed answers 301, to this URL with its slug now.",
            "astana-4",
        ),
    ] = None
    nearby: Annotated[
        str | None,
        documented(
            {"type": "string", "enum": ["", "0", "1", "false", "true"]},
            "With `round`: `1` adds whatever else happened within a month of the round, on "
            "the selected tracks (empty, `0` or `false`: the round alone).",
            "1",
        ),
    ] = None
    participant: Annotated[
        str | None,
        documented(
            SLUG_OR_EMPTY,
            "A participant's slug: the rounds they (or their delegation) attended, the events "
            "they are linked to, the agreements they signed, their tenures. A slug they had "
            "before a rename answers 301, to this URL with their slug now.",
            "russia",
        ),
    ] = None
    from_: Annotated[
        str | None,
        documented(
            DATE_OR_EMPTY,
            "YYYY-MM-DD: records overlapping this day or later (a month or year counts whole). "
            f"A date {DATE_RANGE_TEXT}; any other is refused with 400.",
            "2017-01-01",
        ),
    ] = Field(None, alias="from")
    to: Annotated[
        str | None,
        documented(
            DATE_OR_EMPTY,
            f"YYYY-MM-DD: records overlapping this day or earlier. A date {DATE_RANGE_TEXT}.",
            "2017-12-31",
        ),
    ] = None
    q: Annotated[
        str | None,
        documented(
            {"type": "string", "maxLength": 200},
            "Free text, each word matching a word start (case and accents folded): titles, "
            "summaries, places, and the names of the participants involved, in any script.",
            "ceasefire",
        ),
    ] = None

    def timeline_filters(self, *, every_track: bool = True) -> TimelineFilters:
        values = {}
        for name in FILTER_PARAMS:
            value = getattr(self, "from_" if name == "from" else name, None)
            values[name] = value if isinstance(value, list) else [value]
        return bound_filters(filter_data(values), every_track=every_track)


class RecordFilters(Paged, Filters):
    """A list of one kind of record: the filters and the page."""


class EventFilters(RecordFilters):
    kind: item_kinds(
        Event.Kind.values, "Event kinds, repeatable (kind=summit&kind=ministerial).", "summit"
    ) = []

    @model_validator(mode="after")
    def event_kinds_only(self):
        """`kind` takes event kinds only (the timeline's `kind` also takes item kinds,
        which mean nothing here)."""
        # In any case and spacing (`kind=SUMMIT`), as the timeline's form takes it.
        self.kind = [as_choice(Event.Kind.choices, kind) for kind in self.kind]
        # An empty value is none (`kind=`), as for every filter and in the schema's enum.
        wrong = [kind for kind in self.kind if kind and kind not in Event.Kind.values]
        if wrong:
            raise ApiError(
                f"kind must be an event kind ({', '.join(Event.Kind.values)}), not {wrong[0]!r}.",
                details={"kind": [f"“{kind}” is not an event kind." for kind in wrong]},
            )
        return self


TIMELINE_KINDS = (*ITEM_TYPES, *Event.Kind.values)
TIMELINE_KIND_NOTE = "Item types (round, event, agreement, tenure) or event kinds, repeatable."


class ItemFilters(RecordFilters):
    """The timeline's items of every kind."""

    kind: item_kinds(TIMELINE_KINDS, TIMELINE_KIND_NOTE, "round") = []


# The page's own parameters that are not filters (its visible window, list page and open
# detail panel): an export link copied from the page may carry them; they change nothing
# in the export, so any value is accepted, repeats included (the JSON API, which pages
# with limit/offset, knows none of them and refuses them).
PAGE_ONLY_PARAMS = (*WINDOW_PARAMS, "page", "open")
PAGE_ONLY_NOTE = (
    "The timeline page's own parameter, accepted so a link copied from the page works; "
    "ignored whatever its value: it changes nothing in the export."
)
PageOnly = Annotated[str | None, documented({"type": "string"}, PAGE_ONLY_NOTE)]


class ExportFilters(Filters):
    """The timeline page's query string as it is; its window (`zoom`, `at`), list page
    (`page`) and open panel (`open`) are accepted and change nothing."""

    REPEATABLE = (*Filters.REPEATABLE, *PAGE_ONLY_PARAMS)

    track: track_param(PAGE_TRACKS) = []
    kind: item_kinds(TIMELINE_KINDS, TIMELINE_KIND_NOTE, "round") = []
    zoom: PageOnly = None
    at: PageOnly = None
    page: PageOnly = None
    open: PageOnly = None


class ParticipantFilters(Paged):
    kind: Annotated[
        str | None,
        documented(
            {"type": "string", "enum": list(Participant.Kind.values)},
            "Only participants of this kind.",
            "state",
        ),
    ] = None
    q: Annotated[
        str | None,
        documented(
            {"type": "string", "maxLength": 200},
            "Part of a name or of another spelling (any script), or words each starting a "
            "word of one, as the site's search matches people: case and accents folded "
            "in every script. Initials alone (`S. L.`) find the names with words that "
            "start with them (the timeline's search, which reads every item's text, "
            "leaves single letters out). Several names that no one name holds "
            "(`Lavrov and Kerry`) find each of them. `notices` says how `q` was read, as "
            "the timeline's do. The participants page's name box finds the same.",
            "Лавров",
        ),
    ] = None

    @model_validator(mode="after")
    def known_kind_and_short_text(self):
        if self.kind is not None:  # in any case and spacing (`kind=STATE`)
            self.kind = as_choice(Participant.Kind.choices, self.kind)
        if self.kind is not None and self.kind not in Participant.Kind.values:
            raise ApiError(
                f"kind must be one of {', '.join(Participant.Kind.values)}.",
                details={"kind": [f"“{self.kind[:40]}” is not a kind of participant."]},
            )
        self.q = (self.q or "").strip()
        if len(self.q) > 200:
            raise ApiError(
                "q must be at most 200 characters of text.",
                details={"q": [f"It has {len(self.q)} characters."]},
            )
        if "\x00" in self.q:
            raise ApiError(
                "q must not hold a NUL character.",
                details={"q": ["Remove the NUL character (%00)."]},
            )
        return self


# For the page cache's key (peaceproc.pagecache.key_params, declared on the operations in
# views.py): the filters read once, the ones read as lists, and the values that mean the
# same as no value (an empty filter, the pagination's defaults).
PAGINATION_PARAMS = ("limit", "offset")
SINGLE_FILTERS = tuple(name for name in FILTER_PARAMS if name not in Filters.REPEATABLE)
EMPTY_IS_ABSENT = {name: ("",) for name in FILTER_PARAMS}
PAGINATION_DEFAULTS = {"limit": (str(DEFAULT_LIMIT), ""), "offset": ("0", "")}
