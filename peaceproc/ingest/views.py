"""The admin's "Ingest articles" pages: upload, review, accept or discard.

Every view goes through admin.site.admin_view (staff login, the admin's caching rules)
and needs the permissions to add sources and events, since accepting creates both.
"""

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import partial, wraps

from django.conf import settings
from django.contrib import admin, messages
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.http.multipartparser import MAX_TOTAL_HEADER_SIZE, MultiPartParserError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.views.decorators.http import require_http_methods, require_POST

from peaceproc.chronology import services as chronology
from peaceproc.chronology.dates import DATE_RANGE_TEXT, FIRST_DATE, LAST_DATE
from peaceproc.chronology.models import Source

from . import budget, by_hand, intake, rematch, services
from .analysis import LANGUAGES
from .forms import (
    CandidateFormSet,
    HappeningForm,
    IngestForm,
    PublishedForm,
    SourceDetailsForm,
    cleaning_notes,
    cut_name_notes,
    page_url,
    posted_periods,
)
from .found import article_found
from .models import PendingArticle
from .pipeline import language_supported
from .quotes import QuoteChecker
from .reading import InputError
from .review import ACTION_CITE, candidate_period, find_matches, highlight, load_lookups

PERMISSIONS = ("chronology.add_source", "chronology.add_event")


def editor_view(view):
    """Staff only (via the admin's own login), and allowed to add sources and events."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        if not request.user.has_perms(PERMISSIONS):
            raise PermissionDenied("Ingesting articles needs the rights to add sources and events.")
        return view(request, *args, **kwargs)

    return admin.site.admin_view(checked)


@dataclass(frozen=True)
class Problem:
    """A refusal shown above the form, optionally pointing at the record that caused it."""

    message: str
    link: str = ""
    link_text: str = ""


def source_link(source: Source) -> str:
    return reverse("admin:chronology_source_change", args=[source.pk])


def admin_context(request: HttpRequest, **context) -> dict:
    return {**admin.site.each_context(request), **context}


@editor_view
@require_http_methods(["GET", "POST"])
def index(request: HttpRequest) -> HttpResponse:
    problems: list[Problem] = []
    created: list[PendingArticle] = []
    if request.method == "POST":
        form = IngestForm(request.POST, request.FILES)
        if form.is_valid():
            created, problems = prepare(form.cleaned_data, request)
            for note in cleaning_notes(form) if created else ():
                messages.info(request, note)
            if created and not problems:
                return redirect_after_upload(request, created)
    else:
        form = IngestForm()
    # Of an upload of several files, those kept for review when others were not.
    return upload_page(request, form=form, problems=problems, stored=created if problems else [])


def upload_page(
    request: HttpRequest, *, form, problems: list[Problem], stored=(), status: int = 200
) -> HttpResponse:
    """The upload form with the problems above it, and the queue."""
    pending = PendingArticle.objects.waiting().select_related("created_by").defer("text")
    return render(
        request,
        "admin/ingest/index.html",
        admin_context(
            request,
            title="Ingest articles",
            form=form,
            problems=problems,
            stored=stored,
            pending=pending,
        ),
        status=status,
    )


# Django's words when one part of a multipart body has more than MAX_TOTAL_HEADER_SIZE
# bytes of headers (1,024): a file's name is the part of them an editor chooses.
HEADER_TOO_LONG = "Request max total header size exceeded."


def unreadable_upload(request: HttpRequest, exc: MultiPartParserError) -> HttpResponse:
    """handler400's page for an upload whose body Django could not read, refused before
    any field was (a file's name of a thousand characters: outside tester t11b, 14): the
    upload page again, saying why, rather than a bare 400."""
    if str(exc) == HEADER_TOO_LONG:
        why = (
            "a file's name is too long: the browser sends each file with its name, and "
            f"Django reads at most {MAX_TOTAL_HEADER_SIZE:,} bytes of that (a name of "
            "some 900 Latin letters, or half as many Cyrillic or Arabic ones). Rename the "
            "file to a shorter name and select it again."
        )
    else:
        why = "the form the browser sent is malformed. Select the files again and upload."
    problem = Problem(f"Nothing was stored: the upload could not be read, as {why}")
    return upload_page(request, form=IngestForm(), problems=[problem], status=400)


# How to date one file of several read without a publication date (outside tester t8i,
# finding 14): the date typed on the form would be every file's.
UNDATED_FILE_HINT = (
    "Upload this file alone with its publication date, or begin its text with a dateline "
    "of a supported date ('Geneva, 28 September 2019 -')."
)


def prepare(data: dict, request: HttpRequest) -> tuple[list[PendingArticle], list[Problem]]:
    """Check every article of the upload and keep for review those that read: of several
    files, one refused does not cost the editor the others; each refused one is a problem
    to show, and the editor selects it again once it is fixed."""
    problems = [Problem(message) for message in data.get("unread", ())]
    ready, texts = [], {}
    # The date typed for one article is its date (the editor's correction of its page's);
    # for several, only that of the files giving none of their own (outside tester t8q).
    typed = data.get("published")
    several = len(data["articles"]) > 1
    reader = intake.Reader(
        language=data.get("language"),
        published=None if several else typed,
        fallback=typed if several else None,
        for_review=True,
    )
    analysing = budget.analysis_budget()
    for raw in data["articles"]:
        # The URL left empty: the page's own address (outside tester t16e, 7).
        raw = replace(raw, url=data.get("url") or page_url(raw))
        if copy := intake.known_copy(text=raw.text, url=raw.url):
            problems.append(copy_problem(raw.name, copy))
            continue
        if not analysing.take(chars=len(raw.text)):
            problems.append(Problem(budget.left_over(raw.name)))
            continue
        try:
            analysis = reader.analyse(raw)
        except intake.NotReviewableError as exc:  # (it names the file itself)
            problems.append(Problem(str(exc)))
            continue
        except InputError as exc:
            message = str(exc).strip()
            if several and not typed and "publication date" in message:
                message = f"{message.removesuffix('.')}. {UNDATED_FILE_HINT}"
            problems.append(Problem(f"{raw.name}: {message}"))
            continue
        if refusal := intake.review_refusal(name=raw.name, analysis=analysis):
            problems.append(Problem(refusal))
            continue
        if (digest := chronology.text_hash(raw.text)) in texts:
            problems.append(Problem(f"{raw.name} has the same text as {texts[digest]}."))
            continue
        texts[digest] = raw.name
        ready.append((raw, analysis))
    if not ready:
        return [], problems
    try:
        with transaction.atomic():
            created = [
                services.pending_from(
                    raw=raw,
                    analysis=analysis,
                    url=raw.url,
                    publisher=data.get("publisher") or raw.publisher,
                    title=data.get("title") or "",
                    user=request.user,
                )
                for raw, analysis in ready
            ]
    except services.AlreadyPendingError as exc:
        # Another upload of the same text was stored between the check and now: nothing of
        # this upload is (the editor sends it again, and hears which is a copy).
        known = intake.KnownCopy(pending=exc.existing, same_url=exc.same_url)
        return [], [copy_problem(exc.name, known)]
    if several:
        for raw, analysis in ready:  # (every one of them is queued, or none)
            messages.info(request, date_used(raw.name, analysis))
    return created, problems


# Where a queued file's publication date came from (Analysis.published_from).
DATE_ORIGINS = {
    "given": "typed on the form",
    "page": "the page's metadata",
    "dateline": "its text's dateline",
    "fallback": "typed on the form, the file giving none of its own",
}


def date_used(name: str, analysis) -> str:
    """One line per queued file of several: the publication date it is read with, and where
    that date came from, so that a date typed for all is never taken silently. The name
    is quoted: the admin's message list capitalises a message's first letter, and a file
    name is shown as written (outside re-tester t9r, 13)."""
    name = f"“{name}”"
    if analysis.published is None:
        return f"{name}: read without a publication date."
    origin = DATE_ORIGINS.get(analysis.published_from, "")
    day = analysis.published.isoformat()
    return f"{name}: published {day} ({origin})." if origin else f"{name}: published {day}."


def copy_problem(name: str, copy: intake.KnownCopy) -> Problem:
    if copy.source is not None:
        return Problem(
            f"{name} is already in the record as source #{copy.source.pk} ({copy.source}).",
            source_link(copy.source),
            "Open the earlier source",
        )
    if copy.same_url:
        return Problem(
            f"{name} is from the same page (its URL) as article #{copy.pending.pk} "
            f"({copy.pending}), already waiting for review: review that one, or discard it "
            "before sending this one.",
            copy.pending.get_absolute_url(),
            "Review it",
        )
    return Problem(
        f"{name} is already waiting for review.", copy.pending.get_absolute_url(), "Review it"
    )


def redirect_after_upload(request: HttpRequest, created: list[PendingArticle]) -> HttpResponse:
    if len(created) == 1:
        return redirect(created[0])
    messages.success(request, f"{len(created)} articles read; review them one by one below.")
    return redirect("ingest:index")


def review_formset(
    pending: PendingArticle,
    data=None,
    *,
    source: Source | None = None,
    initial: list[dict] | None = None,
):
    """The review's forms, one per candidate: bound to a POST, or drawn with the proposals
    (and `initial`, the values an editor had typed, kept over them)."""
    candidates = pending.candidates
    # An edited date is matched against the records near it as a proposed one is.
    periods = posted_periods(data, len(candidates)) if data is not None else []
    lookups = load_lookups(
        candidates + periods,
        headline=pending.title,
        language=pending.language,
        people=pending.people,
        source=source,
        attributed=bool(pending.publisher and pending.published_on),
    )
    matches = [find_matches(candidate, lookups) for candidate in candidates]
    quotes = QuoteChecker(pending.text, pending.published_on, pending.language)
    return CandidateFormSet(
        data, candidates=candidates, matches=matches, lookups=lookups, quotes=quotes,
        initial=initial,
    )  # fmt: skip


def happening_form(pending: PendingArticle, formset, data=None) -> HappeningForm:
    """The form to add a happening by hand, with the records the review read already."""
    return HappeningForm(
        data,
        lookups=formset.lookups,
        people=pending.people,
        quotes=formset.quotes,
        participant_index=formset.participant_index,
    )


def typed_values(formset) -> list[dict] | None:
    """What a review's POST holds in each candidate's fields, as the initial values of
    the page drawn again (a happening added by hand keeps the editor's other edits, not
    yet validated, without their errors); None when the POST is not of this review."""
    expected = str(len(formset.candidates))
    counts = [formset.data.get(f"{formset.prefix}-{n}") for n in ("TOTAL_FORMS", "INITIAL_FORMS")]
    if counts != [expected, expected]:
        return None
    return [typed_in(form) for form in formset.forms]


def typed_in(form) -> dict:
    values = {}
    for name, field in form.fields.items():
        key = form.add_prefix(name)
        # (An unticked checkbox sends nothing: it is "none ticked", not "not sent".)
        if not field.widget.value_omitted_from_data(form.data, form.files, key):
            values[name] = field.widget.value_from_datadict(form.data, form.files, key)
    return values


def decided_already(request: HttpRequest, pending: PendingArticle) -> HttpResponse:
    """The article left the queue meanwhile (another editor's accept or discard, or an
    old tab): say so rather than answer 404, and go back to the queue."""
    who = pending.decided_by or "someone"
    when = pending.decided_at.strftime("%Y-%m-%d %H:%M UTC") if pending.decided_at else ""
    messages.warning(
        request,
        f"“{pending}” was already {pending.get_status_display().lower()} by {who}"
        f"{' at ' + when if when else ''}; nothing was changed now. Your edits on that page "
        "were not stored.",
    )
    return redirect("ingest:index")


def waiting_article(view):
    """A view of one article in the queue, given the article: one that left the queue
    meanwhile is said so (`decided_already`), one that never was in it is a 404."""

    @wraps(view)
    def with_article(request: HttpRequest, pk: int) -> HttpResponse:
        pending = get_object_or_404(PendingArticle, pk=pk)
        if pending.status != PendingArticle.Status.WAITING:
            return decided_already(request, pending)
        return view(request, pending)

    return with_article


# The review form's hidden input holding the reading its page was drawn from.
READING_FIELD = "reading"


# Signs each stamp with the article's number: a stamp this site did not draw for the
# article (a tampered form, another article's page) is told from an earlier reading.
def _stamps() -> signing.Signer:
    return signing.Signer(salt="peaceproc.ingest.reading")


def reading_stamp(pending: PendingArticle) -> str:
    """What a review page was drawn from, as its hidden input keeps it: the pipeline's
    candidates (not those added by hand, which a stale page's form counts tell), signed
    with the article's number. A re-read that changed them changes it; one that changed
    only the publication date does not (the accept stores the date as it is then)."""
    read = [c for c in pending.candidates if not c.get("by_hand")]
    text = json.dumps(read, sort_keys=True, ensure_ascii=False)
    return _stamps().sign(f"{pending.pk}.{hashlib.sha256(text.encode()).hexdigest()[:16]}")


def read_again(pending: PendingArticle, data) -> Problem | None:
    """The problem of a review POST drawn before the article was read again with another
    publication date (outside tester t11b, 13), or whose stamp this site never drew for
    this article (a form altered: outside tester t14b, 7, was told the article had been
    read again when it had not); None for a page of the reading as it is, or one drawn
    without the stamp."""
    sent = data.get(READING_FIELD)
    if sent is None or sent == reading_stamp(pending):
        return None
    try:
        drawn_for = _stamps().unsign(sent).split(".", 1)[0]
    except signing.BadSignature:
        drawn_for = None
    if drawn_for != str(pending.pk):
        return Problem(
            "Nothing was stored: the page's record of the reading it was drawn from (its "
            "hidden “reading” field) is not one this site drew for this article, so its "
            "candidates cannot be trusted to be the ones shown. They are shown below as the "
            "article's reading proposes them: review them and accept again."
        )
    when = f"{pending.published_on:%-d %B %Y}" if pending.published_on else "no date"
    return Problem(
        "Nothing was stored: the article was read again since this page was drawn (its "
        f"publication date is now {when}) and its candidates changed. They are shown below "
        "as the new reading proposes them: review them and accept again."
    )


@editor_view
@require_http_methods(["GET", "POST"])
@waiting_article
def review(request: HttpRequest, pending: PendingArticle) -> HttpResponse:
    problems: list[Problem] = []
    source = chronology.source_of_url(pending.url)
    if request.method == "POST" and (stale := read_again(pending, request.POST)):
        details = SourceDetailsForm.typed(pending, request.POST)
        return review_page(request, pending, problems=[stale], source=source, details=details)
    if request.method == "POST":
        formset = review_formset(pending, request.POST, source=source)
        if HappeningForm.started(request.POST):
            # Typed under "Add a happening by hand" and not added (the Enter key sends the
            # page's first button, Accept): accepting now would drop it unseen.
            formset.is_valid()  # the candidates' own errors, shown too
            problems.append(
                Problem(
                    "A happening is typed in under “Add a happening by hand” but was not "
                    "added. Press “Add this happening” (or clear its fields), then accept.",
                    "#add-happening",
                    "Go to it",
                )
            )
            hand = happening_form(pending, formset, request.POST)
            details = SourceDetailsForm.typed(pending, request.POST)
            return review_page(
                request,
                pending,
                formset=formset,
                problems=problems,
                source=source,
                hand=hand,
                details=details,
            )
        details = SourceDetailsForm.of(pending, request.POST)
        if details.is_bound and not details.is_valid():
            formset.is_valid()  # the candidates' own errors, shown too
            problems.append(
                Problem("The source's details need a correction.", "#source-details", "Go to it")
            )
        elif formset.is_valid():
            try:
                result = services.accept_pending(
                    pending=pending,
                    decisions=formset.decisions(),
                    user=request.user,
                    details=details.details(),
                    check=partial(
                        rematch.check_creates, pending=pending, formset=formset, source=source
                    ),
                )
            except services.AlreadyDecidedError as exc:
                return decided_already(request, exc.pending)
            except rematch.StaleReviewError as exc:
                problems += stale_problems(exc)
                # Drawn again against the records as they are now, the editor's choices
                # kept: the new records are offered to cite.
                formset = review_formset(pending, request.POST, source=source)
                formset.is_valid()
            except chronology.DuplicateSourceError as exc:
                problems.append(
                    Problem(
                        f"This text was stored meanwhile as source #{exc.existing.pk} "
                        f"({exc.existing}); nothing was stored.",
                        source_link(exc.existing),
                        "Open the earlier source",
                    )
                )
            except ValidationError as exc:
                problems.extend(
                    Problem(f"Nothing was stored: {message}") for message in exc.messages
                )
            else:
                messages.success(request, accepted_message(result))
                for note in cleaning_notes(details, where=" of the source"):
                    messages.info(request, note)
                for number, form in enumerate(formset.forms, start=1):
                    for note in cleaning_notes(form, where=f" of candidate {number}"):
                        messages.info(request, note)
                    for note in cut_name_notes(form, where=f" of candidate {number}"):
                        messages.info(request, note)
                return redirect("ingest:index")
        else:
            problems.extend(candidate_problems(formset))
        return review_page(
            request, pending, formset=formset, problems=problems, source=source, details=details
        )
    formset = review_formset(pending, source=source)
    return review_page(request, pending, formset=formset, problems=problems, source=source)


def stale_problems(exc: rematch.StaleReviewError) -> list[Problem]:
    """One line per record stored since the review page was drawn that a candidate set to
    Create now matches."""
    return [
        Problem(
            f"Nothing was stored: since this page was drawn, a record was stored that "
            f"candidate {unseen.number} may repeat: {unseen.match.label}. Cite it, or "
            "create the candidate again if it is another happening.",
            f"#candidate-{unseen.number}",
            "Go to it",
        )
        for unseen in exc.unseen
    ]


def candidate_problems(formset) -> list[Problem]:
    """One line per candidate whose form has errors, linking to it: on a long review
    the candidate's own messages may be far down the page."""
    problems = []
    for number, form in enumerate(formset.forms, start=1):
        if not form.errors:
            continue
        fields = [
            str(form[name].label) if name in form.fields else "the candidate as a whole"
            for name in form.errors
        ]
        problems.append(
            Problem(
                f"Candidate {number} ({candidate_period(form.candidate)}) needs a correction: "
                f"{', '.join(fields)}.",
                f"#candidate-{number}",
                "Go to it",
            )
        )
    return problems


def review_page(
    request: HttpRequest,
    pending: PendingArticle,
    *,
    formset=None,
    problems: list[Problem] | None = None,
    published_form: PublishedForm | None = None,
    source: Source | None = None,
    hand: HappeningForm | None = None,
    details: SourceDetailsForm | None = None,
) -> HttpResponse:
    if formset is None:
        source = chronology.source_of_url(pending.url)
        formset = review_formset(pending, source=source)
    lookups = formset.lookups
    problems = list(problems or [])
    if published_problem := unsupported_published(pending.published_on):
        problems.append(Problem(published_problem))
    rows = [
        {
            "form": form,
            "candidate": form.candidate,
            "sentence": highlight(
                form.candidate.get("quote") or "", form.candidate.get("date_spans")
            ),
            "period": candidate_period(form.candidate),
            "duplicate": form.is_duplicate,
            "likely": form.is_likely_duplicate,
            "proposed": form.initial.get("action") == ACTION_CITE,
        }
        for form in formset.forms
    ]
    return render(
        request,
        "admin/ingest/review.html",
        admin_context(
            request,
            title=f"Review: {pending}",
            pending=pending,
            reading_field=READING_FIELD,
            reading=reading_stamp(pending),
            language_name=language_name(pending),
            formset=formset,
            rows=rows,
            problems=problems,
            same_url=source,
            source_fills=source_fills(source, pending),
            source_takes_text=source is not None
            and services.source_takes_text(source=source, article=services.article_of(pending)),
            published_form=published_form
            or PublishedForm(initial={"published": pending.published_on}),
            hand=hand or happening_form(pending, formset),
            details=details or SourceDetailsForm.of(pending),
            found=article_found(
                text=pending.text,
                language=pending.language,
                people=pending.people,
                participants=lookups.participants,
                rounds=lookups.rounds,
                tracks=lookups.track_names,
            ),
        ),
    )


def language_name(pending: PendingArticle) -> str:
    """The article's language as the review says it: read as one the text does not look
    like (a language the pipeline does not read, or the editor's choice against the
    guess), that is said beside it (re-tester t10r, 6)."""
    name = LANGUAGES.get(pending.language, pending.language)
    if pending.language in LANGUAGES and not language_supported(pending.text, pending.language):
        return f"read as {name}, but the text does not read like {name}: check its dates and names"
    return name


def source_fills(source: Source | None, pending: PendingArticle) -> list[tuple[str, str]]:
    """What accepting fills in the source already stored for the article's URL, as the
    review says it (services.fill_source): [(field's name, value)]."""
    if source is None:
        return []
    gaps = services.source_gaps(source=source, article=services.article_of(pending))
    return [
        (
            str(Source._meta.get_field(name).verbose_name),
            f"{value:%-d %B %Y}" if isinstance(value, date) else str(value),
        )
        for name, value in gaps.items()
    ]


@editor_view
@require_POST
@waiting_article
def add_happening(request: HttpRequest, pending: PendingArticle) -> HttpResponse:
    """The review's "Add this happening" button: the review's whole form is sent here, so
    the candidates' edits are drawn again as typed; the happening, valid, becomes the last
    candidate, accepted with the others."""
    source = chronology.source_of_url(pending.url)
    posted = review_formset(pending, request.POST, source=source)
    stale = read_again(pending, request.POST)
    kept = None if stale else typed_values(posted)
    hand = happening_form(pending, posted, request.POST)
    problems: list[Problem] = []
    if stale:
        problems.append(stale)
    elif kept is None:
        problems.append(
            Problem(
                "The review on that page did not match the article any more (another tab or "
                "editor changed it): its candidates are shown as proposed."
            )
        )
    if hand.is_valid():
        try:
            number = by_hand.add_happening(
                pending=pending, happening=hand.happening(), user=request.user
            )
        except services.AlreadyDecidedError as exc:
            return decided_already(request, exc.pending)
        except (ValidationError, intake.NotReviewableError) as exc:
            texts = exc.messages if isinstance(exc, ValidationError) else [str(exc)]
            problems.extend(Problem(text) for text in texts)
        else:
            messages.success(
                request,
                format_html(
                    'Added as <a href="#candidate-{}">candidate {}</a>: review it with the '
                    "others and accept to store it.",
                    number,
                    number,
                ),
            )
            for note in cleaning_notes(hand, where=f" of candidate {number}"):
                messages.info(request, note)
            if not hand.quotes.reads_dates:
                messages.warning(
                    request,
                    f"Candidate {number}'s date is the one you gave, not checked against its "
                    "quote: the ingestion does not read this article's language.",
                )
            hand = None
    if hand is not None and hand.errors:
        problems.append(
            Problem("The happening to add needs a correction.", "#add-happening", "Go to it")
        )
    formset = review_formset(pending, source=source, initial=kept)
    details = SourceDetailsForm.typed(pending, request.POST)
    return review_page(
        request,
        pending,
        formset=formset,
        problems=problems,
        source=source,
        hand=hand,
        details=details,
    )


def unsupported_published(published: date | None) -> str:
    """The message for a publication date stored before dates were bounded (issue 13)."""
    if published is None or FIRST_DATE <= published <= LAST_DATE:
        return ""
    return (
        f"The publication date {published.isoformat()} is not {DATE_RANGE_TEXT}: the dates "
        "read from it are wrong. Enter the article's publication date below to read it again."
    )


@editor_view
@require_POST
@waiting_article
def reread(request: HttpRequest, pending: PendingArticle) -> HttpResponse:
    """Read a pending article again with the publication date the editor gave."""
    form = PublishedForm(request.POST)
    if form.is_valid():
        try:
            intake.reread(pending=pending, published=form.cleaned_data["published"])
        except InputError as exc:
            return review_page(request, pending, problems=[Problem(str(exc))], published_form=form)
        messages.info(request, "Read again with the new publication date.")
        return redirect(pending)
    return review_page(request, pending, published_form=form)


def too_many_fields(request: HttpRequest) -> HttpResponse:
    """handler400's page for an ingest request that sent more fields than Django takes
    (DATA_UPLOAD_MAX_NUMBER_FIELDS): refused before any view ran, so nothing was stored.
    A review page never draws that many (intake.review_refusal); a page changed by hand
    or by a browser extension can send them."""
    limit = settings.DATA_UPLOAD_MAX_NUMBER_FIELDS
    match = request.resolver_match
    pk = match.kwargs.get("pk") if match is not None else None
    back = reverse("ingest:review", args=[pk]) if pk is not None else ""
    problem = Problem(
        f"The page sent more than {limit:,} form fields, more than one request may carry. "
        "Your edits on that page were not stored: open the review again and accept it "
        "from there, without adding fields to the page."
    )
    return render(
        request,
        "admin/ingest/too_many_fields.html",
        admin_context(request, title="Nothing was stored", problems=[problem], back=back),
        status=400,
    )


def accepted_message(result: services.AcceptResult) -> str:
    def count(n: int, what: str) -> str:
        return f"{n} {what}{'s' if n != 1 else ''}"

    cited = Counter(result.cited)
    parts = [count(len(result.events), "new event")]
    if cited:
        parts.append(count(len(cited), "citation") + " on existing records")
    if result.participants:
        parts.append(count(len(result.participants), "new participant"))
    message = format_html(
        'Stored <a href="{}">source #{}</a> with {}.',
        source_link(result.source),
        result.source.pk,
        ", ".join(parts),
    )
    if result.events:
        links = format_html_join(
            ", ",
            '<a href="{}">{}</a>',
            ((event.get_absolute_url(), event.title) for event in result.events),
        )
        message = format_html("{} New: {}.", message, links)
    # A source cites a record once: the sentences of several candidates citing it are
    # all kept, one under the other, in that one citation (chronology.services.cite).
    shared = [(target, n) for target, n in cited.items() if n > 1]
    if shared:
        kept = format_html_join(
            "; ", "{} quotes on {}", ((n, f"{target} ({target.period})") for target, n in shared)
        )
        message = format_html("{} Kept together in one citation each: {}.", message, kept)
    return message


@editor_view
@require_POST
@waiting_article
def discard(request: HttpRequest, pending: PendingArticle) -> HttpResponse:
    name = str(pending)
    services.discard_pending(pending=pending, user=request.user)
    messages.info(request, f"Discarded “{name}”; nothing was stored.")
    return redirect("ingest:index")
