"""An accept checked against the record as it stands: a review page drawn before another
accept stored the happening it reports (two reviews of one new meeting, accepted one
after the other or at once) would create it a second time. Each candidate set to Create
is matched again inside the accept's transaction; a match the page did not show refuses
the accept, and the editor is sent back to the review with it named (re-tester t10r, 1).
The `ingest` command, which stores without a review, reads its articles against the
record under the same lock (intake.store_unreviewed; outside tester t11b, 1)."""

from dataclasses import dataclass

from peaceproc.txlock import lock_until_commit

from .models import PendingArticle
from .review import ACTION_CREATE, Match, find_matches, load_lookups

# The key of the transaction-level lock every accept that creates events takes on
# PostgreSQL ("peaceproc new events" as a number), and every `ingest` command that
# stores: the second of two at once matches after the first has stored its events.
# (SQLite's IMMEDIATE transactions hold the database's write lock already.)
NEW_EVENTS_LOCK = 0x5E4C_0A11


@dataclass(frozen=True)
class Unseen:
    """A record that now matches a candidate set to Create, which its page did not show."""

    number: int  # the candidate's number on the review page (1-based)
    match: Match


class StaleReviewError(Exception):
    """Records stored since the review page was drawn match candidates set to Create."""

    def __init__(self, unseen: list[Unseen]):
        super().__init__("; ".join(f"candidate {u.number}: {u.match.label}" for u in unseen))
        self.unseen = unseen


def lock_new_events() -> None:
    """Wait for any other accept that creates events, or command that stores, to finish
    (on PostgreSQL; SQLite holds one writer at a time). Held until the transaction ends."""
    lock_until_commit(NEW_EVENTS_LOCK)


def check_creates(*, pending: PendingArticle, formset, source=None) -> None:
    """Match again each candidate of the (valid) review `formset` set to Create, as the
    editor read it, against the records stored now; raise StaleReviewError naming the
    matches its page did not show (CandidateForm.shown_targets). Run inside the accept's
    transaction, after lock_new_events."""
    creates = [
        (number, form)
        for number, form in enumerate(formset.forms, start=1)
        if form.cleaned_data.get("action") == ACTION_CREATE
    ]
    if not creates:
        return
    lock_new_events()
    readings = [form.edited_candidate() or form.candidate for _, form in creates]
    lookups = load_lookups(
        readings,
        headline=pending.title,
        language=pending.language,
        people=pending.people,
        source=source,
    )
    unseen = []
    for (number, form), reading in zip(creates, readings, strict=True):
        shown = form.shown_targets()
        unseen += [
            Unseen(number, m) for m in find_matches(reading, lookups) if m.target not in shown
        ]
    if unseen:
        raise StaleReviewError(unseen)
