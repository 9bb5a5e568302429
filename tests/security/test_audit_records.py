"""Issues 9/11: every record an editor can change in the admin is in the audit trail
(tracks, sources, envoys' tenures, conflicts, aliases and participations as well as the
rounds, events, agreements, participants and citations), with its values before and
after, revertible by an editor and not by a viewer; "What's new" lists what the public
sees of them; the trail's list costs the same number of queries however many kinds of
record it shows."""

import datetime

from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from peaceproc.audit import services
from peaceproc.audit.admin import AuditedAdminMixin
from peaceproc.audit.models import AuditEntry
from peaceproc.chronology.models import (
    Conflict,
    EnvoyTenure,
    FormerSlug,
    Participant,
    ParticipantAlias,
    Participation,
    Source,
)
from peaceproc.chronology.services import text_hash

from .adminforms import confirm_delete, confirm_revert, form_data
from .people import PeopleAndRecordTestCase


def change_url(obj) -> str:
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


class WholeRecordTestCase(PeopleAndRecordTestCase):
    """The small record with an envoy's tenure, an alias, a conflict and a former slug too."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        record = cls.record
        envoy = Participant.objects.create(slug="de-mistura", name="Staffan de Mistura",
                                           kind=Participant.Kind.PERSON)  # fmt: skip
        cls.tenure = EnvoyTenure.objects.create(
            slug="de-mistura", envoy=envoy, track=record["track"], title="Staffan de Mistura",
            start_date=datetime.date(2014, 7, 10), end_date=datetime.date(2018, 12, 31),
        )  # fmt: skip
        cls.alias = ParticipantAlias.objects.create(participant=record["participant"],
                                                    name="Russian Federation")  # fmt: skip
        cls.conflict = Conflict.objects.create(
            round=record["round"], field="end date", value_a="4 May", value_b="5 May",
            source_a=record["source"], choice="a", reason="Two say so.",
            source_b=Source.objects.create(url="https://example.org/other", publisher="Other"),
        )  # fmt: skip
        cls.participation = Participation.objects.get(round=record["round"])
        cls.former_slug = FormerSlug.objects.create(
            kind="round", slug=f"{record['round'].slug}-old", record_id=record["round"].pk
        )


class EveryRecordTests(WholeRecordTestCase):
    def setUp(self):
        self.client.force_login(self.alice)

    def edit(self, obj, **changes):
        url = change_url(obj)
        response = self.client.post(url, form_data(self.client.get(url), **changes))
        self.assertEqual(
            response.status_code, 302, response.context and response.context.get("errors")
        )

    def latest(self, obj):
        return services.history(obj).first()

    def test_every_record_model_in_the_admin_is_audited(self):
        # Generalised: whatever record model is added to the admin later falls under this.
        for model, model_admin in admin.site._registry.items():
            if model._meta.app_label != "chronology":
                continue
            with self.subTest(model=model._meta.label):
                self.assertTrue(services.is_audited(model))
                self.assertIsInstance(model_admin, AuditedAdminMixin)

    def test_admin_edits_are_kept_with_before_and_after(self):
        record = self.record
        cases = [
            (record["source"], "url", "https://example.org/astana-4", "https://example.com/moved"),
            (record["track"], "name", "Astana", "Astana process"),
            (self.tenure, "title", "Staffan de Mistura", "Staffan de Mistura (UN envoy)"),
            (self.conflict, "reason", "Two say so.", "Two sources say so."),
            (self.alias, "name", "Russian Federation", "Rossiya"),
            (self.participation, "note", "Guarantor", "A guarantor of the ceasefire"),
        ]
        for obj, field, old, new in cases:
            with self.subTest(model=type(obj).__name__):
                self.edit(obj, **{field: new})
                entry = self.latest(obj)
                self.assertEqual(
                    (entry.action, entry.via, entry.user), ("change", "admin", self.alice)
                )
                # (a source's URL key follows its URL: a revert restores both)
                derived = ["url_key"] if field == "url" else []
                self.assertEqual(entry.changed_fields, [field, *derived])
                self.assertEqual((entry.before[field], entry.after[field]), (old, new))

    def test_a_repointed_source_url_is_restored_from_its_history(self):
        source = self.record["source"]
        self.edit(source, url="https://example.org/astana-4-final")
        first = self.latest(source)
        self.edit(source, url="https://attacker.example/")
        response = self.client.get(reverse("admin:chronology_source_history", args=[source.pk]))
        self.assertContains(response, "Revert to this version", count=1)
        revert = reverse("admin:chronology_source_audit_revert", args=[source.pk, first.pk])
        self.assertContains(
            confirm_revert(self.client, revert, follow=True), "restored to the version of"
        )
        source.refresh_from_db()
        self.assertEqual(source.url, "https://example.org/astana-4-final")
        self.assertEqual(self.latest(source).action, "revert")

    def test_a_source_saved_with_its_text_as_a_browser_sends_it_keeps_the_text(self):
        # Outside tester t8q: a textarea comes back with CRLF line ends; saving only a new
        # URL rewrote the stored text (and its hash, which finds the article again).
        source = self.record["source"]
        text = "First line of the article.\nSecond line."
        Source.objects.filter(pk=source.pk).update(text=text, content_hash=text_hash(text))
        self.edit(source, url="https://example.org/moved", text=text.replace("\n", "\r\n"))
        source.refresh_from_db()
        self.assertEqual(source.url, "https://example.org/moved")
        self.assertEqual(source.text, text)
        self.assertEqual(source.content_hash, text_hash(text))

    def test_a_viewer_reads_the_history_but_cannot_revert(self):
        track = self.record["track"]
        self.edit(track, name="Renamed")
        self.edit(track, name="Renamed again")
        version = services.history(track).last()
        self.client.force_login(self.bob)
        response = self.client.get(reverse("admin:chronology_track_history", args=[track.pk]))
        self.assertContains(response, "Versions of this record")
        self.assertNotContains(response, "Revert to this version")
        revert = reverse("admin:chronology_track_audit_revert", args=[track.pk, version.pk])
        self.assertEqual(self.client.post(revert).status_code, 403)
        self.client.post(
            reverse("admin:audit_auditentry_changelist"),
            {"action": "revert_to_this_version", "_selected_action": [version.pk]},
        )
        track.refresh_from_db()
        self.assertEqual(track.name, "Renamed again")

    def test_a_deleted_alias_is_kept_and_can_be_restored(self):
        pk = self.alias.pk
        url = reverse("admin:chronology_participantalias_delete", args=[pk])
        self.assertEqual(confirm_delete(self.client, url).status_code, 302)
        deleted = services.history(ParticipantAlias, pk).get()
        self.assertEqual((deleted.action, deleted.before["name"]), ("delete", "Russian Federation"))
        services.revert(deleted, user=self.alice)
        self.assertTrue(ParticipantAlias.objects.filter(pk=pk, name="Russian Federation").exists())

    def test_the_track_changelists_quick_edit_is_kept(self):
        track = self.record["track"]
        data = {
            "form-TOTAL_FORMS": "1", "form-INITIAL_FORMS": "1", "form-0-id": str(track.pk),
            "form-0-order": "7", "form-0-shown_by_default": "on", "_save": "Save",
        }  # fmt: skip
        response = self.client.post(reverse("admin:chronology_track_changelist"), data)
        self.assertEqual(response.status_code, 302)
        entry = self.latest(track)
        self.assertEqual((entry.changed_fields, entry.after["order"]), (["order"], 7))

    def test_whats_new_lists_what_the_public_sees(self):
        source, track = self.record["source"], self.record["track"]
        self.edit(source, text="The talks ended with a memorandum, said the text.")
        page = self.client.get("/whats-new/").content.decode()
        self.assertNotIn("Changed the source", page)  # its stored text is not shown to the public
        self.edit(source, url="https://example.com/moved", title="Astana talks ended")
        self.edit(track, name="Astana process", colour="#123456")
        self.edit(self.tenure, end_date="2019-01-07")
        self.edit(self.alias, name="Rossiya")
        page = self.client.get("/whats-new/").content.decode()
        self.assertIn("Changed the source", page)
        self.assertIn(
            'Changed the source <bdi>Astana talks ended</bdi> <span class="muted">(title, url)',
            page,
        )
        self.assertIn(
            'Changed the track <bdi>Astana process</bdi> <span class="muted">(name)', page
        )
        tenure_url = reverse("site:tenure", args=[self.tenure.slug])
        self.assertIn(f'<a href="{tenure_url}"><bdi>Staffan de Mistura</bdi></a>', page)
        self.assertNotIn("Rossiya", page)  # an alias is the admin's, not a page's


class AuditListQueryTests(WholeRecordTestCase):
    def setUp(self):
        self.client.force_login(self.alice)

    def queries(self, url: str) -> int:
        with CaptureQueriesContext(connection) as captured:
            self.assertEqual(self.client.get(url).status_code, 200)
        return len(captured)

    def test_the_audit_list_and_whats_new_cost_the_same_with_every_kind_of_record(self):
        source, track = self.record["source"], self.record["track"]
        services.record_change(track, user=self.alice, via="admin")
        trail, whats_new = reverse("admin:audit_auditentry_changelist"), "/whats-new/"
        few = self.queries(trail), self.queries(whats_new)
        # A version of every record of every kind, then public changes of the partly public.
        services.record_starting_versions(via="admin")
        for obj, field, value in ((source, "url", "https://example.com/new"),
                                  (track, "name", "Renamed")):  # fmt: skip
            before = services.snapshot(obj)
            setattr(obj, field, value)
            obj.save()
            services.record_change(obj, user=self.alice, before=before, via="admin")
        kinds = set(AuditEntry.objects.values_list("content_type__model", flat=True))
        self.assertEqual(len(kinds), len(services.AUDITED_MODELS))
        self.assertContains(self.client.get(whats_new), "Changed the source")
        self.assertEqual((self.queries(trail), self.queries(whats_new)), few)
