""" "Delete selected …" of a change list, confirmed from a page drawn before another
editor's save of one of the records, deletes nothing (re-tester t15d, 1a); a deletion
confirmed without the version its page carries is refused, per record and in bulk (1b)."""

from django.contrib import admin
from django.contrib.auth.models import User
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils.text import slugify

from peaceproc.audit.admin import AuditedAdminMixin
from peaceproc.audit.concurrency import current_version, current_versions
from peaceproc.chronology.models import Agreement, Event, Participant, Participation, Round, Source
from tests.security.adminforms import confirm_delete, drawn_form_data, form_data

from .base import SeededAdminTestCase

# Each kind whose deletion is checked, with a text field the other editor changes.
EDITED = {
    Event: "summary",
    Round: "summary",
    Participant: "description",
    Source: "publisher",
    Participation: "note",
    Agreement: "summary",
}
HOSTILE = "Qx<script>alert(1)</script>"


def deletable(model, count: int = 2) -> list:
    """`count` records of `model` that nothing protected keeps from being deleted: the
    newest, or new people and sources (the shipped ones are cited)."""
    if model is Participant:
        names = ["Qwerty Onesson", "Asdfgh Twosson"][:count]
        return [
            Participant.objects.create(slug=slugify(name), name=name, kind="person")
            for name in names
        ]
    if model is Source:
        return [Source.objects.create(url=f"https://example.org/qwerty-{i}") for i in range(count)]
    return list(model.objects.order_by("-pk")[:count])


class StaleBulkDeleteTests(SeededAdminTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.ed2 = User.objects.create_superuser("ed2", "ed2@example.org", "pw-ed2-0001")

    def url(self, model, name: str, *args) -> str:
        return reverse(f"admin:chronology_{model._meta.model_name}_{name}", args=args)

    def bulk_confirmation(self, client, model, records) -> dict:
        """What the "Delete selected …" confirmation page for `records` posts."""
        page = client.post(
            self.url(model, "changelist"),
            {"action": "delete_selected", "_selected_action": [str(r.pk) for r in records]},
        )
        self.assertEqual(page.status_code, 200)
        return drawn_form_data(page, button="post")

    def saved_by_ed2(self, model, record, value: str) -> None:
        ed2 = Client()
        ed2.force_login(self.ed2)
        url = self.url(model, "change", record.pk)
        saved = ed2.post(url, form_data(ed2.get(url), **{EDITED[model]: value}))
        self.assertEqual(saved.status_code, 302, f"{model.__name__}: ed2's save refused")

    def test_the_confirmation_carries_each_records_version(self):
        records = deletable(Event)
        data = self.bulk_confirmation(self.client, Event, records)
        self.assertEqual(sorted(data["_selected_action"]), sorted(str(r.pk) for r in records))
        for record in records:
            self.assertEqual(data[f"_audit_version-{record.pk}"][0].isdigit(), True)

    def test_a_record_another_editor_saved_since_the_page_keeps_every_record(self):
        for model in EDITED:
            with self.subTest(model.__name__):
                records = deletable(model)
                data = self.bulk_confirmation(self.client, model, records)
                self.saved_by_ed2(model, records[-1], f"{HOSTILE} {model.__name__}")
                refused = self.client.post(self.url(model, "changelist"), data)
                self.assertEqual(refused.status_code, 200)
                self.assertEqual(model.objects.filter(pk__in=[r.pk for r in records]).count(), 2)
                text = refused.content.decode()
                self.assertIn("Nothing was deleted: ", text)
                self.assertIn("the record changed after this page was drawn (ed2 changed", text)
                self.assertNotIn("<script>alert(1)", text)
                # Drawn again at the new versions, the page's confirmation deletes them.
                again = drawn_form_data(refused, button="post")
                self.assertEqual(
                    self.client.post(self.url(model, "changelist"), again).status_code, 302
                )
                self.assertFalse(model.objects.filter(pk__in=[r.pk for r in records]).exists())

    def test_the_message_is_escaped(self):
        (event,) = deletable(Event, 1)
        Event.objects.filter(pk=event.pk).update(title=HOSTILE)
        data = self.bulk_confirmation(self.client, Event, [event])
        self.saved_by_ed2(Event, event, "changed")
        refused = self.client.post(self.url(Event, "changelist"), data)
        self.assertContains(refused, "Qx&lt;script&gt;alert(1)&lt;/script&gt;")
        self.assertNotContains(refused, HOSTILE)
        self.assertTrue(Event.objects.filter(pk=event.pk).exists())

    def test_a_confirmation_without_versions_deletes_nothing(self):
        records = deletable(Event)
        bare = {"action": "delete_selected", "post": "yes"}
        bare["_selected_action"] = [str(r.pk) for r in records]
        refused = self.client.post(self.url(Event, "changelist"), bare)
        self.assertContains(refused, "the confirmation did not send the version")
        self.assertEqual(Event.objects.filter(pk__in=[r.pk for r in records]).count(), 2)

    def test_one_version_missing_deletes_nothing(self):
        records = deletable(Event)
        data = self.bulk_confirmation(self.client, Event, records)
        del data[f"_audit_version-{records[0].pk}"]
        self.client.post(self.url(Event, "changelist"), data)
        self.assertEqual(Event.objects.filter(pk__in=[r.pk for r in records]).count(), 2)

    def test_a_current_confirmation_deletes(self):
        records = deletable(Event)
        data = self.bulk_confirmation(self.client, Event, records)
        self.assertEqual(self.client.post(self.url(Event, "changelist"), data).status_code, 302)
        self.assertFalse(Event.objects.filter(pk__in=[r.pk for r in records]).exists())

    # Re-tester t16c, 8: the second of two "Delete selected …" of the same records was sent
    # back to the list with no word of what happened.
    def deleted_by_ed2(self, records) -> None:
        ed2 = Client()
        ed2.force_login(self.ed2)
        data = self.bulk_confirmation(ed2, Event, records)
        self.assertEqual(ed2.post(self.url(Event, "changelist"), data).status_code, 302)

    def test_records_deleted_meanwhile_are_named_with_who_deleted_them(self):
        records = deletable(Event)
        data = self.bulk_confirmation(self.client, Event, records)
        self.deleted_by_ed2(records)
        answer = self.client.post(self.url(Event, "changelist"), data, follow=True)
        self.assertContains(
            answer,
            "Nothing was deleted: the selected events were deleted meanwhile by ed2. Each "
            "one&#x27;s History can restore it.",
        )

    def test_the_others_are_deleted_and_the_gone_ones_named(self):
        records = deletable(Event)
        data = self.bulk_confirmation(self.client, Event, records)
        self.deleted_by_ed2(records[:1])
        answer = self.client.post(self.url(Event, "changelist"), data, follow=True)
        self.assertContains(answer, "1 of the selected events had been deleted meanwhile by ed2")
        self.assertContains(answer, "Successfully deleted 1 event")
        self.assertFalse(Event.objects.filter(pk__in=[r.pk for r in records]).exists())


class BareDeleteTests(SeededAdminTestCase):
    """A delete page's confirmation without the version the page carries (a page drawn
    before it was carried, a script) is stale: refused, the record kept."""

    def test_a_bare_confirmation_deletes_nothing(self):
        for model in EDITED:
            with self.subTest(model.__name__):
                (record,) = deletable(model, 1)
                url = reverse(f"admin:chronology_{model._meta.model_name}_delete", args=[record.pk])
                refused = self.client.post(url, {"post": "yes"}, follow=True)
                self.assertContains(refused, "Nothing was deleted: the confirmation did not send")
                self.assertTrue(model.objects.filter(pk=record.pk).exists())
                confirm_delete(self.client, url)
                self.assertFalse(model.objects.filter(pk=record.pk).exists())


class VersionsAtOnceTests(SeededAdminTestCase):
    """The versions "Delete selected …" reads at once are each record's own, as its change
    form and delete page read it: with entries of its own, of its inline rows, and of rows
    deleted from it."""

    def test_each_records_version_is_the_one_its_pages_read(self):
        row = Participation.objects.filter(round__isnull=False).order_by("pk").first()
        confirm_delete(self.client, reverse("admin:chronology_participation_delete", args=[row.pk]))
        self.saved_by_someone(Event.objects.order_by("pk").first())
        request = RequestFactory().get("/")
        request.user = self.editor
        for model, model_admin in admin.site._registry.items():
            if not isinstance(model_admin, AuditedAdminMixin):
                continue
            with self.subTest(model.__name__):
                records = list(model.objects.all())
                versions = current_versions(model_admin, request, records)
                expected = {r.pk: current_version(model_admin, request, r) for r in records}
                self.assertEqual(versions, expected)
                self.assertTrue(any(expected.values()) or not records)

    def test_the_queries_do_not_grow_with_the_records(self):
        request = RequestFactory().get("/")
        request.user = self.editor
        model_admin = admin.site._registry[Event]
        records = list(Event.objects.all())
        self.assertGreater(len(records), 20)
        kinds = len(model_admin.get_inline_instances(request, records[0]))
        # The records' own entries; per kind of inline row its rows, their entries and
        # the deletions of rows of theirs.
        with self.assertNumQueries(1 + 3 * kinds):
            current_versions(model_admin, request, records)

    def saved_by_someone(self, event) -> None:
        url = reverse("admin:chronology_event_change", args=[event.pk])
        saved = self.client.post(url, form_data(self.client.get(url), summary="Changed."))
        self.assertEqual(saved.status_code, 302)
