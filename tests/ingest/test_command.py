"""`python manage.py ingest`: the seed article's candidates, the JSON document, bad input
(non-zero, one line, nothing stored), --dry-run, and storing with duplicates cited."""

import io
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from django.conf import settings
from django.core.management import CommandError, call_command
from django.test import SimpleTestCase, TestCase

from peaceproc.chronology.models import Citation, Event, Participant, Source
from peaceproc.ingest.models import PendingArticle
from tests.seeds import load_shipped_seeds

SEED_ARTICLE = settings.BASE_DIR / "seeds" / "articles" / "000_6309b0724f4afda5.txt"
ARTICLE = (
    "Lavrentiev meets Jaberi Ansari in Tehran\n\n"
    "Russian presidential envoy Alexander Lavrentiev met Hossein Jaberi Ansari in Tehran "
    "on 22 August 2017 to discuss the de-escalation zones.\n\n"
    "Jaberi Ansari and Bogdanov met again in Moscow on 2 August 2017, the ministry said.\n"
)


# A meeting on the day of a seeded summit of the same track, with none of its people.
POSSIBLE_MATCH = (
    "Lavrov meets envoys in Moscow\n\nSergey Lavrov met the envoys of the Astana process in "
    "Moscow on 7 September 2018 to discuss Idlib.\n"
)


def counts() -> dict:
    return {m.__name__: m.objects.count() for m in (Source, Event, Citation, PendingArticle)}


class CommandTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_shipped_seeds()

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)

    def write(self, name: str, content: str | bytes) -> str:
        path = Path(self.tmp.name) / name
        if isinstance(content, str):
            content = content.encode()
        path.write_bytes(content)
        return str(path)

    def ingest(self, *args) -> tuple[str, str]:
        out, err = io.StringIO(), io.StringIO()
        call_command("ingest", *args, stdout=out, stderr=err)
        return out.getvalue(), err.getvalue()

    def assertRefused(self, args, message):
        before = counts()
        with self.assertRaises(CommandError) as caught:
            self.ingest(*args)
        self.assertIn(message, str(caught.exception))
        self.assertNotIn("\n", str(caught.exception))
        self.assertEqual(counts(), before)


class SeedArticleTests(CommandTestCase):
    """The issue's expectations for the seed article (PressTV, 2017-08-01)."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        out, err = io.StringIO(), io.StringIO()
        before = counts()
        call_command(
            "ingest",
            str(SEED_ARTICLE),
            "--published",
            "2017-08-01",
            "--dry-run",
            "--json",
            stdout=out,
            stderr=err,
        )
        cls.before, cls.after = before, counts()
        cls.stdout, cls.stderr = out.getvalue(), err.getvalue()
        cls.document = json.loads(cls.stdout)
        cls.candidates = cls.document[0]["candidates"]

    def find(self, **fields) -> list[dict]:
        return [c for c in self.candidates if all(c.get(k) == v for k, v in fields.items())]

    def test_one_json_document_with_one_object_per_file(self):
        self.assertEqual(len(self.document), 1)
        entry = self.document[0]
        self.assertEqual(
            set(entry),
            {
                "file",
                "published",
                "language",
                "candidates",
                "people",
                "queued_for_review",
                "language_supported",
                "published_from",
                # The seed article is stored already: a copy is skipped, and said so.
                "refused",
                "reason",
                "code",
            },
        )
        self.assertEqual(entry["code"], "already_stored")
        self.assertIsNone(entry["queued_for_review"])  # a dry run queues nothing
        # Everyone the article names, known participants by slug.
        self.assertIn({"slug": "mikhail-bogdanov"}, entry["people"])
        self.assertEqual(entry["file"], str(SEED_ARTICLE))
        self.assertEqual(entry["published"], "2017-08-01")
        self.assertEqual(entry["language"], "en")
        keys = {
            "date", "precision", "end_date", "date_text", "kind", "track", "round",
            "round_slug", "participants", "new_names", "place", "quote", "confidence",
            "date_reason", "possible_match", "default_action", "default_target",
            "planned", "default_reason",
        }  # fmt: skip
        for candidate in self.candidates:
            self.assertEqual(set(candidate), keys)

    def test_progress_goes_to_stderr_and_dry_run_stores_nothing(self):
        self.assertIn("Reading", self.stderr)
        self.assertIn("already stored as source", self.stderr)
        self.assertIn("nothing was stored", self.stderr)
        self.assertEqual(self.before, self.after)

    def test_moscow_meeting_of_jaberi_ansari_and_bogdanov(self):
        found = [
            c
            for c in self.find(date="2017-08-01", precision="day")
            if {"hossein-jaberi-ansari", "mikhail-bogdanov"} <= set(c["participants"])
        ]
        self.assertTrue(found, self.candidates)
        self.assertIn("Moscow", found[0]["quote"])

    def test_meeting_with_fomin_the_same_day(self):
        found = [
            c
            for c in self.find(date="2017-08-01", precision="day")
            if "alexander-fomin" in c["participants"]
        ]
        self.assertTrue(found, self.candidates)

    def test_ceasefire_late_in_2016_not_a_precise_day(self):
        found = [c for c in self.candidates if "ceasefire late last year" in c["quote"]]
        self.assertTrue(found)
        ceasefire = found[0]
        self.assertTrue(ceasefire["date"].startswith("2016-"))
        self.assertNotEqual(ceasefire["precision"], "day")

    def test_astana_process_since_january_2017(self):
        found = self.find(date="2017-01-01", precision="month")
        self.assertTrue([c for c in found if "since January" in c["date_text"]], self.candidates)

    def test_fourth_round_in_may_2017_with_its_agreement(self):
        found = self.find(round_slug="astana-4", round=4, track="astana")
        self.assertEqual(len(found), 1, self.candidates)
        self.assertEqual((found[0]["date"], found[0]["precision"]), ("2017-05-01", "month"))
        self.assertIn("four de-escalation zones", found[0]["quote"])

    def test_no_date_from_now_or_from_year_a(self):
        for candidate in self.candidates:
            self.assertNotIn(candidate["date_text"].lower(), {"now", "year, a", "a", "year"})
        self.assertFalse([c for c in self.candidates if "are now working" in c["quote"]])


class BadInputTests(CommandTestCase):
    def test_missing_file(self):
        self.assertRefused([str(Path(self.tmp.name) / "nope.txt")], "nope.txt: no such file.")

    def test_an_error_is_said_once(self):
        with self.assertRaises(CommandError) as caught:
            self.ingest(str(Path(self.tmp.name) / "nope.txt"))
        self.assertIn("no such file", str(caught.exception))
        # Not also among the progress lines (the tester saw it twice).
        err = io.StringIO()
        with self.assertRaises(CommandError):
            call_command("ingest", str(Path(self.tmp.name) / "nope.txt"), stderr=err)
        self.assertNotIn("no such file", err.getvalue())

    def test_empty_file(self):
        self.assertRefused([self.write("empty.txt", "\n \n")], "empty.txt has no text.")

    def test_binary_file(self):
        path = self.write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
        self.assertRefused([path], "image.txt is a binary file, not text")

    def test_undecodable_file(self):
        path = self.write("geneve.txt", "Réunion à Genève le 3 mars 2017.".encode("cp1252"))
        self.assertRefused([path, "--published", "2017-03-04"], "geneve.txt is not valid UTF-8")

    def test_two_megabyte_article_is_refused_at_once(self):
        path = self.write("big.txt", "The talks resumed in Astana on 3 May 2017. " * 47_000)
        started = time.process_time()
        self.assertRefused([path, "--published", "2017-05-04"], "the limit is 1 MB")
        self.assertLess(time.process_time() - started, 1.0)

    def test_wrong_kind_of_file(self):
        self.assertRefused([self.write("a.pdf", b"%PDF-1.4")], "only .txt and .html files")

    def test_tuesday_without_a_publication_date(self):
        path = self.write("tuesday.txt", "Officials met in Moscow at a Tuesday meeting.")
        self.assertRefused([path], "publication date")

    def test_bad_published(self):
        path = self.write("a.txt", ARTICLE)
        self.assertRefused([path, "--published", "1 August 2017"], "--published must be a date")

    def test_bad_language(self):
        self.assertRefused([self.write("a.txt", ARTICLE), "--lang", "de"], "--lang must be one of")

    def test_bad_url(self):
        self.assertRefused([self.write("a.txt", ARTICLE), "--url", "not a url"], "--url is not")

    def test_one_url_for_two_files(self):
        paths = [self.write("a.txt", ARTICLE), self.write("b.txt", ARTICLE + "More.")]
        self.assertRefused([*paths, "--url", "https://example.org/a"], "--url belongs to one")

    def test_a_bad_file_stops_the_batch_before_anything_is_stored(self):
        paths = [self.write("good.txt", ARTICLE), self.write("bad.txt", b"\x00\x00")]
        self.assertRefused([*paths, "--published", "2017-08-23"], "bad.txt is a binary file")


class StoreTests(CommandTestCase):
    def test_dry_run_stores_nothing(self):
        before = counts()
        self.ingest(self.write("a.txt", ARTICLE), "--published", "2017-08-23", "--dry-run")
        self.assertEqual(counts(), before)

    def test_stores_source_events_and_cites_duplicates(self):
        path = self.write("a.txt", ARTICLE)
        before = counts()
        out, err = self.ingest(
            path, "--published", "2017-08-23", "--publisher", "TASS", "--url",
            "https://example.org/tehran", "--json",
        )  # fmt: skip
        document = json.loads(out)
        self.assertEqual(len(document[0]["candidates"]), 2)
        source = Source.objects.get(publisher="TASS")
        self.assertEqual(source.url, "https://example.org/tehran")
        self.assertEqual(source.published_on, date(2017, 8, 23))
        self.assertEqual(source.title, "Lavrentiev meets Jaberi Ansari in Tehran")
        # The Tehran meeting is new; the Moscow meeting of 2 August repeats the seeded one
        # of 1 August (a day apart, the same people) and becomes a citation of it.
        new = Event.objects.get(start_date=date(2017, 8, 22))
        self.assertEqual(new.place, "Tehran")
        moscow = Event.objects.get(slug="moscow-consultations-2017-08-01")
        self.assertEqual({c.event for c in Citation.objects.filter(source=source)}, {new, moscow})
        self.assertEqual(Event.objects.count(), before["Event"] + 1)
        self.assertIn(f"stored source #{source.pk}", err)
        # Run again: the same text is found and skipped, nothing is added.
        again = counts()
        _, err = self.ingest(path, "--published", "2017-08-23")
        self.assertIn(f"already stored as source #{source.pk}", err)
        self.assertEqual(counts(), again)

    def test_a_possible_match_is_queued_for_review_not_stored(self):
        # Lavrov in Moscow on the day of the seeded Tehran summit, on the same track with
        # none of its people: the review page says "Possible match". Creating it beside
        # the summit could duplicate it; citing the summit could be wrong. An editor decides.
        summit = Event.objects.get(slug="trilateral-presidential-summit-tehran-2018-09")
        moscow = self.write("moscow.txt", POSSIBLE_MATCH)
        before = counts()
        out, err = self.ingest(moscow, "--published", "2018-09-08", "--json")
        pending = PendingArticle.objects.get()
        self.assertEqual(counts(), {**before, "PendingArticle": before["PendingArticle"] + 1})
        self.assertEqual(pending.text, POSSIBLE_MATCH)
        self.assertEqual(pending.published_on, date(2018, 9, 8))
        self.assertIn("1 candidate(s) may repeat a stored record (a possible match)", err)
        self.assertIn(f"waits for review as article #{pending.pk}", err)
        entry = json.loads(out)[0]
        self.assertEqual(entry["queued_for_review"], pending.pk)
        self.assertEqual(
            entry["candidates"][0]["possible_match"],
            {
                "record": f"event:{summit.pk}",
                "title": str(summit),
                "reason": "same day and track; but in Moscow, not Tehran",
            },
        )
        # Run again: it is waiting already; nothing is added.
        out, _ = self.ingest(moscow, "--published", "2018-09-08", "--json")
        self.assertEqual(json.loads(out)[0]["queued_for_review"], pending.pk)
        self.assertEqual(PendingArticle.objects.count(), 1)

    def test_a_dry_run_says_what_would_be_queued(self):
        before = counts()
        out, err = self.ingest(
            self.write("moscow.txt", POSSIBLE_MATCH), "--published", "2018-09-08", "--dry-run",
            "--json",
        )  # fmt: skip
        self.assertIn("it would be queued for review, not stored", err)
        entry = json.loads(out)[0]
        self.assertIsNone(entry["queued_for_review"])
        self.assertEqual(
            entry["candidates"][0]["possible_match"]["reason"],
            "same day and track; but in Moscow, not Tehran",
        )
        self.assertEqual(counts(), before)

    def test_clear_articles_are_stored_beside_one_queued(self):
        paths = [self.write("a.txt", ARTICLE), self.write("moscow.txt", POSSIBLE_MATCH)]
        before = counts()
        out, _ = self.ingest(*paths, "--published", "2018-09-08", "--json")
        self.assertEqual(Source.objects.count(), before["Source"] + 1)
        self.assertEqual(PendingArticle.objects.count(), before["PendingArticle"] + 1)
        first, second = json.loads(out)
        self.assertIsNone(first["queued_for_review"])
        self.assertEqual([c["possible_match"] for c in first["candidates"]], [None, None])
        self.assertIsNotNone(second["queued_for_review"])

    def test_two_copies_in_one_batch_store_one_source(self):
        paths = [self.write("a.txt", ARTICLE), self.write("b.txt", ARTICLE.replace("\n", "\r\n"))]
        before = counts()
        _, err = self.ingest(*paths, "--published", "2017-08-23")
        self.assertEqual(Source.objects.count(), before["Source"] + 1)
        source = Source.objects.latest("pk")
        self.assertIn(f"b.txt is already stored as source #{source.pk}", err)

    def test_html_file_with_its_own_date(self):
        html = (
            '<html><head><meta property="article:published_time" content="2017-08-01">'
            "<title>Moscow</title></head><body><article><p>At a Tuesday meeting in Moscow, "
            "Hossein Jaberi Ansari and Aleksandr Lavrentyev discussed Idlib.</p></article>"
            "</body></html>"
        )
        out, _ = self.ingest(self.write("m.html", html), "--dry-run", "--json")
        entry = json.loads(out)[0]
        self.assertEqual(entry["published"], "2017-08-01")
        self.assertEqual(entry["candidates"][0]["date"], "2017-08-01")
        self.assertEqual(Participant.objects.filter(slug="alexander-lavrentiev").count(), 1)


class ProcessTests(SimpleTestCase):
    """Run as a script would: exit status, stdout and stderr of a real process."""

    def setUp(self):
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        self.tmp = tmp.name

    def run_command(self, *args):
        # A database of its own that nobody migrated: bad input must be refused before
        # the command touches any database.
        env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        env.update(PEACEPROC_COMMAND_LINE="1", SQLITE_PATH=os.path.join(self.tmp, "db.sqlite3"))
        return subprocess.run(
            [sys.executable, "manage.py", "ingest", *args],
            cwd=settings.BASE_DIR,
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
        )

    def test_bad_input_exits_non_zero_with_one_line(self):
        with tempfile.NamedTemporaryFile(suffix=".txt") as handle:
            handle.write(b"\x00\x01\x02binary")
            handle.flush()
            result = self.run_command(handle.name, "--dry-run", "--json")
        self.assertNotEqual(result.returncode, 0)
        # With --json, the refusal as one JSON document on stdout (loose end 2 of issue 9).
        [entry] = json.loads(result.stdout)
        self.assertEqual((entry["refused"], entry["code"]), (True, "not_text"))
        # Progress lines, then the reason on one line of its own.
        last = result.stderr.strip().splitlines()[-1]
        self.assertTrue(last.startswith("CommandError: "), result.stderr)
        self.assertIn("is a binary file", last)


class NeverHangsTests(CommandTestCase):
    """Inputs that have made date parsers crawl go through the whole command in under a
    second each (after one warm-up run loads dateparser's language data)."""

    def test_pathological_inputs(self):
        self.ingest(self.write("warm.txt", ARTICLE), "--published", "2017-08-23", "--dry-run")
        numbers = " ".join(str(1900 + n) for n in range(80))
        for name, text in (
            ("numbers.txt", f"Delegates counted {numbers} in the hall."),
            ("slashes.txt", "Result: 20/05/20 : 20/05/20 : 20/05/20"),
            ("colon.txt", ": 20/05/20"),
        ):
            with self.subTest(name=name):
                started = time.process_time()
                out, _ = self.ingest(
                    self.write(name, text), "--published", "2020-06-01", "--dry-run", "--json"
                )
                self.assertLess(time.process_time() - started, 1.0)
                self.assertEqual(len(json.loads(out)), 1)


class PerFileErrorTests(CommandTestCase):
    """One bad file in a batch does not lose the others' analysis (tester's finding 8)."""

    def test_the_good_files_analysis_and_the_bad_files_error_in_one_document(self):
        good, bad = self.write("good.txt", ARTICLE), self.write("bad.png.txt", b"\x89PNG\x00\x00")
        missing = str(Path(self.tmp.name) / "gone.txt")
        out, err = io.StringIO(), io.StringIO()
        before = counts()
        with self.assertRaises(CommandError) as caught:
            call_command(
                "ingest", good, bad, missing, "--published", "2017-08-23", "--dry-run", "--json",
                stdout=out, stderr=err,
            )  # fmt: skip
        self.assertIn("2 of 3 files failed", str(caught.exception))
        self.assertNotIn("\n", str(caught.exception))
        self.assertEqual(counts(), before)
        document = json.loads(out.getvalue())
        self.assertEqual([e["file"] for e in document], [good, bad, missing])
        self.assertNotIn("error", document[0])
        self.assertTrue(document[0]["candidates"])
        self.assertIn("is a binary file", document[1]["error"])
        self.assertEqual(document[2]["error"], f"{missing}: no such file.")
        for entry in document[1:]:
            # The same keys as a good entry, empty, and the error.
            refusal = {"error", "refused", "reason", "code"}
            self.assertEqual(set(entry) - refusal, set(document[0]))
            self.assertEqual(entry["candidates"], [])

    def test_an_analysis_error_names_its_file_and_nothing_is_stored(self):
        good = self.write("good.txt", ARTICLE)
        relative = self.write("tuesday.txt", "Officials met in Moscow at a Tuesday meeting.")
        before = counts()
        out, err = io.StringIO(), io.StringIO()
        with self.assertRaises(CommandError) as caught:
            call_command("ingest", good, relative, "--json", stdout=out, stderr=err)
        self.assertIn("nothing was stored", str(caught.exception))
        self.assertEqual(counts(), before)
        document = json.loads(out.getvalue())
        self.assertIn(f"{relative}: ", document[1]["error"])
        self.assertIn("publication date", document[1]["error"])
