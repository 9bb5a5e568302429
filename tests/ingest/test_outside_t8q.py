"""What outside tester t8q left open in the ingestion (issue 9, fix9u): a date typed for
several files overruled each file's own (finding 2), and values longer than their column
reached the database, which PostgreSQL refuses with an error where SQLite stored them
(finding 4). Every test here holds on both databases."""

import io
import json
from datetime import date

from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import SimpleTestCase
from django.urls import reverse

from peaceproc.chronology.models import Event, Source
from peaceproc.ingest import services
from peaceproc.ingest.models import PendingArticle

from .test_admin import INDEX, Counts, IngestTestCase, candidate, formset_data, make_pending
from .test_command import ARTICLE, CommandTestCase, counts

BODY = "The envoys met in Geneva on Tuesday to discuss the constitution."


class TypedDateOfSeveralFilesTests(IngestTestCase):
    """Finding 2: the date typed on the form is each file's only when it gives none of
    its own, and the page says which date each queued file was read with."""

    def upload(self, files, **fields):
        return self.client.post(INDEX, {"files": files, "language": "", **fields}, follow=True)

    def test_a_typed_date_fills_in_only_for_the_files_without_one(self):
        html = (
            "<html><head><title>Geneva talks</title>"
            '<meta property="article:published_time" content="2019-09-30"></head><body>'
            f"<article><p>{BODY}</p></article></body></html>"
        )
        files = [
            SimpleUploadedFile(
                "dated.txt", f"Talks\n\nGENEVA, 28 September 2019 - {BODY}\n".encode()
            ),
            SimpleUploadedFile("page.html", html.encode(), content_type="text/html"),
            SimpleUploadedFile("bare.txt", f"Talks\n\n{BODY} Again.\n".encode()),
        ]
        response = self.upload(files, published="2021-03-09")
        waiting = {p.name: p.published_on for p in PendingArticle.objects.waiting()}
        self.assertEqual(
            waiting,
            {
                "dated.txt": date(2019, 9, 28),
                "page.html": date(2019, 9, 30),
                "bare.txt": date(2021, 3, 9),
            },
        )
        said = [str(m) for m in get_messages(response.wsgi_request)] or [
            str(m) for m in response.context["messages"]
        ]
        self.assertIn("“dated.txt”: published 2019-09-28 (its text's dateline).", said)
        self.assertIn("“page.html”: published 2019-09-30 (the page's metadata).", said)
        self.assertIn(
            "“bare.txt”: published 2021-03-09 (typed on the form, the file giving none of its "
            "own).",
            said,
        )
        # The admin's message list capitalises a message's first letter: the names are
        # shown as written (outside re-tester t9r, 13).
        self.assertContains(response, "“page.html”: published")
        self.assertNotContains(response, "Page.html")

    def test_one_file_takes_the_typed_date_over_its_own(self):
        # One article: the typed date is the editor's correction of its own.
        upload = SimpleUploadedFile(
            "one.txt", f"Talks\n\nGENEVA, 28 September 2019 - {BODY}\n".encode()
        )
        self.upload([upload], published="2019-09-29")
        self.assertEqual(PendingArticle.objects.get().published_on, date(2019, 9, 29))


LONG_URL = "https://example.org/" + "a" * 1200


class OverLongValuesTests(IngestTestCase):
    """Finding 4: a value longer than its column is cut (a name, a title, a publisher read
    from a file or a page) or refused with a message naming it (a URL), never sent to
    the database."""

    def test_an_over_long_url_typed_on_the_form_is_refused(self):
        before = Counts()
        response = self.paste(url=LONG_URL)
        self.assertContains(response, "Ensure this value has at most 1000 characters")
        self.assertEqual(Counts(), before)

    def test_an_html_page_s_over_long_title_and_publisher_are_cut(self):
        html = (
            f"<html><head><title>{'T' * 900}</title>"
            f'<meta property="og:site_name" content="{"P" * 400}">'
            '<meta property="article:published_time" content="2017-08-23"></head><body>'
            f"<article><p>{ARTICLE}</p></article></body></html>"
        )
        upload = SimpleUploadedFile(f"{'n' * 400}.html", html.encode(), content_type="text/html")
        self.client.post(INDEX, {"files": [upload], "language": ""})
        pending = PendingArticle.objects.get()
        self.assertEqual(len(pending.title), 500)
        self.assertLessEqual(len(pending.publisher), 200)
        self.assertLessEqual(len(pending.name), 300)

    def test_the_services_refuse_what_no_form_measured(self):
        article = services.Article(text=ARTICLE, url=LONG_URL, publisher="P" * 201, title="T")
        before = Counts()
        with self.assertRaises(ValidationError) as caught:
            services.accept_article(article=article, decisions=[])
        self.assertEqual(Counts(), before)
        self.assertEqual(set(caught.exception.message_dict), {"url", "publisher"})
        self.assertIn(
            "The URL is 1,220 characters long; a source's URL holds at most 1,000.",
            caught.exception.messages,
        )
        self.assertFalse(Source.objects.filter(publisher="P" * 201).exists())


class SlugLengthTests(SimpleTestCase):
    def test_a_slug_numbered_past_999_still_fits_its_column(self):
        book = services.SlugBook(Event, [], max_length=20)  # (no bases: nothing read)
        base = book.base("a" * 40)
        book.taken = {base, *(f"{base}-{n}" for n in range(2, 1000))}
        slug = book.take("a" * 40)
        self.assertEqual((slug, len(slug)), (f"{'a' * 15}-1000", 20))


class OverLongReviewValuesTests(IngestTestCase):
    """Finding 4, the review and the happening added by hand: a title, a place or a quote
    longer than the record holds is refused on its field, the review kept as typed."""

    def test_the_review_refuses_an_over_long_title_and_place(self):
        pending = make_pending([candidate()])
        formset = self.client.get(pending.get_absolute_url()).context["formset"]
        changes = {0: {"action": "create", "title": "T" * 301, "place": "P" * 101}}
        before = Counts()
        response = self.client.post(pending.get_absolute_url(), formset_data(formset, changes))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "at most 300 characters (it has 301)")
        self.assertContains(response, "at most 100 characters (it has 101)")
        self.assertEqual(Counts(), before)
        self.assertFalse(Event.objects.filter(title="T" * 301).exists())

    def test_a_happening_by_hand_refuses_an_over_long_title(self):
        pending = make_pending([candidate()])
        formset = self.client.get(pending.get_absolute_url()).context["formset"]
        hand = {
            "hand-date": "2017-03-03",
            "hand-precision": "day",
            "hand-title": "T" * 301,
            "hand-kind": "meeting",
            "hand-quote": "They met in Vienna on 3 March 2017.",
            "hand-place": "P" * 101,
        }
        response = self.client.post(
            reverse("ingest:add", args=[pending.pk]), {**formset_data(formset), **hand}
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "at most 300 characters (it has 301)")
        pending.refresh_from_db()
        self.assertEqual(len(pending.candidates), 1)


class OverLongCommandOptionsTests(CommandTestCase):
    """Finding 4, the command: --url and --publisher longer than a source holds are
    refused as the call's options are (its --json entry names the code), nothing stored."""

    def refused(self, *args) -> dict:
        out, before = io.StringIO(), counts()
        with self.assertRaises(CommandError):
            call_command("ingest", *args, "--json", stdout=out, stderr=io.StringIO())
        self.assertEqual(counts(), before)
        [entry] = json.loads(out.getvalue())
        self.assertIs(entry["refused"], True)
        return entry

    def test_an_over_long_url(self):
        entry = self.refused(self.write("a.txt", ARTICLE), "--url", LONG_URL)
        self.assertEqual(entry["code"], "bad_url")
        self.assertIn("a source's URL holds at most 1,000", entry["reason"])

    def test_an_over_long_publisher(self):
        path = self.write("a.txt", ARTICLE)
        entry = self.refused(path, "--published", "2017-08-23", "--publisher", "P" * 201)
        self.assertEqual(entry["code"], "bad_publisher")
        self.assertIn("a source's publisher holds at most 200", entry["reason"])
