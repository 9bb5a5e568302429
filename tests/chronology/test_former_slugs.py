"""A renamed record's former slug leads to it (outside tester t8q, issue 9, fix9u): the
electoral decree corrected to 20 August 2025 had kept '2025-08-27' in its slug. Slugs are
URLs people cite: renaming keeps the former one (FormerSlug), and every page and API
entry found by slug answers it with a permanent redirect to the record's own URL."""

import importlib

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import TestCase

from peaceproc.chronology import services
from peaceproc.chronology.models import Agreement, Event, FormerSlug, Participant, Round
from tests.seeds import load_shipped_seeds

DECREE = "peoples-assembly-electoral-decree-2025-08-20"
DECREE_BEFORE = "peoples-assembly-electoral-decree-2025-08-27"
MIGRATION = importlib.import_module("peaceproc.chronology.migrations.0008_decree_slug_of_its_date")


class FormerSlugTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_shipped_seeds()

    def assertLeadsTo(self, url: str, target: str):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 301, url)
        self.assertEqual(response["Location"], target)

    def test_the_seeded_decree_has_the_slug_of_its_date_and_the_former_leads_to_it(self):
        decree = Event.objects.get(slug=DECREE)
        self.assertEqual(decree.start_date.isoformat(), "2025-08-20")
        self.assertEqual(FormerSlug.objects.current_slug(Event, DECREE_BEFORE), DECREE)
        self.assertLeadsTo(f"/api/events/{DECREE_BEFORE}", f"/api/events/{DECREE}")
        self.assertEqual(self.client.get(f"/api/events/{DECREE}").status_code, 200)

    def test_every_slugged_page_and_api_entry_follows_a_rename(self):
        for model, page, api, new in (
            (Round, "/rounds/{}/", "/api/rounds/{}", "astana-4-renamed"),
            (Agreement, "/agreements/{}/", "/api/agreements/{}", "an-agreement-renamed"),
            (Participant, "/participants/{}/", "/api/participants/{}", "a-participant-renamed"),
        ):
            with self.subTest(model=model.__name__):
                record = model.objects.order_by("pk").first()
                former = record.slug
                self.assertTrue(services.rename_slug(record=record, slug=new))
                self.assertLeadsTo(page.format(former), page.format(new))
                self.assertLeadsTo(
                    f"{page.format(former)}?zoom=year", f"{page.format(new)}?zoom=year"
                )
                self.assertLeadsTo(api.format(former), api.format(new))
                self.assertEqual(self.client.get(page.format(new)).status_code, 200)

    def test_a_second_rename_leads_both_former_slugs_to_the_record(self):
        round_ = Round.objects.get(slug="astana-4")
        services.rename_slug(record=round_, slug="astana-4-b")
        services.rename_slug(record=round_, slug="astana-4-c")
        self.assertLeadsTo("/rounds/astana-4/", "/rounds/astana-4-c/")
        self.assertLeadsTo("/rounds/astana-4-b/", "/rounds/astana-4-c/")
        # Back to its first slug: that is its own again, never redirected.
        services.rename_slug(record=round_, slug="astana-4")
        self.assertFalse(FormerSlug.objects.filter(kind="round", slug="astana-4").exists())
        self.assertEqual(self.client.get("/rounds/astana-4/").status_code, 200)
        self.assertLeadsTo("/rounds/astana-4-c/", "/rounds/astana-4/")

    def test_a_slug_another_record_holds_is_refused(self):
        round_, other = Round.objects.order_by("pk")[:2]
        with self.assertRaises(ValidationError):
            services.rename_slug(record=round_, slug=other.slug)
        self.assertFalse(FormerSlug.objects.filter(kind="round").exists())

    def test_a_former_slug_leads_to_one_record_of_a_kind(self):
        FormerSlug.objects.create(kind="round", slug="gone", record_id=1)
        with self.assertRaises(IntegrityError), transaction.atomic():
            FormerSlug.objects.create(kind="round", slug="gone", record_id=2)

    def test_an_unknown_former_slug_is_still_not_found(self):
        self.assertEqual(self.client.get("/rounds/no-such-round/").status_code, 404)
        self.assertEqual(self.client.get("/api/events/no-such-event").status_code, 404)


class DecreeMigrationTests(TestCase):
    """The data migration renames the decree of a database seeded before (the seeds'
    loader does the same on `loadseeds --corrections`: test_corrections_later)."""

    @classmethod
    def setUpTestData(cls):
        load_shipped_seeds()

    def test_a_database_with_the_former_slug_follows(self):
        FormerSlug.objects.all().delete()
        decree = Event.objects.get(slug=DECREE)
        Event.objects.filter(pk=decree.pk).update(slug=DECREE_BEFORE)
        MIGRATION.rename(apps, None)
        self.assertEqual(Event.objects.get(pk=decree.pk).slug, DECREE)
        self.assertEqual(FormerSlug.objects.current_slug(Event, DECREE_BEFORE), DECREE)
        MIGRATION.rename(apps, None)  # a second run changes nothing
        self.assertEqual(FormerSlug.objects.count(), 1)
        MIGRATION.rename_back(apps, None)
        self.assertEqual(Event.objects.get(pk=decree.pk).slug, DECREE_BEFORE)
        self.assertFalse(FormerSlug.objects.exists())
