"""Issue 13, item 2: a record's date outside the supported range (1900-01-01 to 2100-12-31)
is refused by the model's validation, so by the admin's forms and the ingestion review,
with a message stating the range; before, such a record vanished from the timeline."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

from peaceproc.chronology.models import Agreement, EnvoyTenure, Event, Round, Source
from peaceproc.ingest.models import PendingArticle
from tests.ingest.test_admin import candidate, formset_data, make_pending
from tests.security.adminforms import form_data

from .base import SeededAdminTestCase

RANGE = "Enter a date between 1900-01-01 and 2100-12-31."
BAD_DATES = ["0001-01-01", "9999-12-31", "0999-05-01", "1899-12-31", "2101-01-01"]


class RecordDateRangeTests(SeededAdminTestCase):
    def test_every_record_date_field_states_the_range(self):
        for model in (Round, Event, Agreement, EnvoyTenure, Source, PendingArticle):
            for field in model._meta.get_fields():
                if type(field) is models.DateField:
                    name = f"{model.__name__}.{field.name}"
                    with self.subTest(name), self.assertRaisesMessage(ValidationError, RANGE):
                        field.clean(date(999, 1, 1), None)

    def test_the_admin_refuses_an_event_dated_outside_the_range(self):
        event = Event.objects.order_by("pk").first()
        url = reverse("admin:chronology_event_change", args=[event.pk])
        page = self.client.get(url)
        for bad in BAD_DATES:
            with self.subTest(date=bad):
                response = self.client.post(url, form_data(page, start_date=bad))
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, RANGE)
        event.refresh_from_db()
        self.assertGreaterEqual(event.start_date.year, 1900)

    def test_the_review_refuses_a_new_event_dated_outside_the_range(self):
        pending = make_pending([candidate()])
        url = reverse("ingest:review", args=[pending.pk])
        formset = self.client.get(url).context["formset"]
        before = Event.objects.count()
        response = self.client.post(url, formset_data(formset, {0: {"date": "0001-01-01"}}))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, RANGE)
        self.assertEqual(Event.objects.count(), before)
