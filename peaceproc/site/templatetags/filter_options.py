"""The filter form's round and participant <option> lists: every timeline view lists
every round and participant (over a hundred options). Each worker builds them once per
generation of the record (site/catalogue.py, escaped there as a template would); a
request only marks its choice selected. And its track and kind checkboxes."""

from django import template
from django.utils.html import conditional_escape as esc
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


# A checkbox of the filter form, on a line of its own as a {% for %} of the template laid
# them out (`indent`: the lines' indentation).
CHECKBOX = (
    '\n{indent}<label class="{css}"><input type="checkbox" name="{name}" value="{value}"'
    ' id="f-{name}-{value}"{checked}> {text}</label>\n{indent}'
)
TRACK_TEXT = '<span class="swatch" aria-hidden="true"></span>{}'


@register.simple_tag
def track_boxes(form: TimelineFilters) -> SafeString:
    """The tracks' checkboxes, the lanes shown checked: made here, not in a {% for %}, which
    pays a dozen lookups a box on every timeline view. Every text escaped (esc)."""
    selected = form.selected_tracks
    return mark_safe(  # noqa: S308 - every text escaped
        "".join(
            CHECKBOX.format(
                indent="      ",
                css=f"check track-{esc(track.slug)}",
                name="track",
                value=esc(track.slug),
                checked=" checked" if track in selected else "",
                text=TRACK_TEXT.format(esc(track.name)),
            )
            for track in form.tracks
        )
    )


@register.simple_tag
def kind_boxes(form: TimelineFilters) -> SafeString:
    """The kinds' checkboxes (thirteen), those chosen checked; as track_boxes."""
    chosen = form.cleaned_data.get("kind") or ()
    return mark_safe(  # noqa: S308 - every text escaped
        "".join(
            CHECKBOX.format(
                indent="        ",
                css="check",
                name="kind",
                value=esc(value),
                checked=" checked" if value in chosen else "",
                text=esc(label),
            )
            for value, label in form.fields["kind"].choices
        )
    )
