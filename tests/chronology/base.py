"""The shipped record and `editor`, a superuser signed in: the set-up of the admin tests
(the chronology admin's and the ingestion pages')."""

from django.contrib.auth.models import User
from django.test import Client, TestCase

from tests.seeds import load_shipped_seeds


class SeededAdminTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_shipped_seeds()
        cls.editor = User.objects.create_superuser("editor", "editor@example.org", "pw-editor-1")

    def setUp(self):
        self.client.force_login(self.editor)


class TwoEditorsAdminTestCase(SeededAdminTestCase):
    """Two more editors, ed1 and ed2, each signed in on a client of their own
    (`ed1c`, `ed2c`): the races between two editors' pages."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.ed1 = User.objects.create_superuser("ed1", "ed1@example.org", "pw-ed1-00001")
        cls.ed2 = User.objects.create_superuser("ed2", "ed2@example.org", "pw-ed2-00001")

    def setUp(self):
        super().setUp()
        self.ed1c, self.ed2c = Client(), Client()
        self.ed1c.force_login(self.ed1)
        self.ed2c.force_login(self.ed2)
