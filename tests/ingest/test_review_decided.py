"""An article that left the queue meanwhile (outside tester's finding 9): a second accept,
an old tab's "Read again" or discard say so, store nothing and keep nothing half done."""

from django.urls import reverse

from peaceproc.ingest import services
from peaceproc.ingest.models import PendingArticle

from .test_admin import INDEX, Counts, IngestTestCase, candidate, formset_data, make_pending


class DecidedMeanwhileTests(IngestTestCase):
    def test_the_second_of_two_accepts_is_told_and_stores_nothing(self):
        pending = make_pending([candidate()])
        url = reverse("ingest:review", args=[pending.pk])
        data = formset_data(self.client.get(url).context["formset"])
        self.assertRedirects(self.client.post(url, data), INDEX)
        before = Counts()
        response = self.client.post(url, data, follow=True)
        self.assertRedirects(response, INDEX)
        self.assertContains(response, "was already accepted by editor")
        self.assertContains(response, "nothing was changed now")
        self.assertEqual(Counts(), before)

    def test_an_accept_racing_past_the_view_check_is_refused_by_the_service(self):
        pending = make_pending([candidate()])
        stale = PendingArticle.objects.get(pk=pending.pk)
        services.discard_pending(pending=pending, user=self.editor)
        before = Counts()
        with self.assertRaises(services.AlreadyDecidedError):
            services.accept_pending(pending=stale, decisions=[], user=self.editor)
        self.assertEqual(Counts(), before)

    def test_read_again_on_a_discarded_article(self):
        pending = make_pending([candidate()])
        services.discard_pending(pending=pending, user=self.editor)
        response = self.client.post(
            reverse("ingest:reread", args=[pending.pk]), {"published": "2017-08-20"}, follow=True
        )
        self.assertRedirects(response, INDEX)
        self.assertContains(response, "was already discarded by editor")
        pending.refresh_from_db()
        self.assertEqual(pending.published_on.isoformat(), "2017-08-23")
