"""No change form of the record lists a growing table in a plain <select> (issue 11): a
select renders one <option> per row, each through Django's option template, so a picker
of events, rounds, participants or sources would cost more with every row the record
gains (10,000 events in the benchmark). Those pickers are autocomplete boxes, which
render the chosen option only; only tracks, a short list editors curate, keep a select."""

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteMixin, RelatedFieldWidgetWrapper
from django.test import RequestFactory

from peaceproc.chronology.models import Track

from .base import SeededAdminTestCase

# The record's tables that do not grow with it: a full list of them is a fair picker.
SHORT_TABLES = {Track}


def pickers(form_class, *, parent: str | None = None):
    """(field name, the model it picks from, its widget) for each related-object field;
    an inline's link to its parent (`parent`) is a hidden field, not a picker."""
    for name, field in form_class.base_fields.items():
        if name != parent and isinstance(
            field, forms.ModelChoiceField | forms.ModelMultipleChoiceField
        ):
            widget = field.widget
            if isinstance(widget, RelatedFieldWidgetWrapper):
                widget = widget.widget
            yield name, field.queryset.model, widget


class GrowingTablePickerTests(SeededAdminTestCase):
    def test_every_picker_of_a_growing_table_is_an_autocomplete_box(self):
        request = RequestFactory().get("/admin/")
        request.user = self.editor
        checked = 0
        for model, model_admin in admin.site._registry.items():
            if model._meta.app_label != "chronology":
                continue
            forms_ = [(model._meta.model_name, model_admin.get_form(request), None)]
            for inline in model_admin.get_inline_instances(request):
                formset = inline.get_formset(request)
                where = f"{model._meta.model_name} inline {inline.model._meta.model_name}"
                forms_.append((where, formset.form, formset.fk.name))
            for where, form_class, parent in forms_:
                for name, picked, widget in pickers(form_class, parent=parent):
                    checked += 1
                    if picked in SHORT_TABLES:
                        continue
                    with self.subTest(where, field=name):
                        self.assertIsInstance(widget, AutocompleteMixin)
        self.assertGreater(checked, 30)
