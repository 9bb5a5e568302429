"""The filter form's lists. The round and participant <option>s: every timeline view
lists every round and participant (over a hundred options); each worker builds them once
per generation of the record (site/catalogue.py, escaped there as a template would); a
request only marks its choice selected. The track and kind checkboxes: a few each, but
drawn on every view and every htmx swap of the timeline, where a template loop paid a
dozen lookups and tests per box; built here in one call, each text escaped."""

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from ..catalogue import Catalogue
from ..filters import TimelineFilters

register = template.Library()


@register.simple_tag
def round_options(catalogue: Catalogue, chosen: str | None) -> SafeString:
    """The rounds grouped by track, in the tracks' order (an <optgroup> each)."""
    return mark_safe(catalogue.round_options.html(chosen))  # noqa: S308 - escaped by format_html


@register.simple_tag
def participant_options(catalogue: Catalogue, chosen: str | None) -> SafeString:
    return mark_safe(catalogue.participant_options.html(chosen))  # noqa: S308 - escaped by format_html


# Each box on a line of its own, as the template's {% for %} laid them out.
TRACK_BOX = (
    '\n      <label class="check track-{slug}"><input type="checkbox" name="track"'
    ' value="{slug}" id="f-track-{slug}"{checked}> <span class="swatch" aria-hidden="true">'
    "</span>{name}</label>\n      "
)
KIND_BOX = (
    '\n        <label class="check"><input type="checkbox" name="kind" value="{value}"'
    ' id="f-kind-{value}"{checked}> {label}</label>\n        '
)


@register.simple_tag
def track_checkboxes(filters: TimelineFilters) -> SafeString:
    """A box per track of the record, checked for the lanes shown."""
    shown = {track.pk for track in filters.selected_tracks}
    return mark_safe(  # noqa: S308 - every text escaped
        "".join(
            TRACK_BOX.format(
                slug=escape(track.slug),
                name=escape(track.name),
                checked=" checked" if track.pk in shown else "",
            )
            for track in filters.tracks
        )
    )


@register.simple_tag
def kind_checkboxes(filters: TimelineFilters) -> SafeString:
    """A box per kind of item, checked for the kinds filtered on (none when the value
    sent was refused)."""
    chosen = set(getattr(filters, "cleaned_data", {}).get("kind") or ())
    return mark_safe(  # noqa: S308 - every text escaped
        "".join(
            KIND_BOX.format(
                value=escape(value),
                label=escape(label),
                checked=" checked" if value in chosen else "",
            )
            for value, label in filters.fields["kind"].choices
        )
    )
