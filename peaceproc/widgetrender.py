"""The form renderer: Django's, drawing its plainest widgets (inputs, text areas, selects
and their options), labels and empty error lists in Python, byte for byte as their
templates would.

An admin change form holds a few hundred widgets, and a select one line per choice: each
widget a template of its own, each option an include, each attribute list another
(`attrs.html`). Drawing them through the template engine took most of a round's change
form (issue 11: 125-140 ms of CPU a request on the seeds). Here each is one f-string; a
value is shown as the template shows it (`render_value_in_context`: localised, escaped
unless marked safe) and `|stringformat:'s'` keeps its filter's rules.

Django's renderer reads `django/forms/templates` before any app's templates, so these
names always mean Django's own templates and no app can override them there. Anything
else, a list that holds errors, and any widget or label whose context holds what a
template would call (a callable) or an option drawn by another template, is rendered by
the templates as before.
"""

import html
from collections.abc import Callable

from django.forms import renderers
from django.template import Context
from django.template.base import render_value_in_context
from django.template.defaultfilters import stringformat
from django.templatetags.static import static
from django.utils.html import strip_spaces_between_tags
from django.utils.safestring import SafeData, mark_safe
from django.utils.translation import gettext

WIDGETS = "django/forms/widgets/"
OPTION_TEMPLATE = WIDGETS + "select_option.html"

# The context widget templates are rendered in: autoescaping on, the settings' localisation
# and time zone (what the renderer's engine gives a plain dict). Never written to.
_WIDGET_CONTEXT = Context()


def shown(value) -> str:
    """`{{ value }}`. A plain string (most of a form's names, values and labels) is only
    escaped: the template neither localises it nor finds it safe, and Django's lazy
    `escape` costs more than the escaping itself."""
    if type(value) is str:
        return html.escape(value)
    return render_value_in_context(value, _WIDGET_CONTEXT)


def formatted(value) -> str:
    """`{{ value|stringformat:'s' }}`: the filter keeps a safe value safe."""
    text = stringformat(value, "s")
    safe = isinstance(value, SafeData)
    return shown(mark_safe(text) if safe else text)  # noqa: S308 - it was safe before


def attributes(attrs: dict) -> str:
    """`attrs.html`: ` name="value"` each, a True one bare, a False one left out."""
    return "".join(
        f" {shown(name)}" if value is True else f' {shown(name)}="{formatted(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


def _input(widget: dict) -> str:
    """`input.html` (and the templates that only include it: text, hidden, checkbox, ...)."""
    value = widget["value"]
    value_attribute = "" if value is None else f' value="{formatted(value)}"'
    return (
        f'<input type="{shown(widget["type"])}" name="{shown(widget["name"])}"'
        f"{value_attribute}{attributes(widget['attrs'])}>"
    )


def _option(option: dict) -> str:
    """`select_option.html`, its closing line break included (an include keeps it)."""
    return (
        f'<option value="{formatted(option["value"])}"{attributes(option["attrs"])}>'
        f"{shown(option['label'])}</option>\n"
    )


def _select(widget: dict) -> str:
    """`select.html`: each group's options, in an optgroup when the group has a name."""
    parts = [f'<select name="{shown(widget["name"])}"{attributes(widget["attrs"])}>']
    for group_name, options, _ in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{shown(group_name)}">')
        parts.extend(f"\n  {_option(option)}" for option in options)
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return "".join(parts)


def _textarea(widget: dict) -> str:
    """`textarea.html`: its value after a line break (which browsers drop)."""
    value = widget["value"]
    return (
        f'<textarea name="{shown(widget["name"])}"{attributes(widget["attrs"])}>\n'
        f"{shown(value) if value else ''}</textarea>"
    )


def _label(context: dict) -> str | None:
    """`label.html`: the label in its tag, or bare when the field has no id."""
    label = shown(context["label"])
    if not context["use_tag"]:
        return label
    if any(callable(value) for value in context["attrs"].values()):
        return None
    tag = shown(context["tag"])
    return f"<{tag}{attributes(context['attrs'])}>{label}</{tag}>"


def _no_errors(context: dict) -> str | None:
    """`errors/list/ul.html` (and `default.html`, which includes it) for a field without
    errors: nothing. A list with errors is left to the template."""
    return None if context["errors"] else ""


def _widget(draw: Callable[[dict], str]) -> Callable[[dict], str | None]:
    """`draw` applied to the context's widget, or None (to the template) for a widget
    whose context holds what a template would call (Django calls a callable variable)
    or an option drawn by another template."""

    def drawn(context: dict) -> str | None:
        widget = context.get("widget")
        if not isinstance(widget, dict):
            return None
        values = [widget["value"], *widget["attrs"].values()]
        for _, options, _ in widget.get("optgroups", ()):
            for option in options:
                if option["template_name"] != OPTION_TEMPLATE:
                    return None
                values += [option["value"], option["label"], *option["attrs"].values()]
        return None if any(callable(value) for value in values) else draw(widget)

    return drawn


# The admin's related-widget wrapper's links, as its template writes them (the spaces
# between tags go: the links are in a spaceless block): what each needs in the context
# (its flag, its address and the address's parameters), its message and its icon.
_LINKS = (
    (
        "can_change_related",
        '<a class="related-widget-wrapper-link change-related" id="change_id_{name}"\n'
        '            data-href-template="{change_related_template_url}?{url_params}"\n'
        '            data-popup="yes"\n            title="{title}">',
        "Change selected %(model)s",
        "changelink",
    ),
    (
        "can_add_related",
        '<a class="related-widget-wrapper-link add-related" id="add_id_{name}"\n'
        '            data-popup="yes"\n            href="{add_related_url}?{url_params}"\n'
        '            title="{title}">',
        "Add another %(model)s",
        "addlink",
    ),
    (
        "can_delete_related",
        '<a class="related-widget-wrapper-link delete-related" id="delete_id_{name}"\n'
        '            data-href-template="{delete_related_template_url}?{url_params}"\n'
        '            data-popup="yes"\n            title="{title}">',
        "Delete selected %(model)s",
        "deletelink",
    ),
    (
        "can_view_related",
        '<a class="related-widget-wrapper-link view-related" id="view_id_{name}"\n'
        '             data-href-template="{change_related_template_url}?'
        '{view_related_url_params}"\n'
        '             title="{title}">',
        "View selected %(model)s",
        "viewlink",
    ),
)


def _translated(message: str, model: str) -> str:
    """`{% blocktranslate %}` of `message` with its `model`: in English when the
    translation does not format."""
    try:
        return gettext(message) % {"model": model}
    except (KeyError, ValueError):
        return message % {"model": model}


def _related(context: dict) -> str | None:
    """`admin/widgets/related_widget_wrapper.html`: the widget drawn already, then the
    links the editor may follow (none for a hidden widget). A context holding what the
    template would call is left to it."""
    if any(callable(value) for value in context.values()):
        return None
    links = []
    if not context["is_hidden"]:
        values = {key: shown(value) for key, value in context.items() if isinstance(value, str)}
        model = shown(context["model"])
        for flag, tag, message, icon in _LINKS:
            if context[flag]:
                image = shown(static(f"admin/img/icon-{icon}.svg"))
                links.append(
                    tag.format_map(values | {"title": _translated(message, model)})
                    + f'\n            <img src="{image}" alt="" width="24" height="24">\n'
                    "        </a>"
                )
    model_name = shown(context["model_name"])
    reference = "" if context["model_has_limit_choices_to"] else f'data-model-ref="{model_name}"'
    return (
        f'<div class="related-widget-wrapper" {reference}>\n'
        f"    {shown(context['rendered_widget'])}\n    \n        "
        f"{strip_spaces_between_tags(''.join(links))}\n    \n</div>"
    )


# Django's templates that are `{% include "django/forms/widgets/input.html" %}` and no more.
_INPUTS = "input text hidden checkbox number email url password date datetime time search"
_INPUTS += " tel color file"
DRAWN = {WIDGETS + f"{name}.html": _widget(_input) for name in _INPUTS.split()} | {
    WIDGETS + "select.html": _widget(_select),
    WIDGETS + "textarea.html": _widget(_textarea),
    "django/forms/label.html": _label,
    "django/forms/errors/list/ul.html": _no_errors,
    "django/forms/errors/list/default.html": _no_errors,
    "admin/widgets/related_widget_wrapper.html": _related,
}


class FormRenderer(renderers.DjangoTemplates):
    """Django's default renderer, the templates of DRAWN drawn without the engine where
    their function can (it returns None where it leaves the context to the template)."""

    def render(self, template_name, context, request=None):
        draw = DRAWN.get(template_name)
        drawn = None if draw is None else draw(context)
        if drawn is None:
            return super().render(template_name, context, request)
        return drawn.strip()  # as Django's renderer strips what a template gives
