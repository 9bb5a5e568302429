"""Two editors changing one record at the same moment (outside re-tester t12b, F1): two
change forms, two revert confirmations, or one of each, each drawn from the current
version. The second of the two is refused as it is when sent after the first; nothing
is silently lost. Each thread has its own connection; each waits for the other at its
write (save_model, revert_change), but only a few seconds: with the record's lock held,
the other thread waits on the lock, not there, and the first goes on alone."""

import contextlib
import datetime
import threading
import unittest
from unittest import mock

from django.contrib.auth.models import User
from django.db import connection
from django.test import Client, TransactionTestCase
from django.urls import reverse

from peaceproc.audit import services
from peaceproc.audit.models import AuditEntry
from peaceproc.chronology.admin import EventAdmin
from peaceproc.chronology.models import Event, Track
from tests.security.adminforms import drawn_form_data, form_data

SAVE = (EventAdmin, "save_model")
REVERT = (services, "revert_change")


@unittest.skipUnless(connection.vendor == "postgresql", "real concurrent writers: PostgreSQL")
class SimultaneousEditsTests(TransactionTestCase):
    def setUp(self):
        track = Track.objects.create(slug="geneva", name="Geneva", colour="#123456")
        self.users = [
            User.objects.create_superuser(f"ed{i}", f"ed{i}@example.org", f"pw-ed{i}-001")
            for i in (1, 2)
        ]
        self.event = Event.objects.create(
            title="Race event", slug="race-event", kind="meeting", track=track,
            start_date=datetime.date(2018, 5, 1), summary="first",
        )  # fmt: skip
        self.versions = [services.record_change(self.event, user=self.users[0])]
        for summary in ("second", "third"):
            before = services.snapshot(self.event)
            self.event.summary = summary
            self.event.save()
            self.versions.append(
                services.record_change(self.event, user=self.users[0], before=before)
            )
        self.url = reverse("admin:chronology_event_change", args=[self.event.pk])

    def client_of(self, i: int) -> Client:
        client = Client()
        client.force_login(self.users[i])
        return client

    def save_post(self, i: int, summary: str) -> tuple:
        return SAVE, self.url, form_data(self.client_of(i).get(self.url), summary=summary)

    def revert_post(self, i: int, version: int) -> tuple:
        url = reverse(
            "admin:chronology_event_audit_revert", args=[self.event.pk, self.versions[version].pk]
        )
        page = self.client_of(i).get(url)
        return REVERT, url, drawn_form_data(page, button="_audit_version")

    def at_once(self, posts: list[tuple]) -> list:
        """The responses to `posts` ((where to meet, url, data), one per editor), sent
        from two threads that each wait for the other at their write, 3 s at most."""
        barrier = threading.Barrier(len(posts), timeout=3)
        waited = threading.local()

        def meeting(real):
            def met(*args, **kwargs):
                if not getattr(waited, "done", False):
                    waited.done = True
                    # Broken: the other is held back before its check; go on alone.
                    with contextlib.suppress(threading.BrokenBarrierError):
                        barrier.wait()
                return real(*args, **kwargs)

            return met

        results = [None] * len(posts)

        def post(i, url, data):
            try:
                results[i] = self.client_of(i).post(url, data)
            except Exception as error:
                results[i] = error
            finally:
                connection.close()

        patches = [
            mock.patch.object(owner, name, meeting(getattr(owner, name)))
            for owner, name in {meet for meet, _url, _data in posts}
        ]
        for patch in patches:
            patch.start()
        try:
            threads = [
                threading.Thread(target=post, args=(i, url, data))
                for i, (_meet, url, data) in enumerate(posts)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(30)
        finally:
            for patch in patches:
                patch.stop()
        return results

    def reverts(self) -> int:
        return AuditEntry.objects.filter(
            object_id=str(self.event.pk), action=AuditEntry.Action.REVERT
        ).count()

    def test_two_saves_of_one_record(self):
        posts = [self.save_post(0, "ed1's summary"), self.save_post(1, "ed2's summary")]
        results = self.at_once(posts)
        codes = sorted(getattr(result, "status_code", repr(result)) for result in results)
        self.assertEqual(codes, [200, 302], results)
        (refused,) = [result for result in results if result.status_code == 200]
        (saved,) = [i for i, result in enumerate(results) if result.status_code == 302]
        self.assertContains(refused, "Another editor saved this record after you opened")
        self.event.refresh_from_db()
        self.assertEqual(self.event.summary, f"ed{saved + 1}'s summary")

    def test_two_reverts_of_one_record(self):
        results = self.at_once([self.revert_post(0, 0), self.revert_post(1, 1)])
        codes = sorted(getattr(result, "status_code", repr(result)) for result in results)
        # The one refused says so with a 409, not a redirect like the one done (t12c, 3).
        self.assertEqual(codes, [302, 409], results)
        (refused,) = [result for result in results if result.status_code == 409]
        self.assertContains(refused, "Nothing was restored", status_code=409)
        self.assertEqual(self.reverts(), 1)
        self.event.refresh_from_db()
        self.assertIn(self.event.summary, ("first", "second"))

    def test_a_revert_and_a_save_of_one_record(self):
        results = self.at_once([self.revert_post(0, 0), self.save_post(1, "ed2's summary")])
        saved = results[1].status_code == 302
        self.assertNotEqual(saved, self.reverts() == 1, results)  # one of the two, not both
        self.event.refresh_from_db()
        self.assertEqual(self.event.summary, "ed2's summary" if saved else "first")
