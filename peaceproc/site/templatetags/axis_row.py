"""{% axis_row t.axis_labels %}: the axis row's labels in one call. A long window labels
fifteen years or more, and the template's loop paid half a dozen lookups and tests for
each; the labels' parts come escaped from site/axis.py, so they are only put together
here, as the loop wrote them."""

from django import template
from django.utils.safestring import SafeString, mark_safe

from ..axis import AxisLabel

register = template.Library()


@register.simple_tag
def axis_row(labels: list[AxisLabel]) -> SafeString:
    return mark_safe("".join(map(axis_label, labels)))  # noqa: S308 - parts escaped in axis.py


def axis_label(label: AxisLabel) -> str:
    """A year's label links to its window on long windows; the others are text."""
    century = f'<span class="century">{label["century"]}</span>' if label["century"] else ""
    if url := label["url"]:
        return (
            f'<a class="{label["css"]}" href="{url}" hx-get="{url}" tabindex="-1" rel="nofollow">'
            f"{century}{label['rest']}</a>"
        )
    return f'<span class="{label["css"]}">{century}{label["rest"]}</span>'
