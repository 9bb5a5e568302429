"""{{ query|api_timeline_query }}: the /api/timeline query that lists what a page shows.

A page's export links carry its query ("?round=astana-4", the timeline's filters); the
exports read it as the page does, but the API without `track` reads every track, where
the page shows its default lanes. The API link therefore names the page's tracks, and
leaves out the page's own window and page parameters (zoom, at, page), which the API
does not take.
"""

from django import template
from django.http import QueryDict

from peaceproc.chronology.models import OTHER_LANE
from peaceproc.site.catalogue import API_QUERIES_KEPT, Catalogue, catalogue
from peaceproc.site.filters import FILTER_PARAMS, TimelineFilters

register = template.Library()


@register.filter
def api_timeline_query(query: "str | TimelineFilters", lists: Catalogue | str = "") -> str:
    """From a page's query string, or from the timeline's own form (no second one). A
    query string's answer depends on it and the record's lists only: kept with this
    worker's copy of the lists (site/catalogue.py), or with `lists`, the copy the page
    has already read (no second read of the record's generation)."""
    if isinstance(query, TimelineFilters):
        return timeline_query(query)
    query = query or ""
    lists = lists or catalogue()
    known = lists.api_queries
    if (found := known.get(query)) is None:
        filters = TimelineFilters(QueryDict(query.removeprefix("?")), lists=lists)
        filters.is_valid()
        found = timeline_query(filters)
        if len(known) < API_QUERIES_KEPT:
            known[query] = found
    return found


def timeline_query(filters: TimelineFilters) -> str:
    tracks = [track.slug for track in filters.selected_tracks] + [OTHER_LANE] * filters.other_lane
    return filters.query(
        drop=tuple(name for name in filters.query_params if name not in FILTER_PARAMS),
        track=tracks,
    )
