"""An article the pipeline dates nothing in, reviewed in a real browser (outside tester
t6i, issue 9): the page lists whom and what the article names, the editor adds the
happening by hand with the sentence that states its date, then accepts it; at 1440 px
and on a 375 px phone, nothing scrolling sideways and no CSP error. Screenshots land in
test-artifacts/."""

import re

from peaceproc.chronology.models import Citation, Event

from .base import EditorBrowserTestCase

UNDATED = (
    "Envoys meet in Tehran\n\n"
    "Alexander Lavrentiev discussed the de-escalation zones with Hossein Jaberi Ansari in "
    "Tehran, ahead of the sixth Astana round.\n\n"
    "Photo: Lavrentiev and Jaberi Ansari in Tehran, 22 August 2017\n"
)
QUOTE = "Photo: Lavrentiev and Jaberi Ansari in Tehran, 22 August 2017"
TITLE = "Lavrentiev and Jaberi Ansari meet in Tehran"
PAGE_WIDTH = "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"


class AddByHandTests(EditorBrowserTestCase):
    viewport = {"width": 1440, "height": 900}

    def assertNoSidewaysScroll(self, what: str):
        scroll_width, client_width = self.page.evaluate(PAGE_WIDTH)
        self.assertLessEqual(scroll_width, client_width, f"{what} scrolls sideways")

    def test_add_a_happening_by_hand_then_accept(self):
        page = self.page
        self.log_in("/admin/ingest/")
        page.fill("#id_text", UNDATED)
        page.fill("#id_published", "2017-08-23")
        page.click("text=Read the article")
        page.wait_for_url(re.compile(r".*/admin/ingest/\d+/$"))
        review = page.url

        # Nothing dated, but the people, places and round the article names are listed.
        self.assertEqual(page.locator("fieldset.ingest-candidate").count(), 0)
        named = page.locator(".ingest-found-in").inner_text()
        for words in ("Alexander Lavrentiev", "Hossein Jaberi Ansari", "Tehran", "Astana 6"):
            self.assertIn(words, named)
        self.screenshot("ingest-by-hand-1440")
        self.assertNoSidewaysScroll("the review at 1440 px")

        # A date the quote does not state: asked for the sentence, nothing typed lost.
        hand = page.locator("#add-happening")
        hand.locator("#id_hand-date").fill("2017-08-21")
        hand.locator("#id_hand-title").fill(TITLE)
        # The quote is picked from the article's text: asked to select it first, then taken.
        pick = hand.get_by_role("button", name="Quote the text selected in the article")
        pick.click()
        self.assertIn("Select the sentence", hand.locator(".ingest-quote-pick").inner_text())
        self.assertTrue(page.locator("#article-text").evaluate("(el) => el.open"))
        page.locator(".ingest-fulltext p", has_text="Photo:").click(click_count=3)
        pick.click()
        self.assertEqual(hand.locator("#id_hand-quote").input_value(), QUOTE)
        hand.get_by_label("Alexander Lavrentiev").check()
        page.click("text=Add this happening")
        page.wait_for_load_state()
        self.assertIn("does not state 21 August 2017", hand.inner_text())
        self.screenshot("ingest-by-hand-error-1440")
        self.assertEqual(hand.locator("#id_hand-title").input_value(), TITLE)
        self.assertTrue(hand.get_by_label("Alexander Lavrentiev").is_checked())

        hand.locator("#id_hand-date").fill("2017-08-22")
        page.click("text=Add this happening")
        page.wait_for_load_state()
        box = page.locator("#candidate-1")
        self.assertIn("added by hand", box.inner_text())
        self.assertEqual(box.locator("blockquote mark").inner_text(), "22 August 2017")
        self.assertEqual(box.locator("input[name=form-0-title]").input_value(), TITLE)
        self.screenshot("ingest-by-hand-added-1440")

        page.set_viewport_size({"width": 375, "height": 812})
        page.goto(review)
        self.assertNoSidewaysScroll("the review at 375 px")
        self.screenshot("ingest-by-hand-375")

        page.click("text=Accept: store the source, events and citations")
        page.wait_for_url(self.url("/admin/ingest/"))
        event = Event.objects.get(title=TITLE)
        self.assertEqual(str(event.start_date), "2017-08-22")
        self.assertEqual([p.slug for p in event.participants.all()], ["alexander-lavrentiev"])
        self.assertEqual(Citation.objects.get(event=event).quote, QUOTE)
        self.assertEqual(self.console_errors, [])
