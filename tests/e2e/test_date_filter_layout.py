"""With from/to set: the zoom levels wider than the dates read as disabled buttons, and the
date chip's × stays on the line of its text at 375 px (issue 12, tester findings 3, 4)."""

from itertools import pairwise

from .test_timeline import TimelineBrowserTestCase

PATH = "/?from=2017-01-01&to=2017-12-31"


class DateFilterLayoutTests(TimelineBrowserTestCase):
    def test_disabled_zoom_levels_are_separate_buttons(self):
        for width in (1440, 375):
            with self.subTest(width):
                self.page.set_viewport_size({"width": width, "height": 900})
                self.open(PATH)
                boxes = self.page.evaluate(
                    """() => [...document.querySelectorAll('.zoom-levels li > *')].map(el => {
                      const s = getComputedStyle(el), r = el.getBoundingClientRect();
                      return {disabled: el.classList.contains('zoom-disabled'), top: r.top,
                              left: r.left, right: r.right, border: s.borderLeftWidth,
                              padding: s.paddingLeft};
                    })"""
                )
                disabled = [b for b in boxes if b["disabled"]]
                self.assertGreaterEqual(len(disabled), 2)
                for box in disabled:
                    self.assertEqual(box["border"], "1px")
                    self.assertNotEqual(box["padding"], "0px")
                for a, b in pairwise(boxes):
                    if a["top"] == b["top"]:  # side by side, one row
                        self.assertGreaterEqual(b["left"], a["right"] - 1.5)

    def test_the_chip_close_mark_never_wraps_alone_on_a_phone(self):
        self.page.set_viewport_size({"width": 375, "height": 812})
        self.open(PATH)
        lines = self.page.evaluate(
            """() => [...document.querySelectorAll('.chip')].map(chip => {
              const text = chip.querySelector('bdi').getClientRects();
              const last = text[text.length - 1];
              const close = chip.querySelector('a').getBoundingClientRect();
              return [last.top, last.bottom, close.top, close.bottom];
            })"""
        )
        self.assertTrue(lines)
        for text_top, text_bottom, close_top, close_bottom in lines:
            self.assertLess(close_top, text_bottom)  # on the text's last line
            self.assertGreater(close_bottom, text_top)


class GroupOfOneTests(TimelineBrowserTestCase):
    """A group of one item on a phone is the item's own mark, named, not a '+1' badge (issue 12,
    tester finding 13)."""

    def test_a_group_of_one_shows_a_named_dot(self):
        self.page.set_viewport_size({"width": 375, "height": 812})
        self.open("/?q=Astana 4")
        single = self.page.locator(".lanes .mark.single >> visible=true")
        self.assertEqual(single.count(), 1)
        self.assertTrue(single.locator(".bar").is_visible())
        self.assertFalse(single.locator(".label").is_visible())
        self.assertNotIn("+1", single.inner_text())
        self.assertIn("Memorandum on the creation of de-escalation areas", single.inner_text())
        single.hover()
        self.assertTrue(single.locator(".tip").is_visible())
        single.click()  # still opens the item
        self.page.wait_for_selector("#detail-panel:not([hidden]) #detail-title")
        self.assertIn("Memorandum", self.page.inner_text("#detail-title"))
