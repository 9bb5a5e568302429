"""The timeline's items as plain data for the file exports (the JSON API's
responses are serialised by the Schemas themselves, `schemas.py`)."""

from peaceproc.chronology.dates import period_last_day

from .http import Links
from .schemas import TimelineItem


def item_data(item, links: Links) -> dict:
    """An item as /api/timeline shows it, with JSON's types (dates as text)."""
    return TimelineItem.model_validate(item, context={"request": links.request}).model_dump(
        mode="json"
    )


def item_end(item):
    """The last day an item covers, at its precision: an event in May 2017 ends on
    31 May 2017. None for an envoy still in office."""
    if item.kind == "tenure":
        return period_last_day(item.end, item.end_precision) if item.end else None
    last = item.end or item.start
    return period_last_day(last, item.end_precision if item.end else item.precision)


__all__ = ["Links", "item_data", "item_end"]
