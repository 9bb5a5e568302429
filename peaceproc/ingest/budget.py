"""The work one upload request may do: at most that of one file at the size limits, read
(MAX_BYTES of file) and analysed (MAX_TEXT_CHARS of article text), whatever the number of
files. Twenty files of 199,000 characters each took a worker 32 seconds (outside tester
t14b, 2); a request now reads and analyses files in order while they fit, and names each
file left over, unread and not stored, for the editor to upload again: nothing is stored
of it, so nothing of it is lost or half-kept. The first file always fits (it is inside
the one-file limits, checked on their own)."""

from .pipeline import MAX_TEXT_CHARS
from .reading import MAX_BYTES


class Budget:
    """An amount of one sort of work a request may still spend (bytes read, characters
    analysed)."""

    def __init__(self, limit: int):
        self.limit = limit
        self.used = 0

    def take(self, amount: int) -> bool:
        """Spend `amount` when it fits (the first spending always does); False, spending
        nothing, when it does not."""
        if self.used and self.used + amount > self.limit:
            return False
        self.used += amount
        return True


def reading_budget() -> Budget:
    return Budget(MAX_BYTES)


def analysis_budget() -> Budget:
    return Budget(MAX_TEXT_CHARS)


def left_over(name: str) -> str:
    """Why the file called `name` was neither read nor stored, and what to do."""
    return (
        f"{name} was not read, and nothing of it was stored: one upload reads at most "
        f"{MAX_BYTES // 1_000_000} MB of files and {MAX_TEXT_CHARS:,} characters of article "
        "text in all, and the files before it took that. Upload it again (with the other "
        "files named here)."
    )
