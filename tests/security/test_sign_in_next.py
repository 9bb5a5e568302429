"""Signing in with an unsafe `next` lands on the admin, not on a page that does not
exist (outside tester t11a, finding 14)."""

from django.test import TestCase

from .people import PASSWORD, make_people


class SignInNextTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.alice, _bob = make_people()

    def sign_in(self, next_url: str):
        return self.client.post(
            "/admin/login/?" + next_url, {"username": "alice", "password": PASSWORD}
        )

    def test_an_unsafe_next_lands_on_the_admin(self):
        for unsafe in ("next=//evil.com", "next=https://evil.example/", "next=", ""):
            with self.subTest(unsafe=unsafe):
                self.client.logout()
                response = self.sign_in(unsafe)
                self.assertRedirects(response, "/admin/", fetch_redirect_response=False)
                self.assertEqual(self.client.get(response["Location"]).status_code, 200)

    def test_a_safe_next_is_followed(self):
        response = self.sign_in("next=/admin/chronology/round/")
        self.assertRedirects(response, "/admin/chronology/round/", fetch_redirect_response=False)
