"""The axis row's labels as the timeline draws them: each labelled tick's element (a link
to its year's window on long windows, else a span), with its classes and its text,
written in one pass and escaped once. (The template read each tick through a handful of
lookups and tags, and a long window has some sixty ticks.)"""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .geometry import Tick


def axis_html(ticks: list[tuple[Tick, str]]) -> SafeString:
    """The ticks that carry a label (the others only draw their gridline), one element
    each, end to end. Where the year may read "’14" (site.css), its century "20" is a span
    of its own. The classes are a number and class names (Tick.css): nothing to escape."""
    html = []
    for tick, url in ticks:
        if not tick.label:
            continue
        css = f"tick gs-{tick.start('n')} {tick.css}"
        if url:
            url = escape(url)
            link = f'href="{url}" hx-get="{url}" tabindex="-1" rel="nofollow"'
            html.append(f'<a class="{css}" {link}>')
        else:
            html.append(f'<span class="{css}">')
        if tick.shortened:
            century, rest = tick.label[:2], tick.label[2:]
            html.append(f'<span class="century">{escape(century)}</span>' if century else "")
        else:
            rest = tick.label
        html.append(f"{escape(rest)}</a>" if url else f"{escape(rest)}</span>")
    return mark_safe("".join(html))  # noqa: S308 - every text escaped
