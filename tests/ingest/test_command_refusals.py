"""`ingest --json` that is refused prints one JSON document saying so (issue 9, loose end
2): each file's entry has "refused": true, the "reason" and a "code" naming the kind of
refusal, besides the keys a success has; the exit status stays non-zero and the reason
stays on stderr (a copy already stored is skipped with exit status 0, and said so)."""

import io
import json
from pathlib import Path
from unittest import mock

from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command

from .test_command import ARTICLE, CommandTestCase, counts

SUCCESS_KEYS = {
    "file", "published", "language", "candidates", "people", "queued_for_review",
    "language_supported", "published_from",
}  # fmt: skip


class JsonRefusalTests(CommandTestCase):
    def refused(self, *args) -> tuple[list[dict], str]:
        """The --json document of a refused call, and the CommandError's message."""
        out = io.StringIO()
        before = counts()
        with self.assertRaises(CommandError) as caught:
            call_command("ingest", *args, "--json", stdout=out, stderr=io.StringIO())
        self.assertEqual(counts(), before)
        return json.loads(out.getvalue()), str(caught.exception)

    def assertEntry(self, entry: dict, *, code: str, message: str, error: bool = True):
        self.assertLessEqual(SUCCESS_KEYS, set(entry))
        self.assertIs(entry["refused"], True)
        self.assertEqual(entry["code"], code)
        self.assertIn(message, entry["reason"])
        if error:
            self.assertEqual(entry["error"], entry["reason"])
        else:
            self.assertNotIn("error", entry)

    def test_missing_file(self):
        missing = str(Path(self.tmp.name) / "nope.txt")
        [entry], message = self.refused(missing)
        self.assertEntry(entry, code="missing", message="no such file")
        self.assertEqual(entry["reason"], message)

    def test_empty_file(self):
        [entry], _ = self.refused(self.write("empty.txt", "\n \n"))
        self.assertEntry(entry, code="empty", message="has no text")

    def test_too_large(self):
        path = self.write("big.txt", "The talks resumed in Astana on 3 May 2017. " * 30_000)
        [entry], _ = self.refused(path, "--published", "2017-05-04")
        self.assertEntry(entry, code="too_large", message="the limit is 1 MB")

    def test_binary(self):
        [entry], _ = self.refused(self.write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00"))
        self.assertEntry(entry, code="not_text", message="is a binary file")

    def test_wrong_kind_of_file(self):
        [entry], _ = self.refused(self.write("a.pdf", b"%PDF-1.4"))
        self.assertEntry(entry, code="wrong_kind", message="only .txt and .html files")

    def test_a_database_not_migrated_is_refused_before_any_file_is_read(self):
        # A new checkout that runs the command before `make run`: a missing table ended it
        # in a traceback. The plan is faked: unapplying the project's migrations here would
        # cost more than the whole module.
        path = self.write("article.txt", ARTICLE)
        plan = "django.db.migrations.executor.MigrationExecutor.migration_plan"
        with mock.patch(plan, return_value=[(object(), False)]):
            [entry], message = self.refused(path, "--published", "2017-05-04")
        self.assertEntry(entry, code="database_not_ready", message="run `make run` once")
        self.assertIn("unapplied migrations", message)

    def test_a_directory_is_said_to_be_one_whatever_its_name(self):
        # Outside tester t6i, finding 15: 'DIR' was refused as the wrong kind of file.
        for name in ("articles", "dir.txt"):
            with self.subTest(name=name):
                directory = Path(self.tmp.name) / name
                directory.mkdir()
                [entry], _ = self.refused(str(directory))
                self.assertEntry(entry, code="not_a_file", message="is not a regular file")

    def test_not_analysable_without_a_publication_date(self):
        path = self.write("tuesday.txt", "Officials met in Moscow at a Tuesday meeting.")
        [entry], _ = self.refused(path)
        self.assertEntry(entry, code="not_analysable", message="publication date")

    def test_bad_date(self):
        paths = [self.write("a.txt", ARTICLE), self.write("b.txt", ARTICLE + " More.")]
        document, message = self.refused(*paths, "--published", "2024-02-31")
        # The call is refused: every file's entry says so.
        self.assertEqual([e["file"] for e in document], paths)
        for entry in document:
            self.assertEntry(entry, code="bad_published", message="--published must be a date")
            self.assertEqual(entry["reason"], message)

    def test_bad_language(self):
        [entry], _ = self.refused(self.write("a.txt", ARTICLE), "--lang", "de")
        self.assertEntry(entry, code="bad_language", message="--lang must be one of")

    def test_bad_url(self):
        [entry], _ = self.refused(self.write("a.txt", ARTICLE), "--url", "not a url")
        self.assertEntry(entry, code="bad_url", message="--url is not a valid URL")

    def test_one_url_for_two_files(self):
        paths = [self.write("a.txt", ARTICLE), self.write("b.txt", ARTICLE + " More.")]
        document, _ = self.refused(*paths, "--url", "https://example.org/a")
        for entry in document:
            self.assertEntry(entry, code="url_for_many_files", message="--url belongs to one")

    def test_over_the_review_cap(self):
        good, big = (
            self.write("good.txt", "Talks in Astana on 3 May 2017."),
            self.write("big.txt", ARTICLE),
        )
        with mock.patch("peaceproc.ingest.intake.REVIEW_CANDIDATE_CAP", 1):
            document, message = self.refused(good, big, "--published", "2017-08-23")
        self.assertTrue(message.startswith("Nothing was stored: "), message)
        self.assertNotIn("refused", document[0])
        self.assertEntry(document[1], code="over_review_cap", message="one review handles")
        # The refused file's analysis is kept beside the refusal.
        self.assertTrue(document[1]["candidates"])

    def test_over_the_review_cap_in_a_dry_run_would_be_refused(self):
        # An error like storing's (exit status non-zero): outside tester t10b, 6.
        with mock.patch("peaceproc.ingest.intake.REVIEW_CANDIDATE_CAP", 1):
            [entry], _ = self.refused(
                self.write("big.txt", ARTICLE), "--published", "2017-08-23", "--dry-run"
            )
        self.assertEntry(entry, code="over_review_cap", message="one review")

    def test_a_value_the_record_refuses(self):
        path = self.write("a.txt", ARTICLE)
        refusal = mock.Mock(side_effect=ValidationError("The title is too long."))
        with mock.patch("peaceproc.ingest.intake.services.accept_article", refusal):
            [entry], message = self.refused(path, "--published", "2017-08-23")
        self.assertEqual(message, "Nothing was stored: The title is too long.")
        self.assertEntry(entry, code="invalid", message="The title is too long.")

    def test_a_copy_already_stored_is_skipped_and_said_so(self):
        path = self.write("a.txt", ARTICLE)
        self.ingest(path, "--published", "2017-08-23")
        before = counts()
        out, err = self.ingest(path, "--published", "2017-08-23", "--json")
        self.assertEqual(counts(), before)
        [entry] = json.loads(out)
        self.assertEntry(entry, code="already_stored", message="is already stored", error=False)
        self.assertIn("already stored as source", err)

    def test_a_success_has_no_refusal_keys(self):
        out, _ = self.ingest(self.write("a.txt", ARTICLE), "--published", "2017-08-23", "--json")
        [entry] = json.loads(out)
        self.assertEqual(set(entry), SUCCESS_KEYS)
