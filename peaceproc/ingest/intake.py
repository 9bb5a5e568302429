"""The ingestion flow that the admin's upload and the `ingest` command share: is the
article already known, what does the pipeline find in it, and storing it either for a
review (the admin) or at once with the automatic decisions (the command), which leaves an
article for review when one of its candidates may repeat a record."""

from dataclasses import dataclass, replace
from datetime import date

from django.conf import settings
from django.db import transaction

from peaceproc.chronology import services as chronology
from peaceproc.chronology.models import Source
from peaceproc.ingest.pipeline import Gazetteer, detect_language

from . import rematch, services
from .analysis import LANGUAGES, Analysis, TooManyCandidates, analyse
from .dateline import dateline_of, unsupported_dateline
from .gazetteer import build_gazetteer
from .models import PendingArticle
from .reading import InputError, RawArticle
from .review import (
    CANDIDATE_FIELDS,
    REVIEW_PAGE_FIELDS,
    Unreviewed,
    automatic_decisions,
    review_field_count,
)

# A review's accept sends every one of its fields in one request, which Django refuses
# above DATA_UPLOAD_MAX_NUMBER_FIELDS (a 400, the editor's edits lost); a hundred
# candidates at most, which keeps the page to render bounded.
REVIEW_CANDIDATE_CAP = 100


def max_review_candidates() -> int:
    """The most candidates one review page holds: without any participant ticked they all
    fit in one request, and never more than REVIEW_CANDIDATE_CAP."""
    fit = (settings.DATA_UPLOAD_MAX_NUMBER_FIELDS - REVIEW_PAGE_FIELDS) // CANDIDATE_FIELDS
    return max(0, min(REVIEW_CANDIDATE_CAP, fit))


class NotReviewableError(InputError):
    """The article's candidates do not fit in one review (see review_refusal)."""

    code = "over_review_cap"


def review_refusal(*, name: str, analysis: Analysis) -> str:
    """Why one review page cannot take the article's candidates, else "": the rule of the
    admin's upload, of a re-read and of the command's queue alike."""
    limit = max_review_candidates()
    count = len(analysis.candidates)
    split = f"Split the article into parts of at most {limit} candidate events each."
    if count > limit:
        return count_refusal(name=name, count=count)
    fields = review_field_count(analysis.candidates, people=analysis.people)
    if fields > settings.DATA_UPLOAD_MAX_NUMBER_FIELDS:
        return (
            f"{name}: reviewing its {count} candidate events and the people they name takes "
            f"up to {fields:,} form fields; one review can send at most "
            f"{settings.DATA_UPLOAD_MAX_NUMBER_FIELDS:,}. {split}"
        )
    return ""


def count_refusal(*, name: str, count: int) -> str:
    """Why one review page cannot take `count` candidates (more than it holds)."""
    limit = max_review_candidates()
    return (
        f"{name} gives {count} candidate events; one review handles at most {limit}. "
        f"Split the article into parts of at most {limit} candidate events each."
    )


def check_reviewable(*, name: str, analysis: Analysis) -> None:
    """Raises NotReviewableError when one review page cannot take the article."""
    if refusal := review_refusal(name=name, analysis=analysis):
        raise NotReviewableError(refusal)


@dataclass(frozen=True)
class KnownCopy:
    """An earlier copy of an article's text: a stored source or an article under review."""

    source: Source | None = None
    pending: PendingArticle | None = None
    same_url: bool = False  # the article waiting is of the same page, its text another


def known_copy(*, text: str, url: str = "", include_pending: bool = True) -> KnownCopy | None:
    """The stored source of the same text, else the article waiting for review with the
    same text or from the same page (`url`, under any spelling: a page read again).
    (A source of the same page with another text is no copy: the review cites it.)"""
    if source := chronology.find_source_by_text(text):
        return KnownCopy(source=source)
    if not include_pending:
        return None
    if pending := services.find_pending_by_text(text):
        return KnownCopy(pending=pending)
    if pending := services.find_pending_by_url(url):
        return KnownCopy(pending=pending, same_url=True)
    return None


class Reader:
    """Analyses articles against one gazetteer, read from the database on first use."""

    def __init__(
        self,
        *,
        language: str | None = None,
        published: date | None = None,
        fallback: date | None = None,
        for_review: bool = False,
    ):
        self.language = language or None
        self.published = published
        # The date of an article that gives none of its own (several files uploaded with
        # one date typed on the form: it must not overrule each file's own date).
        self.fallback = fallback
        # Reading for one review page (the admin's upload): an article with more candidates
        # than one holds is refused as soon as they are counted, before the rest of the
        # reading (NotReviewableError), rather than after it (review_refusal).
        self.max_candidates = max_review_candidates() if for_review else None
        self._gazetteer: Gazetteer | None = None

    def analyse(self, raw: RawArticle, *, published: date | None = None) -> Analysis:
        """The pipeline's reading of `raw`; the publication date given here, else the one
        the reader was made with, else the page's own (htmldate), else the one the
        article's dateline gives (dateline.py), else the reader's fallback. Raises
        InputError."""
        self._gazetteer = self._gazetteer or build_gazetteer()
        published = published or self.published
        source = "given" if published else "page" if raw.published else ""
        published = published or raw.published
        line = None
        if published is None and self.language in (None, *LANGUAGES):
            line = dateline_of(raw.text, language=self.language or detect_language(raw.text))
            published = line.day if line else None
        if published is None and self.fallback is not None:
            published, source = self.fallback, "fallback"
        try:
            analysis = analyse(
                text=raw.text, published=published, language=self.language,
                gazetteer=self._gazetteer, max_candidates=self.max_candidates,
            )  # fmt: skip
        except TooManyCandidates as exc:
            raise NotReviewableError(count_refusal(name=raw.name, count=exc.count)) from None
        except InputError as exc:
            if published is None and "publication date" in str(exc):
                # The page or the dateline gave a date, but not one that could be taken:
                # say which and why.
                ignored = raw.ignored_date or unsupported_dateline(
                    raw.text, language=self.language or detect_language(raw.text)
                )
                if ignored:
                    raise InputError(
                        f"{str(exc).rstrip('.')}; {ignored}, so it was not taken.",
                        code=exc.code,
                    ) from None
            raise
        if line is None:
            return replace(analysis, published_from=source if published else "")
        return replace(analysis, published_from="dateline", dateline_note=line.note(raw.name))


@dataclass(frozen=True)
class Stored:
    """What storing an article without a reviewer did, and each candidate's reading."""

    readings: list[Unreviewed]
    accepted: services.AcceptResult | None = None  # stored with its decisions
    pending: PendingArticle | None = None  # queued for review instead
    copy: Source | None = None  # already stored (an earlier file of the same batch too)


def plan_unreviewed(
    *, raw: RawArticle, analysis: Analysis, url: str = "", publisher: str = ""
) -> list[Unreviewed]:
    """What the command would do with each candidate of the article (reads only); the
    records the source of its URL already cites are read as the review page reads them.
    `publisher`: the one given for the article, else the article's own."""
    return automatic_decisions(
        analysis.candidates,
        headline=raw.title,
        language=analysis.language,
        people=analysis.people,
        source=chronology.source_of_url(url),
        attributed=bool((publisher or raw.publisher) and analysis.published),
    )


def store_unreviewed(
    *, raw: RawArticle, analysis: Analysis, url: str = "", publisher: str = ""
) -> Stored:
    """Store an article without a reviewer (the command). When every candidate is clear (a
    new event, or a likely duplicate cited on the record it repeats) the article is stored
    with those decisions; when one may repeat a record (a possible match), nothing of it is
    stored and it waits for an editor's review in the admin, as an upload would. An article
    whose text is stored already is left alone. Raises NotReviewableError (nothing stored)
    when no review page could hold the article: an article too large for an editor to review
    is not stored unreviewed either (one rule for the admin and the command).

    The article is read against the record under the lock the admin's accept takes
    (rematch.lock_new_events): two commands (or a command and an accept) storing one new
    happening at once run one after the other, and the second cites what the first
    created, or queues its article for review, rather than storing a second event
    (outside tester t11b, 1); the second of two copies of one text is skipped as stored
    (t11b, 2)."""
    with transaction.atomic():
        rematch.lock_new_events()
        if source := chronology.find_source_by_text(raw.text):
            return Stored([], copy=source)
        check_reviewable(name=raw.name, analysis=analysis)
        readings = plan_unreviewed(raw=raw, analysis=analysis, url=url, publisher=publisher)
        if any(r.possible is not None for r in readings):
            if waiting := services.find_pending_by_url(url):
                return Stored(readings, pending=waiting)  # (the same page, read again)
            try:
                pending = services.pending_from(
                    raw=raw, analysis=analysis, url=url, publisher=publisher, title="", user=None
                )
            except services.AlreadyPendingError as exc:
                pending = exc.existing
            return Stored(readings, pending=pending)
        try:
            accepted = services.accept_article(
                article=services.Article(
                    text=raw.text,
                    title=raw.title,
                    url=url,
                    publisher=publisher,
                    published_on=analysis.published,
                    language=analysis.language,
                ),
                decisions=[r.decision for r in readings if r.decision is not None],
            )
        except chronology.DuplicateSourceError as exc:
            # Stored meanwhile by an accept that creates no event (it takes no lock).
            return Stored([], copy=exc.existing)
        return Stored(readings, accepted=accepted)


def reread(*, pending: PendingArticle, published: date | None) -> PendingArticle:
    """Analyse a pending article again with another publication date (the editor
    corrected the page's own); its candidates are replaced, but for those added by hand.
    Raises InputError, also when the new reading no longer fits in one review (the
    article keeps its candidates)."""
    raw = RawArticle(name=pending.name, text=pending.text, title=pending.title)
    analysis = Reader(language=pending.language).analyse(raw, published=published)
    # The happenings an editor added by hand keep the dates the editor gave them.
    by_hand = [c for c in pending.candidates if c.get("by_hand")]
    analysis = replace(analysis, candidates=[*analysis.candidates, *by_hand])
    check_reviewable(name=pending.name, analysis=analysis)
    return services.replace_candidates(pending=pending, analysis=analysis)
