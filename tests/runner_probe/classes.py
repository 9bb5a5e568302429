"""Test classes that the runner's own tests (tests/test_runner.py) run in a separate
`manage.py test` with several processes: each test writes down the process that ran it,
whether it saw the seeded test database, and its class. The module's name is outside
the discovery pattern, so the suite itself never collects them."""

import json
import os

from django.contrib.auth.models import Group
from django.test import TestCase, TransactionTestCase, tag


class Probe:
    def test_notes_its_process_and_database(self):
        self.assertTrue(Group.objects.filter(name="Editors").exists(), "no migrated test DB")
        note = {"pid": os.getpid(), "kind": self.kind, "cls": type(self).__name__}
        with open(os.environ["RUNNER_PROBE_NOTES"], "a") as notes:
            notes.write(json.dumps(note) + "\n")


class Other1(Probe, TestCase):
    kind = "other"


class Other2(Probe, TestCase):
    kind = "other"


class Other3(Probe, TestCase):
    kind = "other"


class Other4(Probe, TestCase):
    kind = "other"


@tag("browser")
class Browser1(Probe, TransactionTestCase):
    kind = "browser"
    serialized_rollback = True


@tag("browser")
class Browser2(Probe, TransactionTestCase):
    kind = "browser"
    serialized_rollback = True
