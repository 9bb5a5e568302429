"""One rule for how many candidates a review takes (outside tester's finding 1, issue 9):
the upload, a re-read and the command's queue refuse alike, and a review POST over
Django's field limit is answered with an admin page that says what happened."""

import io
import tempfile
from pathlib import Path
from unittest import mock

from django.contrib.auth.models import AnonymousUser, Permission, User
from django.core.exceptions import TooManyFieldsSent
from django.core.management import CommandError, call_command
from django.test import RequestFactory, override_settings
from django.urls import resolve, reverse

from peaceproc import errors
from peaceproc.ingest import intake
from peaceproc.ingest.models import PendingArticle
from peaceproc.ingest.review import CANDIDATE_FIELDS, REVIEW_PAGE_FIELDS

from .test_admin import Counts, IngestTestCase

# Dated sentences of a track with seeded records, and one that may repeat a seeded summit
# (a meeting of the same track on its day, with none of its people): the command queues
# such an article for review rather than store it.
MANY = "Envoys confer in Sochi\n\n" + "\n".join(
    f"The guarantors' envoys held consultations in Sochi on {d} March 2016." for d in range(1, 9)
)
POSSIBLE = (
    "\nSergey Lavrov met the envoys of the Astana process in Moscow on 7 September 2018 "
    "to discuss Idlib.\n"
)


class LimitTestCase(IngestTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.nadia = User.objects.create_user("nadia", password="pw-nadia-1", is_staff=True)
        cls.nadia.user_permissions.set(
            Permission.objects.filter(
                content_type__app_label="chronology", codename__in=["add_source", "add_event"]
            )
        )

    def setUp(self):
        self.client.force_login(self.nadia)


class UploadLimitTests(LimitTestCase):
    def test_the_upload_refuses_without_sending_editors_to_the_command(self):
        before = Counts()
        with mock.patch("peaceproc.ingest.intake.REVIEW_CANDIDATE_CAP", 3):
            response = self.paste(MANY, published="2016-03-20")
        self.assertRefused(response, "one review handles at most 3", before)
        self.assertContains(response, "Split the article into parts of at most 3")
        self.assertNotContains(response, "management command")

    def test_the_limit_follows_the_field_limit(self):
        # Room for five candidates, one field short of six.
        fields = REVIEW_PAGE_FIELDS + 6 * CANDIDATE_FIELDS - 1
        with override_settings(DATA_UPLOAD_MAX_NUMBER_FIELDS=fields):
            self.assertEqual(intake.max_review_candidates(), 5)
        with override_settings(DATA_UPLOAD_MAX_NUMBER_FIELDS=100_000):
            self.assertEqual(intake.max_review_candidates(), intake.REVIEW_CANDIDATE_CAP)

    def test_a_reread_that_no_longer_fits_keeps_the_article_as_it_was(self):
        self.paste(MANY, published="2016-03-20")
        pending = PendingArticle.objects.waiting().get()
        candidates = pending.candidates
        with mock.patch("peaceproc.ingest.intake.REVIEW_CANDIDATE_CAP", 3):
            response = self.client.post(
                reverse("ingest:reread", args=[pending.pk]), {"published": "2016-03-21"}
            )
        self.assertContains(response, "one review handles at most 3")
        pending.refresh_from_db()
        self.assertEqual(pending.candidates, candidates)


class CommandLimitTests(LimitTestCase):
    def setUp(self):
        super().setUp()
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        self.path = Path(tmp.name) / "many.txt"

    def ingest(self, text: str, *args) -> str:
        self.path.write_text(text)
        err = io.StringIO()
        call_command("ingest", str(self.path), *args, stdout=io.StringIO(), stderr=err)
        return err.getvalue()

    def test_the_command_never_queues_more_than_a_review_takes(self):
        before = Counts()
        with (
            mock.patch("peaceproc.ingest.intake.REVIEW_CANDIDATE_CAP", 3),
            self.assertRaises(CommandError) as caught,
        ):
            self.ingest(MANY + POSSIBLE, "--published", "2018-09-08")
        self.assertIn("one review handles at most 3", str(caught.exception))
        self.assertIn("Nothing was stored", str(caught.exception))
        self.assertEqual(Counts(), before)

    def test_an_article_no_review_could_take_is_not_stored_unreviewed_either(self):
        # Without a possible match the command would store every candidate as a new event:
        # more than an editor could review is refused on this path too (an outside tester
        # stored 150 events this way while the admin refused the same text).
        before = Counts()
        with (
            mock.patch("peaceproc.ingest.intake.REVIEW_CANDIDATE_CAP", 3),
            self.assertRaises(CommandError) as caught,
        ):
            self.ingest(MANY, "--published", "2018-09-08")
        self.assertIn("one review handles at most 3", str(caught.exception))
        self.assertEqual(Counts(), before)

    def test_the_dry_run_says_it_would_be_refused(self):
        # ... and exits non-zero, as storing would (outside tester t10b, 6).
        self.path.write_text(MANY + POSSIBLE)
        err = io.StringIO()
        with (
            mock.patch("peaceproc.ingest.intake.REVIEW_CANDIDATE_CAP", 3),
            self.assertRaises(CommandError),
        ):
            call_command("ingest", str(self.path), "--published", "2018-09-08", "--dry-run",
                         stdout=io.StringIO(), stderr=err)  # fmt: skip
        self.assertIn("it would be refused, as one review cannot take it", err.getvalue())

    def test_the_same_article_within_the_limit_is_queued(self):
        self.ingest(MANY + POSSIBLE, "--published", "2018-09-08")
        self.assertEqual(PendingArticle.objects.waiting().count(), 1)


class TooManyFieldsTests(LimitTestCase):
    def setUp(self):
        super().setUp()
        self.paste(MANY, published="2016-03-20")
        self.pending = PendingArticle.objects.waiting().get()
        self.data = {f"field-{i}": "x" for i in range(30)}

    def test_a_tampered_review_gets_an_admin_page_not_the_public_one(self):
        before = Counts()
        with (
            override_settings(DATA_UPLOAD_MAX_NUMBER_FIELDS=20),
            self.assertLogs("django.security.TooManyFieldsSent"),
        ):
            response = self.client.post(self.pending.get_absolute_url(), self.data)
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "more than 20 form fields", status_code=400)
        self.assertContains(response, self.pending.get_absolute_url(), status_code=400)
        self.assertNotContains(response, "Bad request", status_code=400)
        self.assertEqual(Counts(), before)

    def test_anyone_else_gets_the_public_page(self):
        request = RequestFactory().post(self.pending.get_absolute_url())
        request.resolver_match = resolve(self.pending.get_absolute_url())
        request.user = AnonymousUser()
        response = errors.bad_request(request, TooManyFieldsSent())
        self.assertContains(response, "Bad request", status_code=400)
