"""A deletion confirmed from a page drawn before another editor's save is refused, as a
change form from before it is (outside tester t15a, 11): the confirmation page carries the
record's version."""

from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from peaceproc.chronology.models import Event
from tests.security.adminforms import form_data

from .base import SeededAdminTestCase


class StaleDeleteTests(SeededAdminTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.other = User.objects.create_superuser("ed2", "ed2@example.org", "pw-ed2-0001")

    def setUp(self):
        super().setUp()
        self.event = Event.objects.order_by("pk").first()
        self.delete_url = reverse("admin:chronology_event_delete", args=[self.event.pk])
        self.change_url = reverse("admin:chronology_event_change", args=[self.event.pk])

    def drawn_version(self) -> str:
        page = self.client.get(self.delete_url)
        version = str(page.context["audit_version"])
        self.assertContains(page, f'name="_audit_version" value="{version}"')
        return version

    def save_by_the_other_editor(self) -> None:
        other = Client()
        other.force_login(self.other)
        page = other.get(self.change_url)
        saved = other.post(self.change_url, form_data(page, title=f"{self.event.title} (ed2)"))
        self.assertEqual(saved.status_code, 302)

    def test_a_confirmation_drawn_before_another_save_deletes_nothing(self):
        version = self.drawn_version()
        self.save_by_the_other_editor()
        response = self.client.post(self.delete_url, {"post": "yes", "_audit_version": version})
        self.assertRedirects(response, self.delete_url, fetch_redirect_response=False)
        self.assertTrue(Event.objects.filter(pk=self.event.pk).exists())
        page = self.client.get(self.delete_url)
        self.assertContains(page, "Nothing was deleted: the record changed after this page")
        self.assertContains(page, "ed2 changed event")
        # The page drawn again carries the new version: confirmed from it, it deletes.
        again = self.client.post(
            self.delete_url, {"post": "yes", "_audit_version": page.context["audit_version"]}
        )
        self.assertEqual(again.status_code, 302)
        self.assertFalse(Event.objects.filter(pk=self.event.pk).exists())

    def test_a_current_confirmation_deletes(self):
        version = self.drawn_version()
        self.client.post(self.delete_url, {"post": "yes", "_audit_version": version})
        self.assertFalse(Event.objects.filter(pk=self.event.pk).exists())

    def test_a_version_the_record_never_had_deletes_nothing(self):
        for sent in ["999999999", "abc", "-1"]:
            with self.subTest(sent):
                response = self.client.post(
                    self.delete_url, {"post": "yes", "_audit_version": sent}, follow=True
                )
                self.assertContains(response, "a version the record has never had")
                self.assertTrue(Event.objects.filter(pk=self.event.pk).exists())
