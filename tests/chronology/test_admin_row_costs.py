"""An inline row of the admin's change forms renders without work that is the same for
every row (issue 11, the round's change form): its boxes' and links' URLs are reversed
once per process, and its fields' empty error lists render no template. More rows cost
no more URL reversing; the page is the same (links, boxes and errors as before)."""

from unittest import mock

from django.contrib.admin import widgets
from django.forms.utils import ErrorList
from django.urls import reverse

from peaceproc.chronology import admin_inlines
from peaceproc.chronology.models import Round

from .base import SeededAdminTestCase
from .test_admin_queries import add_rows, posted_back


class RowCostTests(SeededAdminTestCase):
    def reversed_while_drawing(self, url: str) -> int:
        """reverse() calls, by the admin's widgets or the rows' own, for one GET."""
        counted = mock.Mock(side_effect=reverse)
        with (
            mock.patch.object(widgets, "reverse", counted),
            mock.patch.object(admin_inlines, "reverse", counted, create=True),
        ):
            self.assertEqual(self.client.get(url).status_code, 200)
        return counted.call_count

    def test_more_rows_reverse_no_more_urls(self):
        round_ = Round.objects.get(slug="astana-4")
        url = reverse("admin:chronology_round_change", args=[round_.pk])
        self.client.get(url)
        before = self.reversed_while_drawing(url)
        add_rows(round_, rows=6)
        self.assertEqual(self.reversed_while_drawing(url), before)

    def test_the_rows_links_and_boxes_still_lead_to_their_pages(self):
        round_ = Round.objects.get(slug="astana-4")
        html = self.client.get(reverse("admin:chronology_round_change", args=[round_.pk]))
        html = html.content.decode()
        self.assertIn(f'data-ajax--url="{reverse("admin:autocomplete")}"', html)
        self.assertIn(f'href="{reverse("admin:chronology_participant_add")}?', html)
        change = reverse("admin:chronology_source_change", args=["__fk__"])
        self.assertIn(f'data-href-template="{change}?', html)

    def test_an_empty_error_list_renders_nothing_and_errors_as_before(self):
        self.assertEqual(str(admin_inlines.QuietErrorList()), "")
        self.assertEqual(admin_inlines.QuietErrorList().as_ul(), ErrorList().as_ul())
        errors = ["A date is required.", "<b>escaped</b>"]
        self.assertEqual(admin_inlines.QuietErrorList(errors).as_ul(), ErrorList(errors).as_ul())
        self.assertIn("&lt;b&gt;", admin_inlines.QuietErrorList(errors).as_ul())

    def test_a_rows_error_is_shown_on_the_row(self):
        round_ = Round.objects.get(slug="astana-4")
        row = round_.participations.first()
        url = reverse("admin:chronology_round_change", args=[round_.pk])
        data, formsets = posted_back(self.client.get(url))
        index = list(formsets["participations"].queryset).index(row)
        data[f"participations-{index}-role"] = "no-such-role"
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Select a valid choice. no-such-role is not one of")
