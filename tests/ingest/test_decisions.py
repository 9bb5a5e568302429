"""Issue 13, finding 11: editors share one queue; each article says who uploaded it and
who accepted or discarded it, and when (the queue page and the admin's ingestion log)."""

from django.contrib.auth.models import User
from django.urls import reverse

from peaceproc.ingest.models import PendingArticle

from .test_admin import INDEX, IngestTestCase, candidate, formset_data, make_pending


class DecisionTests(IngestTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.other = User.objects.create_superuser("other", "other@example.org", "pw-other-1")

    def test_an_accepted_article_says_who_accepted_it_and_when(self):
        pending = make_pending([candidate()], created_by=self.other)
        url = reverse("ingest:review", args=[pending.pk])
        formset = self.client.get(url).context["formset"]
        self.assertEqual(self.client.post(url, formset_data(formset)).status_code, 302)
        pending.refresh_from_db()
        self.assertEqual(pending.status, "accepted")
        self.assertEqual((pending.created_by, pending.decided_by), (self.other, self.editor))
        self.assertIsNotNone(pending.decided_at)
        # Out of the queue: an old tab is sent back to it, told who accepted it.
        response = self.client.get(url, follow=True)
        self.assertRedirects(response, INDEX)
        self.assertContains(response, "was already accepted by editor")

    def test_a_discarded_article_says_who_discarded_it_and_when(self):
        pending = make_pending([candidate()], created_by=self.other)
        self.client.post(reverse("ingest:discard", args=[pending.pk]))
        pending.refresh_from_db()
        self.assertEqual((pending.status, pending.decided_by), ("discarded", self.editor))
        self.assertIsNotNone(pending.decided_at)
        self.client.get(INDEX)  # the page that says it was discarded
        self.assertNotContains(self.client.get(INDEX), pending.title)

    def test_the_queue_names_the_uploader_and_the_log_the_decider(self):
        # Two texts: one text waits once (the constraint pending_article_one_waiting_copy).
        waiting = make_pending([candidate()], title="Still waiting", created_by=self.other)
        decided = make_pending(
            [candidate(quote="They met again in Geneva on 3 March 2017.")],
            title="Thrown out",
            created_by=self.other,
        )
        self.client.post(reverse("ingest:discard", args=[decided.pk]))
        queue = self.client.get(INDEX)
        self.assertContains(queue, waiting.title)
        self.assertContains(queue, "by other")
        log = self.client.get(reverse("admin:ingest_pendingarticle_changelist"))
        self.assertEqual(log.status_code, 200)
        rows = [r for r in log.context["cl"].result_list]
        self.assertEqual({r.title: r.status for r in rows}["Thrown out"], "discarded")
        self.assertContains(log, "Discarded")
        self.assertContains(log, "editor")

    def test_a_discarded_article_can_be_uploaded_again(self):
        pending = make_pending([candidate()])
        self.client.post(reverse("ingest:discard", args=[pending.pk]))
        self.assertEqual(PendingArticle.objects.waiting().count(), 0)
        response = self.paste(text=pending.text)
        self.assertEqual(response.status_code, 302)
        self.assertEqual(PendingArticle.objects.waiting().count(), 1)
