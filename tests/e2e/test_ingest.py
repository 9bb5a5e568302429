"""The ingestion flow in a real browser, as an editor meets it: log in, paste an article,
review it, edit one candidate, accept; the event is on the timeline with its source;
pasting the article again is refused as already in. Screenshots land in test-artifacts/."""

import re

from peaceproc.chronology.models import Citation, Event, Source

from .base import EditorBrowserTestCase

ARTICLE = (
    "Lavrentiev meets Jaberi Ansari in Tehran\n\n"
    "Russian presidential envoy Alexander Lavrentiev met Hossein Jaberi Ansari in Tehran "
    "on 22 August 2017 to discuss the de-escalation zones.\n\n"
    "Turkish diplomat Sedat Onal is expected to join the consultations in Ankara on 28 August.\n"
)
TITLE = "Lavrentiev and Jaberi Ansari prepare Astana 6 in Tehran"


class IngestFlowTests(EditorBrowserTestCase):
    def paste(self):
        page = self.page
        page.goto(self.url("/admin/"))
        page.click("a.ingest-entry-link")
        page.wait_for_url(self.url("/admin/ingest/"))
        page.fill("#id_text", ARTICLE)
        page.fill("#id_published", "2017-08-23")
        page.fill("#id_publisher", "TASS")
        page.fill("#id_url", "https://example.org/tehran-consultations")
        page.click("text=Read the article")

    def test_paste_review_edit_accept_then_paste_again(self):
        page = self.page
        # Like self.console_errors, with where each came from: the site serves no
        # /favicon.ico yet (not this feature's), and Chromium asks for it on the first page.
        errors = []
        page.on(
            "console",
            lambda m: (
                errors.append(f"{m.text} ({m.location.get('url')})")
                if m.type == "error" and not m.location.get("url", "").endswith("/favicon.ico")
                else None
            ),
        )
        page.on("pageerror", lambda exc: errors.append(f"{exc} (on {page.url})"))
        self.log_in()
        self.paste()

        # The review: one box per candidate, date words marked in the sentence.
        page.wait_for_url(re.compile(r"/admin/ingest/\d+/$"))
        boxes = page.locator("fieldset.ingest-candidate")
        self.assertEqual(boxes.count(), 2)
        first, second = boxes.nth(0), boxes.nth(1)
        self.assertEqual(first.locator("blockquote mark").inner_text(), "22 August 2017")
        self.assertEqual(second.locator("blockquote mark").inner_text(), "28 August")
        self.assertEqual(
            first.locator("input[name=form-0-action][value=create]").is_checked(), True
        )
        self.screenshot("ingest-review")

        # Edit the first candidate: a better title and its track; skip the second.
        first.locator("input[name=form-0-title]").fill(TITLE)
        first.locator("select[name=form-0-track]").select_option(label="Astana")
        second.locator("input[name=form-1-action][value=skip]").check()
        self.assertIn("is-skipped", second.get_attribute("class"))
        page.click("text=Accept: store the source, events and citations")

        page.wait_for_url(self.url("/admin/ingest/"))
        self.assertIn("Stored", page.locator("ul.messagelist").inner_text())
        self.screenshot("ingest-accepted")
        event = Event.objects.get(title=TITLE)
        source = Source.objects.get(publisher="TASS")
        self.assertEqual(event.track.slug, "astana")
        self.assertTrue(Citation.objects.filter(source=source, event=event).exists())
        self.assertFalse(Event.objects.filter(start_date="2017-08-28").exists())

        # On the public timeline, with its source.
        page.goto(self.url("/?from=2017-08-01&to=2017-08-31"))
        entry = page.locator("li", has_text=TITLE).first
        self.assertIn("TASS", entry.inner_text())
        self.assertEqual(
            entry.locator("a", has_text="TASS").get_attribute("href"),
            "https://example.org/tehran-consultations",
        )
        self.screenshot("ingest-timeline")
        # And on the event's own page, with the supporting sentence.
        page.goto(self.url(event.get_absolute_url()))
        self.assertIn("met Hossein Jaberi Ansari in Tehran on 22 August 2017", page.content())

        # Pasting the same article again is refused, pointing to the stored source.
        self.paste()
        page.wait_for_load_state()
        problems = page.locator(".ingest-problems").inner_text()
        self.assertIn(f"already in the record as source #{source.pk}", problems)
        self.screenshot("ingest-refused")
        page.click("text=Open the earlier source")
        page.wait_for_url(self.url(f"/admin/chronology/source/{source.pk}/change/"))
        self.screenshot("ingest-already-in")

        self.assertEqual(errors, [])

    def test_a_likely_duplicate_is_proposed_as_a_citation(self):
        page = self.page
        self.log_in()
        page.goto(self.url("/admin/ingest/"))
        # Over the limit: the page says so before anything is sent.
        page.fill("#id_text", "x" * 200_001)
        warning = page.locator("#ingest-size-warning")
        self.assertTrue(warning.is_visible())
        self.assertIn("the limit is 200,000 characters", warning.inner_text())

        page.fill(
            "#id_text",
            "Moscow talks continue\n\nJaberi Ansari and Bogdanov met again in Moscow on "
            "2 August 2017, the ministry said.\n",
        )
        self.assertFalse(warning.is_visible())
        page.fill("#id_published", "2017-08-03")
        page.fill("#id_publisher", "IRNA")
        page.click("text=Read the article")
        page.wait_for_url(re.compile(r"/admin/ingest/\d+/$"))

        box = page.locator("fieldset.ingest-candidate").first
        self.assertIn("Likely duplicate", box.inner_text())
        self.assertTrue(box.locator("input[value=cite]").is_checked())
        moscow = Event.objects.get(slug="moscow-consultations-2017-08-01")
        self.assertEqual(
            box.locator("select[name=form-0-target]").input_value(), f"event:{moscow.pk}"
        )
        self.assertIn("is-citing", box.get_attribute("class"))
        # What a cited record takes stays bright; the new event's fields are dimmed
        # (outside tester t9r, 2).
        for field, opacity in (("quote", "1"), ("add_participants", "1"), ("title", "0.45")):
            shown = box.locator(f".field-{field}").evaluate("e => getComputedStyle(e).opacity")
            self.assertEqual(shown, opacity, field)
        self.screenshot("ingest-review-duplicate")
        page.click("text=Accept: store the source, events and citations")
        page.wait_for_url(self.url("/admin/ingest/"))
        self.assertIn("1 citation on existing records", page.locator("ul.messagelist").inner_text())

        source = Source.objects.get(publisher="IRNA")
        self.assertEqual(Citation.objects.get(source=source).event, moscow)
        page.goto(self.url(moscow.get_absolute_url()))
        self.assertIn("met again in Moscow on 2 August 2017", page.content())
