"""Two editors on one record (outside tester t11a, findings 1, 2, 3b and 9): a form sent
from an older version is refused with what changed since, a save the database refuses
at the last moment gets the form error a save one at a time gets, a row another editor
deleted is said so on its row, and "save as new" is refused."""

import threading
import unittest
from unittest import mock

from django.contrib.auth.models import User
from django.db import connection, transaction
from django.test import Client, TransactionTestCase
from django.urls import reverse

from peaceproc.audit import services
from peaceproc.audit.concurrency import StaleRowsFormSet
from peaceproc.audit.models import AuditEntry
from peaceproc.chronology.admin import EventAdmin, ParticipantAdmin, RoundAdmin
from peaceproc.chronology.admin_alike import AlikeConfirmedForm
from peaceproc.chronology.models import (
    Citation,
    Conflict,
    Event,
    Participant,
    Participation,
    Round,
    Track,
)
from tests.security.adminforms import confirm_delete, drawn_form_data, form_data

from .base import SeededAdminTestCase


class StaleFormTests(SeededAdminTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.other = User.objects.create_superuser("ed1", "ed1@example.org", "pw-ed1-0001")

    def other_client(self) -> Client:
        client = Client()
        client.force_login(self.other)
        return client

    def test_a_form_from_before_another_editors_save_is_refused_and_keeps_the_values(self):
        event = Event.objects.filter(place="Astana").order_by("pk").first()
        url = reverse("admin:chronology_event_change", args=[event.pk])
        ed1, ed2 = self.other_client(), self.client
        page1, page2 = ed1.get(url), ed2.get(url)
        saved = ed1.post(url, form_data(page1, title=f"{event.title} EDIT-A"))
        self.assertEqual(saved.status_code, 302)
        stale = ed2.post(url, form_data(page2, place="Astana EDIT-B"))
        self.assertEqual(stale.status_code, 200)
        self.assertContains(stale, "Another editor saved this record after you opened")
        self.assertContains(stale, "ed1 changed event")
        self.assertContains(stale, "(title)")
        self.assertContains(stale, 'value="Astana EDIT-B"')  # the editor's value kept
        event.refresh_from_db()
        self.assertEqual((event.title.endswith(" EDIT-A"), event.place), (True, "Astana"))
        # The page drawn again carries the version now: saving it again is a choice.
        again = ed2.post(url, form_data(stale))
        self.assertEqual(again.status_code, 302)
        event.refresh_from_db()
        self.assertEqual(event.place, "Astana EDIT-B")

    # Re-tester t11c, 4: only the current version passes.
    def test_a_form_without_a_version_or_with_one_above_the_current_is_refused(self):
        event = Event.objects.order_by("pk").first()
        url = reverse("admin:chronology_event_change", args=[event.pk])
        data = form_data(self.client.get(url), place="Nowhere-4")
        current = int(data.pop("_audit_version"))
        for why, sent in {"none": {}, "above": {"_audit_version": current + 1}}.items():
            with self.subTest(why):
                refused = self.client.post(url, {**data, **sent})
                self.assertEqual(refused.status_code, 200)
                self.assertContains(refused, "Nothing was saved")
                event.refresh_from_db()
                self.assertNotEqual(event.place, "Nowhere-4")
        # The form shown again carries the version: saving it is a choice.
        self.assertEqual(self.client.post(url, form_data(refused)).status_code, 302)
        event.refresh_from_db()
        self.assertEqual(event.place, "Nowhere-4")

    # Re-tester t11c, 6.
    def test_a_revert_confirmed_from_a_preview_drawn_before_another_save_is_refused(self):
        event = Event.objects.order_by("pk").first()
        url = reverse("admin:chronology_event_change", args=[event.pk])
        ed1, ed2 = self.other_client(), self.client
        for place in ("P-ED1", "P-ED1-later"):
            self.assertEqual(ed1.post(url, form_data(ed1.get(url), place=place)).status_code, 302)
        mine = AuditEntry.objects.filter(object_id=str(event.pk), username="ed1")
        first = mine.order_by("pk").first()  # back to P-ED1
        revert = reverse("admin:chronology_event_audit_revert", args=[event.pk, first.pk])
        preview = drawn_form_data(ed1.get(revert), button="_audit_version")
        self.assertEqual(ed2.post(url, form_data(ed2.get(url), place="P-ED2")).status_code, 302)
        refused = ed1.post(revert, preview)  # the preview again, a 409 (t12c, 3)
        self.assertContains(
            refused, "Nothing was restored: the record changed after this", status_code=409
        )
        self.assertContains(refused, "(place)", status_code=409)
        event.refresh_from_db()
        self.assertEqual(event.place, "P-ED2")
        again = drawn_form_data(refused, button="_audit_version")
        self.assertContains(ed1.post(revert, again, follow=True), "restored to the version")
        event.refresh_from_db()
        self.assertEqual(event.place, "P-ED1")

    # A confirmation that sends no version is refused too (it cannot tell what changed).
    def test_a_revert_confirmed_without_the_previews_version_is_refused(self):
        event = Event.objects.order_by("pk").first()
        url = reverse("admin:chronology_event_change", args=[event.pk])
        for place in ("P-1", "P-2"):
            saved = self.client.post(url, form_data(self.client.get(url), place=place))
            self.assertEqual(saved.status_code, 302)
        mine = AuditEntry.objects.filter(object_id=str(event.pk), username="editor")
        back = mine.order_by("pk").first()  # back to P-1
        revert = reverse("admin:chronology_event_audit_revert", args=[event.pk, back.pk])
        preview = drawn_form_data(self.client.get(revert), button="_audit_version")
        for sent in ({}, {**preview, "_audit_version": []}, {**preview, "_audit_version": "x"}):
            with self.subTest(sent=sent):
                refused = self.client.post(revert, sent)
                self.assertContains(
                    refused, "Nothing was restored: the confirmation", status_code=409
                )
                self.assertContains(
                    refused, "you changed event", status_code=409
                )  # the latest change
                self.assertContains(
                    refused, "What reverting changes", status_code=409
                )  # the preview
                event.refresh_from_db()
                self.assertEqual(event.place, "P-2")
        self.assertContains(self.client.post(revert, preview, follow=True), "restored to the")
        event.refresh_from_db()
        self.assertEqual(event.place, "P-1")

    def test_an_inline_rows_change_makes_the_parents_form_stale(self):
        round_ = Round.objects.filter(participations__isnull=False).order_by("pk").first()
        row = round_.participations.order_by("pk").first()
        url = reverse("admin:chronology_round_change", args=[round_.pk])
        page = self.client.get(url)
        row_url = reverse("admin:chronology_participation_change", args=[row.pk])
        saved = self.other_client().post(
            row_url, form_data(self.other_client().get(row_url), note="seen by ed1")
        )
        self.assertEqual(saved.status_code, 302)
        stale = self.client.post(url, form_data(page, summary="mine"))
        self.assertContains(stale, "ed1 changed participation")
        round_.refresh_from_db()
        self.assertNotEqual(round_.summary, "mine")

    def test_a_form_from_the_current_version_saves(self):
        event = Event.objects.order_by("pk").first()
        url = reverse("admin:chronology_event_change", args=[event.pk])
        response = self.client.post(url, form_data(self.client.get(url), place="Sochi"))
        self.assertEqual(response.status_code, 302)

    def round_form_then_its_row_deleted_by_another(self, drawn: int = 0, model=Participation):
        """This editor draws a round's form; then ed1 deletes one of its rows of `model`
        (an inline): the `drawn`th the form shows (-1: its last)."""
        round_ = Round.objects.filter(participations__isnull=False, conflicts__isnull=False)
        round_ = round_.order_by("pk").first()
        url = reverse("admin:chronology_round_change", args=[round_.pk])
        page = self.client.get(url)
        (rows,) = [
            i.formset for i in page.context["inline_admin_formsets"] if i.opts.model is model
        ]
        row = rows.initial_forms[drawn].instance
        delete_url = reverse(f"admin:chronology_{model._meta.model_name}_delete", args=[row.pk])
        self.assertEqual(confirm_delete(self.other_client(), delete_url).status_code, 302)
        return round_, row, url, page

    def test_a_row_another_editor_deleted_is_said_so_on_its_row(self):
        _, _, url, page = self.round_form_then_its_row_deleted_by_another()
        response = self.client.post(url, form_data(page))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "This row is no longer stored: another editor deleted it")
        self.assertContains(response, "(ed1, ")

    # Re-tester t11c, 5, as a browser posts it: what the returned page draws, parsed.
    def test_the_form_drawn_with_a_deleted_row_saves_as_a_browser_sends_it(self):
        # The row deleted: the first a tabular inline draws, its last, a stacked inline's.
        for drawn, model in ((0, Participation), (-1, Participation), (0, Conflict)):
            for ticked in (True, False):
                case = self.subTest(model=model.__name__, drawn=drawn, ticked=ticked)
                with case, transaction.atomic():
                    self.saves_as_drawn(drawn, model, ticked)
                    transaction.set_rollback(True)

    def saves_as_drawn(self, drawn: int, model, ticked: bool) -> None:
        round_, row, url, page = self.round_form_then_its_row_deleted_by_another(drawn, model)
        before = rows_of(round_)
        refused = self.client.post(url, drawn_form_data(page, summary="kept summary"))
        self.assertContains(refused, "This row is no longer stored", msg_prefix=errors_of(refused))
        self.assertContains(refused, f"No longer stored (#{row.pk})")  # the row's title
        sent = drawn_form_data(refused)
        self.assertEqual(sent["summary"], ["kept summary"])
        prefix = {Participation: "participations", Conflict: "conflicts"}[model]
        (stale,) = [
            key.removesuffix("-id")
            for key, value in sent.items()
            if key.startswith(f"{prefix}-") and key.endswith("-id") and value == [str(row.pk)]
        ]
        self.assertEqual(sent.get(f"{stale}-DELETE"), ["on"])  # drawn ticked
        if not ticked:  # the editor takes the tick off: told why it can't be kept, ticked again
            del sent[f"{stale}-DELETE"]
            again = self.client.post(url, sent)
            said = "This row was deleted by ed1 at "  # re-tester t12b, F9
            self.assertContains(again, said, msg_prefix=errors_of(again))
            self.assertContains(again, "can&#x27;t be kept from this form")
            self.assertContains(again, "restore the row from the record’s History page")
            self.assertNotContains(again, "This row is no longer stored")
            sent = drawn_form_data(again)
            self.assertEqual(sent.get(f"{stale}-DELETE"), ["on"])
        saved = self.client.post(url, sent)
        self.assertEqual(saved.status_code, 302, errors_of(saved))
        after = rows_of(round_)
        self.assertEqual(after.pop("summary"), "kept summary")
        before.pop("summary")
        self.assertEqual(after, before)  # nothing else changed, no other row lost
        self.assertFalse(model.objects.filter(pk=row.pk).exists())

    # Re-tester t12b, F4: a deletion moves the version forward, and is said on its row only.
    def test_deleting_the_newest_row_moves_the_version_forward(self):
        round_ = Round.objects.filter(participations__isnull=False).order_by("pk").first()
        person = Participant.objects.exclude(participations__round=round_).order_by("pk")[0]
        newest = Participation.objects.create(round=round_, participant=person, role="attendee")
        services.record_change(newest, user=self.other, via="admin")
        url = reverse("admin:chronology_round_change", args=[round_.pk])
        page = self.client.get(url)
        drawn = page.context["audit_version"]
        delete_url = reverse("admin:chronology_participation_delete", args=[newest.pk])
        self.assertEqual(confirm_delete(self.other_client(), delete_url).status_code, 302)
        self.assertGreater(self.client.get(url).context["audit_version"], drawn)
        refused = self.client.post(url, form_data(page, summary="mine"))
        self.assertContains(refused, "This row is no longer stored: another editor deleted it")
        self.assertNotContains(refused, "a version the record has never had")
        self.assertNotContains(refused, "Another editor saved this record")
        # Any other change since is said as before, the deletion among them.
        page = self.client.get(url)
        row = Participation.objects.filter(round=round_).order_by("pk").last()
        delete_url = reverse("admin:chronology_participation_delete", args=[row.pk])
        self.assertEqual(confirm_delete(self.other_client(), delete_url).status_code, 302)
        ed1 = self.other_client()
        saved = ed1.post(url, form_data(ed1.get(url), summary="theirs"))
        self.assertEqual(saved.status_code, 302)
        refused = self.client.post(url, form_data(page, summary="mine"))
        self.assertContains(refused, "Another editor saved this record")
        self.assertContains(refused, "ed1 deleted participation")

    # Outside tester t13b, 10: a forged or dropped row id is no deleted row.
    def test_a_row_id_that_was_never_this_records_is_said_so(self):
        round_ = Round.objects.filter(participations__isnull=False).order_by("pk").first()
        url = reverse("admin:chronology_round_change", args=[round_.pk])
        page = self.client.get(url)
        before = rows_of(round_)
        top = Participation.objects.order_by("-pk").first().pk
        for sent in ("abc", "-1", "99999999999999999999", "", str(top + 1)):
            with self.subTest(sent=sent):
                data = form_data(page)
                data["participations-0-id"] = sent
                response = self.client.post(url, data)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "This row is not one of this record’s rows")
                self.assertNotContains(response, "another editor deleted it")
        self.assertEqual(rows_of(round_), before)

    def test_every_inline_says_so(self):
        from django.contrib import admin

        for model_admin in admin.site._registry.values():
            for inline in model_admin.inlines:
                with self.subTest(inline=inline.__name__):
                    self.assertTrue(issubclass(inline.formset, StaleRowsFormSet))


def rows_of(round_: Round) -> dict:
    """A round's stored fields with every row of its inlines (the row deleted already gone)."""
    rows = {
        model.__name__: list(model.objects.filter(round=round_).order_by("pk").values())
        for model in (Participation, Citation, Conflict)
    }
    return {**Round.objects.filter(pk=round_.pk).values().get(), **rows}


def errors_of(response) -> str:
    """The errors of the change form `response` draws (a failure's message)."""
    if response.status_code != 200:
        return f"status {response.status_code}"
    context = response.context
    rows = [
        (inline.formset.prefix, inline.formset.errors, inline.formset.non_form_errors())
        for inline in context["inline_admin_formsets"]
    ]
    return f"{context['adminform'].form.errors!r} {rows!r}"


class SaveAsNewTests(SeededAdminTestCase):
    def test_a_posted_save_as_new_is_refused(self):
        event = Event.objects.filter(citations__isnull=False).order_by("pk").first()
        url = reverse("admin:chronology_event_change", args=[event.pk])
        data = form_data(self.client.get(url), slug="copy-of-it", _saveasnew="Save as new")
        events, citations = Event.objects.count(), Citation.objects.count()
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "not offered", status_code=400)
        self.assertEqual((Event.objects.count(), Citation.objects.count()), (events, citations))


def refused_once(model, **values):
    """A patch of `model.validate_constraints` that lets the first record holding `values`
    through unchecked, as when the winner of a race had not committed yet when the loser's
    form was checked."""
    real = model.validate_constraints
    skipped = []

    def validate(self, *args, **kwargs):
        if not skipped and all(getattr(self, k) == v for k, v in values.items()):
            skipped.append(self)
            return
        real(self, *args, **kwargs)

    return mock.patch.object(model, "validate_constraints", validate)


class LastMomentRefusalTests(SeededAdminTestCase):
    def test_a_slug_taken_at_the_last_moment_gets_the_form_error_not_a_500(self):
        taken = Event.objects.order_by("pk").first()
        other = Event.objects.exclude(pk=taken.pk).order_by("pk").first()
        url = reverse("admin:chronology_event_change", args=[other.pk])
        data = form_data(self.client.get(url), slug=taken.slug)
        with refused_once(Event, slug=taken.slug):
            response = self.client.post(url, data)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "already exists")
        other.refresh_from_db()
        self.assertNotEqual(other.slug, taken.slug)

    def test_an_alias_taken_at_the_last_moment_gets_the_form_error(self):
        person = Participant.objects.filter(aliases__isnull=False).order_by("pk").first()
        alias = person.aliases.order_by("pk").first()
        url = reverse("admin:chronology_participant_change", args=[person.pk])
        page = self.client.get(url)
        data = form_data(page, **{"aliases-TOTAL_FORMS": str(person.aliases.count() + 1)})
        data[f"aliases-{person.aliases.count()}-name"] = alias.name
        # The formset's own check of its rows against each other is skipped too.
        unchecked = mock.patch.object(StaleRowsFormSet, "validate_unique")
        with refused_once(type(alias), name=alias.name, pk=None), unchecked:
            response = self.client.post(url, data)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "This participant already has this alias.")

    def test_a_refusal_no_form_check_sees_is_shown_with_the_form(self):
        event = Event.objects.order_by("pk").first()
        url = reverse("admin:chronology_event_change", args=[event.pk])
        data = form_data(self.client.get(url), place="Nowhere")
        from django.db import IntegrityError

        refusal = IntegrityError('duplicate key value violates "event_slug_unique"')
        with mock.patch.object(EventAdmin, "save_model", side_effect=refusal):
            response = self.client.post(url, data)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Another editor saved a conflicting record at the same")
        self.assertContains(response, 'value="Nowhere"')


@unittest.skipUnless(connection.vendor == "postgresql", "real concurrent writers: PostgreSQL")
class SimultaneousSavesTests(TransactionTestCase):
    """Two editors' threads, each with its own connection, both past their form's checks
    before either saves (a barrier in save_model): one saves, the other gets a form error."""

    def setUp(self):
        self.track = Track.objects.create(slug="astana", name="Astana", colour="#123456")
        self.users = [
            User.objects.create_superuser(f"ed{i}", f"ed{i}@example.org", f"pw-ed{i}-001")
            for i in (1, 2)
        ]

    def race(self, posts: list[tuple[str, dict]], model_admin=EventAdmin, meet=None) -> list:
        """The responses to `posts`, sent at once: each thread waits for the others at
        `meet` (a class and its method's name; by default `model_admin`'s save_model)."""
        owner, name = meet or (model_admin, "save_model")
        barrier = threading.Barrier(len(posts), timeout=10)
        real = getattr(owner, name)
        waited = threading.local()

        def met(*args, **kwargs):
            if not getattr(waited, "done", False):
                waited.done = True
                barrier.wait()
            return real(*args, **kwargs)

        results = [None] * len(posts)

        def post(i, url, data):
            client = Client()
            client.force_login(self.users[i])
            try:
                results[i] = client.post(url, data)
            except Exception as error:  # the 500 this test is about
                results[i] = error
            finally:
                connection.close()

        with mock.patch.object(owner, name, met):
            threads = [
                threading.Thread(target=post, args=(i, url, data))
                for i, (url, data) in enumerate(posts)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(30)
        return results

    def event_data(self, **changes) -> dict:
        data = {
            "title": "Race test event", "slug": "race-test-event", "kind": "meeting",
            "track": self.track.pk, "start_date": "2018-05-01", "precision": "day",
            "outcome_kind": "unknown", "next_precision": "day", "confidence": "high",
            "participations-TOTAL_FORMS": 0, "participations-INITIAL_FORMS": 0,
            "citations-TOTAL_FORMS": 0, "citations-INITIAL_FORMS": 0,
            "conflicts-TOTAL_FORMS": 0, "conflicts-INITIAL_FORMS": 0,
        }  # fmt: skip
        return {**data, **changes}

    def version(self, url: str) -> int:
        """The version the change page at `url` carries."""
        client = Client()
        client.force_login(self.users[0])
        return client.get(url).context["audit_version"]

    def one_saved(self, results, message: str) -> None:
        codes = sorted(getattr(r, "status_code", repr(r)) for r in results)
        self.assertEqual(codes, [200, 302], results)
        (refused,) = [r for r in results if r.status_code == 200]
        self.assertIn(message, refused.content.decode())

    def test_two_new_events_with_one_slug(self):
        url = reverse("admin:chronology_event_add")
        posts = [(url, self.event_data()), (url, self.event_data(title="Race test event two"))]
        # (A new event's checks hold the look-alike lock until its save: the two meet
        # before their checks.)
        results = self.race(posts, meet=(AlikeConfirmedForm, "clean"))
        self.one_saved(results, "already exists")
        self.assertEqual(Event.objects.filter(slug="race-test-event").count(), 1)

    def test_two_events_renamed_to_one_slug(self):
        fields = {"kind": "meeting", "track": self.track, "start_date": "2018-05-01"}
        events = [
            Event.objects.create(title=f"Event {i}", slug=f"event-{i}", **fields) for i in (1, 2)
        ]
        urls = [reverse("admin:chronology_event_change", args=[event.pk]) for event in events]
        posts = [
            (url, self.event_data(title=event.title, slug="same-new-slug",
                                  _audit_version=self.version(url)))
            for url, event in zip(urls, events, strict=True)
        ]  # fmt: skip
        # (A change form's POST holds its kind's look-alike lock from before it reads the
        # record, audit.locks: two saves of events meet before it, then one waits.)
        results = self.race(posts, meet=(EventAdmin, "get_object"))
        self.one_saved(results, "same-new-slug")
        self.assertEqual(Event.objects.filter(slug="same-new-slug").count(), 1)

    def test_two_editors_add_one_participation_to_a_round(self):
        round_ = Round.objects.create(
            track=self.track, number=5, title="Astana 5", slug="astana-5",
            start_date="2017-07-04", end_date="2017-07-05",
        )  # fmt: skip
        person = Participant.objects.create(name="Alexander Lavrentiev", slug="al", kind="person")
        data = {
            "track": self.track.pk, "number": 5, "title": "Astana 5", "slug": "astana-5",
            "status": "held", "start_date": "2017-07-04", "end_date": "2017-07-05",
            "confidence": "high", "outcome_kind": "unknown", "next_precision": "day",
            "participations-TOTAL_FORMS": 1, "participations-INITIAL_FORMS": 0,
            "participations-0-participant": person.pk, "participations-0-role": "attendee",
            "citations-TOTAL_FORMS": 0, "citations-INITIAL_FORMS": 0,
            "conflicts-TOTAL_FORMS": 0, "conflicts-INITIAL_FORMS": 0,
        }  # fmt: skip
        url = reverse("admin:chronology_round_change", args=[round_.pk])
        data["_audit_version"] = self.version(url)
        # Both past their start before either takes the round's lock: the second then
        # reads the first's version, and is refused as a form sent after it (t12b, F1).
        results = self.race([(url, data), (url, data)], meet=(RoundAdmin, "get_object"))
        self.one_saved(results, "Another editor saved this record after you opened")
        self.assertEqual(round_.participations.count(), 1)

    # Re-tester t11c, 2: the look-alike check and the save it lets through are one step.
    def test_two_editors_add_one_event_under_two_slugs(self):
        url = reverse("admin:chronology_event_add")
        posts = [(url, self.event_data(slug=f"race-{i}")) for i in (1, 2)]
        results = self.race(posts, meet=(AlikeConfirmedForm, "clean"))
        self.one_saved(results, "An event under this title")
        self.assertEqual(Event.objects.filter(title="Race test event").count(), 1)

    def test_two_editors_add_one_participant_under_two_slugs(self):
        url = reverse("admin:chronology_participant_add")
        posts = [
            (url, {"name": "Zorro Racename", "slug": f"zorro-{i}", "kind": "person",
                   "description": "", "aliases-TOTAL_FORMS": 0, "aliases-INITIAL_FORMS": 0})
            for i in (1, 2)
        ]  # fmt: skip
        results = self.race(posts, ParticipantAdmin, meet=(AlikeConfirmedForm, "clean"))
        self.one_saved(results, "Another participant is known by this name")
        self.assertEqual(Participant.objects.filter(name="Zorro Racename").count(), 1)
