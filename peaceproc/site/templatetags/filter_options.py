"""The filter form's round and participant <option> lists, built in Python: every timeline
view lists every round and participant (over a hundred options), and a template loop pays
several variable lookups per option. format_html escapes each value, as a template would."""

from itertools import groupby

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

OPTION = '<option value="{}"{}>{}</option>'
SELECTED = mark_safe(" selected")


def options(pairs, chosen: str | None) -> str:
    return "".join(
        format_html(OPTION, value, SELECTED if value == chosen else "", label)
        for value, label in pairs
    )


@register.simple_tag
def round_options(rounds, chosen: str | None) -> SafeString:
    """The rounds grouped by track, in the tracks' order (an <optgroup> each)."""
    by_track = groupby(sorted(rounds, key=lambda r: r.track.order), key=lambda r: r.track)
    return mark_safe(  # noqa: S308 - each part is format_html
        "".join(
            format_html(
                '<optgroup label="{}">\n          {}\n        </optgroup>',
                track.name,
                mark_safe(options(((r.slug, r.title) for r in group), chosen)),  # noqa: S308
            )
            for track, group in by_track
        )
    )


@register.simple_tag
def participant_options(participants, chosen: str | None) -> SafeString:
    return mark_safe(options(((p.slug, p.name) for p in participants), chosen))  # noqa: S308
