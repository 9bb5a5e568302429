"""The ingestion pages on a 375 px phone (outside tester's finding 13): the upload page
and a review never scroll sideways; the queue's rows are stacked, each cell in the window."""

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
        self.assertBreadcrumbsInset("the review page")
        page.goto(self.url("/admin/ingest/"))
        self.assertNoSidewaysScroll("the upload page with an article waiting")
        self.assertBreadcrumbsInset("the upload page")
        page.set_viewport_size({"width": 1440, "height": 900})
        page.go_back()
        self.assertBreadcrumbsInset("the review page at 1440 px")

    def assertBreadcrumbsInset(self, what: str):
        """The breadcrumbs sit in the admin's bar, the first link inset from the window's
        edge as on every other admin page (not flush with it)."""
        bar = self.page.locator("nav[aria-label] .breadcrumbs")
        self.assertEqual(bar.count(), 1, f"{what}: no admin breadcrumb bar")
        colour = bar.evaluate("(el) => getComputedStyle(el).backgroundColor")
        self.assertNotIn(colour, ("rgba(0, 0, 0, 0)", "transparent"), what)
        first = self.page.get_by_role("link", name="Home").first.bounding_box()
        self.assertGreaterEqual(first["x"], 10, f"{what}: breadcrumbs flush with the edge")


class QueuePhoneTests(EditorBrowserTestCase):
    """Outside tester t6i, finding 14: the queue's Candidates and Read columns were cut
    off at 375 px; each row is stacked there, every cell within the window."""

    viewport = {"width": 375, "height": 812}

    def test_every_cell_of_the_queue_is_within_the_window(self):
        self.log_in("/admin/ingest/")
        self.page.fill("#id_text", ARTICLE)
        self.page.fill("#id_published", "2017-08-23")
        self.page.fill("#id_publisher", "A publisher with a rather long name " * 3)
        self.page.click("text=Read the article")
        self.page.wait_for_url(re.compile(r".*/admin/ingest/\d+/$"))
        self.page.goto(self.url("/admin/ingest/"))
        cells = self.page.locator(".ingest-pending td")
        self.assertEqual(cells.count(), 5)
        for index in range(cells.count()):
            box = cells.nth(index).bounding_box()
            self.assertGreaterEqual(box["x"], 0)
            self.assertLessEqual(box["x"] + box["width"], 375, cells.nth(index).inner_text())
        label = cells.nth(3).evaluate("(el) => getComputedStyle(el, '::before').content")
        self.assertEqual(label, '"Candidates: "')
