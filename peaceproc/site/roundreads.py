"""A round page's reads (views.round_context): the round, its citations, a page of its
events and its participations, each built as a QuerySet and compiled once per worker
(chronology/prepared.py), then run with the round's slug or key bound.

Built afresh on every request (a prefetch of the citations, `only()` and a window count
for the events, `select_related` for the sources), Django spent several times more CPU
making and compiling the page's five queries than the database took to answer them. The
rows come back as the models those QuerySets gave (`Model.from_db`), with the same
columns read and the same order, so the page reads them as before.
"""

from django.db import DEFAULT_DB_ALIAS
from django.db.models import Count, Model, Window
from django.http import Http404

from peaceproc.chronology.models import Citation, Event, Participation, Round, Source
from peaceproc.chronology.prepared import prepared_rows


def _columns(model: type[Model], *, only=None, leave_out=()) -> tuple[str, ...]:
    """The model's columns (all, or those `only` names, but those `leave_out` names) in
    the order of its fields, which `Model.from_db` reads a row's values in."""
    return tuple(
        field.attname
        for field in model._meta.concrete_fields
        if (only is None or field.attname in only) and field.attname not in leave_out
    )


ROUND_COLUMNS = _columns(Round)
# A page names a source and links to it: its text (a whole article, at times) stays unread.
SOURCE_COLUMNS = _columns(Source, leave_out={"text"})
# What the page's list shows of an event: its title and dates (and its key, for its link).
EVENT_COLUMNS = _columns(Event, only={"id", "title", "start_date", "end_date", "precision"})


def page_round(slug: str) -> Round:
    """The round whose slug is `slug` (as written: views.canonical_slug reads the other
    spellings), with `disputed`: whether sources disagree on it; else Http404."""

    def build(*, slug: str):
        return (
            Round.objects.with_disputed()
            .filter(slug=slug)
            .order_by()
            .values_list(*ROUND_COLUMNS, "disputed")
        )

    rows = prepared_rows("site.roundreads.round", build, texts={"slug": slug})
    if not rows:
        raise Http404("No round has this address.")
    round_ = Round.from_db(DEFAULT_DB_ALIAS, ROUND_COLUMNS, rows[0][:-1])
    round_.disputed = rows[0][-1]
    return round_


def sourced[Row: (Citation, Participation)](model: type[Row], round_id: int) -> list[Row]:
    """The round's citations or participations (`model`), by key, each with its source
    (none for a participation no page states) read in the same row."""
    columns = _columns(model)

    def build(*, round: list[int]):
        source = (f"source__{column}" for column in SOURCE_COLUMNS)
        return model.objects.filter(round__in=round).order_by("pk").values_list(*columns, *source)

    rows = prepared_rows(f"site.roundreads.{model.__name__}", build, round=[round_id])
    cache_source = model._meta.get_field("source").set_cached_value
    made = []
    for row in rows:
        record = model.from_db(DEFAULT_DB_ALIAS, columns, row[: len(columns)])
        source = row[len(columns) :]
        cache_source(record, None if source[0] is None else Source.from_db(
            DEFAULT_DB_ALIAS, SOURCE_COLUMNS, source
        ))  # fmt: skip
        made.append(record)
    return made


def round_events(round_id: int, count: int) -> tuple[list[Event], int]:
    """The round's first `count` events in the list's order (by start, title), and how
    many it has in all (counted in the same query)."""

    def build(*, round: list[int]):
        return (
            Event.objects.filter(round__in=round)
            .annotate(total=Window(Count("pk")))
            .order_by("start_date", "title")[:count]
            .values_list(*EVENT_COLUMNS, "total")
        )

    rows = prepared_rows(f"site.roundreads.events:{count}", build, round=[round_id])
    events = [Event.from_db(DEFAULT_DB_ALIAS, EVENT_COLUMNS, row[:-1]) for row in rows]
    return events, rows[0][-1] if rows else 0
