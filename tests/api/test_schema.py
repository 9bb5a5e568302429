"""The OpenAPI schema is valid, and every endpoint answers what it says.

Three layers: openapi-spec-validator checks the document itself; a jsonschema
pass checks fixed requests to every path (success and error bodies alike)
against the schema's own response definitions; schemathesis generates requests
from the schema (examples, valid and invalid values) and runs them in-process
against the WSGI application.
"""

import json
import re

import hypothesis
import jsonschema
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import tag
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012 as DRAFT2020_12
from schemathesis import checks as st_checks

from peaceproc.api import openapi

from .base import SeededTestCase

SERVER = "http://testserver"


def response_schema(document: dict, path: str, status: int) -> dict | None:
    responses = document["paths"][path]["get"]["responses"]
    response = responses.get(str(status))
    if response is None:
        return None
    content = response.get("content", {})
    return content.get("application/json", {}).get("schema")


def template_for(document: dict, url_path: str) -> str:
    """The schema's path template a concrete path belongs to."""
    for template in document["paths"]:
        pattern = "^" + re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(pattern, url_path):
            return template
    raise AssertionError(f"{url_path} is not in the schema")


class SchemaDocumentTests(SeededTestCase):
    def test_served_schema_is_valid_openapi_3_1(self):
        response = self.client.get("/api/openapi.json")
        self.assertEqual(response.status_code, 200)
        document = response.json()
        self.assertEqual(document["openapi"], "3.1.0")
        validate(document)  # raises on an invalid document

    def test_every_api_route_is_in_the_schema(self):
        from django.urls import get_resolver

        documented = set(openapi.schema()["paths"])
        resolver = get_resolver("peaceproc.api.urls")
        for pattern in resolver.url_patterns:
            route = str(pattern.pattern)
            if route.startswith("^") or route in ("docs", "openapi.json"):
                continue  # the JSON 404 catch-all, the HTML docs and the schema itself
            template = "/api/" + re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", route)
            template = template.replace("{pk}", "{id}")
            with self.subTest(template):
                self.assertIn(template, documented)


class SchemaExampleTests(SeededTestCase):
    def test_every_example_answers_200_on_the_seeded_record(self):
        """Each path parameter's example names a record that exists, and each query
        parameter's example is accepted, so a reader trying the documented values gets data."""
        document = self.client.get("/api/openapi.json").json()
        tried = 0
        for template, methods in document["paths"].items():
            parameters = methods["get"].get("parameters", [])
            examples = {
                p["name"]: p.get("example", p["schema"].get("example"))
                for p in parameters
                if "example" in p or "example" in p["schema"]
            }
            path = template
            for p in parameters:
                if p["in"] == "path":
                    if p["name"] not in examples:
                        continue
                    path = path.replace(f"{{{p['name']}}}", str(examples[p["name"]]))
            if "{" in path:
                continue  # a path parameter without an example (a source's id)
            for p in parameters:
                if p["in"] != "query" or p["name"] not in examples:
                    continue
                value = examples[p["name"]]
                with self.subTest(path=path, parameter=p["name"]):
                    response = self.client.get(path, {p["name"]: value})
                    self.assertEqual(response.status_code, 200, response.content[:300])
                    tried += 1
            with self.subTest(path=path):
                self.assertEqual(self.client.get(path).status_code, 200)
                tried += 1
        self.assertGreater(tried, 20)


class GeneratedSchemaTests(SeededTestCase):
    """The document is generated from the Schemas; it must stay as strict as the
    hand-written one was, or the response checks below would let drift through."""

    def test_every_response_object_lists_its_fields_and_nothing_else(self):
        document = openapi.schema()
        for name, component in document["components"]["schemas"].items():
            if component.get("type") != "object" or name == "ErrorBody":
                continue
            with self.subTest(name):
                self.assertIs(component.get("additionalProperties"), False)
                self.assertEqual(sorted(component["required"]), sorted(component["properties"]))

    def test_only_records_are_components_and_every_one_is_used(self):
        document = openapi.schema()
        text = json.dumps(document["paths"]) + json.dumps(document["components"])
        for name in document["components"]["schemas"]:
            with self.subTest(name):
                self.assertIn(f'"#/components/schemas/{name}"', text)
        self.assertNotIn("Filters", " ".join(document["components"]["schemas"]))

    def test_the_docs_page_shows_the_generated_document(self):
        html = self.client.get("/api/docs").content.decode()
        document = openapi.schema()
        for path, methods in document["paths"].items():
            with self.subTest(path):
                self.assertIn(f"<code>GET {path}</code>", html)
                for parameter in methods["get"]["parameters"]:
                    self.assertIn(f"<code>{parameter['name']}</code>", html)
        for name in document["components"]["schemas"]:
            self.assertIn(f'id="schema-{name}"', html)


class ResponsesMatchSchemaTests(SeededTestCase):
    """Fixed requests to every endpoint, validated against the schema with jsonschema."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.document = openapi.schema(server=SERVER)
        resource = Resource.from_contents(cls.document, default_specification=DRAFT2020_12)
        cls.registry = Registry().with_resource("urn:peaceproc-openapi", resource)

    def check(self, url: str, status: int):
        response = self.client.get(url)
        self.assertEqual(response.status_code, status, url)
        path = url.split("?", 1)[0]
        template = template_for(self.document, path)
        schema = response_schema(self.document, template, status)
        self.assertIsNotNone(schema, f"{template} does not document {status}")
        # Resolve the $ref inside the whole document, as an OpenAPI tool would.
        wrapped = {"$ref": "urn:peaceproc-openapi" + schema["$ref"]}
        validator = jsonschema.Draft202012Validator(
            wrapped,
            registry=self.registry,
            format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
        )
        errors = sorted(validator.iter_errors(response.json()), key=lambda e: list(e.path))
        self.assertEqual(
            [f"{list(e.path)}: {e.message}" for e in errors[:5]], [], f"{url} ({status})"
        )

    def test_every_endpoint_success(self):
        source_id = self.extras["source"].pk
        for url in (
            "/api/",
            "/api/timeline",
            "/api/timeline?round=astana-4&kind=round&kind=event",
            "/api/rounds?track=astana",
            "/api/rounds/astana-4",
            "/api/rounds/constitutional-committee-1",
            "/api/events",
            "/api/events?kind=summit&from=2017-01-01",
            "/api/events/astana-4-press-briefing",
            "/api/events/astana-process-begins-2017-01",
            "/api/agreements",
            "/api/tenures",
            "/api/participants?q=Лавров",
            "/api/participants/sergey-lavrov",
            "/api/participants/syrian-negotiation-commission-ar",
            "/api/sources",
            f"/api/sources/{source_id}",
            "/api/export.json",
            "/api/export.json?round=astana-4",
        ):
            with self.subTest(url):
                self.check(url, 200)

    def test_every_detail_of_the_record(self):
        listing = self.client.get("/api/timeline?limit=500").json()["results"]
        self.assertGreater(len(listing), 50)
        for item in listing:
            with self.subTest(item["api_url"]):
                self.check(item["api_url"].removeprefix(SERVER), 200)

    def test_every_endpoint_errors(self):
        for url, status in (
            ("/api/timeline?kind=nope", 400),
            ("/api/rounds?track=nope", 400),
            ("/api/rounds?limit=0", 400),
            ("/api/events?kind=round", 400),
            ("/api/agreements?from=2017-02-30", 400),
            ("/api/tenures?participant=nobody", 400),
            ("/api/participants?kind=x", 400),
            ("/api/sources?offset=-3", 400),
            ("/api/rounds/astana-4?x=1", 400),
            ("/api/export.json?to=soon", 400),
            ("/api/rounds/nope", 404),
            ("/api/events/nope", 404),
            ("/api/agreements/nope", 404),
            ("/api/tenures/nope", 404),
            ("/api/participants/nope", 404),
            ("/api/sources/987654", 404),
        ):
            with self.subTest(url):
                self.check(url, status)

    def test_file_exports_have_their_documented_media_types(self):
        for url, media in (
            ("/api/export.csv", "text/csv"),
            ("/api/export.ics?round=astana-4", "text/calendar"),
        ):
            with self.subTest(url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                template = template_for(self.document, url.split("?")[0])
                documented = self.document["paths"][template]["get"]["responses"]["200"]
                self.assertIn(media, documented["content"])
                self.assertEqual(response["Content-Type"].split(";")[0], media)


@tag("slow")
class SchemathesisTests(SeededTestCase):
    """Generated requests for every operation, run in-process against the WSGI app."""

    # Enough to reach every parameter and the explicit examples; small enough that
    # the whole run takes seconds.
    MAX_EXAMPLES = 25
    CHECKS = [
        st_checks.not_a_server_error,
        st_checks.status_code_conformance,
        st_checks.content_type_conformance,
        st_checks.response_schema_conformance,
        st_checks.negative_data_rejection,
    ]

    def setUp(self):
        # Django closes "old" connections at each request's start and end; inside a
        # test's transaction that would drop the transaction with the test data.
        # (Django's test client does the same.)
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
        self.addCleanup(request_started.connect, close_old_connections)
        self.addCleanup(request_finished.connect, close_old_connections)

    def test_every_operation(self):
        app = WSGIHandler()
        schema = schemathesis.openapi.from_dict(openapi.schema(server="http://localhost"))
        operations = [result.ok() for result in schema.get_all_operations()]
        self.assertEqual(len(operations), len(openapi.schema()["paths"]))
        for operation in operations:
            with self.subTest(operation.path):
                self.run_operation(operation, app)

    def run_operation(self, operation, app):
        from schemathesis import GenerationMode

        strategy = operation.as_strategy(generation_mode=GenerationMode.POSITIVE) | (
            operation.as_strategy(generation_mode=GenerationMode.NEGATIVE)
        )

        @hypothesis.settings(
            max_examples=self.MAX_EXAMPLES,
            deadline=None,
            database=None,
            derandomize=True,
            suppress_health_check=list(hypothesis.HealthCheck),
            phases=[hypothesis.Phase.explicit, hypothesis.Phase.generate],
        )
        @hypothesis.given(case=strategy)
        def run(case):
            # In-process there is no HTTP client to undo gzip: ask for the plain body
            # (compression has its own tests in tests/security/test_http_findings.py).
            response = case.call(app=app, headers={"Accept-Encoding": "identity"})
            case.validate_response(response, checks=self.CHECKS)

        try:
            run()
        except Exception as failures:
            # A FailureGroup cannot be pickled, and the parallel runner must send the
            # failure to the parent process: report it as a plain AssertionError.
            raise AssertionError(f"{type(failures).__name__}: {failures}") from None
