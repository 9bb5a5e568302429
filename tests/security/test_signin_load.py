"""Sign-in under load (outside tester t9a, finding 2): each password check costs the
hasher's work, so the checks of all addresses together are limited and one beyond the
limit is answered 429 before any hashing; an over-long username or password is refused
as the form is read. The per-address lock is tested in test_access.py."""

from unittest import mock

from django.contrib.auth.hashers import get_hasher
from django.test import TestCase, override_settings
from django.urls import reverse

from peaceproc.accounts.forms import MAX_PASSWORD_CHARS
from peaceproc.accounts.models import LoginFailure

from .people import PASSWORD, make_people

CLOCK = "peaceproc.accounts.lockout._wall_clock"


@override_settings(LOGIN_CHECK_LIMIT=3, LOGIN_CHECK_WINDOW_SECONDS=10, LOGIN_FAILURE_LIMIT=5)
class SignInLoadTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.alice, cls.bob = make_people()

    def sign_in(self, password, *, ip, username="alice"):
        return self.client.post(
            reverse("admin:login"),
            {"username": username, "password": password, "next": "/admin/"},
            REMOTE_ADDR=ip,
        )

    def test_checks_beyond_the_limit_of_all_addresses_are_refused_before_hashing(self):
        hasher = get_hasher("default")
        with mock.patch(CLOCK, return_value=1004.0):
            for n in range(3):  # three addresses, one bad password each: checked
                self.assertEqual(self.sign_in("wrong", ip=f"192.0.2.{n}").status_code, 200)
            with (
                mock.patch.object(type(hasher), "verify", autospec=True) as verify,
                mock.patch.object(type(hasher), "encode", autospec=True) as encode,
            ):
                response = self.sign_in("wrong", ip="192.0.2.99")
            verify.assert_not_called()
            encode.assert_not_called()
        self.assertEqual(response.status_code, 429)
        self.assertEqual(response["Retry-After"], "6")  # the window ends at 1010
        self.assertContains(response, "Try again in 6 seconds", status_code=429)
        # It is no failure of that address: it is neither counted nor locked.
        self.assertFalse(LoginFailure.objects.filter(ip="192.0.2.99").exists())

    def test_the_right_password_is_refused_alike_and_accepted_in_the_next_window(self):
        with mock.patch(CLOCK, return_value=2000.0):
            for n in range(3):
                self.sign_in("wrong", ip=f"198.51.100.{n}")
            self.assertEqual(self.sign_in(PASSWORD, ip="203.0.113.5").status_code, 429)
            self.assertNotIn("_auth_user_id", self.client.session)
        with mock.patch(CLOCK, return_value=2010.0):
            self.assertEqual(self.sign_in(PASSWORD, ip="203.0.113.5").status_code, 302)

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
