"""The admin's change forms and changelists cost the same queries whatever the number of
rows (issue 11, admin finding 1): inline rows bring their related objects with them, and an
autocomplete box shows the object its row holds."""

import re
from datetime import date

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from peaceproc.chronology.models import (
    Agreement,
    Citation,
    Conflict,
    EnvoyTenure,
    Event,
    Participant,
    Participation,
    Round,
    Source,
)

from .base import SeededAdminTestCase


def add_rows(record, *, rows: int) -> None:
    """`rows` participations (with the body represented and a source), citations and
    conflicts on `record`, each naming objects of its own."""
    target = {"envoytenure": "tenure"}.get(record._meta.model_name, record._meta.model_name)
    has_participations = hasattr(record, "participations")
    taken = record.participations.values("participant") if has_participations else []
    people = Participant.objects.exclude(pk__in=taken).order_by("pk")[: rows * 2]
    sources = list(Source.objects.exclude(citations__in=record.citations.all()).order_by("pk"))
    for i in range(rows):
        if has_participations:
            Participation.objects.create(
                **{target: record},
                participant=people[2 * i],
                on_behalf_of=people[2 * i + 1],
                role="attendee",
                source=sources[i],
            )
        Citation.objects.create(**{target: record}, source=sources[i], quote=f"Quote {i}")
        Conflict.objects.create(
            **{target: record},
            field="date",
            value_a="1 May",
            source_a=sources[i],
            value_b="2 May",
            source_b=sources[-1 - i],
            choice="a",
            reason="The first is the host's statement.",
        )


def posted_back(response) -> tuple[dict, dict]:
    """What a change form's page posts back unchanged (its form's and every inline row's
    values, the management forms'), and the page's formsets by prefix."""
    data = {
        key: value
        for key, value in response.context["adminform"].form.initial.items()
        if value is not None
    }
    formsets = {f.formset.prefix: f.formset for f in response.context["inline_admin_formsets"]}
    for prefix, formset in formsets.items():
        data[f"{prefix}-TOTAL_FORMS"] = formset.total_form_count()
        data[f"{prefix}-INITIAL_FORMS"] = formset.initial_form_count()
        for form in formset.forms:
            for name, field in form.fields.items():
                value = form.initial.get(name, field.initial)
                if value is not None:
                    data[form.add_prefix(name)] = getattr(value, "pk", value)
    return data, formsets


class ChangeFormQueryTests(SeededAdminTestCase):
    def queries(self, url: str) -> int:
        self.client.get(url)  # what a first request caches (content types) is not counted
        with CaptureQueriesContext(connection) as captured:
            self.assertEqual(self.client.get(url).status_code, 200)
        return len(captured)

    def test_a_rounds_change_form_costs_eight_queries_whatever_its_rows(self):
        round_ = Round.objects.get(slug="astana-4")
        url = reverse("admin:chronology_round_change", args=[round_.pk])
        self.client.get(url)
        # session, user, the round, its participations, citations and conflicts (each
        # with what their rows show), the tracks of the select, and the record's version
        # (the newest audit entry of the round and its rows: audit/concurrency.py).
        with self.assertNumQueries(8):
            self.client.get(url)
        add_rows(round_, rows=6)
        with self.assertNumQueries(8):
            response = self.client.get(url)
        self.assertEqual(response.context["inline_admin_formsets"][0].formset.total_form_count(),
                         round_.participations.count())  # fmt: skip

    def test_every_change_form_with_inlines_costs_the_same_with_more_rows(self):
        for record in (
            Event.objects.order_by("pk").first(),
            Agreement.objects.order_by("pk").first(),
            EnvoyTenure.objects.order_by("pk").first(),
        ):
            url = reverse(f"admin:chronology_{record._meta.model_name}_change", args=[record.pk])
            with self.subTest(record._meta.model_name):
                before = self.queries(url)
                add_rows(record, rows=4)
                with self.assertNumQueries(before):
                    self.client.get(url)

    def test_changelists_cost_the_same_with_more_rows(self):
        url = reverse("admin:chronology_round_changelist")
        before = self.queries(url)
        track = Round.objects.first().track
        for i in range(30):
            Round.objects.create(
                track=track, number=100 + i, title=f"Made {i}", slug=f"made-{i}",
                status="held", start_date=date(2030, 1, 1 + i % 28),
                end_date=date(2030, 1, 1 + i % 28), city="Geneva",
            )  # fmt: skip
        with self.assertNumQueries(before):
            self.client.get(url)
        url = reverse("admin:chronology_participation_changelist")
        before = self.queries(url)
        add_rows(Round.objects.get(slug="astana-4"), rows=6)
        with self.assertNumQueries(before):
            self.client.get(url)


class HeldAutocompleteTests(SeededAdminTestCase):
    def selected(self, html: str, name: str) -> list[tuple[str, str]]:
        select = re.search(rf'<select name="{name}".*?</select>', html, re.S).group(0)
        return re.findall(r'<option value="(\d+)" selected>([^<]*)</option>', select)

    def test_each_row_shows_its_own_selected_objects(self):
        round_ = Round.objects.get(slug="astana-4")
        add_rows(round_, rows=3)
        url = reverse("admin:chronology_round_change", args=[round_.pk])
        html = self.client.get(url).content.decode()
        rows = list(round_.participations.all())  # the inline's order
        for i, row in enumerate(rows):
            prefix = f"participations-{i}"
            self.assertEqual(
                self.selected(html, f"{prefix}-participant"),
                [(str(row.participant_id), row.participant.name)],
            )
            self.assertEqual(
                self.selected(html, f"{prefix}-on_behalf_of"),
                [(str(row.on_behalf_of_id), str(row.on_behalf_of))] if row.on_behalf_of else [],
            )
            self.assertEqual(
                self.selected(html, f"{prefix}-source"),
                [(str(row.source_id), str(row.source))] if row.source_id else [],
            )
        for i, conflict in enumerate(round_.conflicts.all()):
            self.assertEqual(
                self.selected(html, f"conflicts-{i}-source_b"),
                [(str(conflict.source_b_id), str(conflict.source_b))],
            )

    def test_a_value_the_row_does_not_hold_is_looked_up_and_shown(self):
        """A refused POST shows what the editor chose, not what the row held."""
        round_ = Round.objects.get(slug="astana-4")
        row = round_.participations.first()
        other = Participant.objects.exclude(
            pk__in=round_.participations.values("participant")
        ).first()
        response = self.client.get(reverse("admin:chronology_round_change", args=[round_.pk]))
        data, formsets = posted_back(response)
        index = list(formsets["participations"].queryset).index(row)
        data[f"participations-{index}-participant"] = other.pk
        data["end_date"] = "2000-01-01"  # before it starts: refused
        response = self.client.post(
            reverse("admin:chronology_round_change", args=[round_.pk]), data
        )
        self.assertContains(response, "A round cannot end before it starts.")
        self.assertEqual(
            self.selected(response.content.decode(), f"participations-{index}-participant"),
            [(str(other.pk), other.name)],
        )
        row.refresh_from_db()
        self.assertNotEqual(row.participant_id, other.pk)
