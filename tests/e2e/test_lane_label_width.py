"""A track's name with no space to break at (100 characters, the column's length) stays
inside the lane's label column at 1440 px and at 375 px, wrapped, never over the lane
(outside tester t9a, finding 10)."""

from peaceproc.chronology.models import Track

from .test_timeline import TimelineBrowserTestCase

LONG_NAME = "Z" * 40 + "-" + "s" * 59  # 100 characters, one hyphen, no space

# For each lane's title: its right edge, its name's right edge and its content's width,
# and the left edge of the lane's grid beside it.
TITLES = """() => [...document.querySelectorAll('.lanes > .lane:not(.axis-row)')].map(lane => {
  const title = lane.querySelector('.lane-title');
  const name = title.querySelector('.name');
  const grid = lane.querySelector('.lane-grid');
  return {
    text: name.textContent,
    overflows: name.scrollWidth > name.clientWidth + 1,
    right: name.getBoundingClientRect().right,
    titleRight: title.getBoundingClientRect().right,
    gridLeft: grid.getBoundingClientRect().left,
  };
})"""
PAGE_WIDTH = "() => [document.documentElement.scrollWidth, window.innerWidth]"


class LongTrackNameTests(TimelineBrowserTestCase):
    def test_the_name_wraps_inside_its_column(self):
        Track.objects.create(
            slug="long-name", name=LONG_NAME, colour="#5b6670", order=99, shown_by_default=True
        )
        for width in (1440, 375):
            with self.subTest(width=width):
                self.page.set_viewport_size({"width": width, "height": 900})
                self.open("/")
                titles = self.page.evaluate(TITLES)
                long = [t for t in titles if LONG_NAME in t["text"]]
                self.assertEqual(len(long), 1)
                for title in titles:
                    self.assertFalse(title["overflows"], title["text"][:20])
                    if width > 700:  # beside the lane; on a phone the title sits above it
                        self.assertLessEqual(title["right"], title["gridLeft"] + 1)
                scroll_width, inner_width = self.page.evaluate(PAGE_WIDTH)
                self.assertLessEqual(scroll_width, inner_width)
