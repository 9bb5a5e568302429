"""{% route 'site:index' %}: what {% url 'site:index' %} gives for a route without
arguments, from peaceproc/links.py's cache rather than a reverse() per tag (a timeline
page names such routes about twenty times)."""

from django import template

from peaceproc import links

register = template.Library()


@register.simple_tag
def route(name: str) -> str:
    return links.route(name)
