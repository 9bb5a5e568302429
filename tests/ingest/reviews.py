"""The set-ups the review tests share (test_review_t9b, test_review_t9r): a record a
candidate may cite, made to order, and one review posted as proposed, with changes."""

from datetime import date

from peaceproc.chronology.models import Agreement, Event, Participant
from peaceproc.ingest.models import PendingArticle
from peaceproc.ingest.review import default_for, find_matches, load_lookups

from .test_admin import IngestTestCase, candidate, formset_data, make_pending


def happening(slug: str, title: str, day: date, *, people=(), **fields) -> Event:
    """An event of `day` (a meeting unless `kind` is given) with the participants whose
    slugs are `people`."""
    fields.setdefault("kind", Event.Kind.MEETING)
    event = Event.objects.create(slug=slug, title=title, start_date=day, precision="day", **fields)
    event.participants.add(*Participant.objects.filter(slug__in=people))
    return event


def envoy_visit_matches(place: str):
    """What the review offers for "Geir Pedersen visited <place> on 4 November 2026": the
    records it matches and the default action."""
    c = candidate(quote=f"Geir Pedersen visited {place} on 4 November 2026 for talks.",
                  date_text="4 November 2026", date="2026-11-04", place=place,
                  participants=["geir-pedersen"])  # fmt: skip
    lookups = load_lookups([c])
    matches = find_matches(c, lookups)
    return matches, default_for(c, matches, lookups)


def accord(slug: str, title: str, day: date) -> Agreement:
    """An agreement signed on `day`."""
    return Agreement.objects.create(slug=slug, title=title, kind=Agreement.Kind.AGREEMENT, date=day)


class ReviewTestCase(IngestTestCase):
    def post_review(self, candidates, *, published_on: date, proposed=None, changes=None):
        """The review of an article of `candidates` posted with what each form proposes,
        `changes` (by form index) over it; `proposed`: the first form's proposed action,
        checked first. The article (read again) and the response."""
        pending = make_pending(list(candidates), published_on=published_on)
        formset = self.client.get(pending.get_absolute_url()).context["formset"]
        if proposed is not None:
            self.assertEqual(formset.forms[0].initial["action"], proposed)
        data = formset_data(formset, changes)
        response = self.client.post(pending.get_absolute_url(), data, follow=True)
        pending.refresh_from_db()
        return pending, response

    def assertAccepted(self, pending: PendingArticle):
        self.assertEqual(pending.status, PendingArticle.Status.ACCEPTED)
