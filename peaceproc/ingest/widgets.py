"""The review form's widgets, drawn in Python rather than through Django's widget
templates.

A review of a hundred candidates draws about a thousand widgets and ten thousand options;
through the template engine (an include per option, per attribute list) that cost two to
four seconds of a worker's CPU per page (issue 9). These draw the same markup as Django's
default templates (django/forms/widgets/*.html) with format_html: every value and label
escaped, nothing inline but attributes.
"""

from django import forms
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe


def flat_attrs(attrs: dict) -> SafeString:
    """' name="value"' for each attribute; True as a bare name, False and None left out
    (as django/forms/widgets/attrs.html does)."""
    return mark_safe(  # noqa: S308 (every part is format_html output)
        "".join(
            format_html(" {}", name) if value is True else format_html(' {}="{}"', name, value)
            for name, value in attrs.items()
            if value is not False and value is not None
        )
    )


def input_html(widget: dict) -> SafeString:
    value = widget.get("value")
    return format_html(
        '<input type="{}" name="{}"{}{}>',
        widget["type"],
        widget["name"],
        format_html(' value="{}"', value) if value is not None else "",
        flat_attrs(widget["attrs"]),
    )


class PythonInput:
    """An <input> drawn without the template engine."""

    def render(self, name, value, attrs=None, renderer=None):
        return input_html(self.get_context(name, value, attrs)["widget"])


class TextInput(PythonInput, forms.TextInput):
    pass


class DateInput(PythonInput, forms.DateInput):
    pass


class CheckboxInput(PythonInput, forms.CheckboxInput):
    pass


class Select(forms.Select):
    """A <select> drawn without the template engine (no option groups: the review's
    choices have none)."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (option["value"], flat_attrs(option["attrs"]), option["label"])
                for _, group, _ in widget["optgroups"]
                for option in group
            ),
        )
        return format_html(
            '<select name="{}"{}>{}</select>', widget["name"], flat_attrs(widget["attrs"]), options
        )


class MultipleInput:
    """Radio buttons or checkboxes, each in a <div> with its <label>, in one <div>."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        boxes = mark_safe(  # noqa: S308 (every part is format_html output)
            "".join(
                format_html(
                    '<div><label for="{}">{} {}</label></div>',
                    option["attrs"].get("id", ""),
                    input_html(option),
                    option["label"],
                )
                for _, group, _ in widget["optgroups"]
                for option in group
            )
        )
        outer = {key: widget["attrs"].get(key) for key in ("id", "class")}
        return format_html("<div{}>{}</div>", flat_attrs(outer), boxes)


class RadioSelect(MultipleInput, forms.RadioSelect):
    pass


class CheckboxSelectMultiple(MultipleInput, forms.CheckboxSelectMultiple):
    pass


class Textarea(forms.Textarea):
    """A <textarea> drawn without the template engine (a candidate's quote)."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        # Django's template starts the content with a newline, which browsers drop.
        return format_html(
            '<textarea name="{}"{}>\n{}</textarea>',
            widget["name"],
            flat_attrs(widget["attrs"]),
            widget["value"] or "",
        )
