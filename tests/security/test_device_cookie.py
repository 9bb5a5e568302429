"""Device cookies (re-tester t9s, finding 3): bad sign-ins from many addresses exceed the
limit of all addresses' password checks, and editors were refused with them. A browser
that has signed in as an editor before presents its device cookie and is let past that
limit (not the per-address lock); the cookie's own failures lock it."""

from unittest import mock

from django.core import signing
from django.core.cache import cache
from django.test import TestCase, override_settings
from django.urls import reverse

from peaceproc.accounts import devicecookie
from peaceproc.accounts.models import LoginFailure

from .people import PASSWORD, make_people

CLOCK = "peaceproc.accounts.lockout._wall_clock"
# An address of the flood: it has failures on record, so its checks are counted.
SUSPECT = "198.51.100.0"


@override_settings(
    LOGIN_CHECK_LIMIT=3,
    LOGIN_CHECK_WINDOW_SECONDS=10,
    LOGIN_FAILURE_LIMIT=5,
    LOGIN_DEVICE_FAILURE_LIMIT=3,
)
class DeviceCookieTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.alice, cls.bob = make_people()

    def setUp(self):
        cache.clear()

    def sign_in(self, password, *, ip, username="alice", client=None):
        return (client or self.client).post(
            reverse("admin:login"),
            {"username": username, "password": password, "next": "/admin/"},
            REMOTE_ADDR=ip,
        )

    def earn_cookie(self, username="alice") -> str:
        """Sign in (outside any busy window), keep the cookie, sign out."""
        with mock.patch(CLOCK, return_value=100.0):
            response = self.sign_in(PASSWORD, ip="203.0.113.7", username=username)
        self.assertEqual(response.status_code, 302)
        self.client.post(reverse("admin:logout"))
        return response.cookies[devicecookie.COOKIE_NAME].value

    def flood(self):
        """Bad sign-ins from rotating addresses until the limit of suspect addresses is
        exceeded: each address's first is checked as a clean one's, the next are counted."""
        for _ in range(2):
            for n in range(4):
                self.sign_in("wrong", ip=f"198.51.100.{n}", username="nobody")

    def test_a_successful_sign_in_sets_the_cookie_with_its_attributes(self):
        with mock.patch(CLOCK, return_value=100.0):
            response = self.sign_in(PASSWORD, ip="203.0.113.7")
        morsel = response.cookies[devicecookie.COOKIE_NAME]
        self.assertTrue(morsel["httponly"])
        self.assertEqual(morsel["samesite"], "Lax")
        self.assertEqual(morsel["path"], reverse("admin:login"))
        self.assertFalse(morsel["secure"])  # plain HTTP in the test client
        self.assertGreater(int(morsel["max-age"]), 0)
        # Not set by a failed sign-in.
        other = self.client_class()
        with mock.patch(CLOCK, return_value=200.0):
            failed = self.sign_in("wrong", ip="203.0.113.8", client=other)
        self.assertNotIn(devicecookie.COOKIE_NAME, failed.cookies)

    def test_secure_over_https(self):
        with mock.patch(CLOCK, return_value=100.0):
            response = self.client.post(
                reverse("admin:login"),
                {"username": "alice", "password": PASSWORD, "next": "/admin/"},
                REMOTE_ADDR="203.0.113.7",
                secure=True,
            )
        self.assertTrue(response.cookies[devicecookie.COOKIE_NAME]["secure"])

    def test_an_editor_with_a_device_cookie_signs_in_while_the_limit_is_exceeded(self):
        self.earn_cookie()
        with mock.patch(CLOCK, return_value=1000.0):
            self.flood()
            # A browser without the cookie, from an address with failures, is refused.
            self.assertEqual(
                self.sign_in(PASSWORD, ip=SUSPECT, client=self.client_class()).status_code,
                429,
            )
            # The editor's browser gets in, from that address too.
            response = self.sign_in(PASSWORD, ip=SUSPECT)
            self.assertEqual(response.status_code, 302)
            self.assertEqual(self.client.session["_auth_user_id"], str(self.alice.pk))
            self.client.post(reverse("admin:logout"))
            # ...and took no part of the window's count: still exceeded for the others.
            self.assertEqual(
                self.sign_in("wrong", ip="198.51.100.2", client=self.client_class()).status_code,
                429,
            )

    def test_the_cookie_counts_only_for_its_own_username(self):
        self.earn_cookie()  # alice's
        with mock.patch(CLOCK, return_value=1000.0):
            self.flood()
            self.assertEqual(self.sign_in(PASSWORD, ip=SUSPECT, username="bob").status_code, 429)

    def test_a_forged_or_altered_cookie_is_not_trusted(self):
        value = self.earn_cookie()
        for forged in (
            value[:-2] + ("AA" if not value.endswith("AA") else "BB"),
            signing.dumps({"u": "alice", "n": "x"}, salt="another salt"),
            "alice",
        ):
            with self.subTest(forged=forged):
                cache.clear()
                self.client.cookies[devicecookie.COOKIE_NAME] = forged
                with mock.patch(CLOCK, return_value=1000.0):
                    self.flood()
                    self.assertEqual(self.sign_in(PASSWORD, ip=SUSPECT).status_code, 429)

    def test_an_expired_cookie_is_not_trusted(self):
        self.earn_cookie()
        with override_settings(LOGIN_DEVICE_COOKIE_DAYS=0), mock.patch(CLOCK, return_value=1000.0):
            self.flood()
            self.assertEqual(self.sign_in(PASSWORD, ip=SUSPECT).status_code, 429)

    def test_the_cookies_own_failures_lock_it(self):
        self.earn_cookie()
        with mock.patch(CLOCK, return_value=1000.0):
            self.flood()
            # Wrong passwords with the cookie are checked despite the busy window...
            for n in range(3):
                response = self.sign_in("wrong", ip=f"198.51.100.{n}")
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "Please enter the correct username")
            # ...until the cookie is locked: then it is like any other browser.
            self.assertEqual(self.sign_in(PASSWORD, ip="198.51.100.3").status_code, 429)
        # In a quiet window it signs in the ordinary way (and is given a new cookie).
        with mock.patch(CLOCK, return_value=2000.0):
            response = self.sign_in(PASSWORD, ip="192.0.2.21")
        self.assertEqual(response.status_code, 302)
        self.assertIn(devicecookie.COOKIE_NAME, response.cookies)

    def test_the_per_address_lock_still_applies(self):
        self.earn_cookie()
        LoginFailure.objects.create(
            ip="192.0.2.30",
            username="x",
            failures=5,
            first_failed_at="2026-01-01T00:00Z",
            last_failed_at="2099-01-01T00:00Z",
            locked_until="2099-01-01T00:00Z",
        )
        with mock.patch(CLOCK, return_value=1000.0):
            response = self.sign_in(PASSWORD, ip="192.0.2.30")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Too many failed sign-in attempts from your address")
        self.assertNotIn("_auth_user_id", self.client.session)
