"""The admin's form renderer: Django's own, with the few templates an inline row repeats
(inputs, selects and their options, text areas, an empty error list, the links around a
related object's box) written in Python.

Why (issue 11, admin finding 1): a round's change form renders some 250 widgets, and each
went through two or three template includes costing tens of microseconds apiece; the
templates were over half of the page's CPU. The Python versions write the same bytes as
Django's templates for the same context (tests/chronology/test_admin_render.py compares
whole change forms rendered both ways). If an app overrides one of them, they are all
rendered as templates again, as is any other template.
"""

from pathlib import Path

import django
from django.forms.renderers import DjangoTemplates
from django.template import TemplateDoesNotExist
from django.templatetags.static import static
from django.utils.formats import localize
from django.utils.functional import cached_property
from django.utils.html import conditional_escape, escape, strip_spaces_between_tags
from django.utils.safestring import SafeData
from django.utils.timezone import template_localtime
from django.utils.translation import gettext

FORMS = "django/forms/"
INPUT_TEMPLATES = [
    f"{FORMS}widgets/{kind}.html"
    for kind in (
        "input",
        "text",
        "hidden",
        "checkbox",
        "number",
        "email",
        "url",
        "password",
        "date",
        "time",
        "datetime",
        "search",
        "tel",
        "color",
    )
]
OPTION_TEMPLATE = f"{FORMS}widgets/select_option.html"


def _value(value) -> str:
    """`{{ value }}` as a template writes it (localised, escaped)."""
    value = localize(template_localtime(value))
    return conditional_escape(value if isinstance(value, str) else str(value))


def _string(value) -> str:
    """`{{ value|stringformat:'s' }}`: not localised; escaped unless already safe."""
    return value if isinstance(value, SafeData) else escape(str(value))


def _attrs(attrs: dict) -> str:
    return "".join(
        f" {_value(name)}" if value is True else f' {_value(name)}="{_string(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


def _input(widget: dict) -> str:
    value = "" if widget["value"] is None else f' value="{_string(widget["value"])}"'
    kind, name = _value(widget["type"]), _value(widget["name"])
    return f'<input type="{kind}" name="{name}"{value}{_attrs(widget["attrs"])}>\n'


def _option(option: dict) -> str:
    value, label = _string(option["value"]), _value(option["label"])
    return f'<option value="{value}"{_attrs(option["attrs"])}>{label}</option>\n'


def _select(widget: dict) -> str | None:
    parts = [f'<select name="{_value(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group_name, options, _index in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{_value(group_name)}">')
        for option in options:
            if option["template_name"] != OPTION_TEMPLATE:
                return None
            parts.append(f"\n  {_option(option)}")
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>\n")
    return "".join(parts)


def _textarea(widget: dict) -> str:
    value = _value(widget["value"]) if widget["value"] else ""
    return (
        f'<textarea name="{_value(widget["name"])}"{_attrs(widget["attrs"])}>\n{value}</textarea>\n'
    )


def _link(kind: str, name: str, attrs: list[str], title: str, indent: str) -> str:
    """One link of admin/widgets/related_widget_wrapper.html, as its template lays it out
    (the spaces between its tags are dropped by the template's `spaceless`)."""
    lines = "".join(f"{indent}{attr}\n" for attr in attrs)
    icon = _value(static(f"admin/img/icon-{kind}link.svg"))
    return (
        f'<a class="related-widget-wrapper-link {kind}-related" id="{kind}_id_{_value(name)}"\n'
        f'{lines}{indent}title="{title}">\n'
        f'<img src="{icon}" alt="" width="24" height="24">\n</a>\n'
    )


def _related(c: dict) -> str:
    """admin/widgets/related_widget_wrapper.html."""
    links = []
    if not c["is_hidden"]:
        params, model = _value(c["url_params"]), {"model": _value(c["model"])}
        if c["can_change_related"]:
            href = f"{_value(c['change_related_template_url'])}?{params}"
            title = gettext("Change selected %(model)s") % model
            attrs = [f'data-href-template="{href}"', 'data-popup="yes"']
            links.append(_link("change", c["name"], attrs, title, " " * 12))
        if c["can_add_related"]:
            href = f"{_value(c['add_related_url'])}?{params}"
            title = gettext("Add another %(model)s") % model
            attrs = ['data-popup="yes"', f'href="{href}"']
            links.append(_link("add", c["name"], attrs, title, " " * 12))
        if c["can_delete_related"]:
            href = f"{_value(c['delete_related_template_url'])}?{params}"
            title = gettext("Delete selected %(model)s") % model
            attrs = [f'data-href-template="{href}"', 'data-popup="yes"']
            links.append(_link("delete", c["name"], attrs, title, " " * 12))
        if c["can_view_related"]:
            href = (
                f"{_value(c['change_related_template_url'])}?{_value(c['view_related_url_params'])}"
            )
            title = gettext("View selected %(model)s") % model
            links.append(
                _link("view", c["name"], [f'data-href-template="{href}"'], title, " " * 13)
            )
    ref = "" if c["model_has_limit_choices_to"] else f'data-model-ref="{_value(c["model_name"])}"'
    return (
        f'<div class="related-widget-wrapper" {ref}>\n    {_value(c["rendered_widget"])}\n    \n'
        f"        {strip_spaces_between_tags(''.join(links).strip())}\n    \n</div>\n"
    )


def _errors(context: dict) -> str | None:
    return "" if not context["errors"] else None


class AdminFormRenderer(DjangoTemplates):
    @cached_property
    def written(self) -> dict:
        """The templates written here; none if any of them, or attrs.html which they all
        include, is not Django's own (overridden by an app), since they include each other."""
        written = {
            **{name: lambda c: _input(c["widget"]) + "\n" for name in INPUT_TEMPLATES[1:]},
            INPUT_TEMPLATES[0]: lambda c: _input(c["widget"]),
            OPTION_TEMPLATE: lambda c: _option(c["widget"]),
            f"{FORMS}widgets/select.html": lambda c: _select(c["widget"]),
            f"{FORMS}widgets/textarea.html": lambda c: _textarea(c["widget"]),
            f"{FORMS}errors/list/ul.html": _errors,
            "admin/widgets/related_widget_wrapper.html": _related,
        }
        own = Path(django.__file__).parent
        names = [*written, f"{FORMS}widgets/attrs.html"]
        return written if all(self._is_djangos(name, own) for name in names) else {}

    def _is_djangos(self, name: str, own: Path) -> bool:
        try:
            origin = self.engine.get_template(name).origin.name
        except TemplateDoesNotExist:
            return False
        return Path(origin).is_relative_to(own)

    def render(self, template_name, context, request=None):
        write = self.written.get(template_name)
        html = write(context) if write is not None else None
        if html is None:
            return super().render(template_name, context, request=request)
        return html.strip()  # as BaseRenderer.render strips a template's output


RENDERER = AdminFormRenderer()


class AdminRendererMixin:
    """A ModelAdmin whose change form is rendered with RENDERER (its inlines: HeldRowsInline)."""

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.default_renderer = RENDERER  # a class made for this call by modelform_factory
        return form
