"""Control characters in an address's path (outside tester t14d, finding 5: a NUL in the
object id of an admin revert address answered 500 on PostgreSQL, on every model)."""

import re

from django.contrib import admin
from django.contrib.auth.models import User
from django.test import TestCase

# What each kind of path parameter is given: a NUL alone, inside and after an id; the
# others (an entry id) get a plain number, so the NUL is the only thing wrong.
BAD_IDS = ("%00", "a%00b", "1%00", "%01", "1%1F", "%7F")
PARAMETER = re.compile(r"<(?:(\w+):)?(\w+)>")


def admin_addresses():
    """Every address shape of every registered model's admin, each
    path parameter filled in with a bad id (an int parameter with 1)."""
    for model, model_admin in admin.site._registry.items():
        base = f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
        for pattern in model_admin.urls:
            shape = str(pattern.pattern)
            if not PARAMETER.search(shape):
                shape = f"{shape}%00/"  # the list and the add page: a NUL after them
            for bad in BAD_IDS:
                path = PARAMETER.sub(lambda m, b=bad: "1" if m[1] == "int" else b, shape)
                yield base + path


class PathControlTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = User.objects.create_superuser("editor", "e@example.org", "pw-editor-1")

    def test_every_admin_address_shape_of_every_model_refuses_a_control_with_a_400(self):
        self.client.force_login(self.editor)
        addresses = list(admin_addresses())
        self.assertGreater(len(addresses), 12 * 7 * len(BAD_IDS))
        for url in addresses:
            for method in ("get", "post"):
                with self.subTest(url=url, method=method):
                    response = getattr(self.client, method)(url)
                    self.assertContains(response, "control character (U+00", status_code=400)
                    self.assertNotIn(b"\x00", response.content)

    def test_signed_out_or_not_the_same_400(self):
        url = "/admin/chronology/event/%00/history/1/revert/"
        self.assertContains(self.client.get(url), "control character (U+0000)", status_code=400)

    def test_public_pages_and_the_api_keep_their_own_answers(self):
        # Outside /admin/ a slug's own rules answer (a 404, JSON on the API), never a 500.
        for url in ("/rounds/astana-4%00/", "/participants/%00/", "/%01"):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 404)
                self.assertNotIn(b"\x00", response.content)
        response = self.client.get("/api/rounds/astana%00")
        self.assertEqual(response.status_code, 404)
        self.assertIn("error", response.json())

    def test_an_address_without_one_is_answered_as_before(self):
        self.client.force_login(self.editor)
        self.assertEqual(self.client.get("/admin/chronology/event/").status_code, 200)
        self.assertEqual(self.client.get("/admin/chronology/event/999999/change/").status_code, 302)
