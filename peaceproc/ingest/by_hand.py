"""A happening an editor adds by hand on the review page, when the pipeline dated none or
missed one: kept as one more candidate of the article, so that it is reviewed, matched
against the record and accepted like the pipeline's own (services.accept_pending; one
write path for every event an article gives).
"""

from dataclasses import dataclass, field
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction

from peaceproc.chronology.models import Participant, Round, Track

from .analysis import Analysis, sentence_people
from .intake import check_reviewable
from .models import PendingArticle
from .quotes import QuoteChecker, dates_stated, normalised, states
from .services import AlreadyDecidedError

# What a candidate added by hand says about its date, where the pipeline gives its reason.
REASON = "added by hand by {who}: the date the editor gave, stated by the quote"
# The same in an article whose language the ingestion does not read: the quote is kept,
# the date is the editor's alone (QuoteChecker.date_error).
REASON_UNCHECKED = (
    "added by hand by {who}: the date the editor gave, not checked against the text (the "
    "ingestion does not read the article's language)"
)
# A date the editor states, on the confidence scale of the pipeline's candidates.
CONFIDENCE = 1.0


@dataclass(frozen=True)
class Happening:
    """What the editor typed (validated by forms.HappeningForm)."""

    title: str
    kind: str
    start_date: date
    precision: str
    quote: str
    end_date: date | None = None
    track: Track | None = None
    round: Round | None = None
    participants: tuple[Participant, ...] = ()
    new_names: tuple[str, ...] = field(default=())
    place: str = ""


def candidate_of(happening: Happening, *, text: str, published, language: str, who: str) -> dict:
    """The happening in the shape of the pipeline's stored candidates (analysis.py), its
    quote's offsets in the article and the spans of the words that state its date."""
    checker = QuoteChecker(text, published, language)
    span = checker.span_of(happening.quote)
    if span is None:
        raise ValidationError("The quote is not text of this article.")
    quote = normalised(happening.quote)
    end = happening.end_date
    days = (end - happening.start_date).days if end and end > happening.start_date else 0
    stating = [
        m
        for m in dates_stated(quote, published=published, language=language)
        if states(m, happening.start_date, happening.precision, span_days=days)
        or (end and states(m, end, "day", span_days=days))
    ]
    round_ = happening.round
    track = happening.track or (round_.track if round_ else None)
    slugs = [p.slug for p in happening.participants]
    return {
        "date": happening.start_date.isoformat(),
        "precision": happening.precision,
        "end_date": end.isoformat() if end else None,
        "date_text": " … ".join(m.text for m in stating),
        "kind": happening.kind,
        "track": track.slug if track else None,
        "round": round_.number if round_ else None,
        "round_slug": round_.slug if round_ else None,
        "participants": slugs,
        "new_names": list(happening.new_names),
        "place": happening.place or None,
        "quote": quote,
        "confidence": CONFIDENCE,
        "date_reason": (REASON if checker.reads_dates else REASON_UNCHECKED).format(who=who),
        "quote_start": span[0],
        "quote_end": span[1],
        "date_spans": [[m.char_start, m.char_end] for m in stating],
        "agreement_cues": [],
        "people": slugs,
        "title": happening.title,
        "by_hand": True,
    }


class AlreadyACandidateError(ValidationError):
    """The article has that happening already: the same quote and dates."""


def _same_happening(existing: dict, added: dict) -> bool:
    """Whether a happening added by hand copies a candidate: the same quote, dates and
    people (sentence_people), and the same title when that candidate has one. One
    sentence may tell two happenings ('talks with X on 20 January' beside meetings with
    Y): another meeting of other people or under another title is the editor's to add
    (outside tester t11b, 4)."""
    same = ("quote", "date", "precision", "end_date")
    if any(existing.get(key) != added[key] for key in same):
        return False
    if set(sentence_people(existing)) != set(sentence_people(added)):
        return False
    title = existing.get("title")
    return not title or normalised(title).casefold() == normalised(added["title"]).casefold()


def add_happening(*, pending: PendingArticle, happening: Happening, user) -> int:
    """Add the happening to the article's candidates and return its number (1-based).

    Raises AlreadyDecidedError when the article left the queue meanwhile, InputError
    (NotReviewableError) when one review page could no longer hold the article,
    AlreadyACandidateError for a second copy of a candidate, ValidationError for a quote
    that is not the article's."""
    with transaction.atomic():
        current = PendingArticle.objects.select_for_update().get(pk=pending.pk)
        if current.status != PendingArticle.Status.WAITING:
            raise AlreadyDecidedError(current)
        who = user.get_username() if user is not None and user.is_authenticated else "an editor"
        added = candidate_of(
            happening,
            text=current.text,
            published=current.published_on,
            language=current.language,
            who=who,
        )
        for number, existing in enumerate(current.candidates, start=1):
            if _same_happening(existing, added):
                raise AlreadyACandidateError(
                    f"This happening is already candidate {number}, with the same quote, "
                    "dates and people.",
                    code="already_a_candidate",
                )
        candidates = [*current.candidates, added]
        check_reviewable(
            name=current.name,
            analysis=Analysis(
                language=current.language,
                published=current.published_on,
                candidates=candidates,
                people=current.people,
            ),
        )
        current.candidates = candidates
        current.save(update_fields=["candidates"])
    pending.candidates = candidates
    return len(candidates)
