"""Re-tester t7r's ingestion findings (issue 9, fix9o): an empty file among several is
refused by name while the others are queued; a file whose name the server could not read
is reported, not dropped in silence; an unknown participant's message offers only what the
form has; a dateline before the supported range says so."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import SimpleTestCase

from peaceproc.ingest.dateline import unsupported_dateline
from peaceproc.ingest.models import PendingArticle

from .test_admin import (
    ARTICLE,
    INDEX,
    Counts,
    IngestTestCase,
    candidate,
    formset_data,
    make_pending,
)
from .test_review_by_hand import ByHandTestCase


class EmptyFileAmongOthersTests(IngestTestCase):
    def test_the_good_file_is_queued_and_the_empty_one_named(self):
        files = [
            SimpleUploadedFile("good.txt", ARTICLE.encode()),
            SimpleUploadedFile("blank.txt", b""),
        ]
        response = self.client.post(INDEX, {"files": files, "published": "2017-08-23"})
        self.assertEqual(PendingArticle.objects.waiting().count(), 1)
        self.assertContains(response, "Not stored")
        self.assertContains(response, "blank.txt has no text.")
        self.assertNotContains(response, "The submitted file is empty.")
        self.assertNotContains(response, "Nothing was stored.")

    def test_one_empty_file_alone_is_refused_by_name(self):
        before = Counts()
        upload = SimpleUploadedFile("blank.txt", b"")
        response = self.client.post(INDEX, {"files": [upload], "published": "2017-08-23"})
        self.assertRefused(response, "blank.txt has no text.", before)


class UnreadableFileNameTests(IngestTestCase):
    def test_a_part_with_a_name_that_is_not_utf8_is_reported(self):
        body = (
            b'--B\r\nContent-Disposition: form-data; name="published"\r\n\r\n2017-08-23\r\n'
            b'--B\r\nContent-Disposition: form-data; name="files"; filename="r\xe9sum\xe9.txt"'
            b"\r\nContent-Type: text/plain\r\n\r\n" + ARTICLE.encode() + b"\r\n--B--\r\n"
        )
        before = Counts()
        response = self.client.generic(
            "POST", INDEX, body, content_type="multipart/form-data; boundary=B"
        )
        self.assertRefused(response, "could not be read because of its name", before)

    def test_a_form_sent_with_no_file_chosen_keeps_the_plain_message(self):
        response = self.client.post(INDEX, {"text": "", "files": ""})
        self.assertContains(response, "Paste an article&#x27;s text or choose a file to upload.")
        self.assertNotContains(response, "because of its name")


class UnknownParticipantMessageTests(ByHandTestCase):
    def test_the_hand_form_does_not_point_to_a_box_it_lacks(self):
        pending = self.undated()
        response = self.add(pending, add_participants="Nobody Known")
        self.assertContains(response, "Not a known participant: Nobody Known.")
        self.assertNotContains(response, "Add as new participants")

    def test_a_candidate_that_offers_the_name_points_to_its_box(self):
        pending = make_pending([candidate(new_names=["Ali Example"])])
        formset = self.client.get(pending.get_absolute_url()).context["formset"]
        changes = {0: {"action": "create", "add_participants": "ali  example, Nobody Known"}}
        response = self.client.post(pending.get_absolute_url(), formset_data(formset, changes))
        self.assertContains(
            response,
            "Not a known participant: ali  example, Nobody Known. Add them in the admin "
            "first, or tick them under &#x27;Add as new participants&#x27;.",
        )


class DatelineOutOfRangeTests(IngestTestCase):
    def test_a_dateline_of_1066_is_out_of_range_not_relative(self):
        text = (
            "Talks open in Geneva\n\n"
            "Geneva, 1 January 1066 — Envoys met on 1 January to open the talks.\n"
        )
        before = Counts()
        response = self.client.post(INDEX, {"text": text, "language": ""})
        self.assertRefused(response, "“1 January 1066”", before)
        self.assertContains(response, "between 1900-01-01 and 2100-12-31")


class UnsupportedDatelineTests(SimpleTestCase):
    def test_a_dateline_in_either_order_is_named(self):
        for line, words in (
            ("GENEVA, January 1, 1066 - Envoys met.", "January 1, 1066"),
            ("Geneva, 29 February 866 — Envoys met.", "29 February 866"),
        ):
            with self.subTest(line=line):
                self.assertIn(
                    f"(“{words}”)", unsupported_dateline(f"Talks\n\n{line}\n", language="en")
                )

    def test_a_year_inside_a_sentence_or_in_range_is_no_dateline(self):
        for line in (
            "Envoys recalled that on 1 January 1066 nothing was signed.",
            "Geneva, 1 January 2019 — Envoys met.",
        ):
            with self.subTest(line=line):
                self.assertEqual(unsupported_dateline(f"Talks\n\n{line}\n", language="en"), "")
