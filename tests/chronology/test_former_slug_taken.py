"""A record never takes another record's former slug (outside tester t10a, issue 11,
finding 1): Astana 4 renamed `astana-4` to `astana-four` kept `astana-4` as a former slug,
and round 5 could then be renamed `astana-4`, so that every link published for Astana 4
opened Astana 5. The rename service and the admin's forms (change and add) refuse it,
naming the record the slug leads to; the ingestion's new participants and events pass
over it to the next free slug."""

from django.core.exceptions import ValidationError
from django.urls import reverse

from peaceproc.chronology import services
from peaceproc.chronology.models import Event, FormerSlug, Participant, Round
from peaceproc.ingest.services import SlugBook, unique_slug

from .base import SeededAdminTestCase


def round_form(round_: Round, **changes) -> dict:
    """The admin's round form as it shows `round_`, with `changes`."""
    data = {
        "track": round_.track_id, "number": round_.number or "", "title": round_.title,
        "slug": round_.slug, "status": round_.status,
        "start_date": round_.start_date.isoformat(),
        "end_date": round_.end_date.isoformat() if round_.end_date else "",
        "city": round_.city, "summary": round_.summary, "confidence": round_.confidence,
        "outcome_kind": round_.outcome_kind, "next_date": "", "next_precision": "day",
        "participations-TOTAL_FORMS": 0, "participations-INITIAL_FORMS": 0,
        "citations-TOTAL_FORMS": 0, "citations-INITIAL_FORMS": 0,
        "conflicts-TOTAL_FORMS": 0, "conflicts-INITIAL_FORMS": 0,
    }  # fmt: skip
    return {**data, **changes}


class FormerSlugTakenTests(SeededAdminTestCase):
    def setUp(self):
        super().setUp()
        self.astana_4 = Round.objects.get(slug="astana-4")
        self.astana_5 = Round.objects.get(slug="astana-5")
        services.rename_slug(record=self.astana_4, slug="astana-four")

    def assertStillLeadsToAstana4(self):
        self.assertEqual(FormerSlug.objects.current_slug(Round, "astana-4"), "astana-four")
        response = self.client.get("/rounds/astana-4/")
        self.assertEqual(response.status_code, 301)
        self.assertEqual(response["Location"], "/rounds/astana-four/")

    def test_the_service_refuses_another_records_former_slug_naming_it(self):
        for slug in ("astana-4", "Astana-4"):
            with self.subTest(slug=slug), self.assertRaises(ValidationError) as refused:
                services.rename_slug(record=self.astana_5, slug=slug)
            message = refused.exception.message_dict["slug"][0]
            self.assertIn(f"“{self.astana_4}” (id {self.astana_4.pk}, now astana-four)", message)
        self.astana_5.refresh_from_db()
        self.assertEqual(self.astana_5.slug, "astana-5")
        self.assertStillLeadsToAstana4()

    def test_a_record_takes_its_own_former_slug_back(self):
        self.assertTrue(services.rename_slug(record=self.astana_4, slug="astana-4"))
        self.assertEqual(FormerSlug.objects.current_slug(Round, "astana-four"), "astana-4")

    def test_a_former_slug_whose_record_is_gone_is_free(self):
        FormerSlug.objects.create(kind="round", slug="astana-gone", record_id=10**9)
        self.assertTrue(services.rename_slug(record=self.astana_5, slug="astana-gone"))

    def test_the_admins_change_form_refuses_it_on_the_field(self):
        url = reverse("admin:chronology_round_change", args=[self.astana_5.pk])
        response = self.client.post(url, round_form(self.astana_5, slug="astana-4"))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, f"id {self.astana_4.pk}, now astana-four")
        self.astana_5.refresh_from_db()
        self.assertEqual(self.astana_5.slug, "astana-5")
        self.assertStillLeadsToAstana4()

    def test_the_admins_add_form_refuses_it_and_adds_with_a_free_slug(self):
        url = reverse("admin:chronology_round_add")
        # At dates of its own: at Astana 5's, it would be refused as a copy of it.
        day = self.astana_5.start_date.replace(year=self.astana_5.start_date.year + 10)
        data = round_form(
            self.astana_5, slug="astana-4", number=99, title="Astana 99",
            start_date=day.isoformat(), end_date=day.isoformat(),
        )  # fmt: skip
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, f"id {self.astana_4.pk}, now astana-four")
        self.assertFalse(Round.objects.filter(number=99).exists())
        response = self.client.post(url, {**data, "slug": "astana-99"})
        self.assertEqual(response.status_code, 302)
        self.assertTrue(Round.objects.filter(slug="astana-99").exists())
        self.assertStillLeadsToAstana4()

    def test_an_unchanged_slug_is_saved_as_it_is(self):
        url = reverse("admin:chronology_round_change", args=[self.astana_5.pk])
        version = self.client.get(url).context["audit_version"]
        data = round_form(self.astana_5, city="Nur-Sultan", _audit_version=version)
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302)
        self.astana_5.refresh_from_db()
        self.assertEqual(self.astana_5.city, "Nur-Sultan")

    def test_ingestion_passes_over_former_slugs_to_the_next_free_one(self):
        person = Participant.objects.order_by("pk").first()
        former = person.slug
        services.rename_slug(record=person, slug=f"{former}-renamed")
        self.assertEqual(unique_slug(former, Participant, max_length=100), f"{former}-2")
        event = Event.objects.order_by("pk").first()
        former = event.slug
        services.rename_slug(record=event, slug=f"{former}-b")
        book = SlugBook(Event, [former, "a-new-event-2030-01-01"], max_length=120)
        self.assertEqual(book.take(former), f"{former}-2")
        self.assertEqual(book.take("a-new-event-2030-01-01"), "a-new-event-2030-01-01")
        # A round is made by hand (the admin), never by ingestion: the book is the same.
        self.assertEqual(
            SlugBook(Round, ["astana-4"], max_length=120).take("astana-4"), "astana-4-2"
        )
