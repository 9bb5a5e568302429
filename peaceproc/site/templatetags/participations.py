"""{% person p %} and {% source_link source %}: a participation and a source as the
record pages show them, built in Python. A round page shows dozens of people, each with
a source; an {% include %} per person (and one more per source) cost a third of its
rendering. Every text is escaped as the template would (conditional_escape)."""

from django import template
from django.utils.html import conditional_escape as esc
from django.utils.safestring import SafeString, mark_safe

from peaceproc.chronology.models import Participation, Source

register = template.Library()


@register.simple_tag
def source_link(source: Source | None) -> SafeString:
    """The source's link (its label), its name where it has no address, else nothing; in
    <bdi>, as every stored name the public pages show."""
    if source is None:
        return mark_safe("")
    if source.href:
        return mark_safe(  # noqa: S308 - every text escaped
            f'<a class="source-link" href="{esc(source.href)}" rel="noopener noreferrer external">'
            f"<bdi>{esc(source.label)}</bdi></a>"
        )
    return mark_safe(f"<bdi>{esc(source)}</bdi>")  # noqa: S308 - escaped


@register.simple_tag
def person(p: Participation, *, title_asked: bool = False) -> SafeString:
    """Who took part (linked), their title and note at the time, and the source saying so.
    `title_asked`: the page asks for the title (a column "title at the time"), so a missing
    one is said to be not known rather than left out."""
    who = p.participant
    parts = [f'<a href="{esc(who.get_absolute_url())}"><bdi>{esc(who.name)}</bdi></a>']
    if p.title:
        parts.append(f', <span class="title">{esc(p.title)}</span>')
    elif title_asked:
        parts.append(', <span class="title muted">title not known</span>')
    if p.note:
        # A note with its own parentheses is set off by a dash: never "(… (…))".
        note = f"— {esc(p.note)}" if "(" in p.note else f"({esc(p.note)})"
        parts.append(f' <span class="note">{note}</span>')
    if p.source:
        parts.append(f' <span class="muted">[{source_link(p.source)}]</span>')
    return mark_safe("".join(parts))  # noqa: S308 - every text escaped
