"""What a refused change form or revert says (re-tester t11c, 7b, 7c and 7e): the
editor's own save from another window is not "another editor"'s; a refused form names the
record as stored, not by the title it refused; a refused revert of a deleted record says
only why."""

import lxml.html
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils.timezone import localtime

from peaceproc.audit.services import history
from peaceproc.chronology.models import Event, Round
from tests.security.adminforms import confirm_delete, confirm_revert, drawn_form_data, form_data

from .base import SeededAdminTestCase


class RefusedFormWordingTests(SeededAdminTestCase):
    def setUp(self):
        super().setUp()
        self.event = Event.objects.order_by("pk").first()
        self.url = reverse("admin:chronology_event_change", args=[self.event.pk])

    def test_the_editors_own_save_from_another_window_is_named_as_theirs(self):
        window1, window2 = self.client.get(self.url), self.client.get(self.url)
        saved = self.client.post(self.url, form_data(window1, place="From window 1"))
        self.assertEqual(saved.status_code, 302)
        refused = self.client.post(self.url, drawn_form_data(window2, place="From window 2"))
        self.assertEqual(refused.status_code, 200)
        mine = history(Event, self.event.pk).get(user=self.editor)
        at = f"{localtime(mine.timestamp):%H:%M}"
        self.assertContains(refused, f"You saved this record at {at} from another window")
        self.assertContains(refused, "you changed event")
        self.assertNotContains(refused, "Another editor")
        self.assertNotContains(refused, "editor changed")  # not named as someone else
        self.event.refresh_from_db()
        self.assertEqual(self.event.place, "From window 1")

    def test_a_save_by_another_editor_among_them_is_another_editors(self):
        other = Client()
        other.force_login(User.objects.create_superuser("ed1", "ed1@example.org", "pw-ed1-01"))
        page = self.client.get(self.url)
        self.client.post(self.url, form_data(self.client.get(self.url), place="Mine"))
        other.post(self.url, form_data(other.get(self.url), place="Theirs"))
        refused = self.client.post(self.url, drawn_form_data(page, place="Late"))
        self.assertContains(refused, "Another editor saved this record after you opened")
        self.assertContains(refused, "you changed event")
        self.assertContains(refused, "ed1 changed event")
        self.assertNotContains(refused, "You saved this record at")

    def test_a_row_the_editor_deleted_from_another_window_is_said_so(self):
        round_ = Round.objects.filter(participations__isnull=False).order_by("pk").first()
        url = reverse("admin:chronology_round_change", args=[round_.pk])
        page = self.client.get(url)
        row = round_.participations.order_by("pk").first()
        delete = reverse("admin:chronology_participation_delete", args=[row.pk])
        self.assertEqual(confirm_delete(self.client, delete).status_code, 302)
        refused = self.client.post(url, drawn_form_data(page))
        deleted = history(type(row), row.pk).get(action="delete")
        at = f"{localtime(deleted.timestamp):%H:%M}"
        self.assertContains(
            refused, f"This row is no longer stored: you deleted it from another window at {at}"
        )
        self.assertNotContains(refused, "another editor deleted it")

    def test_a_refused_form_is_titled_by_the_stored_record(self):
        page = self.client.get(self.url)
        stored = self.event.title
        self.client.post(self.url, form_data(self.client.get(self.url), place="Elsewhere"))
        refused = self.client.post(self.url, drawn_form_data(page, title="UNSAVED TITLE"))
        self.assertEqual(refused.status_code, 200)
        self.assertContains(refused, f"<title>Error: {stored} | Change event")
        self.assertContains(refused, f"<h2>{stored}</h2>", html=True)
        self.assertContains(refused, f'<li aria-current="page">{stored}</li>', html=True)
        # The refused title is only in its box (not in the rows' titles, which name it).
        self.assertContains(refused, "UNSAVED TITLE", count=1)
        self.assertContains(refused, 'value="UNSAVED TITLE"')
        self.assertContains(refused, f" — {stored}")  # a participation row names it


class RefusedRevertTests(SeededAdminTestCase):
    def test_a_revert_of_a_deletion_refused_by_a_reused_slug_says_only_why(self):
        round_ = Round.objects.filter(citations__isnull=False).order_by("pk").first()
        pk, slug = round_.pk, round_.slug
        delete = reverse("admin:chronology_round_delete", args=[pk])
        self.assertEqual(confirm_delete(self.client, delete).status_code, 302)
        url = reverse("admin:chronology_round_change", args=[Round.objects.first().pk])
        reused = self.client.post(url, form_data(self.client.get(url), slug=slug))
        self.assertEqual(reused.status_code, 302)
        deletion = history(Round, pk).get(action="delete")
        revert = reverse("admin:chronology_round_audit_revert", args=[pk, deletion.pk])
        response = confirm_revert(self.client, revert)  # its preview, again, a 409
        self.assertContains(response, "Could not restore", status_code=409)
        self.assertContains(response, "A round with this slug already exists.", status_code=409)
        # (not Django's "… doesn’t exist. Perhaps it was deleted")
        self.assertNotContains(response, "Perhaps it was deleted", status_code=409)
        self.assertFalse(Round.objects.filter(pk=pk).exists())
        # Its "History" link leads to the record's entries in the trail.
        (link,) = lxml.html.fromstring(response.content).xpath("//a[text()='History']/@href")
        trail = self.client.get(link)
        self.assertContains(trail, f"/admin/audit/auditentry/{deletion.pk}/change/")
        self.assertNotContains(trail, "Perhaps it was deleted")
