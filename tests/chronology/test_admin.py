"""Every model's changelist, add and change pages work for staff and are closed to others."""

from django.apps import apps
from django.urls import reverse

from peaceproc.chronology.models import Round, Source

from .base import SeededAdminTestCase


class AdminSmokeTests(SeededAdminTestCase):
    """Signed in as editor, a superuser (the anonymous test signs out)."""

    def model_urls(self):
        for model in apps.get_app_config("chronology").get_models():
            opts = model._meta
            obj = model.objects.order_by("pk").first()
            self.assertIsNotNone(obj, f"no {opts.model_name} in the seed data")
            base = f"admin:{opts.app_label}_{opts.model_name}"
            yield opts.model_name, reverse(f"{base}_changelist")
            yield opts.model_name, reverse(f"{base}_add")
            yield opts.model_name, reverse(f"{base}_change", args=[obj.pk])

    def test_staff_get_every_page(self):
        for name, url in self.model_urls():
            with self.subTest(name, url=url):
                self.assertEqual(self.client.get(url).status_code, 200)

    def test_anonymous_visitors_are_sent_to_login(self):
        self.client.logout()
        for name, url in self.model_urls():
            with self.subTest(name, url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 302)
                self.assertIn(reverse("admin:login"), response["Location"])

    def test_filters_search_and_date_hierarchy_work(self):
        url = reverse("admin:chronology_round_changelist")
        response = self.client.get(url, {"track__id__exact": Round.objects.first().track_id})
        self.assertEqual(response.status_code, 200)
        response = self.client.get(url, {"q": "Astana 4"})
        self.assertContains(response, "Astana 4")
        response = self.client.get(url, {"start_date__year": "2017"})
        self.assertContains(response, "Astana 4")
        response = self.client.get(
            reverse("admin:chronology_event_changelist"), {"precision__exact": "month"}
        )
        self.assertContains(response, "The Astana process begins")

    def test_autocomplete_finds_participants_by_alias(self):
        response = self.client.get(
            reverse("admin:autocomplete"),
            {
                "term": "Лаврентьев",
                "app_label": "chronology",
                "model_name": "participation",
                "field_name": "participant",
            },
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("Alexander Lavrentiev", response.content.decode())

    def test_a_round_ending_before_it_starts_gets_a_form_error(self):
        round_ = Round.objects.get(slug="astana-4")
        url = reverse("admin:chronology_round_change", args=[round_.pk])
        data = {
            "track": round_.track_id, "number": 4, "title": round_.title, "slug": round_.slug,
            "status": "held", "start_date": "2017-05-03", "end_date": "2017-05-01",
            "city": "Astana", "summary": "", "confidence": "high",
            "outcome_kind": "unknown", "next_date": "", "next_precision": "day",
            "participations-TOTAL_FORMS": 0, "participations-INITIAL_FORMS": 0,
            "citations-TOTAL_FORMS": 0, "citations-INITIAL_FORMS": 0,
            "conflicts-TOTAL_FORMS": 0, "conflicts-INITIAL_FORMS": 0,
        }  # fmt: skip
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "A round cannot end before it starts.")
        round_.refresh_from_db()
        self.assertEqual(str(round_.end_date), "2017-05-04")

    def test_adding_a_source_with_a_stored_text_is_refused_with_a_message(self):
        existing = Source.objects.exclude(text="").get()
        response = self.client.post(
            reverse("admin:chronology_source_add"),
            {"url": "", "publisher": "Copy", "title": "", "published_on": "", "language": "en",
             "text": existing.text},
        )  # fmt: skip
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, f"already stored as source #{existing.pk}")
        self.assertEqual(Source.objects.exclude(text="").count(), 1)
