"""Outside tester t11b, finding 8: the dry run printed two of the four people the review
ticked for the same sentence, and placed a meeting 'on Syria' held in Astana in Syria.
The sentences are the tests' own."""

import io
import json
import tempfile
from datetime import date
from pathlib import Path

from django.core.management import call_command

from peaceproc.ingest.gazetteer import build_gazetteer
from peaceproc.ingest.models import PendingArticle
from peaceproc.ingest.pipeline import find_candidates

from .test_admin import IngestTestCase

ARTICLE = (
    "Guarantors meet again in Doha\n\n"
    "Qatar's capital Doha will host a meeting on Syria on Monday and Tuesday, under the "
    "auspices of Turkey, Iran and Russia, the Qatari foreign ministry said on Friday.\n"
)


class SamePeopleTests(IngestTestCase):
    def command_people(self) -> list[list[str]]:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "doha.txt"
            path.write_text(ARTICLE)
            out = io.StringIO()
            call_command("ingest", str(path), "--published", "2026-11-07", "--dry-run",
                         "--json", stdout=out, stderr=io.StringIO())  # fmt: skip
        return [c["participants"] for c in json.loads(out.getvalue())[0]["candidates"]]

    def test_the_dry_run_prints_the_people_the_review_ticks(self):
        self.paste(ARTICLE, published="2026-11-07")
        pending = PendingArticle.objects.get()
        forms = self.client.get(pending.get_absolute_url()).context["formset"].forms
        ticked = [list(f.initial["participants"]) for f in forms]
        self.assertEqual(self.command_people(), ticked)
        self.assertTrue({"turkey", "iran", "russia"} <= set(ticked[0]))
        # The title names the people ticked, not two of them; Qatar named only as the
        # host ("Qatar's capital Doha") is no party (rules12d, t12b F8).
        self.assertNotIn("qatar", ticked[0])
        title = "Meeting of Turkey, Iran and Russia in Doha"
        self.assertEqual(forms[0].initial["title"], title)


def place_of(text: str, language: str) -> str | None:
    (c,) = find_candidates(
        text, published=date(2031, 3, 20), language=language, gazetteer=build_gazetteer()
    )
    return c.place


class TopicIsNoPlaceTests(IngestTestCase):
    def test_a_country_talked_about_is_not_the_place(self):
        for language, text in (
            ("en", "The meeting on Syria was held on 14 March 2031 with the guarantors."),
            ("fr", "La réunion sur la Syrie s'est tenue le 14 mars 2031 avec les garants."),
            ("ru", "Встреча по Сирии прошла 14 марта 2031 года при участии гарантов."),
            ("ar", "عقد الاجتماع حول سوريا في 14 مارس 2031 بحضور الدول الضامنة."),
            ("fa", "نشست درباره سوریه در ۱۴ مارس ۲۰۳۱ با حضور کشورهای ضامن برگزار شد."),
            ("tr", "Suriye konulu toplantı 14 Mart 2031 tarihinde garantörlerle yapıldı."),
        ):
            with self.subTest(language=language):
                self.assertIsNone(place_of(text, language))

    def test_the_city_where_it_is_held_is_kept(self):
        for language, text in (
            ("en", "The meeting on Syria was held in Geneva on 14 March 2031."),
            ("fr", "La réunion sur la Syrie s'est tenue à Genève le 14 mars 2031."),
            ("ru", "Встреча по Сирии прошла в Женеве 14 марта 2031 года."),
        ):
            with self.subTest(language=language):
                self.assertEqual(place_of(text, language), "Geneva")

    def test_a_meeting_in_the_country_is_placed_there(self):
        # Where the rule must not fire: the country is where it happened.
        for text in (
            "The delegations met in Syria on 14 March 2031.",
            "On 14 March 2031 the envoy arrived in Syria for talks on the constitution.",
        ):
            with self.subTest(text=text):
                self.assertEqual(place_of(text, "en"), "Syria")
