"""The detail panel has a URL: opening an item pushes it, Back closes the panel, Forward
reopens it, and the URL loaded afresh shows the page with the panel open."""

from .test_timeline import TimelineBrowserTestCase

OPEN = "#detail-panel:not([hidden]) #detail-title"


class PanelUrlTests(TimelineBrowserTestCase):
    def test_opening_pushes_back_closes_forward_reopens(self):
        self.open("/?zoom=year&at=2017-01-01")
        self.page.click("#entry-round-astana-4 a.title")
        self.page.wait_for_selector(OPEN)
        self.page.wait_for_url("**/?zoom=year&at=2017-01-01&open=%2Frounds%2Fastana-4%2F")
        self.page.go_back()
        self.page.wait_for_selector("#detail-panel[hidden]", state="attached")
        self.assertNotIn("open=", self.page.url)
        self.page.go_forward()
        self.page.wait_for_selector(OPEN)
        self.assertEqual(self.page.inner_text("#detail-title"), "Astana 4")

    def test_closing_goes_back_to_the_url_without_the_panel(self):
        self.open("/")
        self.page.click("#entry-round-astana-4 a.title")
        self.page.wait_for_selector(OPEN)
        self.page.click("#panel-close")
        self.page.wait_for_selector("#detail-panel[hidden]", state="attached")
        self.page.wait_for_function("() => !location.search.includes('open=')")

    def test_the_url_opens_the_page_with_the_panel_open(self):
        self.open("/?round=astana-4&open=/rounds/astana-4/")
        self.assertTrue(self.page.is_visible(OPEN))
        self.assertEqual(self.page.inner_text("#detail-title"), "Astana 4")
        self.page.click("#panel-close")
        self.page.wait_for_selector("#detail-panel[hidden]", state="attached")
        self.assertNotIn("open=", self.page.url)

    def test_an_unknown_item_leaves_the_panel_closed(self):
        for path in ("/?open=/rounds/nope/", "/?open=/admin/", "/?open=https://evil.example/"):
            with self.subTest(path):
                self.open(path)
                self.assertFalse(self.page.is_visible("#detail-panel"))
