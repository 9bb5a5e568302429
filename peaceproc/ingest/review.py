"""What the review page (and the command, which accepts without a person) proposes for
each candidate: the records it probably repeats, a title, and the sentence with its date
words highlighted.

Reads only; writes are in services.py.
"""

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from django.db.models import Q
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe

from peaceproc.chronology.dates import (
    Precision,
    add_days,
    format_period,
    period_last_day,
    truncate,
)
from peaceproc.chronology.models import (
    Agreement,
    Citation,
    Confidence,
    EnvoyTenure,
    Event,
    Participant,
    Round,
    Source,
    Track,
    agreement_people,
)
from peaceproc.chronology.slug_names import slug_names
from peaceproc.ingest.pipeline.asides import without_background, without_purposes
from peaceproc.ingest.pipeline.attendance import counterparts as met
from peaceproc.ingest.pipeline.cues import (
    SPEECH_CUES,
    agreement_cues,
    kinds_in,
    purposes,
    speaks,
    speech_rx,
    tells_start,
)
from peaceproc.ingest.pipeline.entities import PLACES
from peaceproc.ingest.pipeline.lexicon import (
    CALLED_OFF,
    DATE_MOVED,
    ISSUES,
    MOVED_TO_BEFORE,
    MOVED_TO_ENDING,
    PLANNED_AFTER,
    PLANNED_BEFORE,
)
from peaceproc.ingest.pipeline.office import left_office, took_office
from peaceproc.ingest.pipeline.places import forms_of, place_key
from peaceproc.ingest.pipeline.rounds import (
    dominant_track,
    numbers_named,
    talks_of,
    track_counts,
)
from peaceproc.ingest.pipeline.skeleton import MARK, MIN_CONSONANTS, latin_skeleton
from peaceproc.ingest.pipeline.text import fold, fold_pattern, name_key, tokenize
from peaceproc.messages import listed
from peaceproc.search.folding import words
from peaceproc.search.sounds import skeleton

from .analysis import sentence_people
from .office import other_move
from .services import Decision, NewEvent, long_names
from .titles import (
    MEETING_KINDS,
    bare,
    candidate_place,
    cities_named,
    named_only,
    names_subject,
    placed_in,
    subject_of,
    title_for,
)

# Two reports of one meeting often disagree by a day or two (time zones, "yesterday",
# the day talks opened versus closed); further apart they are usually different events.
NEAR_DAYS = 3
# A record whose title names the happening the sentence is about, up to two weeks away,
# is offered with the two dates named: one decree dated 20 August by a report and 27
# August by the record (issue 9); never the default.
NAMED_DAYS = 14
# A sentence that dates a happening to a day (in full, as a weekday, a day without its
# year) is taken at its word but for one day (time zones, a meeting past midnight, the day
# talks opened versus closed): a record further off is offered, not the default.
WRITTEN_DAYS = 1

# The pipeline's kinds that are not Event kinds, and what an event of them is.
KIND_TO_EVENT = {
    "round": Event.Kind.MEETING,
    "agreement": Event.Kind.MILESTONE,
    "un_resolution": Event.Kind.STATEMENT,
}
AGREEMENT_KINDS = {"agreement", "ceasefire", "un_resolution"}
# Kinds of a gathering, which reports call by one another's names.
GATHERINGS = {Event.Kind.MEETING, Event.Kind.SUMMIT, Event.Kind.MINISTERIAL, Event.Kind.CONFERENCE}


def event_kind(kind: str) -> str:
    kind = KIND_TO_EVENT.get(kind, kind)
    return kind if kind in Event.Kind.values else Event.Kind.OTHER


def confidence_label(score: float | None, *, attributed: bool) -> str:
    """The confidence proposed for a record read from an article: the pipeline's score of
    its reading, and at most Medium when the article does not say who published it or
    when (`attributed` false: a pasted text without a publisher or a publication date),
    however clear its sentence: nobody can check such a source."""
    score = score or 0.0
    if score >= 0.75 and attributed:
        return Confidence.HIGH
    if score >= 0.5:
        return Confidence.MEDIUM
    return Confidence.LOW


def citation_quote(candidate: dict) -> str:
    """The quote a citation of the candidate keeps: its sentence, ending in '…' when it
    is the first part of a sentence too long to read at once (analysis.quote_cut)."""
    quote = candidate.get("quote") or ""
    return f"{quote.rstrip()}…" if candidate.get("quote_cut") else quote


def quote_keys(candidate: dict) -> tuple[str, ...]:
    """The forms a citation of the candidate's sentence may have been stored in, spaces
    normalised: as read, and as citation_quote gives it."""
    forms = (candidate.get("quote") or "", citation_quote(candidate))
    return tuple(dict.fromkeys(" ".join(q.split()) for q in forms))


def parse_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def period(start: date, end: date | None, precision: str) -> tuple[date, date]:
    """The first and last day a dated record covers."""
    last = period_last_day(end or start, precision)
    return start, max(last, start)


def gap_days(a: tuple[date, date], b: tuple[date, date]) -> int:
    """Days between two periods; 0 when they overlap."""
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


@dataclass(frozen=True)
class Match:
    """An existing record that a candidate probably repeats."""

    # "event:12", "round:4", "agreement:7", "tenure:3": a value of the review form's choice
    target: str
    record: Event | Round | Agreement | EnvoyTenure
    reason: str
    # Evidence enough to propose citing it by default: the same round, the same sentence,
    # a participant in common near the date, or the same date at the candidate's precision
    # and track with nothing against it. A weak match is offered, never the default.
    strong: bool = True

    @property
    def label(self) -> str:
        kind = self.target.split(":", 1)[0]
        when = getattr(self.record, "period", None) or getattr(self.record, "display_date", "")
        return f"{kind.capitalize()}: {self.record} ({when}) — {self.reason}"


@dataclass
class Lookups:
    """The records candidates refer to, read once for a whole article."""

    participants: dict[str, Participant] = field(default_factory=dict)  # by slug
    rounds: dict[str, Round] = field(default_factory=dict)  # by slug
    tracks: dict[str, Track] = field(default_factory=dict)  # by slug
    # Every slug a track is known by, now or before a rename (slug_names): the pipeline
    # names the tracks by the seeds' slugs, which an editor may have renamed and given to
    # another track since (outside tester t11d, N2).
    track_names: dict[str, Track] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    # The envoys' tenures that start or end near the candidates' dates, with their envoy.
    tenures: list[EnvoyTenure] = field(default_factory=list)
    # The records already cited with a sentence: {sentence: {("event", pk), ...}}.
    cited: dict[str, set[tuple[str, int]]] = field(default_factory=dict)
    # The article's headline and language: what the whole article is about names the
    # record its dated sentences report ("Eighth round opens in Astana").
    headline: str = ""
    language: str = "en"
    # The known participants the whole article names, by slug, in order of mention.
    article_people: list[str] = field(default_factory=list)
    # What the source already stored for the article's URL cites with each sentence:
    # {sentence: {"event:12", ...}}; those candidates are read already.
    cited_by_source: dict[str, set[str]] = field(default_factory=dict)
    # Every record that source already cites, whatever the sentence ("event:25"): the
    # article was read before and these are what it reports (outside tester t9b, 2).
    supported: set[str] = field(default_factory=set)
    # Each event's participants and each agreement's signatories, by slug: read once for
    # all candidates (a related manager per record per candidate cost a review most of
    # its CPU).
    people_of: dict[tuple[str, int], frozenset[str]] = field(default_factory=dict)
    # Whether the article names its publisher and its publication date: without either,
    # nothing read from it is proposed with High confidence (confidence_label).
    attributed: bool = True
    # The track the article is about, by the names its headline and dated sentences give
    # most (pipeline.rounds.dominant_track): the track of a sentence that names none.
    article_track: Track | None = None

    def track(self, slug: str | None) -> Track | None:
        """The track a candidate's or the pipeline's `slug` names (track_names)."""
        return self.track_names.get(slug or "")

    def people(self, record: Event | Agreement | EnvoyTenure) -> frozenset[str]:
        return self.people_of[(type(record).__name__, record.pk)]


def load_lookups(
    candidates: list[dict],
    *,
    headline: str = "",
    language: str = "en",
    people: list[dict] | None = None,
    source: Source | None = None,
    attributed: bool = True,
) -> Lookups:
    """Participants, rounds and tracks by slug, the events and agreements near the
    candidates' dates or in their rounds, and the records already cited with one of their
    sentences: twelve queries for any number of candidates (four for the tracks: slug_names)."""
    lookups = Lookups(headline=headline, language=language, attributed=attributed)
    lookups.article_people = [p["slug"] for p in people or () if p.get("slug")]
    slugs = {
        slug
        for c in candidates
        for slug in (*(c.get("participants") or ()), *(c.get("people") or ()))
    } | set(lookups.article_people)
    lookups.participants = {p.slug: p for p in Participant.objects.filter(slug__in=slugs)}
    lookups.rounds = {r.slug: r for r in Round.objects.select_related("track")}
    tracks = slug_names(Track.objects.all())
    lookups.tracks = {t.slug: t for t in tracks.listed}
    lookups.track_names = tracks.records
    if not candidates:
        return lookups
    sentences = dict.fromkeys(c.get("quote") or "" for c in candidates)
    lookups.article_track = lookups.track(
        dominant_track(track_counts(fold(" ".join((headline, *sentences)))))
    )
    starts = [parse_date(c["date"]) for c in candidates]
    ends = [
        period(s, parse_date(c.get("end_date")), c["precision"])[1]
        for s, c in zip(starts, candidates, strict=True)
    ]
    low, high = add_days(min(starts), -NAMED_DAYS), add_days(max(ends), NAMED_DAYS)
    round_ids = [
        lookups.rounds[c["round_slug"]].pk
        for c in candidates
        if c.get("round_slug") in lookups.rounds
    ]
    quotes = {key for c in candidates for key in quote_keys(c)} - {""}
    # The citations of these sentences, and (in the same query) all of the source's own.
    of_source = Q(source_id=source.pk) if source is not None else Q(pk__in=[])
    kinds = ("event", "round", "agreement", "tenure")
    supported: dict[str, set[int]] = {kind: set() for kind in kinds}
    for quote, source_id, *targets in Citation.objects.filter(
        Q(quote__in=quotes) | of_source
    ).values_list("quote", "source_id", *(f"{kind}_id" for kind in kinds)):
        for kind, pk in zip(kinds, targets, strict=True):
            if pk is None:
                continue
            if source is not None and source_id == source.pk:
                lookups.supported.add(f"{kind}:{pk}")
                supported[kind].add(pk)
            if quote in quotes:
                lookups.cited.setdefault(quote, set()).add((kind, pk))
                if source is not None and source_id == source.pk:
                    lookups.cited_by_source.setdefault(quote, set()).add(f"{kind}:{pk}")
    cited = {kind: {pk for targets in lookups.cited.values() for k, pk in targets if k == kind}
             | supported[kind] for kind in ("event", "agreement", "tenure")}  # fmt: skip
    # A year-precision record starts up to a year before any day it covers.
    window = Q(start_date__lte=high, start_date__gte=add_days(low, -366))
    lookups.events = [
        e
        for e in Event.objects.filter(window | Q(round_id__in=round_ids) | Q(pk__in=cited["event"]))
        .select_related("round")
        .prefetch_related("participants")
        if e.round_id in round_ids
        or e.pk in cited["event"]
        or gap_days(period(e.start_date, e.end_date, e.precision), (low, high)) == 0
    ]
    lookups.agreements = list(
        Agreement.objects.filter(
            Q(date__lte=high, date__gte=add_days(low, -366))
            | Q(round_id__in=round_ids)
            | Q(pk__in=cited["agreement"])
        ).prefetch_related(agreement_people())
    )
    # A tenure's start is a day; its end may be known to the month or the year only.
    lookups.tenures = list(
        EnvoyTenure.objects.filter(
            Q(start_date__lte=high, start_date__gte=low)
            | Q(end_date__lte=high, end_date__gte=add_days(low, -366))
            | Q(pk__in=cited["tenure"])
        ).select_related("envoy")
    )
    lookups.people_of = {
        **{
            ("Event", e.pk): frozenset(p.slug for p in e.participants.all()) for e in lookups.events
        },
        **{
            ("Agreement", a.pk): frozenset(p.slug for p in a.signatories)
            for a in lookups.agreements
        },
        **{("EnvoyTenure", t.pk): frozenset({t.envoy.slug}) for t in lookups.tenures},
    }
    return lookups


@dataclass(frozen=True)
class _Evidence:
    """Why a record may be the one a candidate repeats, and how strongly."""

    record: Event | Round | Agreement
    target: str
    reasons: tuple[str, ...]
    shared: int  # participants in common
    gap: int  # days between the two periods (0: they overlap)
    strong: bool = True
    same_place: bool = False
    # The round a round's sentence is about: that round before any event of its days
    # (a deputy ministers' meeting in the same city on the round's first day).
    own_round: bool = False
    # The record is dated at the candidate's precision (or finer) and its dates hold the
    # candidate's: a day of a round's days, not a day of a month-dated process event.
    fits: bool = False
    # The source of the article's URL already cites it, and the dates agree (_supported).
    supported: bool = False

    def rank(self) -> tuple[bool, bool, bool, bool, int, bool, int, int]:
        # The best match: strong before weak, one the article's source already cites, the
        # sentence's own round, one whose dates hold the candidate's at its precision,
        # then the most participants in common, the same place, the nearest date, the
        # most reasons.
        return (
            not self.strong,
            not self.supported,
            not self.own_round,
            not self.fits,
            -self.shared,
            not self.same_place,
            self.gap,
            -len(self.reasons),
        )


def find_matches(candidate: dict, lookups: Lookups) -> list[Match]:
    """Existing records the candidate probably repeats, the best first: strong matches
    before weak ones, then the most shared participants, the same place, the nearest date.

    A record matches when it is in the candidate's round; when it shares a participant
    within a few days; when it is already cited with the same sentence; or when it has the
    same date and track at the coarser of the two precisions. That last one alone is
    strong only at the candidate's own precision, for the one record of the track in that
    period or the one in the same place, and never when the two name people without any
    in common ('in November' beside two Astana-track events of November says nothing about
    which one; a day inside a record dated by its month alone is not that record). For an
    agreement cue, agreements of that round or with a signatory in common near its day
    (or in its month or year); for a round, the round itself."""
    start = parse_date(candidate["date"])
    span = period(start, parse_date(candidate.get("end_date")), candidate["precision"])
    round_ = lookups.rounds.get(candidate.get("round_slug") or "")
    track = lookups.track(candidate.get("track"))
    slugs = set(candidate.get("participants") or ())
    # Where it happened, not where someone speaks from ('by video from Damascus': outside
    # tester t10b, 3).
    where = _happening_place(candidate, lookups.language)
    place = where.casefold()
    cited = set().union(*(lookups.cited.get(key, ()) for key in quote_keys(candidate)))
    quote, said_when = candidate.get("quote") or "", candidate.get("date_text") or ""
    # A phrase naming what the gathering comes ahead of names no record, unless the
    # candidate's own date stands in it: then it is that happening's.
    if not dated_in_purpose(candidate, lookups.language):
        quote = _without_purposes(quote, lookups.language)
    if round_ is None:
        # A round the pipeline left to a clause of what went on meanwhile ('Putin received
        # Erdogan in Sochi, as the fourth round of Astana talks was held') is not named.
        quote = without_background(quote, lookups.language)
    named = _Naming(quote, lookups, tuple(candidate.get("new_names") or ()))
    kind = event_kind(candidate.get("kind") or "")
    same_period = [
        e for e in lookups.events if track and e.track_id == track.pk and _same_period(candidate, e)
    ]
    started = tells_start(fold(candidate.get("quote") or ""), lookups.language)
    # A sentence dated by its year alone (not a month's beside a record of the year).
    in_a_year = candidate["precision"] == "year"
    start_record = _track_start(same_period, span, lookups) if started and track else None
    # In a year, kind and people tell only the one record of the year of the candidate's
    # sort with two of its people, when no round of its track was held then either.
    alike_by_people = [
        e for e in lookups.events
        if in_a_year and _same_sort(kind, e.kind) and len(slugs & lookups.people(e)) >= 2
        and _same_period(candidate, e)
    ]  # fmt: skip
    if (
        track
        and kind in GATHERINGS
        and any(
            r.track_id == track.pk and _inside(period(r.start_date, r.end_date, "day"), span)
            for r in lookups.rounds.values()
        )
    ):
        alike_by_people.append(None)
    tracks = {t.pk: t for t in lookups.tracks.values()}
    held, held_best = _held_records(candidate, span, track, slugs, place, named, lookups)
    by_body = _held_by_its_body(candidate, span, kind, track, lookups)
    found: list[_Evidence] = []
    for event in lookups.events:
        reasons, strong = [], False
        if round_ and event.round_id == round_.pk:
            reasons.append(f"same round ({round_.title})")
            strong = True
        event_span = period(event.start_date, event.end_date, event.precision)
        gap = gap_days(span, event_span)
        people = lookups.people(event)
        shared = slugs & people
        if gap <= NEAR_DAYS and shared:
            when = _when(span, event_span, candidate["precision"], event.precision, gap)
            reasons.append(f"{when}, {len(shared)} shared participant{'s' * (len(shared) > 1)}")
            # Days apart, only a happening of the same kind or one its title names: a
            # minister's phone call two days before the congress he attends is not the
            # congress.
            # The same day with one person in common is not enough for another sort of
            # happening: a president's meeting with an envoy is not his address of that
            # day (outside re-tester t10r, 2); offered, not the default.
            same_day_alone = (
                gap == 0
                and candidate["precision"] == Precision.DAY
                and len(shared) == 1
                and not _same_sort(kind, event.kind)
            )
            strong = (
                strong
                or (gap == 0 and not same_day_alone)
                or kind == event.kind
                or named.its_subject(event.title)
            )
        same_place = bool(place) and _same_place(place, event.place or "")
        same_days = gap == 0 and candidate["precision"] == event.precision == "day"
        if event in same_period:
            precision = _coarser(candidate["precision"], event.precision)
            reasons.append(f"same {precision} and track" + (", same place" * same_place))
            # The same day, track and place is the same happening whoever the sentence
            # names ('a meeting of Iran in Ankara' on the day of the Ankara summit).
            strong = strong or (
                precision == candidate["precision"]
                and (len(same_period) == 1 or same_place)
                and (not (slugs and people and not shared) or (same_place and precision == "day"))
            )
        if by_body is not None and event == by_body[0]:
            # The one record of the sentence's month of its sort held by people of a body
            # the sentence names ('The UN announced last month that the committee had been
            # formed' and the formation announced by the Secretary-General).
            reasons.append(by_body[1])
            strong = True
        # (Its participants' names alone in its title are shared participants, said above:
        # not the sentence naming the record, outside re-tester t9r, 7.)
        who = _content_words(" ".join(p.name for p in event.participants.all()))
        if name := named.names(event, event.title, event.place, gap, besides=who):
            reasons.append(name)
            strong = True
        elif same_days and (
            # (A shared participant's name in its title is said above.)
            named.a_name_of(event.title, besides=who if shared else frozenset())
            or named.its_subject(event.title)
        ):
            # The very day, and a name its title gives in the sentence ('Assad' of the
            # day the Assad government fell) or what the sentence is about in any
            # language ('الحوار الوطني' on the day of the National Dialogue Conference),
            # whatever track the sentence gave.
            reasons.append("same day, the sentence names it")
            strong = True
        elif (
            same_days
            and track is not None
            and event.track_id != track.pk
            and (body := named.its_body(tracks.get(event.track_id), gap))
            and sum(e.track_id == event.track_id and _same_period(candidate, e)
                    for e in lookups.events) == 1
        ):  # fmt: skip
            # A record of another track than the sentence was given, held that very day,
            # whose body the sentence names: that record (the only one of its body then).
            reasons.append(body)
            strong = True
        elif (
            same_days
            and same_place
            and (track is None or event.track_id == track.pk)
            and (kind == event.kind or {kind, event.kind} <= GATHERINGS)
        ):
            # The same days in the same city, a happening of the same sort, with no track
            # to tell them apart: offered; the default only for the very same span of
            # several days ('the event will be held in Sochi on 29-30 January'), not for
            # one day (a conference on water prices in Damascus on the day of another).
            reasons.append("same dates and place")
            strong = strong or (bool(candidate.get("end_date")) and span == event_span)
        if event.pk in held:
            # (Said once: the rules above name the same ties in their own words.)
            reasons = reasons or [held[event.pk]]
            strong = strong or held_best == event.pk
        if not reasons and 0 < gap <= NAMED_DAYS and named.its_subject(event.title):
            # What the sentence is about, dated a few days off: offered with the two
            # dates, for the editor to tell one happening misdated from two.
            reasons.append(
                f"the sentence names it, but dates it {candidate_period(candidate)} and the "
                f"record {event.period} ({gap} day{'s' * (gap > 1)} apart)"
            )
        elif (
            not reasons
            and same_days
            and (track is None or event.track_id != track.pk)
            and (kind == event.kind or {kind, event.kind} <= GATHERINGS)
            and not (slugs and people and not shared)
        ):
            # The same day and sort of happening whatever track the sentence was given
            # (none, or another): offered, not the default (one day holds many meetings).
            track_words = "another track" if track else "the sentence gives no track"
            reasons.append(f"same day and kind, {track_words}")
        if ("event", event.pk) in cited:
            reason, agrees = _cited_with_sentence(gap)
            reasons.append(reason)
            strong = strong or agrees
        supported = _supported(f"event:{event.pk}", candidate, event_span, event.precision,
                               gap, lookups)  # fmt: skip
        if supported and slugs and people and not shared:
            supported = ""  # the record's people are others than the sentence's
        if supported:
            reasons.append(supported)
            strong = True
        coarse = _coarser(candidate["precision"], event.precision)
        # What tells this one record from the others of a month or a year: the round, the
        # sentence cited with it, the article's source, the same kind with two people in
        # common, the happening named; the one record held in the sentence's dates that
        # it names ('Асад ... в декабре 2024 года' and 'Fall of the Assad government') or
        # of its kind or people in its place ('en janvier 2018 à Sotchi' and the congress);
        # the track's one record of the month ('since January' and 'The Astana process
        # begins'); the same place and kind with people or the track in common.
        # In a year the same states and people meet many times, in the same city: a
        # sentence dated by its year that tells the track's start ('the Astana talks
        # began in 2017') is the track's first record of the year, or the one titled as
        # its start, never any meeting of that year (outside tester t11b, 6); kind and
        # people tell only the one record of the year they fit, and kind and place none.
        told = (
            (round_ and event.round_id == round_.pk)
            or (("event", event.pk) in cited and not gap)
            or supported
            or named.its_happening(event.title, besides=who)
            or (kind == event.kind and len(shared) >= 2
                and (not in_a_year or alike_by_people == [event]))
            or (held_best == event.pk
                and (named.a_name_of(event.title) or named.sounds_like(event.title)
                     or (not in_a_year and place and _same_place(place, event.place or "")
                         and (_same_sort(kind, event.kind) or shared))))
            or (in_a_year and event is start_record)
            or (coarse == "month" and event in same_period and len(same_period) == 1)
            or (by_body is not None and event == by_body[0])
            # The same place and kind, with people or the track in common ('в октябре 2025
            # года ... в Москве ... переговоры с Путиным' and 'Al-Sharaa meets Putin in
            # Moscow'; 'конгресс ... в Сочи' of the congress's year and track).
            # In a year, only the one such record there (a year holds many meetings in
            # Astana: outside tester t11b, 6).
            or (place and _same_place(place, event.place or "") and _same_sort(kind, event.kind)
                and (shared or event in same_period)
                and (coarse != "year" or _alike_in_place(candidate, event, lookups) == 1))
        )  # fmt: skip
        if told and in_a_year and event is start_record:
            reasons.append("the sentence tells a start: the track's first record of the year")
        if strong and coarse != "day" and not told:
            # Else not the default: 'the first Security Council meeting of 2025' is no
            # visiting mission of December (outside tester t10b, 1).
            reasons.append(f"but a {coarse} holds many happenings: nothing tells this one")
            strong = False
        # The sentence's own round, a record already cited with it or by its source:
        # evidence that holds whatever else tells them apart.
        vouched = (
            (round_ and event.round_id == round_.pk) or supported or (("event", event.pk) in cited)
        )
        if (
            strong
            and not vouched
            and (move := other_move(quote, event.title, lookups.language, date_text=said_when))
        ):
            # Another happening of the same people and month: an appointment is not the
            # predecessor's resignation (outside tester t14b, 1). Offered, not the default.
            reasons.append(move)
            strong = False
        if (
            reasons
            and gap > WRITTEN_DAYS
            and candidate["precision"] == Precision.DAY
            and not vouched
        ):
            # A day two days or more from the record's is another day: the date agrees
            # at its precision but for one day (time zones, a meeting past midnight), and
            # shared people do not make two days one (outside tester t11b, 5: a second
            # Lavrov-Fidan meeting three days after the first, 'on 18 April' as much as
            # 'on 18 April 2026'). Offered with both dates, for the editor to tell one
            # happening misdated from two; the sentence's own round, or a record already
            # cited with it, is still the default.
            told_as = "writes its day in full" if written_day(candidate) else "dates it to a day"
            reasons.append(f"but the sentence {told_as}, {gap} day{'s' * (gap > 1)} "
                           f"from the record's")  # fmt: skip
            strong = False
        if reasons and not vouched and (pair := _another_pair(kind, event, candidate, lookups)):
            # A meeting is its pair: one of the record's people missing from the sentence
            # and one of the sentence's missing from the record make another meeting ('Lavrov
            # met al-Hariri in Moscow' beside Lavrentiev's meeting with Lavrov there that
            # day; outside tester t16d, 5). Offered, never cited with the new person ticked.
            reasons.append(pair)
            strong = False
        if reasons and _other_cities(place, event.place):
            # Told of another city: another happening, whoever took part and whatever
            # the sentence shares with it (a visit to Beirut the day after one to Amman).
            if gap and not vouched and (candidate.get("new_names") or slugs - people):
                # Another day and someone else too: not offered (outside tester t16a, 11:
                # Shaibani with Rajji in Beirut is not his meeting with Safadi in Amman).
                continue
            reasons.append(f"but in {where}, not {event.place}")
            strong = False
        if reasons:
            fits = _holds(event_span, span, event.precision, candidate["precision"])
            found.append(
                _Evidence(
                    event,
                    f"event:{event.pk}",
                    tuple(reasons),
                    len(shared),
                    gap,
                    strong,
                    same_place,
                    fits=fits,
                    supported=bool(supported),
                )
            )
    found.extend(_agreements_matched(candidate, span, round_, slugs, lookups, cited, named))
    found.extend(_tenures_matched(candidate, span, slugs, lookups, cited))
    for round_match in _rounds_matched(candidate, span, round_, track, lookups, cited, named):
        found.append(round_match)
    found.sort(key=_Evidence.rank)  # stable: events, agreements, rounds among equals
    return [Match(e.target, e.record, "; ".join(e.reasons), e.strong) for e in found]


# A year in figures (in any script's digits).
_YEAR_FIGURES = re.compile(r"\d{4}")


def written_day(candidate: dict) -> bool:
    """Whether the sentence writes its day in full, day, month and year ('on 18 April
    2026'), not as a weekday, 'yesterday' or a day without its year: a date no report
    gets wrong by a day or two."""
    return candidate.get("precision") == Precision.DAY and bool(
        _YEAR_FIGURES.search(candidate.get("date_text") or "")
    )


# A record's title that says it is a start (titles are in English).
_START_TITLE = re.compile(r"\b(?:begins?|began|launch\w*|starts?|opening|opens?)\b", re.I)


def _track_start(records: list[Event], span, lookups: Lookups) -> Event | None:
    """The start of a track among its records of one period (`span`): the one titled as
    a start, else the earliest, unless a round of the track is earlier still (the round
    is its start, matched as rounds are)."""
    titled = [e for e in records if _START_TITLE.search(e.title)]
    first = min(titled or records, key=lambda e: (e.start_date, e.pk), default=None)
    if first is None or titled:
        return first
    earlier_round = any(
        r.track_id == first.track_id
        and r.start_date < first.start_date
        and _inside(period(r.start_date, r.end_date, "day"), span)
        for r in lookups.rounds.values()
    )
    return None if earlier_round else first


def _alike_in_place(candidate: dict, event: Event, lookups: Lookups) -> int:
    """How many records of the event's sort and place share its period with the
    candidate's, at the coarser of the two precisions: events, and for a gathering the
    rounds held there too."""
    place = event.place or ""
    events = sum(
        _same_sort(event.kind, e.kind) and _same_place(place, e.place or "")
        and _same_period(candidate, e)
        for e in lookups.events
    )  # fmt: skip
    if event.kind not in GATHERINGS:
        return events
    precision = _coarser(candidate["precision"], event.precision)
    span = period(truncate(parse_date(candidate["date"]), precision), None, precision)
    return events + _rounds_in(place, span, lookups)


def _another_pair(kind: str, event: Event, candidate: dict, lookups: Lookups) -> str:
    """Why the stored meeting `event` is not the candidate's meeting, or "": each side names
    a person the other lacks (of the candidate, those its sentence tells took part: not who
    reports it)."""
    slugs = set(candidate.get("participants") or ())
    attendees = candidate.get("attendees")
    if attendees is None:
        attendees = slugs  # read before attendance was
    if kind != Event.Kind.MEETING or event.kind != Event.Kind.MEETING:
        return ""
    stored = {p.slug: p.name for p in event.participants.all() if p.kind == Participant.Kind.PERSON}
    told = {
        s: lookups.participants[s].name
        for s in slugs & set(attendees)
        if s in lookups.participants and lookups.participants[s].kind == Participant.Kind.PERSON
    }
    theirs = [name for s, name in stored.items() if s not in told]
    ours = [name for s, name in told.items() if s not in stored]
    if not (theirs and ours):
        return ""
    return f"but it lists {', '.join(theirs)} and the sentence {', '.join(ours)}: another meeting"


def _same_sort(kind: str, other: str) -> bool:
    """One kind, or two kinds of gathering, which reports call by one another's names."""
    return kind == other or {kind, other} <= GATHERINGS


def _happening_place(candidate: dict, language: str) -> str:
    """The candidate's place, unless its sentence names that city only as where someone
    speaks or comes from ('by video from Damascus': outside tester t10b, 3)."""
    place = candidate.get("place") or ""
    return "" if place in cities_named(candidate.get("quote") or "", language)[1] else place


def _cited_with_sentence(gap: int) -> tuple[str, bool]:
    """Why a record already cited with the candidate's sentence is offered, and whether
    that is evidence enough to cite it by default: only when its dates meet the
    candidate's at the candidate's precision. A sentence cited once for another date (a
    December 2024 sentence citing an October 2025 record) is offered with the two dates
    apart, never the default (outside re-tester t9r, 3)."""
    if not gap:
        return "already cited with this sentence", True
    return f"already cited with this sentence, but {gap} day{'s' * (gap > 1)} from its date", False


def _supported(target: str, candidate: dict, record_span, record_precision: str, gap: int,
               lookups: Lookups) -> str:  # fmt: skip
    """Why the record is the one the candidate reports when the source of the article's
    URL already cites it: its dates meet the candidate's and it is dated at the
    candidate's precision or finer (a day of a month-dated record is not that record).
    The article was read before and the record is what it reported: the default
    (outside tester t9b, 2: a second "People's Assembly elections" beside the one the
    same URL supports). "" when it is not."""
    if target not in lookups.supported or gap:
        return ""
    if _ORDER.get(record_precision, 0) > _ORDER.get(candidate["precision"], 0):
        return ""
    when = _when(period(parse_date(candidate["date"]), parse_date(candidate.get("end_date")),
                        candidate["precision"]), record_span, candidate["precision"],
                 record_precision, gap)  # fmt: skip
    return f"{when}, the article's source already cites it"


def _held_records(candidate, span, track, slugs, place, named, lookups) -> tuple[dict, int | None]:
    """The events of a sentence that names no track, held within its dates ('в декабре
    2024 года' holds 8 December 2024; a day holds that day), with what ties the sentence
    to each besides the date: its place, participants in common, a name its title gives
    (in any script). Returned as {event pk: reason}, and the pk of the one event with
    more ties than any other when the sentence is dated coarser than the event (a month
    beside one of its days), which is then the default; at the same precision the
    day-to-day rules above decide (one day and one city hold many happenings)."""
    if track is not None:
        return {}, None
    ties: dict[int, list[str]] = {}
    kind = event_kind(candidate.get("kind") or "")
    for event in lookups.events:
        event_span = period(event.start_date, event.end_date, event.precision)
        if not _inside(event_span, span):
            continue
        found = []
        shared = slugs & lookups.people(event)
        who = _content_words(" ".join(p.name for p in event.participants.all()))
        # The same place ties only a happening of the same kind or people: one city holds
        # many happenings in a month (outside tester t10b, 3).
        if place and _same_place(place, event.place or "") and (_same_sort(kind, event.kind)
                                                                or shared):  # fmt: skip
            found.append("same place")
        if shared:
            found.append(f"{len(shared)} shared participant{'s' * (len(shared) > 1)}")
        # (A shared participant's name in its title is a participant in common, said above.)
        named_as = who if shared else frozenset()
        if named.a_name_of(event.title, besides=named_as) or named.sounds_like(
            event.title, besides=named_as
        ):
            found.append("the sentence names it")
        elif named.its_happening(event.title, besides=who):
            # What happened, in the title's words ('the fall of the former regime' and
            # 'Fall of the Assad government': outside tester t10b, 2), of any track.
            found.append("the sentence names what happened")
        if found:
            ties[event.pk] = found
    if not ties:
        return {}, None
    within = _within("within the sentence's dates", candidate["precision"])
    reasons = {pk: ", ".join(filter(None, (within, *found))) for pk, found in ties.items()}
    if candidate["precision"] == "day":
        return reasons, None
    most = max(len(found) for found in ties.values())
    best = [pk for pk, found in ties.items() if len(found) == most]
    return reasons, best[0] if len(best) == 1 else None


# A number of three or four figures in a record's title ('UN Security Council resolution 2799').
# (A full stop after it ends the sentence: 'adopted resolution 2254.'; one before a digit
# is a decimal point.)
_DOCUMENT_NUMBER = re.compile(r"(?<![\d.,/])\d{3,4}(?![\d,/]|\.\d)")
# A date written in figures ('2016-05' of 'ISSG meeting (Vienna, 2016-05)'): its year is
# no document's number (outside tester t14d, 4).
_FIGURE_DATE = re.compile(r"\d{4}-\d{1,2}(?:-\d{1,2})?")


def document_numbers(text: str) -> frozenset[int]:
    """The numbers of documents a record's title `text` may name ('resolution 2254'): its
    figures of three or four digits, but not those of a date written in figures. (A
    sentence names a resolution's number only beside its word: resolution_numbers.)"""
    text = _FIGURE_DATE.sub(" ", text)
    return frozenset(int(n) for n in _DOCUMENT_NUMBER.findall(text))


# A resolution's number in a sentence: a figure beside a resolution word, a few words of
# its body or 'No.' between ('resolution 2254', 'резолюции СБ ООН № 2254', 'قرار مجلس الأمن
# رقم 2254', 'قطعنامه ۲۲۵۴', "2254 sayılı karar"), or in its symbol ('S/RES/2254'); a
# count ('2254 refugees', '2799 delegates') names none (outside tester t15a, 7). Further
# numbers joined to the first ('resolutions 2254 and 2642') are named too.
_NUMBERS = r"\d{3,4}(?:\s*(?:,|and|et|и|ve|و|و\s)\s*\d{3,4})*"
_RESOLUTION_NUMBERS = re.compile(
    r"(?<!\w)(?:"
    + fold_pattern(r"resolutions?|résolutions?|резолюци\w*|(?:ال)?قرار(?:ات)?|قطعنامه\w*")
    + r")(?:\s+[^\s\d,;:.()\u060c\u061b]+){0,5}?\s+(?:(?:no|n°|№|رقم|شماره)\.?\s*)?("
    + _NUMBERS
    + r")(?![\d,/]|\.\d)"
    + r"|(?<![\d.,/])("
    + _NUMBERS
    + r")\s+(?:sayılı|numaralı)\s+karar"
    + r"|s/res/(\d{3,4})"
)


def resolution_numbers(text: str) -> frozenset[int]:
    """The numbers of resolutions the folded sentence `text` names (_RESOLUTION_NUMBERS)."""
    out = set()
    for m in _RESOLUTION_NUMBERS.finditer(text):
        for group in m.groups():
            out.update(int(n) for n in re.findall(r"\d{3,4}", group or ""))
    return frozenset(out)


_RESOLUTION = Agreement.Kind.UN_RESOLUTION


def _agreements_matched(candidate, span, round_, slugs, lookups, cited, named) -> list[_Evidence]:
    """Agreements a candidate may repeat. A candidate with an agreement cue: those of its
    round, or with a signatory in common near its day, or in its month or year (the
    default only when the record dates no other agreement then). Any candidate: one whose number the
    sentence names ('resolution 2799'), one already cited with the sentence, and one
    signed on the candidate's very day (offered, not the default, unless a signatory is
    in common or the sentence is about what its title names: 'اليوم الخميس' beside the
    constitutional declaration of that Thursday)."""
    is_agreement = candidate.get("kind") in AGREEMENT_KINDS or candidate.get("agreement_cues")
    gathering = not is_agreement and event_kind(candidate.get("kind") or "") in GATHERINGS
    quote = fold(candidate.get("quote") or "")
    numbers = resolution_numbers(quote)
    # The agreements the record dates in the candidate's period: a month or a year of the
    # sentence tells one of them from the others only when it holds no other.
    in_period = sum(
        not gap_days(span, period(a.date, None, a.precision)) for a in lookups.agreements
    )
    out = []
    for agreement in lookups.agreements:
        reasons, strong = [], True
        gap = gap_days(span, period(agreement.date, None, agreement.precision))
        shared = slugs & lookups.people(agreement)
        guessed = False
        if is_agreement and round_ and agreement.round_id == round_.pk:
            reasons.append(f"agreed at {round_.title}")
        elif is_agreement and gap <= NEAR_DAYS and shared and candidate["precision"] == "day":
            reasons.append("near date, shared signatories")
        elif is_agreement and not gap and shared:
            # 'In December Russia and Turkey brokered a ceasefire': the signatories'
            # agreement of that month, when the record dates no other in it (its
            # Moscow Declaration of the 20th is not the ceasefire of the 30th).
            coarse = _coarser(candidate["precision"], agreement.precision)
            reasons.append(f"same {coarse}, shared signatories")
            if in_period > 1:
                reasons[-1] += f", but the {coarse} holds {in_period} agreements"
                guessed = True
        if numbers & document_numbers(agreement.title):
            reasons.append("the sentence names its number")
        if ("agreement", agreement.pk) in cited:
            reason, agrees = _cited_with_sentence(gap)
            reasons.append(reason)
            strong = strong and (agrees or len(reasons) > 1)
        target = f"agreement:{agreement.pk}"
        agreement_span = period(agreement.date, None, agreement.precision)
        if supported := _supported(target, candidate, agreement_span, agreement.precision, gap,
                                   lookups):  # fmt: skip
            reasons.append(supported)
        if not reasons and gap == 0 and candidate["precision"] == agreement.precision == "day":
            # The very day, and what the sentence is about is what the title names ('وكانت
            # سوريا قد أصدرت اليوم الخميس الإعلان الدستوري' beside 'Constitutional
            # declaration signed'): that agreement, whoever signed it.
            subject = named.its_subject(agreement.title)
            if (
                not gathering
                or _names_a_text(candidate, lookups.language)
                or (shared and _not_elsewhere(candidate, agreement, lookups.language))
            ):
                # (A gathering whose sentence names neither the agreement's kind nor a
                # signing is it only with signatories in common, where it was signed: 'X
                # met Y in Moscow to discuss the talks in Astana' on the day a memorandum
                # was signed in Astana, or '... in Moscow to discuss the Security Council's
                # work' on resolution 2254's day, are not; outside testers t16a, 11 and
                # t16c, 3.)
                reasons.append(
                    "same date"
                    + (", shared signatories" if shared else "")
                    + (", the sentence names it" if subject else "")
                )
            strong = bool(shared) or subject
        if guessed and len(reasons) == 1:
            strong = False  # offered, not the default: nothing else tells this one
        if reasons:
            out.append(
                _Evidence(
                    agreement,
                    target,
                    tuple(reasons),
                    len(shared),
                    gap,
                    strong,
                    supported=bool(supported),
                )
            )
    return out


def _tenures_matched(candidate, span, slugs, lookups, cited) -> list[_Evidence]:
    """Envoys' tenures a candidate may repeat: one whose envoy the sentence names (or the
    article, when the sentence calls him otherwise: 'گوترش ... این دیپلمات نروژی را ...
    منصوب کرده بود', this Norwegian diplomat), told
    taking up the office ('was appointed', 'назначен', 'عُيّن') on the tenure's first day,
    or leaving it ('resigned', 'istifa etti') on its last, at the coarser of the two
    precisions: the default within a day of it (an envoy takes up one tenure then), offered
    a few days off; one already cited with the sentence or by the article's source. A
    gathering of those days is no appointment, whatever words its sentence has."""
    quote = candidate.get("quote") or ""
    gathering = event_kind(candidate.get("kind") or "") in GATHERINGS
    edges = (
        ("start", took_office(quote, lookups.language)),
        ("end", left_office(quote, lookups.language)),
    )
    named = slugs | set(lookups.article_people)
    out = []
    for tenure in lookups.tenures:
        spans = {"start": (period(tenure.start_date, None, "day"), "day")}
        if tenure.end_date is not None:
            spans["end"] = (period(tenure.end_date, None, tenure.end_precision),
                            tenure.end_precision)  # fmt: skip
        reasons, strong = [], False
        gap = min(gap_days(span, edge) for edge, _ in spans.values())
        for edge, told in edges:
            if edge not in spans or not told or gathering or tenure.envoy.slug not in named:
                continue
            edge_span, precision = spans[edge]
            edge_gap = gap_days(span, edge_span)
            days = candidate["precision"] == precision == Precision.DAY
            if edge_gap > (NEAR_DAYS if days else 0):
                continue
            told_as = "appointed" if edge == "start" else "leaving the office"
            when = _when(span, edge_span, candidate["precision"], precision, edge_gap)
            reasons.append(f"{when} as its {edge}, and the sentence tells its envoy {told_as}")
            strong = strong or edge_gap <= WRITTEN_DAYS
        if ("tenure", tenure.pk) in cited:
            reason, agrees = _cited_with_sentence(gap)
            reasons.append(reason)
            strong = strong or agrees
        target = f"tenure:{tenure.pk}"
        start_span, _ = spans["start"]
        if supported := _supported(target, candidate, start_span, "day", gap, lookups):
            reasons.append(supported)
            strong = True
        if reasons:
            shared = len(slugs & {tenure.envoy.slug})
            out.append(_Evidence(tenure, target, tuple(reasons), shared, gap, strong,
                                 supported=bool(supported)))  # fmt: skip
    return out


def _not_elsewhere(candidate: dict, agreement, language: str) -> bool:
    """Whether the candidate's gathering is not told to be held elsewhere than where the
    agreement was signed: no place of its own, or the agreement's."""
    place = _happening_place(candidate, language)
    return not place or bool(agreement.place and _same_place(place, agreement.place))


def _names_a_text(candidate: dict, language: str) -> bool:
    """Whether the candidate's sentence names an agreement's kind or its signing anywhere
    ('memorandum', 'resolution', 'signed'; pipeline.cues.agreement_cues)."""
    quote = candidate.get("quote") or ""
    return bool(agreement_cues(quote, fold(quote), language, 0, len(quote)))


def _rounds_matched(candidate, span, round_, track, lookups, cited, named) -> list[_Evidence]:
    """Rounds a candidate may repeat: its own; for a day with no round, one of its track
    (or, when the sentence names none, the article's) whose dates hold the day, in the
    candidate's place if it has one ('The July 7-8 meeting ...' in a report on the Astana
    talks: the Astana round of those days); one the sentence or headline names; one whose
    body the sentence names, held that day; one already cited with the sentence."""
    out = []
    kind = event_kind(candidate.get("kind") or "")
    where = _happening_place(candidate, lookups.language)
    place = where.casefold()
    on_track = track or lookups.article_track
    # The rounds of the candidate's track held within its month or year: the one of them
    # is the round a month-dated sentence of that track reports ('the next Astana round,
    # early December' and Astana 14 of 10-11 December).
    of_track = [
        r
        for r in lookups.rounds.values()
        if track is not None
        and r.track_id == track.pk
        and _inside(period(r.start_date, r.end_date, "day"), span)
    ]
    for r in lookups.rounds.values():
        reasons, strong = [], True
        round_span = period(r.start_date, r.end_date, "day")
        gap = gap_days(span, round_span)
        # A day (or days) of the round's, of the candidate's track or, when the sentence
        # names none, the article's, and in the round's city if the candidate has a place.
        on_days = (
            round_ is None
            and on_track is not None
            and r.track_id == on_track.pk
            and candidate["precision"] == "day"
            and _holds(round_span, span, "day", "day")
            and (not place or _same_place(place, r.city))
        )
        when = "same dates" if span == round_span else "within its dates"
        if round_ is not None and r.pk == round_.pk:
            reasons.append("the round this sentence is about")
        elif on_days and track is not None:
            reasons.append(f"{when} and track")
        elif round_ is None and (name := named.names(r, f"{r.title} {r.track.name}", r.city, gap)):
            reasons.append(name)
        elif (
            round_ is None
            and candidate["precision"] == "day"
            and (not place or place == r.city.casefold())
            and (body := named.its_body(r.track, gap, edge=_on_edge(span, r)))
        ):
            # 'la commission constitutionnelle ... le mercredi 30 octobre' read on the
            # Geneva track: the session of the body it names, held that day where it met.
            reasons.append(body)
        elif on_days:
            reasons.append(f"{when}, a round of the article's track")
        elif (
            round_ is None
            and (track is None or r.track_id == track.pk)
            and place
            and _same_place(place, r.city)
            and (
                _holds(round_span, span, "day", candidate["precision"]) or _inside(round_span, span)
            )
        ):
            # A sentence (or a happening added by hand) of no track or of the round's,
            # held in the round's city within its dates or holding them ('en janvier 2018
            # à Sotchi'). (Of another track, a city holds other meetings while a round
            # sits: not offered for the city alone.)
            track_words = " and track" if track is not None else ""
            reasons.append(f"{_within(when, candidate['precision'])}, same place{track_words}")
            # Within a year, the default only for the one round held there that year:
            # 'autumn 2019 in Astana' is none of three (outside tester t11b, 6).
            if candidate["precision"] == Precision.YEAR and _rounds_in(r.city, span, lookups) > 1:
                reasons.append("but a year holds several rounds there: nothing tells this one")
                strong = False
        elif round_ is None and r in of_track and candidate["precision"] != "day":
            # Held within the sentence's month or year, of its track: the default only when
            # it is the track's one round in a month (a year holds several).
            reasons.append(f"within the sentence's {candidate['precision']}, same track")
            strong = candidate["precision"] == "month" and len(of_track) == 1
        if ("round", r.pk) in cited:
            reason, agrees = _cited_with_sentence(gap)
            reasons.append(reason)
            strong = strong and (agrees or len(reasons) > 1)
        if supported := _supported(f"round:{r.pk}", candidate, round_span, "day", gap, lookups):
            reasons.append(supported)
            strong = True
        elsewhere = (
            bool(reasons)
            and _other_cities(place, r.city)
            and kind in GATHERINGS
            and any(
                placed_in(candidate.get("quote") or "", form, lookups.language)
                for form in forms_of(where)
            )
        )
        if elsewhere:
            # Told of another city: another gathering, whatever ties the sentence to the
            # round ('hosted Erdogan in Sochi during the fourth round of the Astana talks';
            # outside tester t16d, 3). Offered, never the default.
            reasons.append(f"but in {where}, not {r.city}")
            strong = False
        if reasons:
            fits = _holds(round_span, span, "day", candidate["precision"])
            # (A sentence with an agreement cue is about what the round signed.) A gathering
            # the sentence ties to the round, on the round's dates, is the round too: not
            # a meeting of another delegation held in the same city that day (outside
            # tester t9b, 8: 'talks in the Astana format opened on 20 June').
            own = (
                round_ is not None
                and not elsewhere
                and r.pk == round_.pk
                and (candidate.get("kind") == "round" or (kind in GATHERINGS and fits))
                and not candidate.get("agreement_cues")
            )
            out.append(
                _Evidence(
                    r,
                    f"round:{r.pk}",
                    tuple(reasons),
                    0,
                    gap,
                    strong,
                    same_place=bool(place) and _same_place(place, r.city),
                    own_round=own,
                    fits=fits,
                    supported=bool(supported),
                )
            )
    return out


def _rounds_in(city: str, span: tuple[date, date], lookups: Lookups) -> int:
    """How many rounds were held in `city` within `span`."""
    return sum(
        _same_place(city, r.city) and _inside(period(r.start_date, r.end_date, "day"), span)
        for r in lookups.rounds.values()
    )


_ORDER = {"day": 0, "month": 1, "year": 2}

# Words too common in this record to tell one record from another by themselves.
_COMMON_WORDS = frozenset(
    {
        "the", "and", "for", "with", "from", "into", "after", "over", "talks", "meeting",
        "meetings", "round", "rounds", "session", "sessions", "syria", "syrian", "united",
        "nations", "event", "events",
    }
)  # fmt: skip
_PLACE_FORMS = {name.casefold(): forms for name, forms in PLACES.items()}
# The words of places' names, which say where, not what happened.
_PLACE_WORDS = frozenset(
    w for name, forms in PLACES.items() for f in (name, *forms) for w in words(f)
)
# Words of bodies, which meet many times: no name of one record ('Security Council').
_BODY_WORDS = frozenset(
    {
        "security", "council", "committee", "constitutional", "government", "transitional",
        "assembly", "ministry", "envoy", "envoys", "delegation", "delegations", "special",
    }
)  # fmt: skip
# Words of a title that name no happening by themselves: bodies, ordinals, and the kinds
# every record has.
_NOT_HAPPENINGS = _BODY_WORDS | frozenset(
    {
        "first", "second", "third", "fourth", "fifth", "new", "last", "next", "former",
        "conference", "summit", "visit", "visiting", "briefing", "briefs", "statement",
        "announcement", "announces", "mission", "talks", "process", "national", "international",
    }
)  # fmt: skip


@lru_cache(maxsize=4096)
def _content_words(text: str) -> frozenset[str]:
    """A record title's telling words, folded (read once per title, not per candidate)."""
    return frozenset(
        w for w in words(text) if len(w) > 2 and not w.isdigit() and w not in _COMMON_WORDS
    )


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=4096)
def _happening_words(title: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of a record's title that may tell what happened (_Naming.its_happening),
    and those of them in its first word, which says it ('Fall of ...', 'Elections to
    ...'; not 'ministers' of 'Astana-format foreign ministers meeting')."""
    telling = _content_words(title) - _NOT_HAPPENINGS - _PLACE_WORDS
    return telling, telling & _content_words(title.split(maxsplit=1)[0] if title else "")


@lru_cache(maxsize=4096)
def _title_names(title: str) -> frozenset[str]:
    """The telling words of a record's title that it capitalises after its first word, a
    name after its article included ('Sharaa' of 'al-Sharaa')."""
    parts = (part for w in title.split()[1:] for part in w.split("-"))
    capitalised = " ".join(part for part in parts if part[:1].isupper())
    # (A city in the title says where, not which: 'Water conference in Damascus' is not
    # named by 'by video from Damascus'; nor a body, which meets many times: 'First
    # Security Council visiting mission' by 'the Security Council': outside tester t10b,
    # 1 and 3.)
    return _content_words(capitalised) - _PLACE_WORDS - _BODY_WORDS


def _without_purposes(quote: str, language: str) -> str:
    """`quote` without the phrases that name only what its gathering comes ahead of or
    prepares (pipeline.asides): 'ahead of a summit of the three presidents' names the
    summit as the meeting's purpose, not as what happened."""
    return without_purposes(quote, language) if language in SPEECH_CUES else quote


def dated_in_purpose(candidate: dict, language: str) -> bool:
    """Whether the candidate's own date stands in a phrase naming what a gathering comes
    ahead of ('Ahead of the trilateral summit in Sochi on 22 November 2017, Lavrov met
    Çavuşoğlu in Antalya on 19 November'): that date is the summit's, which the sentence's
    people are not told to have attended (outside tester t15d, 4)."""
    return _dated_purpose(candidate, language) is not None


def _dated_purpose(candidate: dict, language: str):
    """The purpose phrase (cues.purposes) the candidate's own date stands in: its span, its
    own words' (less those of time or purpose) and the kind of happening it names; or
    None."""
    if language not in SPEECH_CUES:
        return None
    folded = fold(candidate.get("quote") or "")
    # The first date of the phrase is the summit's; a later one, with no stop between, is
    # the meeting's own ('Накануне саммита … 17 мая министр … встретился … 2 мая'). A
    # meeting's other dates are not its own ('met on 30 August, ahead of the summit on 7
    # September': outside tester t16a, 7).
    return next(
        (
            ((s, e), own, kind)
            for a, b in _own_date_spans(candidate)
            for (s, e), own, kind in purposes(folded, language)
            if a < b and s <= a < e and not any(ch.isdigit() for ch in folded[s:a])
        ),
        None,
    )


def as_ahead_of(candidate: dict, language: str) -> dict:
    """The candidate as the happening its sentence's meeting came ahead of, when its own
    date is that happening's (dated_in_purpose): the purpose phrase's own words for its quote,
    the kind its noun names, none of the meeting's people; else the candidate itself. What
    an editor who creates it after all stores: the summit, not a meeting of the ministers
    (outside re-tester t16e, 5)."""
    found = _dated_purpose(candidate, language)
    if found is None:
        return candidate
    _phrase, (start, end), kind = found
    quote = candidate.get("quote") or ""
    return {**candidate, "quote": quote[start:end], "kind": kind, "participants": [],
            "people": [], "date_spans": []}  # fmt: skip


def _own_date_spans(candidate: dict) -> list:
    """The spans of the candidate's quote that write its own date (date_text), else all
    of its date spans."""
    quote, text = candidate.get("quote") or "", candidate.get("date_text") or ""
    spans = candidate.get("date_spans") or ()
    own = [(a, b) for a, b in spans if text and quote[a:b] == text]
    return own or list(spans)


class _Naming:
    """Whether a candidate's sentence, or the article's headline, names a record: two or
    more words of its title (and, for a round, its track's name) after folding, or a
    round's number together with its city or track in any of the pipeline's languages.
    A record the sentence names may be a few days off (reports disagree by a day or two);
    one only the headline names must cover the candidate's dates."""

    def __init__(self, quote: str, lookups: Lookups, names: tuple[str, ...] = ()):
        self.language = lookups.language
        self.contexts = [
            (quote, "the sentence names it", NEAR_DAYS),
            (lookups.headline, "the headline names it", 0),
        ]
        self._words = [set(words(text)) for text, _, _ in self.contexts]
        self._numbers: list[frozenset[int] | None] = [None] * len(self.contexts)
        subject = subject_of(quote, lookups.language)
        self.subject_name = subject.name if subject and subject.happening else ""
        self._capitalised = set(
            words(" ".join(m[0] for m in _WORD.finditer(quote) if m.start() and m[0][0].isupper()))
        )
        self._spelt = _arabic_script_keys(quote, lookups.language, names)
        self._keys = _name_keys(frozenset(self._capitalised))
        self._sounds = {
            skeleton(m[0]) for m in _WORD.finditer(quote) if m[0][0].isupper() and len(m[0]) >= 4
        }
        # The tracks (their pks) whose body each context names.
        self._bodies = [
            {track.pk for body in _bodies_named(text) if (track := lookups.track(body))}
            for text, _, _ in self.contexts
        ]
        self.subject = _content_words(subject.name) if subject else frozenset()

    def names(
        self, record, title: str, place: str, gap: int, *, besides: frozenset[str] = frozenset()
    ) -> str:
        """Why the sentence or the headline names the record ("" when neither does): two
        words of its title, one at least not of `besides` (its participants' names: those
        alone are participants in common, not the record named)."""
        record_words = _content_words(title)
        number = getattr(record, "number", None)
        for i, (text, reason, within) in enumerate(self.contexts):
            if gap > within or not text:
                continue
            context = self._words[i]
            if len(common := record_words & context) >= 2 and common - besides:
                return reason
            if number and self._named_place(place, title, context) and number in self.numbers(i):
                return reason
        return ""

    def its_body(self, track: Track | None, gap: int, *, edge: bool = True) -> str:
        """Whether the sentence, or the headline, names the body whose record this is, in
        any of the pipeline's languages ('la commission constitutionnelle', 'محادثات
        أستانا'): a body meets many times, so only a record held on the candidate's own
        dates (gap 0) counts; and for the headline, which tells what the whole article
        reports, only on the record's first or last day (`edge`): a session's opening or
        close, not another meeting in the same city while it sits."""
        if track is None or gap:
            return ""
        for i, ((_text, reason, _within), bodies) in enumerate(
            zip(self.contexts, self._bodies, strict=True)
        ):
            if track.pk in bodies and (i == 0 or edge):
                return f"{reason.replace('names it', 'names its body')}, held that day"
        return ""

    def a_name_of(self, title: str, *, besides: frozenset[str] = frozenset()) -> bool:
        """Whether the sentence writes a name the title gives: a word capitalised in both,
        after the first ('Assad' of 'Fall of the Assad government'; not 'conference' of
        'Syrian National Dialogue Conference', which a sentence writes in lower case), or
        in Arabic script, where its consonants are the title word's (name_skeletons), or
        in another Latin spelling ('Esad', 'Şara' for 'Assad', 'Sharaa': name keys one
        letter apart at most). Names in `besides` (the record's participants': those are
        participants in common, not the record named) do not count."""
        names = _title_names(title) - besides
        return (
            bool(names & self._capitalised)
            or bool(self._spelt and name_skeletons(names) & self._spelt)
            or any(_spelt_alike(a, b) for a in _name_keys(names) for b in self._keys)
        )

    def sounds_like(self, title: str, *, besides: frozenset[str] = frozenset()) -> bool:
        """Whether a capitalised word of the sentence, its first included, has the
        consonants of a name the title gives, across scripts ('Асад' and 'Assad'; search
        .sounds.skeleton): for a record already held within the sentence's dates. Names in
        `besides` do not count, as for a_name_of."""
        names = _title_names(title) - besides
        return bool(self._sounds) and bool(
            self._sounds & {s for w in names if len(s := skeleton(w)) >= 2}
        )

    def its_happening(self, title: str, *, besides: frozenset[str] = frozenset()) -> bool:
        """Whether the sentence names what the record's title says happened: a word of the
        title that is no body's, place's, participant's (`besides`) or ordinal's, its first
        word or two of them ('fall' of 'Fall of the Assad government'; not 'Security
        Council' or 'first' of 'First Security Council visiting mission', nor 'ministers'
        of 'Astana-format foreign ministers meeting'), or the happening it is about in any
        language (its_subject; a body it is about, 'the Security Council', is none)."""
        telling, head = _happening_words(title)
        common = (telling - besides) & self._words[0]
        return (
            bool(common & head)
            or len(common) >= 2
            or bool(self.subject_name and self.its_subject(title))
        )

    def its_subject(self, title: str) -> bool:
        """Whether the title names what the sentence is about (titles.subject_of): the
        subject's own words, or a happening in any of the pipeline's languages ('первые
        парламентские выборы' and 'People's Assembly elections')."""
        return bool(self.subject) and (
            self.subject <= _content_words(title)
            or bool(self.subject_name and names_subject(title, self.subject_name))
        )

    def numbers(self, i: int) -> frozenset[int]:
        if self._numbers[i] is None:
            self._numbers[i] = numbers_named(self.contexts[i][0], self.language)
        return self._numbers[i]

    @staticmethod
    def _named_place(place: str, title: str, context: set[str]) -> bool:
        """The record's city (or a place in its title) in any script, inflected or not:
        'в Астане' names Astana."""
        forms = [
            form
            for name in (place, *title.split())
            for form in _PLACE_FORMS.get(name.casefold(), (name,) if name == place else ())
        ]
        stems = {w[: max(4, len(w) - 1)] for form in forms for w in words(form) if len(w) > 2}
        return any(word.startswith(stem) for stem in stems for word in context)


@lru_cache(maxsize=1024)
def _bodies_named(text: str) -> frozenset[str]:
    """The tracks whose body a text names: the Constitutional Committee by its name, the
    Astana or Geneva talks as talks ('les pourparlers de Genève'; the city alone may be
    only where another body meets)."""
    folded = fold(text)
    named = {t for t, n in track_counts(folded).items() if n and t == "constitutional-committee"}
    if talks := talks_of(folded, 0, len(folded)):
        named.add(talks)
    return frozenset(named)


@lru_cache(maxsize=4096)
def name_skeletons(names: frozenset[str]) -> frozenset[str]:
    """The consonant skeletons of a title's Latin names (skeleton.py): what the same names
    look like in Arabic script ('Assad' and 'الأسد', 'اسد'; 'Sharaa' and 'الشرع')."""
    keys = (latin_skeleton(w) for w in names if w.isascii())
    return frozenset(MARK + k for k in keys if len(k) >= 2)


@lru_cache(maxsize=4096)
def _name_keys(names: frozenset[str]) -> frozenset[str]:
    """The name keys (text.name_key) of Latin-script words of four letters or more."""
    keys = (name_key(w) for w in names if w[:1] < "\u0250")  # Latin letters end there
    return frozenset(k for k in keys if len(k) >= 4)


def _spelt_alike(a: str, b: str) -> bool:
    """The same name key, or one letter in place of another ('esad', 'asad')."""
    return a == b or (len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1)


def _arabic_script_keys(quote: str, language: str, names: tuple[str, ...]) -> frozenset[str]:
    """The skeletons of a sentence's Arabic-script words that may be a name: a skeleton
    short enough to be an ordinary word's ('§sd': 'الأسد', but also 'شده', 'has been')
    counts only for an Arabic word with the article or a word of a name the pipeline
    found in the sentence ('بشار اسد'); a long one always."""
    if language not in ("ar", "fa"):
        return frozenset()
    out = set()
    name_words = {fold(w) for name in names for w in name.split()}
    for token in tokenize(quote, language):
        bare = fold(token.text)
        named = (language == "ar" and bare.startswith("ال")) or bare in name_words
        for key in token.keys:
            if key.startswith(MARK) and (named or len(key) - 1 >= MIN_CONSONANTS):
                out.add(key)
    return frozenset(out)


def _within(day_words: str, precision: str) -> str:
    """How a record stands to a sentence dated at `precision` that holds it: `day_words`
    for a day, else 'in the sentence's month' (or year)."""
    return day_words if precision == "day" else f"in the sentence's {precision}"


def _inside(inner: tuple[date, date], outer: tuple[date, date]) -> bool:
    """Whether the days of `inner` all lie in `outer`."""
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _on_edge(span: tuple[date, date], r: Round) -> bool:
    """Whether the candidate's day is the round's first or last."""
    return span[0] == span[1] and span[0] in (r.start_date, r.end_date or r.start_date)


def _holds(outer: tuple[date, date], inner: tuple[date, date], outer_precision: str,
           inner_precision: str) -> bool:  # fmt: skip
    """Whether a record dated `outer` at `outer_precision` holds the candidate's dates at
    the candidate's precision: as fine a date, and its period inside the record's."""
    return (
        _ORDER.get(outer_precision, 0) <= _ORDER.get(inner_precision, 0)
        and outer[0] <= inner[0]
        and inner[1] <= outer[1]
    )


def _when(span, record_span, precision: str, record_precision: str, gap: int) -> str:
    """How a candidate's dates stand to a record's, in words that fit both precisions: the
    same dates only when they are, 'same year' for a day of a year-dated record."""
    if gap:
        return f"{gap} day{'s' if gap > 1 else ''} apart"
    shared = _coarser(precision, record_precision)
    if shared != "day":
        return f"same {shared}"
    return "same dates" if span == record_span else "overlapping dates"


def _other_cities(place: str, record_place: str) -> bool:
    """Whether a candidate's place and a record's are two known places (places.TABLE),
    each under one of its spellings, and not the same one: a place the table does not
    know ('Syria', 'Amman / Hamburg', a town it lacks) is unknown, never another."""
    key = place_key(place)
    other = place_key(record_place)
    return key is not None and other is not None and key != other


def _same_place(place: str, city: str) -> bool:
    """A candidate's place is the round's city, under one of its spellings or as written."""
    key = place_key(place)
    return (key or fold(place)) == (place_key(city) or fold(city))


def _coarser(a: str, b: str) -> str:
    return a if _ORDER.get(a, 0) >= _ORDER.get(b, 0) else b


def _held_by_its_body(
    candidate: dict, span: tuple[date, date], kind: str, track: Track | None, lookups: Lookups
) -> tuple[Event, str] | None:
    """The one record inside the month of a sentence dated by its month, of the sentence's
    kind (and track, when it has one), whose people represent a body the sentence names
    and none of whom it names ('The UN announced last month …' and the formation announced
    by the UN Secretary-General), with the reason; None when there is none or more than one
    (outside re-tester t16d, 4)."""
    if candidate["precision"] != Precision.MONTH:
        return None
    slugs = set(candidate.get("participants") or ())
    named = {p.pk: slug for slug, p in lookups.participants.items() if slug in slugs}
    found = []
    for event in lookups.events:
        if slugs & lookups.people(event) or not _inside(
            period(event.start_date, event.end_date, event.precision), span
        ):
            continue
        # (The track alone is no sort: a month of the transition holds its meetings too.)
        if not _made_known(kind, event.kind) or (track and event.track_id != track.pk):
            continue
        if bodies := {named[p.represents_id] for p in event.participants.all()
                      if p.represents_id in named}:  # fmt: skip
            found.append((event, bodies))
    if len(found) != 1:
        return None
    event, bodies = found[0]
    names = listed(sorted(lookups.participants[b].name for b in bodies))
    return event, f"{_within('', candidate['precision'])}, same kind, its people of {names}"


def _made_known(kind: str, other: str) -> bool:
    """One kind, or an act of the process and the announcement that made it known, which a
    sentence tells as the act ('announced that the committee had been formed')."""
    return kind == other or {kind, other} == {Event.Kind.MILESTONE, Event.Kind.ANNOUNCEMENT}


def _same_period(candidate: dict, event: Event) -> bool:
    """The same day, month or year, at the coarser of the two precisions."""
    precision = _coarser(candidate["precision"], event.precision)
    return truncate(parse_date(candidate["date"]), precision) == truncate(
        event.start_date, precision
    )


def suggest_title(
    candidate: dict, lookups: Lookups, *, repeats: Event | Round | Agreement | None = None
) -> str:
    """The default title (titles.title_for) with the records the lookups hold: the round
    of the candidate (or of the record it repeats) and the people the review ticks
    (sentence_participants)."""
    round_ = lookups.rounds.get(candidate.get("round_slug") or "") or (
        repeats if isinstance(repeats, Round) else None
    )
    names = [lookups.participants[slug].name for slug in sentence_participants(candidate, lookups)]
    kind = event_kind(candidate.get("kind") or "")
    if kind in MEETING_KINDS:
        names += counterparts(candidate, lookups.language)
    return title_for(
        candidate,
        kind=kind,
        names=names,
        round_=round_,
        language=lookups.language,
        repeats=repeats,
    )


def counterparts(candidate: dict, language: str) -> list[str]:
    """The names the gazetteer lacks (the candidate's new names, as the article writes them)
    that its sentence names as met (pipeline.attendance.counterparts): 'Rex Tillerson' of
    'Sergei Lavrov met Rex Tillerson in Washington' (outside tester t16d, 13), not a
    byline, a speaker or a hotel."""
    quote = candidate.get("quote") or ""
    spans = [
        (name, *m.span())
        for name in candidate.get("new_names") or ()
        if (m := _declined(name).search(quote))
    ]
    return list(met(quote, language, spans))


@lru_cache(maxsize=1024)
def _declined(name: str) -> re.Pattern[str]:
    """`name` in the sentence, its words with any case ending ('Рекс Тиллерсон' in 'с Рексом
    Тиллерсоном'): each word's stem, all but its last two letters, then letters."""
    return re.compile(
        r"(?<!\w)" + r"\s+".join(re.escape(w[: max(3, len(w) - 2)]) + r"\w*" for w in name.split())
    )


# The records an editor may cite on a candidate's form besides its matches, when the
# pipeline matched none or the wrong one (outside tester t8i, finding 2): those of the
# lookups within two weeks of its dates, the nearest first, at most twenty, so that a
# hundred candidates never draw a list of thousands.
NEARBY_LIMIT = 20


def records_nearby(candidate: dict, matches: list[Match], lookups: Lookups) -> list[Match]:
    """Records near the candidate's dates that it did not match, to cite by choice: those
    of its track (or round) before others, then the nearest, then the earliest; none of
    them is strong (a choice, never a default)."""
    span = period(parse_date(candidate["date"]), parse_date(candidate.get("end_date")),
                  candidate["precision"])  # fmt: skip
    track = lookups.track(candidate.get("track"))
    round_ = lookups.rounds.get(candidate.get("round_slug") or "")
    track_id = track.pk if track else (round_.track_id if round_ else None)
    matched = {m.target for m in matches}
    found = []
    records = [
        *((f"event:{e.pk}", e, (e.start_date, e.end_date, e.precision)) for e in lookups.events),
        *((f"round:{r.pk}", r, (r.start_date, r.end_date, "day")) for r in lookups.rounds.values()),
        *((f"agreement:{a.pk}", a, (a.date, None, a.precision)) for a in lookups.agreements),
        *((f"tenure:{t.pk}", t, _nearer_edge(t, span)) for t in lookups.tenures),
    ]
    for target, record, (start, end, precision) in records:
        if target in matched:
            continue
        gap = gap_days(span, period(start, end, precision))
        if gap > NAMED_DAYS:
            continue
        other_track = track_id is None or getattr(record, "track_id", None) != track_id
        found.append(((other_track, gap, start, target), target, record, gap))
    found.sort(key=lambda f: f[0])
    return [
        Match(target, record, _nearby_reason(gap), strong=False)
        for _, target, record, gap in found[:NEARBY_LIMIT]
    ]


def _nearer_edge(tenure: EnvoyTenure, span: tuple[date, date]) -> tuple[date, None, str]:
    """The day a tenure starts or the period it ends in, whichever is nearer `span`."""
    edges = [(tenure.start_date, None, "day")]
    if tenure.end_date is not None:
        edges.append((tenure.end_date, None, tenure.end_precision))
    return min(edges, key=lambda e: gap_days(span, period(*e)))


def _nearby_reason(gap: int) -> str:
    when = f"{gap} day{'s' * (gap > 1)} apart" if gap else "within its dates"
    return f"not matched, {when}"


# A round offered on a candidate's form is near its dates: every round of every track on
# every one of a hundred candidates made a review page of megabytes (issue 9).
ROUND_CHOICE_DAYS = 92


def rounds_offered(candidate: dict, matches: list[Match], lookups: Lookups) -> list[Round]:
    """The rounds a candidate's form offers, by date: those within a few months of its
    dates, the one the pipeline found and those of the records it matches."""
    start = parse_date(candidate["date"])
    span = period(start, parse_date(candidate.get("end_date")), candidate["precision"])
    keep = {candidate.get("round_slug")}
    keep |= {
        m.record.slug
        if isinstance(m.record, Round)
        else getattr(getattr(m.record, "round", None), "slug", None)
        for m in matches
    }
    return sorted(
        (
            r
            for r in lookups.rounds.values()
            if r.slug in keep
            or gap_days(span, period(r.start_date, r.end_date, "day")) <= ROUND_CHOICE_DAYS
        ),
        key=lambda r: r.start_date,
    )


# The review page's own fields: the formset's four counts, the CSRF token, the button,
# the source's URL, publisher and title (forms.SourceDetailsForm) and the one-value
# fields of "Add a happening by hand" (forms.HappeningForm but for its two checkbox
# lists).
HAND_FIELDS = 10
SOURCE_FIELDS = 3
REVIEW_PAGE_FIELDS = 6 + SOURCE_FIELDS + HAND_FIELDS
# A candidate's one-value fields (forms.CandidateForm but for its two checkbox lists).
CANDIDATE_FIELDS = 14


def review_field_count(candidates: list[dict], *, people: list[dict]) -> int:
    """The most fields the review of these candidates can send: the page's own, each
    candidate's own, and one per participant or new name offered when every box is
    ticked (the article's people are offered to the happening added by hand too), and
    one more per name too long to store whole (forms.add_spelling_fields)."""
    article = {p["slug"] for p in people if p.get("slug")}
    names = sum(1 for p in people if p.get("name"))
    return (
        REVIEW_PAGE_FIELDS
        + len(article)
        + names
        + sum(
            CANDIDATE_FIELDS
            + len(article | set(c.get("participants") or ()) | set(c.get("people") or ()))
            + len(c.get("new_names") or ())
            + len(long_names(c.get("new_names") or ()))  # the box that spells each
            for c in candidates
        )
    )


def already_cited(candidate: dict, target: str, lookups: Lookups) -> bool:
    """The source of the article's URL already cites `target` with this sentence."""
    return any(target in lookups.cited_by_source.get(key, ()) for key in quote_keys(candidate))


def attending(candidate: dict, record, language: str) -> frozenset[str]:
    """The sentence's people the review ticks onto the cited `record`, those it lacks
    aside: only for a record that is a gathering (a round, or an event of a gathering's
    kind) cited with a sentence read as one, and only the people the sentence tells took
    part in it, its affirmative verb of taking part's own (pipeline.attendance: not 'did
    not attend', 'boycotted', 'without X', 'a proposal by X', nor who says it), and no
    verb of saying in it ('Lavrov told reporters on 23 February that the talks in Geneva
    would be difficult' is no attendance of Geneva IV). A statement,
    an announcement or a milestone is its author's act: people named beside it ('X, who
    announced he would step down, was replaced by Y') are not of it (outside tester t14d,
    findings 2 and 3; t15a, 1). Candidates read before attendance was (no "attendees")
    tick nobody. The editor may still tick them."""
    if event_kind(candidate.get("kind") or "") not in GATHERINGS:
        return frozenset()
    if dated_in_purpose(candidate, language):
        return frozenset()
    if isinstance(record, Event) and record.kind not in GATHERINGS:
        return frozenset()
    if not isinstance(record, Event | Round):
        return frozenset()
    saying = speech_rx(language) if language in SPEECH_CUES else None
    if saying and saying.search(fold(candidate.get("quote") or "")):
        return frozenset()
    return frozenset(candidate.get("attendees") or ())


def reporters(candidate: dict, language: str) -> list[str]:
    """The sentence's people a new gathering would list though the sentence tells only that
    they reported it ('Lavrov said al-Shaibani had met Putin', t15a, 4): with a verb of
    saying in the sentence, those not among its attendees (pipeline.attendance)."""
    if event_kind(candidate.get("kind") or "") not in GATHERINGS or language not in SPEECH_CUES:
        return []
    if not speech_rx(language).search(fold(candidate.get("quote") or "")):
        return []
    attendees = set(candidate.get("attendees") or ())
    return [s for s in sentence_people(candidate) if s not in attendees]


def sentence_participants(candidate: dict, lookups: Lookups) -> list[str]:
    """The known participants of the candidate's sentence (analysis.sentence_people) that
    the record holds."""
    return [s for s in sentence_people(candidate) if s in lookups.participants]


def candidate_period(candidate: dict) -> str:
    start = parse_date(candidate["date"])
    return format_period(start, parse_date(candidate.get("end_date")), candidate["precision"])


def normalised_start(value: date, precision: str) -> date:
    return truncate(value, precision or Precision.DAY)


def highlight(quote: str, spans) -> SafeString:
    """The quote, escaped, with each date span wrapped in <mark>. Overlapping or
    out-of-range spans are dropped rather than trusted: the text is the editor's input."""
    parts: list[str] = []
    position = 0
    for start, end in sorted((int(s), int(e)) for s, e in spans or ()):
        if start < position or start >= end or end > len(quote):
            continue
        parts.append(conditional_escape(quote[position:start]))
        parts.append(format_html("<mark>{}</mark>", quote[start:end]))
        position = end
    parts.append(conditional_escape(quote[position:]))
    # Every part is escaped text or format_html output, so the join is safe.
    return mark_safe("".join(parts))  # noqa: S308


def new_event_from(candidate: dict, lookups: Lookups) -> NewEvent:
    """The event a candidate proposes, taken as the pipeline read it."""
    round_ = lookups.rounds.get(candidate.get("round_slug") or "")
    track = lookups.track(candidate.get("track")) or (round_.track if round_ else None)
    precision = candidate["precision"]
    return NewEvent(
        title=suggest_title(candidate, lookups),
        kind=event_kind(candidate.get("kind") or ""),
        start_date=normalised_start(parse_date(candidate["date"]), precision),
        precision=precision,
        end_date=parse_date(candidate.get("end_date")),
        track=track,
        round=round_,
        participants=tuple(
            lookups.participants[slug] for slug in sentence_participants(candidate, lookups)
        ),
        place=candidate_place(candidate, lookups.language),
        confidence=confidence_label(candidate.get("confidence"), attributed=lookups.attributed),
    )


ACTION_CREATE, ACTION_CITE, ACTION_SKIP = "create", "cite", "skip"


_PLANNED_BEFORE = {lang: re.compile(fold_pattern(p)) for lang, p in PLANNED_BEFORE.items()}
_PLANNED_AFTER = {lang: re.compile(fold_pattern(p)) for lang, p in PLANNED_AFTER.items()}
_PLAN_GIVEN_UP = {
    lang: re.compile(
        r"(?<!\w)(?:" + fold_pattern(DATE_MOVED[lang]) + "|" + fold_pattern(CALLED_OFF[lang]) + ")"
    )
    for lang in PLANNED_BEFORE
}
# How far before its date the words of a plan may end ('planned for the week of').
_PLANNED_REACH = 30
_CLAUSE_BREAK = re.compile(r"[,;:.()\u060c\u061b]")
_DIGIT = re.compile(r"\d")


# The words of a move's new day just before a date, and the Turkish dative ending on it
# (lexicon.MOVED_TO_BEFORE).
_MOVED_TO = {
    lang: re.compile(r"(?<!\w)(?:" + fold_pattern(p) + r")\s*\Z")
    for lang, p in MOVED_TO_BEFORE.items()
}
_DATIVE = re.compile(MOVED_TO_ENDING)
# The rest of a date's last word, and in Turkish the 'günü' after a weekday ('Pazar günü',
# 'Pazartesi gününe').
_WORD_REST = re.compile(r"[\w'’]*(?:\s+gün[\w'’]*)?")
# How far after a gathering's date the moving verb of its own clause may end ('the talks on
# Sunday were postponed', "Pazar günkü toplantı kötü hava nedeniyle Pazartesi gününe
# ertelendi").
_MOVED_SUBJECT_REACH = 70


def _moved_away(candidate: dict, quote: str, at: int, end: int, language: str) -> bool:
    """A gathering on the day a move or a cancellation gives up ('the talks on Sunday were
    postponed to Monday', 'la réunion de dimanche a été reportée', 'встреча в воскресенье
    отложена', 'اجتماع الأحد أُجّل', 'نشست یکشنبه به تعویق افتاد', 'Pazar günkü toplantı
    ertelendi'): the moving verb follows the date in its own clause, and the date is not the
    new day ('to Monday', 'Pazartesi gününe')."""
    if event_kind(candidate.get("kind") or "") not in GATHERINGS:
        return False
    if _MOVED_TO[language].search(quote[max(0, at - 30) : at]):
        return False
    word_end = _WORD_REST.match(quote, end).end()
    if language == "tr" and _DATIVE.search(quote[at:word_end]):
        return False
    clause = quote[word_end : word_end + _MOVED_SUBJECT_REACH]
    if (brk := _CLAUSE_BREAK.search(clause)) is not None:
        clause = clause[: brk.start()]
    verb = _PLAN_GIVEN_UP[language].search(clause)
    if verb is None:
        return False
    # No other day between, but the new one a Turkish verb puts last ("6 Mayıs'a ertelendi").
    between = clause[: verb.start()].rstrip()
    return not _DIGIT.search(between) or (language == "tr" and bool(_DATIVE.search(between)))


def _given_up(candidate: dict, language: str) -> bool:
    """A date the sentence gives as planned, in a sentence that moves or cancels it ('the
    vote was first planned for 15-20 September, but the commission postponed it'): a plan
    given up, not a happening to create by default (lexicon.PLANNED_BEFORE); or the
    gathering whose own day is moved or cancelled (_moved_away)."""
    quote, said = fold(candidate.get("quote") or ""), fold(candidate.get("date_text") or "")
    at = quote.find(said) if said else -1
    planned, given_up = _PLANNED_BEFORE.get(language), _PLAN_GIVEN_UP.get(language)
    if at < 0 or planned is None or not given_up.search(quote):
        return False
    if _moved_away(candidate, quote, at, at + len(said), language):
        return True
    after = _PLANNED_AFTER.get(language)
    if after is not None and after.match(quote, at + len(said)):
        return True
    before = quote[max(0, at - _PLANNED_REACH - 40) : at]
    # The words of the plan lead to this date: no clause break, moving verb or other day
    # between ('planned for 4 March, was moved to 9 April' and 'the talks scheduled for 4
    # March were put off to 9 April' plan 4 March, not 9 April).
    return any(
        m.end() >= len(before) - _PLANNED_REACH
        and not _CLAUSE_BREAK.search(before, m.end())
        and not given_up.search(before, m.end())
        and not _DIGIT.search(before, m.end())
        for m in planned.finditer(before)
    )


def _vague(candidate: dict, matches: list[Match]) -> bool:
    """A gathering dated by its year alone that names no track, round or record ('the next
    meeting is planned for the first half of 2025'): created, it would be a "Meeting" of a
    whole year beside the records it may be; skipped unless the editor says otherwise."""
    return (
        candidate.get("precision") == Precision.YEAR
        and event_kind(candidate.get("kind") or "") in GATHERINGS
        and not (candidate.get("track") or candidate.get("round_slug") or matches)
    )


# A verb of issuing a text (lexicon.ISSUES): a gathering's word inside it is that verb,
# not a gathering ('завершились принятием заявления').
_ISSUING = {
    lang: re.compile(r"(?<!\w)(?:" + fold_pattern(p) + r")(?!\w)") for lang, p in ISSUES.items()
}
# The kinds whose cue reads a sentence as a gathering.
_GATHERING_CUES = ("meeting", "proceedings", "round", "summit", "ministerial", "conference")


def _speaker_not_gathering(candidate: dict, language: str) -> bool:
    """Whether every gathering word of the sentence is the subject of a verb of issuing a
    text ('the Geneva talks issued an announcement'): a track or a process that speaks, no
    gathering of that day (outside tester t15a, 8)."""
    quote = fold(candidate.get("quote") or "")
    issuing = [m.span() for m in _ISSUING[language].finditer(quote)] if language in _ISSUING else []
    cues = [
        at
        for kind, at in kinds_in(quote, language, keep_speakers=True)
        if kind in _GATHERING_CUES and not any(a <= at < b for a, b in issuing)
    ]
    return bool(cues) and all(speaks(quote, language, at) for at in cues)


def _named_only(candidate: dict, title: str, lookups: Lookups) -> bool:
    """A title of a track's or a body's name and a kind word that tells no happening
    ('Constitutional Committee: milestone', outside tester t14b, 3). A gathering on a
    track is that track's session of its day and stays proposed ('Astana talks: meeting'
    on 5 May, rules12c); a place names where it was held ('Constitutional Committee:
    statement' in Geneva), unless it is the track's own city, which the title names already
    ('the Astana guarantors issued an announcement': 'Astana talks: announcement' tells
    no more than the track's name, outside tester t14d, 12)."""
    place = candidate_place(candidate, lookups.language)
    return (
        named_only(title)
        and (
            event_kind(candidate.get("kind") or "") not in GATHERINGS
            or _speaker_not_gathering(candidate, lookups.language)
        )
        and (not place or fold(place) in words(fold(title)))
    )


# The kinds whose title names no author: a milestone or a happening of no kind is told by
# the people named in it, not done by whoever says so (a statement is its author's own).
_AUTHORLESS = (Event.Kind.MILESTONE, Event.Kind.OTHER)


def _said_only(candidate: dict, lookups: Lookups) -> bool:
    """A milestone whose title would be its kind word and the names of the sentence's
    people only, in a sentence with a verb of saying and no track: 'Milestone with Asaad
    al-Shaibani' for "Şeybani ... geçen yıl 14 yıllık savaşın sona erdiğini söyledi" (the
    minister who says the war ended last year; outside tester t15a, 4). Who tells a
    milestone is none of its makers, and without them the title is the bare kind word."""
    language = lookups.language
    if event_kind(candidate.get("kind") or "") not in _AUTHORLESS or candidate.get("track"):
        return False
    if language not in SPEECH_CUES or not speech_rx(language).search(
        fold(candidate.get("quote") or "")
    ):
        return False
    nobody = {**candidate, "participants": [], "people": [], "new_names": []}
    return bare(suggest_title(nobody, lookups))


SAID_ONLY_REASON = (
    "its title would be “{title}”: a kind word and the names of who says it, with no "
    "track, round or place to tell what happened (give it a title to create it)"
)


PLANNED_REASON = (
    "planned, not yet held when the article was written (a plan is no happening: create it "
    "once a source reports it held)"
)
# Why a plan is not cited onto the record held on its day: another gathering.
PLANNED_OTHER_REASON = (
    "planned, not yet held when the article was written, and the record of that day is "
    "another gathering: {why} (a plan is cited only onto its own gathering)"
)


# Why a day that its sentence moves or calls off ('the visit, planned for 5 May, was
# cancelled') is skipped: nothing happened on it.
GIVEN_UP_REASON = (
    "called off or moved: its sentence gives up what was planned for that day (a new day, "
    "if it names one, is a candidate of its own)"
)
BARE_REASON = (
    "its sentence names no track, round, body, place or person to tell what happened (give "
    "it a title, a track or people to create it)"
)


AHEAD_REASON = (
    "its date is of what the sentence's meeting came ahead of or prepares, which the "
    "sentence does not report (the meeting is a candidate of its own)"
)
# The sentence's meeting dated by nothing but what it came ahead of ('Ahead of the summit
# in Tehran on 7 September, Lavrov met Zarif in Moscow'): any day before, perhaps in
# another month, so no date is guessed for it; the editor is told it is there (outside
# re-tester t16d, 13).
AHEAD_UNDATED_REASON = (
    "its date is of what the sentence's meeting came ahead of or prepares, which the "
    "sentence does not report; the meeting itself has no date of its own in the sentence "
    "(add it by hand with the date another source gives it)"
)
AHEAD_REASONS = frozenset({AHEAD_REASON, AHEAD_UNDATED_REASON})
NAMED_ONLY_REASON = (
    "its title would be “{title}”: a track's or a body's name and a kind word, with no "
    "round, place or person to tell what happened (give it a title or people to create it)"
)


SAME_TITLE_REASON = (
    "created, it would take the title of candidate {number}, a second record of that name "
    "(give it a title of its own to create it)"
)


@dataclass(frozen=True)
class Default:
    """What a candidate's review proposes before an editor touches it: cite the best of
    its matches when one is strong (a likely duplicate), else create; skip a sentence the
    source of the article's URL already cites so. The review page's initial choice and
    the command's --json "default_action" and "default_target" alike."""

    action: str
    target: Match | None = None
    # The earlier candidate (its index) that reports the same happening, whose proposal
    # this one follows (same_happening).
    same_as: int | None = None
    # Why it is skipped when no record is named ('planned, not yet held'), for the editor.
    reason: str = ""


def default_for(candidate: dict, matches: list[Match], lookups: Lookups) -> Default:
    """The proposal for a candidate whose matches (find_matches) are given, best first.
    A candidate whose only matches are weak (a "Possible match") is skipped with the
    best of them named, never created by default: creating it would put a second record
    of one happening on the public timeline unless an editor says it is another
    (outside tester t9b, 2)."""
    if found := _dated_purpose(candidate, lookups.language):
        # What a meeting came ahead of, held or not: neither created nor cited with the
        # sentence of the meeting (outside tester t16a, 4, 6 and 8).
        (start, end), _own, _kind = found
        quote = candidate.get("quote") or ""
        # (A figure outside the phrase may write the meeting's day where no span was kept.)
        undated = all(
            start <= a and b <= end for a, b in candidate.get("date_spans") or ()
        ) and not any(ch.isdigit() for ch in quote[:start] + quote[end:])
        return Default(ACTION_SKIP, reason=AHEAD_UNDATED_REASON if undated else AHEAD_REASON)
    best = matches[0] if matches and matches[0].strong else None
    given_up = _given_up(candidate, lookups.language)
    if best is not None and best.target.startswith("agreement:") and given_up:
        # A gathering or a plan given up is no signing: the agreement is named, not cited.
        return Default(ACTION_SKIP, best)
    if best is None:
        if matches:
            return Default(ACTION_SKIP, matches[0])
        if candidate.get("planned"):
            return Default(ACTION_SKIP, reason=PLANNED_REASON)
        if given_up:
            return Default(ACTION_SKIP, reason=GIVEN_UP_REASON)
        title = suggest_title(candidate, lookups)
        if not candidate.get("track") and bare(title):
            return Default(ACTION_SKIP, reason=BARE_REASON)
        if _named_only(candidate, title, lookups):
            return Default(ACTION_SKIP, reason=NAMED_ONLY_REASON.format(title=title))
        if _said_only(candidate, lookups):
            return Default(ACTION_SKIP, reason=SAID_ONLY_REASON.format(title=title))
        return Default(ACTION_SKIP if _vague(candidate, matches) else ACTION_CREATE)
    if already_cited(candidate, best.target, lookups):
        return Default(ACTION_SKIP, best)  # the article, read before, already cites it so
    if candidate.get("planned") and (why := _another_gathering(candidate, best, lookups)):
        return Default(ACTION_SKIP, best, reason=PLANNED_OTHER_REASON.format(why=why))
    return Default(ACTION_CITE, best)


def _another_gathering(candidate: dict, match: Match, lookups: Lookups) -> str:
    """Why the event `match` cites is not the gathering a planned candidate tells, or "":
    a gathering of another kind ('the first Russia-Arab League summit scheduled for 15
    October' and the meeting in Moscow held that day), or one without a state or a body
    the sentence names among the plan's participants (outside tester t15d, 5). The record
    the article's source already cites with the sentence is its own."""
    record = match.record
    if not isinstance(record, Event) or f"event:{record.pk}" in lookups.supported:
        return ""
    kind = event_kind(candidate.get("kind") or "")
    if kind != record.kind:
        return f"a {record.get_kind_display().lower()}, not a {Event.Kind(kind).label.lower()}"
    people = lookups.people(record)
    bodies = [
        lookups.participants[s].name
        for s in sentence_people(candidate)
        if s in lookups.participants
        and lookups.participants[s].kind != Participant.Kind.PERSON
        and s not in people
    ]
    return f"it does not list {', '.join(bodies)}" if bodies else ""


def same_happening(earlier: dict, later: dict, language: str) -> bool:
    """Whether two candidates of one article report one happening: the same day, the
    same participants (some) and the same subject (titles.subject_of) or place, whatever
    kind or track each was read with ('... briefs the Security Council (25 April 2025)'
    in the headline and '... told the Security Council on Friday' in the body, outside
    tester t9b, 10; '... met al-Shaibani in Moscow on 2 May' told again with '..., the
    ministry confirmed', read as a statement, outside re-tester t9r, 8). A happening
    added by hand is the editor's own: never folded into another."""
    if earlier.get("by_hand") or later.get("by_hand"):
        return False
    people = set(earlier.get("participants") or ())
    if not people or people != set(later.get("participants") or ()):
        return False
    if any(earlier.get(k) != later.get(k) for k in ("date", "end_date", "precision")):
        return False
    if earlier["precision"] != Precision.DAY:
        return False  # a month holds many happenings of the same people
    place = (earlier.get("place") or "").casefold()
    if place and place == (later.get("place") or "").casefold():
        return True
    subject = subject_of(earlier.get("quote") or "", language)
    return subject is not None and subject == subject_of(later.get("quote") or "", language)


def article_defaults(
    candidates: list[dict], matches: list[list[Match]], lookups: Lookups
) -> list[Default]:
    """Each candidate's proposal (default_for), a candidate that reports the happening of
    an earlier one following it: citing the record the earlier one cites (offered among
    its matches, which are extended so), or skipped when the earlier one is created, so
    that one happening gives one record. `matches` is changed in place."""
    defaults: list[Default] = []
    for index, candidate in enumerate(candidates):
        own = default_for(candidate, matches[index], lookups)
        first = next(
            (
                i
                for i in range(index)
                if defaults[i].same_as is None
                and same_happening(candidates[i], candidate, lookups.language)
            ),
            None,
        )
        if first is None or own.action == ACTION_CITE or defaults[first].action == ACTION_SKIP:
            defaults.append(own)
            continue
        followed = defaults[first]
        if followed.action == ACTION_CITE:
            target = followed.target
            match = Match(target.target, target.record,
                          f"the same happening as candidate {first + 1}")  # fmt: skip
            matches[index][:] = [match, *(m for m in matches[index] if m.target != match.target)]
            defaults.append(Default(ACTION_CITE, match, same_as=first))
        else:  # created by the earlier one: this sentence would make a second record
            defaults.append(Default(ACTION_SKIP, own.target, same_as=first))
    return _one_record_per_title(candidates, defaults, lookups)


def _one_record_per_title(
    candidates: list[dict], defaults: list[Default], lookups: Lookups
) -> list[Default]:
    """The defaults with every candidate proposed to be created under the title of an
    earlier one proposed so skipped: accepting an article's defaults never makes two
    records of one name ('formed a committee on 2 March, which delivered its draft on 12
    March', outside tester t13a, 2). The editor who gives it a title of its own creates it."""
    first_of: dict[str, int] = {}
    out = list(defaults)
    for index, (candidate, default) in enumerate(zip(candidates, defaults, strict=True)):
        if default.action != ACTION_CREATE:
            continue
        title = " ".join(suggest_title(candidate, lookups).casefold().split())
        if title in first_of:
            reason = SAME_TITLE_REASON.format(number=first_of[title] + 1)
            out[index] = Default(ACTION_SKIP, default.target, reason=reason)
        else:
            first_of[title] = index
    return out


@dataclass(frozen=True)
class Unreviewed:
    """What the command does with one candidate without a reviewer: a decision, or none
    when the candidate may repeat a record (`possible`, a weak match: the review page's
    "Possible match"), which only an editor can tell, or when it is skipped by default
    (`default`)."""

    decision: Decision | None
    possible: Match | None = None
    default: Default = Default(ACTION_CREATE)


def automatic_decisions(
    candidates: list[dict],
    *,
    headline: str = "",
    language: str = "en",
    people: list[dict] | None = None,
    source: Source | None = None,
    attributed: bool = True,
) -> list[Unreviewed]:
    """Accept what is clear, as the command does without a reviewer: a likely duplicate (a
    strong match) becomes a citation on the record it repeats, a candidate that matches no
    record a new event. A candidate with only possible matches gets no decision: creating
    it would put a second record beside the one it may repeat. `attributed`: whether the
    article names its publisher and publication date (Lookups.attributed); `people`: the
    article's, as the review page reads them (Lookups.article_people)."""
    lookups = load_lookups(
        candidates,
        headline=headline,
        language=language,
        people=people,
        source=source,
        attributed=attributed,
    )
    all_matches = [find_matches(candidate, lookups) for candidate in candidates]
    defaults = article_defaults(candidates, all_matches, lookups)
    out = []
    for candidate, matches, default in zip(candidates, all_matches, defaults, strict=True):
        quote = citation_quote(candidate)
        if default.action == ACTION_CITE:
            decision = Decision(quote=quote, cite=default.target.record)
            out.append(Unreviewed(decision, default=default))
        elif default.same_as is not None:
            out.append(Unreviewed(None, default=default))  # the earlier candidate's record
        elif matches and default.reason not in AHEAD_REASONS:
            out.append(Unreviewed(None, possible=matches[0], default=default))
        elif default.action == ACTION_SKIP:
            out.append(Unreviewed(None, default=default))  # left out, not queued
        else:
            decision = Decision(quote=quote, create=new_event_from(candidate, lookups))
            out.append(Unreviewed(decision, default=default))
    return out
