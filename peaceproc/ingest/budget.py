"""The work one upload request may do: at most that of one file at the size limits, read
(MAX_BYTES of file, with the markup of a page at MAX_ELEMENTS) and analysed
(MAX_TEXT_CHARS of article text), whatever the number of files. Twenty files of 199,000
characters each took a worker 32 seconds (outside tester t14b, 2); a request now reads
and analyses files in order while they fit, and names each file left over, unread and
not stored, for the editor to upload again: nothing is stored of it, so nothing of it is
lost or half-kept. The first file always fits (it is inside the one-file limits, checked
on their own).

Reading an HTML page costs its parsing, which grows with its tags far more than with its
bytes: twenty pages of 64 KB, each 4,900 short paragraphs, took a worker 4.7 CPU-seconds
within a byte budget (outside tester t14d, 1). So a file's reading also spends its tags,
counted in its bytes before anything parses them: every `<` (a tag opened or closed, as
the parser meets them; a `<` in a text file or a script is counted too, erring on the
side of less work). A page at the element limit opens and closes each element: twice
MAX_ELEMENTS tags in all.

Analysing text costs its dates and names more than its characters: twenty files of 9,500
characters, each dense with dated meetings, took a worker 1.9 CPU-seconds within the
character budget (outside tester t15a, 2). So the analysis also spends the CPU time it
takes, measured as it goes (on the request's own thread: a worker's other threads serve
other requests): once MAX_ANALYSIS_SECONDS are spent, the files after are left over."""

import time

from .pipeline import MAX_TEXT_CHARS
from .pipeline.html import MAX_ELEMENTS
from .reading import MAX_BYTES

MAX_TAGS = 2 * MAX_ELEMENTS
# The analysis's CPU time one request may spend before it leaves the files after it over;
# the file being analysed when it runs out is finished (one file at the limits analyses in
# well under a second: `make bench-ingest`'s worst shapes).
MAX_ANALYSIS_SECONDS = 0.4


class Budget:
    """Amounts of sorts of work a request may still spend (bytes read and tags parsed,
    characters analysed), each with its limit: Budget(chars=200_000)."""

    def __init__(self, **limits: int):
        self.limits = limits
        self.used = dict.fromkeys(limits, 0)

    def take(self, **amounts: int) -> bool:
        """Spend `amounts` when each fits (the first spending always does); False,
        spending nothing, when one does not."""
        spent = any(self.used.values())
        if spent and any(self.used[k] + n > self.limits[k] for k, n in amounts.items()):
            return False
        for sort, amount in amounts.items():
            self.used[sort] += amount
        return True


def tags(data: bytes) -> int:
    """The tags a parser would meet in `data`, at most: its `<` signs."""
    return data.count(b"<")


def reading_budget() -> Budget:
    return Budget(bytes=MAX_BYTES, tags=MAX_TAGS)


class AnalysisBudget(Budget):
    """Characters analysed, and the CPU time the analysis has taken since it started."""

    def __init__(self):
        super().__init__(chars=MAX_TEXT_CHARS)
        self.started = time.thread_time()

    def take(self, **amounts: int) -> bool:
        spent = any(self.used.values())
        if spent and time.thread_time() - self.started > MAX_ANALYSIS_SECONDS:
            return False
        return super().take(**amounts)


def analysis_budget() -> AnalysisBudget:
    return AnalysisBudget()


def left_over(name: str) -> str:
    """Why the file called `name` was neither read nor stored, and what to do."""
    return (
        f"{name} was not read, and nothing of it was stored: one upload reads at most "
        f"{MAX_BYTES // 1_000_000} MB of files holding {MAX_TAGS:,} HTML tags, and "
        f"{MAX_TEXT_CHARS:,} characters of article text or {MAX_ANALYSIS_SECONDS:g} seconds "
        "of analysis, in all, and the files before it took that. Upload it again (with the "
        "other files named here)."
    )
