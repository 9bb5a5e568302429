"""Every public page answers OPTIONS with 204 and an Allow header naming GET, HEAD and
OPTIONS, and a method it does not serve with 405 and the same header, never the page
itself."""

from django.urls import reverse

from .base import SeededTestCase


class MethodTests(SeededTestCase):
    def test_every_public_url_allows_get_head_and_options_only(self):
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
            with self.subTest(path=path, method="options"):
                response = self.client.options(path)
                self.assertEqual(response.status_code, 204)
                self.assertEqual(response["Allow"], "GET, HEAD, OPTIONS")
                self.assertEqual(response.content, b"")
            for method in ("post", "put", "delete", "patch"):
                with self.subTest(path=path, method=method):
                    response = getattr(self.client, method)(path)
                    self.assertEqual(response.status_code, 405)
                    self.assertEqual(response["Allow"], "GET, HEAD, OPTIONS")
            with self.subTest(path=path, method="get"):
                self.assertEqual(self.client.get(path).status_code, 200)
                self.assertEqual(self.client.head(path).status_code, 200)
