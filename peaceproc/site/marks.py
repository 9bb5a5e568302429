"""What a lane draws: a Mark per item or cluster of events, and its link.

A mark's link names the item three ways: a visible label (full or short, chosen per
layout tier by geometry.pack), a tooltip shown on hover and on focus, and a hidden text
for screen readers with the title, kind and dates."""

from dataclasses import dataclass
from functools import cache, lru_cache
from html import escape
from operator import attrgetter

from .geometry import Box
from .gridcss import COLUMNS, TIERS

HIDDEN = attrgetter("hidden")  # a tier's placement counted in a badge
TIP_END = COLUMNS * 3 // 5  # a mark starting past this opens its tooltip leftwards

# Each layout tier's class suffix: "gs-3" in the narrow one, "gsw-3", "gsx-3" in the wider.
TIER_SUFFIXES = tuple((tier, "" if tier == "n" else tier) for tier in TIERS)

# A label from a short fixed list (a kind of item, of cluster), escaped once a worker.
label_html = cache(escape)
# A period as format_period writes it (which memoises it): the lanes and the list show
# the same few hundred periods on every page.
period_html = lru_cache(maxsize=8192)(escape)


@dataclass(kw_only=True, slots=True)
class Mark(Box):
    """One thing drawn on a lane: an item, or a cluster of events."""

    key: str
    dates: str
    kind_label: str
    url: str
    cancelled: bool = False
    uncertain_end: int = 0  # tenths of the bar hatched at its end (a month-only end date)
    opens_panel: bool = True  # items open the detail panel; a cluster zooms in
    # A group of one (lanes.group_maker): its item's kind, which it is drawn as (an
    # agreement's diamond, a month-only event's hatched bar), as in the tiers that draw
    # the item itself.
    drawn_as: str = ""

    @property
    def drawn(self) -> bool:
        """Whether some layout tier draws the mark (else each counts it in a badge)."""
        return not all(map(HIDDEN, self.tiers.values()))  # map: no generator per mark

    @property
    def css(self) -> str:
        """All the mark's classes at once (the template renders hundreds of marks)."""
        classes = [f"mark mark-{self.drawn_as or self.kind}"]
        for tier, suffix in TIER_SUFFIXES:
            placement = self.tiers[tier]
            classes.append(
                f"gs{suffix}-{placement.area_start} ge{suffix}-{placement.area_end}"
                f" r{suffix}-{placement.row} l{tier}-{placement.label}"
            )
            if placement.flipped:
                classes.append(f"flip-{tier}")
            if placement.on_bar:
                classes.append(f"on-{tier}")
            if placement.hidden:
                classes.append(f"gone-{tier}")
        if self.fuzzy:
            classes.append("fuzzy")
        if self.cancelled:
            classes.append("cancelled")
        if self.clipped_start:
            classes.append("clipped-start")
        if self.clipped_end:
            classes.append("clipped-end")
        if self.start_line > TIP_END:
            classes.append("tip-end")
        if self.kind == "cluster" and self.count == 1:
            classes.append("single")
        if self.uncertain_end:
            classes.append(f"fuzzy-end fe-{self.uncertain_end}")
        return " ".join(classes)

    def html(self) -> str:
        """The mark's link. Built here rather than in a template because a page draws
        hundreds of marks; every text is escaped, as a template would (the classes, the
        date and the numbers are made here of letters, digits and hyphens; the kind's
        label, one of a few, is escaped once a worker). An f-string: str.format with
        named fields costs more than the rest of the mark."""
        url, title, dates = escape(self.url), escape(self.title), period_html(self.dates)
        panel, more = (PANEL_ATTRIBUTES, "") if self.opens_panel else ("", ": show them")
        return (
            f'<a class="{self.css}" href="{url}" hx-get="{url}"{panel}'
            f' data-first="{self.first.isoformat()}">'
            f'<span class="bar w-{int(self.span)}" aria-hidden="true"></span>'
            f'<span class="label" aria-hidden="true"><bdi class="full">{title}</bdi>'
            f'<span class="short">{escape(self.short) if self.short else ""}</span></span>'
            f'<span class="visually-hidden">{title}, {label_html(self.kind_label)}, {dates}{more}'
            f'</span><span class="tip" aria-hidden="true"><bdi>{title}</bdi>'
            f' <span class="tip-dates">{dates}</span></span></a>'
        )


# An item's mark opens the detail panel; a cluster's swaps the timeline (zooming in).
PANEL_ATTRIBUTES = ' hx-target="#detail-body" hx-swap="innerHTML" hx-push-url="false" data-panel'
