"""How a record page names the people and states that took part: an agreement names
each party once; a round's heads say when their title is not known; a note never
nests its parentheses."""

import re

from django.template import Context, Template

from peaceproc.chronology.models import Participant, Participation

from .base import SeededTestCase

TAGS = re.compile(r"<[^>]+>")


def text(html: str) -> str:
    return re.sub(r"\s+", " ", TAGS.sub(" ", html))


class AgreementPartiesTests(SeededTestCase):
    def test_each_guarantor_state_is_named_once(self):
        agreement = "astana-memorandum-de-escalation-areas-2017"
        html = self.client.get(f"/agreements/{agreement}/").content.decode()
        body = html[html.index('id="detail-title"') : html.index(">Sources<")]
        parties = Participant.objects.filter(
            participations__agreement__slug=agreement,
        ).exclude(kind=Participant.Kind.PERSON)
        self.assertTrue(parties)
        for party in parties.distinct():
            with self.subTest(party=party.name):
                self.assertEqual(body.count(f"<bdi>{party.name}</bdi>"), 1)
        # What they were and who signed for them is still said.
        self.assertIn("Russia (guarantor)", text(body))
        self.assertRegex(text(body), r"Russia \(guarantor\).*: signed by Alexander Lavrentiev")

    def test_every_agreement_names_each_participant_once(self):
        for slug in (
            Participation.objects.filter(agreement__isnull=False)
            .values_list("agreement__slug", flat=True)
            .distinct()
        ):
            html = self.client.get(f"/agreements/{slug}/").content.decode()
            body = html[html.index('id="detail-title"') : html.index(">Sources<")]
            names = re.findall(r'<a href="/participants/([\w-]+)/">', body)
            with self.subTest(agreement=slug):
                self.assertEqual(len(names), len(set(names)), names)


class HeadsTests(SeededTestCase):
    def test_a_head_without_a_title_says_it_is_not_known(self):
        html = self.client.get("/rounds/astana-4/").content.decode()
        table = html[html.index('<table class="heads">') : html.index("</table>")]
        for row in re.findall(r"<tr>.*?</tr>", table, re.S)[1:]:
            with self.subTest(row=text(row)[:60]):
                # Each head has a title or says it is not known.
                heads = re.findall(r'<a href="/participants/[\w-]+/"><bdi>', row)[1:]
                titles = row.count('<span class="title')
                self.assertEqual(len(heads), titles)
        self.assertIn("Mohammad Alloush , title not known", text(table))

    def test_a_note_with_parentheses_is_not_nested_in_more(self):
        for path in ("/rounds/astana-4/", "/participants/mohammad-alloush/"):
            page = text(self.client.get(path).content.decode())
            with self.subTest(path=path):
                self.assertNotRegex(page, r"\([^()]*\([^()]*\)[^()]*\)")
                self.assertIn("— named in pre-round reports only (NTV, Kazakh MFA list)", page)

    def test_the_tag_escapes_and_sets_off_notes(self):
        p = Participation.objects.filter(round__slug="astana-4").select_related(
            "participant", "source"
        )[0]
        p.title, p.note = "", "a <b> (with an aside)"
        html = Template("{% load participations %}{% person p title_asked=True %}").render(
            Context({"p": p})
        )
        self.assertIn("title not known", html)
        self.assertIn("— a &lt;b&gt; (with an aside)", html)
        p.note = "plain"
        self.assertIn(
            "(plain)", Template("{% load participations %}{% person p %}").render(Context({"p": p}))
        )
