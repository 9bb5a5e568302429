"""A record page's URL written otherwise (other case or spacing, no closing slash, a
slug the record had before it was renamed, any mix of these) reaches the record's own
URL in one permanent redirect, query string kept (issue #11: `/rounds/Astana-4` took two,
CommonMiddleware's APPEND_SLASH and then the page's own); a slug no record has, with
or without its slash, stays a 404."""

from urllib.parse import quote

from django.urls import reverse

from peaceproc.chronology.models import Agreement, EnvoyTenure, Participant, Round

from .base import SeededTestCase

PAGES = (
    (Round, "site:round"),
    (Agreement, "site:agreement"),
    (EnvoyTenure, "site:tenure"),
    (Participant, "site:participant"),
)


def page_url(name: str, written: str, *, slash: bool) -> str:
    url = reverse(name, args=["KEY"]).replace("KEY", quote(written))
    return url if slash else url.removesuffix("/")


class OneRedirectTests(SeededTestCase):
    # Every mix of case, spacing, slash and former slug, on the site and the API, is one
    # redirect: tests/api/test_one_hop.py. What no record's slug is stays a 404 here.

    def test_an_unknown_or_odd_slug_without_its_slash_is_a_404(self):
        for model, name in PAGES:
            longest = model._meta.get_field("slug").max_length
            for written in ("no-such-record", "NO SUCH", "x" * (longest + 1), " "):
                with self.subTest(name=name, written=written[:20]):
                    url = page_url(name, written, slash=False)
                    self.assertEqual(self.client.get(url).status_code, 404)
            with self.subTest(name=name, written="a NUL"):
                url = reverse(name, args=["KEY"]).replace("KEY", "x%00").removesuffix("/")
                self.assertEqual(self.client.get(url).status_code, 404)

    def test_a_write_to_a_url_without_its_slash_is_refused(self):
        url = page_url("site:round", "astana-4", slash=False)
        self.assertEqual(self.client.post(url).status_code, 405)
        self.assertEqual(self.client.head(url).status_code, 301)
