"""Outside tester t11a, finding 18: the sign-in URL when an admin exists, a conflict
needs two different sources, track colours in the short #rgb form, and staff-only API
answers kept out of shared caches."""

import io

from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.test import TestCase

from peaceproc.chronology.models import Conflict, Track

from .people import PASSWORD, PeopleAndRecordTestCase


class EnsureAdminTests(TestCase):
    def test_the_sign_in_url_is_printed_when_an_admin_exists_too(self):
        call_command("ensureadmin", "--url", "http://127.0.0.1:8613/", stdout=io.StringIO())
        out = io.StringIO()
        call_command("ensureadmin", "--url", "http://127.0.0.1:8614/", stdout=out)
        self.assertIn("exists already: sign in at http://127.0.0.1:8614/admin/", out.getvalue())


class ConflictSourcesTests(PeopleAndRecordTestCase):
    def conflict(self, source_b):
        return Conflict(
            round=self.record["round"],
            field="start date",
            value_a="3 May",
            source_a=self.record["source"],
            value_b="4 May",
            source_b=source_b,
            choice="a",
            reason="The first is the host's.",
        )

    def test_one_source_twice_is_refused_by_name(self):
        conflict = self.conflict(self.record["source"])
        with self.assertRaises(ValidationError) as refused:
            conflict.full_clean()
        self.assertIn("two different sources", str(refused.exception))
        with self.assertRaises(IntegrityError), transaction.atomic():
            conflict.save()


class TrackColourTests(TestCase):
    def test_a_short_hex_colour_is_read_as_its_long_form(self):
        track = Track(slug="test-track", name="Test track", colour="#fA0")
        track.full_clean()
        self.assertEqual(track.colour, "#ffAA00")
        for bad in ("#ff", "fff", "#ggg", "#12345"):
            with self.subTest(bad=bad), self.assertRaises(ValidationError):
                Track(slug="bad-track", name="Bad", colour=bad).full_clean()


class StaffAnswerCacheTests(PeopleAndRecordTestCase):
    def test_a_staff_answer_is_private_a_public_one_is_not(self):
        url = f"/api/sources/{self.record['source'].pk}"
        public = self.client.get(url)
        self.assertNotIn("private", public.get("Cache-Control", ""))
        self.assertTrue(self.client.login(username="alice", password=PASSWORD))
        staff = self.client.get(url)
        self.assertIn("private", staff["Cache-Control"])
        self.assertIn("Cookie", staff["Vary"])
        self.assertNotEqual(staff.json()["text"], public.json()["text"])
