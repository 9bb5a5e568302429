"""A round's people, each once in its role (tester finding 3 of issue 11): the UN
observing an Astana round is an observer whose delegation its envoy headed, not a
delegation in the heads' table as well; a party that negotiated and observed is one row
with both roles; a role reads as a word beside the party's name; the outcome section
says "Outcome" once."""

import re
from html import unescape

from peaceproc.chronology.models import Participant, Participation, Round, Source
from peaceproc.site.people import round_people

from .base import SeededTestCase


def section(page: str, heading: str) -> str:
    """The text of the page from an <h2> `heading` to the next <h2>, without tags."""
    match = re.search(rf"<h2>{heading}</h2>(.*?)<h2", page, re.S)
    assert match, heading
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", match[1])))


class RoundPeopleTests(SeededTestCase):
    def people(self, slug: str):
        return round_people(
            list(
                Participation.objects.filter(round__slug=slug).select_related(
                    "participant", "on_behalf_of"
                )
            )
        )

    def test_an_observing_party_is_listed_once_as_observer_with_its_head(self):
        page = self.client.get("/rounds/astana-4/").content.decode()
        heads, observers = section(page, "Heads of delegation"), section(page, "Observers")
        # (a head's title may name it: al-Jaafari, "Permanent Representative of Syria to the
        # United Nations"; the party is what must not be listed, by its page's link)
        heads_html = re.search(r"<h2>Heads of delegation</h2>(.*?)<h2", page, re.S)[1]
        self.assertNotIn('href="/participants/united-nations/"', heads_html)
        self.assertNotIn("Staffan de Mistura", heads)
        self.assertEqual(observers.count("United Nations"), 1)
        self.assertRegex(observers, r"United Nations[^,]*Delegation headed by\s+Staffan de Mistura")
        for party in ("Jordan", "United States"):
            self.assertEqual(observers.count(party), 1)
        self.assertEqual(heads.count("(guarantor)"), 3)

    def test_a_mediating_party_stays_in_the_heads_table_by_its_role(self):
        page = self.client.get("/rounds/geneva-4/").content.decode()
        heads = section(page, "Heads of delegation")
        self.assertRegex(heads, r"United Nations\s+\(mediator\)\s+Staffan de Mistura")
        self.assertNotIn("mediator / un", page.lower())
        self.assertNotIn("United Nations", section(page, "Observers"))

    def test_every_participant_of_every_round_is_shown_once(self):
        for round_ in Round.objects.all():
            with self.subTest(round_.slug):
                people = self.people(round_.slug)
                parties = [d.party.pk for d in people.delegations] + [
                    o.participation.participant_id for o in people.observers
                ]
                self.assertEqual(len(parties), len(set(parties)))

    def test_a_party_that_negotiated_and_observed_is_one_row_with_both_roles(self):
        source = Source.objects.first()
        turkey = Participant.objects.get(slug="turkey")
        Participation.objects.create(
            round=Round.objects.get(slug="astana-4"),
            participant=turkey,
            role=Participation.Role.OBSERVER,
            source=source,
        )
        people = self.people("astana-4")
        rows = [d for d in people.delegations if d.party == turkey]
        self.assertEqual([d.roles for d in rows], [["guarantor", "observer"]])
        self.assertFalse([o for o in people.observers if o.participation.participant == turkey])

    def test_outcome_is_said_once(self):
        for slug in ("astana-4", "geneva-4", "constitutional-committee-2", "astana-22"):
            with self.subTest(slug):
                page = self.client.get(f"/rounds/{slug}/").content.decode()
                self.assertEqual(re.findall(r">\s*Outcome\s*<", page), [">Outcome<"])
                self.assertIn("<dt>Result</dt>", page)
