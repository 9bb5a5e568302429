"""The interactive timeline in Chromium: htmx filtering with history, the detail panel,
keyboard-only use, the charts, JavaScript off, axe-core, 375 px, right-to-left names.

Every test also asserts that the browser logged no console error (CSP violations are
logged there too). Screenshots go to test-artifacts/ (scripts/screenshots.py makes the
ones in docs/screenshots/).
"""

import re

from peaceproc.chronology.models import Event, Track

from .axe import axe_violations, describe
from .base import BrowserTestCase, load_the_shipped_record

ROUND_4_ITEMS = ["round-astana-4", "agreement-astana-memorandum-de-escalation-areas-2017"]
ZOOM_IS = "(zoom) => document.querySelector('.lanes')?.dataset.zoom === zoom"
LIST_KEYS = "() => [...document.querySelectorAll('#timeline .entry')].map((e) => e.id.slice(6))"
# Share of a canvas's pixels that are not white: a drawn chart has bars, axes and labels.
INK = """(id) => {
  const canvas = document.getElementById(id);
  const { data } = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3] > 0 && (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235)) ink++;
  }
  return ink / (canvas.width * canvas.height);
}"""


class TimelineBrowserTestCase(BrowserTestCase):
    def setUp(self):
        super().setUp()
        load_the_shipped_record()

    def tearDown(self):
        errors = list(self.console_errors)
        super().tearDown()
        self.assertEqual(errors, [], "console errors")

    def open(self, path: str):
        response = self.page.goto(self.url(path))
        self.assertEqual(response.status, 200, path)
        self.wait_until_settled()
        return response

    def list_keys(self) -> list[str]:
        return self.page.evaluate(LIST_KEYS)

    def wait_for_query(self, query: str):
        """Wait until the address bar shows `query` (a path and its query string), pushed
        by htmx or loaded, and the page has settled after the swap that came with it."""
        self.page.wait_for_function(
            "(query) => location.pathname + location.search === query"
            " && document.documentElement.hasAttribute('data-settled')",
            arg=query,
        )


class FilteringTests(TimelineBrowserTestCase):
    def test_choosing_a_round_swaps_the_timeline_pushes_the_url_and_back_restores(self):
        self.open("/")
        everything = self.list_keys()
        self.assertGreater(len(everything), 40)
        self.page.evaluate("() => { window.__samePage = true; }")

        self.page.select_option("#f-round", "astana-4")
        self.wait_for_query("/?round=astana-4")
        self.page.wait_for_function("() => document.querySelectorAll('.entry').length === 2")
        self.assertEqual(self.list_keys(), ROUND_4_ITEMS)
        self.assertTrue(self.page.evaluate("() => window.__samePage"), "a full page load")
        self.assertEqual(self.page.input_value("#f-round"), "astana-4")
        self.assertIn("Round: Astana 4", self.page.inner_text(".chips"))
        self.screenshot("timeline-filtered")

        self.page.go_back()
        self.wait_for_query("/")
        self.page.wait_for_function("(n) => document.querySelectorAll('.entry').length === n",
                                    arg=len(everything))  # fmt: skip
        self.assertEqual(self.list_keys(), everything)
        self.assertEqual(self.page.input_value("#f-round"), "")

        self.page.go_forward()
        self.wait_for_query("/?round=astana-4")
        self.page.wait_for_function("() => document.querySelectorAll('.entry').length === 2")
        self.assertEqual(self.page.input_value("#f-round"), "astana-4")

    def test_tracks_search_and_clearing(self):
        self.open("/")
        self.page.check("#f-track-un-envoys")
        # No item of the seed lacks a track: no Other box, nor lane, to name (issue #11).
        self.wait_for_query("/?track=astana&track=geneva&track=transition&track=un-envoys")
        self.assertTrue(self.page.is_visible("section.lane.track-un-envoys"))
        self.page.fill("#f-q", "Sochi")
        self.page.press("#f-q", "Enter")
        self.wait_for_query("/?track=astana&track=geneva&track=transition&track=un-envoys&q=Sochi")
        self.page.wait_for_function("() => document.querySelectorAll('.entry').length < 20")
        self.assertIn("round-astana-10", self.list_keys())  # Astana 10 (Sochi)
        self.page.click(".chips >> text=Clear filters")
        self.wait_for_query("/")

    def test_an_invalid_value_shows_a_message_and_an_empty_result_offers_to_clear(self):
        self.open("/?round=astana-99&from=yesterday")
        alert = self.page.inner_text("#filter-errors")
        self.assertIn("There is no round “astana-99”", alert)
        self.assertIn("YYYY-MM-DD", alert)
        self.open("/?q=no-such-thing-anywhere")
        self.assertIn("No items match these filters.", self.page.inner_text("#empty-result"))
        self.page.click("#empty-result >> text=Clear filters")
        self.wait_for_query("/")

    def test_zoom_and_pan_change_the_window_in_the_url(self):
        self.open("/?round=astana-4&nearby=1")
        self.assertEqual(self.page.get_attribute(".lanes", "data-zoom"), "quarter")
        zoomed = self.page.get_attribute("#zoom-in", "href")
        self.page.click("#zoom-in")
        self.wait_for_query(zoomed)
        self.assertEqual(self.page.get_attribute(".lanes", "data-zoom"), "month")
        later = self.page.get_attribute("#pan-later", "href")
        self.assertRegex(later, r"^/\?round=astana-4&nearby=1&zoom=month&at=2017-0[45]-\d\d$")
        self.page.click("#pan-later")
        self.wait_for_query(later)
        self.page.go_back()
        self.wait_for_query(zoomed)
        self.page.wait_for_function(ZOOM_IS, arg="month")
        self.page.go_back()
        self.wait_for_query("/?round=astana-4&nearby=1")
        self.page.wait_for_function(ZOOM_IS, arg="quarter")


class PointerTests(TimelineBrowserTestCase):
    def grid_box(self):
        box = self.page.locator(".lanes .lane-grid").first.bounding_box()
        return box["x"], box["y"], box["width"]

    def test_dragging_the_lanes_pans(self):
        self.open("/?zoom=year&at=2017-01-01")
        x, y, width = self.grid_box()
        self.page.mouse.move(x + width * 0.6, y + 5)
        self.page.mouse.down()
        self.page.mouse.move(x + width * 0.45, y + 5, steps=5)
        self.page.mouse.move(x + width * 0.35, y + 5, steps=5)
        self.page.mouse.up()
        # A quarter of a year to the left: the window starts about three months later.
        self.wait_for_query("/?zoom=year&at=2017-04-01")
        self.assertIn("1 April 2017 – 31 March 2018", self.page.inner_text("#window-label"))

    def test_ctrl_wheel_zooms_around_the_pointer(self):
        self.open("/?zoom=year&at=2017-01-01")
        x, y, width = self.grid_box()
        self.page.mouse.move(x + width * 0.75, y + 5)  # early October 2017
        self.page.keyboard.down("Control")
        self.page.mouse.wheel(0, -300)
        self.page.keyboard.up("Control")
        self.page.wait_for_function(ZOOM_IS, arg="quarter")
        start = self.page.get_attribute(".lanes", "data-window-start")
        self.assertTrue("2017-08-01" <= start <= "2017-09-15", start)

    def test_a_plain_wheel_scrolls_the_page(self):
        self.open("/")
        x, y, width = self.grid_box()
        self.page.mouse.move(x + width / 2, y + 5)
        self.page.mouse.wheel(0, 300)
        # The page scrolls only if the timeline left the wheel alone (a zoom or a pan
        # would have prevented the default).
        self.page.wait_for_function("() => window.scrollY > 0")
        self.assertEqual(self.page.url, self.url("/"))


class PrintTests(TimelineBrowserTestCase):
    def test_printing_shows_the_filtered_list_only(self):
        self.open("/?round=astana-4")
        self.page.emulate_media(media="print")
        for hidden in ("#filters", ".lanes", ".charts", ".window-nav"):
            self.assertFalse(self.page.is_visible(hidden), hidden)
        self.assertTrue(self.page.is_visible("#entry-round-astana-4"))
        self.assertIn("Round: Astana 4", self.page.inner_text(".chips"))


class DetailPanelTests(TimelineBrowserTestCase):
    def test_selecting_an_item_opens_the_panel_with_its_citations(self):
        self.open("/?round=astana-4")
        self.page.click("#entry-round-astana-4 a.title")
        self.page.wait_for_selector("#detail-panel:not([hidden]) #detail-title")
        panel = self.page.locator("#detail-panel")
        self.assertEqual(panel.locator("h2").first.inner_text(), "Astana 4")
        text = panel.inner_text()
        for expected in (
            "3–4 May 2017", "Astana", "Heads of delegation", "Alexander Lavrentiev",
            "Memorandum on the creation of de-escalation areas", "Sources",
        ):  # fmt: skip
            self.assertIn(expected, text)
        citations = panel.locator(".citation")
        self.assertGreaterEqual(citations.count(), 2)
        self.assertEqual(
            panel.locator(".citation a[href='http://tass.com/world/944616']").count(), 1
        )
        self.assertGreaterEqual(panel.locator(".citation blockquote").count(), 1)
        self.assertEqual(self.page.evaluate("() => document.activeElement.id"), "detail-title")
        self.assertIn("?round=astana-4", self.page.url)  # the panel does not change the URL
        panel.locator("h3", has_text="Sources").scroll_into_view_if_needed()
        self.screenshot("detail-panel")

        self.page.click("#panel-close")
        self.assertTrue(self.page.locator("#detail-panel").is_hidden())

    def test_a_mark_on_the_lanes_opens_the_panel_too(self):
        self.open("/?round=astana-4")
        self.page.click(".lanes .mark-agreement")
        self.page.wait_for_selector("#detail-panel:not([hidden]) #detail-title")
        self.assertIn("Memorandum on the creation", self.page.inner_text("#detail-title"))
        self.assertIn("Signatories", self.page.inner_text("#detail-panel"))

    def test_permalink_pages_stand_on_their_own(self):
        self.open("/rounds/astana-4/")
        self.assertEqual(self.page.inner_text("h1"), "Astana 4")
        self.assertIn("Astana 5", self.page.inner_text(".pager"))
        self.screenshot("round-page")


class KeyboardTests(TimelineBrowserTestCase):
    def tab_to(self, predicate: str, limit: int = 80) -> None:
        for _ in range(limit):
            self.page.keyboard.press("Tab")
            if self.page.evaluate(
                f"() => {{ const el = document.activeElement; return {predicate}; }}"
            ):
                return
        self.fail(f"never reached {predicate} with Tab")

    def assert_focus_visible(self):
        style = self.page.evaluate(
            "() => { const s = getComputedStyle(document.activeElement);"
            " return [s.outlineStyle, s.outlineWidth, s.boxShadow]; }"
        )
        self.assertTrue(style[0] != "none" or style[2] != "none", f"no visible focus: {style}")

    def test_filters_items_and_panel_with_the_keyboard_alone(self):
        self.open("/")
        # The round filter: reach it with Tab, choose with the arrow keys.
        self.tab_to("el.id === 'f-round'")
        self.assert_focus_visible()
        for number in range(1, 5):
            self.page.keyboard.press("ArrowDown")
            self.wait_for_query(f"/?round=astana-{number}")
            self.page.wait_for_function("(n) => document.activeElement.value === n",
                                        arg=f"astana-{number}")  # fmt: skip
        self.assertEqual(self.page.evaluate("() => document.activeElement.id"), "f-round")
        self.assertEqual(self.list_keys(), ROUND_4_ITEMS)
        # What happened around it, with a checkbox.
        self.tab_to("el.id === 'f-nearby'")
        self.page.keyboard.press("Space")
        self.wait_for_query("/?round=astana-4&nearby=1")
        self.assertIn("round-geneva-6", self.list_keys())

        # The lanes are one tab stop; arrows move between items.
        self.tab_to("el.matches('.lanes .mark')")
        self.assert_focus_visible()
        first = self.page.evaluate("() => document.activeElement.getAttribute('href')")
        self.page.keyboard.press("ArrowRight")
        second = self.page.evaluate("() => document.activeElement.getAttribute('href')")
        self.assertNotEqual(first, second)
        self.page.keyboard.press("ArrowDown")  # to the Geneva lane
        self.assertEqual(
            self.page.evaluate("() => document.activeElement.closest('.lane').id || "
                               "document.activeElement.closest('.lane').className"),
            "lane track-geneva",
        )  # fmt: skip
        self.assertEqual(self.page.locator(".lanes .mark[tabindex='0']").count(), 1)

        # Enter opens the panel and moves focus into it; Escape closes it and returns.
        self.page.keyboard.press("Enter")
        self.page.wait_for_selector("#detail-panel:not([hidden]) #detail-title")
        self.page.wait_for_function("() => document.activeElement.id === 'detail-title'")
        self.assertIn("Geneva VI", self.page.inner_text("#detail-title"))
        self.page.keyboard.press("Escape")
        self.assertTrue(self.page.locator("#detail-panel").is_hidden())
        self.assertTrue(self.page.evaluate("() => document.activeElement.matches('.lanes .mark')"))

        # + zooms in, keeping focus on the timeline.
        self.page.keyboard.press("+")
        self.page.wait_for_function(ZOOM_IS, arg="month")
        self.assertIn("zoom=month", self.page.url)

        # Every list item is a link in the tab order.
        self.tab_to("el.matches('#entry-round-astana-4 a.title')")
        self.assert_focus_visible()

    def test_kinds_and_tracks_by_keyboard(self):
        self.open("/")
        self.tab_to("el.id === 'f-track-constitutional-committee'")
        self.page.keyboard.press("Space")
        self.wait_for_query(
            "/?track=astana&track=geneva&track=transition&track=constitutional-committee"
        )
        self.tab_to("el.matches('.filter-kinds summary')")
        self.page.keyboard.press("Enter")
        self.tab_to("el.id === 'f-kind-agreement'")
        self.page.keyboard.press("Space")
        self.page.wait_for_url(re.compile(r".*kind=agreement.*"))
        self.wait_until_settled()
        self.assertTrue(all(key.startswith("agreement-") for key in self.list_keys()))


class ChartTests(TimelineBrowserTestCase):
    # The chart is drawn and its bars' animation over (Chart.js's animator has let go).
    CHART_DRAWN = """() => {
      const chart = window.Chart && Chart.getChart(document.getElementById('activity-chart'));
      return !!chart && !Chart.animator.running(chart);
    }"""

    def scroll_to_chart(self):
        self.page.locator(".charts").scroll_into_view_if_needed()
        self.page.wait_for_function(self.CHART_DRAWN)

    def test_the_chart_loads_only_when_scrolled_to_and_follows_filters_and_zoom(self):
        self.open("/")
        # open() waited until nothing more was fetched: Chart.js, had the page asked for
        # it at once, would be here.
        self.assertFalse(self.page.evaluate("() => !!window.Chart"), "Chart.js loaded at once")
        self.scroll_to_chart()
        self.assertGreater(self.page.evaluate(INK, "activity-chart"), 0.01, "a blank chart")
        labels = "() => Chart.getChart(document.getElementById('activity-chart')).data.labels"
        self.assertEqual(self.page.evaluate(labels)[0], "2012 Q1")
        self.page.goto(self.url("/?zoom=year&at=2017-01-01"))
        self.scroll_to_chart()
        self.assertEqual(len(self.page.evaluate(labels)), 12)
        # A filter swaps the timeline: the chart follows. The default lanes are Astana,
        # Geneva and Transition (issue 10): leave Astana alone.
        self.page.click("#f-track-geneva")
        self.wait_for_query("/?track=astana&track=transition&zoom=year&at=2017-01-01")
        self.page.click("#f-track-transition")
        self.wait_for_query("/?track=astana&zoom=year&at=2017-01-01")
        self.page.wait_for_function(
            "() => { const c = Chart.getChart(document.getElementById('activity-chart'));"
            " return c && c.data.datasets.every((d) => d.stack === 'Astana'); }"
        )

    def test_an_empty_selection_says_so_instead_of_a_bare_axis(self):
        self.open("/?q=no-such-thing-anywhere")
        self.page.locator(".charts").scroll_into_view_if_needed()
        self.assertIn("No rounds, meetings or agreements", self.page.inner_text("#chart-empty"))

    def test_the_chart_downloads_as_png(self):
        self.open("/")
        self.scroll_to_chart()
        with self.page.expect_download() as download:
            self.page.click("[data-download='activity-chart']")
        self.assertEqual(download.value.suggested_filename, "peaceproc-activity.png")
        with open(download.value.path(), "rb") as png:
            self.assertEqual(png.read(8), b"\x89PNG\r\n\x1a\n")


class NoJavaScriptTests(TimelineBrowserTestCase):
    java_script_enabled = False

    def test_round_filter_url_shows_the_same_items(self):
        self.open("/?round=astana-4")
        self.assertEqual(self.list_keys(), ROUND_4_ITEMS)
        # The form works as a plain GET form.
        self.page.select_option("#f-round", "astana-5")
        self.page.click("#f-apply")
        self.page.wait_for_load_state("load")
        self.assertIn("round=astana-5", self.page.url)
        self.assertIn("round-astana-5", self.list_keys())
        # Item links are ordinary links to the permalink pages.
        self.page.click("#entry-round-astana-5 a.title")
        self.page.wait_for_url(self.url("/rounds/astana-5/"))
        self.assertEqual(self.page.inner_text("h1"), "Astana 5")


class AccessibilityTests(TimelineBrowserTestCase):
    def setUp(self):
        super().setUp()
        # axe is injected as a script element, which the CSP would refuse (see axe.py).
        self.context.close()
        self.context = self.browser.new_context(viewport=self.viewport, bypass_csp=True)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda exc: self.console_errors.append(str(exc)))

    def test_axe_finds_no_serious_or_critical_violation(self):
        for path in ("/", "/?round=astana-4", "/rounds/astana-4/", "/participants/russia/",
                     "/agreements/", "/participants/", "/who-attended/",
                     "/?q=Lavrentiev&open=/rounds/astana-4/"):  # fmt: skip
            with self.subTest(path):
                self.open(path)
                violations = axe_violations(self.page)
                self.assertEqual(violations, [], f"{path}:\n{describe(violations)}")

    def test_axe_with_the_panel_open(self):
        self.open("/?round=astana-4")
        self.page.click("#entry-round-astana-4 a.title")
        self.page.wait_for_selector("#detail-panel:not([hidden]) #detail-title")
        violations = axe_violations(self.page)
        self.assertEqual(violations, [], describe(violations))


class SmallScreenTests(TimelineBrowserTestCase):
    viewport = {"width": 375, "height": 812}

    def test_usable_at_375_pixels(self):
        self.open("/")
        width = self.page.evaluate("() => document.documentElement.scrollWidth")
        self.assertLessEqual(width, 375, "the page scrolls sideways")
        self.page.locator(".window-nav").scroll_into_view_if_needed()
        self.page.evaluate("() => document.querySelector('.window-nav').scrollIntoView()")
        self.screenshot("timeline-375")
        self.page.click(".filters-summary")  # the filters' drawer
        self.page.select_option("#f-round", "astana-4")
        self.wait_for_query("/?round=astana-4")
        self.assertEqual(self.list_keys(), ROUND_4_ITEMS)
        self.page.click("#entry-round-astana-4 a.title")
        self.page.wait_for_selector("#detail-panel:not([hidden]) #detail-title")
        box = self.page.locator("#detail-panel").bounding_box()
        self.assertLessEqual(box["width"], 375)
        self.assertTrue(self.page.is_visible("#panel-close"))
        self.page.click("#panel-close")
        self.assertLessEqual(self.page.evaluate("() => document.documentElement.scrollWidth"), 375)


class RightToLeftTests(TimelineBrowserTestCase):
    def test_arabic_and_persian_names_are_set_right_to_left(self):
        self.open("/participants/russia/")
        directions = self.page.evaluate(
            "() => [...document.querySelectorAll('.alias')]"
            ".map((el) => [el.textContent, getComputedStyle(el).direction])"
        )
        found = dict(directions)
        self.assertEqual(found["روسيا"], "rtl")  # Arabic
        self.assertEqual(found["روسیه"], "rtl")  # Persian
        self.assertEqual(found["Russian Federation"], "ltr")

    def test_a_right_to_left_title_on_the_timeline(self):
        Event.objects.create(
            slug="rtl", title="اجتماع أستانا الرابع", kind="meeting", start_date="2017-05-04",
            track=Track.objects.get(slug="astana"),
        )  # fmt: skip
        self.open("/?round=astana-4&nearby=1")
        link = self.page.locator("#entry-event-rtl a.title")
        self.assertEqual(link.evaluate("(el) => getComputedStyle(el).direction"), "rtl")
        mark = self.page.locator(".lanes .mark-event bdi.full", has_text="اجتماع")
        self.assertEqual(mark.evaluate("(el) => getComputedStyle(el).direction"), "rtl")


class ScreenshotTests(TimelineBrowserTestCase):
    def test_desktop(self):
        self.open("/")
        self.screenshot("timeline-desktop")
