"""Public pages speak to readers: no file names, loader commands or other words of the
people who built the record ("(SOURCES.md)", "the shipped chronology", "(see conflicts)")
on any page, whether they come from a template or from the seed data."""

import re

from django.conf import settings
from django.db import models
from django.test import tag

from peaceproc.chronology.models import (
    Agreement,
    Citation,
    Conflict,
    EnvoyTenure,
    Event,
    Participant,
    Participation,
    Round,
    Track,
)

from .base import SeededTestCase

DEVELOPER_WORDS = re.compile(
    r"\b[\w-]+\.(?:md|csv|json|py)\b(?!\?)|\bshipped\b|\bseeds?\b|\bloadseeds\b|\bslug\b"
    r"|\(see conflicts\)|\bissue \d+\b",
    re.IGNORECASE,
)
TAGS = re.compile(r"<script.*?</script>|<[^>]+>", re.DOTALL)


class ReaderWordingTests(SeededTestCase):
    def visible_text(self, path: str) -> str:
        response = self.client.get(path)
        self.assertEqual(response.status_code, 200, path)
        return TAGS.sub(" ", response.content.decode())

    def test_no_stored_text_or_public_template_uses_the_builders_words(self):
        """Quick: every text the public pages show from the record, and their templates."""
        found = []
        for model in (Round, Event, Agreement, EnvoyTenure, Participant, Participation,
                      Citation, Conflict, Track):  # fmt: skip
            texts = [
                f.name
                for f in model._meta.get_fields()
                if isinstance(f, models.CharField | models.TextField) and f.name != "slug"
                and not f.choices and f.name != "url"
            ]  # fmt: skip
            for row in model.objects.values("pk", *texts):
                for name in texts:
                    if DEVELOPER_WORDS.search(row[name] or ""):
                        found.append((model.__name__, row["pk"], name, row[name][:120]))
        templates = settings.BASE_DIR / "templates"
        for template in [*templates.glob("site/*.html"), *templates.glob("includes/*.html")]:
            text = re.sub(r"\{#.*?#\}|\{%.*?%\}|\{\{.*?\}\}", " ", template.read_text(), flags=re.S)
            for word in DEVELOPER_WORDS.findall(TAGS.sub(" ", text)):
                found.append((template.name, word))
        self.assertEqual(found, [])

    @tag("slow")
    def test_no_page_uses_the_builders_words(self):
        """Every public page as rendered (slow: some hundreds of pages)."""
        paths = [
            "/",
            "/about/",
            "/agreements/",
            "/participants/",
            "/who-attended/",
            "/whats-new/",
            *(r.get_absolute_url() for r in Round.objects.all()),
            *(e.get_absolute_url() for e in Event.objects.all()),
            *(a.get_absolute_url() for a in Agreement.objects.all()),
            *(t.get_absolute_url() for t in EnvoyTenure.objects.all()),
            *(p.get_absolute_url() for p in Participant.objects.all()),
        ]
        found = {}
        for path in paths:
            words = DEVELOPER_WORDS.findall(self.visible_text(path))
            if words:
                found[path] = sorted(set(words))
        self.assertEqual(found, {})

    def test_the_check_itself_catches_the_old_wording(self):
        for old in (
            "standing attendance of the format (SOURCES.md)",
            "Primary source of this record in the shipped chronology.",
            "al-Watan named Vershinin as head on arrival (see conflicts)",
        ):
            self.assertTrue(DEVELOPER_WORDS.search(old), old)
        self.assertFalse(DEVELOPER_WORDS.search("The main source for this record."))
