"""{% cite_this record as cite %}: the 'Cite this' block's data for a record's page."""

from django import template
from django.utils import timezone

from peaceproc import links
from peaceproc.api.citing import RecordCitation, cite_record
from peaceproc.chronology.models import Agreement, Event, Round

register = template.Library()

API_DETAIL = {Round: "api:round", Event: "api:event", Agreement: "api:agreement"}


@register.simple_tag(takes_context=True)
def cite_this(context, record) -> RecordCitation:
    """The record's citation, with the sources the page's `record_sources` names where it
    gives them (a round's page, which reads its citations itself: site/roundreads.py),
    else those its prefetched citations name."""
    request = context.get("request")
    path = record.get_absolute_url()
    url = request.build_absolute_uri(path) if request else path
    sources = context.get("record_sources")
    return cite_record(record, url=url, accessed=timezone.localdate(), sources=sources)


@register.simple_tag
def api_url(record) -> str:
    """The record's JSON in the API (the route's pattern reversed once: links.py)."""
    return links.url_for(API_DETAIL[type(record)], record.slug)
