"""Running Python in a process of its own, in the project's folder, as a deployment would."""

import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)


def python(*args: str, env: dict, timeout: float = 120) -> subprocess.CompletedProcess:
    """`python *args` with `env`, its output captured as text; never raises on failure."""
    return subprocess.run(
        [sys.executable, *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
