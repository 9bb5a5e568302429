"""{% entry item words %}: one item of the timeline's list, built in Python. The list shows
fifty items a page, and a template pays a dozen variable lookups and filters for each;
every text is escaped here as the template would (conditional_escape), and the title and
place carry the search's <mark>s."""

from html import escape

from django import template
from django.utils.safestring import SafeString, mark_safe

from peaceproc.search.folding import highlight

from ..timeline import TimelineItem

register = template.Library()

INDENT = "\n        "


def esc(value) -> str:
    """conditional_escape's result, without its wrapper for lazy strings (a page calls it
    hundreds of times): safe HTML as it is, any other value escaped."""
    if hasattr(value, "__html__"):
        return value.__html__()
    return escape(str(value))


@register.simple_tag
def entry(
    item: TimelineItem, search_words: list[str], people_lines: dict | None = None
) -> SafeString:
    """`people_lines`: item key -> what the people a search found did there (matched.py)."""
    track = item.track
    url = esc(item.url)
    parts = [
        f'<li class="entry entry-{esc(item.kind)} track-{esc(track.slug if track else "other")}'
        f'{" fuzzy" if item.is_fuzzy else ""}" id="entry-{esc(item.key)}">',
        f'<span class="dates"><time datetime="{esc(item.start.isoformat())}">'
        f"{esc(item.dates)}</time></span>",
        f'<span class="kind"><span class="swatch" aria-hidden="true"></span>{esc(item.kind_label)}'
        f"{f' · {esc(track.name)}' if track else ''}</span>",
        f'<a class="title" dir="auto" hx-get="{url}" hx-target="#detail-body" hx-swap="innerHTML"'
        f' hx-push-url="false" data-panel href="{url}">'
        f"{highlight(str(item.title), search_words)}</a>",
        produced(item),
        people(people_lines.get(item.key, []) if people_lines else []),
        f'<span class="place">{highlight(str(item.place), search_words)}</span>'
        if item.place
        else "",
        sources(item),
    ]
    return mark_safe(INDENT.join(parts) + "\n      </li>")  # noqa: S308 - every text escaped


def people(lines: list[SafeString]) -> str:
    if not lines:
        return ""
    return f'<span class="people-match">{"; ".join(lines)}</span>'


def produced(item: TimelineItem) -> str:
    if not item.produced:
        return ""
    links = "; ".join(
        f'<a href="{esc(url)}" dir="auto">{esc(title)}</a>' for title, url in item.produced
    )
    return f'<span class="produced">Produced: {links}</span>'


def sources(item: TimelineItem) -> str:
    if not item.citations:
        return ""
    links = ", ".join(source_link(citation.source) for citation in item.citations)
    return f'<span class="sources">Sources:\n          {links}</span>'


def source_link(source) -> str:
    """A link to the source where its URL is safe to link to, else its name as text."""
    if href := source.href:  # a property that parses the URL: read once
        return f'<a href="{esc(href)}" rel="noopener noreferrer external">{esc(source.label)}</a>'
    return esc(source)
