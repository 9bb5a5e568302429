"""A Viewer's 403 is logged as one warning line, without a traceback (outside tester's
finding 7, issue 9); a server error keeps its traceback."""

import logging

from django.contrib.auth.models import Group, User
from django.test import TestCase
from django.urls import reverse

from peaceproc.accounts.roles import VIEWERS


class Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        self.records.append(record)


class RefusalLoggingTests(TestCase):
    def setUp(self):
        self.logger = logging.getLogger("django.request")
        self.handler = Collect()
        self.logger.addHandler(self.handler)
        level = self.logger.level
        self.logger.setLevel(logging.WARNING)  # (ERROR while testing; WARNING in service)
        self.addCleanup(self.logger.setLevel, level)
        self.addCleanup(self.logger.removeHandler, self.handler)

    def test_a_viewers_403_is_one_line(self):
        bob = User.objects.create_user("bob", password="pw-bob-12", is_staff=True)
        bob.groups.add(Group.objects.get(name=VIEWERS))
        self.client.force_login(bob)
        response = self.client.get(reverse("ingest:index"))
        self.assertEqual(response.status_code, 403)
        [record] = self.handler.records
        self.assertEqual(record.levelno, logging.WARNING)
        self.assertIn("Forbidden", record.getMessage())
        self.assertIsNone(record.exc_info)

    def test_an_error_keeps_its_traceback(self):
        try:
            raise RuntimeError("boom")
        except RuntimeError as exc:
            self.logger.error("Internal Server Error: /x", exc_info=exc)
        [record] = self.handler.records
        self.assertIsNotNone(record.exc_info)
