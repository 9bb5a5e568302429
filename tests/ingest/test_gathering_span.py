"""A gathering's span is bounded by its kind (outside tester's finding 4, issue 9): a
meeting of 2023-05-05 ending in 2099 is refused, by the review and by the admin's own
event form alike; a ceasefire or a milestone may last years."""

from datetime import date

from django.contrib.auth.models import Permission, User
from django.core.exceptions import ValidationError
from django.urls import reverse

from peaceproc.chronology.models import MAX_GATHERING_DAYS, Event
from tests.security.adminforms import form_data

from .test_admin import IngestTestCase, candidate, formset_data, make_pending

QUOTE = "The envoys met in Geneva on 5 May 2023."


class GatheringSpanTests(IngestTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.omar = User.objects.create_user("omar", password="pw-omar-1", is_staff=True)
        cls.omar.user_permissions.set(
            Permission.objects.filter(
                content_type__app_label="chronology",
                codename__in=["add_source", "add_event", "change_event", "view_event"],
            )
        )

    def setUp(self):
        self.client.force_login(self.omar)

    def review(self, quote=QUOTE, **changes):
        pending = make_pending(
            [candidate(quote=quote, date_text="5 May 2023", date="2023-05-05")],
            published_on=date(2023, 5, 6),
        )
        url = reverse("ingest:review", args=[pending.pk])
        formset = self.client.get(url).context["formset"]
        return self.client.post(url, formset_data(formset, {0: {"action": "create", **changes}}))

    def test_the_review_refuses_a_meeting_ending_decades_later(self):
        before = Event.objects.count()
        response = self.review(end_date="2099-01-01")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, f"A meeting lasts at most {MAX_GATHERING_DAYS} days")
        self.assertEqual(Event.objects.count(), before)

    def test_the_review_takes_a_meeting_of_a_few_days(self):
        # (An edited end date is one its sentence states: review9l.)
        response = self.review("The envoys met in Geneva on 5-7 May 2023.", end_date="2023-05-07")
        self.assertEqual(response.status_code, 302)

    def test_the_admin_refuses_the_same_on_an_existing_event(self):
        event = Event.objects.filter(kind=Event.Kind.MEETING).order_by("pk").first()
        url = reverse("admin:chronology_event_change", args=[event.pk])
        page = self.client.get(url)
        response = self.client.post(url, form_data(page, end_date="2099-01-01"))
        self.assertContains(response, f"lasts at most {MAX_GATHERING_DAYS} days")
        event.refresh_from_db()
        self.assertNotEqual(event.end_date, date(2099, 1, 1))

    def test_a_ceasefire_may_last_years(self):
        event = Event(
            slug="long-truce", title="A long truce", kind=Event.Kind.CEASEFIRE,
            start_date=date(2020, 3, 5), end_date=date(2024, 12, 8),
        )  # fmt: skip
        event.full_clean()
        event.kind = Event.Kind.SUMMIT
        with self.assertRaises(ValidationError):
            event.full_clean()

    def test_an_invalid_end_date_is_the_only_error(self):
        # Loose end 3: the span was measured against the stored end date when the typed
        # one could not be read, and its message quoted a date the editor never typed.
        event = Event.objects.filter(kind=Event.Kind.MEETING).order_by("pk").first()
        event.end_date = event.start_date
        event.save()
        url = reverse("admin:chronology_event_change", args=[event.pk])
        page = self.client.get(url)
        earlier = event.start_date.replace(year=event.start_date.year - 1).isoformat()
        response = self.client.post(url, form_data(page, start_date=earlier, end_date="2024-02-31"))
        self.assertEqual(response.status_code, 200)
        form = response.context["adminform"].form
        self.assertEqual(form.errors, {"end_date": ["Enter a valid date."]})
        self.assertNotContains(response, "lasts at most")

    def test_the_span_is_measured_on_the_typed_dates(self):
        event = Event.objects.filter(kind=Event.Kind.MEETING).order_by("pk").first()
        url = reverse("admin:chronology_event_change", args=[event.pk])
        page = self.client.get(url)
        response = self.client.post(
            url, form_data(page, start_date="2023-01-01", end_date="2023-12-31")
        )
        self.assertContains(response, "2023-01-01 to 2023-12-31 is 365.")
