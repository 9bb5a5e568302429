"""The shipped record and alice, a superuser signed in: the set-up of the admin tests."""

from django.contrib.auth.models import User
from django.test import TestCase

from tests.seeds import load_shipped_seeds


class SeededAdminTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_shipped_seeds()
        cls.alice = User.objects.create_superuser("alice", "alice@example.org", "password")

    def setUp(self):
        self.client.force_login(self.alice)
