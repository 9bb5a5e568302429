"""A record's slug written in other case or spacing reaches the record on every detail
URL of the API and the site: a permanent redirect to its own URL, query string kept
(issue #11); a slug no record has stays a 404, JSON under /api/, however long or odd."""

from urllib.parse import quote

from django.urls import reverse

from peaceproc.api import openapi
from peaceproc.chronology.models import Agreement, EnvoyTenure, Event, Participant, Round

from .base import SeededTestCase

# The API's detail routes with slugs, the site's page of the same record (events' pages
# are by number).
DETAILS = (
    (Round, "api:round", "site:round"),
    (Event, "api:event", None),
    (Agreement, "api:agreement", "site:agreement"),
    (EnvoyTenure, "api:tenure", "site:tenure"),
    (Participant, "api:participant", "site:participant"),
)


class SlugVariantTests(SeededTestCase):
    # A slug in other case or spacing, with or without a slash, a former slug: one
    # redirect to the record (tests/api/test_one_hop.py). What no slug is: a 404.

    def test_an_unknown_odd_or_overlong_slug_is_a_404(self):
        for model, api_name, site_name in DETAILS:
            longest = model._meta.get_field("slug").max_length
            slug = model.objects.order_by("pk")[0].slug
            for written in (
                "no-such-record",
                "NO SUCH RECORD",
                " ",
                "x" * (longest + 1),
                slug.upper() + "x" * longest,  # a known slug's case, past the column
                f"{slug}/x",  # an encoded slash
                "é" * 300,
                f"{slug}\n",
                f"{slug}\x00",  # a NUL: an error on PostgreSQL if it reached a lookup
                "\x00",
            ):
                for name in filter(None, (api_name, site_name)):
                    with self.subTest(name=name, written=written[:40]):
                        path = reverse(name, args=["KEY"]).replace("KEY", quote(written, safe=""))
                        response = self.client.get(path)
                        if written.strip() == slug:  # a newline after it: a spacing variant
                            self.assertEqual(response.status_code, 301)
                            continue
                        self.assertEqual(response.status_code, 404)
                        if name.startswith("api:"):
                            self.assertTrue(response["Content-Type"].startswith("application/json"))
                            self.assertEqual(response.json()["error"]["status"], 404)

    def test_the_detail_panel_of_an_odd_path_is_empty(self):
        # A NUL is taken out of the query by a redirect (querytext); nothing is opened.
        for written in ("%00", "x" * 300):
            with self.subTest(written):
                response = self.client.get(f"/?open=/rounds/{written}/", follow=True)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, 'id="open-missing"')
        # A slug in other case or spacing opens the record, as its page redirects to it
        # (tests/site/test_open_moved.py).
        for written in ("ASTANA-4", "astana%204"):
            with self.subTest(written):
                response = self.client.get(f"/?open=/rounds/{written}/")
                self.assertEqual(response.status_code, 301)
                self.assertEqual(response["Location"], "/?open=/rounds/astana-4/")

    def test_the_redirect_is_in_the_schema_of_every_detail(self):
        paths = openapi.schema()["paths"]
        for _, api_name, _ in DETAILS:
            template = reverse(api_name, args=["KEY"]).replace("KEY", "{slug}")
            with self.subTest(template):
                moved = paths[template]["get"]["responses"]["301"]
                self.assertIn("Location", moved["headers"])
                self.assertIn("case or spacing", moved["description"])

    def test_an_exact_slug_and_an_events_number_answer_without_redirect(self):
        event = Event.objects.order_by("pk")[0]
        for path in (
            reverse("api:event", args=[event.slug]),
            reverse("api:event", args=[event.pk]),
            reverse("api:round", args=["astana-4"]),
        ):
            with self.subTest(path):
                self.assertEqual(self.client.get(path).status_code, 200)
