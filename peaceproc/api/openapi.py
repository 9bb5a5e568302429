"""The OpenAPI 3.1 description of the API, written by hand next to the serializers.

The tests validate this document (openapi-spec-validator) and check every
endpoint's real responses against it (schemathesis, plus a plain jsonschema
pass over fixed requests), so a field added to a serializer without its schema
fails the suite. `/api/docs` is rendered from the same document.
"""

from copy import deepcopy

from peaceproc.chronology.dates import Precision
from peaceproc.chronology.models import (
    Agreement,
    Confidence,
    Event,
    OutcomeKind,
    Participant,
    Participation,
    Round,
)
from peaceproc.site.filters import DATE_RANGE_TEXT

from .http import DEFAULT_LIMIT, MAX_LIMIT, MAX_OFFSET

API_VERSION = "1.0.0"
REF = "#/components/schemas/"
SLUG_PATTERN = r"^[-a-zA-Z0-9_]+$"
ITEM_TYPES = ["round", "event", "agreement", "tenure"]


def ref(name: str) -> dict:
    return {"$ref": REF + name}


def nullable(schema: dict) -> dict:
    return {"anyOf": [schema, {"type": "null"}]}


def obj(properties: dict, *, required: list[str] | None = None, description: str = "") -> dict:
    """An object with exactly these properties, all present unless said otherwise."""
    schema = {
        "type": "object",
        "properties": properties,
        "required": list(properties) if required is None else required,
        "additionalProperties": False,
    }
    if description:
        schema["description"] = description
    return schema


STRING = {"type": "string"}
URI = {"type": "string", "format": "uri"}
DATE = {"type": "string", "format": "date"}
SLUG = {"type": "string", "pattern": SLUG_PATTERN}
# In a query an empty value is the same as leaving the parameter out: the
# timeline's form sends `round=` for "any round".
SLUG_OR_EMPTY = {"type": "string", "pattern": r"^[-a-zA-Z0-9_]*$"}
DATE_OR_EMPTY = {"anyOf": [DATE, {"type": "string", "maxLength": 0}]}
PRECISION = {
    "type": "string",
    "enum": Precision.values,
    "description": "How well the date is known. A month or a year is stored as its first day.",
}
CONFIDENCE = {"type": "string", "enum": Confidence.values}
DATES = {"type": "string", "description": "The dates as people read them: '4–5 May 2017'."}


def page_of(name: str) -> dict:
    return obj(
        {
            "count": {"type": "integer", "minimum": 0, "description": "All matches."},
            "limit": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT},
            "offset": {"type": "integer", "minimum": 0},
            "next": nullable(URI),
            "previous": nullable(URI),
            "results": {"type": "array", "items": ref(name)},
        },
        description=f"A page of {name} records.",
    )


SCHEMAS = {
    "Error": obj(
        {
            "error": obj(
                {
                    "status": {"type": "integer"},
                    "message": STRING,
                    "details": {
                        "type": "object",
                        "description": "Per parameter: what is wrong with it.",
                        "additionalProperties": {"type": "array", "items": STRING},
                    },
                },
                required=["status", "message"],
            )
        }
    ),
    "TrackRef": obj({"slug": SLUG, "name": STRING}),
    "ParticipantRef": obj(
        {
            "slug": SLUG,
            "name": STRING,
            "kind": {"type": "string", "enum": Participant.Kind.values},
            "api_url": URI,
        }
    ),
    "RecordRef": obj({"slug": SLUG, "title": STRING, "api_url": URI}),
    "SourceRef": obj(
        {
            "id": {"type": "integer"},
            "url": {"type": "string", "description": "Empty when the source has no address."},
            "publisher": STRING,
            "title": STRING,
            "published_on": nullable(DATE),
            "language": {"type": "string", "description": "ISO 639-1 code, or empty."},
            "api_url": URI,
        }
    ),
    "Citation": obj(
        {
            "source": ref("SourceRef"),
            "quote": {"type": "string", "description": "The sentences that support the record."},
            "note": STRING,
        }
    ),
    "Participation": obj(
        {
            "participant": ref("ParticipantRef"),
            "role": {"type": "string", "enum": Participation.Role.values},
            "on_behalf_of": nullable(ref("ParticipantRef")),
            "title": {"type": "string", "description": "Their title at that date, or ''."},
            "note": STRING,
        }
    ),
    "Round": obj(
        {
            "id": {"type": "integer"},
            "slug": SLUG,
            "title": STRING,
            "track": ref("TrackRef"),
            "number": nullable({"type": "integer", "minimum": 1}),
            "start_date": DATE,
            "end_date": DATE,
            "dates": DATES,
            "city": STRING,
            "status": {"type": "string", "enum": Round.Status.values},
            "summary": STRING,
            "confidence": CONFIDENCE,
            "outcome_kind": {"type": "string", "enum": OutcomeKind.values},
            "next_date": nullable(DATE),
            "next_date_precision": PRECISION,
            "next_dates": {
                "type": "string",
                "description": "The next date it announced, as "
                "people read it ('May 2017'), or '' if not known.",
            },
            "participations": {"type": "array", "items": ref("Participation")},
            "citations": {"type": "array", "items": ref("Citation")},
            "url": URI,
            "api_url": URI,
        },
        description="A round of talks or a session of the Constitutional Committee.",
    ),
    "Event": obj(
        {
            "id": {"type": "integer", "description": "The event's page is /events/{id}/."},
            "slug": SLUG,
            "title": STRING,
            "kind": {"type": "string", "enum": Event.Kind.values},
            "start_date": DATE,
            "end_date": nullable(DATE),
            "precision": PRECISION,
            "dates": DATES,
            "track": nullable(ref("TrackRef")),
            "round": nullable(ref("RecordRef")),
            "agreement": nullable(ref("RecordRef")),
            "place": STRING,
            "summary": STRING,
            "confidence": CONFIDENCE,
            "participants": {"type": "array", "items": ref("ParticipantRef")},
            "citations": {"type": "array", "items": ref("Citation")},
            "url": URI,
            "api_url": URI,
        }
    ),
    "Agreement": obj(
        {
            "id": {"type": "integer"},
            "slug": SLUG,
            "title": STRING,
            "kind": {"type": "string", "enum": Agreement.Kind.values},
            "date": DATE,
            "precision": PRECISION,
            "dates": DATES,
            "track": nullable(ref("TrackRef")),
            "round": nullable(ref("RecordRef")),
            "place": STRING,
            "summary": STRING,
            "confidence": CONFIDENCE,
            "signatories": {"type": "array", "items": ref("ParticipantRef")},
            "citations": {"type": "array", "items": ref("Citation")},
            "url": URI,
            "api_url": URI,
        }
    ),
    "Tenure": obj(
        {
            "id": {"type": "integer"},
            "slug": SLUG,
            "title": STRING,
            "envoy": ref("ParticipantRef"),
            "track": ref("TrackRef"),
            "start_date": DATE,
            "end_date": nullable({**DATE, "description": "null while in office."}),
            "end_precision": PRECISION,
            "dates": DATES,
            "summary": STRING,
            "confidence": CONFIDENCE,
            "citations": {"type": "array", "items": ref("Citation")},
            "api_url": URI,
        },
        description="A UN envoy's time in office.",
    ),
    "Participant": obj(
        {
            "id": {"type": "integer"},
            "slug": SLUG,
            "name": STRING,
            "kind": {"type": "string", "enum": Participant.Kind.values},
            "represents": nullable(ref("ParticipantRef")),
            "aliases": {
                "type": "array",
                "items": STRING,
                "description": "Other spellings and scripts of the name.",
            },
            "description": STRING,
            "url": URI,
            "api_url": URI,
        }
    ),
    "SupportedRecord": obj(
        {
            "type": {"type": "string", "enum": ITEM_TYPES},
            "slug": SLUG,
            "title": STRING,
            "api_url": URI,
            "quote": STRING,
            "note": STRING,
        },
        description="A record a source is cited for.",
    ),
    "TimelineItem": obj(
        {
            "type": {"type": "string", "enum": ITEM_TYPES},
            "id": {"type": "integer"},
            "slug": SLUG,
            "title": STRING,
            "kind": {
                "type": "string",
                "description": "The event's or agreement's kind; the type for others.",
            },
            "track": nullable(ref("TrackRef")),
            "round": nullable(ref("RecordRef")),
            "start_date": DATE,
            "end_date": nullable(DATE),
            "precision": PRECISION,
            "end_precision": PRECISION,
            "dates": DATES,
            "place": STRING,
            "summary": STRING,
            "participants": {"type": "array", "items": ref("ParticipantRef")},
            "citations": {"type": "array", "items": ref("Citation")},
            "url": nullable(URI),
            "api_url": URI,
        },
        description="One line of the timeline: a round, event, agreement or envoy tenure.",
    ),
    "Export": obj(
        {
            "exported_at": {"type": "string", "format": "date-time"},
            "query": {"type": "string", "description": "The filters, as a query string."},
            "count": {"type": "integer", "minimum": 0},
            "items": {"type": "array", "items": ref("TimelineItem")},
        }
    ),
    "Index": {
        "type": "object",
        "properties": {"name": STRING, "version": STRING},
        "required": ["name", "version"],
        "additionalProperties": URI,
    },
}
SCHEMAS["ParticipantDetail"] = deepcopy(SCHEMAS["Participant"])
SCHEMAS["ParticipantDetail"]["properties"] |= {
    "participations": {
        "type": "array",
        "items": obj(
            {
                "round": ref("RecordRef"),
                "role": {"type": "string", "enum": Participation.Role.values},
                "on_behalf_of": nullable(ref("ParticipantRef")),
                "title": STRING,
                "note": STRING,
            }
        ),
    },
    "events": {"type": "array", "items": ref("RecordRef")},
    "agreements": {"type": "array", "items": ref("RecordRef")},
}
SCHEMAS["ParticipantDetail"]["required"] = list(SCHEMAS["ParticipantDetail"]["properties"])
SCHEMAS["Source"] = obj(
    {
        **SCHEMAS["SourceRef"]["properties"],
        "has_text": {"type": "boolean", "description": "Whether the full text is stored."},
        "added_at": {"type": "string", "format": "date-time"},
        "supports": {"type": "array", "items": ref("SupportedRecord")},
    },
    description="A document claims rest on: an article, a UN page, a ministry release.",
)
SCHEMAS["SourceDetail"] = obj(
    {**SCHEMAS["Source"]["properties"], "text": {"type": "string", "description": "Full text."}}
)
for _name in ("Round", "Event", "Agreement", "Tenure", "Participant", "Source", "TimelineItem"):
    SCHEMAS[f"{_name}Page"] = page_of(_name)


def param(name: str, schema: dict, description: str, *, example=None, **extra) -> dict:
    result = {"name": name, "in": "query", "required": False, "schema": schema}
    result["description"] = description
    if example is not None:
        result["example"] = example
    return result | extra


PARAMETERS = {
    "limit": param(
        "limit",
        {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": DEFAULT_LIMIT},
        f"Records per page (default {DEFAULT_LIMIT}, at most {MAX_LIMIT}).",
    ),
    "offset": param(
        "offset",
        {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET, "default": 0},
        "How many matching records to skip.",
    ),
    "track": param(
        "track",
        {"type": "array", "items": SLUG_OR_EMPTY},
        "Track slugs, repeatable (track=astana&track=geneva). Without it: every track.",
        example=["astana"],
        style="form",
        explode=True,
    ),
    "round": param(
        "round",
        SLUG_OR_EMPTY,
        "A round's slug: that round, its events and agreements, and what happened within "
        "a month of it.",
        example="astana-4",
    ),
    "participant": param(
        "participant",
        SLUG_OR_EMPTY,
        "A participant's slug: the rounds they (or their delegation) attended, the events "
        "they are linked to, the agreements they signed, their tenures.",
        example="russia",
    ),
    "from": param(
        "from",
        DATE_OR_EMPTY,
        "YYYY-MM-DD: records overlapping this day or later (a month or year counts whole). "
        f"A date {DATE_RANGE_TEXT}; any other is refused with 400.",
        example="2017-01-01",
    ),
    "to": param(
        "to",
        DATE_OR_EMPTY,
        f"YYYY-MM-DD: records overlapping this day or earlier. A date {DATE_RANGE_TEXT}.",
        example="2017-12-31",
    ),
    "q": param(
        "q",
        {"type": "string", "maxLength": 200},
        "Free text, case-insensitive, in titles, summaries and places.",
        example="ceasefire",
    ),
    "kind": param(
        "kind",
        {"type": "array", "items": {"type": "string", "enum": [*ITEM_TYPES, *Event.Kind.values]}},
        "Item types (round, event, agreement, tenure) or event kinds, repeatable.",
        example=["round"],
        style="form",
        explode=True,
    ),
    "event_kind": param(
        "kind",
        {"type": "array", "items": {"type": "string", "enum": Event.Kind.values}},
        "Event kinds, repeatable (kind=summit&kind=ministerial).",
        example=["summit"],
        style="form",
        explode=True,
    ),
    "participant_kind": param(
        "kind",
        {"type": "string", "enum": Participant.Kind.values},
        "Only participants of this kind.",
        example="state",
    ),
    "participant_q": param(
        "q",
        {"type": "string", "maxLength": 200},
        "Part of a name or of another spelling (any script), case-insensitive.",
        example="Лавров",
    ),
}
for _name in ("zoom", "at", "page"):
    PARAMETERS[f"page_{_name}"] = param(
        _name,
        {"type": "string"},
        "The timeline page's own parameter, accepted so a link copied from the page works; "
        "it changes nothing in the export.",
    )


def pref(name: str) -> dict:
    return {"$ref": f"#/components/parameters/{name}"}


RECORD_FILTERS = ["track", "round", "participant", "from", "to", "q"]
EXPORT_PARAMS = [
    "track", "round", "participant", "kind", "from", "to", "q",
    "page_zoom", "page_at", "page_page",
]  # fmt: skip


def json_content(schema_name: str) -> dict:
    return {"application/json": {"schema": ref(schema_name)}}


ERROR_400 = {"description": "An invalid or unknown parameter.", "content": json_content("Error")}
ERROR_404 = {"description": "No such record.", "content": json_content("Error")}


def operation(
    op_id: str,
    summary: str,
    response: dict,
    *,
    params: list[str] = (),
    description: str = "",
    tag: str,
    not_found: bool = False,
    path_param: dict | None = None,
) -> dict:
    responses = {"200": response, "400": ERROR_400}
    if not_found:
        responses["404"] = ERROR_404
    parameters = [pref(name) for name in params]
    if path_param:
        parameters.insert(0, path_param)
    result = {
        "operationId": op_id,
        "summary": summary,
        "tags": [tag],
        "parameters": parameters,
        "responses": responses,
    }
    if description:
        result["description"] = description
    return {"get": result}


def ok(schema_name: str, description: str) -> dict:
    return {"description": description, "content": json_content(schema_name)}


def slug_path(what: str, example: str) -> dict:
    return {
        "name": "slug",
        "in": "path",
        "required": True,
        "schema": SLUG,
        "description": f"The {what}'s slug.",
        "example": example,
    }


def list_and_detail(
    plural: str,
    name: str,
    schema_name: str,
    *,
    params: list[str],
    example: str,
    description: str,
    detail_schema: str | None = None,
) -> dict:
    return {
        f"/api/{plural}": operation(
            f"list_{plural}",
            f"List {plural}",
            ok(f"{schema_name}Page", f"A page of {plural}."),
            params=[*params, "limit", "offset"],
            description=description,
            tag=plural,
        ),
        f"/api/{plural}/{{slug}}": operation(
            f"get_{name}",
            f"One {name.replace('_', ' ')} by slug",
            ok(detail_schema or schema_name, f"The {name.replace('_', ' ')}."),
            tag=plural,
            not_found=True,
            path_param=slug_path(name.replace("_", " "), example),
        ),
    }


FILTER_NOTE = (
    "Takes the timeline's filters; without `track`, every track (the timeline page starts "
    "with a few). Ordered by date."
)
EXPORT_NOTE = (
    "Takes the timeline page's query string as it is (`/?round=astana-4` → "
    "`?round=astana-4`) and holds exactly the items that page lists, with the same defaults "
    "(without `track`, the tracks the page shows first). The file name says what was exported."
)

PATHS = {
    "/api/": operation(
        "index", "The endpoints", ok("Index", "Links to every endpoint."), tag="meta"
    ),
    "/api/timeline": operation(
        "timeline",
        "The timeline's items",
        ok("TimelineItemPage", "A page of items of every type, in date order."),
        params=["track", "round", "participant", "kind", "from", "to", "q", "limit", "offset"],
        description="Rounds, events, agreements and envoy tenures in one list, in date order. "
        + FILTER_NOTE,
        tag="timeline",
    ),
    **list_and_detail(
        "rounds",
        "round",
        "Round",
        params=RECORD_FILTERS,
        example="astana-4",
        description="Rounds of talks with their participants and citations. " + FILTER_NOTE,
    ),
    **list_and_detail(
        "events",
        "event",
        "Event",
        params=[*RECORD_FILTERS, "event_kind"],
        example="astana-memorandum-signing",
        description="Summits, ministerials, announcements and other events. " + FILTER_NOTE,
    ),
    **list_and_detail(
        "agreements",
        "agreement",
        "Agreement",
        params=RECORD_FILTERS,
        example="astana-memorandum-de-escalation",
        description="Memoranda, statements, ceasefires and resolutions. " + FILTER_NOTE,
    ),
    **list_and_detail(
        "tenures",
        "tenure",
        "Tenure",
        params=RECORD_FILTERS,
        example="envoy-de-mistura",
        description="UN envoys' times in office. " + FILTER_NOTE,
    ),
    **list_and_detail(
        "participants",
        "participant",
        "Participant",
        params=["participant_kind", "participant_q"],
        example="russia",
        description="People, states, organisations and delegations, by name.",
        detail_schema="ParticipantDetail",
    ),
    "/api/sources": operation(
        "list_sources",
        "List sources",
        ok("SourcePage", "A page of sources, oldest first."),
        params=["limit", "offset"],
        description="Every source with the records it supports (full texts in the detail).",
        tag="sources",
    ),
    "/api/sources/{id}": operation(
        "get_source",
        "One source by id, with its full text",
        ok("SourceDetail", "The source."),
        tag="sources",
        not_found=True,
        path_param={
            "name": "id",
            "in": "path",
            "required": True,
            "schema": {"type": "integer", "minimum": 1, "maximum": 2**63 - 1},
            "description": "The source's id.",
            "example": 1,
        },
    ),
    "/api/export.csv": operation(
        "export_csv",
        "The timeline as CSV",
        {
            "description": "UTF-8 with a byte order mark; one row per item; "
            "citation_urls separated by spaces, participants by '; '.",
            "content": {"text/csv": {"schema": {"type": "string"}}},
        },
        params=EXPORT_PARAMS,
        description=EXPORT_NOTE,
        tag="exports",
    ),
    "/api/export.json": operation(
        "export_json",
        "The timeline as JSON",
        ok("Export", "Every item, unpaginated."),
        params=EXPORT_PARAMS,
        description=EXPORT_NOTE,
        tag="exports",
    ),
    "/api/export.ics": operation(
        "export_ics",
        "The timeline as an iCalendar file",
        {
            "description": "All-day entries. A date known to the month or year spans the "
            "whole month or year and says so in its summary and in X-PEACEPROC-PRECISION.",
            "content": {"text/calendar": {"schema": {"type": "string"}}},
        },
        params=EXPORT_PARAMS,
        description=EXPORT_NOTE,
        tag="exports",
    ),
}


def schema(*, server: str = "/") -> dict:
    """The whole OpenAPI document, with this site as its server."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "peaceproc API",
            "version": API_VERSION,
            "summary": "The Syria peace process chronology, read-only, with sources.",
            "description": (
                "Rounds, events, agreements, envoy tenures, participants and sources of the "
                "Astana and Geneva tracks. Every record carries its citations. Read-only, no "
                "authentication. Lists are paginated with `limit` and `offset`; unknown or "
                "invalid parameters answer 400 with an `Error`."
            ),
        },
        "servers": [{"url": server.rstrip("/") or "/"}],
        "paths": deepcopy(PATHS),
        "components": {"schemas": deepcopy(SCHEMAS), "parameters": deepcopy(PARAMETERS)},
    }


# -- the human documentation (/api/docs), read from the same document ----------


def type_label(schema: dict) -> str:
    """'string (date)', 'array of Citation', 'Round or null', 'one of: day, month, year'."""
    if "$ref" in schema:
        return schema["$ref"].removeprefix(REF)
    if "anyOf" in schema:
        return " or ".join(type_label(option) for option in schema["anyOf"])
    if schema.get("maxLength") == 0:
        return "empty (the same as leaving it out)"
    if "enum" in schema:
        return "one of: " + ", ".join(str(value) for value in schema["enum"])
    kind = schema.get("type", "object")
    if kind == "array":
        return f"array of {type_label(schema.get('items', {}))}"
    if fmt := schema.get("format"):
        return f"{kind} ({fmt})"
    return str(kind)


def describe(*, server: str = "/") -> dict:
    document = schema(server=server)
    parameters = document["components"]["parameters"]
    endpoints = []
    for path, methods in document["paths"].items():
        op = methods["get"]
        params = []
        for item in op["parameters"]:
            item = parameters[item["$ref"].rsplit("/", 1)[1]] if "$ref" in item else item
            params.append(
                {
                    "name": item["name"],
                    "where": item["in"],
                    "type": type_label(item["schema"]),
                    "description": item.get("description", ""),
                    "example": (
                        ", ".join(item["example"])
                        if isinstance(item.get("example"), list)
                        else item.get("example")
                    ),
                }
            )
        responses = []
        for code, response in op["responses"].items():
            media, content = next(iter(response.get("content", {}).items()), ("", {}))
            responses.append(
                {
                    "code": code,
                    "description": response["description"],
                    "media": media,
                    "schema": type_label(content.get("schema", {})) if content else "",
                }
            )
        endpoints.append(
            {
                "path": path,
                "id": op["operationId"],
                "summary": op["summary"],
                "description": op.get("description", ""),
                "params": params,
                "responses": responses,
            }
        )
    schemas = []
    for name, definition in document["components"]["schemas"].items():
        required = set(definition.get("required", []))
        fields = [
            {
                "name": field,
                "type": type_label(spec),
                "description": spec.get("description", ""),
                "required": field in required,
            }
            for field, spec in definition.get("properties", {}).items()
        ]
        schemas.append(
            {"name": name, "description": definition.get("description", ""), "fields": fields}
        )
    return {"info": document["info"], "endpoints": endpoints, "schemas": schemas}
