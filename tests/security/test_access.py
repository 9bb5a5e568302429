"""Who may do what: the anonymous visitor reads the public site; bob (Viewers) reads the
admin and changes nothing; alice (Editors) edits and ingests. And sign-in lockout."""

from datetime import timedelta
from unittest import mock

from django.contrib.auth.models import Group, Permission
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import timezone

from peaceproc.accounts.models import LoginFailure
from peaceproc.accounts.roles import EDITORS, VIEWERS
from peaceproc.chronology.models import Event, Round

from .people import PASSWORD, PeopleAndRecordTestCase, make_people, make_record


class GroupTests(TestCase):
    def codenames(self, group_name):
        return set(
            Group.objects.get(name=group_name).permissions.values_list(
                "content_type__app_label", "codename"
            )
        )

    def test_editors_may_change_the_record_and_ingest(self):
        perms = self.codenames(EDITORS)
        for model in ("round", "event", "agreement", "participant", "citation", "source"):
            for action in ("add", "change", "delete", "view"):
                self.assertIn(("chronology", f"{action}_{model}"), perms)
        self.assertTrue({p for p in perms if p[0] == "ingest"}, "no ingestion permission")
        self.assertEqual(
            {p for p in perms if p[0] == "ingest"},
            set(
                Permission.objects.filter(content_type__app_label="ingest").values_list(
                    "content_type__app_label", "codename"
                )
            ),
        )
        self.assertIn(("audit", "view_auditentry"), perms)

    def test_viewers_may_only_view(self):
        perms = self.codenames(VIEWERS)
        self.assertIn(("chronology", "view_round"), perms)
        self.assertTrue(all(codename.startswith("view_") for _, codename in perms))
        self.assertFalse({p for p in perms if p[0] == "ingest"})


class AnonymousVisitorTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.record = make_record()

    def test_public_pages_are_readable_without_signing_in(self):
        r = self.record
        for url in (
            "/",
            r["round"].get_absolute_url(),
            r["event"].get_absolute_url(),
            r["agreement"].get_absolute_url(),
            r["participant"].get_absolute_url(),
        ):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 200)

    def test_public_pages_refuse_writes(self):
        for method in ("post", "put", "patch", "delete"):
            for url in ("/", self.record["round"].get_absolute_url()):
                with self.subTest(method=method, url=url):
                    response = getattr(self.client, method)(url)
                    self.assertIn(response.status_code, (403, 405))

    def test_admin_and_ingestion_send_to_sign_in(self):
        change = reverse("admin:chronology_round_change", args=[self.record["round"].pk])
        for url in (reverse("admin:index"), change, reverse("ingest:index")):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 302)
                self.assertIn("/admin/login/", response["Location"])

    def test_anonymous_post_changes_nothing(self):
        round_ = self.record["round"]
        change = reverse("admin:chronology_round_change", args=[round_.pk])
        self.client.post(change, {"title": "Hijacked"})
        round_.refresh_from_db()
        self.assertEqual(round_.title, "Astana 4")


class ViewerTests(PeopleAndRecordTestCase):
    """bob, staff in Viewers: reads everything in the admin, changes nothing."""

    def setUp(self):
        self.client.force_login(self.bob)

    def test_bob_reads_the_admin(self):
        r = self.record
        for url in (
            reverse("admin:index"),
            reverse("admin:chronology_round_changelist"),
            reverse("admin:chronology_round_change", args=[r["round"].pk]),
            reverse("admin:chronology_event_change", args=[r["event"].pk]),
            reverse("admin:chronology_round_history", args=[r["round"].pk]),
            reverse("admin:audit_auditentry_changelist"),
        ):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 200)

    def test_bob_sees_a_read_only_change_page(self):
        url = reverse("admin:chronology_round_change", args=[self.record["round"].pk])
        response = self.client.get(url)
        self.assertContains(response, "View round")
        self.assertNotContains(response, 'name="_save"')

    def test_bob_cannot_change_add_or_delete(self):
        r = self.record
        round_ = r["round"]
        cases = [
            ("post", reverse("admin:chronology_round_change", args=[round_.pk]), {"title": "X"}),
            ("get", reverse("admin:chronology_round_add"), None),
            ("post", reverse("admin:chronology_event_add"), {"title": "X"}),
            ("post", reverse("admin:chronology_round_delete", args=[round_.pk]), {"post": "yes"}),
        ]
        for method, url, data in cases:
            with self.subTest(url=url, method=method):
                response = getattr(self.client, method)(url, data)
                self.assertEqual(response.status_code, 403)
        round_.refresh_from_db()
        self.assertEqual(round_.title, "Astana 4")
        self.assertEqual(Event.objects.count(), 1)

    def test_bob_cannot_bulk_delete(self):
        response = self.client.post(
            reverse("admin:chronology_round_changelist"),
            {"action": "delete_selected", "_selected_action": [self.record["round"].pk]},
        )
        self.assertIn(response.status_code, (200, 302, 403))
        self.assertTrue(Round.objects.filter(pk=self.record["round"].pk).exists())

    def test_bob_cannot_reach_ingestion(self):
        self.assertEqual(self.client.get(reverse("ingest:index")).status_code, 403)
        response = self.client.post(reverse("ingest:index"), {"text": "Talks in Astana."})
        self.assertEqual(response.status_code, 403)


class EditorTests(PeopleAndRecordTestCase):
    """alice, staff in Editors: edits the record and reaches ingestion."""

    def setUp(self):
        self.client.force_login(self.alice)

    def test_alice_edits_a_round(self):
        round_ = self.record["round"]
        url = reverse("admin:chronology_round_change", args=[round_.pk])
        response = self.client.get(url)
        self.assertContains(response, 'name="_save"')
        data = {
            "track": round_.track_id,
            "number": 4,
            "title": "Astana 4 (corrected)",
            "slug": "astana-4",
            "status": "held",
            "start_date": "2017-05-03",
            "end_date": "2017-05-04",
            "city": "Astana",
            "summary": "",
            "confidence": "high",
            "outcome_kind": "unknown",
            "next_date": "",
            "next_precision": "day",
            "participations-TOTAL_FORMS": "0",
            "participations-INITIAL_FORMS": "0",
            "citations-TOTAL_FORMS": "0",
            "citations-INITIAL_FORMS": "0",
            "conflicts-TOTAL_FORMS": "0",
            "conflicts-INITIAL_FORMS": "0",
            "_audit_version": response.context["audit_version"],
        }
        # The inlines' existing rows must be posted back unchanged.
        for prefix, rows in (
            ("participations", round_.participations.all()),
            ("citations", round_.citations.all()),
        ):
            data[f"{prefix}-TOTAL_FORMS"] = data[f"{prefix}-INITIAL_FORMS"] = str(len(rows))
            for i, row in enumerate(rows):
                data[f"{prefix}-{i}-id"] = row.pk
                data[f"{prefix}-{i}-round"] = round_.pk
                if prefix == "participations":
                    data[f"{prefix}-{i}-participant"] = row.participant_id
                    data[f"{prefix}-{i}-role"] = row.role
                    data[f"{prefix}-{i}-note"] = row.note
                else:
                    data[f"{prefix}-{i}-source"] = row.source_id
                    data[f"{prefix}-{i}-quote"] = row.quote
                    data[f"{prefix}-{i}-note"] = row.note
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302, getattr(response, "context_data", None))
        round_.refresh_from_db()
        self.assertEqual(round_.title, "Astana 4 (corrected)")

    def test_alice_reaches_ingestion(self):
        self.assertEqual(self.client.get(reverse("ingest:index")).status_code, 200)

    def test_alice_cannot_tamper_with_the_audit_trail(self):
        self.assertEqual(self.client.get(reverse("admin:audit_auditentry_add")).status_code, 403)


@override_settings(LOGIN_FAILURE_LIMIT=5, LOGIN_COOLOFF_MINUTES=15)
class LoginLockoutTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.alice, cls.bob = make_people()

    def sign_in(self, password, username="alice", ip="192.0.2.10"):
        return self.client.post(
            reverse("admin:login"),
            {"username": username, "password": password, "next": "/admin/"},
            REMOTE_ADDR=ip,
        )

    def fail(self, times, **kwargs):
        for _ in range(times):
            response = self.sign_in("wrong password", **kwargs)
            self.assertEqual(response.status_code, 200)
        return response

    def test_four_failures_do_not_lock(self):
        self.fail(4)
        self.assertEqual(self.sign_in(PASSWORD).status_code, 302)

    def test_fifth_failure_locks_with_a_stated_cooloff(self):
        response = self.fail(5)
        self.assertContains(response, "Too many failed sign-in attempts")
        self.assertContains(response, "locked for 15 minutes")
        # Even the right password is refused during the cool-off, with the same message.
        response = self.sign_in(PASSWORD)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "try again in 15 minutes")
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_attempts_during_the_lock_do_not_extend_it(self):
        self.fail(5)
        until = LoginFailure.objects.get().locked_until
        self.fail(3)
        self.assertEqual(LoginFailure.objects.get().locked_until, until)

    def test_lock_is_per_address(self):
        self.fail(5)
        # Another address can still sign in as alice: nobody can lock an editor out from
        # elsewhere by failing on purpose.
        self.assertEqual(self.sign_in(PASSWORD, ip="198.51.100.20").status_code, 302)
        self.client.logout()
        # The locked address is locked for every account: it cannot move on to the next.
        self.assertContains(self.sign_in(PASSWORD, username="bob"), "Too many failed")

    def test_guessing_across_usernames_from_one_address_locks_it(self):
        # Issue 13, finding 2: keyed on (username, address), one address could try five
        # passwords on every account; keyed on the address, five in all.
        for username in ("alice", "bob", "carol", "dave", "erin"):
            self.fail(1, username=username)
        self.assertContains(self.sign_in(PASSWORD), "Too many failed")
        self.assertNotIn("_auth_user_id", self.client.session)

    @override_settings(CLIENT_IP_HEADER="HTTP_X_REAL_IP")
    def test_behind_a_proxy_an_attacker_cannot_lock_out_an_editor(self):
        # Every request comes from the proxy's address; the proxy names the client.
        proxy = "10.0.0.2"
        for _ in range(8):
            self.client.post(
                reverse("admin:login"),
                {"username": "alice", "password": "wrong", "next": "/admin/"},
                REMOTE_ADDR=proxy,
                HTTP_X_REAL_IP="203.0.113.66",
            )
        response = self.client.post(
            reverse("admin:login"),
            {"username": "alice", "password": PASSWORD, "next": "/admin/"},
            REMOTE_ADDR=proxy,
            HTTP_X_REAL_IP="198.51.100.7",
        )
        self.assertEqual(response.status_code, 302)

    def test_username_case_does_not_dodge_the_lock(self):
        self.fail(3)
        self.fail(2, username="ALICE")
        self.assertContains(self.sign_in(PASSWORD), "Too many failed sign-in attempts")

    def test_lock_ends_after_the_cooloff(self):
        self.fail(5)
        later = timezone.now() + timedelta(minutes=15, seconds=1)
        with mock.patch("django.utils.timezone.now", return_value=later):
            self.assertEqual(self.sign_in(PASSWORD).status_code, 302)
        self.assertFalse(LoginFailure.objects.exists())

    def test_a_success_does_not_reset_the_count(self):
        # Else anyone with an account of their own could guess another's password four
        # at a time, signing in as themselves in between.
        self.fail(4)
        self.assertEqual(self.sign_in(PASSWORD, username="bob").status_code, 302)
        self.client.logout()
        self.assertContains(self.fail(1), "Too many failed")

    def test_old_failures_age_out(self):
        self.fail(4)
        later = timezone.now() + timedelta(minutes=16)
        with mock.patch("django.utils.timezone.now", return_value=later):
            self.fail(1)
            self.assertEqual(LoginFailure.objects.get().failures, 1)
            self.assertIsNone(LoginFailure.objects.get().locked_until)
