"""Accepting an article's defaults never creates two records of one title.

Outside tester t13a (finding 2): one sentence telling several dated steps ('set up a
commission on 4 February; it handed over its draft on 19 February; the council adopted
it the next day') gave candidates that all default to Create under one title; accepting
the defaults stored that title three times. The first is created, the others default to
Skip with the reason said.
"""

from django.urls import reverse

from peaceproc.chronology.models import Event
from peaceproc.ingest.models import PendingArticle
from peaceproc.ingest.review import SAME_TITLE_REASON

from .test_admin import IngestTestCase, formset_data

STEPS = {
    "tr": "Konsey seçim yasasını kabul etti\n\n"
    "Geçici cumhurbaşkanı 4 Şubat 2026'da bir seçim komisyonu kurdu; komisyon yasa "
    "taslağını 19 Şubat'ta konseye sundu ve konsey ertesi gün taslağı kabul etti.\n",
    "fa": "شورا قانون انتخابات را تصویب کرد\n\n"
    "رئیس‌جمهور موقت در 4 فوریه 2026 یک کمیسیون انتخاباتی تشکیل داد؛ کمیسیون پیش‌نویس "
    "قانون را در 19 فوریه به شورا داد و شورا روز بعد آن را تصویب کرد.\n",
}


class OneTitlePerArticle(IngestTestCase):
    def review(self, lang: str):
        self.paste(text=STEPS[lang], published="2026-02-25", language=lang)
        pending = PendingArticle.objects.get()
        return pending, self.client.get(reverse("ingest:review", args=[pending.pk]))

    def test_the_defaults_create_one_record_per_title(self):
        for lang in STEPS:
            with self.subTest(lang=lang):
                before = set(Event.objects.values_list("pk", flat=True))
                pending, page = self.review(lang)
                formset = page.context["formset"]
                self.assertGreater(len(formset.forms), 1)  # several steps were read
                titles = [f.initial["title"] for f in formset.forms]
                self.assertGreater(len(titles), len(set(titles)))  # some share a title
                self.client.post(pending.get_absolute_url(), formset_data(formset))
                pending.refresh_from_db()
                self.assertEqual(pending.status, PendingArticle.Status.ACCEPTED)
                made = Event.objects.exclude(pk__in=before)
                self.assertEqual(made.count(), 1)
                made_titles = list(made.values_list("title", flat=True))
                self.assertEqual(len(made_titles), len(set(made_titles)))
                pending.delete()

    def test_the_skipped_ones_say_why_and_can_still_be_created(self):
        pending, page = self.review("tr")
        formset = page.context["formset"]
        actions = [f.initial["action"] for f in formset.forms]
        self.assertEqual(actions, ["create"] + ["skip"] * (len(actions) - 1))
        self.assertContains(page, SAME_TITLE_REASON.format(number=1)[:40])
        # The editor who gives the last a title of its own creates it too.
        changes = {len(actions) - 1: {"action": "create", "title": "Electoral law adopted"}}
        self.client.post(pending.get_absolute_url(), formset_data(formset, changes))
        self.assertTrue(Event.objects.filter(title="Electoral law adopted").exists())
