"""Outside tester t14b, finding 2: one upload of 20 files of 199,000 characters each took
a worker 32 seconds. A request now reads and analyses at most what one file at the limits
holds (budget.py) and names every file left over, storing nothing of it: the work of a
request is bounded whatever is uploaded within the limits, and nothing is lost."""

import random
import string
from unittest import mock

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import SimpleTestCase

from peaceproc.ingest import budget, forms, intake
from peaceproc.ingest.budget import Budget
from peaceproc.ingest.forms import MAX_FILES
from peaceproc.ingest.models import PendingArticle
from peaceproc.ingest.pipeline import MAX_TEXT_CHARS
from peaceproc.ingest.pipeline.html import MAX_ELEMENTS
from peaceproc.ingest.reading import MAX_BYTES

from .test_admin import INDEX, IngestTestCase

LEAD = "Talks in Astana\n\nThe delegations met in Astana on 4 May 2017.\n\n"


def names_text(n: int, size: int) -> str:
    """`size` characters of capitalised word pairs (the tester's shape), text `n` of its
    own."""
    rng = random.Random(n)
    words = []
    length = len(LEAD) + 10
    while length < size:
        word = rng.choice(string.ascii_uppercase) + "".join(
            rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 8))
        )
        words.append(word)
        length += len(word) + 1
    return (f"Report {n}. {LEAD}" + " ".join(words))[:size]


class UploadBudgetTests(IngestTestCase):
    def setUp(self):
        super().setUp()
        # These tests count characters, bytes and tags; the analysis's CPU time (which a
        # busy test machine does not change, but a slower one would) has tests of its own.
        patched = mock.patch.object(budget, "MAX_ANALYSIS_SECONDS", 3600)
        patched.start()
        self.addCleanup(patched.stop)

    def upload(self, files, **fields):
        return self.client.post(INDEX, {"files": files, "published": "2017-05-05", **fields})

    def analysed(self, files):
        """The upload's response and the characters of each article it analysed."""
        sizes = []
        analyse = intake.analyse

        def counted(*, text, **kwargs):
            sizes.append(len(text))
            return analyse(text=text, **kwargs)

        with mock.patch.object(intake, "analyse", counted):
            response = self.upload(files)
        return response, sizes

    def test_twenty_files_at_the_limits_are_analysed_as_one(self):
        files = [
            SimpleUploadedFile(f"f{n}.txt", names_text(n, MAX_TEXT_CHARS - 1000).encode())
            for n in range(MAX_FILES)
        ]
        response, sizes = self.analysed(files)
        self.assertLessEqual(sum(sizes), MAX_TEXT_CHARS)
        self.assertEqual(len(sizes), 1)
        self.assertEqual(PendingArticle.objects.waiting().count(), 1)
        # Every other file is named, unread and not stored.
        for n in range(1, MAX_FILES):
            self.assertContains(response, f"f{n}.txt was not read, and nothing of it was stored")

    def test_files_that_fit_together_are_all_read_and_the_rest_kept_for_later(self):
        size = MAX_TEXT_CHARS // 3
        texts = [names_text(n, size) for n in range(4)]
        files = [SimpleUploadedFile(f"part{n}.txt", t.encode()) for n, t in enumerate(texts)]
        response, sizes = self.analysed(files)
        self.assertEqual(len(sizes), 3)
        self.assertContains(response, "part3.txt was not read")
        self.assertEqual(PendingArticle.objects.waiting().count(), 3)
        # Uploaded again, the file left over is read: nothing was lost.
        self.upload([SimpleUploadedFile("part3.txt", texts[3].encode())])
        self.assertEqual(PendingArticle.objects.waiting().count(), 4)

    def test_a_copy_costs_no_analysis(self):
        text = names_text(1, MAX_TEXT_CHARS - 1000)
        self.upload([SimpleUploadedFile("first.txt", text.encode())])
        files = [
            SimpleUploadedFile("again.txt", text.encode()),
            SimpleUploadedFile("new.txt", names_text(2, MAX_TEXT_CHARS - 1000).encode()),
        ]
        response, sizes = self.analysed(files)
        self.assertContains(response, "again.txt is already waiting for review")
        self.assertEqual(len(sizes), 1)
        self.assertEqual(PendingArticle.objects.waiting().count(), 2)

    def test_large_pages_are_read_while_their_bytes_fit(self):
        padding = "<p>" + "x" * 1000 + "</p>"
        page = "<html><head><title>Talks</title></head><body><article><p>{}</p>{}</article>"
        big = MAX_BYTES * 2 // 5  # two fit, the third does not
        files = [
            SimpleUploadedFile(
                f"page{n}.html",
                page.format(
                    f"Report {n}. The delegations met in Astana on 4 May 2017.",
                    padding * (big // len(padding)),
                ).encode(),
                content_type="text/html",
            )
            for n in range(3)
        ]
        with mock.patch.object(forms, "read_bytes", wraps=forms.read_bytes) as read:
            response = self.upload(files)
        self.assertEqual(read.call_count, 2)
        self.assertContains(response, "page2.html was not read, and nothing of it was stored")

    def test_pages_of_many_small_elements_are_parsed_while_their_tags_fit(self):
        # Outside tester t14d, 1: twenty 64 KB pages of 4,900 paragraphs each fit the
        # bytes many times over, but their parsing took 4.7 CPU-seconds. A request now
        # parses at most the tags of one page at the element limit.
        words = " ".join(f"<p>w{n}</p>" for n in range(MAX_ELEMENTS - 100))
        page = "<html><body><article><h1>Talks {0}</h1><p>Report {0}. The delegations met in "
        page += "Astana on 4 May 2017.</p>{1}</article></body></html>"
        files = [
            SimpleUploadedFile(f"hm{n}.html", page.format(n, words).encode(), "text/html")
            for n in range(MAX_FILES)
        ]
        self.assertLess(sum(f.size for f in files), MAX_BYTES * 2)
        with mock.patch.object(forms, "read_bytes", wraps=forms.read_bytes) as read:
            response = self.upload(files)
        parsed = [call.args[0] for call in read.call_args_list]
        self.assertEqual(len(parsed), 1)
        self.assertLessEqual(sum(budget.tags(data) for data in parsed), budget.MAX_TAGS)
        for n in range(1, MAX_FILES):
            self.assertContains(response, f"hm{n}.html was not read, and nothing of it was stored")

    def test_small_pages_are_all_parsed(self):
        page = "<html><body><article><p>Report {}. The delegations met in Astana on 4 May "
        page += "2017.</p></article></body></html>"
        files = [
            SimpleUploadedFile(f"s{n}.html", page.format(n).encode(), "text/html")
            for n in range(MAX_FILES)
        ]
        with mock.patch.object(forms, "read_bytes", wraps=forms.read_bytes) as read:
            response = self.upload(files)
        self.assertEqual(read.call_count, MAX_FILES)
        self.assertEqual(response.status_code, 302)  # all of them kept for review
        self.assertEqual(PendingArticle.objects.waiting().count(), MAX_FILES)


class BudgetTests(SimpleTestCase):
    def test_the_first_spending_always_fits_and_then_only_what_is_left(self):
        budget = Budget(chars=10)
        self.assertTrue(budget.take(chars=25))
        self.assertFalse(budget.take(chars=1))
        budget = Budget(chars=10)
        self.assertTrue(budget.take(chars=6))
        self.assertFalse(budget.take(chars=5))
        self.assertTrue(budget.take(chars=4))
        self.assertFalse(budget.take(chars=1))

    def test_every_sort_must_fit_and_nothing_is_spent_when_one_does_not(self):
        budget = Budget(bytes=100, tags=10)
        self.assertTrue(budget.take(bytes=10, tags=8))
        self.assertFalse(budget.take(bytes=10, tags=3))
        self.assertEqual(budget.used, {"bytes": 10, "tags": 8})
        self.assertTrue(budget.take(bytes=90, tags=2))

    def test_tags_are_counted_in_the_bytes(self):
        self.assertEqual(budget.tags(b"<p>a</p><br>"), 3)
        self.assertEqual(budget.tags("<p>é</p>".encode("utf-16")), 2)


def dense_meetings(n: int, meetings: int = 40) -> str:
    """An article of `meetings` dated meetings, one a sentence (outside tester t15a, 2's
    shape: few characters, many dates and names to read)."""
    months = ["January", "February", "March", "April", "May", "June"]
    lines = [f"Diary {n}"]
    for k in range(meetings):
        lines.append(
            f"Lavrov met Zarif in Moscow on {k % 28 + 1} {months[k % 6]} {2015 + k % 5} "
            f"and Cavusoglu in Astana on {k % 27 + 2} {months[(k + 1) % 6]} {2016 + k % 4}."
        )
    return "\n\n".join(lines)


class AnalysisTimeBudgetTests(IngestTestCase):
    """Outside tester t15a, 2: twenty files of 9,500 characters dense with dated meetings
    took a worker 1.9 CPU-seconds within the character budget. The analysis also spends
    its CPU time; once MAX_ANALYSIS_SECONDS are spent, the files after it are left over,
    named, and nothing of them is stored."""

    def upload(self, files):
        return self.client.post(INDEX, {"files": files, "published": "2019-01-01"})

    def test_once_the_time_is_spent_the_files_after_are_left_over_and_named(self):
        files = [SimpleUploadedFile(f"d{n}.txt", dense_meetings(n).encode()) for n in range(5)]
        self.assertLess(sum(f.size for f in files), MAX_TEXT_CHARS)  # the characters fit
        with mock.patch.object(budget, "MAX_ANALYSIS_SECONDS", 0):
            response = self.upload(files)
        # The first file is always analysed; none after it once the time is spent.
        self.assertEqual(PendingArticle.objects.waiting().count(), 1)
        for n in range(1, 5):
            self.assertContains(response, f"d{n}.txt was not read, and nothing of it was stored")
        self.assertContains(response, "seconds of analysis, in all")
        # Uploaded again, a file left over is read: nothing was lost.
        self.upload([SimpleUploadedFile("d1.txt", dense_meetings(1).encode())])
        self.assertEqual(PendingArticle.objects.waiting().count(), 2)

    def test_the_time_is_the_request_thread_s_own(self):
        spent = budget.analysis_budget()
        self.assertTrue(spent.take(chars=10))
        with mock.patch.object(budget.time, "thread_time", return_value=spent.started + 0.1):
            self.assertTrue(spent.take(chars=10))
        later = spent.started + budget.MAX_ANALYSIS_SECONDS + 0.01
        with mock.patch.object(budget.time, "thread_time", return_value=later):
            self.assertFalse(spent.take(chars=10))
        self.assertEqual(spent.used["chars"], 20)  # a refusal spends nothing
