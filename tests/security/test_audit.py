"""The audit trail: every change to the record kept with who and when, readable per
record in the admin, and revertible to any version."""

from django.apps import apps
from django.contrib import admin
from django.core.management import call_command
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from peaceproc.audit import services
from peaceproc.audit.admin import AuditedAdminMixin
from peaceproc.audit.models import AuditEntry
from peaceproc.chronology.models import Citation, Event, Participant, Round

from .adminforms import confirm_delete, confirm_revert, form_data
from .people import PeopleAndRecordTestCase, make_people


def entries_for(obj):
    return list(services.history(obj))


class RecordChangeTests(PeopleAndRecordTestCase):
    def test_create_change_delete(self):
        participant = Participant.objects.create(slug="iran", name="Iran", kind="state")
        created = services.record_change(participant, user=self.alice, via="ingest")
        self.assertEqual(created.action, "create")
        self.assertIsNone(created.before)
        self.assertEqual(created.after["name"], "Iran")
        self.assertEqual(created.username, "alice")

        before = services.snapshot(participant)
        participant.name = "Islamic Republic of Iran"
        participant.save()
        changed = services.record_change(participant, user=self.alice, before=before)
        self.assertEqual(changed.action, "change")
        self.assertEqual(changed.changed_fields, ["name"])
        self.assertEqual(changed.before["name"], "Iran")
        self.assertEqual(changed.after["name"], "Islamic Republic of Iran")

        pk, before = participant.pk, services.snapshot(participant)
        participant.delete()
        deleted = services.record_change(
            participant, user=self.alice, before=before, action="delete", object_id=pk
        )
        self.assertEqual(deleted.object_id, str(pk))
        self.assertIsNone(deleted.after)
        self.assertEqual(
            [e.action for e in services.history(Participant, pk)], ["delete", "change", "create"]
        )

    def test_a_change_that_changes_nothing_is_not_recorded(self):
        event = self.record["event"]
        self.assertIsNone(services.record_change(event, before=services.snapshot(event)))

    def test_snapshot_holds_foreign_keys_and_many_to_many(self):
        snap = services.snapshot(self.record["event"])
        self.assertEqual(snap["round"], self.record["round"].pk)
        self.assertEqual(snap["participants"], [self.record["participant"].pk])
        self.assertEqual(snap["start_date"], "2017-05-04")

    def test_starting_versions_are_snapshots_read_in_the_same_queries_for_more_events(self):
        """Each record's starting version is its snapshot (its many-to-many ids sorted),
        and the events' participants are read with their chunk, not one query an event."""
        event, participant = self.record["event"], self.record["participant"]
        others = [
            Participant.objects.create(slug=f"p{n}", name=f"P{n}", kind="state") for n in range(3)
        ]
        event.participants.add(*others)

        def starting_versions() -> tuple[int, list[AuditEntry]]:
            AuditEntry.objects.all().delete()
            with CaptureQueriesContext(connection) as captured:
                services.record_starting_versions(via="seed")
            return len(captured), list(AuditEntry.objects.all())

        starting_versions()  # the content types read once, then kept for the process
        few, _ = starting_versions()
        for n in range(4):
            added = Event.objects.create(slug=f"e{n}", title=f"E{n}", start_date=event.start_date)
            added.participants.add(participant, *others[n:])
        many, entries = starting_versions()
        self.assertEqual(many, few)
        self.assertEqual(len(entries), sum(
            apps.get_model(label).objects.count() for label in services.AUDITED_MODELS
        ))  # fmt: skip
        for entry in entries:
            obj = entry.content_type.get_object_for_this_type(pk=entry.object_id)
            with self.subTest(entry.object_repr):
                self.assertEqual(entry.after, services.snapshot(obj))
                self.assertEqual(entry.changed_fields, sorted(entry.after))
        participants = [e.after["participants"] for e in entries if "participants" in e.after]
        self.assertIn(sorted((p.pk for p in [participant, *others]), key=str), participants)


class AdminEditTestCase(PeopleAndRecordTestCase):
    """alice signed in, and `edit`: a change form posted back with some fields changed."""

    def setUp(self):
        self.client.force_login(self.alice)

    def edit(self, obj, **changes):
        opts = obj._meta
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
        response = self.client.post(url, form_data(self.client.get(url), **changes))
        self.assertEqual(
            response.status_code, 302, response.context and response.context.get("errors")
        )
        return response


class AdminAuditTests(AdminEditTestCase):
    def test_every_audited_model_admin_records(self):
        for label in services.AUDITED_MODELS:
            model = __import__("django.apps", fromlist=["apps"]).apps.get_model(label)
            with self.subTest(model=label):
                self.assertIsInstance(admin.site._registry[model], AuditedAdminMixin)

    def test_admin_edit_is_kept_with_who_and_when(self):
        round_ = self.record["round"]
        self.edit(round_, title="Astana IV")
        (entry,) = entries_for(round_)
        self.assertEqual(entry.action, "change")
        self.assertEqual(entry.user, self.alice)
        self.assertEqual(entry.via, "admin")
        self.assertEqual(entry.changed_fields, ["title"])
        self.assertEqual((entry.before["title"], entry.after["title"]), ("Astana 4", "Astana IV"))
        self.assertIsNotNone(entry.timestamp)

    def test_many_to_many_change_is_in_the_snapshot(self):
        event = self.record["event"]
        other = Participant.objects.create(slug="turkey", name="Turkey", kind="state")
        self.edit(event, participants=[str(self.record["participant"].pk), str(other.pk)])
        (entry,) = entries_for(event)
        self.assertEqual(entry.changed_fields, ["participants"])
        self.assertEqual(len(entry.after["participants"]), 2)

    def test_inline_citation_change_is_kept(self):
        round_ = self.record["round"]
        citation = round_.citations.get()
        self.edit(round_, **{"citations-0-quote": "A corrected quote."})
        (entry,) = entries_for(citation)
        self.assertEqual(entry.changed_fields, ["quote"])
        self.assertEqual(entry.after["quote"], "A corrected quote.")
        self.assertEqual(entries_for(round_), [])  # the round itself did not change

    def test_inline_citation_delete_is_kept(self):
        event = self.record["event"]
        citation = event.citations.get()
        self.edit(event, **{"citations-0-DELETE": "on"})
        self.assertFalse(Citation.objects.filter(pk=citation.pk).exists())
        (entry,) = services.history(Citation, citation.pk)
        self.assertEqual((entry.action, entry.before["quote"]), ("delete", citation.quote))

    def test_admin_add_and_delete_are_kept(self):
        participant = Participant.objects.create(slug="jordan", name="Jordan", kind="state")
        url = reverse("admin:chronology_participant_delete", args=[participant.pk])
        self.assertEqual(confirm_delete(self.client, url).status_code, 302)
        (entry,) = services.history(Participant, participant.pk)
        self.assertEqual((entry.action, entry.before["name"]), ("delete", "Jordan"))

    def test_history_page_lists_versions_with_revert_buttons(self):
        round_ = self.record["round"]
        self.edit(round_, title="Astana IV")
        self.edit(round_, title="Astana 4 (May 2017)")
        url = reverse("admin:chronology_round_history", args=[round_.pk])
        response = self.client.get(url)
        self.assertContains(response, "Versions of this record")
        self.assertContains(response, "<td>admin</td>", count=2)  # the "through" column
        self.assertContains(response, "Revert to this version", count=1)

    def test_revert_from_the_history_page(self):
        round_ = self.record["round"]
        self.edit(round_, title="Astana IV")
        first = entries_for(round_)[0]
        self.edit(round_, title="Vandalised")
        revert_url = reverse("admin:chronology_round_audit_revert", args=[round_.pk, first.pk])
        history = self.client.get(reverse("admin:chronology_round_history", args=[round_.pk]))
        self.assertContains(history, f'<form method="get" action="{revert_url}">')
        # First a page that says what would change, and changes nothing.
        response = self.client.get(revert_url)
        self.assertContains(
            response, '<tr><th scope="row">title</th><td>Vandalised</td><td>Astana IV</td></tr>'
        )
        self.assertNotContains(response, '<th scope="row">slug</th>')  # unchanged
        self.assertContains(response, '<form method="post">')
        round_.refresh_from_db()
        self.assertEqual(round_.title, "Vandalised")
        self.assertEqual(entries_for(round_)[0].action, "change")
        response = confirm_revert(self.client, revert_url, follow=True)
        self.assertContains(response, "restored to the version of")
        round_.refresh_from_db()
        self.assertEqual(round_.title, "Astana IV")
        latest = entries_for(round_)[0]
        self.assertEqual((latest.action, latest.reverted_to), ("revert", first))
        self.assertEqual(latest.user, self.alice)
        from django.contrib.admin.models import LogEntry

        self.assertIn("Reverted to the version of", LogEntry.objects.first().get_change_message())

    def test_viewer_can_read_history_but_not_revert(self):
        round_ = self.record["round"]
        self.edit(round_, title="Astana IV")
        self.edit(round_, title="Astana 4")
        self.client.force_login(self.bob)
        url = reverse("admin:chronology_round_history", args=[round_.pk])
        response = self.client.get(url)
        self.assertContains(response, "Versions of this record")
        self.assertNotContains(response, "Revert to this version")
        entry = entries_for(round_)[1]
        revert_url = reverse("admin:chronology_round_audit_revert", args=[round_.pk, entry.pk])
        self.assertEqual(self.client.get(revert_url).status_code, 403)
        self.assertEqual(self.client.post(revert_url).status_code, 403)
        response = self.client.post(
            reverse("admin:audit_auditentry_changelist"),
            {"action": "revert_to_this_version", "_selected_action": [entry.pk]},
        )
        round_.refresh_from_db()
        self.assertEqual(round_.title, "Astana 4")

    def test_revert_action_recreates_a_deleted_record_with_its_links(self):
        event = self.record["event"]
        pk, title = event.pk, event.title
        url = reverse("admin:chronology_event_delete", args=[pk])
        self.assertEqual(confirm_delete(self.client, url).status_code, 302)
        (deleted,) = services.history(Event, pk)
        response = self.client.post(
            reverse("admin:audit_auditentry_changelist"),
            {"action": "revert_to_this_version", "_selected_action": [deleted.pk]},
        )
        # The action leads to the record's revert page, which asks first.
        revert_url = reverse("admin:chronology_event_audit_revert", args=[pk, deleted.pk])
        self.assertRedirects(response, revert_url)
        response = self.client.get(revert_url)
        self.assertContains(response, "The record has been deleted since")
        self.assertContains(response, f"<td>—</td><td>{title}</td>", html=False)
        self.assertFalse(Event.objects.filter(pk=pk).exists())
        response = confirm_revert(self.client, revert_url, follow=True)
        self.assertContains(response, "restored to the version of")
        restored = Event.objects.get(pk=pk)
        self.assertEqual(restored.title, title)
        self.assertEqual(list(restored.participants.all()), [self.record["participant"]])

    def test_revert_that_breaks_a_rule_is_refused_clearly(self):
        round_ = self.record["round"]
        self.edit(round_, slug="astana-iv")
        first = entries_for(round_)[0]
        self.edit(round_, slug="astana-4b")
        # Another round has taken the slug the old version had.
        Round.objects.create(
            track=round_.track,
            number=5,
            slug="astana-iv",
            title="Astana 5",
            start_date="2017-07-04",
            end_date="2017-07-05",
        )
        revert_url = reverse("admin:chronology_round_audit_revert", args=[round_.pk, first.pk])
        response = confirm_revert(self.client, revert_url)  # the preview again, a 409
        self.assertContains(response, "Could not restore", status_code=409)
        self.assertContains(response, "A round with this slug already exists.", status_code=409)
        round_.refresh_from_db()
        self.assertEqual(round_.slug, "astana-4b")

    def test_audit_entry_page_shows_before_and_after_escaped(self):
        round_ = self.record["round"]
        self.edit(round_, title="<b>bold</b>")
        entry = entries_for(round_)[0]
        response = self.client.get(reverse("admin:audit_auditentry_change", args=[entry.pk]))
        self.assertContains(response, "&lt;b&gt;bold&lt;/b&gt;")
        self.assertNotContains(response, "<b>bold</b>")

    def test_revert_page_escapes_values_and_says_when_nothing_would_change(self):
        round_ = self.record["round"]
        self.edit(round_, title="<b>bold</b>")
        first = entries_for(round_)[0]
        self.edit(round_, title="Astana 4")
        revert_url = reverse("admin:chronology_round_audit_revert", args=[round_.pk, first.pk])
        response = self.client.get(revert_url)
        self.assertContains(response, "<td>&lt;b&gt;bold&lt;/b&gt;</td>")
        self.assertNotContains(response, "<b>bold</b>")
        self.edit(round_, title="<b>bold</b>")
        response = self.client.get(revert_url)
        self.assertContains(response, "reverting would change nothing")
        self.assertNotContains(response, '<form method="post">')
        self.assertEqual(self.client.put(revert_url).status_code, 405)

    def test_the_trails_kind_filter_lists_the_audited_models_only(self):
        response = self.client.get(reverse("admin:audit_auditentry_changelist"))
        choices = [
            choice["display"]
            for spec in response.context["cl"].filter_specs
            if spec.field_path == "content_type"
            for choice in list(spec.choices(response.context["cl"]))[1:]
        ]
        self.assertEqual(len(choices), len(services.AUDITED_MODELS))
        self.assertIn("Chronology | round", choices)
        self.assertNotIn("Sessions | session", choices)
        self.assertNotIn("Authentication and Authorization | permission", choices)

    def test_selecting_several_versions_is_refused(self):
        round_ = self.record["round"]
        self.edit(round_, title="A")
        self.edit(round_, title="B")
        response = self.client.post(
            reverse("admin:audit_auditentry_changelist"),
            {
                "action": "revert_to_this_version",
                "_selected_action": [e.pk for e in entries_for(round_)],
            },
            follow=True,
        )
        self.assertContains(response, "Select exactly one version")
        self.assertEqual(AuditEntry.objects.filter(action="revert").count(), 0)


class StartingVersionTests(TestCase):
    """Issue 13, finding 9: a seeded record had no starting version, so its first edit
    could not be reverted."""

    @classmethod
    def setUpTestData(cls):
        cls.alice, cls.bob = make_people()
        call_command("loadseeds", verbosity=0)

    def test_the_first_edit_of_a_seeded_record_can_be_reverted(self):
        round_ = Round.objects.get(slug="astana-4")
        seeded_title = round_.title
        self.client.force_login(self.alice)
        url = reverse("admin:chronology_round_change", args=[round_.pk])
        response = self.client.post(url, form_data(self.client.get(url), title="Vandalised"))
        self.assertEqual(response.status_code, 302)
        history = reverse("admin:chronology_round_history", args=[round_.pk])
        self.assertContains(self.client.get(history), "Revert to this version", count=1)
        (start,) = [e for e in entries_for(round_) if e.action == "create"]
        self.assertEqual((start.via, start.after["title"]), ("seed", seeded_title))
        services.revert(start, user=self.alice)
        round_.refresh_from_db()
        self.assertEqual(round_.title, seeded_title)

    def test_every_seeded_audited_record_has_one_starting_version(self):
        for label in services.AUDITED_MODELS:
            model = apps.get_model(label)
            with self.subTest(label):
                ids = {str(pk) for pk in model.objects.values_list("pk", flat=True)}
                self.assertTrue(ids)
                versions = AuditEntry.objects.filter(
                    content_type__app_label=model._meta.app_label,
                    content_type__model=model._meta.model_name,
                    action="create",
                    via="seed",
                ).values_list("object_id", flat=True)
                self.assertEqual(sorted(versions), sorted(ids))
        call_command("loadseeds", verbosity=0)  # a second run adds none
        self.assertEqual(AuditEntry.objects.count(), sum(
            apps.get_model(label).objects.count() for label in services.AUDITED_MODELS
        ))  # fmt: skip


class CascadeDeletionTests(PeopleAndRecordTestCase):
    """Issue 13, finding 10: rows deleted by a cascade left no trace in the trail."""

    def test_deleting_a_round_records_its_citations_and_the_events_it_unlinks(self):
        round_ = self.record["round"]
        citations = list(Citation.objects.filter(round=round_).values_list("pk", flat=True))
        self.assertTrue(citations)
        linked = list(Event.objects.filter(round=round_).values_list("pk", flat=True))
        self.client.force_login(self.alice)
        url = reverse("admin:chronology_round_delete", args=[round_.pk])
        self.assertEqual(confirm_delete(self.client, url).status_code, 302)
        for pk in citations:
            (entry,) = services.history(Citation, pk)
            self.assertEqual((entry.action, entry.user), ("delete", self.alice))
            self.assertEqual(entry.before["round"], round_.pk)
            self.assertIn("→", entry.object_repr)
        for pk in linked:
            entry = services.history(Event, pk).first()
            self.assertEqual((entry.action, entry.changed_fields), ("change", ["round"]))

    def test_a_cascaded_citation_can_be_restored_after_its_round(self):
        round_ = self.record["round"]
        round_pk = round_.pk
        (citation_pk,) = Citation.objects.filter(round=round_).values_list("pk", flat=True)
        services.delete_recorded([round_], user=self.alice, via="admin")
        services.revert(services.history(Round, round_pk).get(action="delete"))
        services.revert(services.history(Citation, citation_pk).get(action="delete"))
        self.assertTrue(Citation.objects.filter(pk=citation_pk, round_id=round_pk).exists())
