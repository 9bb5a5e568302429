"""An admin change form whose inline claims more rows than its page could hold is refused
before a row's form is built (outside tester t12a, finding 2: `TOTAL_FORMS=100000` had
2,000 forms built and drawn, 33 to 51 s of a worker and 18 MB)."""

from unittest import mock

from django.forms.formsets import BaseFormSet
from django.urls import reverse

from peaceproc.chronology.admin_inlines import NEW_ROWS_MAX, ROWS_MAX
from peaceproc.chronology.models import Agreement, EnvoyTenure, Event, Participant, Round
from tests.security.adminforms import form_data

from .base import SeededAdminTestCase


class InflatedFormCountTests(SeededAdminTestCase):
    def records(self):
        return {
            "round": Round.objects.order_by("pk").first(),
            "event": Event.objects.order_by("pk").first(),
            "agreement": Agreement.objects.order_by("pk").first(),
            "envoytenure": EnvoyTenure.objects.order_by("pk").first(),
            "participant": Participant.objects.order_by("pk").first(),
        }

    def post_counting_forms(self, url, data):
        built = mock.patch.object(
            BaseFormSet, "_construct_form", autospec=True, side_effect=BaseFormSet._construct_form
        )
        with built as construct:
            response = self.client.post(url, data)
        return response, construct.call_count

    def test_every_inline_refuses_an_inflated_count_without_building_its_forms(self):
        for name, record in self.records().items():
            url = reverse(f"admin:chronology_{name}_change", args=[record.pk])
            page = self.client.get(url)
            prefixes = [inline.formset.prefix for inline in page.context["inline_admin_formsets"]]
            self.assertTrue(prefixes, name)
            for prefix in prefixes:
                for claimed in (ROWS_MAX + 1, 2500, 100_000):
                    with self.subTest(name, prefix=prefix, claimed=claimed):
                        data = form_data(page, **{f"{prefix}-TOTAL_FORMS": str(claimed)})
                        response, built = self.post_counting_forms(url, data)
                        self.assertEqual(response.status_code, 200)
                        self.assertContains(response, f"This form claims {claimed} ")
                        self.assertContains(response, "Nothing was saved")
                        # The other inlines' stored rows only, never the claimed ones.
                        self.assertLess(built, 60)

    def test_stored_rows_the_form_does_not_name_are_refused_unbuilt(self):
        # Outside tester t12c, finding 1: TOTAL and INITIAL both at the bound, no row named:
        # 300 "stored" rows each drawn as deleted by another editor, 5 s and 7.5 MB.
        for name, record in self.records().items():
            url = reverse(f"admin:chronology_{name}_change", args=[record.pk])
            page = self.client.get(url)
            for inline in page.context["inline_admin_formsets"]:
                prefix = inline.formset.prefix
                claims = {
                    f"{prefix}-TOTAL_FORMS": str(ROWS_MAX),
                    f"{prefix}-INITIAL_FORMS": str(ROWS_MAX),
                }
                with self.subTest(name, prefix=prefix):
                    response, built = self.post_counting_forms(url, form_data(page, **claims))
                    self.assertEqual(response.status_code, 200)
                    self.assertContains(response, f"This form claims {ROWS_MAX} stored ")
                    self.assertContains(response, "does not name each one")
                    self.assertLess(built, 60)

    def test_more_new_rows_than_one_save_takes_are_refused_unbuilt(self):
        round_ = Round.objects.order_by("pk").first()
        url = reverse("admin:chronology_round_change", args=[round_.pk])
        page = self.client.get(url)
        formset = page.context["inline_admin_formsets"][0].formset
        initial = formset.initial_form_count()
        data = form_data(page, **{f"{formset.prefix}-TOTAL_FORMS": str(initial + NEW_ROWS_MAX + 1)})
        response, built = self.post_counting_forms(url, data)
        self.assertContains(response, f"This form adds {NEW_ROWS_MAX + 1} new ")
        self.assertLess(built, 60)

    def test_a_refused_count_saves_nothing_and_the_reloaded_form_saves(self):
        event = Event.objects.order_by("pk").first()
        url = reverse("admin:chronology_event_change", args=[event.pk])
        page = self.client.get(url)
        data = form_data(page, place="Inflated-1", **{"citations-TOTAL_FORMS": "100000"})
        refused = self.client.post(url, data)
        self.assertEqual(refused.status_code, 200)
        self.assertContains(refused, 'value="Inflated-1"')  # the editor's value is kept
        event.refresh_from_db()
        self.assertNotEqual(event.place, "Inflated-1")
        saved = self.client.post(url, form_data(self.client.get(url), place="Inflated-1"))
        self.assertEqual(saved.status_code, 302)
        event.refresh_from_db()
        self.assertEqual(event.place, "Inflated-1")

    def test_a_page_offers_rows_up_to_the_bound(self):
        url = reverse("admin:chronology_round_change", args=[Round.objects.first().pk])
        page = self.client.get(url)
        for inline in page.context["inline_admin_formsets"]:
            self.assertEqual(inline.formset.max_num, ROWS_MAX)
