"""A slug changed back (issue 11, fix11y 3): A renamed B and then back to A leaves A live
and B a former slug leading to it, never a former slug equal to a live one, whether the
change back is a rename (services.rename_slug, the admin's slug edit) or a version
restored from the admin's history (audit.revert), which wrote the slug past the rename's
rule. A former slug the history restores passes the checks one added by hand does."""

from django.urls import reverse

from peaceproc.audit import services as audit
from peaceproc.audit.models import AuditEntry
from peaceproc.chronology import services
from peaceproc.chronology.models import (
    Agreement,
    EnvoyTenure,
    Event,
    FormerSlug,
    Participant,
    Round,
    SluggedKind,
)
from tests.security.adminforms import confirm_revert

from .base import SeededAdminTestCase

SLUGGED = (Round, Event, Agreement, EnvoyTenure, Participant)


class SlugRenamedBackTests(SeededAdminTestCase):
    def assertNoFormerSlugIsLive(self):
        for kind in SluggedKind.values:
            model = FormerSlug.objects.model._meta.apps.get_model("chronology", kind)
            live = {slug.lower() for slug in model.objects.values_list("slug", flat=True)}
            formers = set(FormerSlug.objects.filter(kind=kind).values_list("slug", flat=True))
            self.assertEqual(formers & live, set(), kind)

    def assertRenamedBack(self, model, record, a: str, b: str):
        record.refresh_from_db()
        self.assertEqual(record.slug, a)
        self.assertFalse(FormerSlug.objects.filter(kind=record._meta.model_name, slug=a))
        self.assertEqual(FormerSlug.objects.current_slug(model, b), a)
        self.assertNoFormerSlugIsLive()

    def revert_in_admin(self, record, entry: AuditEntry, status: int = 302):
        """The revert to `entry` confirmed: restored (a 302), or refused (409)."""
        opts = record._meta
        url = reverse(
            f"admin:{opts.app_label}_{opts.model_name}_audit_revert", args=[record.pk, entry.pk]
        )
        response = confirm_revert(self.client, url)
        self.assertEqual(response.status_code, status)
        return response

    def test_a_rename_back_keeps_the_other_slug_as_the_former_one(self):
        for model in SLUGGED:
            with self.subTest(model.__name__):
                record = model.objects.order_by("pk").first()
                a, b = record.slug, f"{record.slug}-b"
                services.rename_slug(record=record, slug=b)
                services.rename_slug(record=record, slug=a)
                self.assertRenamedBack(model, record, a, b)

    def test_a_revert_to_the_slug_before_a_rename_keeps_the_other_as_former(self):
        for model in SLUGGED:
            with self.subTest(model.__name__):
                record = model.objects.order_by("pk").first()
                a, b = record.slug, f"{record.slug}-b"
                # A version of the record holding A (an admin edit of another field).
                before = audit.snapshot(record)
                audit.record_change(record, user=self.editor, before=before, via="admin")
                holding_a = audit.history(record).first()
                services.rename_slug(record=record, slug=b, user=self.editor, via="admin")
                self.assertEqual(FormerSlug.objects.current_slug(model, a), b)
                self.revert_in_admin(record, holding_a)
                self.assertRenamedBack(model, record, a, b)
                self.assertEqual(audit.history(record).first().action, "revert")
                # The pages follow: A answers, B leads to A.
                if model is Round:
                    self.assertEqual(self.client.get(f"/rounds/{a}/").status_code, 200)
                    response = self.client.get(f"/rounds/{b}/")
                    self.assertEqual(response["Location"], f"/rounds/{a}/")

    def test_a_revert_restoring_a_former_slug_that_is_live_now_is_refused(self):
        round_ = Round.objects.get(slug="astana-4")
        services.rename_slug(record=round_, slug="astana-4-b")
        former = FormerSlug.objects.get(kind="round", slug="astana-4")
        kept = audit.history(former).first() or audit.record_change(former, via="admin")
        services.rename_slug(record=round_, slug="astana-4")  # deletes the former slug
        self.assertFalse(FormerSlug.objects.filter(pk=former.pk))
        response = self.revert_in_admin(former, kept, status=409)
        self.assertContains(response, "own slug now", status_code=409)
        self.assertFalse(FormerSlug.objects.filter(kind="round", slug="astana-4"))
        self.assertNoFormerSlugIsLive()
