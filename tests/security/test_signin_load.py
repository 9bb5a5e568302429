"""Sign-in under load (outside tester t9a, finding 2): each password check costs the
hasher's work, so the checks of all addresses together are limited and one beyond the
limit is answered 429 before any hashing; an over-long username or password is refused
as the form is read. The per-address lock is tested in test_access.py."""

from datetime import timedelta
from unittest import mock

from django.contrib.auth.hashers import get_hasher
from django.core.cache import cache
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import timezone

from peaceproc.accounts import lockout
from peaceproc.accounts.forms import MAX_PASSWORD_CHARS
from peaceproc.accounts.models import LoginFailure

from .people import PASSWORD, make_people

CLOCK = "peaceproc.accounts.lockout._wall_clock"


@override_settings(
    LOGIN_CHECK_LIMIT=3,
    LOGIN_CHECK_WINDOW_SECONDS=10,
    LOGIN_FAILURE_LIMIT=5,
    LOGIN_CHECKS_AT_ONCE=1,
)
class SignInLoadTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.alice, cls.bob = make_people()

    def setUp(self):
        cache.clear()

    def sign_in(self, password, *, ip, username="alice"):
        return self.client.post(
            reverse("admin:login"),
            {"username": username, "password": password, "next": "/admin/"},
            REMOTE_ADDR=ip,
        )

    def make_suspect(self, ip):
        """Give the address one failed sign-in on record, a minute ago."""
        at = timezone.now() - timedelta(minutes=1)
        LoginFailure.objects.create(
            ip=ip, username="x", failures=1, first_failed_at=at, last_failed_at=at
        )

    def test_checks_from_suspect_addresses_beyond_the_limit_are_refused_before_hashing(self):
        hasher = get_hasher("default")
        for n in range(4):
            self.make_suspect(f"192.0.2.{n}")
        with mock.patch(CLOCK, return_value=1004.0):
            for n in range(3):  # three addresses, one bad password each: checked
                self.assertEqual(self.sign_in("wrong", ip=f"192.0.2.{n}").status_code, 200)
            with (
                mock.patch.object(type(hasher), "verify", autospec=True) as verify,
                mock.patch.object(type(hasher), "encode", autospec=True) as encode,
            ):
                response = self.sign_in("wrong", ip="192.0.2.3")
            verify.assert_not_called()
            encode.assert_not_called()
        self.assertEqual(response.status_code, 429)
        self.assertEqual(response["Retry-After"], "6")  # the window ends at 1010
        self.assertContains(response, "Try again in 6 seconds", status_code=429)
        # It is no failure of that address: not counted.
        self.assertEqual(LoginFailure.objects.get(ip="192.0.2.3").failures, 1)

    def test_the_right_password_from_a_suspect_address_waits_for_the_next_window(self):
        self.make_suspect("203.0.113.5")
        with mock.patch(CLOCK, return_value=2000.0):
            for _ in range(2):  # the first of each address is a clean one's: not counted
                for n in range(3):
                    self.sign_in("wrong", ip=f"198.51.100.{n}")
            self.assertEqual(self.sign_in(PASSWORD, ip="203.0.113.5").status_code, 429)
            self.assertNotIn("_auth_user_id", self.client.session)
        with mock.patch(CLOCK, return_value=2010.0):
            self.assertEqual(self.sign_in(PASSWORD, ip="203.0.113.5").status_code, 302)

    def test_an_editor_from_a_clean_address_signs_in_during_a_flood_from_many(self):
        """Outside tester t10a: 12 addresses sent 4 bad sign-ins each, then the editor,
        from an address of their own, was answered 429."""
        hasher = type(get_hasher("default"))
        statuses = []
        with (
            mock.patch(CLOCK, return_value=3000.0),
            mock.patch.object(hasher, "verify", autospec=True, return_value=False) as verify,
        ):
            for n in range(2, 14):
                for _ in range(4):
                    statuses.append(self.sign_in("wrong", ip=f"127.0.0.{n}").status_code)
            # Each address's first check (clean) and three suspect ones were made...
            self.assertEqual(verify.call_count, 12 + 3)
        self.assertEqual(statuses.count(200), 12 + 3)
        self.assertEqual(statuses.count(429), 12 * 4 - 15)
        # ...and the editor, three seconds later, in the same busy window, gets in.
        with mock.patch(CLOCK, return_value=3003.0):
            response = self.sign_in(PASSWORD, ip="127.0.0.99")
        self.assertEqual(response.status_code, 302)
        self.assertEqual(self.client.session["_auth_user_id"], str(self.alice.pk))

    def test_a_check_never_waits_for_a_slot_it_is_refused_at_once(self):
        hasher = type(get_hasher("default"))
        with mock.patch(CLOCK, return_value=4000.0), lockout.check_slot("clean"):
            with mock.patch.object(hasher, "verify", autospec=True) as verify:
                response = self.sign_in(PASSWORD, ip="192.0.2.40")
            verify.assert_not_called()
            self.assertEqual(response.status_code, 429)
            self.assertEqual(response["Retry-After"], "1")
            self.assertFalse(LoginFailure.objects.filter(ip="192.0.2.40").exists())
            # Suspect checks have slots of their own: a flood of them leaves clean ones be,
            # and the other way round.
            self.make_suspect("192.0.2.41")
            self.assertEqual(self.sign_in("wrong", ip="192.0.2.41").status_code, 200)
        with mock.patch(CLOCK, return_value=4000.0), lockout.check_slot("suspect"):
            self.assertEqual(self.sign_in(PASSWORD, ip="192.0.2.40").status_code, 302)
        # Each slot is given back when its check ends.
        self.client.post(reverse("admin:logout"))
        with mock.patch(CLOCK, return_value=4000.0):
            self.assertEqual(self.sign_in(PASSWORD, ip="192.0.2.40").status_code, 302)

    def test_addresses_refused_for_capacity_leave_the_clean_slots_to_the_editor(self):
        """Re-tester t10s: 12 addresses kept posting wrong passwords; the editor, from an
        address of their own, was answered 429 on all 8 tries. A refused try counted for
        nothing, so the attackers' addresses stayed clean and held the clean slots."""
        hasher = type(get_hasher("default"))
        attackers = [f"127.0.0.{n}" for n in range(2, 14)]
        with (
            mock.patch(CLOCK, return_value=6000.0),
            mock.patch.object(hasher, "verify", autospec=True) as verify,
        ):
            with lockout.check_slot("clean"):  # the first attacker's check is running
                for ip in attackers:
                    response = self.sign_in("wrong", ip=ip)
                    self.assertEqual(response.status_code, 429)
                    self.assertNotContains(response, "has failed sign-ins", status_code=429)
                    self.assertContains(response, "This address has no failed", status_code=429)
            # Those addresses are clean no more: they keep posting, and one of theirs is
            # always being checked in the slots of the refused kind...
            with lockout.check_slot("refused"):
                for ip in attackers * 3:
                    self.assertEqual(self.sign_in("wrong", ip=ip).status_code, 429)
            verify.assert_not_called()
        # ...so an editor from a new address finds the clean slot free: in at once.
        with mock.patch(CLOCK, return_value=6001.0), lockout.check_slot("refused"):
            self.assertEqual(self.sign_in(PASSWORD, ip="127.0.0.79").status_code, 302)
        # Refused tries are no failures: none of those addresses is any nearer its lock.
        self.assertFalse(LoginFailure.objects.filter(ip__in=attackers).exists())

    def test_an_editor_refused_during_a_flood_of_new_addresses_gets_in_on_the_next_try(self):
        """Re-tester t10s: 496 new addresses making one try each kept the clean slots
        busy; the editor was refused on every try."""
        hasher = type(get_hasher("default"))
        with (
            mock.patch(CLOCK, return_value=7000.0),
            mock.patch.object(hasher, "verify", autospec=True, return_value=False),
            lockout.check_slot("clean"),  # one new address's check running at every try
        ):
            for n in range(40):
                self.assertEqual(self.sign_in("wrong", ip=f"10.1.{n}.1").status_code, 429)
            first = self.sign_in(PASSWORD, ip="127.0.0.79")
            self.assertEqual(first.status_code, 429)
            self.assertEqual(first["Retry-After"], "1")
            # The page says the case it is in: no failure of this address, the device cookie.
            self.assertContains(first, "This address has no failed sign-in", status_code=429)
            self.assertNotContains(first, "has failed sign-ins", status_code=429)
            self.assertContains(first, "device cookie", status_code=429)
            for n in range(40, 80):
                self.assertEqual(self.sign_in("wrong", ip=f"10.1.{n}.1").status_code, 429)
        with mock.patch(CLOCK, return_value=7001.0), lockout.check_slot("clean"):
            second = self.sign_in(PASSWORD, ip="127.0.0.79")
        self.assertEqual(second.status_code, 302)
        self.assertEqual(self.client.session["_auth_user_id"], str(self.alice.pk))
        # Signed in, the address is clean again.
        self.assertEqual(lockout.address_kind(second.wsgi_request), "clean")

    def test_a_refused_address_whose_check_fails_is_suspect(self):
        with mock.patch(CLOCK, return_value=8000.0):
            with lockout.check_slot("clean"):
                self.assertEqual(self.sign_in("wrong", ip="192.0.2.70").status_code, 429)
            self.assertEqual(self.sign_in("wrong", ip="192.0.2.70").status_code, 200)
            for n in range(3):  # the limit of suspect addresses reached
                self.make_suspect(f"198.51.100.{n}")
                self.sign_in("wrong", ip=f"198.51.100.{n}")
            response = self.sign_in(PASSWORD, ip="192.0.2.70")
        self.assertEqual(response.status_code, 429)
        self.assertContains(
            response, "This address has failed sign-ins in the last 15 minutes", status_code=429
        )
        self.assertContains(response, "at most 3 passwords every 10 seconds", status_code=429)
        self.assertContains(response, "device cookie", status_code=429)

    def test_an_address_whose_failures_aged_out_is_clean_again(self):
        long_ago = timezone.now() - timedelta(minutes=16)
        LoginFailure.objects.create(
            ip="192.0.2.60",
            username="x",
            failures=1,
            first_failed_at=long_ago,
            last_failed_at=long_ago,
        )
        with mock.patch(CLOCK, return_value=5000.0):
            for n in range(4):  # exceed the limit of suspect addresses
                self.make_suspect(f"198.51.100.{n}")
                self.sign_in("wrong", ip=f"198.51.100.{n}")
            self.assertEqual(self.sign_in("wrong", ip="198.51.100.0").status_code, 429)
            self.assertEqual(self.sign_in(PASSWORD, ip="192.0.2.60").status_code, 302)

    def test_a_form_that_checks_no_password_takes_no_part_of_the_limit(self):
        with mock.patch(CLOCK, return_value=3000.0):
            for n in range(10):  # no password given: nothing to check
                self.assertEqual(self.sign_in("", ip=f"192.0.2.{n}").status_code, 200)
            self.assertEqual(self.sign_in(PASSWORD, ip="192.0.2.50").status_code, 302)


class OverLongCredentialsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        make_people()

    def test_an_over_long_username_or_password_is_refused_unhashed(self):
        hasher = type(get_hasher("default"))
        for username, password in (
            ("a" * 151, PASSWORD),
            ("a" * 1_000_000, "x"),
            ("alice", "p" * (MAX_PASSWORD_CHARS + 1)),
            ("alice", "p" * 1_000_000),
        ):
            with self.subTest(username=len(username), password=len(password)):
                with (
                    mock.patch.object(hasher, "verify", autospec=True) as verify,
                    mock.patch.object(hasher, "encode", autospec=True) as encode,
                ):
                    response = self.client.post(
                        reverse("admin:login"),
                        {"username": username, "password": password, "next": "/admin/"},
                    )
                verify.assert_not_called()
                encode.assert_not_called()
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "Ensure this value has at most")
                self.assertFalse(LoginFailure.objects.exists())
