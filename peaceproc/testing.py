"""The test runner: Django's, plus a closing line that says how many tests passed,
failed and were skipped, and a loud notice when browser tests could not run."""

import unittest
import warnings

from django.test.runner import DiscoverRunner


class Runner(DiscoverRunner):
    def setup_test_environment(self, **kwargs):
        super().setup_test_environment(**kwargs)
        # Tests serve static files from the finders and never run collectstatic, so
        # whitenoise's note that STATIC_ROOT does not exist yet is expected noise.
        warnings.filterwarnings("ignore", message="No directory at: ")

    def run_suite(self, suite, **kwargs):
        result = super().run_suite(suite, **kwargs)
        # A test with failing subtests appears once per subtest: count tests, not entries.
        failed = len(
            {
                getattr(test, "test_case", test).id()
                for test, _ in (*result.failures, *result.errors)
            }
            | {test.id() for test in result.unexpectedSuccesses}
        )
        skipped = len(result.skipped)
        passed = max(result.testsRun - failed - skipped, 0)
        browser_skips = sorted({reason for _, reason in result.skipped if "BROWSER" in reason})
        for reason in browser_skips:
            print("\n" + "!" * 78 + f"\n!! {reason}\n" + "!" * 78, flush=True)
        print(f"\ntests: {passed} passed, {failed} failed, {skipped} skipped", flush=True)
        return result


def skip_without_browser_reason() -> str:
    return (
        "BROWSER TESTS SKIPPED: no Chromium at /usr/bin/chromium or no Playwright. "
        "Install with `apt-get install chromium` (.ci/run does) to run them."
    )


__all__ = ["Runner", "skip_without_browser_reason", "unittest"]
