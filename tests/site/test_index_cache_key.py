"""The timeline's page-cache key is derived from its form: every field is a parameter the
key holds (a filter added to the form is cached by its value, never left out of the key),
the multiple-choice ones read as sets."""

from django import forms
from django.http import QueryDict
from django.test import SimpleTestCase

from peaceproc.site import views
from peaceproc.site.filters import TimelineFilters


class IndexCacheKeyTests(SimpleTestCase):
    def test_every_form_field_is_in_the_key(self):
        params = views.index.page_cache_params
        for name, field in TimelineFilters.base_fields.items():
            with self.subTest(name=name):
                key = params.normalised(QueryDict(f"{name}=x&{name}=y"))
                if isinstance(field, forms.MultipleChoiceField):
                    self.assertEqual(key, params.normalised(QueryDict(f"{name}=y&{name}=x")))
                    self.assertEqual(key, f"{name}=x&{name}=y")
                else:
                    self.assertIsNone(key)  # a repeated single value is not cached
                    self.assertEqual(params.normalised(QueryDict(f"{name}=x")), f"{name}=x")

    def test_an_unknown_parameter_is_not_cached(self):
        self.assertIsNone(views.index.page_cache_params.normalised(QueryDict("nosuch=1")))
