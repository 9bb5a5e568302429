"""{{ text|highlight:words }}: the text, escaped, with the words a search matched marked."""

from django import template

from peaceproc.search.folding import highlight as highlight_words

register = template.Library()


@register.filter
def highlight(text: str, words: list[str]):
    return highlight_words(str(text), words)
