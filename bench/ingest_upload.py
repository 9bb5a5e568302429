"""The whole upload path on the worst texts, each to the size limit: the admin's paste
(read, normalised, checked, analysed, hashed, stored), the review page it leads to, and
`manage.py ingest` on the same text saved as a file (issue 9: every part of it, not the
analysis alone, must stay well under a second).

    python bench/ingest_upload.py [--limit 1.0] [--db /tmp/peaceproc-bench-upload.sqlite3]

(`make bench-upload` runs it.) It uses its own SQLite file under /tmp holding the seed
data, never the project's database. Each text is a dated lead and a body to the limit: a
real article repeated, the same with a mark or a joiner after every letter or a bidi
control before every word, and runs of marks, harakat, Hebrew points, joiners, bidi
controls and variation selectors, and lines of datelines (a Levantine or a Persian month,
Eastern digits: a list of dates, as the English one is), and paragraphs each dated on a
day of its own among prose (outside tester t10a's shapes). Printed per text: the CPU seconds
of the process (the best of two runs after a warm-up; waiting for a busy CPU does not
count) of the paste, of the review page (when the paste was kept for review) and of the
command (inside a transaction rolled back, so each run stores the same article), and what
the paste answered; last, one upload of as many files as the form takes, each a text of
its own to the limits (outside tester t14b, 2: the request reads and analyses only what one
file at the limits may hold, budget.py), and one of as many HTML pages, each of 64 KB
and just under the element limit in short paragraphs (outside tester t14d, 1: their
parsing is counted by their tags). Exits non-zero when one takes longer than the
limit.
"""

import argparse
import io
import os
import random
import re
import string
import sys
import tempfile
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from database import editor_client, open_database  # noqa: E402

SEED = BASE_DIR / "seeds" / "articles" / "000_6309b0724f4afda5.txt"
LEAD = "Talks in Astana\n\nThe delegations met in Astana on 4 May 2017.\n\n"


def texts(limit: int) -> dict[str, str]:
    article = SEED.read_text(encoding="utf-8") + "\n\n"
    letters = re.compile(r"(\w)")
    bodies = {
        "a real article": article,
        "the same, a mark after every letter": letters.sub("\\1\u0301", article),
        "the same, a joiner after every letter": letters.sub("\\1\u200d", article),
        "the same, a bidi control before every word": article.replace(" ", " \u202b"),
        "a mark after every letter": "t\u0301a\u0301l\u0301k\u0301s\u0301 ",
        "a run of one mark": "\u0301",
        "a run of marks of mixed classes": "\u0301\u0316\u0300\u0317",
        "marks on digits": "4\u0301 M\u0301ay 2\u03010\u03011\u03017\u0301. ",
        "Arabic harakat": "عَقَدَتِ الوُفُودُ اجْتِمَاعًا يَوْمَ ٤ مَايُو. ",
        "a run of harakat": "\u064b\u064c\u064d\u064e",
        "Hebrew points": "שָׁלוֹם עֲלֵיכֶם ",
        "a run of joiners": "\u200d\u200c",
        "a run of bidi controls": "\u202b\u202c",
        "a run of variation selectors": "\ufe0f\ufe0e",
        "Arabic datelines, a Levantine month": "دمشق، 21 آب 2025\n",
        "Persian datelines, Eastern digits": "تهران، ۲۱ مرداد ۱۴۰۴\n",
        "Arabic datelines, Eastern digits": "دمشق، ٢١ تشرين الأول ٢٠٢٥\n",
    }
    size = limit - len(LEAD)
    texts = {name: LEAD + (unit * (size // len(unit) + 1))[:size] for name, unit in bodies.items()}
    # Outside tester t10a's shapes: a dated sentence on another day every paragraph, among
    # prose: refused past 400 dated events, refused past the candidates one review holds
    # (those counted, nothing more read), and kept with some 85 candidates (its review page
    # drawn).
    for prose, name in (
        (1, "dated paragraphs, over 400 events"),
        (2, "dated paragraphs, over a review's candidates"),
        (12, "dated paragraphs among prose, kept"),
    ):
        texts[name] = LEAD + dated_paragraphs(size, prose=prose)
    return texts


MONTHS = "January February March April May June July August September October November December"
PLACES = ("Geneva", "Astana", "Sochi", "Damascus", "Ankara", "Tehran", "Moscow", "Riyadh")
PROSE = (
    "The opposition asked for guarantees on the release of detainees, and the government "
    "side answered that the question belonged to the working group. Both sides agreed to "
    "meet again. "
)


def dated_paragraphs(size: int, *, prose: int) -> str:
    """Paragraphs of `size` characters in all, each a meeting on a day of its own and
    `prose` sentences of prose without a date after it."""
    months = MONTHS.split()
    paragraphs, length, n = [], 0, 0
    while length < size:
        paragraph = (
            f"The delegations met in {PLACES[n % len(PLACES)]} on {n % 28 + 1} "
            f"{months[n % 12]} {2012 + n % 13} to discuss the ceasefire and the prisoners. "
            "Officials said the talks would go on, and that the envoy had briefed the "
            f"council about the committee's work.\n\n{PROSE * prose}\n\n"
        )
        paragraphs.append(paragraph)
        length += len(paragraph)
        n += 1
    return "".join(paragraphs)[:size]


def named_texts(count: int, size: int) -> list[str]:
    """`count` texts of `size` characters, each its own: capitalised pairs of words, as
    names are ('Abcdef Ghijklm met Nopq Rstuv.'), the shape outside tester t14b uploaded."""
    rng = random.Random(14)

    def name() -> str:
        return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 9)))

    texts = []
    for n in range(count):
        pairs, length = [f"Part {n}. {LEAD}"], 0
        while length < size:
            pairs.append(f"{name().title()} {name().title()} met {name().title()} {name()}. ")
            length += len(pairs[-1])
        texts.append("".join(pairs)[:size])
    return texts


def html_pages(count: int, elements: int) -> list[str]:
    """`count` pages, each a dated lead and `elements` paragraphs of one short word (the
    shape outside tester t14d uploaded: 64 KB of markup, little text)."""
    rng = random.Random(14)
    pages = []
    for n in range(count):
        words = "".join(
            "<p>" + "".join(rng.choice(string.ascii_lowercase) for _ in range(6)) + "</p>"
            for _ in range(elements)
        )
        lead = f"<h1>Talks {n}</h1><p>The delegations met in Astana on {n + 1} May 2017.</p>"
        pages.append(f"<html><body><article>{lead}{words}</article></body></html>")
    return pages


def upload(client, texts: list[str], suffix: str = "txt") -> str:
    """Upload `texts` as files (named *.`suffix`) in one request; what the admin
    answered."""
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    from peaceproc.ingest.models import PendingArticle

    PendingArticle.objects.all().delete()
    files = [SimpleUploadedFile(f"part{n}.{suffix}", t.encode()) for n, t in enumerate(texts)]
    response = client.post(reverse("ingest:index"), {"files": files, "published": "2025-12-01"})
    kept = PendingArticle.objects.waiting().count()
    return f"status {response.status_code}, {kept} of {len(texts)} kept for review"


def best_cpu(function, runs: int = 2):
    """The least CPU seconds of `runs` calls after a warm-up, and the last call's result."""
    result = function()
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        result = function()
        best = min(best, time.process_time() - start)
    return best, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=float, default=1.0, help="CPU seconds per step")
    parser.add_argument("--db", default="/tmp/peaceproc-bench-upload.sqlite3")
    args = parser.parse_args()

    open_database(args.db, 0)

    from django.core.management import call_command
    from django.db import transaction
    from django.urls import reverse

    from peaceproc.ingest.forms import MAX_FILES
    from peaceproc.ingest.models import PendingArticle
    from peaceproc.ingest.pipeline import MAX_TEXT_CHARS
    from peaceproc.ingest.pipeline.html import MAX_ELEMENTS

    client = editor_client()

    def paste(text: str):
        PendingArticle.objects.all().delete()
        return client.post(reverse("ingest:index"), {"text": text, "published": "2025-12-01"})

    def command(path: str) -> str:
        with transaction.atomic():
            try:
                call_command(
                    "ingest", path, "--published", "2025-12-01", "--json",
                    stdout=io.StringIO(), stderr=io.StringIO(),
                )  # fmt: skip
                answer = "stored"
            except Exception as exc:  # a refusal is an answer too (CommandError)
                answer = type(exc).__name__
            transaction.set_rollback(True)
        return answer

    worst = 0.0
    print(f"{'text':44}{'chars':>9}{'paste s':>9}{'review s':>9}{'command s':>10}  paste answered")
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in texts(MAX_TEXT_CHARS - 10).items():
            post, response = best_cpu(lambda text=text: paste(text))
            pending = PendingArticle.objects.waiting().first()
            review = 0.0
            if pending is not None:
                url = pending.get_absolute_url()
                review, page = best_cpu(lambda url=url: client.get(url))
                answer = (
                    f"kept for review ({len(pending.candidates)} candidates, "
                    f"page {len(page.content) // 1000:,} kB)"
                )
                if page.status_code != 200:
                    answer += f"; review page {page.status_code}"
            elif response.status_code == 200 and b"Nothing was stored." in response.content:
                answer = "refused with a message"
            else:
                answer = f"status {response.status_code}"
            path = Path(tmp) / "article.txt"
            path.write_text(text, encoding="utf-8")
            cmd, _answer = best_cpu(lambda path=str(path): command(path))
            worst = max(worst, post, review, cmd)
            slow = "  SLOW" if max(post, review, cmd) > args.limit else ""
            print(f"{name:44}{len(text):9,d}{post:9.3f}{review:9.3f}{cmd:10.3f}  {answer}{slow}")
        # Outside tester t14b, 2: one upload of as many files as one takes, each to the
        # limits (a text of its own, or all but the first are copies).
        named = named_texts(MAX_FILES, MAX_TEXT_CHARS - 10)
        pages = html_pages(MAX_FILES, MAX_ELEMENTS - 100)
        # Outside tester t15a, 2: small files dense with dated meetings (every paragraph a
        # meeting, no prose): few characters, much to read.
        dense = [f"Diary {n}.\n\n" + dated_paragraphs(9_500, prose=0) for n in range(MAX_FILES)]
        for label, files, suffix in (
            (f"{MAX_FILES} files at once", named, "txt"),
            (f"{MAX_FILES} HTML pages of {MAX_ELEMENTS - 100:,} elements", pages, "html"),
            (f"{MAX_FILES} files of dated meetings", dense, "txt"),
        ):
            many, answer = best_cpu(lambda f=files, s=suffix: upload(client, f, s))
            worst = max(worst, many)
            slow = "  SLOW" if many > args.limit else ""
            print(f"{label:44}{len(files[0]):9,d}{many:9.3f}{'':9}{'':10}  {answer}{slow}")
    PendingArticle.objects.all().delete()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\nworst: {worst:.3f} s CPU (limit {args.limit:.1f} s); load {load}")
    return 0 if worst <= args.limit else 1


if __name__ == "__main__":
    sys.exit(main())
