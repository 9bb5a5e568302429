"""`ingest --json` says what the review page proposes for each candidate (outside
tester's finding 3, issue 9): "default_action" and "default_target", the same values as
the review form's initial choice, from one function."""

import io
import json
import tempfile
from pathlib import Path

from django.core.management import call_command

from peaceproc.ingest.models import PendingArticle

from .test_admin import IngestTestCase
from .test_command import SEED_ARTICLE


class DefaultsInJsonTests(IngestTestCase):
    def test_the_command_and_the_review_page_propose_the_same(self):
        # The seed article with one line more: not stored yet, so read against the record.
        text = SEED_ARTICLE.read_text() + "\nThe talks were described as constructive.\n"
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "article.txt"
            path.write_text(text)
            out = io.StringIO()
            call_command(
                "ingest", str(path), "--published", "2017-08-01", "--dry-run", "--json",
                stdout=out, stderr=io.StringIO(),
            )  # fmt: skip
        candidates = json.loads(out.getvalue())[0]["candidates"]
        self.paste(text, published="2017-08-01")
        pending = PendingArticle.objects.waiting().get()
        forms = self.client.get(pending.get_absolute_url()).context["formset"].forms
        self.assertEqual(len(forms), len(candidates))
        proposed = [(f.initial["action"], f.initial["target"]) for f in forms]
        printed = [
            (c["default_action"], (c["default_target"] or {}).get("record", "")) for c in candidates
        ]
        for (action, target), (json_action, json_target) in zip(proposed, printed, strict=True):
            self.assertEqual(action, json_action)
            if action != "create":
                self.assertEqual(target, json_target)
        # Likely duplicates of the record are cited, and say which record.
        cited = [c for c in candidates if c["default_action"] == "cite"]
        self.assertTrue(cited, candidates)
        for candidate in cited:
            self.assertIsNone(candidate["possible_match"])
            self.assertRegex(
                candidate["default_target"]["record"], r"^(event|round|agreement):\d+$"
            )
            self.assertTrue(candidate["default_target"]["title"])
