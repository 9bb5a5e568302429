"""The axis row's labels as the timeline template draws them: each labelled tick's
classes, link and text, worked out in one pass and escaped once. (The template read
each through a dozen lookups and filters a tick; plain dicts, since a template's lookup
tries a key before an attribute.)"""

from typing import TypedDict

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .geometry import Tick


class AxisLabel(TypedDict):
    css: SafeString  # "tick gs-17 hide-n": its line and its classes per tier (Tick.css)
    url: SafeString  # the year's window, on long windows; else ""
    century: SafeString  # "20" of "2014" where the year may read "’14" (site.css); else ""
    rest: SafeString  # the rest of the label


def axis_labels(ticks: list[tuple[Tick, str]]) -> list[AxisLabel]:
    """The ticks that carry a label (the others only draw their gridline)."""
    return [
        AxisLabel(
            # A number and class names (Tick.css): nothing to escape.
            css=mark_safe(f"tick gs-{tick.line} {tick.css}"),  # noqa: S308
            url=escape(url),
            century=escape(tick.label[:2] if tick.shortened else ""),
            rest=escape(tick.label[2:] if tick.shortened else tick.label),
        )
        for tick, url in ticks
        if tick.label
    ]
