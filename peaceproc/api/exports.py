"""Exports of what the timeline shows: CSV, JSON and iCalendar.

They take the timeline's own query parameters and read the page's own selection
(`filtered_querysets`, in the page's order; a test holds the two equal), so
a download holds exactly the items of the page it was linked from. Invalid
filters answer 400 (the page drops them and goes on; a download must not
silently hold something else than was asked for); the page's own window, list page
and open panel are accepted whatever their value and change nothing.
"""

import csv
import io
import re
from datetime import UTC, date, datetime
from urllib.parse import quote

import icalendar
from django.http import HttpRequest, HttpResponse
from django.utils.text import slugify

from peaceproc.chronology.dates import Precision, add_days, period_last_day
from peaceproc.site.filters import FILTER_PARAMS, TimelineFilters

from . import queries
from . import serializers as s
from .http import api_view, json_response, notice_texts
from .params import bound_filters, filter_data

CSV_COLUMNS = (
    "type", "id", "slug", "title", "kind", "track", "round", "start_date", "end_date",
    "precision", "end_precision", "dates", "place", "participants", "summary", "confidence",
    "url", "citation_urls",
)  # fmt: skip
# Spreadsheets run a cell that starts with one of these as a formula; a quote in
# front keeps a hostile title ("=HYPERLINK(...)") a text. OWASP's advice.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def export_filename(filters: TimelineFilters, extension: str) -> str:
    """'peaceproc-astana-4.csv', 'peaceproc-astana-4-and-nearby.ics',
    'peaceproc-astana-geneva-2017.ics', 'peaceproc-default-tracks.json': the name says
    what was exported (with no track named, the tracks the timeline shows by default,
    not every item), so two exports that hold different items never share a name. ASCII:
    a search is named by its words in Latin letters (accents folded), 'search' when it
    has none (own_script_filename names it in its own script)."""
    return _filename(filters, extension, _search_name(filters.value("q"), allow_unicode=False))


def own_script_filename(filters: TimelineFilters, extension: str) -> str | None:
    """The export's name with the search in its own script ('peaceproc-лавров.csv',
    'peaceproc-لافروف-2017.json'), when export_filename's ASCII name leaves some of its
    words out; None when the ASCII name holds them all (a Latin search, accents folded)
    or there is no search (outside tester t15b, finding 7)."""
    q = filters.value("q")
    own = _search_name(q, allow_unicode=True)
    if _words(own) == _words(_search_name(q, allow_unicode=False)):
        return None
    return _filename(filters, extension, own)


def _search_name(q: str, *, allow_unicode: bool) -> str:
    """The search's words as a slug, at most 40 characters ('' without a search)."""
    return slugify(q, allow_unicode=allow_unicode)[:40].strip("-") if q else ""


def _words(slug: str) -> int:
    return len([word for word in slug.split("-") if word])


def _filename(filters: TimelineFilters, extension: str, search: str) -> str:
    parts: list[str] = []
    parts += filters.value("track") or []
    if round_ := filters.value("round"):
        parts.append(round_.slug)
        if filters.value("nearby"):
            parts.append("and-nearby")
    if participant := filters.value("participant"):
        parts.append(participant.slug)
    parts += filters.value("kind") or []
    start, end = filters.date_range
    if start and end:
        parts.append(period_name(start, end))
    elif start:
        parts.append(f"from-{start.isoformat()}")
    elif end:
        parts.append(f"to-{end.isoformat()}")
    if filters.value("q"):
        parts.append(search or "search")
    stem = "-".join(parts)[:150].strip("-") or "default-tracks"
    return f"peaceproc-{stem}.{extension}"


def period_name(start: date, end: date) -> str:
    """'2017' for the whole of 2017, '2017-to-2019', '2017-03', '2017-03-to-2017-05';
    any other period by its first and last days."""
    whole_months = start.day == 1 and end == period_last_day(end, Precision.MONTH)
    if whole_months and start.month == 1 and end.month == 12:
        ends = [str(start.year), str(end.year)]
    elif whole_months:
        ends = [f"{start:%Y-%m}", f"{end:%Y-%m}"]
    else:
        ends = [start.isoformat(), end.isoformat()]
    return ends[0] if ends[0] == ends[1] else "-to-".join(ends)


def download(response: HttpResponse, filters: TimelineFilters, extension: str) -> HttpResponse:
    """`response` as the download of the filters' export, named export_filename (ASCII,
    plain in the header) and, for a search in another script, own_script_filename as RFC
    6266 and 5987 write a name in UTF-8 (`filename*=UTF-8''...`), which a browser
    prefers; the ASCII name stays for the others."""
    header = f'attachment; filename="{export_filename(filters, extension)}"'
    if own_script := own_script_filename(filters, extension):
        header += f"; filename*=UTF-8''{quote(own_script, safe='')}"
    response["Content-Disposition"] = header
    return response


def selected_items(request: HttpRequest) -> tuple[TimelineFilters, list]:
    # The operation refused unknown parameters and repeated filters (params.ExportFilters);
    # the filters are read by the page's own form, defaults included: the export is what
    # the page shows. The page's window, list page and open panel are left out: whatever
    # their value, they change nothing in the export.
    data = filter_data({name: request.GET.getlist(name) for name in FILTER_PARAMS})
    filters = bound_filters(data, every_track=False)
    items = queries.timeline_items(filters)
    return filters, items


# -- CSV --------------------------------------------------------------------


def spreadsheet_safe(value) -> str:
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def csv_rows(items, links: s.Links):
    for item in items:
        data = s.item_data(item, links)
        yield {
            **{name: data[name] for name in ("type", "id", "slug", "title", "kind")},
            "track": data["track"]["slug"] if data["track"] else "",
            "round": data["round"]["slug"] if data["round"] else "",
            **{
                name: data[name] or ""
                for name in ("start_date", "end_date", "precision", "end_precision", "dates")
            },
            "place": data["place"],
            "participants": "; ".join(p["name"] for p in data["participants"]),
            "summary": data["summary"],
            "confidence": getattr(item.record, "confidence", ""),
            "url": data["url"] or "",
            "citation_urls": " ".join(
                c["source"]["url"] for c in data["citations"] if c["source"]["url"]
            ),
        }


def render_csv(items, links: s.Links) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in csv_rows(items, links):
        writer.writerow({name: spreadsheet_safe(value) for name, value in row.items()})
    return out.getvalue()


@api_view
def export_csv(request: HttpRequest) -> HttpResponse:
    filters, items = selected_items(request)
    # The byte order mark tells spreadsheets the file is UTF-8; without it Excel
    # reads it as the local code page and mangles Arabic and Cyrillic names.
    body = "\ufeff" + render_csv(items, s.Links(request))
    response = HttpResponse(body.encode("utf-8"), content_type="text/csv; charset=utf-8")
    return download(response, filters, "csv")


# -- JSON -------------------------------------------------------------------


@api_view
def export_json(request: HttpRequest) -> HttpResponse:
    filters, items = selected_items(request)
    links = s.Links(request)
    data = {
        "exported_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "query": filters.query().removeprefix("?"),
        "count": len(items),
        "notices": notice_texts(filters),
        "items": [s.item_data(item, links) for item in items],
    }
    return download(json_response(data), filters, "json")


# -- iCalendar (RFC 5545), written by the icalendar library ----------------------

# RFC 5545's TEXT holds no control character but HTAB (3.3.11). Line and paragraph breaks
# of every kind become a line break (which the library writes as \\n); any other control
# character, C0 or C1, becomes a space.
LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def ics_text(value: str) -> str:
    """A value fit for a TEXT property: the library escapes it, this removes what no
    escape can carry."""
    return CONTROLS.sub(" ", LINE_BREAKS.sub("\n", value))


def calendar_span(item) -> tuple[date, date | None]:
    """The first day and the day after the last (DTEND is exclusive), covering the
    whole month or year of a fuzzy date; None for an envoy still in office."""
    last = s.item_end(item)
    return item.start, add_days(last, 1) if last else None


PRECISION_WORDS = {"month": "known to the month", "year": "known to the year"}


def precision_note(item) -> str:
    """'date known to the month', 'end known to the year', or '' for exact days."""
    if item.precision != "day":
        return f"date {PRECISION_WORDS[item.precision]}"
    if item.end and item.end_precision != "day":
        return f"end {PRECISION_WORDS[item.end_precision]}"
    return ""


def vevent(item, links: s.Links, stamp: datetime) -> icalendar.Event:
    data = s.item_data(item, links)
    start, end = calendar_span(item)
    summary = item.title
    description = [data["dates"]]
    if note := precision_note(item):
        # Say it in the title too: a calendar shows a month-long bar, and the
        # reader must not take it for a month-long event.
        summary += f" ({data['dates']}, {note})"
        description.append(
            f"The {note}: the entry spans the whole period, not a day we do not know."
        )
    if item.kind == "tenure" and item.end is None:
        summary += f" ({data['dates']}, in office)"
        description.append("Still in office: the entry marks the first day.")
    if item.summary:
        description.append(item.summary)
    if data["participants"]:
        description.append("Participants: " + ", ".join(p["name"] for p in data["participants"]))
    sources = [c["source"]["url"] for c in data["citations"] if c["source"]["url"]]
    if sources:
        description.append("Sources: " + " ".join(sources))
    if data["url"]:
        description.append(data["url"])
    event = icalendar.Event()
    event.add("uid", f"{item.kind}-{item.record.pk}@peaceproc")
    event.add("dtstamp", stamp)
    event.add("dtstart", start)  # a date: VALUE=DATE, an all-day entry
    if end:
        event.add("dtend", end)
    event.add("summary", ics_text(summary))
    event.add("description", ics_text("\n".join(description)))
    event.add(
        "categories", [ics_text(item.kind), *([ics_text(item.track.name)] if item.track else [])]
    )
    # Machine-readable precision for programs that read the file back.
    event.add("x-peaceproc-precision", item.precision)
    event.add("x-peaceproc-end-precision", item.end_precision)
    event.add("x-peaceproc-type", item.kind)
    event.add("x-peaceproc-slug", item.record.slug)
    event.add("transp", "TRANSPARENT")
    if item.place:
        event.add("location", ics_text(item.place))
    if data["url"]:
        event.add("url", data["url"], parameters={"VALUE": "URI"})
    return event


def render_ics(items, links: s.Links, *, name: str) -> bytes:
    stamp = datetime.now(UTC).replace(microsecond=0)
    calendar = icalendar.Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", "-//peaceproc//Syria peace process chronology//EN")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", ics_text(name))
    for item in items:
        calendar.add_component(vevent(item, links, stamp))
    # Properties in the order written (the format's documented order). The library
    # writes each content line (names, parameters, escapes); `folded` cuts them as its
    # own folder does (a test holds the two equal) at a quarter of the CPU: that folder
    # weighs each character one at a time, half of what its `to_ical` costs.
    lines = calendar.content_lines(sorted=False)
    return "".join(f"{folded(line)}\r\n" for line in lines if line).encode()


# A content line holds at most 75 octets, the space that starts a continuation
# line included (RFC 5545, 3.1): 74 of the text on each line, as the library folds.
FOLD_OCTETS = 74
# The first character of an escape (a TEXT value's backslash, a parameter's caret, RFC
# 6868) is carried to the next line with the character it escapes, as the library does
# since its issue 1501: some readers do not join an escape broken by a fold.
ESCAPE_STARTS = "\\^"


def folded(line: str) -> str:
    """`line` cut into lines of at most FOLD_OCTETS octets of UTF-8, never inside a
    character or after an escape's first character, joined by CRLF and a space."""
    pieces: list[str] = []
    start = 0
    if line.isascii():  # an octet a character: cut by slices
        while len(line) - start > FOLD_OCTETS:
            end = start + FOLD_OCTETS
            end -= line[end - 1] in ESCAPE_STARTS
            pieces.append(line[start:end])
            start = end
        pieces.append(line[start:])
        return "\r\n ".join(pieces)
    octets = 0
    for index, char in enumerate(line):
        size = 1 if char < "\x80" else len(char.encode())
        if index > start and octets + size > FOLD_OCTETS:
            end = index - 1 if index - start > 1 and line[index - 1] in ESCAPE_STARTS else index
            pieces.append(line[start:end])
            start, octets = end, index - end
        octets += size
    pieces.append(line[start:])
    return "\r\n ".join(pieces)


@api_view
def export_ics(request: HttpRequest) -> HttpResponse:
    filters, items = selected_items(request)
    filename = export_filename(filters, "ics")
    body = render_ics(items, s.Links(request), name=filename.removesuffix(".ics"))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    return download(response, filters, "ics")
