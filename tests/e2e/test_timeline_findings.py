"""The outside tester's findings on the timeline (issue 12), in Chromium at 1440 and
375 px: tooltips that stay on the screen, a label for every envoy's tenure, marks on
the same day that never overprint, axis ticks that name every year, a chart legend
that is not cut, and one form of the Astana labels per view."""

from .test_timeline import ChartTests, TimelineBrowserTestCase

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

# Each envoy's tenure: its name, its visible label and bar, its lane's grid, and which
# part of the bar is hatched (the hatching is the bar's background image).
TENURES = """() => [...document.querySelectorAll('.lanes .mark-tenure')].map((mark) => {
  const rect = (el) => { const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right }; };
  const shown = [...mark.querySelector('.label').children].find(
    (el) => getComputedStyle(el).display !== 'none' && el.textContent.trim());
  const image = getComputedStyle(mark.querySelector('.bar')).backgroundImage;
  return {
    name: mark.querySelector('.visually-hidden').textContent,
    text: shown ? shown.textContent : '',
    label: shown ? rect(shown) : null,
    bar: rect(mark.querySelector('.bar')),
    grid: rect(mark.closest('.lane-grid')),
    hatched: image === 'none' ? 'none' : image.startsWith('linear-gradient') ? 'end' : 'all',
  };
})"""

# The visible axis labels: each one's text as read and as drawn (the words of the text in
# the order they appear from left to right on the screen).
TICKS = """() => [...document.querySelectorAll('.axis-grid .tick')]
  .filter((tick) => tick.offsetParent !== null)
  .map((tick) => {
    const node = (tick.querySelector('bdi') || tick).firstChild;
    const words = [];
    for (const match of node.textContent.matchAll(/\\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      words.push([range.getBoundingClientRect().left, match[0]]);
    }
    words.sort((a, b) => a[0] - b[0]);
    return { text: node.textContent, drawn: words.map((w) => w[1]).join(' ') };
  })"""
SHORT_VIEWS = (
    "/?round=geneva-8",  # 21 Nov 2017 – 20 Feb 2018
    "/?round=astana-4",  # a month
    "/?round=astana-8",  # 14 Dec 2017 – 13 Jan 2018
    YEAR_2017,
    "/?zoom=year&at=2017-07-01",
)

# The activity chart's legend: its entries, and those Chart.js laid out inside the room the
# legend got (it cuts the lines that do not fit).
LEGEND = """() => {
  const chart = Chart.getChart(document.getElementById('activity-chart'));
  const legend = chart.legend;
  return { series: chart.data.datasets.length, items: legend.legendHitBoxes.length,
           inside: legend.legendHitBoxes.filter(
             (box) => box.top + box.height <= legend.top + legend.height + 0.5).length };
}"""
ALL_TRACKS = "/?" + "&".join(
    f"track={t}"
    for t in ("astana", "geneva", "constitutional-committee", "un-envoys", "related", "transition")
)

# Per lane and kind, the forms (full title, short label) of the labels shown on marks that
# have both.
LABEL_FORMS = """() => {
  const forms = {};
  for (const mark of document.querySelectorAll('.lanes .mark:not(.mark-cluster)')) {
    const full = mark.querySelector('.label .full'), short = mark.querySelector('.label .short');
    if (!short.textContent.trim() || short.textContent === full.textContent) continue;
    const shown = [full, short].find((el) => getComputedStyle(el).display !== 'none');
    if (!shown) continue;
    const lane = mark.closest('.lane').className.match(/track-[\\w-]+/)[0];
    const kind = [...mark.classList].find((c) => c.startsWith('mark-'));
    const key = lane + ' ' + kind;
    forms[key] = [...new Set([...(forms[key] || []), shown.className])];
  }
  return forms;
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
            marks = self.page.locator(".lanes .mark:visible")  # not those counted in a badge
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

    def test_every_envoy_tenure_is_labelled_beside_its_bar_and_hatched_where_uncertain(self):
        """Finding 4: three tenure bars had no label, Pedersen's ran across his bar, and de
        Mistura's bar was hatched whole although only its end is known to the month."""
        self.open("/?track=un-envoys")
        tenures = self.page.evaluate(TENURES)
        self.assertEqual(len(tenures), 4)
        for tenure in tenures:
            with self.subTest(width=self.width, tenure=tenure["name"]):
                self.assertTrue(tenure["text"], "no label")
                self.assertIn(tenure["text"].split()[-1], tenure["name"])
                label, bar = tenure["label"], tenure["bar"]
                beside = (
                    label["right"] <= bar["left"] + SLACK or label["left"] >= bar["right"] - SLACK
                )
                self.assertTrue(beside, f"{tenure['text']!r} drawn over its bar")
                self.assertLessEqual(label["right"], tenure["grid"]["right"] + SLACK)
                self.assertEqual(
                    self.page.evaluate("document.documentElement.scrollWidth"), self.width
                )
        hatched = {t["name"].split(",")[0]: t["hatched"] for t in tenures}
        mistura = next(v for k, v in hatched.items() if "de Mistura" in k)
        self.assertEqual(mistura, "end")  # ends in December 2018, to the month
        self.assertEqual(sorted(hatched.values()), ["end", "none", "none", "none"])

    def test_axis_labels_read_as_written_and_name_every_year_in_view(self):
        """Findings 7, 9, 10: "Dec" left out on the Geneva VIII view although there was
        room; the last label, aligned to the axis's end, drawn as "May 22"; "1 Jan 2018"
        hidden on a phone so that 2018 was never named."""
        for path in SHORT_VIEWS:
            self.open(path)
            lanes = self.page.locator(".lanes")
            first = int(lanes.get_attribute("data-window-start")[:4])
            last = int(lanes.get_attribute("data-window-end")[:4])
            ticks = self.page.evaluate(TICKS)
            shown = " ".join(tick["text"] for tick in ticks)
            with self.subTest(path=path, width=self.width, ticks=shown):
                for tick in ticks:
                    self.assertEqual(tick["drawn"], tick["text"])
                for year in range(first, last + 1):
                    self.assertIn(str(year), shown)
        if self.width == 1440:
            self.open("/?round=geneva-8")
            self.assertIn("Dec 2017", [tick["text"] for tick in self.page.evaluate(TICKS)])

    def test_the_chart_legend_shows_every_series(self):
        """Finding 15: on a phone the legend's last lines were cut off."""
        for path in (WHOLE, ALL_TRACKS):
            self.open(path)
            self.page.locator(".charts").scroll_into_view_if_needed()
            self.page.wait_for_function(ChartTests.CHART_DRAWN)
            legend = self.page.evaluate(LEGEND)
            with self.subTest(path=path, width=self.width):
                self.assertGreater(legend["series"], 3)
                self.assertEqual(legend["items"], legend["series"])
                self.assertEqual(legend["inside"], legend["series"])

    def test_a_lane_labels_its_rounds_in_one_form(self):
        """Finding 23: the Astana lane read "1, 2, Astana 3, 4 … Astana 8"."""
        for path in (WHOLE, ALL_TRACKS, YEAR_2017, "/?zoom=4y&at=2016-01-01"):
            self.open(path)
            for key, forms in self.page.evaluate(LABEL_FORMS).items():
                with self.subTest(path=path, width=self.width, lane=key):
                    self.assertEqual(len(forms), 1, forms)

    def test_a_month_only_event_is_a_hatched_box_not_a_dotted_line(self):
        """Finding 23: "Astana process begins" (known to the month) was a bar two pixels
        wide with a dashed border, like a "⋮" menu icon on a phone."""
        widths = []
        for path in (WHOLE, "/?zoom=4y&at=2016-01-01", YEAR_2017):
            self.open(path)
            # The bars drawn in this layout with no label beside them (a mark counted in a
            # group's badge is not drawn; a labelled one reads as its label).
            widths += self.page.eval_on_selector_all(
                ".lanes .mark-event.fuzzy .bar, .lanes .mark-agreement.fuzzy .bar",
                """(bars) => bars.filter((bar) => bar.getClientRects().length > 0
                  && ![...bar.nextElementSibling.children].some(
                    (text) => text.getBoundingClientRect().width > 0))
                  .map((bar) => bar.getBoundingClientRect().width)""",
            )
        for width in widths:
            self.assertGreaterEqual(width, 8, f"{widths} at {self.width} px")


class PhoneFindingsTests(FindingsTests):
    width = 375
