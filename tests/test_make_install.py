"""`make install`: packages go in with the virtual environment's uv, or with pip where
uv is missing or fails, and the fallback says so in one line, without a shell error
(outside tester t6s, issue 11: ".venv/bin/uv: No such file or directory")."""

import subprocess
import tempfile
from pathlib import Path

from django.test import SimpleTestCase

ROOT = Path(__file__).resolve().parent.parent
# A stand-in for an installer: it notes how it was called and exits with `status`.
STAND_IN = '#!/bin/sh\necho "$(basename "$0") $*" >> "$(dirname "$0")/calls"\nexit {status}\n'


class InstallTests(SimpleTestCase):
    def install(self, *, uv: int | None) -> tuple[subprocess.CompletedProcess, list[str]]:
        """`make install` in a folder whose venv's python succeeds, and whose uv exits
        with `uv` (None: no uv)."""
        with tempfile.TemporaryDirectory() as folder:
            bin_ = Path(folder, "venv", "bin")
            bin_.mkdir(parents=True)
            Path(folder, "requirements.txt").write_text("")
            for name, status in (("python", 0), ("uv", uv)):
                if status is not None:
                    (bin_ / name).write_text(STAND_IN.format(status=status))
                    (bin_ / name).chmod(0o755)
            result = subprocess.run(
                ["make", "-s", "-f", str(ROOT / "Makefile"), "-C", folder, "install",
                 "VENV=venv"],
                capture_output=True, text=True, timeout=60, check=False,
            )  # fmt: skip
            calls = (bin_ / "calls").read_text().splitlines()
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, "")
        return result, calls

    def test_without_uv_pip_installs_and_says_so(self):
        result, calls = self.install(uv=None)
        self.assertEqual(result.stdout, "No uv in venv: installing requirements.txt with pip\n")
        self.assertEqual(calls, ["python -m pip install --quiet -r requirements.txt"])

    def test_when_uv_fails_pip_installs_and_says_so(self):
        result, calls = self.install(uv=1)
        self.assertIn(
            "uv could not install requirements.txt: installing it with pip", result.stdout
        )
        self.assertEqual(calls[-1], "python -m pip install --quiet -r requirements.txt")

    def test_uv_installs_when_it_can(self):
        result, calls = self.install(uv=0)
        self.assertEqual(result.stdout, "Installing requirements.txt with uv\n")
        self.assertEqual(
            calls,
            [
                "uv pip install --quiet --compile-bytecode --python venv/bin/python"
                " -r requirements.txt"
            ],
        )
