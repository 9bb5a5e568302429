"""Outside tester t8i, finding 8: a queued article titled with one 200-letter word, or a
letter under thousands of combining accents, widened the "Waiting for review" table past
the window (2188 px at 1440). Titles break inside their cell and show at most a few marks
per letter; the stored title is unchanged."""

import os

from peaceproc.ingest.models import PendingArticle
from tests.ingest.test_admin import candidate, make_pending

from .base import EditorBrowserTestCase
from .test_ingest_phone import PAGE_WIDTH

WORD = "Unbreakable" + "x" * 189
# As many marks as the title column holds (500 characters; PostgreSQL enforces it).
SMEAR = "Talks a" + "\u0301" * 480 + " resumed"
SHOTS = os.getenv("SHOTS_DIR", "")


class WideTitleTests(EditorBrowserTestCase):
    viewport = {"width": 1440, "height": 900}

    def test_the_queue_fits_the_window_at_1440_and_375(self):
        quote = "They met in Vienna on 3 March 2017."
        make_pending([candidate(quote=quote)], text=f"{quote} One.", title=WORD)
        make_pending([candidate(quote=quote)], text=f"{quote} Two.", title=SMEAR)
        self.log_in("/admin/ingest/")
        for width in (1440, 375):
            with self.subTest(width=width):
                self.page.set_viewport_size({"width": width, "height": 900})
                scroll, client = self.page.evaluate(PAGE_WIDTH)
                self.assertLessEqual(scroll, client)
                table = self.page.locator(".ingest-pending table").bounding_box()
                self.assertLessEqual(table["width"], width)
                # Each row keeps to a line's height or so: no smear over its neighbours.
                rows = self.page.locator(".ingest-pending tbody tr")
                links = self.page.locator(".ingest-pending td a")
                self.assertEqual(rows.count(), 2)
                shown = {links.nth(i).inner_text() for i in range(2)}
                self.assertIn("Talks a" + "\u0301" * 4 + " resumed", shown)
                if SHOTS:
                    self.page.screenshot(path=f"{SHOTS}/queue-{width}.png", full_page=True)
        self.assertEqual(PendingArticle.objects.get(title=SMEAR).title.count("\u0301"), 480)
