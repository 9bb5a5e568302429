"""`loadseeds --corrections` on a database the first release loaded (rebuilt here from
shipped/v1.json, the record as that release stored it): corrected where the shipped value
is still there, an editor's change kept, everything in the audit trail, idempotent."""

import json
from datetime import date
from io import StringIO

from django.conf import settings
from django.core.management import call_command
from django.test import TestCase

from peaceproc.audit.models import AuditEntry
from peaceproc.chronology import services
from peaceproc.chronology.models import (
    Agreement,
    Conflict,
    EnvoyTenure,
    Event,
    Participant,
    Participation,
    Round,
    Track,
)
from peaceproc.chronology.seeding import PRIMARY_NOTE, SHIPPED_DIR

MODELS = {"track": Track, "participant": Participant, "round": Round, "event": Event,
          "agreement": Agreement, "tenure": EnvoyTenure}  # fmt: skip
DATES = {"start_date", "end_date", "date"}


def load_first_release() -> None:
    """The database as the first release's `loadseeds` left it."""
    records = json.loads((SHIPPED_DIR / "v1.json").read_text(encoding="utf-8"))["records"]
    by_kind: dict[str, dict] = {}
    for key, data in records.items():
        kind, slug = key.split(":", 1)
        by_kind.setdefault(kind, {})[slug] = data
    made: dict[str, dict] = {kind: {} for kind in MODELS}
    for kind in ("track", "participant", "round", "agreement", "event", "tenure"):
        for slug, data in by_kind.get(kind, {}).items():
            values = {}
            for name, value in data["fields"].items():
                if name in ("track", "round", "agreement", "envoy", "represents"):
                    target = {"envoy": "participant", "represents": "participant"}.get(name, name)
                    if value is not None and target in made and value not in made[target]:
                        continue  # a participant's `represents` points forward: set below
                    value = made[target][value] if value is not None else None
                elif name in DATES and value:
                    value = date.fromisoformat(value)
                values[name] = value
            made[kind][slug] = MODELS[kind].objects.create(slug=slug, **values)
            if url := data.get("source_url"):
                source = services.reference_source(url=url) or services.create_source(url=url)
                services.cite(source=source, target=made[kind][slug], note=PRIMARY_NOTE)
    for slug, data in by_kind["participant"].items():
        if represents := data["fields"]["represents"]:
            Participant.objects.filter(slug=slug).update(represents=made["participant"][represents])
    people = made["participant"]
    for slug, data in by_kind["round"].items():
        for participant, role, on_behalf_of, note in data["participations"]:
            Participation.objects.create(
                round=made["round"][slug], participant=people[participant], role=role,
                on_behalf_of=people.get(on_behalf_of), note=note,
            )  # fmt: skip
    for slug, data in by_kind["agreement"].items():
        for participant in data["signatories"]:
            Participation.objects.create(
                agreement=made["agreement"][slug], participant=people[participant],
                role="signatory",
            )  # fmt: skip
    for slug, data in by_kind["event"].items():
        made["event"][slug].participants.set([people[p] for p in data["participants"]])


def opposition_heads(slug: str) -> set[str]:
    return set(
        Participation.objects.filter(
            round__slug=slug, role="head", on_behalf_of__slug="syrian-opposition"
        ).values_list("participant__slug", flat=True)
    )


def correct() -> str:
    out = StringIO()
    call_command("loadseeds", "--corrections", stdout=out)
    return out.getvalue()


class CorrectionsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_first_release()

    def test_the_first_release_is_what_it_was(self):
        self.assertEqual(opposition_heads("astana-5"), {"mohammad-alloush"})
        self.assertIn(
            "kofi-annan", {p.slug for p in Agreement.objects.get(slug="geneva-1").signatories}
        )

    def test_an_editors_change_is_kept_and_listed(self):
        # The release corrects astana-2's summary; an editor has rewritten it.
        Round.objects.filter(slug="astana-2").update(summary="An editor's summary.")
        alloush = Participation.objects.get(
            round__slug="astana-5", participant__slug="mohammad-alloush", role="head"
        )
        alloush.note = "An editor's note."
        alloush.save()
        output = correct()
        astana_2 = Round.objects.get(slug="astana-2")
        self.assertEqual(astana_2.summary, "An editor's summary.")
        self.assertEqual(opposition_heads("astana-5"), {"mohammad-alloush"})
        self.assertIn("round:astana-2 summary", output)
        self.assertIn("round:astana-5: its participants (changed by an editor)", output)
        # The values nobody changed are still corrected on the same record.
        self.assertNotEqual(astana_2.outcome_kind, "unknown")


class CorrectedTests(TestCase):
    """The first release corrected once, untouched by any editor (the correction, three
    seconds of CPU, is shared by the class's tests: each test's writes are rolled back)."""

    @classmethod
    def setUpTestData(cls):
        load_first_release()
        cls.output = correct()

    def test_corrections_reach_untouched_records_and_are_audited(self):
        self.assertIn("Created:", self.output)
        self.assertEqual(opposition_heads("astana-5"), {"ahmed-berri"})
        geneva_1 = {p.slug for p in Agreement.objects.get(slug="geneva-1").signatories}
        self.assertNotIn("kofi-annan", geneva_1)
        self.assertIn("china", geneva_1)
        self.assertTrue(Track.objects.get(slug="transition").shown_by_default)
        self.assertTrue(Conflict.objects.filter(round__slug="astana-20").exists())
        corrections = AuditEntry.objects.filter(via="correction")
        self.assertTrue(
            corrections.filter(content_type__model="participation", action="delete").exists()
        )
        self.assertTrue(
            corrections.filter(content_type__model="participation", action="create").exists()
        )
        self.assertTrue(corrections.filter(content_type__model="round", action="change").exists())

    def test_a_second_run_changes_nothing(self):
        entries = AuditEntry.objects.count()
        output = correct()
        self.assertIn("Nothing to do", output)
        self.assertNotIn("Kept", output)
        self.assertEqual(AuditEntry.objects.count(), entries)

    def test_a_corrected_database_holds_what_a_fresh_load_holds(self):
        corrected = participation_set()
        for model in (Participation, Conflict, Event, Agreement, Round, EnvoyTenure):
            model.objects.all().delete()
        call_command("loadseeds", "--dir", str(settings.BASE_DIR / "seeds"), stdout=StringIO())
        self.assertEqual(participation_set(), corrected)


def participation_set() -> set[tuple]:
    return {
        (p.record.slug, p.participant.slug, p.role, p.on_behalf_of_id, p.title)
        for p in Participation.objects.select_related("round", "event", "agreement", "participant")
    }
