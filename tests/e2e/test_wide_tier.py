"""The lanes laid out for the width a desktop gives them (issue 11, tester finding 2): the
server lays each lane out for three sizes of the lanes' container (gridcss.TIERS); the
widest, for a grid of 1040 px and more, serves a 1440 px window, whose 1080 px grid was
laid out for 820 px before, so that marks got short labels or were counted in a badge
where their titles fit. No request parameter, no JavaScript: the page and its cache
entry are the same for every width, and the stylesheet picks the layout."""

from . import test_labels
from .test_timeline import TimelineBrowserTestCase

# For each visible mark: its lane, its visible label's text and the label its classes
# name for a tier (lw-*, lx-*).
MARKS = """(tier) => [...document.querySelectorAll('.lanes .mark')]
  .filter((mark) => mark.getClientRects().length > 0)
  .map((mark) => {
    const shown = [...mark.querySelector('.label').children].find(
      (el) => getComputedStyle(el).display !== 'none' && el.textContent.trim());
    const named = [...mark.classList].find((c) => c.startsWith(`l${tier}-`));
    return {href: mark.getAttribute('href'), text: shown ? shown.textContent : '',
            form: shown ? shown.className : 'none', named: named.slice(3)};
  })"""
# Marks a tier's layout draws with their full title: counted from the classes, so the
# narrower layout's choice can be read on the same page.
TITLED = """(tier) => [...document.querySelectorAll('.lanes .mark')].filter(
  (mark) => mark.classList.contains(`l${tier}-full`) && !mark.classList.contains(`gone-${tier}`)
).length"""


class WidestTierTests(TimelineBrowserTestCase):
    def marks(self, width: int, path: str, tier: str) -> list[dict]:
        self.page.set_viewport_size({"width": width, "height": 900})
        self.open(path)
        return self.page.evaluate(MARKS, tier)

    def test_each_width_draws_the_labels_of_its_own_layout(self):
        for width, tier in ((1440, "x"), (1280, "x"), (1100, "w")):
            with self.subTest(width=width):
                marks = self.marks(width, "/", tier)
                self.assertTrue(marks)
                for mark in marks:
                    self.assertEqual(mark["form"] or "none", mark["named"], mark["href"])

    def test_a_desktop_titles_more_items_than_the_820_px_layout_did(self):
        for path in ("/", "/?zoom=year&at=2025-01-01", "/?q=Lavrentiev", "/?track=geneva"):
            with self.subTest(path):
                marks = self.marks(1440, path, "x")
                titled = sum(mark["form"] == "full" for mark in marks)
                self.assertEqual(titled, self.page.evaluate(TITLED, "x"))
                self.assertGreater(titled, self.page.evaluate(TITLED, "w"))

    def test_a_new_reader_finds_astana_4_on_the_full_view(self):
        self.page.set_viewport_size({"width": 1440, "height": 900})
        self.open("/")
        mark = self.page.locator(".lanes .track-astana .mark[href='/rounds/astana-4/']")
        self.assertTrue(mark.is_visible())
        self.assertIn(mark.locator(".label").inner_text(), ("4", "Astana 4"))
        legend = self.page.inner_text(".legend")
        self.assertIn("1 = Astana 1", legend)  # what a bare number in the lane stands for
        mark.hover()
        self.assertEqual(mark.locator(".tip").inner_text().split("\n")[0], "Astana 4")


class MidWidthLabelTests(test_labels.LabelTests):
    """Every label rule of the 1440 and 375 px tests, at a width the middle layout (an
    820 px grid) now serves alone."""

    width = 1100
