"""The errors a Syria specialist found in the first release (issue 10), each checked
against the record loaded from seeds/."""

import re

from django.test import TestCase

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
from tests.seeds import load_shipped_seeds

HEAD = Participation.Role.HEAD


def heads(round_slug: str) -> dict[str, set[str]]:
    """The heads of delegation of a round: party slug -> person slugs."""
    found: dict[str, set[str]] = {}
    for p in Participation.objects.filter(round__slug=round_slug, role=HEAD).select_related(
        "participant", "on_behalf_of"
    ):
        found.setdefault(p.on_behalf_of.slug if p.on_behalf_of else "", set()).add(
            p.participant.slug
        )
    return found


def signatories(agreement_slug: str) -> set[str]:
    return {p.slug for p in Agreement.objects.get(slug=agreement_slug).signatories}


class Issue10ErrorTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_shipped_seeds()

    def test_geneva_i_action_group_members_signed_and_annan_chaired(self):
        members = signatories("geneva-1")
        self.assertLessEqual(
            {
                "united-states", "russia", "china", "france", "united-kingdom", "turkey",
                "iraq", "kuwait", "qatar", "european-union", "arab-league", "united-nations",
            },
            members,
        )  # fmt: skip
        self.assertNotIn("kofi-annan", members)
        self.assertTrue(
            Participation.objects.filter(
                agreement__slug="geneva-1", participant__slug="kofi-annan", role="chair"
            ).exists()
        )

    def test_an_agreement_row_does_not_make_every_name_a_signatory(self):
        self.assertEqual(
            signatories("us-russia-cessation-of-hostilities"), {"united-states", "russia"}
        )

    def test_idlib_memorandum_agreed_by_presidents_signed_by_defence_ministers(self):
        idlib = Participation.objects.filter(
            agreement__slug="russia-turkey-sochi-memorandum-on-idlib"
        ).select_related("participant")
        signed = idlib.filter(role=Participation.Role.SIGNATORY)
        self.assertTrue(signed.exists())
        for p in signed:
            with self.subTest(p.participant.slug):
                said = f"{p.title} {p.note}".lower().replace("defense", "defence")
                self.assertIn("defence minister", said)
        presidents = {"vladimir-putin", "recep-tayyip-erdogan"}
        self.assertFalse(presidents & {p.participant.slug for p in signed})
        self.assertEqual(presidents, {p.participant.slug for p in idlib if p.role != "signatory"})

    def test_jaberi_ansari_headed_iran_through_many_rounds_and_signed_the_memorandum(self):
        rounds = Round.objects.filter(
            participations__participant__slug="hossein-jaberi-ansari",
            participations__role=HEAD,
            participations__on_behalf_of__slug="iran",
        )
        self.assertGreaterEqual(rounds.count(), 10)
        page = self.client.get("/participants/hossein-jaberi-ansari/").content.decode()
        self.assertNotIn("No agreements recorded", page)
        memorandum = Agreement.objects.signed_by(
            Participant.objects.get(slug="hossein-jaberi-ansari")
        ).get(kind=Agreement.Kind.MEMORANDUM, date__year=2017)
        self.assertIn(memorandum.get_absolute_url(), page)

    def test_no_title_carries_a_source_note(self):
        # A title names the meeting; "(PressTV 'Tuesday meeting in Moscow')" is a source note.
        note = re.compile(
            r"\([^)]*\b(?:PressTV|Press TV|TASS|SANA|Reuters|AFP|IRNA|Sputnik|Anadolu|per)\b"
        )
        for model in (Round, Event, Agreement):
            for title in model.objects.values_list("title", flat=True):
                with self.subTest(title):
                    self.assertIsNone(note.search(title))

    def test_twenty_astana_rounds_have_the_guarantors_heads_and_an_outcome_with_sources(self):
        complete = []
        for number in range(1, 23):
            round_ = Round.objects.get(track__slug="astana", number=number)
            led = heads(round_.slug)
            sourced = not round_.participations.filter(role=HEAD, source=None).exists()
            if (
                {"russia", "iran", "turkey"} <= led.keys()
                and round_.outcome_kind != "unknown"
                and sourced
            ):
                complete.append(number)
        self.assertGreaterEqual(len(complete), 20, f"complete: {complete}")

    def test_astana_5_opposition_was_led_by_ahmad_berri(self):
        self.assertEqual(heads("astana-5")["syrian-opposition"], {"ahmed-berri"})
        alloush_4 = Participation.objects.get(
            round__slug="astana-4", participant__slug="mohammad-alloush", role=HEAD
        )
        self.assertIn("pre-round", alloush_4.note)

    def test_jordan_observes_from_round_2_after_the_technical_meeting(self):
        def observes(slug):
            return Participation.objects.filter(
                round__slug=slug, participant__slug="jordan", role="observer"
            ).exists()

        self.assertFalse(observes("astana-1"))
        self.assertTrue(observes("astana-2"))
        meeting = Event.objects.get(start_date="2017-02-06", track__slug="astana")
        self.assertTrue(meeting.participations.filter(participant__slug="jordan").exists())

    def test_iran_uninvited_from_geneva_ii_on_20_january_2014(self):
        montreux = Event.objects.get(slug="geneva-2-montreux")
        self.assertIn("20 January 2014", montreux.summary)
        self.assertNotIn("21 January", montreux.summary)

    def test_geneva_opposition_heads(self):
        self.assertEqual(heads("geneva-3")["syrian-opposition"], {"asaad-al-zoubi"})
        self.assertNotIn("riad-hijab", heads("geneva-2016-april").get("syrian-opposition", set()))
        self.assertEqual(heads("geneva-7")["syrian-opposition"], {"nasr-al-hariri"})
        opposition = Participant.objects.get(slug="syrian-opposition")
        self.assertNotIn("from 2017 the HNC", opposition.description)

    def test_heads_that_sources_name_are_recorded(self):
        expected = {
            # Issue 10 says sources name Önal at round 10 too; no page we found does
            # (SOURCES.md), so Turkey's head there is shown as not known (checked below).
            "astana-10": {
                "russia": "alexander-lavrentiev",
                "iran": "hossein-jaberi-ansari", "syrian-opposition": "ahmad-toma",
                "united-nations": "staffan-de-mistura",
            },
            "astana-12": {"syrian-opposition": "ahmad-toma"},
            "astana-19": {
                "turkey": "selcuk-unal", "syrian-government": "ayman-sousan",
                "syrian-opposition": "ahmad-toma",
            },
        }  # fmt: skip
        for slug, by_party in expected.items():
            led = heads(slug)
            for party, person in by_party.items():
                with self.subTest(slug=slug, party=party):
                    self.assertIn(person, led.get(party, set()))
        for slug in ("astana-16", "astana-22"):
            with self.subTest(slug):
                self.assertTrue(heads(slug).get("united-nations"))
        self.assertNotIn("turkey", heads("astana-10"))
        page = self.client.get("/rounds/astana-10/").content.decode()
        turkey_row = page[page.index(">Turkey</bdi>") :].split("</tr>")[0]
        self.assertIn("Not known: no source we hold names the head.", turkey_row)

    def test_disagreeing_sources_are_both_kept(self):
        on_20 = Conflict.objects.filter(round__slug="astana-20")
        self.assertTrue(on_20.filter(field__icontains="russian head").exists())
        self.assertTrue(on_20.filter(field__icontains="sousan").exists())
        page = self.client.get("/rounds/astana-20/").content.decode()
        for conflict in on_20:
            self.assertIn(conflict.value_a, page)
            self.assertIn(conflict.value_b, page)

    def test_a_title_belongs_to_a_participation_at_its_date(self):
        def titles(person):
            return set(
                Participation.objects.filter(participant__slug=person, role=HEAD)
                .exclude(title="")
                .values_list("title", flat=True)
            )

        self.assertGreater(len(titles("sedat-onal")), 1)
        self.assertGreater(len(titles("hossein-jaberi-ansari")), 1)

    def test_every_participation_rests_on_a_page(self):
        unsourced = Participation.objects.filter(source=None).select_related("participant")
        self.assertFalse(unsourced.exists(), [str(p) for p in unsourced[:10]])

    def test_no_agreement_is_shipped_twice(self):
        seen: dict[tuple, str] = {}
        for agreement in Agreement.objects.order_by("slug"):
            key = (agreement.kind, agreement.date, agreement.title.casefold())
            with self.subTest(agreement.slug):
                self.assertNotIn(key, seen, f"{agreement.slug} repeats {seen.get(key)}")
            seen[key] = agreement.slug

    def test_the_transition_lane_is_on_by_default(self):
        transition = Track.objects.get(slug="transition")
        self.assertTrue(transition.shown_by_default)
        self.assertGreaterEqual(transition.events.filter(start_date__gte="2024-12-01").count(), 5)

    def test_at_least_160_records_and_20_from_december_2024(self):
        records = sum(m.objects.count() for m in (Round, Event, Agreement, EnvoyTenure))
        self.assertGreaterEqual(records, 160)
        recent = (
            Round.objects.filter(start_date__gte="2024-12-01").count()
            + Event.objects.filter(start_date__gte="2024-12-01").count()
            + Agreement.objects.filter(date__gte="2024-12-01").count()
        )
        self.assertGreaterEqual(recent, 20)
