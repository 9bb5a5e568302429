"""python manage.py ingest PATH... [--published YYYY-MM-DD] [--url URL] [--publisher NAME]
[--lang CODE (or --language)] [--dry-run] [--json]

Batch ingestion without a reviewer: every candidate is accepted, except likely duplicates,
which become citations on the record they repeat. An article with a candidate that may
repeat a record (the review page's "Possible match") is not stored: it is queued for an
editor's review in the admin, because only a person can tell a second report of a meeting
from a second meeting. Every file is read and analysed before
anything is written, and all files are written in one transaction, so a bad file stops
the batch with nothing stored. The others are still analysed: with --json their entries
are printed, and the bad file's entry carries an "error" field; the exit status is
non-zero. Every refusal is printed with --json, the call's own (a bad option: each file's
entry says so) included: a refused entry has "refused": true, "reason" and "code"
(refusal_json), and the exit status stays non-zero with the reason on stderr.
"""

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import URLValidator
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from peaceproc.chronology.dates import DATE_RANGE_TEXT, FIRST_DATE, LAST_DATE
from peaceproc.chronology.models import ONE_LINE_VALIDATORS, Source
from peaceproc.chronology.validators import url_text
from peaceproc.ingest import intake, services
from peaceproc.ingest.analysis import LANGUAGES, Analysis, public_json
from peaceproc.ingest.intake import Stored
from peaceproc.ingest.reading import InputError, RawArticle, check_size, check_suffix, read_bytes
from peaceproc.ingest.review import Match, Unreviewed
from peaceproc.messages import joined


class Refused(CommandError):
    """The command refuses its whole call (an option's value): with --json, every PATH's
    entry says so, with the refusal's code."""

    def __init__(self, message: str, *, code: str):
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Refusal:
    """Why one file was refused (the message) and which kind of refusal it was (the code:
    InputError.code, or one of the command's)."""

    message: str
    code: str


class StoreRefusedError(Exception):
    """Storing the batch stopped at `path`: nothing was stored."""

    def __init__(self, path: str, refusal: Refusal):
        super().__init__(refusal.message)
        self.path, self.refusal = path, refusal


class Command(BaseCommand):
    help = (
        "Read news articles (.txt or .html), find their dated events and store them with "
        "their sources; a likely duplicate becomes a citation of the record it repeats. An "
        "article with a candidate that may repeat a record (a possible match) is not stored "
        "but queued for review in the admin (Ingest articles); one with more candidates than "
        "a review holds is refused, as in the admin. Progress goes to stderr; "
        "--json prints one JSON document on stdout, refusals included."
    )

    def refuse_call(self, exc: Refused, options: dict):
        """The whole call refused: with --json, every PATH's entry says so."""
        if options["json"]:
            refusal = Refusal(str(exc), exc.code)
            self.write_json([file_json(path, refusal) for path in options["paths"]])
        raise CommandError(str(exc)) from None

    def create_parser(self, prog_name, subcommand, **kwargs):
        """The command's parser; with --json among the arguments, a usage error (an unknown
        option, a missing value) is printed as a JSON refusal too (code bad_usage) before
        argparse's own message and exit status (outside tester t10b, 8)."""
        parser = super().create_parser(prog_name, subcommand, **kwargs)
        parse_args, usage_error = parser.parse_args, parser.error
        given: list[str] = []

        def parse(args=None, namespace=None):
            given[:] = args or []
            return parse_args(args, namespace)

        def error(message):
            # argparse says what is missing before what it does not know: `ingest
            # --bogus` would read "required: PATH" only (outside tester t11b, 16).
            unknown = unknown_options(given, parser)
            if unknown and "unrecognized arguments" not in message:
                message = f"unrecognized arguments: {' '.join(unknown)}; {message}"
            if wants_json(given):
                refusal = Refusal(f"Usage: {one_line(message)}", "bad_usage")
                self.write_json([file_json(None, refusal)])
            usage_error(message)

        parser.parse_args, parser.error = parse, error
        return parser

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help=".txt or .html files")
        parser.add_argument(
            "--published",
            metavar="YYYY-MM-DD",
            help="Publication date (resolves 'Tuesday', 'last year'); else the HTML's own.",
        )
        parser.add_argument("--url", default="", help="The article's URL (one file only).")
        parser.add_argument(
            "--publisher",
            default="",
            help="Who published the articles; else the site an HTML page names (og:site_name).",
        )
        parser.add_argument(
            "--lang",
            "--language",
            dest="lang",
            metavar="CODE",
            help=f"The articles' language ({', '.join(LANGUAGES)}); detected when omitted.",
        )
        parser.add_argument("--dry-run", action="store_true", help="Analyse; store nothing.")
        parser.add_argument(
            "--json", action="store_true", help="Print the candidates as one JSON document."
        )

    def handle(self, *args, **options):
        try:
            published, url = checked_options(options)
        except Refused as exc:
            self.refuse_call(exc, options)
        paths, language = options["paths"], options["lang"]

        # Every file is read and analysed before the database is touched. A bad file does
        # not lose the others' analysis: its error goes in the JSON document (an "error"
        # field on its entry), nothing is stored, and the command exits non-zero.
        reader = intake.Reader(language=language, published=published)
        results: list[tuple[str, RawArticle | None, Analysis | Refusal]] = []
        database_checked = False
        for path in paths:
            self.progress(f"Reading {path}")
            try:
                raw = read_path(path)
                for note in raw.notes:
                    self.progress(f"  {note}")
                if not database_checked:
                    # Before the first analysis (it reads the record), after the file
                    # checks (a bad file is refused without any database).
                    try:
                        check_database()
                    except Refused as exc:
                        self.refuse_call(exc, options)
                    database_checked = True
                analysis = reader.analyse(raw)
            except InputError as exc:
                # Reading errors name the file already; the pipeline's do not. The message
                # ends the command (below), once.
                message = str(exc) if Path(path).name in str(exc) else f"{path}: {exc}"
                results.append((path, None, Refusal(one_line(message), exc.code)))
                continue
            for note in analysis.notes:
                self.progress(f"  {note}")
            self.progress(
                f"  {len(analysis.candidates)} candidate(s); language {analysis.language}; "
                f"published {analysis.published.isoformat() if analysis.published else 'unknown'}"
            )
            results.append((path, raw, analysis))
        errors = [r.message for _, _, r in results if isinstance(r, Refusal)]
        analysed = [(p, raw, a) for p, raw, a in results if not isinstance(a, Refusal)]
        if errors and not analysed:
            if options["json"]:
                self.write_json([file_json(path, result) for path, _, result in results])
            raise CommandError(joined(errors))

        stored: dict[str, Stored] = {}
        # Refusals of analysed files: what a dry run would refuse, or what storing refused.
        refused: dict[str, Refusal] = {}
        store_refusal: Refusal | None = None
        if options["dry_run"]:
            for path, raw, analysis in analysed:
                if copy := intake.known_copy(text=raw.text, include_pending=False):
                    stored[path] = Stored([], copy=copy.source)
                    self.progress(f"  {path}{outcome(stored[path])}")
                    continue
                plan = intake.plan_unreviewed(
                    raw=raw, analysis=analysis, url=url, publisher=options["publisher"].strip()
                )
                stored[path] = Stored(plan)
                if refusal := intake.review_refusal(name=path, analysis=analysis):
                    refused[path] = Refusal(refusal, intake.NotReviewableError.code)
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
            try:
                stored = self.store(analysed, url=url, publisher=options["publisher"].strip())
            except StoreRefusedError as exc:
                refused[exc.path] = store_refusal = exc.refusal

        if options["json"]:
            self.write_json(
                [
                    file_json(path, result, stored.get(path), refused.get(path))
                    for path, _, result in results
                ]
            )
        if store_refusal:
            raise CommandError(f"Nothing was stored: {store_refusal.message}")
        if refused:
            # A dry run's refusal is the one storing would meet: an error all the same
            # (outside tester t10b, 6).
            raise CommandError(f"Dry run: {joined([r.message for r in refused.values()])}")
        if errors:
            failed = f"{len(errors)} of {len(paths)} files failed"
            stored = "" if options["dry_run"] else ", nothing was stored"
            raise CommandError(f"{failed}{stored}: {joined(errors)}")

    def store(self, analysed, *, url: str, publisher: str) -> dict[str, Stored]:
        """Stores the batch in one transaction; StoreRefusedError names the file that
        stopped it (nothing stored)."""
        stored = {}
        path = ""
        try:
            with transaction.atomic():
                for path, raw, analysis in analysed:
                    result = stored[path] = intake.store_unreviewed(
                        raw=raw, analysis=analysis, url=url, publisher=publisher or raw.publisher
                    )
                    self.progress(f"  {path}{outcome(result)}")
        except ValidationError as exc:
            refusal = Refusal(one_line(joined(exc.messages)), "invalid")
            raise StoreRefusedError(path, refusal) from None
        except intake.NotReviewableError as exc:
            # It would wait for a review that no page can take.
            raise StoreRefusedError(path, Refusal(one_line(str(exc)), exc.code)) from None
        return stored

    def write_json(self, document: list[dict]) -> None:
        self.stdout.write(json.dumps(document, ensure_ascii=False, indent=2))

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


def file_json(
    path: str | None,
    result: Analysis | Refusal,
    stored: Stored | None = None,
    refused: Refusal | None = None,
) -> dict:
    """One file's entry of the --json document; a file that failed has the same keys,
    empty, and an "error" field with the reason. A refused file's entry also has
    "refused": true, "reason" (the message) and "code" (which refusal: refusal_json); a
    file refused when the batch was stored, after its analysis, has that analysis and the
    "error". "queued_for_review" is the number of the
    article waiting for review in the admin, when it was queued rather than stored; each
    candidate's "possible_match" is the record it may repeat (why it was queued, or with
    --dry-run would be), else null; "language_supported" is false when the text looks
    like none of the six languages (read as "language" all the same); "default_action",
    "default_target" and "default_reason" are what the review page proposes for it
    (default_json); "planned" is true for a candidate told as planned, not held;
    "published_from" says where "published" came from: "given" (--published), "page"
    (the HTML's metadata) or "dateline" (the article's own dateline, when no date was
    given: 'Geneva, 28 September 2019'), null without one. A usage error's one entry
    has a null "file" (the arguments could not be read)."""
    if isinstance(result, Refusal):
        return {"file": path, "published": None, "language": None, "candidates": [],
                "people": [], "queued_for_review": None, "language_supported": None,
                "published_from": None, "error": result.message,
                **refusal_json(result)}  # fmt: skip
    readings = stored.readings if stored and stored.readings else [None] * len(result.candidates)
    if stored and stored.copy is not None:
        refused = Refusal(f"{path}{outcome(stored).rstrip('.')}.", "already_stored")
    entry = {
        "file": path,
        "published": result.published.isoformat() if result.published else None,
        "language": result.language,
        "candidates": [
            {
                **public_json(c, language=result.language),
                "possible_match": possible_json(r),
                **default_json(r),
            }
            for c, r in zip(result.candidates, readings, strict=True)
        ],
        "people": result.people,
        "queued_for_review": stored.pending.pk if stored and stored.pending else None,
        "language_supported": result.language_supported,
        "published_from": result.published_from or None,
    }
    if refused is None:
        return entry
    # A refusal is an error (the command exits non-zero), a dry run's "would be refused"
    # too; a copy already stored, skipped, is not.
    error = {"error": refused.message} if refused.code != "already_stored" else {}
    return {**entry, **error, **refusal_json(refused)}


def refusal_json(refusal: Refusal) -> dict:
    """ "code" is one of: the call's options: bad_published, bad_language, bad_url (also
    one longer than a source's URL holds, or with a control character), bad_publisher
    (longer than a source's publisher holds, or with a control character),
    url_for_many_files; the file: missing, not_a_file, unreadable, wrong_kind, too_large,
    not_text, empty, not_analysable (the pipeline's refusal: no publication date for a
    relative date, …); the database: database_not_ready (not migrated); when stored (or,
    with --dry-run, would be): over_review_cap (more candidates than one review holds),
    invalid (a value the record refuses), already_stored (skipped, not an error); the
    arguments: bad_usage (an unknown option, a missing value: one entry, "file" null).
    Every code but already_stored exits non-zero, dry run or not."""
    return {"refused": True, "reason": refusal.message, "code": refusal.code}


def possible_json(reading: Unreviewed | None) -> dict | None:
    return match_json(reading.possible if reading else None)


def match_json(match: Match | None) -> dict | None:
    if match is None:
        return None
    return {"record": match.target, "title": str(match.record), "reason": match.reason}


def default_json(reading: Unreviewed | None) -> dict:
    """What the review page proposes for the candidate (review.default_for): its
    "default_action" (create, cite or skip), "default_target" (the record cited, as
    "possible_match" gives one) and "default_reason" (why it is skipped when it names no
    record: 'planned, not yet held ...'), all null when the file was not read against the record
    (it is stored already, or failed)."""
    if reading is None:
        return {"default_action": None, "default_target": None, "default_reason": None}
    return {
        "default_action": reading.default.action,
        "default_target": match_json(reading.default.target),
        "default_reason": reading.default.reason or None,
    }


def checked_options(options: dict) -> tuple[date | None, str]:
    """The publication date and URL the options give; Refused when one is wrong."""
    published = parse_published(options["published"])
    language = options["lang"]
    if language and language not in LANGUAGES:
        raise Refused(
            f"--lang must be one of {', '.join(LANGUAGES)}, not {language!r}.", code="bad_language"
        )
    url = options["url"].strip()
    for name, value, code, validators in (
        ("url", url, "bad_url", [url_text]),
        ("publisher", options["publisher"].strip(), "bad_publisher", ONE_LINE_VALIDATORS),
    ):
        try:
            # The admin's rules for a source's fields: no control character (an ESC or a
            # right-to-left override would reach the public pages: outside re-tester t9r,
            # 5), and in the URL no format character either (re-tester t10s); no invisible
            # character hid in the publisher's name.
            for validate in validators:
                validate(value)
            services.check_lengths(Source, **{name: value})
        except ValidationError as exc:
            raise Refused(f"--{name}: {exc.messages[0]}", code=code) from None
    if url:
        try:
            URLValidator()(url)
        except ValidationError:
            raise Refused(f"--url is not a valid URL: {url!r}.", code="bad_url") from None
        if len(options["paths"]) > 1:
            raise Refused(
                "--url belongs to one article; give one PATH with it.", code="url_for_many_files"
            )
    return published, url


def check_database() -> None:
    """Refused before any file is read when the database is not migrated (a new checkout
    before `make run`): the record's lists are read to analyse an article, and a missing
    table would end the command in a traceback."""
    executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        raise Refused(
            "The database is not set up (it has unapplied migrations): run `make run` once, "
            "or `manage.py migrate`, then ingest again.",
            code="database_not_ready",
        )


def parse_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        published = date.fromisoformat(value)
    except ValueError:
        raise Refused(
            f"--published must be a date as YYYY-MM-DD, not {value!r}.", code="bad_published"
        ) from None
    if not FIRST_DATE <= published <= min(LAST_DATE, timezone.localdate()):
        raise Refused(
            f"--published must be a date {DATE_RANGE_TEXT} and not in the future, not {value}.",
            code="bad_published",
        )
    return published


def read_path(path: str) -> RawArticle:
    """The file's text; InputError with the reason when it cannot be read as an article."""
    file = Path(path)
    try:
        # A directory is said to be one whatever its name ends with (before the suffix).
        if file.exists() and not file.is_file():
            # Never opened: reading a named pipe would wait for a writer.
            raise InputError(
                f"{path} is not a regular file (a directory, a named pipe or a device).",
                code="not_a_file",
            )
        check_suffix(file.name)
        if not file.is_file():
            raise InputError(f"{path}: no such file.", code="missing")
        check_size(path, file.stat().st_size)
        with file.open("rb") as handle:
            return read_bytes(handle.read(), name=path)
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror}).", code="unreadable") from None


def wants_json(args: list[str]) -> bool:
    """Whether the arguments ask for --json (argparse takes a prefix of it: --js)."""
    return any(len(a) > 2 and "--json".startswith(a) for a in args)


def unknown_options(args: list[str], parser) -> list[str]:
    """The arguments written as options that name none of the parser's (a long option by
    any prefix, as argparse reads one; a short one by its first two characters, '-v2')."""
    known = [o for action in parser._actions for o in action.option_strings]
    unknown = []
    for arg in args:
        if arg == "--":
            break
        if not arg.startswith("-") or arg == "-" or arg[1:2].isdigit():
            continue
        name = arg.split("=", 1)[0]
        if name.startswith("--"):
            if not any(option.startswith(name) for option in known):
                unknown.append(name)
        elif name[:2] not in known:
            unknown.append(name)
    return unknown


def one_line(message: str) -> str:
    return " ".join(message.split())
