"""Writers outside a record's change form hold its lock as the form does (audit.locks).

A review's accept and an admin save of the record it cites, at the same moment: the
accept waits for the save and then adds to the record as saved; neither loses the
other's change. Without the lock the save, sent from a form drawn before the accept, put
back the event's participants as its form drew them, and the person the accept added was
gone. A row deleted from its own page while its record's form is saved: without the
parent's lock the save brought the deleted row back; with it the deletion waits for the
save, and is refused, its page drawn before the save."""

import threading
import unittest
from datetime import date
from unittest import mock

from django.contrib.auth.models import User
from django.db import connection
from django.db.models.deletion import Collector
from django.test import Client, TransactionTestCase
from django.urls import reverse

from peaceproc.audit.admin import AuditedAdminMixin
from peaceproc.audit.models import AuditEntry
from peaceproc.chronology.models import Citation, Event, Participant, Source, Track
from peaceproc.ingest import services

from .adminforms import confirm_delete, drawn_form_data, form_data


def while_paused(act, pause_in, other) -> None:
    """`act` (a request) in one thread, `other` in another: `act` pauses where the patch
    `pause_in(pause)` makes it call `pause` (once it holds its locks) until `other` has
    finished, or for two seconds when `other` waits for those locks."""
    both_in = threading.Barrier(2, timeout=10)
    done = threading.Event()

    def pause():
        both_in.wait()
        done.wait(2)

    def first():
        try:
            with pause_in(pause):
                act()
        finally:
            connection.close()

    def second():
        try:
            both_in.wait()
            other()
            done.set()
        finally:
            connection.close()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)


def save_while(client, url: str, data: dict, other) -> None:
    """`client` posts `data` to the change form at `url` while another thread runs
    `other`, pausing once its form and rows are checked (while_paused)."""
    save_rows = AuditedAdminMixin.save_related

    def pause_in(pause):
        def slow_save_rows(*args, **kwargs):
            pause()
            return save_rows(*args, **kwargs)

        return mock.patch.object(AuditedAdminMixin, "save_related", slow_save_rows)

    while_paused(lambda: client.post(url, data), pause_in, other)


@unittest.skipUnless(connection.vendor == "postgresql", "real concurrent writers: PostgreSQL")
class AcceptAndAdminSaveAtOnceTests(TransactionTestCase):
    def setUp(self):
        self.editor = User.objects.create_superuser("ed1", "ed1@example.org", "pw-ed1-001")
        track = Track.objects.create(name="Qwerty talks", slug="qwerty", colour="#123456")
        self.event = Event.objects.create(
            title="Qwerty meeting", slug="qwerty-meeting", kind="meeting", track=track,
            start_date=date(2031, 2, 23), summary="As first stored.",
        )  # fmt: skip
        self.first = Participant.objects.create(name="Qwerty Firstperson", slug="q1", kind="person")
        self.added = Participant.objects.create(name="Qwerty Addedperson", slug="q2", kind="person")
        self.event.participants.add(self.first)

    def test_the_save_and_the_people_the_accept_adds_are_both_kept(self):
        client = Client()
        client.force_login(self.editor)
        url = reverse("admin:chronology_event_change", args=[self.event.pk])
        data = form_data(client.get(url), summary="As the editor saved it.")

        def accept():
            decision = services.Decision(
                quote="They met again.", cite=Event.objects.get(pk=self.event.pk),
                added_participants=(self.added,),
            )  # fmt: skip
            article = services.Article(text="Qwerty meeting: they met again.", title="Q")
            services.accept_article(article=article, decisions=[decision])

        save_while(client, url, data, accept)
        self.event.refresh_from_db()
        self.assertEqual(self.event.summary, "As the editor saved it.")
        self.assertEqual(set(self.event.participants.all()), {self.first, self.added})
        self.assertEqual(self.event.citations.count(), 1)
        # The accept's version of the event, read under the lock, holds the editor's save.
        trail = AuditEntry.objects.filter(content_type__model="event", object_id=str(self.event.pk))
        newest = trail.latest("pk")
        self.assertEqual(newest.after["summary"], "As the editor saved it.")


# A row deleted from its own admin page (a citation's delete page) while an editor
# saves the record whose form shows it as an inline: the row's page holds the parent's
# lock too (audit.locks), so one waits for the other; the deletion is neither undone by
# the save nor lost.
class TwoEditorsAndACitedEvent(TransactionTestCase):
    """Two editors, and an event with one citation."""

    def setUp(self):
        self.editors = [
            User.objects.create_superuser(f"ed{i}", f"ed{i}@example.org", f"pw-ed{i}-001")
            for i in (1, 2)
        ]
        self.event = Event.objects.create(
            title="Qwerty meeting", slug="qwerty-meeting", kind="meeting",
            start_date=date(2031, 2, 23),
        )  # fmt: skip
        source = Source.objects.create(url="https://example.org/qwerty")
        self.citation = Citation.objects.create(source=source, event=self.event, quote="First.")


@unittest.skipUnless(connection.vendor == "postgresql", "real concurrent writers: PostgreSQL")
class RowDeletedWhileItsRecordIsSavedTests(TwoEditorsAndACitedEvent):
    def test_the_deletion_waits_for_the_save(self):
        editor, deleter = Client(), Client()
        editor.force_login(self.editors[0])
        deleter.force_login(self.editors[1])
        url = reverse("admin:chronology_event_change", args=[self.event.pk])
        data = form_data(editor.get(url), **{"citations-0-quote": "Edited."})
        delete = reverse("admin:chronology_citation_delete", args=[self.citation.pk])
        confirmation = drawn_form_data(deleter.get(delete), button="post")
        save_while(editor, url, data, lambda: deleter.post(delete, confirmation))
        # The deletion waited for the save and, its page drawn before it, was refused
        # (audit.stale_deletions): the row is kept as saved, not deleted under the save.
        citation = Citation.objects.get(pk=self.citation.pk)
        self.assertEqual(citation.quote, "Edited.")
        trail = AuditEntry.objects.filter(
            content_type__model="citation", object_id=str(self.citation.pk)
        )
        self.assertEqual([e.action for e in trail.order_by("pk")], ["change"])
        # Drawn again after the save, its confirmation deletes.
        confirm_delete(deleter, delete)
        self.assertFalse(Citation.objects.filter(pk=self.citation.pk).exists())
        self.assertEqual([e.action for e in trail.order_by("pk")], ["change", "delete"])


@unittest.skipUnless(connection.vendor == "postgresql", "real concurrent writers: PostgreSQL")
class BulkDeletionWhileARecordIsSavedTests(TwoEditorsAndACitedEvent):
    def test_the_deletion_waits_for_the_save_and_is_refused(self):
        """ "Delete selected …" confirmed while another editor's save of one of the records
        is under way waits for the save (the records' locks), then deletes nothing."""
        editor, deleter = Client(), Client()
        editor.force_login(self.editors[0])
        deleter.force_login(self.editors[1])
        changelist = reverse("admin:chronology_event_changelist")
        selected = {"action": "delete_selected", "_selected_action": [str(self.event.pk)]}
        confirmation = drawn_form_data(deleter.post(changelist, selected), button="post")
        url = reverse("admin:chronology_event_change", args=[self.event.pk])
        data = form_data(editor.get(url), summary="Saved by ed1.")
        answers = []
        save_while(
            editor, url, data, lambda: answers.append(deleter.post(changelist, confirmation))
        )
        self.assertEqual(Event.objects.get(pk=self.event.pk).summary, "Saved by ed1.")
        self.assertContains(answers[0], "Nothing was deleted: ")
        self.assertContains(answers[0], "ed1 changed event")


class _CollectorPausedOnce(Collector):
    """A deletion's collector (audit.services.delete_recorded's) that, once it has found
    the rows a deletion takes with it, waits for `pause` (a callable) before they are
    deleted."""

    pause = staticmethod(lambda: None)
    _depth = threading.local()

    def collect(self, *args, **kwargs):
        depth = getattr(self._depth, "n", 0)
        self._depth.n = depth + 1
        try:
            super().collect(*args, **kwargs)
        finally:
            self._depth.n = depth
        if depth == 0:
            type(self).pause()


def delete_while(client, url: str, other) -> None:
    """`client` posts the delete page at `url` while another thread runs `other`, pausing
    once it has found the rows the deletion takes with it (while_paused)."""

    def pause_in(pause):
        paused = type("Paused", (_CollectorPausedOnce,), {"pause": staticmethod(pause)})
        return mock.patch("peaceproc.audit.services.Collector", paused)

    confirmation = drawn_form_data(client.get(url), button="post")
    while_paused(lambda: client.post(url, confirmation), pause_in, other)


# A row added from its own add page (a citation from the citations' add page) while the
# record it is added to is deleted: the add page holds that record's lock as the row's
# change page does (audit.locks), so it waits for the deletion and is then refused by
# its form. Without it the row was stored under a record being deleted: the deletion
# took it along unrecorded, or failed at commit on the row left behind.
@unittest.skipUnless(connection.vendor == "postgresql", "real concurrent writers: PostgreSQL")
class RowAddedWhileItsRecordIsDeletedTests(TwoEditorsAndACitedEvent):
    def setUp(self):
        super().setUp()
        self.source = Source.objects.create(url="https://example.org/qwerty-2")

    def test_the_deletion_stands_and_the_add_is_refused(self):
        deleter, adder = Client(), Client()
        deleter.force_login(self.editors[0])
        adder.force_login(self.editors[1])
        added = {}
        data = {"source": self.source.pk, "event": self.event.pk, "quote": "Added."}

        def add():
            added["response"] = adder.post(reverse("admin:chronology_citation_add"), data)

        delete_while(deleter, reverse("admin:chronology_event_delete", args=[self.event.pk]), add)
        self.assertFalse(Event.objects.filter(pk=self.event.pk).exists())
        self.assertFalse(Citation.objects.exists())
        # Refused by its form once the event was gone, not stored and then lost.
        self.assertEqual(added["response"].status_code, 200)
        self.assertContains(added["response"], "Select a valid choice")
        deleted = AuditEntry.objects.filter(content_type__model="citation", action="delete")
        self.assertEqual(deleted.count(), 1)
        self.assertFalse(AuditEntry.objects.filter(content_type__model="citation", action="create"))

    def test_a_row_moved_to_it_from_its_own_page_waits_too(self):
        # The row's change page holds the record its POST moves it to, besides the one it
        # is stored under (fix13b's notes).
        other = Event.objects.create(
            title="Asdfgh meeting", slug="asdfgh-meeting", kind="meeting",
            start_date=date(2031, 3, 2),
        )  # fmt: skip
        row = Citation.objects.create(source=self.source, event=other, quote="Moved.")
        deleter, mover = Client(), Client()
        deleter.force_login(self.editors[0])
        mover.force_login(self.editors[1])
        url = reverse("admin:chronology_citation_change", args=[row.pk])
        data = form_data(mover.get(url), event=str(self.event.pk))
        moved = {}

        def move():
            moved["response"] = mover.post(url, data)

        delete_while(deleter, reverse("admin:chronology_event_delete", args=[self.event.pk]), move)
        self.assertFalse(Event.objects.filter(pk=self.event.pk).exists())
        row.refresh_from_db()
        self.assertEqual(row.event_id, other.pk)
        self.assertContains(moved["response"], "Select a valid choice")
