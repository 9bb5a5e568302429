"""A round's form whose inline row another editor deleted meanwhile saves in Chromium
(re-tester t11c, 5): refused once, saying so on the row, then saved as the page returns
it, the row left out and the editor's other values kept."""

from django.contrib.auth.models import User

from peaceproc.audit import services as audit
from peaceproc.chronology.models import Participation, Round

from .base import EditorBrowserTestCase

ROWS = "#participations-group tr.form-row.has_original"


class DeletedRowTests(EditorBrowserTestCase):
    def test_the_form_returned_with_a_deleted_row_saves(self):
        round_ = Round.objects.filter(participations__isnull=False).order_by("pk").first()
        path = f"/admin/chronology/round/{round_.pk}/change/"
        self.log_in(then=path)
        drawn = self.page.locator(f"{ROWS} input[name$='-id']")
        rows = drawn.count()
        gone = Participation.objects.get(pk=drawn.last.input_value())  # the last row drawn
        other = User.objects.create_user("ed1", password="ed1-password-1")
        audit.delete_recorded([gone], user=other, via="admin")
        self.page.fill("#id_summary", "Kept from Chromium")
        self.page.click("input[name=_save]")
        self.page.wait_for_load_state()
        self.assertIn("This row is no longer stored", self.page.content())
        self.assertEqual(self.page.locator(ROWS).count(), rows)  # every row drawn again
        self.assertTrue(self.page.locator(f"{ROWS} input[name$='-DELETE']").last.is_checked())
        self.page.click("input[name=_save]")  # the page as returned
        self.page.wait_for_url(self.url("/admin/chronology/round/"))
        round_.refresh_from_db()
        self.assertEqual(round_.summary, "Kept from Chromium")
        self.assertEqual(round_.participations.count(), rows - 1)
        self.assertEqual(self.console_errors, [])
