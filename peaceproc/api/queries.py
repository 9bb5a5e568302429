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

# Each kind of record: its queryset in the selection, its order in a list, its item.
KINDS = {
    "round": ("rounds", ("start_date", "track__order", "pk"), round_item),
    "event": ("events", ("start_date", "title", "pk"), event_item),
    "agreement": ("agreements", ("date", "title", "pk"), agreement_item),
    "tenure": ("tenures", ("start_date", "pk"), tenure_item),
}


def records(filters: TimelineFilters, kind: str):
    """The records of one kind that pass the filters, in date order (tracks and
    citations fetched by the selection, the rest by `with_related`)."""
    name, order, _ = KINDS[kind]
    return getattr(filtered_querysets(filters), name).with_related().order_by(*order)


def timeline_items(filters: TimelineFilters) -> list[TimelineItem]:
    """The page's items for these filters, in the page's order."""
    sets = filtered_querysets(filters)
    items = [
        make(record)
        for name, _, make in KINDS.values()
        for record in getattr(sets, name).with_related()
    ]
    return sorted(items, key=lambda item: item.sort_key)
