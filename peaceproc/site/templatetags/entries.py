"""{% entries items words %}: the items of the timeline's list, built in Python. The list
shows fifty items a page, and a template pays a dozen variable lookups and filters for
each (and a tag call per item, its arguments resolved each time); every text is escaped
here as the template would (conditional_escape), and the title and place carry the
search's <mark>s. What every item of a track or kind shares (its classes, the track's
name, the kind's label) is escaped once per list."""

from html import escape

from django import template
from django.utils.safestring import SafeString, mark_safe

from peaceproc.search.folding import highlight

from ..marks import label_html, period_html
from ..timeline import TimelineItem

register = template.Library()

INDENT = "\n        "
# Each item on a line of its own, as a {% for %} of the template laid them out.
ITEM = "\n      {}\n      "


def esc(value) -> str:
    """conditional_escape's result, without its wrapper for lazy strings (a page calls it
    hundreds of times): safe HTML as it is, any other value escaped."""
    if hasattr(value, "__html__"):
        return value.__html__()
    return escape(str(value))


@register.simple_tag
def entries(
    items: list[TimelineItem], search_words: list[str], people_lines: dict | None = None
) -> SafeString:
    """`people_lines`: item key -> what the people a search found did there (matched.py)."""
    tracks: dict[int | None, tuple[str, str]] = {}  # by primary key: a model hashes slowly
    html = []
    for item in items:
        track = item.track
        key = track.pk if track else None
        if (escaped := tracks.get(key)) is None:  # its class and name, escaped once a list
            escaped = tracks[key] = (
                esc(track.slug) if track else "other",
                f" · {esc(track.name)}" if track else "",
            )
        html.append(ITEM.format(entry(item, search_words, people_lines, *escaped)))
    return mark_safe("".join(html))  # noqa: S308 - every text escaped


def entry(
    item: TimelineItem,
    search_words: list[str],
    people_lines: dict | None,
    track_slug: str,
    track_name: str,
) -> str:
    """One item's <li> (`track_slug`, `track_name`: its track's, escaped)."""
    url = esc(item.url)
    parts = [
        # The kind is one of four words and the date ISO digits: made here, not stored.
        f'<li class="entry entry-{item.kind} track-{track_slug}'
        f'{" fuzzy" if item.is_fuzzy else ""}" id="entry-{esc(item.key)}">',
        f'<span class="dates"><time datetime="{item.start.isoformat()}">'
        f"{period_html(item.dates)}</time></span>",
        f'<span class="kind"><span class="swatch" aria-hidden="true"></span>'
        f"{label_html(item.kind_label)}{track_name}</span>",
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
    return INDENT.join(parts) + "\n      </li>"


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
    if not item.sources:
        return ""
    links = ", ".join(source_link(source) for source in item.sources)
    return f'<span class="sources">Sources:\n          {links}</span>'


def source_link(source) -> str:
    """A link to the source where its URL is safe to link to, else its name as text; in
    <bdi>, so that a name in another direction (or with a stray override) leaves the text
    after it as it is."""
    if href := source.href:  # a property that parses the URL: read once
        label = esc(source.label)
        return f'<a href="{esc(href)}" rel="noopener noreferrer external"><bdi>{label}</bdi></a>'
    return f"<bdi>{esc(source)}</bdi>"
