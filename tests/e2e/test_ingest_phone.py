"""The ingestion pages on a 375 px phone (outside tester's finding 13): the upload page
and a review never scroll sideways; the queue's table scrolls inside its own box."""

import re

from peaceproc.ingest.models import PendingArticle

from .base import EditorBrowserTestCase
from .test_ingest import ARTICLE

PAGE_WIDTH = "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"


class IngestPhoneTests(EditorBrowserTestCase):
    viewport = {"width": 375, "height": 812}

    def assertNoSidewaysScroll(self, what: str):
        scroll_width, client_width = self.page.evaluate(PAGE_WIDTH)
        self.assertLessEqual(scroll_width, client_width, f"{what} scrolls sideways")

    def test_upload_and_review_pages_fit_a_phone(self):
        page = self.page
        self.log_in("/admin/ingest/")
        self.assertNoSidewaysScroll("the upload page")
        page.fill("#id_text", ARTICLE)
        page.fill("#id_published", "2017-08-23")
        page.fill("#id_url", "https://example.org/a-very-long-address/" + "segment-" * 20)
        page.click("text=Read the article")
        page.wait_for_url(re.compile(r".*/admin/ingest/\d+/$"))
        self.assertTrue(PendingArticle.objects.waiting().exists())
        self.assertNoSidewaysScroll("the review page")
        page.goto(self.url("/admin/ingest/"))
        self.assertNoSidewaysScroll("the upload page with an article waiting")
