"""The filter form's round and participant <option> lists: every timeline view lists
every round and participant (over a hundred options). Each worker builds them once per
generation of the record (site/catalogue.py, escaped there as a template would); a
request only marks its choice selected."""

from django import template
from django.utils.safestring import SafeString, mark_safe

from ..catalogue import Catalogue

register = template.Library()


@register.simple_tag
def round_options(catalogue: Catalogue, chosen: str | None) -> SafeString:
    """The rounds grouped by track, in the tracks' order (an <optgroup> each)."""
    return mark_safe(catalogue.round_options.html(chosen))  # noqa: S308 - escaped by format_html


@register.simple_tag
def participant_options(catalogue: Catalogue, chosen: str | None) -> SafeString:
    return mark_safe(catalogue.participant_options.html(chosen))  # noqa: S308 - escaped by format_html
