"""The form renderer draws Django's plainest widgets in Python (issue 11: the admin's change
forms spent most of their time in widget templates): the same bytes as Django's own
renderer, for awkward values and on the admin's real forms, without a template each."""

import datetime
import re

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import RelatedFieldWidgetWrapper
from django.forms import renderers
from django.test import SimpleTestCase, override_settings
from django.test.signals import template_rendered
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy

from peaceproc.chronology.models import Agreement, Event, Participant, Round
from peaceproc.widgetrender import FormRenderer
from tests.chronology.base import SeededAdminTestCase

STOCK = "django.forms.renderers.DjangoTemplates"

# Attributes of every kind a widget meets: bare (True), left out (False), numbers, text to
# escape, text already safe, lazy translations.
ATTRS = {
    "required": True,
    "disabled": False,
    "size": 8,
    "data-note": 'say "<b>" & go',
    "title": mark_safe("<i>safe</i>"),
    "placeholder": gettext_lazy("Search"),
}


class Text(str):
    """A string of a subclass: drawn as the template draws it, not as a plain one."""


VALUES = [
    None,
    "",
    0,
    12.5,
    "a<b & 'c'",
    Text("<sub>"),
    mark_safe("<em>kept</em>"),
    datetime.date(2017, 5, 4),
]
CHOICES = [
    ("", "---------"),
    (1, "one & <two>"),
    ("Group <A>", [("a1", gettext_lazy("Search")), ("a2", mark_safe("<b>bold</b>"))]),
    (2, 3),
    (None, "none"),
]


class OwnOption(forms.Select):
    option_template_name = "django/forms/widgets/input_option.html"


def widgets():
    """Each widget class whose template the renderer draws, and a few it leaves alone."""
    inputs = [
        forms.TextInput,
        forms.HiddenInput,
        forms.NumberInput,
        forms.EmailInput,
        forms.URLInput,
        forms.PasswordInput,
        forms.DateInput,
        forms.DateTimeInput,
        forms.TimeInput,
        forms.SearchInput,
        forms.TelInput,
        forms.ColorInput,
        forms.FileInput,
        forms.Textarea,
        forms.CheckboxInput,
    ]
    selects = [forms.Select, forms.SelectMultiple, OwnOption]
    yield from (widget(attrs=ATTRS) for widget in inputs)
    yield from (widget(attrs=ATTRS, choices=CHOICES) for widget in selects)
    yield forms.NullBooleanSelect(attrs=ATTRS)
    yield forms.RadioSelect(attrs=ATTRS, choices=CHOICES)
    yield forms.SplitDateTimeWidget(attrs=ATTRS)


def outcome(widget, value, renderer) -> tuple:
    """The widget drawn with `value`, or the error it raises (some values are not for
    every widget: a list for a date input)."""
    try:
        return "drawn", widget.render("field", value, renderer=renderer)
    except (AttributeError, TypeError, ValueError) as error:
        return "refused", type(error)


class WidgetDrawingTests(SimpleTestCase):
    def test_same_bytes_as_the_templates(self):
        drawn, stock = FormRenderer(), renderers.DjangoTemplates()
        values = [*VALUES, [1, "a2"], ["x"], True, False, datetime.datetime(2017, 5, 4, 9, 30)]
        compared = 0
        for widget in widgets():
            for value in values:
                with self.subTest(widget=type(widget).__name__, value=value):
                    expected = outcome(widget, value, stock)
                    self.assertEqual(outcome(widget, value, drawn), expected)
                    compared += expected[0] == "drawn"
        self.assertGreater(compared, 200)

    def test_labels_and_error_lists_same_as_the_templates(self):
        class Form(forms.Form):
            required_css_class = "needed"
            name = forms.CharField(label=gettext_lazy("Name <full>"))
            note = forms.CharField(required=False, label=mark_safe("<b>Note</b>?"))
            when = forms.SplitDateTimeField(label="When")

        drawn, stock = FormRenderer(), renderers.DjangoTemplates()
        forms_ = [
            Form(),
            Form(auto_id=False),
            Form(label_suffix=" &"),
            Form({"name": "", "note": "x", "when_0": "never"}),
        ]

        def drawn_with(renderer, form, field) -> tuple:
            form.renderer = renderer
            return (
                field.label_tag(attrs={"data-x": "<"}),
                field.legend_tag(),
                field.label_tag("<i>own</i>", tag="span"),
                field.errors.render(renderer=renderer),
                form.render(),
            )

        for index, form in enumerate(forms_):
            for field in form:
                with self.subTest(form=index, field=field.name):
                    self.assertEqual(drawn_with(drawn, form, field), drawn_with(stock, form, field))
        self.assertIn("<li>", str(forms_[3]["name"].errors))

    def test_a_callable_attribute_is_called_as_the_template_calls_it(self):
        widget = forms.TextInput(attrs={"data-when": lambda: "<now>"})
        drawn = widget.render("when", "x", renderer=FormRenderer())
        self.assertEqual(drawn, widget.render("when", "x", renderer=renderers.DjangoTemplates()))
        self.assertIn('data-when="&lt;now&gt;"', drawn)

    def test_options_are_drawn_without_a_template(self):
        rendered = []

        def record(sender, template, **kwargs):
            rendered.append(template.name)

        template_rendered.connect(record)
        self.addCleanup(template_rendered.disconnect, record)
        select = forms.Select(attrs=ATTRS, choices=CHOICES * 20)
        html = select.render("field", 1, renderer=FormRenderer())
        self.assertEqual(html.count("<option"), 6 * 20)
        self.assertEqual(rendered, [])
        forms.TextInput().render("field", "x", renderer=FormRenderer())
        self.assertEqual(rendered, [])

    def test_related_widget_links_same_as_the_template(self):
        """The admin's wrapper of a related record's widget: every set of links, a hidden
        widget, a relation limited in its choices (also by a callable, which the template
        calls), each the template's bytes."""
        drawn, stock = FormRenderer(), renderers.DjangoTemplates()
        relation = Event._meta.get_field("round").remote_field
        unlimited = relation.limit_choices_to
        limits = [None, {"number__gt": 1}, lambda: {"number__gt": 1}, lambda: {}]
        flags = ["can_add_related", "can_change_related", "can_delete_related"]
        compared = 0
        for widget in (forms.Select(choices=CHOICES), forms.HiddenInput()):
            for limit in limits:
                for allowed in range(16):
                    options = {flag: bool(allowed >> bit & 1) for bit, flag in enumerate(flags)}
                    options["can_view_related"] = bool(allowed & 8)
                    wrapper = RelatedFieldWidgetWrapper(widget, relation, admin.site, **options)
                    with self.subTest(widget=type(widget).__name__, limit=limit, **options):
                        relation.limit_choices_to = limit
                        try:
                            html = wrapper.render("round", 1, {"id": "id_round"}, drawn)
                            expected = wrapper.render("round", 1, {"id": "id_round"}, stock)
                        finally:
                            relation.limit_choices_to = unlimited
                        self.assertEqual(html, expected)
                        compared += "related-widget-wrapper-link" in expected
        self.assertGreater(compared, 40)
        self.assertEqual(relation.field.get_limit_choices_to(), {}, "left as found")


class AdminFormsTests(SeededAdminTestCase):
    """The admin's change and add forms on the seeds, drawn by the project's renderer and
    by Django's: the same page."""

    def page(self, url: str) -> str:
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        text = response.content.decode()
        text = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", text)
        return re.sub(r'nonce="[^"]+"', "", text)

    def test_the_same_pages_as_djangos_renderer(self):
        urls = []
        for model in (Round, Event, Agreement, Participant):
            name = model._meta.model_name
            record = model.objects.order_by("pk").first()
            urls += [
                reverse(f"admin:chronology_{name}_change", args=[record.pk]),
                reverse(f"admin:chronology_{name}_add"),
            ]
        for url in urls:
            with self.subTest(url=url):
                drawn = self.page(url)
                self.assertGreater(drawn.count("<option"), 0)
                with override_settings(FORM_RENDERER=STOCK):
                    self.assertEqual(drawn, self.page(url))

    def test_a_change_form_renders_no_option_template(self):
        round_ = Round.objects.order_by("pk").first()
        response = self.client.get(reverse("admin:chronology_round_change", args=[round_.pk]))
        self.assertIn(b"<option", response.content)
        self.assertTemplateNotUsed(response, "django/forms/widgets/select_option.html")
        self.assertTemplateNotUsed(response, "django/forms/widgets/select.html")
        self.assertTemplateNotUsed(response, "django/forms/label.html")
        self.assertTemplateNotUsed(response, "django/forms/errors/list/ul.html")
        self.assertTemplateNotUsed(response, "admin/widgets/related_widget_wrapper.html")
