"""The axis row's labels as the timeline template draws them: each labelled tick's
classes, link and text, worked out in one pass. (The template read each through a
dozen lookups and filters a tick; plain dicts, since a template's lookup tries a key
before an attribute.)"""

from typing import TypedDict

from .geometry import Tick


class AxisLabel(TypedDict):
    css: str  # "tick gs-17 hide-n": its line and its classes per tier (Tick.css)
    url: str  # the year's window, on long windows; else ""
    century: str  # "20" of "2014" where the year may read "’14" (site.css); else ""
    rest: str  # the rest of the label


def axis_labels(ticks: list[tuple[Tick, str]]) -> list[AxisLabel]:
    """The ticks that carry a label (the others only draw their gridline)."""
    return [
        AxisLabel(
            css=f"tick gs-{tick.line} {tick.css}",
            url=url,
            century=tick.label[:2] if tick.shortened else "",
            rest=tick.label[2:] if tick.shortened else tick.label,
        )
        for tick, url in ticks
        if tick.label
    ]
