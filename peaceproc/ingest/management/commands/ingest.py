"""python manage.py ingest PATH... [--published YYYY-MM-DD] [--url URL] [--publisher NAME]
[--lang CODE] [--dry-run] [--json]

Batch ingestion without a reviewer: every candidate is accepted, except likely duplicates,
which become citations on the record they repeat. An article with a candidate that may
repeat a record (the review page's "Possible match") is not stored: it is queued for an
editor's review in the admin, because only a person can tell a second report of a meeting
from a second meeting. Every file is read and analysed before
anything is written, and all files are written in one transaction, so a bad file stops
the batch with nothing stored. The others are still analysed: with --json their entries
are printed, and the bad file's entry carries an "error" field; the exit status is
non-zero.
"""

import json
from datetime import date
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone

from peaceproc.chronology.dates import DATE_RANGE_TEXT, FIRST_DATE, LAST_DATE
from peaceproc.ingest import intake
from peaceproc.ingest.analysis import LANGUAGES, Analysis, public_json
from peaceproc.ingest.intake import Stored
from peaceproc.ingest.reading import InputError, RawArticle, check_size, check_suffix, read_bytes
from peaceproc.ingest.review import Match, Unreviewed
from peaceproc.messages import joined


class Command(BaseCommand):
    help = (
        "Read news articles (.txt or .html), find their dated events and store them with "
        "their sources; a likely duplicate becomes a citation of the record it repeats. An "
        "article with a candidate that may repeat a record (a possible match) is not stored "
        "but queued for review in the admin (Ingest articles); one with more candidates than "
        "a review holds is refused, as in the admin. Progress goes to stderr; "
        "--json prints one JSON document on stdout."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help=".txt or .html files")
        parser.add_argument(
            "--published",
            metavar="YYYY-MM-DD",
            help="Publication date (resolves 'Tuesday', 'last year'); else the HTML's own.",
        )
        parser.add_argument("--url", default="", help="The article's URL (one file only).")
        parser.add_argument("--publisher", default="", help="Who published the articles.")
        parser.add_argument(
            "--lang",
            metavar="CODE",
            help=f"The articles' language ({', '.join(LANGUAGES)}); detected when omitted.",
        )
        parser.add_argument("--dry-run", action="store_true", help="Analyse; store nothing.")
        parser.add_argument(
            "--json", action="store_true", help="Print the candidates as one JSON document."
        )

    def handle(self, *args, **options):
        paths = options["paths"]
        published = parse_published(options["published"])
        language = options["lang"]
        if language and language not in LANGUAGES:
            raise CommandError(f"--lang must be one of {', '.join(LANGUAGES)}, not {language!r}.")
        url = options["url"].strip()
        if url:
            try:
                URLValidator()(url)
            except ValidationError:
                raise CommandError(f"--url is not a valid URL: {url!r}.") from None
            if len(paths) > 1:
                raise CommandError("--url belongs to one article; give one PATH with it.")

        # Every file is read and analysed before the database is touched. A bad file does
        # not lose the others' analysis: its error goes in the JSON document (an "error"
        # field on its entry), nothing is stored, and the command exits non-zero.
        reader = intake.Reader(language=language, published=published)
        results: list[tuple[str, RawArticle | None, Analysis | str]] = []
        for path in paths:
            self.progress(f"Reading {path}")
            try:
                raw = read_path(path)
                for note in raw.notes:
                    self.progress(f"  {note}")
                analysis = reader.analyse(raw)
            except InputError as exc:
                # Reading errors name the file already; the pipeline's do not. The message
                # ends the command (below), once.
                message = str(exc) if Path(path).name in str(exc) else f"{path}: {exc}"
                results.append((path, None, one_line(message)))
                continue
            for note in analysis.notes:
                self.progress(f"  {note}")
            self.progress(
                f"  {len(analysis.candidates)} candidate(s); language {analysis.language}; "
                f"published {analysis.published.isoformat() if analysis.published else 'unknown'}"
            )
            results.append((path, raw, analysis))
        errors = [r for _, _, r in results if isinstance(r, str)]
        analysed = [(p, raw, a) for p, raw, a in results if not isinstance(a, str)]
        if errors and not analysed:
            raise CommandError(joined(errors))

        stored: dict[str, Stored] = {}
        if options["dry_run"]:
            for path, raw, analysis in analysed:
                if copy := intake.known_copy(text=raw.text, include_pending=False):
                    self.progress(
                        f"  {path} is already stored as source #{copy.source.pk} ({copy.source})."
                    )
                    continue
                stored[path] = Stored(intake.plan_unreviewed(raw=raw, analysis=analysis))
                if refusal := intake.review_refusal(name=path, analysis=analysis):
                    self.progress(f"  {path}: it would be refused, as one review cannot take it.")
                    self.progress(f"  {refusal}")
                elif possible := sum(r.possible is not None for r in stored[path].readings):
                    self.progress(
                        f"  {path}: {possible} candidate(s) may repeat a stored record "
                        "(a possible match): it would be queued for review, not stored."
                    )
            self.progress("Dry run: nothing was stored.")
        elif errors:
            self.progress("Nothing was stored: a file could not be analysed.")
        else:
            stored = self.store(analysed, url=url, publisher=options["publisher"].strip())

        if options["json"]:
            document = [file_json(path, result, stored.get(path)) for path, _, result in results]
            self.stdout.write(json.dumps(document, ensure_ascii=False, indent=2))
        if errors:
            failed = f"{len(errors)} of {len(paths)} files failed"
            stored = "" if options["dry_run"] else ", nothing was stored"
            raise CommandError(f"{failed}{stored}: {joined(errors)}")

    def store(self, analysed, *, url: str, publisher: str) -> dict[str, Stored]:
        stored = {}
        try:
            with transaction.atomic():
                for path, raw, analysis in analysed:
                    result = stored[path] = intake.store_unreviewed(
                        raw=raw, analysis=analysis, url=url, publisher=publisher
                    )
                    self.progress(f"  {path}{outcome(result)}")
        except ValidationError as exc:
            raise CommandError(one_line(f"Nothing was stored: {joined(exc.messages)}")) from None
        except intake.NotReviewableError as exc:
            # It would wait for a review that no page can take.
            raise CommandError(one_line(f"Nothing was stored: {exc}")) from None
        return stored

    def progress(self, message: str) -> None:
        self.stderr.write(message)


def outcome(result: Stored) -> str:
    """What storing one file did, for the progress lines (after the file's path)."""
    if result.copy is not None:  # also a repeat within this batch
        return f" is already stored as source #{result.copy.pk} ({result.copy}); skipped."
    if result.pending is not None:
        possible = sum(r.possible is not None for r in result.readings)
        return (
            f": {possible} candidate(s) may repeat a stored record (a possible match); "
            f"nothing was stored: the article waits for review as article #{result.pending.pk} "
            "in the admin (Ingest articles)."
        )
    accepted = result.accepted
    return (
        f": stored source #{accepted.source.pk} with {len(accepted.events)} new event(s) and "
        f"{len(accepted.cited)} citation(s) on existing records."
    )


def file_json(path: str, result: Analysis | str, stored: Stored | None = None) -> dict:
    """One file's entry of the --json document; a file that failed has the same keys,
    empty, and an "error" field with the reason. "queued_for_review" is the number of the
    article waiting for review in the admin, when it was queued rather than stored; each
    candidate's "possible_match" is the record it may repeat (why it was queued, or with
    --dry-run would be), else null; "language_supported" is false when the text looks
    like none of the six languages (read as "language" all the same); "default_action"
    and "default_target" are what the review page proposes for it (default_json)."""
    if isinstance(result, str):
        return {"file": path, "published": None, "language": None, "candidates": [],
                "people": [], "queued_for_review": None, "language_supported": None,
                "error": result}  # fmt: skip
    readings = stored.readings if stored and stored.readings else [None] * len(result.candidates)
    return {
        "file": path,
        "published": result.published.isoformat() if result.published else None,
        "language": result.language,
        "candidates": [
            {**public_json(c), "possible_match": possible_json(r), **default_json(r)}
            for c, r in zip(result.candidates, readings, strict=True)
        ],
        "people": result.people,
        "queued_for_review": stored.pending.pk if stored and stored.pending else None,
        "language_supported": result.language_supported,
    }


def possible_json(reading: Unreviewed | None) -> dict | None:
    return match_json(reading.possible if reading else None)


def match_json(match: Match | None) -> dict | None:
    if match is None:
        return None
    return {"record": match.target, "title": str(match.record), "reason": match.reason}


def default_json(reading: Unreviewed | None) -> dict:
    """What the review page proposes for the candidate (review.default_for): its
    "default_action" (create, cite or skip) and "default_target" (the record cited, as
    "possible_match" gives one), both null when the file was not read against the record
    (it is stored already, or failed)."""
    if reading is None:
        return {"default_action": None, "default_target": None}
    return {
        "default_action": reading.default.action,
        "default_target": match_json(reading.default.target),
    }


def parse_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        published = date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--published must be a date as YYYY-MM-DD, not {value!r}.") from None
    if not FIRST_DATE <= published <= min(LAST_DATE, timezone.localdate()):
        raise CommandError(
            f"--published must be a date {DATE_RANGE_TEXT} and not in the future, not {value}."
        )
    return published


def read_path(path: str) -> RawArticle:
    """The file's text; InputError with the reason when it cannot be read as an article."""
    file = Path(path)
    try:
        check_suffix(file.name)
        if file.exists() and not file.is_file():
            # Never opened: reading a named pipe would wait for a writer.
            raise InputError(
                f"{path} is not a regular file (a directory, a named pipe or a device)."
            )
        if not file.is_file():
            raise InputError(f"{path}: no such file.")
        check_size(path, file.stat().st_size)
        with file.open("rb") as handle:
            return read_bytes(handle.read(), name=path)
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror}).") from None


def one_line(message: str) -> str:
    return " ".join(message.split())
