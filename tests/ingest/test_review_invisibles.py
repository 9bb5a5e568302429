"""Invisible control characters (outside tester's finding 3 of issue 9): a right-to-left
override typed or pasted by the editor into a place is removed by the same rule as one in
the article's text (a space where it parted two words, never gluing them), the editor is
told, and none reaches the stored record, the JSON API or the exports. One in a title is
refused with the field named, as in a web address (re-tester t10r, 5)."""

import json

from django.urls import reverse

from peaceproc.chronology.models import Citation, Event, Source
from peaceproc.ingest.models import PendingArticle

from .test_admin import IngestTestCase, formset_data

RLO, PDF = "\u202e", "\u202c"
# Written for this test: the article itself carries an override between two words.
TEXT = (
    "Experts meet in Tehran\n\n"
    f"Experts of the three guarantors met{RLO}again in Tehran on 9 August 2017 to map "
    "the de-escalation zones.\n"
)


class InvisibleCharacterTests(IngestTestCase):
    def accept_with(self, **changes):
        self.paste(TEXT, published="2017-08-15", title="Experts meet in Tehran")
        pending = PendingArticle.objects.waiting().get()
        formset = self.client.get(pending.get_absolute_url()).context["formset"]
        data = formset_data(formset, {0: {"action": "create", **changes}})
        return self.client.post(pending.get_absolute_url(), data, follow=True), pending

    def test_typed_and_pasted_overrides_follow_one_rule_everywhere(self):
        response, pending = self.accept_with(
            title=f"Experts{RLO}meet in {RLO}Tehran{PDF}", place=f"Teh{RLO}ran"
        )
        self.assertContains(response, "A title holds no control characters")
        self.assertContains(response, "ExpertsU+202Emeet in U+202ETehranU+202C")
        self.assertFalse(Source.objects.filter(content_hash=pending.content_hash).exists())
        clean = {"action": "create", "title": "Experts meet in Tehran", "place": f"Teh{RLO}ran"}
        data = formset_data(response.context["formset"], {0: clean})
        response = self.client.post(pending.get_absolute_url(), data, follow=True)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(pending.title, "Experts meet in Tehran")
        event = Event.objects.get(citations__source__content_hash=pending.content_hash)
        # Between two letters an override stands for a space; at a word's edge it goes.
        self.assertEqual(event.title, "Experts meet in Tehran")
        self.assertEqual(event.place, "Teh ran")
        quote = Citation.objects.get(event=event).quote
        self.assertIn("met again in Tehran", quote)
        self.assertNotIn(RLO, quote)
        self.assertContains(
            response,
            "1 invisible control character (such as NUL or a right-to-left override) "
            "removed from the place of candidate 1 (a space left where one parted two words): "
            "“Teh ran”.",
        )
        source = Source.objects.get(content_hash=pending.content_hash)
        self.assertEqual(source.title, "Experts meet in Tehran")

        timeline = self.client.get("/api/timeline?from=2017-08-09&to=2017-08-09&limit=500")
        self.assertEqual(timeline.status_code, 200)
        titles = [item["title"] for item in timeline.json()["results"]]
        self.assertIn("Experts meet in Tehran", titles)
        self.assertNotIn(RLO, timeline.content.decode())
        for export in ("/api/export.csv", "/api/export.json"):
            with self.subTest(export=export):
                body = self.client.get(f"{export}?from=2017-08-09&to=2017-08-09").content
                self.assertIn(b"Experts meet in Tehran", body)
                self.assertNotIn(RLO.encode(), body)
                self.assertNotIn(json.dumps(RLO).encode(), body)

    def test_the_upload_title_is_refused_with_the_override_named(self):
        response = self.paste(
            TEXT, published="2017-08-15", title=f"Experts{RLO}meet in Tehran", follow=True
        )
        self.assertContains(response, "A title holds no control characters")
        self.assertContains(response, "ExpertsU+202Emeet in Tehran")
        self.assertFalse(PendingArticle.objects.exists())

    def test_a_clean_title_has_no_note(self):
        response, _ = self.accept_with(title="Experts meet in Tehran")
        self.assertNotContains(response, "invisible control character")
        self.assertEqual(reverse("ingest:index"), response.request["PATH_INFO"])
