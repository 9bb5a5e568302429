"""The timeline on a 375 px phone: the filters in a drawer whose summary says what is
applied, the lanes (with labels) on the first screens, and the list right below them."""

from .test_timeline import TimelineBrowserTestCase

# The boxes of `text`'s characters in the filters' summary that lie outside it (clipped),
# and whether the summary hides an overflow; null when the summary does not hold `text`.
CLIPPED = """(text) => {
  const summary = document.querySelector(".filters-summary");
  const walker = document.createTreeWalker(summary, NodeFilter.SHOW_TEXT);
  const box = summary.getBoundingClientRect();
  let found = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    found = [...range.getClientRects()].filter(
      (r) => r.left < box.left || r.right > box.right || r.top < box.top || r.bottom > box.bottom
    ).length;
  }
  const hidden = summary.scrollWidth > summary.clientWidth;
  return found === null ? null : {outside: found, hidden};
}"""


class PhoneTests(TimelineBrowserTestCase):
    viewport = {"width": 375, "height": 812}

    def test_filters_in_a_drawer_with_a_one_line_summary(self):
        self.open("/")
        self.assertFalse(self.page.is_visible("#f-round"))
        summary = self.page.locator(".filters-summary")
        self.assertEqual(
            summary.inner_text().split(), ["Filters", "Astana,", "Geneva,", "Transition"]
        )
        self.assertLessEqual(summary.bounding_box()["height"], 48)  # one line
        summary.click()
        self.page.select_option("#f-round", "astana-4")
        self.wait_for_query("/?round=astana-4")
        self.assertTrue(self.page.is_visible("#f-round"), "the drawer closed on its own")
        self.assertIn("Round: Astana 4", self.page.inner_text(".filters-summary"))

    # t12c, finding 3: one line cut the summary at "Dates: 1 January 2017 – 31 D…".
    def test_the_summary_shows_every_applied_filter_the_search_too(self):
        self.open("/?from=2017-01-01&to=2017-12-31&q=Geneva&participant=staffan-de-mistura")
        for text in ("31 December 2017", "Staffan de Mistura", "Geneva"):
            with self.subTest(text):
                shown = self.page.evaluate(CLIPPED, text)
                self.assertEqual(shown, {"outside": 0, "hidden": False})
        self.screenshot("phone-summary-wraps")

    def wait_until_applied(self, text: str):
        self.page.wait_for_function(
            "(text) => location.search.includes(text)"
            " && document.documentElement.hasAttribute('data-settled')",
            arg=text,
        )

    # t12a, finding 10: after "Apply filters" the drawer stayed open over the results.
    def test_apply_closes_the_drawer_and_goes_to_what_matched(self):
        self.open("/")
        self.page.click(".filters-summary")
        self.page.check("input[name=track][value=constitutional-committee]")
        self.wait_until_applied("constitutional-committee")
        self.assertTrue(self.page.is_visible("#f-from"), "a ticked box closed the drawer")
        self.page.fill("#f-from", "2024-12-01")
        self.page.click("#f-apply")
        self.wait_until_applied("from=2024-12-01")
        self.assertFalse(self.page.is_visible("#f-from"), "the drawer stayed open")
        self.assertEqual(self.page.evaluate("document.activeElement.id"), "counts")
        self.assertTrue(self.page.locator("#counts").is_visible())
        self.assertIn("Dates: 1 December 2024", self.page.inner_text(".filters-summary"))
        # Enter in the search box applies it the same way.
        self.page.click(".filters-summary")
        self.page.fill("#f-q", "Sochi")
        self.page.press("#f-q", "Enter")
        self.wait_until_applied("q=Sochi")
        self.assertFalse(self.page.is_visible("#f-q"), "the drawer stayed open")

    def test_lanes_on_the_first_screen_and_the_list_right_below(self):
        self.open("/?zoom=year&at=2017-01-01")
        lanes = self.page.locator(".lanes").bounding_box()
        self.assertLess(lanes["y"], 812, "the lanes start below the first screen")
        labels = self.page.locator(".lanes .mark .label > :visible").count()
        self.assertGreater(labels, 10)
        listed = self.page.locator("#list-title").bounding_box()
        self.assertLess(listed["y"] - (lanes["y"] + lanes["height"]), 40)

    def test_on_a_wide_screen_the_filters_are_open_without_a_summary(self):
        self.page.set_viewport_size({"width": 1440, "height": 900})
        self.open("/")
        self.assertTrue(self.page.is_visible("#f-round"))
        self.assertFalse(self.page.is_visible(".filters-summary"))
