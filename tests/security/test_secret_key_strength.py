"""Issue 13, item 6: a server with DEBUG off refuses a weak SECRET_KEY (shorter than 50
characters, or fewer than 5 distinct ones: `check --deploy`'s criteria) as it refuses a
missing one, with a message saying what a key needs."""

import subprocess
import sys

from django.test import SimpleTestCase, tag

from .test_deploy import ROOT, production_env


def import_wsgi(env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "import peaceproc.wsgi"],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


@tag("slow")  # four processes, each importing the WSGI application: ~4 s of CPU
class WeakSecretKeyTests(SimpleTestCase):
    def test_a_short_or_repetitive_key_is_refused(self):
        for key in ("short", "x" * 49 + "y", "abcd" * 20):
            with self.subTest(key=key):
                result = import_wsgi(production_env(SECRET_KEY=key))
                self.assertNotEqual(result.returncode, 0)
                self.assertIn("SECRET_KEY is too weak", result.stderr)
                self.assertIn("at least 50 characters", result.stderr)
                self.assertNotIn(key, result.stderr)

    def test_a_strong_key_serves(self):
        result = import_wsgi(production_env())
        self.assertEqual(result.returncode, 0, result.stderr)
