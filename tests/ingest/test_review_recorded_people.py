"""Outside tester t11b, finding 3: citing a round added the people it records already a
second time, as attendees (the guarantors of Astana rounds shown "AG" in who-attended),
and the state hosting it (Kazakhstan) as an attendee. A review now ticks neither, says
beside each name why, and an accept adds neither whatever is ticked."""

import csv
import io
from datetime import date

from peaceproc.chronology.models import Participation, Round
from peaceproc.ingest import recorded

from .test_admin import IngestTestCase, candidate, formset_data, make_pending

QUOTE = (
    "Russia, Turkey, the United States and Kazakhstan joined Alexander Lavrentiev at the "
    "twentieth round in Astana on 21 June 2023."
)
FOUND = ["russia", "turkey", "united-states", "kazakhstan", "alexander-lavrentiev"]


def round_candidate() -> dict:
    return candidate(
        quote=QUOTE, date_text="21 June 2023", date="2023-06-21", kind="round",
        track="astana", round="20", round_slug="astana-20", participants=FOUND,
        place="Astana",
    )  # fmt: skip


class RecordedPeopleTests(IngestTestCase):
    def setUp(self):
        super().setUp()
        self.round = Round.objects.get(slug="astana-20")
        self.pending = make_pending([round_candidate()], published_on=date(2023, 6, 22))

    def form(self):
        formset = self.client.get(self.pending.get_absolute_url()).context["formset"]
        (form,) = formset.forms
        self.assertEqual(form.initial["action"], "cite")
        self.assertEqual(form.initial["target"], f"round:{self.round.pk}")
        return formset, form

    def roles(self, slug: str) -> list[str]:
        return sorted(
            Participation.objects.filter(round=self.round, participant__slug=slug).values_list(
                "role", flat=True
            )
        )

    def test_the_people_the_round_has_are_not_ticked_and_said_so(self):
        _, form = self.form()
        self.assertEqual(form.initial["participants"], ["united-states"])
        labels = dict(form.fields["participants"].choices)
        self.assertEqual(labels["russia"], "Russia — already recorded on Astana 20 as guarantor")
        self.assertEqual(
            labels["alexander-lavrentiev"],
            "Alexander Lavrentiev — already recorded on Astana 20 as head of delegation",
        )
        self.assertEqual(
            labels["kazakhstan"],
            "Kazakhstan — hosts Astana 20 (held in Astana): not an attendee",
        )
        self.assertEqual(labels["united-states"], "United States")

    def test_accepted_as_proposed_each_participant_is_in_the_round_once(self):
        formset, _ = self.form()
        self.client.post(self.pending.get_absolute_url(), formset_data(formset))
        self.pending.refresh_from_db()
        self.assertEqual(self.pending.status, "accepted")
        self.assertEqual(self.roles("united-states"), ["attendee"])
        self.assertEqual(self.roles("russia"), ["guarantor"])
        self.assertEqual(self.roles("kazakhstan"), [])
        response = self.client.get("/who-attended.csv?track=astana")
        rows = {
            row["participant"]: row
            for row in csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")))
        }
        self.assertEqual(rows["Russia"]["Astana 20"], "G")
        self.assertEqual(rows["Alexander Lavrentiev"]["Astana 20"], "H")
        self.assertEqual(rows["United States"]["Astana 20"], "A")
        self.assertNotIn("Kazakhstan", rows)

    def test_ticked_all_the_same_they_are_not_added_again(self):
        formset, _ = self.form()
        data = formset_data(formset, {0: {"participants": FOUND}})
        self.client.post(self.pending.get_absolute_url(), data)
        self.pending.refresh_from_db()
        self.assertEqual(self.pending.status, "accepted")
        self.assertEqual(self.roles("russia"), ["guarantor"])
        self.assertEqual(self.roles("turkey"), ["guarantor"])
        self.assertEqual(self.roles("alexander-lavrentiev"), ["head"])
        self.assertEqual(self.roles("kazakhstan"), [])
        self.assertEqual(self.roles("united-states"), ["attendee"])

    def test_the_host_is_the_country_of_the_rounds_city(self):
        self.assertEqual(recorded.host_slug(self.round), "kazakhstan")
        self.assertEqual(recorded.host_slug(Round(city="Nur-Sultan")), "kazakhstan")
        self.assertEqual(recorded.host_slug(Round(city="Genève")), "switzerland")
        self.assertEqual(recorded.host_slug(Round(city="Atlantis")), "")
        self.assertEqual(recorded.host_slug(Round(city="")), "")
