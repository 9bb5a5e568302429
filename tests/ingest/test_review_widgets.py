"""The review form's widgets are drawn in Python (issue 9: a long review took seconds of
CPU through the widget templates); they must draw what Django's own templates draw."""

import re

from django import forms
from django.test import SimpleTestCase

from peaceproc.ingest import widgets

CHOICES = [("a", "A & co"), ("b", "B"), ('"><script>', "<script>alert(1)</script>")]


def same_markup(html: str) -> str:
    """Django's templates put newlines and indentation between tags and before labels;
    a browser draws any run of white space as one space, or none between these tags."""
    return re.sub(r">\s+<", "><", re.sub(r"\s+", " ", html.strip()))


class WidgetMarkupTests(SimpleTestCase):
    def assertSameAsDjango(self, django_widget, ours, value):
        attrs = {"id": "id_form-3-x", "required": True, "data-note": 'a "b" <c>'}
        expected = django_widget.render("form-3-x", value, attrs=attrs)
        drawn = ours.render("form-3-x", value, attrs=attrs)
        self.assertEqual(same_markup(drawn), same_markup(expected))
        self.assertNotIn("<script>", drawn)

    def test_select(self):
        for value in ("b", '"><script>', "", None):
            with self.subTest(value=value):
                self.assertSameAsDjango(
                    forms.Select(choices=CHOICES), widgets.Select(choices=CHOICES), value
                )

    def test_radio_buttons(self):
        self.assertSameAsDjango(
            forms.RadioSelect(choices=CHOICES), widgets.RadioSelect(choices=CHOICES), "a"
        )

    def test_checkboxes(self):
        for value in (["a", '"><script>'], [], None):
            with self.subTest(value=value):
                self.assertSameAsDjango(
                    forms.CheckboxSelectMultiple(choices=CHOICES),
                    widgets.CheckboxSelectMultiple(choices=CHOICES),
                    value,
                )

    def test_text_and_date_inputs(self):
        self.assertSameAsDjango(
            forms.TextInput(attrs={"maxlength": 300}),
            widgets.TextInput(attrs={"maxlength": 300}),
            '"><script>alert(1)</script>',
        )
        self.assertSameAsDjango(forms.TextInput(), widgets.TextInput(), None)
        date_attrs = {"type": "date"}
        for value in ("2017-05-04", None):
            self.assertSameAsDjango(
                forms.DateInput(attrs=date_attrs, format="%Y-%m-%d"),
                widgets.DateInput(attrs=date_attrs, format="%Y-%m-%d"),
                value,
            )
