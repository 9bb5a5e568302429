"""The outside tester's findings on the timeline (issue 12), in Chromium at 1440 and
375 px: tooltips that stay on the screen, a label for every envoy's tenure, marks on
the same day that never overprint, axis ticks that name every year, a chart legend
that is not cut, and one form of the Astana labels per view."""

from .test_timeline import TimelineBrowserTestCase

WHOLE = "/"
YEAR_2017 = "/?from=2017-01-01&to=2017-12-31"
SLACK = 0.5  # pixels: sub-pixel rounding of the boxes

# The shown tooltip of the focused mark, and how wide the page has become.
TIP_BOX = """(mark) => {
  const tip = mark.querySelector('.tip').getBoundingClientRect();
  const page = document.documentElement;
  return { left: tip.left, right: tip.right, width: tip.width,
           scroll: page.scrollWidth, viewport: page.clientWidth };
}"""


class FindingsTests(TimelineBrowserTestCase):
    width = 1440

    def setUp(self):
        super().setUp()
        self.page.set_viewport_size({"width": self.width, "height": 900})

    def test_every_tooltip_stays_inside_the_viewport(self):
        """Finding 5: on a phone the tooltips of marks left of the lanes' middle ran off
        the right edge and made the page scroll sideways."""
        for path in (WHOLE, YEAR_2017):
            self.open(path)
            marks = self.page.locator(".lanes .mark")
            self.assertGreater(marks.count(), 10)
            for index in range(marks.count()):
                mark = marks.nth(index)
                mark.focus()
                box = mark.evaluate(TIP_BOX)
                with self.subTest(path=path, width=self.width, mark=mark.get_attribute("href")):
                    self.assertGreater(box["width"], 0)
                    self.assertGreaterEqual(box["left"], -SLACK)
                    self.assertLessEqual(box["right"], box["viewport"] + SLACK)
                    self.assertEqual(box["scroll"], box["viewport"])


class PhoneFindingsTests(FindingsTests):
    width = 375
