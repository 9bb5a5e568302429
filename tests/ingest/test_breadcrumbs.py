"""The ingest pages' breadcrumbs follow the way an editor came: the admin's home (which
links to ingestion; the Chronology app's page does not), the upload page, the article
under review. Found by outside testers: the upload page's trail passed through
Chronology, and the review's ended in a bare "Review"."""

import re

from django.test import override_settings
from django.urls import reverse

from tests.chronology.base import SeededAdminTestCase

from .test_admin import make_pending


def trail(html: str) -> list[tuple[str | None, str]]:
    """(link or None, text) of each step of the page's breadcrumbs."""
    block = re.search(r'<ol class="breadcrumbs">(.*?)</ol>', html, re.S).group(1)
    steps = []
    for item in re.findall(r"<li[^>]*>(.*?)</li>", block, re.S):
        link = re.search(r'href="([^"]*)"', item)
        steps.append((link.group(1) if link else None, re.sub(r"<[^>]+>", "", item).strip()))
    return steps


class IngestBreadcrumbTests(SeededAdminTestCase):
    def test_the_upload_page_sits_under_the_admins_home(self):
        html = self.client.get(reverse("ingest:index")).content.decode()
        self.assertEqual(trail(html), [(reverse("admin:index"), "Home"), (None, "Ingest articles")])

    def test_a_review_names_its_article_escaped(self):
        pending = make_pending([], title="<i>Astana</i> talks " + "resume " * 20)
        html = self.client.get(pending.get_absolute_url()).content.decode()
        steps = trail(html)
        self.assertEqual(steps[:2], [(reverse("admin:index"), "Home"),
                                     (reverse("ingest:index"), "Ingest articles")])  # fmt: skip
        self.assertEqual(steps[2][0], None)
        self.assertTrue(steps[2][1].startswith("Review: &lt;i&gt;Astana&lt;/i&gt; talks resume"))
        self.assertTrue(steps[2][1].endswith("…"))  # a long title is cut
        self.assertNotIn("<i>Astana", html)

    def test_a_refused_review_post_leads_back_to_the_review(self):
        pending = make_pending([])
        data = {f"field-{i}": "x" for i in range(30)}
        with (
            override_settings(DATA_UPLOAD_MAX_NUMBER_FIELDS=20),
            self.assertLogs("django.security.TooManyFieldsSent"),
        ):
            response = self.client.post(pending.get_absolute_url(), data)
        self.assertEqual(response.status_code, 400)
        self.assertEqual(
            trail(response.content.decode()),
            [
                (reverse("admin:index"), "Home"),
                (reverse("ingest:index"), "Ingest articles"),
                (pending.get_absolute_url(), "Review"),
                (None, "Nothing was stored"),
            ],
        )
