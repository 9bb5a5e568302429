"""One page under other spellings of its address (outside tester t15a, 3): another
scheme, the host's case, `www.`, a tracking parameter, a fragment, an empty query or a
trailing slash. Read again, the page adds to its stored source (no second source, no
second citation), and its upload while it waits for review is refused as a copy."""

from django.urls import reverse

from peaceproc.chronology.models import Citation, Round, Source
from peaceproc.chronology.urlkeys import url_key
from peaceproc.ingest import services
from peaceproc.ingest.models import PendingArticle

from .test_admin import IngestTestCase, formset_data

URL = "https://kommersant.example/amp/7297813"
VARIANTS = [
    "https://kommersant.example/amp/7297813/",
    "http://kommersant.example/amp/7297813",
    "https://KOMMERSANT.EXAMPLE/amp/7297813?utm_source=telegram",
    "https://www.kommersant.example/amp/7297813#top",
    "https://kommersant.example/amp/7297813?",
    "https://kommersant.example:443/amp/7297813/?fbclid=abc&ref=1",
]
TEXT = (
    "Astana 8 closes\n\n"
    "The eighth round of the Astana talks, Astana 8, ended on 22 December 2017.\n"
)


class UrlVariantTests(IngestTestCase):
    def accept_as_proposed(self, text, url):
        self.paste(text, published="2017-12-23", url=url)
        pending = PendingArticle.objects.waiting().get()
        response = self.client.get(reverse("ingest:review", args=[pending.pk]))
        self.client.post(pending.get_absolute_url(), formset_data(response.context["formset"]))
        pending.refresh_from_db()
        self.assertEqual(pending.status, PendingArticle.Status.ACCEPTED)
        return response

    def test_each_spelling_of_the_address_adds_to_the_one_source(self):
        astana_8 = Round.objects.get(slug="astana-8")
        self.accept_as_proposed(TEXT, URL)
        source = Source.objects.get(url=URL)
        sources, citations = Source.objects.count(), Citation.objects.count()
        for number, variant in enumerate(VARIANTS, start=1):
            with self.subTest(variant):
                # The headline changed by a character: a page fetched again.
                again = self.accept_as_proposed(
                    TEXT.replace("closes", "closes" + "." * number), variant
                )
                self.assertContains(again, "This URL is already in the record")
                self.assertContains(again, f"source #{source.pk}")
                self.assertEqual(Source.objects.count(), sources)
                self.assertEqual(Citation.objects.count(), citations)
        self.assertEqual(Citation.objects.filter(source=source, round=astana_8).count(), 1)

    def test_the_source_keeps_the_address_without_its_tracking_parameters(self):
        # Outside tester t16a, 15: the first spelling accepted was kept with its utm_*.
        sent = "http://WWW.kommersant.example/amp/7297813/?id=4&utm_medium=x&fbclid=1#top"
        self.accept_as_proposed(TEXT, sent)
        source = Source.objects.get(url_key=url_key(sent))
        self.assertEqual(source.url, "http://WWW.kommersant.example/amp/7297813/?id=4#top")
        self.assertEqual(source.url_key, url_key(sent))

    def test_another_page_of_the_site_is_another_source(self):
        self.accept_as_proposed(TEXT, URL)
        sources = Source.objects.count()
        self.accept_as_proposed(TEXT + "More.\n", URL + "?page=2")
        self.assertEqual(Source.objects.count(), sources + 1)

    def test_an_upload_of_a_page_waiting_for_review_is_refused(self):
        self.paste(TEXT, published="2017-12-23", url=URL)
        waiting = PendingArticle.objects.waiting().get()
        for variant in VARIANTS:
            with self.subTest(variant):
                response = self.paste(
                    TEXT + "An added line.\n", published="2017-12-23", url=variant
                )
                self.assertEqual(response.status_code, 200)
                self.assertContains(
                    response, f"from the same page (its URL) as article #{waiting.pk}"
                )
                self.assertContains(response, waiting.get_absolute_url())
                self.assertEqual(PendingArticle.objects.count(), 1)
        # Once it is decided, the page can be uploaded again.
        services.discard_pending(pending=waiting)
        self.paste(TEXT + "An added line.\n", published="2017-12-23", url=VARIANTS[0])
        self.assertEqual(PendingArticle.objects.waiting().count(), 1)

    def test_an_upload_without_a_url_is_never_a_copy_by_its_address(self):
        self.paste(TEXT, published="2017-12-23")
        self.paste(TEXT + "An added line.\n", published="2017-12-23")
        self.assertEqual(PendingArticle.objects.waiting().count(), 2)

    def test_a_waiting_article_is_found_by_its_address_key(self):
        self.paste(TEXT, published="2017-12-23", url=VARIANTS[2])
        waiting = PendingArticle.objects.get()
        self.assertEqual(waiting.url_key, url_key(URL))
        self.assertEqual(services.find_pending_by_url(VARIANTS[3]), waiting)
        self.assertIsNone(services.find_pending_by_url(URL + "/other"))
        self.assertIsNone(services.find_pending_by_url(""))


class PageLockTests(IngestTestCase):
    """Outside tester t15d, 2: two editors accepting one page at once under two spellings
    of its address stored it twice in 3 of 6 races. An accept holds the page's lock (keyed
    by its address's identity) from its look-up of the stored source to its commit, so the
    second waits and finds the first's source."""

    def test_an_accept_holds_the_lock_of_its_pages_address_before_looking_it_up(self):
        from unittest import mock

        from peaceproc.txlock import named_key

        taken = []
        look_up = services.chronology.source_of_url

        def looked_up(url, **kwargs):
            taken.append(("look-up", url_key(url)))
            return look_up(url, **kwargs)

        with (
            mock.patch.object(services, "lock_until_commit", side_effect=lambda k: taken.append(k)),
            mock.patch.object(services.chronology, "source_of_url", side_effect=looked_up),
        ):
            UrlVariantTests.accept_as_proposed(self, TEXT, VARIANTS[3])
        lock = named_key(f"source-url:{url_key(URL)}")
        # The accept's look-up of the stored source comes right after its lock.
        self.assertIn(
            [lock, ("look-up", url_key(URL))], [taken[i : i + 2] for i in range(len(taken))]
        )
        # Every spelling of the address takes the same lock.
        self.assertEqual({named_key(f"source-url:{url_key(v)}") for v in VARIANTS}, {lock})


class PendingPageLockTests(IngestTestCase):
    """Outside tester t16a, 5: two pastes of one page at the same moment, under two
    spellings of its address and with slightly different texts, were both queued (8 of 9
    races): each passed the page check before the other was stored. Storing a pending
    article takes the page's lock and looks again, so the second is refused."""

    def test_the_second_of_two_pastes_checked_before_either_was_stored_is_refused(self):
        from unittest import mock

        from peaceproc.ingest import intake

        # Both pastes pass the check made before reading (the race's window).
        with mock.patch.object(intake, "known_copy", return_value=None):
            self.paste(TEXT, published="2017-12-23", url=URL)
            waiting = PendingArticle.objects.waiting().get()
            response = self.paste(
                TEXT + "An added line.\n", published="2017-12-23", url=VARIANTS[3]
            )
        self.assertContains(response, f"from the same page (its URL) as article #{waiting.pk}")
        self.assertEqual(PendingArticle.objects.count(), 1)

    def test_the_lock_is_taken_before_the_look_up(self):
        from unittest import mock

        from peaceproc.txlock import named_key

        taken = []
        look_up = services.find_pending_by_url

        def looked_up(url):
            taken.append(("look-up", url_key(url)))
            return look_up(url)

        with (
            mock.patch.object(services, "lock_until_commit", side_effect=lambda k: taken.append(k)),
            mock.patch.object(services, "find_pending_by_url", side_effect=looked_up),
        ):
            self.paste(TEXT, published="2017-12-23", url=VARIANTS[2])
        lock = named_key(f"pending-url:{url_key(URL)}")
        self.assertIn(
            [lock, ("look-up", url_key(URL))], [taken[i : i + 2] for i in range(len(taken))]
        )
