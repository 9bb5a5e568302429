"""Issue 13, item 3: importdata validates every object with its model's own validation
before writing (choices, types, NUL bytes, an audit entry's content type) and ends a
malformed file with "Nothing was restored: <reason>", never a traceback; nothing is written."""

import io
import json

from django.core.management import CommandError, call_command

from peaceproc.audit.models import AuditEntry
from peaceproc.chronology.models import Event, Round, Source, Track
from tests.api.test_backup import RestoreTestCase


class ValidatedRestoreTests(RestoreTestCase):
    def first(self, model: str) -> dict:
        return next(o for o in self.document["objects"] if o["model"] == model)

    def write(self, document=None) -> None:
        self.path.write_text(json.dumps(document or self.document), encoding="utf-8")

    def assert_refused(self, *messages: str) -> None:
        with self.assertRaises(CommandError) as caught:
            call_command("importdata", str(self.path), stdout=io.StringIO())
        text = str(caught.exception)
        self.assertTrue(text.startswith("Nothing was restored: "), text)
        for message in messages:
            self.assertIn(message, text)
        for model in (Track, Round, Event, Source, AuditEntry):
            self.assertEqual(model.objects.count(), 0, model.__name__)

    def test_a_value_outside_a_fields_choices_is_refused(self):
        event = self.first("chronology.event")
        event["fields"]["precision"] = "century"
        self.write()
        self.assert_refused(f"chronology.event pk={event['pk']}", "precision", "century")

    def test_a_value_of_the_wrong_type_is_refused(self):
        round_ = self.first("chronology.round")
        round_["fields"]["number"] = "many"
        self.write()
        self.assert_refused(f"chronology.round pk={round_['pk']}", "many", "must be an integer")

    def test_a_date_outside_the_supported_range_is_refused(self):
        event = self.first("chronology.event")
        event["fields"]["start_date"] = "0001-01-01"
        self.write()
        self.assert_refused("start_date", "between 1900-01-01 and 2100-12-31")

    def test_nul_bytes_in_text_are_refused(self):
        event = self.first("chronology.event")
        event["fields"]["summary"] = "before\x00after"
        self.write()
        self.assert_refused(f"chronology.event pk={event['pk']}", "summary", "NUL")

    def test_an_audit_entry_about_an_unaudited_model_is_refused(self):
        entry = self.first("audit.auditentry")
        entry["fields"]["content_type"] = ["auth", "user"]
        self.write()
        self.assert_refused(f"audit.auditentry pk={entry['pk']}", "content_type", "auth.user")

    def test_malformed_files_end_with_a_reason(self):
        cases = {
            "deep": lambda d: d.__setitem__("objects", "[" * 100_000 + "]" * 100_000),
            "big pk": lambda d: self.first("chronology.track").__setitem__("pk", 2**70),
            "big number": lambda d: self.first("chronology.round")["fields"].__setitem__(
                "number", 10**30
            ),
            "no fields": lambda d: self.first("chronology.track").pop("fields"),
            "switched model": lambda d: self.first("chronology.track").__setitem__(
                "model", "auth.user"
            ),
            "not an object": lambda d: d["objects"].insert(0, 42),
        }
        original = json.dumps(self.document)
        for name, change in cases.items():
            with self.subTest(name):
                self.document = json.loads(original)
                change(self.document)
                text = json.dumps(self.document)
                if name == "deep":
                    text = text.replace('"' + "[" * 100_000, "[" * 100_000).replace(
                        "]" * 100_000 + '"', "]" * 100_000
                    )
                self.path.write_text(text, encoding="utf-8")
                self.assert_refused()
