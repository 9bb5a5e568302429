"""The timeline's items: rounds, events, agreements and envoy tenures as one kind of
record (TimelineItem), with their dates at the precision they are known to.

Which items a filter state selects is `filters.py`; how the page draws them is
`layout.py`. The API and the exports build on TimelineItem and the *_item functions."""

import operator
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cache, cached_property
from typing import TYPE_CHECKING

from django.db.models import Model, Prefetch

from peaceproc import links
from peaceproc.chronology.dates import Precision, format_period, period_last_day
from peaceproc.chronology.models import (
    Agreement,
    Citation,
    EnvoyTenure,
    Event,
    Round,
    SourceNaming,
    Track,
)
from peaceproc.chronology.prepared import prepared_rows

if TYPE_CHECKING:
    from peaceproc.chronology.catalogue import Catalogue

CITATIONS = Prefetch("citations", queryset=Citation.objects.select_related("source"))


@dataclass(frozen=True)
class TimelineItem:
    kind: str  # "round", "event", "agreement" or "tenure"
    record: Model
    track: Track | None
    title: str
    start: date
    end: date | None
    precision: str
    end_precision: str
    place: str
    summary: str
    citations: tuple[Citation, ...]
    # For a round on the list: the agreements it produced, as (title, url) pairs.
    produced: tuple[tuple[str, str], ...] = ()
    # For an item on the list: the sources its citations name (with_sources).
    sources: tuple["CitedSource", ...] = ()

    @cached_property
    def dates(self) -> str:
        if self.kind == "tenure" and self.end is None:
            return f"since {format_period(self.start)}"
        return format_period(self.start, self.end, self.precision, self.end_precision)

    @property
    def sort_key(self) -> tuple:
        return (self.start, 0 if self.kind == "round" else 1, self.title)

    @cached_property
    def url(self) -> str:
        """The item's permalink page (what the record's get_absolute_url gives; tenures,
        which have none, get the site's tenure page)."""
        key = self.record.pk if self.kind == "event" else self.record.slug
        return url_pattern(self.kind).replace(URL_KEY, str(key))

    @property
    def is_fuzzy(self) -> bool:
        return self.precision != Precision.DAY or self.end_precision != Precision.DAY

    @property
    def key(self) -> str:
        """Unique among items, usable in an HTML id: 'round-astana-4'."""
        return f"{self.kind}-{self.record.slug}"

    @cached_property
    def kind_label(self) -> str:
        if self.kind == "round":
            if self.record.status != Round.Status.HELD:
                return "Round (planned, not held)"
            return "Round"
        if self.kind == "tenure":
            return "UN envoy tenure"
        kind = self.record.kind
        return kind_labels(type(self.record)).get(kind, kind)  # as get_kind_display() gives

    def last_day(self, today: date | None = None) -> date:
        """The last day the item covers: an ongoing tenure runs to `today`; a date known to
        the month or year lasts the whole month or year."""
        return item_last_day(
            self.start, self.end, self.precision, self.end_precision, today,
            ongoing=self.kind == "tenure",
        )  # fmt: skip


@cache
def kind_labels(model: type[Model]) -> dict[str, str]:
    """A model's kinds and their labels, read once: get_kind_display() flattens the
    field's choices on every call, and a page labels a hundred items or more."""
    return {value: str(label) for value, label in model._meta.get_field("kind").flatchoices}


def item_last_day(
    start: date,
    end: date | None,
    precision: str,
    end_precision: str,
    today: date | None = None,
    *,
    ongoing: bool = False,
) -> date:
    if end is None:
        if ongoing:
            return max(today or date.today(), start)
        return period_last_day(start, precision)
    return period_last_day(end, end_precision)


URL_NAMES = {
    "round": "site:round",
    "event": "site:event",
    "agreement": "site:agreement",
    "tenure": "site:tenure",
}
URL_KEY = links.KEY


def url_pattern(kind: str) -> str:
    """'/rounds/{key}/': reversed once per kind (a page lists hundreds of items)."""
    return links.url_pattern(URL_NAMES[kind])


# Each takes a record whose citations were prefetched, or `citations=()` to leave them for
# later (the timeline page fetches the citations of the items on its list page only).


def round_item(r: Round, citations: tuple | None = None) -> TimelineItem:
    return TimelineItem(
        "round", r, r.track, r.title, r.start_date, r.end_date, Precision.DAY, Precision.DAY,
        r.city, r.summary, tuple(r.citations.all()) if citations is None else citations,
    )  # fmt: skip


def event_item(e: Event, citations: tuple | None = None) -> TimelineItem:
    return TimelineItem(
        "event", e, e.track, e.title, e.start_date, e.end_date, e.precision, e.precision,
        e.place, e.summary, tuple(e.citations.all()) if citations is None else citations,
    )  # fmt: skip


def agreement_item(a: Agreement, citations: tuple | None = None) -> TimelineItem:
    return TimelineItem(
        "agreement", a, a.track, a.title, a.date, None, a.precision, a.precision,
        a.place, a.summary, tuple(a.citations.all()) if citations is None else citations,
    )  # fmt: skip


def tenure_item(t: EnvoyTenure, citations: tuple | None = None) -> TimelineItem:
    return TimelineItem(
        "tenure", t, t.track, t.title, t.start_date, t.end_date, Precision.DAY, t.end_precision,
        "", t.summary, tuple(t.citations.all()) if citations is None else citations,
    )  # fmt: skip


def record_items(lists: "Catalogue") -> tuple[TimelineItem, ...]:
    """Every round, agreement and tenure of a copy of the record's lists as the timeline's
    items, in its order (made once per copy: `Catalogue.derived`)."""
    records = lists.records
    return tuple(
        sorted(
            [
                *(round_item(r, ()) for r in records.rounds),
                *(agreement_item(a, ()) for a in records.agreements),
                *(tenure_item(t, ()) for t in records.tenures),
            ],
            key=lambda i: i.sort_key,
        )
    )


TARGET_IDS = tuple(f"{kind}_id" for kind in Citation.TARGETS)
# The fewest keys of each kind a page's reads of its listed items' records (their sources,
# the people a search found there) are padded to (chronology/prepared.py): the list's
# rounds and agreements number from 1 to a dozen or so, and each mix of their lengths was
# a shape of its own, compiled on a worker's first page with it (some 1 ms a read).
KEYS_READ_AT_ONCE = 16


@dataclass(frozen=True)
class CitedSource(SourceNaming):
    """A source as the list names and links it (Source's own naming), read as a row:
    a page of the list cites a hundred sources or more, and needs no model for them."""

    pk: int
    url: str
    publisher: str
    title: str


# A citation as the list reads it: the record it supports (one of the target ids), then
# its source.
CITED_COLUMNS = (
    *TARGET_IDS,
    "pk",
    "source_id",
    "source__url",
    "source__publisher",
    "source__title",
)


def cited_sources(**keys: list[int]):
    """The citations of the records `keys` names (their ids by kind), as rows of
    CITED_COLUMNS: one part per kind the list holds, joined (UNION ALL; a citation
    supports exactly one record, so no row comes twice). Each part finds its citations
    through its kind's index; with the kinds' conditions OR'd in one part, SQLite may read
    every source and each of its citations instead (thousands for a source many records
    cite)."""
    first, *rest = (
        Citation.objects.filter(**{f"{kind}__in": pks})
        # Unordered, so that the database finds them through each record's index; ordered
        # by primary key, SQLite reads the whole table in that order instead.
        .order_by()
        # The list shows a source's name and link: its text and the rest stay unread.
        .values_list(*CITED_COLUMNS)
        for kind, pks in keys.items()
    )
    return first.union(*rest, all=True).order_by() if rest else first


def with_sources(entries: list[TimelineItem]) -> list[TimelineItem]:
    """The entries with the sources their citations name (in the citations' order), read
    in one query for every kind of record."""
    keys: dict[str, list[int]] = defaultdict(list)
    for item in entries:
        keys[item.kind].append(item.record.pk)
    if not entries:
        return entries
    # Its SQL made once per worker for each number of items of each kind (prepared.py),
    # each padded to a list page's worth: one shape for most pages.
    at_least = dict.fromkeys(keys, KEYS_READ_AT_ONCE)
    rows = prepared_rows("timeline.with_sources", cited_sources, at_least=at_least, **keys)
    targets = len(TARGET_IDS)
    sources: dict[int, CitedSource] = {}
    cited: dict[tuple[str, int], list[CitedSource]] = defaultdict(list)
    for row in sorted(rows, key=operator.itemgetter(targets)):  # by the citation's key
        source_id = row[targets + 1]
        if (source := sources.get(source_id)) is None:
            source = sources[source_id] = CitedSource(source_id, *row[targets + 2 :])
        for kind, pk in zip(Citation.TARGETS, row[:targets], strict=True):
            if pk is not None:
                cited[(kind, pk)].append(source)
    return [amended(item, sources=tuple(cited[(item.kind, item.record.pk)])) for item in entries]


# What a list page adds to its items (with_sources, with_outcomes): no value an item
# works out from its other fields (url, dates, kind_label) depends on these.
ADDED_FIELDS = frozenset({"sources", "produced"})


def amended(item: TimelineItem, **added) -> TimelineItem:
    """A copy of `item` with `added` (ADDED_FIELDS only): dataclasses.replace() without
    its __init__, five times cheaper, for a page amends fifty items; what the item had
    worked out already (its url, dates) comes along."""
    if not added.keys() <= ADDED_FIELDS:
        raise TypeError(f"amended() adds {sorted(ADDED_FIELDS)} only, not {sorted(added)}")
    copy = object.__new__(TimelineItem)
    copy.__dict__.update(item.__dict__, **added)
    return copy


def with_outcomes(
    entries: list[TimelineItem], produced: dict[int, tuple[Agreement, ...]]
) -> list[TimelineItem]:
    """The list's rounds with the agreements each produced (`produced`: by round id, from
    the worker's catalogue, chronology/catalogue.py)."""
    pattern = url_pattern("agreement")
    return [
        amended(
            item,
            produced=tuple(
                (a.title, pattern.replace(URL_KEY, a.slug))
                for a in produced.get(item.record.pk, ())
            ),
        )
        if item.kind == "round"
        else item
        for item in entries
    ]
