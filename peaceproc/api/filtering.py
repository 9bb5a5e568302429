"""The timeline's filters, as the API and the exports read them.

The meaning of every parameter lives in `peaceproc.site.filters` (the page's own
form); this module only decides which parameters an endpoint takes and turns an
invalid value into a 400 instead of the page's "leave it out and go on".
"""

from functools import cached_property

from django.http import QueryDict

from peaceproc.chronology.models import Event, Track
from peaceproc.site.filters import (
    FILTER_PARAMS,
    WINDOW_PARAMS,
    TimelineFilters,
    filtered_items,
    filtered_querysets,
)

from .http import DEFAULT_LIMIT, ApiError

# The page's own parameters that are not filters (its visible window and list
# page): an export link copied from the page may carry them, and they change
# nothing in what is exported.
PAGE_ONLY_PARAMS = (*WINDOW_PARAMS, "page")
# For the page cache's key (peaceproc.pagecache.key_params): the filters read once, the
# ones read as lists, and the pagination's defaults, which mean the same as no value.
SINGLE_FILTERS = tuple(name for name in FILTER_PARAMS if name not in ("track", "kind"))
EMPTY_IS_ABSENT = {name: ("",) for name in SINGLE_FILTERS}
PAGINATION_DEFAULTS = {"limit": (str(DEFAULT_LIMIT),), "offset": ("0",)}


class ApiFilters(TimelineFilters):
    """The timeline's filters with one default changed for the API: without
    `track`, every track rather than the page's default lanes. A program asking
    for /api/rounds expects every round, not the ones the page shows first."""

    @cached_property
    def selected_tracks(self) -> list[Track]:
        if self.value("track"):
            return super().selected_tracks
        return list(self.tracks)


# The page's form adds `from` and `to` to base_fields after its class is built (a
# keyword cannot be a class attribute), so a subclass would not inherit them.
ApiFilters.base_fields = TimelineFilters.base_fields


def form_errors(filters: TimelineFilters) -> dict[str, list[str]]:
    return {
        name: [str(message) for message in messages] for name, messages in filters.errors.items()
    }


def bound_filters(query: QueryDict, *, form_class=ApiFilters) -> TimelineFilters:
    """The filters of this query; ApiError (400) naming every invalid parameter."""
    data = QueryDict(mutable=True)
    for name in FILTER_PARAMS:
        if name in query:
            data.setlist(name, query.getlist(name))
    filters = form_class(data)
    if not filters.is_valid():
        errors = form_errors(filters)
        raise ApiError(
            "Invalid filter parameters: "
            + "; ".join(f"{name}: {' '.join(messages)}" for name, messages in errors.items()),
            details=errors,
        )
    return filters


def check_event_kinds(query: QueryDict) -> None:
    """On /api/events, `kind` takes event kinds only (the timeline's `kind` also
    takes item kinds, which mean nothing there)."""
    wrong = [kind for kind in query.getlist("kind") if kind not in Event.Kind.values]
    if wrong:
        raise ApiError(
            f"kind must be an event kind ({', '.join(Event.Kind.values)}), not {wrong[0]!r}.",
            details={"kind": [f"“{kind}” is not an event kind." for kind in wrong]},
        )


__all__ = [
    "EMPTY_IS_ABSENT",
    "FILTER_PARAMS",
    "PAGE_ONLY_PARAMS",
    "PAGINATION_DEFAULTS",
    "SINGLE_FILTERS",
    "ApiFilters",
    "TimelineFilters",
    "bound_filters",
    "check_event_kinds",
    "filtered_items",
    "filtered_querysets",
]
