"""Former slugs lead only where they should (re-tester t9r, issue 11 item 6): the admin
refused no former slug, so one could be another record's live slug, the record's own, a
missing record's or in other case, and after Astana 5 was renamed `/rounds/astana-5/`
led to Astana 4; a slug edited in the admin kept no former slug, so the old address was
a 404. Every former slug passes services.check_former_slug (admin form) or is kept by
services.keep_former_slug (rename_slug, which the admin's slug edit goes through), and
the database holds them in lower case."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from peaceproc.audit.models import AuditEntry
from peaceproc.chronology import services
from peaceproc.chronology.models import Event, FormerSlug, Participant, Round
from tests.security.adminforms import form_data

from .base import SeededAdminTestCase

ADD = "/admin/chronology/formerslug/add/"


class FormerSlugCheckTests(SeededAdminTestCase):
    def setUp(self):
        super().setUp()
        self.astana_4 = Round.objects.get(slug="astana-4")
        self.astana_5 = Round.objects.get(slug="astana-5")

    def add(self, **fields):
        return self.client.post(ADD, {"kind": "round", **fields})

    def assertRefused(self, response, field, message):
        self.assertEqual(response.status_code, 200)
        self.assertIn(message, " ".join(response.context["adminform"].form.errors[field]))
        self.assertFalse(FormerSlug.objects.filter(kind="round").exists())

    def test_the_admin_refuses_a_former_slug_that_cannot_lead_to_its_record(self):
        pk4, pk5 = self.astana_4.pk, self.astana_5.pk
        missing = Round.objects.order_by("-pk").first().pk + 1
        for fields, field, message in (
            ({"slug": "astana-5", "record_id": pk4}, "slug", "“Astana 5” (id"),
            ({"slug": "ASTANA-5", "record_id": pk4}, "slug", "in lower case (astana-5)"),
            ({"slug": "Astana-5-old", "record_id": pk5}, "slug", "in lower case"),
            ({"slug": "astana-4", "record_id": pk4}, "slug", "own slug now"),
            ({"slug": "astana-4-old", "record_id": missing}, "record_id", f"id {missing}."),
        ):
            with self.subTest(**fields):
                self.assertRefused(self.add(**fields), field, message)
        response = self.add(slug="astana-5", record_id=pk4)
        self.assertContains(response, "has this slug now")
        self.assertContains(response, 'class="errorlist')

    def test_a_valid_former_slug_is_added_and_leads_to_its_record(self):
        response = self.add(slug="astana-5-july", record_id=self.astana_5.pk)
        self.assertEqual(response.status_code, 302)
        response = self.client.get("/rounds/astana-5-july/")
        self.assertRedirects(response, "/rounds/astana-5/", 301, fetch_redirect_response=False)

    def test_the_service_checks_every_kind(self):
        event = Event.objects.order_by("pk").first()
        participant = Participant.objects.order_by("pk").first()
        services.check_former_slug(kind="event", slug="an-unused-slug", record_id=event.pk)
        for kind, slug, record_id in (
            ("event", event.slug, event.pk),
            ("participant", participant.slug.upper(), participant.pk),
            ("participant", "an-unused-slug", 0),
            ("source", "astana-old", 1),  # no kind with former slugs
        ):
            with self.subTest(kind=kind, slug=slug), self.assertRaises(ValidationError):
                services.check_former_slug(kind=kind, slug=slug, record_id=record_id)

    def test_the_database_holds_former_slugs_in_lower_case(self):
        for slug in ("Astana-5-old", ""):
            with self.subTest(slug=slug), self.assertRaises(IntegrityError), transaction.atomic():
                FormerSlug.objects.create(kind="round", slug=slug, record_id=self.astana_5.pk)

    def test_a_slug_edited_in_the_admin_keeps_the_old_address(self):
        # The tester's path: a former slug naming Astana 4 under Astana 5's live slug is
        # refused now, and Astana 5 renamed in the admin keeps its own old address.
        self.assertRefused(self.add(slug="astana-5", record_id=self.astana_4.pk), "slug", "")
        url = reverse("admin:chronology_round_change", args=[self.astana_5.pk])
        data = form_data(self.client.get(url), slug="astana-5-2017", title="Astana 5 (July)")
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302, response.context and response.context["errors"])
        self.astana_5.refresh_from_db()
        self.assertEqual(
            (self.astana_5.slug, self.astana_5.title), ("astana-5-2017", "Astana 5 (July)")
        )
        self.assertEqual(FormerSlug.objects.current_slug(Round, "astana-5"), "astana-5-2017")
        response = self.client.get("/rounds/astana-5/")
        self.assertRedirects(response, "/rounds/astana-5-2017/", 301, fetch_redirect_response=False)
        # The rename is a change of its own in the audit trail, the title the next one.
        entries = AuditEntry.objects.filter(object_id=str(self.astana_5.pk), via="admin")
        changed = [sorted(e.changed_fields) for e in entries.order_by("pk")]
        self.assertEqual(changed, [["slug"], ["title"]])

    def test_renaming_back_and_in_other_case_keeps_no_former_slug_of_a_live_one(self):
        services.rename_slug(record=self.astana_5, slug="astana-5-b")
        services.rename_slug(record=self.astana_5, slug="astana-5")
        self.assertFalse(FormerSlug.objects.filter(slug="astana-5").exists())
        self.assertEqual(FormerSlug.objects.current_slug(Round, "astana-5-b"), "astana-5")
        services.rename_slug(record=self.astana_5, slug="Astana-5")
        self.assertFalse(FormerSlug.objects.filter(slug="astana-5").exists())
