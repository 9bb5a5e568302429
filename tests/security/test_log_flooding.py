"""Issue 13, item 5: a wrong Host header is answered 400 and logged as one WARNING line,
without a traceback, so a scanner cannot flood the log with error tracebacks."""

import logging

from django.test import TestCase


class DisallowedHostLogTests(TestCase):
    def test_a_wrong_host_is_one_warning_line(self):
        with self.assertLogs("django.security.DisallowedHost", level="DEBUG") as logs:
            response = self.client.get("/", HTTP_HOST="evil.example")
        self.assertEqual(response.status_code, 400)
        (record,) = logs.records
        self.assertEqual(record.levelno, logging.WARNING)
        self.assertIsNone(record.exc_info)
        self.assertIn("evil.example", record.getMessage())
        self.assertNotIn("\n", record.getMessage())
