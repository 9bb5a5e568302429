"""Labels on the lanes, in Chromium at 1440 and 375 px, on `/` and on the 2017 view: every
Astana round identifiable by its visible label or its tooltip (on hover and on focus),
no label cut or running out of its lane, the axis naming its first period with its year,
and zoom that stays inside the dates filtered on."""

from datetime import date
from urllib.parse import parse_qs, urlsplit

from .test_timeline import TimelineBrowserTestCase

VIEWS = ("/", "/?zoom=year&at=2017-01-01")
# Every visible label of the lanes: its mark, its text, whether it is cut, and whether it
# stays inside its lane's grid.
LABELS = """() => [...document.querySelectorAll('.lanes .mark')].map((mark) => {
  const label = mark.querySelector('.label');
  const shown = [...label.children].find((el) => getComputedStyle(el).display !== 'none');
  const grid = mark.closest('.lane-grid').getBoundingClientRect();
  const box = label.getBoundingClientRect();
  return {
    href: mark.getAttribute('href'),
    round: mark.classList.contains('mark-round'),
    lane: mark.closest('.lane').className,
    text: shown ? shown.textContent : '',
    cut: label.scrollWidth > label.clientWidth + 1,
    inside: box.left >= grid.left - 1 && box.right <= grid.right + 1,
    visible: !!shown && box.width > 0,
  };
})"""
TIP = """(mark) => {
  const tip = mark.querySelector('.tip');
  return getComputedStyle(tip).display !== 'none' ? tip.innerText : '';
}"""


class LabelTests(TimelineBrowserTestCase):
    width = 1440

    def setUp(self):
        super().setUp()
        self.page.set_viewport_size({"width": self.width, "height": 900})

    def labels(self) -> list[dict]:
        return self.page.evaluate(LABELS)

    def test_every_astana_round_is_identifiable_and_no_label_is_cut(self):
        for path in VIEWS:
            with self.subTest(path):
                self.open(path)
                labels = self.labels()
                visible = [label for label in labels if label["visible"] and label["text"]]
                self.assertTrue(visible, "no label shows")
                self.assertEqual([label for label in visible if label["cut"]], [])
                self.assertEqual([label for label in visible if not label["inside"]], [])
                for lane in {label["lane"] for label in visible}:
                    texts = [label["text"] for label in visible if label["lane"] == lane]
                    self.assertEqual(len(texts), len(set(texts)), f"{lane}: {texts}")
                astana = [
                    label for label in labels if label["round"] and "track-astana" in label["lane"]
                ]
                self.assertTrue(astana)
                for label in astana:
                    if label["visible"] and label["text"]:
                        continue
                    # Unlabelled: its tooltip names it, on hover and on keyboard focus.
                    mark = self.page.locator(f".lanes .mark[href='{label['href']}']")
                    mark.hover()
                    title = label["href"].strip("/").split("/")[-1].replace("astana-", "Astana ")
                    self.assertIn(title, mark.evaluate(TIP))
                    self.page.mouse.move(0, 0)
                    mark.focus()
                    self.assertIn(title, mark.evaluate(TIP))
                    mark.blur()

    def test_a_tooltip_on_focus_names_the_item_and_its_dates(self):
        self.open("/?zoom=year&at=2017-01-01")
        mark = self.page.locator(".lanes .mark[href='/rounds/astana-4/']")
        mark.focus()
        self.assertEqual(mark.evaluate(TIP).split("\n"), ["Astana 4", "3–4 May 2017"])

    def test_the_axis_labels_its_first_period_with_the_year(self):
        for path, first in ((VIEWS[0], "2012"), (VIEWS[1], "Jan 2017")):
            self.open(path)
            tick = self.page.locator(".axis-grid .tick").first
            self.assertEqual(tick.inner_text(), first)
            grid = self.page.locator(".axis-grid").bounding_box()
            self.assertLess(tick.bounding_box()["x"] - grid["x"], 2)

    def test_a_year_on_the_axis_opens_that_year(self):
        self.open("/")
        self.page.click(".axis-grid a.tick:text-is('2018')")  # odd years hide on a phone
        self.wait_for_query("/?zoom=year&at=2018-01-01")
        self.assertIn("round-astana-9", self.list_keys())


class PhoneLabelTests(LabelTests):
    width = 375


class ZoomInsideTheDatesTests(TimelineBrowserTestCase):
    def window(self) -> tuple[str, str]:
        lanes = self.page.locator(".lanes")
        return lanes.get_attribute("data-window-start"), lanes.get_attribute("data-window-end")

    def test_zooming_never_leaves_the_dates_filtered_on(self):
        self.open("/?from=2017-01-01&to=2017-12-31")
        self.assertEqual(self.window(), ("2017-01-01", "2017-12-31"))
        for link in ("#zoom-in", "#zoom-in", "#pan-later", "#pan-later", "#zoom-out"):
            self.page.click(link)
            self.page.wait_for_load_state("networkidle")
            self.page.wait_for_function("() => !document.querySelector('.htmx-request')")
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
