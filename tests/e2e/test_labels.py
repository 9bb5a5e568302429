"""Labels on the lanes, in Chromium at 1440 and 375 px, measured from the boxes the browser
draws: every Astana round identifiable by its visible label or its tooltip (on hover and
on focus); no label cut, out of its lane, over another label, or straddling the edge of a
bar; short labels that name the item, never a month or a year; group badges that never
count one item, never read like a round number and never touch; the axis naming its first
and last periods with the year; a legend that explains every short label shown; and zoom
that stays inside the dates filtered on."""

import itertools
import re
from datetime import date
from urllib.parse import parse_qs, urljoin, urlsplit

from .test_timeline import TimelineBrowserTestCase

WHOLE = "/"
YEAR_2017 = "/?from=2017-01-01&to=2017-12-31"
VIEWS = (
    WHOLE,
    YEAR_2017,
    "/?zoom=year&at=2017-01-01",
    "/?zoom=4y&at=2016-01-01",
    "/?zoom=year&at=2016-01-01",  # Geneva III and the March and April rounds of 2016
    "/?from=2025-01-01&to=2026-12-31",  # the transition lane
)
# Every lane, the whole period: the Related lane has two items on 31 Dec 2016.
ALL_TRACKS = (
    "/?track=astana&track=geneva&track=transition&track=constitutional-committee"
    "&track=related&track=un-envoys&zoom=all"
)
# Every mark of the lanes: its bar, its visible label (the text's own box, not the room
# the label may take), and its lane's grid, in page pixels.
MARKS = """() => {
  const rect = (el) => { const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width }; };
  return [...document.querySelectorAll('.lanes .mark')].map((mark) => {
    const label = mark.querySelector('.label');
    const shown = [...label.children].find(
      (el) => getComputedStyle(el).display !== 'none' && el.textContent.trim());
    const lane = mark.closest('.lane');
    return {
      href: mark.getAttribute('href'),
      kind: [...mark.classList].find((c) => c.startsWith('mark-')).slice(5),
      round: mark.classList.contains('mark-round'),
      lane: lane.className.match(/track-[\\w-]+/)[0],
      text: shown ? shown.textContent : '',
      title: label.querySelector('.full').textContent,
      form: shown ? shown.className : '',
      cut: label.scrollWidth > label.clientWidth + 1,
      label: shown ? rect(shown) : null,
      bar: rect(mark.querySelector('.bar')),
      grid: rect(mark.closest('.lane-grid')),
      name: mark.querySelector('.visually-hidden').textContent,
      // Drawn in this layout: a mark counted in a group's badge is not.
      visible: mark.getClientRects().length > 0,
      laneCount: parseInt(lane.querySelector('.lane-title .count').textContent, 10),
    };
  });
}"""
# The "today" label and the axis labels shown, as the boxes of their text.
AXIS_TEXT = """() => {
  const box = (el) => { const range = document.createRange(); range.selectNodeContents(el);
    const r = range.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width }; };
  const shown = (el) => el.getClientRects().length > 0;
  const today = document.querySelector('.axis-grid .today-label');
  return {
    today: today && shown(today) ? box(today) : null,
    ticks: [...document.querySelectorAll('.axis-grid .tick')].filter(shown).map(box),
    axis: box(document.querySelector('.axis-grid')),
  };
}"""
TIP = """(mark) => {
  const tip = mark.querySelector('.tip');
  return getComputedStyle(tip).display !== 'none' ? tip.innerText : '';
}"""
BARE_DATE = r"^((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?( \d{4})?|\d{4})$"
SLACK = 0.5  # pixels: sub-pixel rounding of the boxes


def form(short: str) -> str:
    """A short label's form: "4" and "22" are one, "IV" and "VIII" another, "II.1"..."""
    return re.sub(r"[IVX]+", "N", re.sub(r"\d+", "0", short)) if len(short) < 6 else "text"


def cut(mark: dict) -> bool:
    """Whether the mark's label is its title cut at a word (which explains itself)."""
    text = mark["text"]
    return text.endswith("\u2026") and mark["title"].startswith(text[:-1].rstrip() + " ")


def meets(a: dict, b: dict) -> bool:
    """Whether two boxes overlap (by more than rounding)."""
    return (
        a["left"] < b["right"] - SLACK
        and b["left"] < a["right"] - SLACK
        and a["top"] < b["bottom"] - SLACK
        and b["top"] < a["bottom"] - SLACK
    )


def straddles(text: dict, bar: dict) -> bool:
    """Whether the text runs across an edge of the bar: partly on it, partly off it."""
    if not meets(text, bar):
        return False
    inside = text["left"] >= bar["left"] - SLACK and text["right"] <= bar["right"] + SLACK
    return not inside


class LabelTests(TimelineBrowserTestCase):
    width = 1440

    def setUp(self):
        super().setUp()
        self.page.set_viewport_size({"width": self.width, "height": 900})

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.measured: dict[str, list[dict]] = {}

    def all_marks(self, path: str) -> list[dict]:
        """Every mark of the lanes at `path` (see MARKS), at this class's width.

        Every test of the class sees the same page at a path (the shipped record, one
        width), so each path is loaded and measured once per class and the tests check
        that one measurement: loading the timeline is most of a browser test's cost, and
        these tests loaded the same few views some sixty times per width. A test that
        loads a page measures the one it just loaded, and the first test to load a path
        asserts, on tearing down, that the browser logged no console error on it."""
        if path not in self.measured:
            if self.page.url != self.url(path):
                self.open(path)
            self.measured[path] = self.page.evaluate(MARKS)
        return self.measured[path]

    def marks(self, path: str) -> list[dict]:
        """The marks drawn in this layout."""
        return [m for m in self.all_marks(path) if m["visible"]]

    def labelled(self, path: str) -> list[dict]:
        return [m for m in self.marks(path) if m["label"] and m["label"]["width"] > 0]

    def test_no_label_is_cut_leaves_its_lane_or_reads_like_another(self):
        for path in VIEWS:
            with self.subTest(path=path, width=self.width):
                labelled = self.labelled(path)
                self.assertTrue(labelled, "no label shows")
                self.assertEqual([m["text"] for m in labelled if m["cut"]], [])
                outside = [
                    m["text"]
                    for m in labelled
                    if m["label"]["left"] < m["grid"]["left"] - SLACK
                    or m["label"]["right"] > m["grid"]["right"] + SLACK
                    or m["label"]["top"] < m["grid"]["top"] - SLACK
                    or m["label"]["bottom"] > m["grid"]["bottom"] + SLACK
                ]
                self.assertEqual(outside, [])
                for lane in {m["lane"] for m in labelled}:
                    # Badges are counts ("+2" twice is two groups of two), not titles. Two
                    # items the record gives one title (the Ankara summits of 2018 and
                    # 2019) name their years (t16b 6): no two labels of a lane read alike.
                    items_of: dict[str, set[str]] = {}
                    for m in labelled:
                        if m["lane"] == lane and m["kind"] != "cluster":
                            items_of.setdefault(m["text"], set()).add(m["href"])
                    alike = {text: t for text, t in items_of.items() if len(t) > 1}
                    self.assertEqual(alike, {}, lane)

    def test_every_item_in_view_is_labelled_or_counted_in_a_visible_badge(self):
        for path in (*VIEWS, "/?zoom=year&at=2025-01-01", ALL_TRACKS):
            with self.subTest(path=path, width=self.width):
                marks = self.marks(path)
                unlabelled = [m["name"] for m in marks if not (m["label"] and m["text"])]
                self.assertEqual(unlabelled, [])
                for lane in {m["lane"] for m in self.all_marks(path)}:
                    drawn = [m for m in marks if m["lane"] == lane]
                    # Each item of the lane is one labelled mark or counted in one badge.
                    counted = sum(
                        int(m["text"][1:]) if m["kind"] == "cluster" else 1 for m in drawn
                    )
                    expected = next(
                        m["laneCount"] for m in self.all_marks(path) if m["lane"] == lane
                    )
                    self.assertEqual(counted, expected, lane)
                    badges = [m for m in drawn if m["kind"] == "cluster"]
                    for badge in badges:
                        self.assertRegex(badge["text"], r"^\+\d+$", badge["name"])
        # The transition lane of 2025 labels some of its events, not only counts them.
        events = [
            m
            for m in self.marks("/?zoom=year&at=2025-01-01")
            if m["lane"] == "track-transition" and m["kind"] == "event"
        ]
        self.assertTrue(events, "no event of 2025 is labelled")

    def test_marks_never_overlap_marks(self):
        for path in (*VIEWS, "/?zoom=year&at=2025-01-01", ALL_TRACKS):
            with self.subTest(path=path, width=self.width):
                marks = self.marks(path)
                for one, other in itertools.combinations(marks, 2):
                    if one["lane"] != other["lane"]:
                        continue
                    shapes = [one["bar"]] + ([one["label"]] if one["kind"] == "cluster" else [])
                    others = [other["bar"]] + (
                        [other["label"]] if other["kind"] == "cluster" else []
                    )
                    for a, b in itertools.product(shapes, others):
                        self.assertFalse(meets(a, b), f"{one['name']!r} on {other['name']!r}")

    def test_the_today_label_shows_clear_of_the_axis_labels_on_the_full_view(self):
        self.open(WHOLE)
        axis = self.page.evaluate(AXIS_TEXT)
        self.assertIsNotNone(axis["today"], "no today label")
        self.assertGreater(axis["today"]["width"], 0)
        for tick in axis["ticks"]:
            self.assertFalse(meets(axis["today"], tick), tick)
        self.assertGreaterEqual(axis["today"]["left"], axis["axis"]["left"] - SLACK)
        self.assertLessEqual(axis["today"]["bottom"], axis["axis"]["bottom"] + SLACK)

    def test_no_round_is_counted_in_a_badge(self):
        # Each round keeps its own visible label ("4", "IV", "S3" or its title).
        for path in (*VIEWS, ALL_TRACKS):
            with self.subTest(path=path, width=self.width):
                rounds = [m for m in self.all_marks(path) if m["round"]]
                self.assertTrue(rounds or "2025" in path)  # no round since 2024
                for mark in rounds:
                    self.assertTrue(mark["visible"], f"{mark['name']!r} hidden in a group")
                    self.assertTrue(mark["text"] and mark["label"]["width"] > 0, mark["name"])

    def test_the_axis_names_at_least_every_other_year(self):
        # Every year can be found: its own label ("2024", or "’24" on a phone, whose
        # apostrophe is drawn by the stylesheet) or its neighbours' on both sides.
        for path in (WHOLE, "/?from=2013-01-01&to=2026-12-31"):
            with self.subTest(path=path, width=self.width):
                self.open(path)
                texts = self.page.locator(".axis-grid .tick:visible").all_inner_texts()
                years = [int(t) if len(t) == 4 else 2000 + int(t) for t in texts]
                self.assertEqual(years, sorted(years), texts)
                self.assertEqual(years[-1] if path == WHOLE else 2026, date.today().year)
                for before, after in itertools.pairwise(years):
                    self.assertLessEqual(after - before, 3 if after == years[-1] else 2, texts)
                if path == WHOLE:  # the even years, 2024 included, at both widths
                    self.assertIn(2024, years)
                    self.assertLessEqual(years[1] - years[0], 2)

    def test_labels_neither_overlap_nor_straddle_a_bar(self):
        for path in VIEWS:
            with self.subTest(path=path, width=self.width):
                marks = self.marks(path)
                labelled = [m for m in marks if m["label"] and m["label"]["width"] > 0]
                for one in labelled:
                    for other in labelled:
                        if one is not other and one["lane"] == other["lane"]:
                            self.assertFalse(
                                meets(one["label"], other["label"]),
                                f"{one['text']!r} over {other['text']!r}",
                            )
                    for mark in marks:
                        if mark["lane"] != one["lane"] or mark["kind"] == "cluster":
                            continue
                        self.assertFalse(
                            straddles(one["label"], mark["bar"]),
                            f"{one['text']!r} across the edge of {mark['name']!r}",
                        )

    def test_short_labels_name_the_item_not_a_month_or_a_year(self):
        for path in VIEWS:
            with self.subTest(path=path, width=self.width):
                for mark in self.labelled(path):
                    if mark["kind"] == "cluster":
                        continue
                    # A bare month ("Mar", "March") or year reads like the axis.
                    self.assertNotRegex(mark["text"], BARE_DATE, mark["name"])
        geneva = {
            m["href"]: m["text"]
            for m in self.marks("/?zoom=year&at=2016-01-01")
            if m["lane"] == "track-geneva"
        }
        for month in ("March", "April"):
            text = geneva[f"/rounds/geneva-2016-{month.lower()}/"]
            self.assertIn(text, (f"{month} round", f"Geneva talks 2016 – {month} round"))

    def test_group_badges_count_more_than_one_and_never_touch(self):
        seen = 0
        for path in (WHOLE, "/?zoom=4y&at=2023-01-01"):
            badges = [m for m in self.marks(path) if m["kind"] == "cluster"]
            seen += len(badges)
            for badge in badges:
                self.assertRegex(badge["text"], r"^\+\d+$", badge["name"])
                self.assertGreater(int(badge["text"][1:]), 1, badge["name"])
                self.assertRegex(badge["name"], r"^\d+ (events|items), ")
                for other in badges:
                    if other is not badge:
                        self.assertFalse(meets(badge["label"], other["label"]), badge["name"])
        self.assertTrue(seen, "no group on the transition lane")

    def test_every_astana_round_is_identifiable_by_its_visible_label(self):
        # Each round in view shows its own number or title (never only a tooltip, never
        # counted in a group's badge); its tooltip names it on focus too.
        for path in (WHOLE, YEAR_2017, "/?zoom=year&at=2017-01-01"):
            with self.subTest(path=path, width=self.width):
                astana = [
                    m for m in self.all_marks(path) if m["round"] and m["lane"] == "track-astana"
                ]
                self.assertTrue(astana)
                for mark in astana:
                    number = mark["href"].strip("/").split("-")[-1]
                    self.assertTrue(mark["visible"], f"{mark['name']!r} hidden in a group")
                    self.assertTrue(
                        mark["text"] in (number, f"Astana {number}")
                        or mark["text"].startswith(f"Astana {number} "),
                        f"{mark['name']!r} reads {mark['text']!r}",
                    )
                    self.assertGreater(mark["label"]["width"], 0, mark["name"])
        self.open("/?zoom=year&at=2017-01-01")
        link = self.page.locator(".lanes .mark[href='/rounds/astana-4/']")
        link.focus()
        self.assertIn("Astana 4", link.evaluate(TIP))

    def test_the_legend_explains_every_short_label_shown(self):
        for path in VIEWS:
            with self.subTest(path=path, width=self.width):
                self.open(path)
                legend = self.page.inner_text(".legend")
                for mark in self.labelled(path):
                    if mark["form"] == "short" and mark["kind"] != "cluster" and not cut(mark):
                        lane = mark["lane"].removeprefix("track-")
                        examples = self.page.locator(
                            f".legend .short-example[data-track='{lane}']:visible .key-short"
                        ).all_inner_texts()
                        self.assertIn(
                            form(mark["text"]),
                            [form(example) for example in examples],
                            f"{mark['text']!r} ({lane}) unexplained",
                        )
                    if mark["kind"] == "cluster":
                        self.assertIn("+n", legend)

    def test_a_tooltip_on_focus_names_the_item_and_its_dates(self):
        self.open("/?zoom=year&at=2017-01-01")
        mark = self.page.locator(".lanes .mark[href='/rounds/astana-4/']")
        mark.focus()
        self.assertEqual(mark.evaluate(TIP).split("\n"), ["Astana 4", "3–4 May 2017"])

    def test_the_axis_labels_its_first_and_last_periods_with_the_year(self):
        cases = (
            (WHOLE, "2012", str(date.today().year)),
            (YEAR_2017, "Jan 2017", "Dec"),
            ("/?zoom=year&at=2017-07-01", "Jul 2017", "Jun"),
        )
        for path, first, last in cases:
            with self.subTest(path=path, width=self.width):
                self.open(path)
                ticks = self.page.locator(".axis-grid .tick:visible")
                grid = self.page.locator(".axis-grid").bounding_box()
                self.assertEqual(ticks.first.inner_text(), first)
                self.assertLess(ticks.first.bounding_box()["x"] - grid["x"], 2)
                # The last period is labelled too, inside the axis, near its end.
                self.assertEqual(ticks.last.inner_text(), last)
                end = ticks.last.bounding_box()
                self.assertLessEqual(end["x"] + end["width"], grid["x"] + grid["width"] + 1)
                self.assertGreater(end["x"] + end["width"], grid["x"] + grid["width"] * 0.9)
                boxes = [ticks.nth(i).bounding_box() for i in range(ticks.count())]
                for before, after in itertools.pairwise(boxes):
                    self.assertLessEqual(before["x"] + before["width"], after["x"] + 1)
                if "2017-07" in path:
                    self.assertIn("Jan 2018", self.page.inner_text(".axis-grid"))

    def test_a_year_after_a_one_month_first_period_is_named(self):
        # t16b 3: from 1 Dec 2024, "2024" covered 2025's line on a phone and 2025 was left
        # out; it now starts after "2024", before 2026's line, clear of both.
        self.open("/?from=2024-12-01&to=2026-12-31")
        ticks = self.page.locator(".axis-grid .tick:visible")
        self.assertEqual(ticks.all_inner_texts(), ["2024", "2025", "2026"])
        boxes = [ticks.nth(i).bounding_box() for i in range(ticks.count())]
        for before, after in itertools.pairwise(boxes):
            self.assertLessEqual(before["x"] + before["width"], after["x"] + 1)

    def test_a_lone_event_is_named_by_its_title_or_its_title_cut(self):
        # t16d 11: the Astana lane's only item in this window, the Doha ministers' meeting,
        # was a bare dot on a phone (its title has no room, and a group of one shows no
        # "+1"). It shows its title, or on a phone its title cut at a word, inside its lane
        # and clear of every other label and bar; its tooltip keeps the whole title.
        path = "/?from=2024-12-01&to=2026-12-31"
        self.open(path)
        marks = self.marks(path)
        doha = next(m for m in marks if m["lane"] == "track-astana")
        title = "Astana-format foreign ministers meeting (Doha)"
        self.assertEqual(doha["title"], title)
        link = self.page.locator(f".lanes .mark[href='{doha['href']}']:visible")
        self.assertEqual(link.locator(".label").evaluate("(el) => el.getClientRects().length"), 1)
        self.assertTrue(doha["text"] == title or cut(doha), doha["text"])
        self.assertEqual(cut(doha), self.width == 375)
        self.assertFalse(doha["cut"])
        grid = doha["grid"]
        self.assertGreaterEqual(doha["label"]["left"], grid["left"] - SLACK)
        self.assertLessEqual(doha["label"]["right"], grid["right"] + SLACK)
        for other in marks:
            if other is not doha and other["lane"] == doha["lane"]:
                self.assertFalse(meets(doha["label"], other["bar"]), other["name"])
        link.focus()
        self.assertIn(title, link.evaluate(TIP))

    def test_a_year_on_the_axis_opens_that_year(self):
        self.open("/")
        # Odd years hide on a phone, where 2018 reads "’18".
        self.page.click(".axis-grid a.tick[href*='at=2018-01-01']")
        self.wait_for_query("/?zoom=year&at=2018-01-01")
        self.assertIn("round-astana-9", self.list_keys())


class PhoneLabelTests(LabelTests):
    width = 375


class ZoomInsideTheDatesTests(TimelineBrowserTestCase):
    def window(self) -> tuple[str, str]:
        lanes = self.page.locator(".lanes")
        return lanes.get_attribute("data-window-start"), lanes.get_attribute("data-window-end")

    def test_zooming_never_leaves_the_dates_filtered_on(self):
        self.open(YEAR_2017)
        self.assertEqual(self.window(), ("2017-01-01", "2017-12-31"))
        for link in ("#zoom-in", "#zoom-in", "#pan-later", "#pan-later", "#zoom-out"):
            target = urlsplit(urljoin(self.page.url, self.page.get_attribute(link, "href")))
            self.page.click(link)
            self.wait_for_query(f"{target.path}?{target.query}")
            start, end = self.window()
            self.assertGreaterEqual(start, "2017-01-01", link)
            self.assertLessEqual(end if start > "2017-01-01" else "2017-12-31", "2017-12-31")
            query = parse_qs(urlsplit(self.page.url).query)
            self.assertEqual(query["from"], ["2017-01-01"])

    def test_zoom_keeps_the_centre(self):
        self.open("/?zoom=year&at=2017-01-01")
        self.page.click("#zoom-in")
        self.page.wait_for_function(
            "() => document.querySelector('.lanes').dataset.zoom === 'quarter'"
        )
        start, end = (date.fromisoformat(day) for day in self.window())
        self.assertLessEqual(abs((start + (end - start) / 2 - date(2017, 7, 2)).days), 2)
