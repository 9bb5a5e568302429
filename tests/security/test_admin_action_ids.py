"""An admin list action on ids the list never wrote (t14a, finding 1): `abc`, an empty
value, `1.5` or a NUL in `_selected_action` was a 500 (a ValueError from the database
filter) on the event, participant and audit lists. Every registered list and each of its
actions now answers 400 saying so; a real id still runs the action."""

from django.contrib import admin
from django.contrib.auth.models import User
from django.test import RequestFactory, TestCase
from django.urls import reverse

from peaceproc.adminactions import is_written_id
from peaceproc.chronology.models import Event

FORGED = ["abc", "", "1.5", "\x00", "٤", " 1", "01", "1e3"]


class AdminActionIdsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = User.objects.create_superuser("editor", "e@example.org", "pw-editor-1")

    def setUp(self):
        self.client.force_login(self.editor)

    def actions(self, model_admin):
        request = RequestFactory().get("/admin/")
        request.user = self.editor
        return list(model_admin.get_actions(request))

    def test_every_list_and_action_refuses_forged_ids(self):
        walked = 0
        for model, model_admin in admin.site._registry.items():
            opts = model._meta
            url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
            for action in self.actions(model_admin):
                for value in FORGED:
                    with self.subTest(model=opts.label, action=action, value=value):
                        response = self.client.post(
                            url, {"action": action, "index": 0, "_selected_action": [value]}
                        )
                        self.assertContains(response, "names items that are not", status_code=400)
                        walked += 1
        # The walk reached the lists of the report (events, participants, the audit trail).
        self.assertGreater(walked, len(FORGED) * 3)

    def test_a_forged_id_beside_a_real_one_is_refused(self):
        url = reverse("admin:chronology_event_changelist")
        response = self.client.post(
            url, {"action": "delete_selected", "index": 0, "_selected_action": ["1", "abc"]}
        )
        self.assertEqual(response.status_code, 400)

    def test_the_delete_confirmation_with_a_forged_id_is_refused(self):
        url = reverse("admin:chronology_participant_changelist")
        response = self.client.post(
            url, {"action": "delete_selected", "post": "yes", "_selected_action": ["abc"]}
        )
        self.assertEqual(response.status_code, 400)

    def test_a_real_id_still_runs_the_action(self):
        event = Event.objects.create(
            slug="trilateral-summit",
            title="Trilateral summit",
            kind="summit",
            start_date="2017-11-22",
        )
        url = reverse("admin:chronology_event_changelist")
        response = self.client.post(
            url,
            {"action": "delete_selected", "index": 0, "_selected_action": [str(event.pk)]},
        )
        self.assertContains(response, "Are you sure you want to delete the selected event?")

    def test_the_admin_writes_ids_that_read_back(self):
        pk = Event._meta.pk
        self.assertTrue(is_written_id(pk, "42"))
        self.assertTrue(is_written_id(pk, "-1"))
        for value in FORGED:
            with self.subTest(value=value):
                self.assertFalse(is_written_id(pk, value))
