"""Every public page answers the same to a method it does not serve: 405 with an Allow
header naming GET and HEAD (an OPTIONS request included), never the page itself."""

from django.urls import reverse

from .base import SeededTestCase


class MethodTests(SeededTestCase):
    def test_every_public_url_allows_get_and_head_only(self):
        paths = [
            reverse("site:index"),
            reverse("site:round", args=["astana-4"]),
            reverse("site:agreements"),
            reverse("site:participants"),
            reverse("site:participant", args=["alexander-lavrentiev"]),
            reverse("site:attendance"),
            reverse("site:attendance_csv"),
            reverse("site:about"),
            reverse("site:whats_new"),
            reverse("site:feed"),
            reverse("site:tracks_css"),
        ]
        for path in paths:
            for method in ("options", "put", "delete", "patch"):
                with self.subTest(path=path, method=method):
                    response = getattr(self.client, method)(path)
                    self.assertEqual(response.status_code, 405)
                    self.assertEqual(response["Allow"], "GET, HEAD")
            with self.subTest(path=path, method="get"):
                self.assertEqual(self.client.get(path).status_code, 200)
                self.assertEqual(self.client.head(path).status_code, 200)
