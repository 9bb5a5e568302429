"""The API's reads: the timeline's selection (`filtered_querysets`, the single
definition of what each filter means) with what the API shows beyond the page
(participants, rounds, agreements) fetched for every record at once, through the
record QuerySets of `chronology.models`: a page of any size costs the same queries."""

from peaceproc.site.filters import TimelineFilters, filtered_querysets
from peaceproc.site.timeline import (
    TimelineItem,
    agreement_item,
    event_item,
    round_item,
    tenure_item,
)

# Each kind of record: its queryset in the selection, its order in a list, its item,
# and the field its item starts on (the timeline's order: `TimelineItem.sort_key`).
KINDS = {
    "round": ("rounds", ("start_date", "track__order", "pk"), round_item, "start_date"),
    "event": ("events", ("start_date", "title", "pk"), event_item, "start_date"),
    "agreement": ("agreements", ("date", "title", "pk"), agreement_item, "date"),
    "tenure": ("tenures", ("start_date", "pk"), tenure_item, "start_date"),
}


def records(filters: TimelineFilters, kind: str):
    """The records of one kind that pass the filters, in date order (tracks and
    citations fetched by the selection, the rest by `with_related`; a round's agreements
    by `with_produced`)."""
    name, order, _, _ = KINDS[kind]
    selected = getattr(filtered_querysets(filters), name).with_related().order_by(*order)
    return selected.with_produced() if kind == "round" else selected


def timeline_items(filters: TimelineFilters) -> list[TimelineItem]:
    """The page's items for these filters, in the page's order."""
    sets = filtered_querysets(filters)
    items = [
        make(record)
        for name, _, make, _ in KINDS.values()
        for record in getattr(sets, name).with_related()
    ]
    return sorted(items, key=lambda item: item.sort_key)


def timeline_page(filters: TimelineFilters, offset: int, limit: int) -> tuple[int, list]:
    """The number of items for these filters, and the items from `offset` to
    `offset + limit` in the page's order, reading whole records for those only.

    The order is the page's (`TimelineItem.sort_key`: date, rounds first, title),
    taken in Python over (date, title) rows as `timeline_items` sorts whole items:
    the database's collation of titles would differ from it. One query per kind
    for the order, then one per kind on the page with its relations."""
    sets = filtered_querysets(filters)
    keys = []
    for kind, (name, _, _, start) in KINDS.items():
        rank = 0 if kind == "round" else 1
        rows = getattr(sets, name).prefetch_related(None).values_list("pk", start, "title")
        keys += [(day, rank, title, kind, pk) for pk, day, title in rows]
    keys.sort(key=lambda key: key[:3])  # stable, as sorted() keeps timeline_items' ties
    position = {
        (kind, pk): index for index, (*_, kind, pk) in enumerate(keys[offset : offset + limit])
    }
    items = []
    for kind, (name, _, make, _) in KINDS.items():
        ids = [pk for shown, pk in position if shown == kind]
        if ids:
            items += map(make, getattr(sets, name).with_related().filter(pk__in=ids))
    items.sort(key=lambda item: position[(item.kind, item.record.pk)])
    return len(keys), items
