"""peaceproc.testing: the order in which the test runner hands out classes, and the
line it closes the run with."""

import io
import unittest
from contextlib import redirect_stderr, redirect_stdout

from django.test import SimpleTestCase, TestCase, TransactionTestCase, tag

from peaceproc.testing import Runner, scheduled


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
