"""Running the pipeline on one article and keeping what it found as plain JSON.

The JSON form is what the management command prints (`Candidate.to_json()`) plus what the
review page needs to show the sentence (quote offsets, date spans, agreement cues), so a
pending article can be reviewed later without running the pipeline again.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from peaceproc.ingest.pipeline import (
    Candidate,
    Gazetteer,
    PipelineError,
    article_people,
    destinations,
    detect_language,
    find_candidates,
    language_supported,
)

from .pipeline.asides import without_offices, without_purposes
from .pipeline.text import MAX_SENTENCE_CHARS
from .reading import InputError
from .titles import candidate_place

LANGUAGES = {
    "en": "English",
    "ru": "Russian",
    "ar": "Arabic",
    "fr": "French",
    "fa": "Persian",
    "tr": "Turkish",
}


@dataclass(frozen=True)
class Analysis:
    language: str
    published: date | None
    candidates: list[dict]
    # Everyone the article names, dated sentence or not: known participants by slug,
    # other names in their dictionary form.
    people: list[dict] = field(default_factory=list)
    # False when the text looks like none of LANGUAGES (pipeline.language_supported): it
    # was read as `language` all the same, and no unknown names are proposed.
    language_supported: bool = True
    # Where the publication date came from: "given" (by the editor or --published),
    # "page" (the HTML's metadata), "dateline" (the article's own, dateline.py),
    # "fallback" (the date typed for several files, this one giving none), or "" when
    # there is none.
    published_from: str = ""
    # What the editor is told about a date taken from the dateline.
    dateline_note: str = ""

    @property
    def notes(self) -> list[str]:
        """What the editor should know about how the article was read."""
        notes = [self.dateline_note] if self.dateline_note else []
        if self.language_supported:
            return notes
        return [
            *notes,
            "The text looks like none of the languages read here "
            f"({', '.join(LANGUAGES.values())}): it was read as {LANGUAGES[self.language]}, "
            "so its dates may be wrong, and no new names are proposed.",
        ]


def candidate_record(candidate: Candidate) -> dict:
    record = candidate.to_json()
    if candidate.precision == "week":
        # The record has no week precision: a week is kept as its days, Monday to Sunday.
        record.update(
            precision="day",
            end_date=(candidate.end_date or candidate.date + timedelta(days=6)).isoformat(),
        )
    record.update(
        quote_start=candidate.quote_start,
        quote_end=candidate.quote_end,
        date_spans=[[start, end] for start, end in candidate.date_spans],
        agreement_cues=list(candidate.agreement_cues),
    )
    return record


# Sentence ends in the six languages' scripts (text.split_sentences's).
_SENTENCE_END = (".", "!", "?", "\u061f", "\u06d4", "\u3002", "…", '"', "”", "»", ")")


def quote_cut(text: str, record: dict) -> bool:
    """Whether the candidate's quote is the first part of a sentence longer than the
    pipeline reads at once (text.MAX_SENTENCE_CHARS), cut at a space: the sentence goes on
    in the same paragraph after it. Such a quote is cited ending in '…' and the review
    says so (outside tester t9b, 12)."""
    quote, end = (record.get("quote") or "").rstrip(), record.get("quote_end")
    if not isinstance(end, int) or len(quote) < MAX_SENTENCE_CHARS // 2:
        return False
    if quote.endswith(_SENTENCE_END):
        return False
    after = text[end : end + 2]  # a space and the sentence's next word
    return bool(after.strip()) and "\n" not in after


def sentence_people(record: dict) -> list[str]:
    """The known people of a candidate's sentence, by slug: those the pipeline tied to its
    date, then the others the sentence names, each once. What the review page ticks and
    what the command prints and stores as the candidate's participants alike (outside
    tester t11b, 8: the dry run printed two of the four people the review ticked)."""
    return list(dict.fromkeys((*(record.get("participants") or ()), *(record.get("people") or ()))))


def named_aside(quote: str, slugs, language: str, gazetteer: Gazetteer) -> frozenset[str]:
    """Of the known people and bodies `slugs` that `quote` names, those it names only aside
    from its happening (pipeline.asides): anyone only in what its gathering comes ahead of;
    a body or a state only in a minister's office."""
    purposeless = without_purposes(quote, language)
    officeless = without_offices(purposeless, language)
    if officeless == quote:
        return frozenset()

    def named(text: str) -> set[str]:
        if text == quote:
            return set(slugs)
        return set(article_people(text, language=language, gazetteer=gazetteer).slugs)

    kept = named(purposeless) if purposeless.strip() else set()
    in_office = kept - (named(officeless) if officeless.strip() else set())
    bodies = {p.slug for p in gazetteer.participants if not p.person}
    return frozenset((set(slugs) - kept) | (in_office & bodies))


def public_json(record: dict, *, language: str) -> dict:
    """The command's JSON shape of a stored candidate (issue 4), without review extras;
    its "participants" are the sentence's people (sentence_people), and its "place" the
    place the review page proposes (titles.candidate_place: outside tester t15a, 9, the
    command printed the pipeline's own reading, none or 'Syria' where the review read
    'Muscat')."""
    keys = (
        "date", "precision", "end_date", "date_text", "kind", "track", "round", "round_slug",
        "participants", "new_names", "place", "quote", "confidence", "date_reason",
    )  # fmt: skip
    return {
        **{key: record.get(key) for key in keys},
        "participants": sentence_people(record),
        "place": candidate_place(record, language) or None,
        # Told as planned, not held (pipeline/plans.py); false in articles read before.
        "planned": bool(record.get("planned")),
    }


class TooManyCandidates(InputError):
    """More candidates than the caller can take (`max_candidates`): raised before the
    people of the article are looked for, the second costliest part of the reading."""

    code = "over_review_cap"

    def __init__(self, count: int):
        super().__init__(f"The text gives {count} candidate events.")
        self.count = count


def analyse(
    *,
    text: str,
    published: date | None,
    language: str | None,
    gazetteer: Gazetteer,
    max_candidates: int | None = None,
) -> Analysis:
    """The candidates of one article; a pipeline refusal becomes an InputError, and more
    than `max_candidates` candidates (when given) a TooManyCandidates."""
    if language and language not in LANGUAGES:
        raise InputError(
            f"Unknown language {language!r}; use one of {', '.join(sorted(LANGUAGES))}.",
            code="bad_language",
        )
    chosen = bool(language)
    language = language or detect_language(text)
    # Checked whether or not the language was given: a German text said to be English is
    # read no better (said as language_supported). The editor's choice wins over the
    # guess all the same: names are read in the language chosen (re-tester t10r, 4).
    supported = language_supported(text, language)
    reads_names = supported or chosen
    try:
        candidates = find_candidates(
            text, published=published, language=language, gazetteer=gazetteer
        )
        if max_candidates is not None and len(candidates) > max_candidates:
            raise TooManyCandidates(len(candidates))
        people = article_people(text, language=language, gazetteer=gazetteer)
        records = [candidate_record(candidate) for candidate in candidates]
        for record in records:
            # The known people of the candidate's own sentence, proposed on its review.
            quote = record.get("quote") or ""
            found = (
                article_people(quote, language=language, gazetteer=gazetteer)
                if quote.strip()
                else None
            )
            record["people"] = list(found.slugs) if found else []
            if aside := found and (
                named_aside(quote, found.slugs, language, gazetteer)
                | destinations(quote, language=language, gazetteer=gazetteer)
            ):
                # Not of its happening: named only as what its gathering came ahead of, as
                # a minister's state, or as where something goes ('crossed into Turkey').
                record["people"] = [s for s in record["people"] if s not in aside]
                for key in ("participants", "attendees"):
                    record[key] = [s for s in record.get(key) or () if s not in aside]
            if quote_cut(text, record):
                record["quote_cut"] = True
            if not reads_names:
                # Name patterns of another language find words, not people.
                record["new_names"] = []
    except PipelineError as exc:
        message = str(exc)
        if published is None and "publi" not in message.lower():
            message += " Give the article's publication date."
        raise InputError(message, code="not_analysable") from None
    return Analysis(
        language=language,
        published=published,
        candidates=records,
        people=[{"slug": slug} for slug in people.slugs]
        + [{"name": n} for n in people.names if reads_names],
        language_supported=supported,
    )
