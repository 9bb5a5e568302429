"""A private-use character or a code point Unicode assigns no character to, typed into
the paste form or the review page, is refused as the record's own fields refuse it in the
admin, with that reason (re-tester t15d, 12): before, the review stored one in a source's
title and publisher, and the paste form called a private-use character a control
character."""

from datetime import date

from peaceproc.chronology.models import Source
from peaceproc.ingest.models import PendingArticle

from .test_admin import IngestTestCase, candidate, formset_data, make_pending

UNASSIGNED, PRIVATE = "\u0378", "\ue000"
REASONS = {
    UNASSIGNED: "Remove the character U+0378: Unicode assigns no character to it",
    PRIVATE: "Remove the private-use character U+E000",
}
# Further code points of each kind: a supplementary private-use plane, an unassigned one.
MORE = {"\U000f0000": "private-use character U+F0000", "\U0001d455": "U+1D455: Unicode"}


class PasteFormTests(IngestTestCase):
    def test_the_title_and_publisher_are_refused_with_the_reason(self):
        for char, reason in {**REASONS, **MORE}.items():
            for field in ("title", "publisher"):
                with self.subTest(field=field, char=f"U+{ord(char):04X}"):
                    response = self.paste(published="2017-08-23", **{field: f"U{char}T"})
                    self.assertContains(response, reason)
                    self.assertNotContains(response, "control character")
                    self.assertFalse(PendingArticle.objects.exists())


class ReviewSourceDetailsTests(IngestTestCase):
    def setUp(self):
        super().setUp()
        c = candidate(quote="Envoys met in Homs on 2 September 2026.",
                      date_text="2 September 2026", date="2026-09-02")  # fmt: skip
        self.pending = make_pending([c], published_on=date(2026, 9, 3), title="")

    def test_the_source_title_and_publisher_are_refused_and_nothing_stored(self):
        url = self.pending.get_absolute_url()
        for char, reason in REASONS.items():
            for field in ("source-title", "source-publisher"):
                with self.subTest(field=field, char=f"U+{ord(char):04X}"):
                    data = formset_data(self.client.get(url).context["formset"])
                    data.update({"source-title": "Envoys in Homs", "source-publisher": "Wire"})
                    data[field] = f"X{char}"
                    response = self.client.post(url, data)
                    self.assertContains(response, reason)
                    self.assertFalse(Source.objects.filter(content_hash=self.pending.content_hash))
                    self.pending.refresh_from_db()
                    self.assertEqual(self.pending.status, PendingArticle.Status.WAITING)

    def test_a_candidates_title_and_place_are_refused(self):
        url = self.pending.get_absolute_url()
        for field in ("title", "place"):
            with self.subTest(field):
                formset = self.client.get(url).context["formset"]
                data = formset_data(formset, {0: {"action": "create", field: f"Homs{UNASSIGNED}"}})
                response = self.client.post(url, data)
                self.assertContains(response, REASONS[UNASSIGNED])
                self.assertFalse(Source.objects.filter(content_hash=self.pending.content_hash))
