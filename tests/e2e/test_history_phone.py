"""The admin's history page on a 375 px phone (re-tester t9s, finding 10): the versions
table (505 px wide) was cut off at the window's edge with no way to scroll to its revert
buttons, and the page had two elements with id="content-main". The table now scrolls
sideways in its own box; at 1440 px it fits as before. So does the table of the rows
deleted from the record (outside tester t12a, 1)."""

from peaceproc.audit.services import delete_recorded
from peaceproc.chronology import services
from peaceproc.chronology.models import Round

from .base import EditorBrowserTestCase

MEASURE = """() => {
  const box = document.querySelector('.audit-versions');
  const button = box.querySelector('button');
  return {
    contentMains: document.querySelectorAll('#content-main').length,
    pageWidth: document.documentElement.scrollWidth,
    windowWidth: window.innerWidth,
    boxRight: box.getBoundingClientRect().right,
    boxScrolls: box.scrollWidth > box.clientWidth,
    tableWidth: box.querySelector('table').getBoundingClientRect().width,
    buttons: box.querySelectorAll('button').length,
    deletedRowsRight: document.querySelector('#audit-deleted-rows .audit-versions')
      .getBoundingClientRect().right,
  };
}"""
BUTTON_RIGHT = """() => {
  const box = document.querySelector('.audit-versions');
  box.scrollLeft = box.scrollWidth;
  return box.querySelector('button').getBoundingClientRect().right;
}"""


class HistoryPageWidthTests(EditorBrowserTestCase):
    def test_the_versions_table_scrolls_in_its_box_on_a_phone(self):
        round_ = Round.objects.get(slug="astana-4")
        for city in ("Astana (first change)", "Nur-Sultan (second change)"):
            services.sync_fields(round_, {"city": city}, user=self.editor, via="admin")
        delete_recorded([round_.participations.first()], user=self.editor, via="admin")
        self.log_in()
        path = f"/admin/chronology/round/{round_.pk}/history/"
        for width in (1440, 375):
            with self.subTest(width=width):
                self.page.set_viewport_size({"width": width, "height": 900})
                self.page.goto(self.url(path))
                self.wait_until_settled()
                self.screenshot(f"history-{width}")
                found = self.page.evaluate(MEASURE)
                self.assertEqual(found["contentMains"], 1)
                self.assertGreaterEqual(found["buttons"], 1)
                # Nothing of the page runs past the window...
                self.assertLessEqual(found["pageWidth"], found["windowWidth"])
                self.assertLessEqual(found["boxRight"], found["windowWidth"])
                self.assertLessEqual(found["deletedRowsRight"], found["windowWidth"])
                if width == 375:
                    # ...the table, wider, scrolls in its box, and its revert buttons
                    # come into the window when scrolled to.
                    self.assertTrue(found["boxScrolls"], found)
                    self.assertLessEqual(self.page.evaluate(BUTTON_RIGHT), width)
                    self.screenshot("history-375-scrolled")
                else:
                    self.assertFalse(found["boxScrolls"], found)
        self.assertEqual(self.console_errors, [])
