"""Filters for the API's documentation page."""

import re

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def backticks(text) -> str:
    """`code` in the schema's descriptions (CommonMark there) as <code> here.
    The text is escaped first, so only the <code> tags are markup."""
    return mark_safe(re.sub(r"`([^`]+)`", r"<code>\1</code>", escape(text)))  # noqa: S308
