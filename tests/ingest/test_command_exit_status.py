"""Every refusal of `ingest` exits non-zero, with --dry-run or without (outside tester
t10b, 6: a dry run's over_review_cap exited 0), and with --json every error is a JSON
refusal with a code, a usage error (an unknown option) included (t10b, 8)."""

import io
import json
import os
import subprocess
import sys
from contextlib import redirect_stdout
from pathlib import Path
from unittest import mock

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command

from .test_command import CommandTestCase, counts

REPORT = (
    "Envoys meet in Tehran\n\nThe envoys of the guarantor states met in Tehran on 12 March "
    "2018 to prepare the next round.\n"
)
MIGRATION_PLAN = "django.db.migrations.executor.MigrationExecutor.migration_plan"


class EveryRefusalExitsNonZeroTests(CommandTestCase):
    def cases(self) -> dict[str, tuple[list[str], list]]:
        """Each refusal code: the arguments that meet it, and the patches in force."""
        report = self.write("report.txt", REPORT)
        other = self.write("other.txt", REPORT + "\nMore words.\n")
        folder = Path(self.tmp.name) / "folder"
        folder.mkdir(exist_ok=True)
        dated = ["--published", "2018-03-13"]
        return {
            "bad_published": ([report, "--published", "2018-02-30"], []),
            "bad_language": ([report, "--lang", "xx"], []),
            "bad_url": ([report, "--url", "no address"], []),
            "bad_publisher": ([report, "--publisher", "A\x1bB"], []),
            "url_for_many_files": ([report, other, "--url", "https://example.org/a"], []),
            "missing": ([str(Path(self.tmp.name) / "gone.txt")], []),
            "not_a_file": ([str(folder)], []),
            "unreadable": (
                [report, *dated],
                [mock.patch.object(Path, "open", side_effect=PermissionError(13, "denied"))],
            ),
            "wrong_kind": ([self.write("a.docx", b"PK\x03\x04")], []),
            "too_large": ([self.write("big.txt", "Talks went on in Tehran. " * 50_000)], []),
            "not_text": ([self.write("image.txt", b"GIF89a\x00\x01\x00\x00")], []),
            "empty": ([self.write("blank.txt", "\n\t\n")], []),
            "not_analysable": ([self.write("when.txt", "The envoys met on Friday.")], []),
            "database_not_ready": (
                [report, *dated],
                [mock.patch(MIGRATION_PLAN, return_value=[(object(), False)])],
            ),
            "over_review_cap": (
                [report, *dated],
                [mock.patch("peaceproc.ingest.intake.REVIEW_CANDIDATE_CAP", 0)],
            ),
        }

    def run_refused(self, args: list[str], patches: list) -> tuple[list[dict], str]:
        out = io.StringIO()
        before = counts()
        for patch in patches:
            patch.start()
        try:
            with self.assertRaises(CommandError) as caught:
                call_command("ingest", *args, "--json", stdout=out, stderr=io.StringIO())
        finally:
            for patch in patches:
                patch.stop()
        self.assertEqual(counts(), before)
        return json.loads(out.getvalue()), str(caught.exception)

    def test_each_refusal_code_exits_non_zero_stored_or_dry_run(self):
        for code, (args, patches) in self.cases().items():
            for mode in ([], ["--dry-run"]):
                with self.subTest(code=code, mode=mode):
                    document, message = self.run_refused([*args, *mode], patches)
                    refused = [e for e in document if e.get("refused")]
                    self.assertTrue(refused)
                    for entry in refused:
                        self.assertEqual(entry["code"], code)
                        self.assertEqual(entry["error"], entry["reason"])
                    self.assertTrue(message)

    def test_a_value_the_record_refuses_exits_non_zero(self):
        # (`invalid` is met only when writing: a dry run writes nothing to refuse.)
        refusal = mock.Mock(side_effect=ValidationError("No such value."))
        report = self.write("report.txt", REPORT)
        with mock.patch("peaceproc.ingest.intake.services.accept_article", refusal):
            [entry], message = self.run_refused([report, "--published", "2018-03-13"], [])
        self.assertEqual(entry["code"], "invalid")
        self.assertIn("No such value.", message)

    def test_a_dry_run_refusal_says_so_on_stderr_and_in_the_exception(self):
        report = self.write("report.txt", REPORT)
        with mock.patch("peaceproc.ingest.intake.REVIEW_CANDIDATE_CAP", 0):
            [entry], message = self.run_refused(
                [report, "--published", "2018-03-13", "--dry-run"], []
            )
        self.assertTrue(message.startswith("Dry run: "), message)
        self.assertIn(entry["reason"], message)
        # The analysis is kept beside the refusal.
        self.assertTrue(entry["candidates"])

    def test_a_copy_already_stored_still_exits_zero_in_both_modes(self):
        report = self.write("report.txt", REPORT)
        self.ingest(report, "--published", "2018-03-13")
        for mode in ([], ["--dry-run"]):
            with self.subTest(mode=mode):
                out, _ = self.ingest(report, "--published", "2018-03-13", "--json", *mode)
                [entry] = json.loads(out)
                self.assertEqual(entry["code"], "already_stored")
                self.assertNotIn("error", entry)


class UsageErrorTests(CommandTestCase):
    def test_an_unknown_option_with_json_is_a_json_refusal(self):
        report = self.write("report.txt", REPORT)
        for args in (
            [report, "--langue", "fr", "--json"],
            [report, "--json", "--lang"],  # a missing value
            [report, "--js", "--colour"],  # --js is --json to argparse
        ):
            with self.subTest(args=args):
                entry, caught = self.usage_refusal(args)
                self.assertEqual(entry["code"], "bad_usage")
                self.assertIs(entry["refused"], True)
                self.assertIsNone(entry["file"])
                self.assertEqual(entry["candidates"], [])
                self.assertIn(entry["reason"].removeprefix("Usage: "), str(caught))

    def usage_refusal(self, args) -> tuple[dict, CommandError]:
        """The one JSON entry and the error of a call the arguments of which are refused.
        (Arguments are read before call_command's stdout is in force: the document goes
        to sys.stdout, as from the shell.)"""
        out = io.StringIO()
        with redirect_stdout(out), self.assertRaises(CommandError) as caught:
            call_command("ingest", *args, stderr=io.StringIO())
        [entry] = json.loads(out.getvalue())
        return entry, caught.exception

    def test_an_unknown_option_without_a_path_is_named(self):
        # argparse tells the missing PATH first: the option it does not know is named too
        # (outside tester t11b, 16).
        for args in (["--bogus", "--json"], ["--js", "-x", "--bogus=1"]):
            with self.subTest(args=args):
                entry, caught = self.usage_refusal(args)
                self.assertEqual(entry["code"], "bad_usage")
                self.assertIn("unrecognized arguments: ", entry["reason"])
                self.assertIn("--bogus", entry["reason"])
                self.assertIn("required: PATH", entry["reason"])
                self.assertIn("--bogus", str(caught))
        out = io.StringIO()
        with redirect_stdout(out), self.assertRaises(CommandError) as caught:
            call_command("ingest", "--js", "--dry", stderr=io.StringIO())
        self.assertNotIn("unrecognized", str(caught.exception))  # prefixes of its options

    def test_an_unknown_option_without_json_prints_no_json(self):
        out = io.StringIO()
        with redirect_stdout(out), self.assertRaises(CommandError):
            call_command("ingest", "a.txt", "--langue", "fr", stderr=io.StringIO())
        self.assertEqual(out.getvalue(), "")

    def test_language_is_another_name_for_lang(self):
        report = self.write("report.txt", REPORT)
        out, _ = self.ingest(report, "--language", "en", "--published", "2018-03-13",
                             "--dry-run", "--json")  # fmt: skip
        [entry] = json.loads(out)
        self.assertEqual(entry["language"], "en")
        with self.assertRaises(CommandError) as caught:
            self.ingest(report, "--language", "de", "--json")
        self.assertIn("--lang must be one of", str(caught.exception))

    def test_from_the_shell_a_usage_error_is_json_on_stdout_and_exits_non_zero(self):
        report = self.write("report.txt", REPORT)
        env = {**os.environ, "DEBUG": "1"}
        done = subprocess.run(
            [sys.executable, "manage.py", "ingest", report, "--langue", "de", "--json"],
            cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        self.assertNotEqual(done.returncode, 0)
        [entry] = json.loads(done.stdout)
        self.assertEqual(entry["code"], "bad_usage")
        self.assertIn("unrecognized arguments: --langue de", entry["reason"])
        self.assertIn("usage:", done.stderr)
