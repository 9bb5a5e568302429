"""The test runner: Django's, with the slow test classes first and the browser ones
last (in parallel, begun at once in a process of their own: peaceproc.testpool), plus a
closing line that says how many tests passed, failed and were skipped,
and a loud notice when browser tests could not run."""

import gc
import itertools
import unittest
import warnings
from collections.abc import Callable
from multiprocessing import util

from django.test import TestCase
from django.test.runner import DiscoverRunner

from peaceproc.testpool import BrowserBesideSuite

# The collector's first threshold in test processes: Python's 700 new container objects
# set off a collection every few ORM rows or template nodes; the suite's tests make
# millions of short-lived objects and few cycles, and spent about a tenth of their CPU
# collecting. The older generations keep Python's thresholds.
YOUNGEST_THRESHOLD = 50_000

_when_done: list[Callable[[], None]] = []


def when_tests_done(close: Callable[[], None]) -> None:
    """Call `close` once this process has run its last test: in the main process when
    the suite ends (before the test databases are destroyed), in a parallel worker as
    it exits. `close` may be called more than once and does nothing after the first."""
    _when_done.append(close)
    util.Finalize(None, close, exitpriority=10)


def scheduled(tests) -> list:
    """`tests`, in Django's order, with whole classes moved: the ones tagged `slow` first
    in their group (Django runs TestCases, then other test cases), and the ones tagged
    `browser` after every other, the larger first.

    The parallel runner hands out classes in this order to whichever process is free, so
    the last ones handed out decide how long the other process waits at the end: long
    classes go first. A test process keeps one Chromium from its first browser class on
    (tests/e2e/base.py), and with it an event loop under which Django's ORM refuses to
    run outside a browser test: a process that has started a browser class must be given
    only browser classes after it, so they come last."""
    classes = [list(group) for _, group in itertools.groupby(tests, type)]

    def place(position: int) -> tuple:
        group = classes[position]
        tags = getattr(group[0], "tags", ())
        if isinstance(group[0], unittest.loader._FailedTest):
            return (-1, 0, position)  # tests that failed to load: reported first, as Django does
        if "browser" in tags:
            return (2, -len(group), position)
        django_group = 0 if isinstance(group[0], TestCase) else 1
        return (django_group, "slow" not in tags, position)

    order = sorted(range(len(classes)), key=place)
    return [test for position in order for test in classes[position]]


class CountsPasses:
    """A result that counts the tests that passed (an expected failure counts as a
    pass): what `testsRun` cannot give, since Python 3.12 leaves out of it the tests a
    decorator skipped while a test that calls skipTest() is in it."""

    passed = 0

    def addSuccess(self, test):
        super().addSuccess(test)
        self.passed += 1

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self.passed += 1


class Runner(DiscoverRunner):
    parallel_test_suite = BrowserBesideSuite

    def test_suite(self, tests=()):
        return unittest.TestSuite(scheduled(tests))

    def build_suite(self, *args, **kwargs):
        suite = super().build_suite(*args, **kwargs)
        # Django makes one test database per process: one more for the browser process.
        self.parallel += getattr(suite, "extra_processes", 0)
        return suite

    def get_resultclass(self):
        base = super().get_resultclass() or unittest.TextTestResult
        return type(f"Counting{base.__name__}", (CountsPasses, base), {})

    def setup_test_environment(self, **kwargs):
        super().setup_test_environment(**kwargs)
        _, middle, oldest = gc.get_threshold()
        gc.set_threshold(YOUNGEST_THRESHOLD, middle, oldest)
        # Tests serve static files from the finders and never run collectstatic, so
        # whitenoise's note that STATIC_ROOT does not exist yet is expected noise.
        warnings.filterwarnings("ignore", message="No directory at: ")

    def run_suite(self, suite, **kwargs):
        found = suite.countTestCases()
        # What is loaded by now (modules, the test classes, settings) lives as long as
        # the run: out of the collector's reach, it is not walked again by each full
        # collection, in this process or in the test processes forked from it.
        gc.freeze()
        try:
            result = super().run_suite(suite, **kwargs)
        finally:
            while _when_done:
                _when_done.pop()()
        # A test with failing subtests appears once per subtest: count tests, not entries.
        failed = len(
            {
                getattr(test, "test_case", test).id()
                for test, _ in (*result.failures, *result.errors)
            }
            | {test.id() for test in result.unexpectedSuccesses}
        )
        skipped = len(result.skipped)
        browser_skips = sorted({reason for _, reason in result.skipped if "BROWSER" in reason})
        for reason in browser_skips:
            print("\n" + "!" * 78 + f"\n!! {reason}\n" + "!" * 78, flush=True)
        line = f"tests: {result.passed} passed, {failed} failed, {skipped} skipped"
        if (unstarted := found - result.testsRun) > 0:
            # Django's "Ran N tests" is testsRun: it leaves out the tests a decorator
            # skipped (Python 3.12) and those of a class whose set-up failed.
            line += (
                f' ({found} found; "Ran {result.testsRun}" leaves out the {unstarted} '
                "skipped before they started, or in a class whose set-up failed)"
            )
        print(f"\n{line}", flush=True)
        return result


def skip_without_browser_reason() -> str:
    return (
        "BROWSER TESTS SKIPPED: no Chromium at /usr/bin/chromium or no Playwright. "
        "Install with `apt-get install chromium` (.ci/run does) to run them."
    )


__all__ = ["Runner", "skip_without_browser_reason", "unittest"]
