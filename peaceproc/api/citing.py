"""'Cite this': a ready citation of a dashboard record and of its sources, in one style.

Pure functions: they read the record and its (prefetched) citations and take the
record's address and the access date as arguments, so the same text comes out
of a page, a test or a script. The style follows the usual pattern for web
pages (what, where, when; the address; the access date), with dates at the
precision the record knows them ("May 2017", never "1 May 2017").
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from django.conf.locale import LANG_INFO

from peaceproc.chronology.dates import format_date
from peaceproc.chronology.models import Agreement, Event, Round, Source

SITE_NAME = "peaceproc: Syria peace process chronology"


@dataclass(frozen=True)
class SourceCitation:
    source: Source
    text: str


@dataclass(frozen=True)
class RecordCitation:
    record: Round | Event | Agreement
    url: str
    text: str
    sources: tuple[SourceCitation, ...]

    @property
    def plain(self) -> str:
        """The citation and its numbered sources, as one block of text to copy."""
        lines = [self.text]
        if self.sources:
            lines.append("Sources:")
            lines += [f"{n}. {s.text}" for n, s in enumerate(self.sources, start=1)]
        return "\n".join(lines)


def sentence(text: str) -> str:
    """End with a full stop unless the text already ends with punctuation."""
    text = text.strip()
    return text if not text or text[-1] in ".!?…" else f"{text}."


def describe(record) -> tuple[str, str]:
    """What kind of record this is, and when it happened, as the record knows it."""
    if isinstance(record, Round):
        what = "Session" if record.track.slug == "constitutional-committee" else "Round of talks"
        what = f"{what}, {record.track.name} track"
        if record.status == Round.Status.CANCELLED:
            what += " (planned, not held)"
        return what, record.period
    if isinstance(record, Event):
        what = record.get_kind_display()
        if record.track:
            what += f", {record.track.name} track"
        return what, record.period
    if isinstance(record, Agreement):
        what = record.get_kind_display()
        if record.track:
            what += f", {record.track.name} track"
        return what, record.display_date
    raise TypeError(f"Cannot cite a {type(record).__name__}: only rounds, events, agreements.")


def record_place(record) -> str:
    return record.city if isinstance(record, Round) else record.place


def language_name(code: str) -> str:
    return LANG_INFO.get(code.lower(), {}).get("name", "") if code else ""


def cite_source(source: Source) -> str:
    """'PressTV. “Title.” 1 August 2017. In Persian. https://…' — what is unknown is left out."""
    author = source.publisher or urlsplit(source.url).netloc.removeprefix("www.")
    parts = []
    if author:
        parts.append(sentence(author))
    if source.title:
        parts.append(f"“{sentence(source.title)}”")
    parts.append(sentence(format_date(source.published_on)) if source.published_on else "n.d.")
    language = language_name(source.language)
    if language and source.language.lower() != "en":
        parts.append(f"In {language}.")
    if source.url:
        parts.append(f"{source.url}.")
    elif not author and not source.title:
        parts.append(f"Source {source.pk}, held by peaceproc.")
    return " ".join(parts)


def cite_record(
    record: Round | Event | Agreement,
    *,
    url: str,
    accessed: date,
    sources: Iterable[Source] | None = None,
) -> RecordCitation:
    """The citation of `record` at its address `url`, read on `accessed`, with its
    sources (by default the sources its citations name, in their order)."""
    what, when = describe(record)
    place = record_place(record)
    details = ", ".join(part for part in (what, place, when) if part)
    text = (
        f"“{sentence(record.title)}” {sentence(details)} In {sentence(SITE_NAME)} "
        f"{url} (accessed {format_date(accessed)})."
    )
    if sources is None:
        sources = [citation.source for citation in record.citations.all()]
    unique = list(dict.fromkeys(sources))
    return RecordCitation(
        record=record,
        url=url,
        text=text,
        sources=tuple(SourceCitation(source, cite_source(source)) for source in unique),
    )
