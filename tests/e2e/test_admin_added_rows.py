"""A row the admin adds to an inline ("Add another", a copy of the inline's empty form)
names its own help in its inputs' aria-describedby, as the rows served do (issue #11):
Django's script numbered the copy's ids but left the references to the empty form's."""

from peaceproc.chronology.models import Round

from .base import EditorBrowserTestCase

# Every id an element names by aria-describedby that no element of the page has; the date
# widgets' timezone warning is written by Django's script only when the browser's timezone
# is not the server's.
DANGLING = """() => [...document.querySelectorAll('[aria-describedby]')].flatMap((element) =>
  element.getAttribute('aria-describedby').split(/\\s+/).filter((id) => id
    && !document.getElementById(id) && !id.endsWith('_timezone_warning_helptext'))
    .map((id) => `${element.id} -> ${id}`))"""
# The aria-describedby of the inputs of an inline's rows (served and added; not its
# empty form, which the script copies).
ADDED = """(group) => [...document.querySelectorAll(
    `#${group}-group .dynamic-${group} [aria-describedby]`)]
  .map((element) => element.getAttribute('aria-describedby'))"""


class AddedInlineRowTests(EditorBrowserTestCase):
    def test_an_added_row_names_its_own_help(self):
        round_ = Round.objects.filter(citations__isnull=False).order_by("pk").first()
        path = f"/admin/chronology/round/{round_.pk}/change/"
        self.log_in(then=path)
        self.assertEqual(self.page.evaluate(DANGLING), [])
        for group in ("citations", "participations"):
            with self.subTest(group):
                for _ in range(2):
                    self.page.click(f"#{group}-group .add-row a")
                named = self.page.evaluate(ADDED, group)
                self.assertTrue(named)
                self.assertFalse([ids for ids in named if "__prefix__" in ids], named)
        self.assertEqual(self.page.evaluate(DANGLING), [])
        self.assertEqual(self.console_errors, [])
