"""A Viewer's 403 is logged as one warning line, without a traceback (outside tester's
finding 7, issue 9); a server error keeps its traceback."""

import logging

from django.contrib.auth.models import Group, User
from django.test import TestCase
from django.urls import reverse

from peaceproc.accounts.roles import VIEWERS


class RefusalLoggingTests(TestCase):
    # assertLogs keeps the records from the console: the suite's output stays clean.
    def test_a_viewers_403_is_one_line(self):
        bob = User.objects.create_user("bob", password="pw-bob-12", is_staff=True)
        bob.groups.add(Group.objects.get(name=VIEWERS))
        self.client.force_login(bob)
        # (django.request logs from ERROR while testing; WARNING in service, as here.)
        with self.assertLogs("django.request", logging.WARNING) as logs:
            response = self.client.get(reverse("ingest:index"))
        self.assertEqual(response.status_code, 403)
        [record] = logs.records
        self.assertEqual(record.levelno, logging.WARNING)
        self.assertIn("Forbidden", record.getMessage())
        self.assertIsNone(record.exc_info)

    def test_an_error_keeps_its_traceback(self):
        with self.assertLogs("django.request", logging.WARNING) as logs:
            try:
                raise RuntimeError("boom")
            except RuntimeError as exc:
                logging.getLogger("django.request").error("Internal Server Error: /x", exc_info=exc)
        [record] = logs.records
        self.assertIsNotNone(record.exc_info)
