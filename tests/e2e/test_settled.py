"""<html data-settled>, which site.js sets once nothing of its own is pending and which
the other browser tests wait for: absent while a swap (or a Back) is under way, back
only once the new content is in and its labels have been fitted."""

from urllib.parse import urljoin, urlsplit

from .test_timeline import TimelineBrowserTestCase

# Each change of the marker, with what the page looked like when it happened: the lanes
# shown (their zoom), whether an htmx request was in flight and how the labels stood.
# The observer runs at the end of the task that changed the marker.
RECORD = """() => {
  window.__settled = [];
  const html = document.documentElement;
  new MutationObserver((records) => records.forEach(() => {
    const marks = [...document.querySelectorAll(".lanes .mark")];
    const fitted = marks.filter((m) => m.matches(".fit-short, .fit-none"));
    const cut = marks.filter((m) => {
      const label = m.querySelector(".label");
      return label && label.getClientRects().length && label.scrollWidth > label.clientWidth + 1;
    });
    window.__settled.push({
      settled: html.hasAttribute("data-settled"),
      zoom: document.querySelector(".lanes")?.dataset.zoom,
      request: !!document.querySelector(".htmx-request"),
      fitted: fitted.length,
      unfitted: cut.filter((m) => !fitted.includes(m)).length,
    });
  })).observe(html, { attributes: true, attributeFilter: ["data-settled"] });
}"""


# Wider letters than the server's estimates allow for (as a font here could be): labels
# drawn after this are cut and fall back. A rule added through the CSSOM, which the
# policy allows (a <style> element it would block).
WIDE_LETTERS = """() => document.styleSheets[0].insertRule(
  ".lanes .mark .label { letter-spacing: 0.5em; }", document.styleSheets[0].cssRules.length)"""


# Wider letters than the server's estimates allow for (as a font here could be): labels
# drawn after this are cut and fall back. A rule added through the CSSOM, which the
# policy allows (a <style> element it would block).
WIDE_LETTERS = """() => { document.styleSheets[0].insertRule(
  ".lanes .mark .label { letter-spacing: 0.5em; }", document.styleSheets[0].cssRules.length); }"""


class SettledMarkerTests(TimelineBrowserTestCase):
    def changes(self) -> list[dict]:
        return self.page.evaluate("window.__settled")

    def test_cleared_during_a_swap_and_set_once_its_labels_are_fitted(self):
        start = "/?zoom=year&at=2017-01-01"
        self.open(start)
        self.assertTrue(self.page.evaluate("document.documentElement.hasAttribute('data-settled')"))
        self.page.evaluate(WIDE_LETTERS)
        self.page.evaluate(RECORD)

        target = urlsplit(urljoin(self.page.url, self.page.get_attribute("#zoom-in", "href")))
        self.page.click("#zoom-in")
        self.wait_for_query(f"{target.path}?{target.query}")
        cleared, settled = self.changes()
        self.assertEqual(
            (cleared["settled"], cleared["zoom"], cleared["request"]), (False, "year", True)
        )
        self.assertGreater(cleared["unfitted"], 0, "the old lanes, never fitted to wide letters")
        self.assertEqual(
            (settled["settled"], settled["zoom"], settled["request"]), (True, "quarter", False)
        )
        self.assertGreater(settled["fitted"], 0)
        self.assertEqual(settled["unfitted"], 0)

        # Back asks the server for the page again (htmx keeps no snapshots): the same.
        self.page.go_back()
        self.wait_for_query(start)
        cleared, settled = self.changes()[2:]
        self.assertEqual((cleared["settled"], cleared["zoom"]), (False, "quarter"))
        self.assertEqual((settled["settled"], settled["zoom"]), (True, "year"))
        self.assertGreater(settled["fitted"], 0)
        self.assertEqual(settled["unfitted"], 0)
