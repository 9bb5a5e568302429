"""The record pages on a 375 px phone: the page itself never scrolls sideways; a wide
table scrolls inside its own region, the who-attended matrix with its first column held;
long words (an invalid filter value, a URL in a citation) break inside their box."""

from urllib.parse import urlencode

from .test_timeline import TimelineBrowserTestCase

PAGE_WIDTH = (
    """() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"""
)

# A region's name: its aria-label, else the text of the elements aria-labelledby names.
ACCESSIBLE_NAME = """(el) => el.getAttribute('aria-label')
    || (el.getAttribute('aria-labelledby') || '').split(' ')
        .map((id) => document.getElementById(id)?.textContent || '').join(' ')"""


class PhonePagesTests(TimelineBrowserTestCase):
    viewport = {"width": 375, "height": 812}

    def assertNoSidewaysScroll(self, path: str):
        self.open(path)
        scroll_width, client_width = self.page.evaluate(PAGE_WIDTH)
        self.assertLessEqual(scroll_width, client_width, f"{path} scrolls sideways")

    def test_no_page_scrolls_sideways(self):
        for path in (
            "/who-attended/?track=astana",
            "/who-attended/?track=geneva",
            "/rounds/astana-4/",
            "/about/",
            "/participants/",
            "/participants/alexander-lavrentiev/",
            "/agreements/",
            "/api/docs",
        ):
            with self.subTest(path=path):
                self.assertNoSidewaysScroll(path)

    def test_the_matrix_scrolls_in_its_region_with_the_first_column_held(self):
        self.assertNoSidewaysScroll("/who-attended/?track=astana")
        region = self.page.locator(".matrix-scroll")
        widths = region.evaluate("(el) => [el.scrollWidth, el.clientWidth]")
        self.assertGreater(widths[0], widths[1], "the matrix does not scroll in its region")
        # The caption reads in full on the screen.
        caption = self.page.locator("#matrix-caption").bounding_box()
        self.assertLessEqual(caption["x"] + caption["width"], 375)
        name = self.page.locator("#p-alexander-lavrentiev th")
        before = name.bounding_box()["x"]
        region.evaluate("(el) => { el.scrollLeft = 400; }")
        self.page.wait_for_function("() => document.querySelector('.matrix-scroll').scrollLeft > 0")
        self.assertAlmostEqual(name.bounding_box()["x"], before, delta=1)
        self.assertNoSidewaysScrollAfterScrolling()

    def test_wide_tables_scroll_in_a_named_focusable_region_with_a_visible_hint(self):
        for path in ("/about/", "/who-attended/?track=astana", "/api/docs"):
            with self.subTest(path=path):
                self.assertNoSidewaysScroll(path)
                regions = self.page.locator(".table-scroll, .matrix-scroll")
                self.assertGreater(regions.count(), 0)
                for i in range(regions.count()):
                    region = regions.nth(i)
                    self.assertEqual(region.get_attribute("role"), "region")
                    self.assertEqual(region.get_attribute("tabindex"), "0")
                    name = region.evaluate(ACCESSIBLE_NAME)
                    self.assertTrue(name.strip(), f"region {i} on {path} has no name")
                    # A region wider than its box says so in words a reader sees.
                    wide = region.evaluate("(el) => el.scrollWidth > el.clientWidth")
                    hint = region.get_attribute("aria-describedby")
                    if wide and path != "/api/docs":
                        self.assertTrue(hint, f"region {i} on {path} has no hint")
                        self.assertTrue(self.page.locator(f"#{hint}").is_visible())
                        self.assertIn("sideways", self.page.locator(f"#{hint}").inner_text())
                # The keyboard reaches the region and scrolls it.
                first_wide = self.page.locator(".table-scroll, .matrix-scroll").first
                if first_wide.evaluate("(el) => el.scrollWidth > el.clientWidth"):
                    first_wide.focus()
                    self.page.keyboard.press("ArrowRight")
                    self.page.wait_for_function(
                        "() => document.activeElement.scrollLeft > 0", timeout=2000
                    )

    def test_each_filter_label_sits_directly_above_its_own_control(self):
        for width in (375, 1440):
            self.page.set_viewport_size({"width": width, "height": 900})
            self.open("/who-attended/?track=astana")
            for control in ("#m-q", "#m-kind", "#m-sort"):
                with self.subTest(width=width, control=control):
                    label = self.page.locator(f"label[for='{control[1:]}']").bounding_box()
                    box = self.page.locator(control).bounding_box()
                    self.assertLessEqual(label["y"] + label["height"], box["y"] + 1)
                    self.assertLess(box["y"] - (label["y"] + label["height"]), 8)
                    self.assertAlmostEqual(label["x"], box["x"], delta=2)

    def assertNoSidewaysScrollAfterScrolling(self):
        scroll_width, client_width = self.page.evaluate(PAGE_WIDTH)
        self.assertLessEqual(scroll_width, client_width)
        self.assertEqual(self.page.evaluate("() => window.scrollX"), 0)

    def test_a_long_invalid_filter_value_wraps_inside_the_error_box(self):
        query = urlencode({"from": "9" * 150, "round": "a" * 120})
        self.assertNoSidewaysScroll(f"/?{query}")
        box = self.page.locator("#filter-errors")
        scroll_width, client_width = box.evaluate("(el) => [el.scrollWidth, el.clientWidth]")
        self.assertLessEqual(scroll_width, client_width, "text overflows the error box")
        self.assertIn("a" * 120, box.inner_text().replace("\n", ""))
