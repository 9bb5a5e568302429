"""The shipped record and `editor`, a superuser signed in: the set-up of the admin tests
(the chronology admin's and the ingestion pages')."""

from django.contrib.auth.models import User
from django.test import TestCase

from tests.seeds import load_shipped_seeds


class SeededAdminTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_shipped_seeds()
        cls.editor = User.objects.create_superuser("editor", "editor@example.org", "pw-editor-1")

    def setUp(self):
        self.client.force_login(self.editor)
