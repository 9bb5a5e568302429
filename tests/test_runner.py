"""peaceproc.testing: the order in which the test runner hands out classes, and the
line it closes the run with."""

import io
import json
import os
import subprocess
import sys
import tempfile
import unittest
from collections import defaultdict
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from django.conf import settings
from django.test import SimpleTestCase, TestCase, TransactionTestCase, tag

from peaceproc.testing import Runner, scheduled
from peaceproc.testpool import BrowserBesideSuite, HandOut


def cases() -> dict[str, type]:
    """Test classes of each kind, made here so that the runner does not collect them."""

    class Plain(TestCase):
        def test_a(self):
            pass

        def test_b(self):
            pass

    @tag("slow")
    class Slow(TestCase):
        def test_a(self):
            pass

    class NoDatabase(SimpleTestCase):
        def test_a(self):
            pass

    @tag("slow")
    class SlowTransactions(TransactionTestCase):
        def test_a(self):
            pass

    @tag("browser")
    class SmallBrowser(TransactionTestCase):
        def test_a(self):
            pass

    @tag("browser")
    class LargeBrowser(TransactionTestCase):
        def test_a(self):
            pass

        def test_b(self):
            pass

        def test_c(self):
            pass

    return {
        case.__name__: case
        for case in (Plain, Slow, NoDatabase, SlowTransactions, SmallBrowser, LargeBrowser)
    }


def tests_of(*names: str) -> list:
    loader = unittest.TestLoader()
    made = cases()
    return [test for name in names for test in loader.loadTestsFromTestCase(made[name])]


def classes_in(tests) -> list[str]:
    names = []
    for test in tests:
        if not names or names[-1] != type(test).__name__:
            names.append(type(test).__name__)
    return names


class ScheduledTests(SimpleTestCase):
    def test_slow_first_in_their_group_browser_last_larger_first(self):
        tests = tests_of(
            "Plain", "Slow", "SmallBrowser", "NoDatabase", "LargeBrowser", "SlowTransactions"
        )
        self.assertEqual(
            classes_in(scheduled(tests)),
            ["Slow", "Plain", "SlowTransactions", "NoDatabase", "LargeBrowser", "SmallBrowser"],
        )

    def test_every_test_once_each_class_together(self):
        tests = tests_of(
            "LargeBrowser", "Plain", "Slow", "SmallBrowser", "NoDatabase", "SlowTransactions"
        )
        ordered = scheduled(tests)
        self.assertCountEqual(ordered, tests)
        self.assertEqual(len(classes_in(ordered)), 6)

    def test_tests_that_failed_to_load_stay_first(self):
        failed = unittest.TestLoader().loadTestsFromName("tests.no_such_module")
        failed = list(failed)
        tests = failed + tests_of("Plain", "SmallBrowser")
        self.assertEqual(scheduled(tests)[0], failed[0])


class ClosingLineTests(SimpleTestCase):
    """`make test-fast` printed "Found 1420 test(s)" and then "Ran 1417": since Python
    3.12 a test skipped by a decorator is not counted as run, and the closing line took
    those skips away from the run ones a second time (outside tester t7s, issue 11)."""

    def test_passes_are_counted_and_the_gap_is_said(self):
        class Mixed(unittest.TestCase):
            def test_passes(self):
                pass

            def test_passes_too(self):
                pass

            @unittest.skip("decorated")
            def test_skipped_by_a_decorator(self):
                pass

            def test_skips_itself(self):
                self.skipTest("inside")

            def test_fails(self):
                self.fail("on purpose")

        @unittest.skip("the whole class")
        class Skipped(unittest.TestCase):
            def test_a(self):
                pass

        loader = unittest.defaultTestLoader
        suite = unittest.TestSuite(
            [loader.loadTestsFromTestCase(Mixed), loader.loadTestsFromTestCase(Skipped)]
        )
        out = io.StringIO()
        with redirect_stdout(out), redirect_stderr(io.StringIO()):
            result = Runner(verbosity=0).run_suite(suite)
        self.assertEqual(result.testsRun, 4)  # what Django prints as "Ran 4 tests"
        self.assertIn("tests: 2 passed, 1 failed, 3 skipped", out.getvalue())
        self.assertIn(
            '6 found; "Ran 4" leaves out the 2 skipped before they started', out.getvalue()
        )


class HandOutTests(SimpleTestCase):
    def test_the_browser_process_gets_browser_classes_only_the_others_them_last(self):
        order = HandOut(browser=[4, 5, 6], others=[0, 1])
        self.assertEqual(order.next_for(own=True), 4)
        self.assertEqual(order.next_for(own=False), 0)
        self.assertEqual(order.next_for(own=False), 1)
        self.assertEqual(order.next_for(own=False), 5)  # no other class left
        self.assertEqual(order.next_for(own=True), 6)
        self.assertIsNone(order.next_for(own=True))
        self.assertIsNone(order.next_for(own=False))

    def test_the_browser_process_waits_for_nothing_else(self):
        order = HandOut(browser=[], others=[0])
        self.assertIsNone(order.next_for(own=True))
        self.assertEqual(order.next_for(own=False), 0)

    def test_a_process_is_added_only_when_both_kinds_are_there(self):
        made = cases()
        loader = unittest.TestLoader()

        def suite(*names):
            subsuites = [unittest.TestSuite(loader.loadTestsFromTestCase(made[n])) for n in names]
            return BrowserBesideSuite(subsuites, 2)

        both = suite("Plain", "LargeBrowser", "NoDatabase", "SmallBrowser")
        self.assertEqual((both.browser, both.others, both.extra_processes), ([1, 3], [0, 2], 1))
        self.assertEqual(suite("Plain", "NoDatabase").extra_processes, 0)
        self.assertEqual(suite("LargeBrowser", "SmallBrowser").extra_processes, 0)


@tag("slow")
class BrowserProcessTests(SimpleTestCase):
    """A real parallel run (its own `manage.py test`, since a test process cannot start
    processes of its own) of the probe classes in tests/runner_probe/classes.py."""

    def test_browser_classes_start_in_a_process_of_their_own_with_its_own_database(self):
        with tempfile.TemporaryDirectory() as scratch:
            notes = Path(scratch) / "notes"
            command = ["test", "tests.runner_probe.classes", "--parallel=2", "--no-input"]
            run = subprocess.run(
                [sys.executable, "manage.py", *command],
                cwd=settings.BASE_DIR,
                # On SQLite, whose test databases are in memory: on PostgreSQL its test
                # database would be the one this run is using.
                env={
                    **{name: value for name, value in os.environ.items() if name != "DATABASE_URL"},
                    "RUNNER_PROBE_NOTES": str(notes),
                },
                capture_output=True,
                text=True,
                timeout=600,
            )
            self.assertEqual(run.returncode, 0, run.stderr)
            noted = [json.loads(line) for line in notes.read_text().splitlines()]
        self.assertCountEqual(
            [note["cls"] for note in noted],
            ["Other1", "Other2", "Other3", "Other4", "Browser1", "Browser2"],
        )
        # Two processes asked for, three test databases: one per process.
        self.assertEqual(run.stderr.count("Cloning test database"), 3, run.stderr)
        kinds = defaultdict(list)  # in the order each process ran its classes
        for note in noted:
            kinds[note["pid"]].append(note["kind"])
        # The first browser class is handed out at the start, to the browser's process.
        (first,) = [note["pid"] for note in noted if note["cls"] == "Browser1"]
        self.assertNotIn("other", kinds[first], kinds)
        for pid, ran in kinds.items():
            with self.subTest(pid=pid):  # never another class after a browser one
                self.assertEqual(ran, sorted(ran, key=["other", "browser"].index))


class BrowserCaseResultTests(SimpleTestCase):
    def test_a_browser_case_with_its_page_open_pickles_for_a_failed_subtest(self):
        """A failed subtest is pickled, with its case, to reach the parallel run's parent;
        a browser case's page (here a stand-in that cannot be pickled either) is left out,
        so the failure is reported rather than stopping the run (session 13, PostgreSQL)."""
        import pickle
        import threading

        from tests.e2e.test_long_tokens_phone import LongTokensOnAPhoneTests

        case = LongTokensOnAPhoneTests("test_a_long_token_in_a_table_cell_does_not_widen_the_page")
        case.page = case.context = threading.Lock()
        case.console_errors = ["kept"]
        restored = pickle.loads(pickle.dumps(unittest.case._SubTest(case, "width", {})))
        self.assertEqual(restored.test_case.console_errors, ["kept"])
        self.assertFalse(hasattr(restored.test_case, "page"))
