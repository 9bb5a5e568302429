"""Keyboard focus stays in the timeline (issue 12, tester findings 1 and 12): a pan that
lands on a window with no items, and closing the panel with Escape."""

from .test_timeline import KeyboardTests, TimelineBrowserTestCase

ZOOM_IS = "(zoom) => document.querySelector('.lanes').dataset.zoom === zoom"
# Focus moves once a swap has settled: the tests wait for it to land in the lanes.
IN_LANES = "() => !!document.activeElement.closest('.lanes')"


class FocusKeptTests(TimelineBrowserTestCase):
    tab_to = KeyboardTests.tab_to
    assert_focus_visible = KeyboardTests.assert_focus_visible

    def active(self, script: str):
        return self.page.evaluate(
            f"() => {{ const el = document.activeElement; return {script}; }}"
        )

    def close_with_escape(self):
        """Once the panel has opened (and put `open=` in the URL), close it with Escape
        and wait until the page has settled."""
        self.page.wait_for_selector("#detail-panel:not([hidden]) #detail-title")
        self.page.wait_for_function("() => location.search.includes('open=')")
        self.page.keyboard.press("Escape")
        self.page.wait_for_function("() => !location.search.includes('open=')")
        self.wait_until_settled()

    def test_a_pan_onto_an_empty_window_keeps_the_shortcuts_working(self):
        self.open("/?from=2017-03-10&to=2017-06-20&zoom=month&at=2017-05-09")
        self.tab_to("el.matches('.lanes .mark') && el.textContent.includes('Geneva VI')")
        self.page.keyboard.press("Shift+ArrowRight")
        self.wait_for_query("/?from=2017-03-10&to=2017-06-20&zoom=month&at=2017-05-21")
        self.assertEqual(self.page.locator(".lanes .mark").count(), 0)
        self.page.wait_for_function(IN_LANES)
        self.assert_focus_visible()
        self.page.keyboard.press("Shift+ArrowLeft")
        self.page.wait_for_function(
            "() => !location.search.includes('at=2017-05-21')"
            " && !document.querySelector('.htmx-request, .htmx-settling')"
        )
        self.assertIn("at=2017-05-0", self.page.url)
        self.page.wait_for_function(IN_LANES)
        self.page.keyboard.press("-")
        self.page.wait_for_function(ZOOM_IS, arg="quarter")
        self.page.wait_for_function(IN_LANES)

    def test_escape_returns_focus_to_the_mark_that_opened_the_panel(self):
        self.open("/?zoom=year&at=2017-01-01")
        self.tab_to("el.matches('.lanes .mark')")
        self.page.keyboard.press("ArrowRight")
        opener = self.active("el.getAttribute('href')")
        self.page.keyboard.press("Enter")
        self.close_with_escape()
        self.assertEqual(self.active("el.getAttribute('href')"), opener)
        self.assertTrue(self.active("el.matches('.lanes .mark')"))
        self.page.keyboard.press("ArrowLeft")  # the arrows still work from there
        self.assertNotEqual(self.active("el.getAttribute('href')"), opener)

    def test_escape_after_a_click_returns_focus_to_the_clicked_mark(self):
        for path in ("/", "/?zoom=year&at=2017-01-01"):
            with self.subTest(path):
                self.open(path)
                mark = self.page.locator(".lanes .mark[data-panel] >> visible=true").nth(3)
                href = mark.get_attribute("href")
                mark.click()
                self.close_with_escape()
                self.assertEqual(self.active("el.getAttribute('href')"), href)


class NoTrackChosenTests(TimelineBrowserTestCase):
    """Unchecking every track shows the default lanes and says so (issue 12, tester
    finding 7)."""

    def test_unchecking_every_track_says_the_default_tracks_are_shown(self):
        self.open("/?track=astana")
        self.assertTrue(self.page.locator("#no-track-note").is_hidden())
        self.page.uncheck("#f-track-astana")
        self.page.wait_for_selector("#no-track-note:not([hidden])")
        self.assertEqual(
            self.page.inner_text("#no-track-note"), "No track chosen: showing the default tracks."
        )
        for slug in ("astana", "geneva", "transition"):
            self.assertTrue(self.page.is_checked(f"#f-track-{slug}"))
        self.page.check("#f-track-constitutional-committee")  # a choice again: no note
        self.page.wait_for_function("() => location.search.includes('constitutional-committee')")
        self.wait_until_settled()
        self.assertTrue(self.page.locator("#no-track-note").is_hidden())
