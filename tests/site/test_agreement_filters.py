"""The agreements list's filters: kind, track and title words, the same by form as by URL;
a value they cannot use is said, never silently ignored."""

import re
from urllib.parse import urlencode

from peaceproc.chronology.models import Agreement

from .base import SeededTestCase

ROW = re.compile(r'<td><a href="/agreements/([\w-]+)/">')


class AgreementFilterTests(SeededTestCase):
    def slugs(self, **params) -> list[str]:
        response = self.client.get("/agreements/?" + urlencode(params))
        self.assertEqual(response.status_code, 200)
        return ROW.findall(response.content.decode())

    def test_no_filter_lists_every_agreement(self):
        self.assertEqual(len(self.slugs()), Agreement.objects.count())

    def test_each_filter_selects_what_it_names(self):
        every = Agreement.objects.select_related("track")
        memoranda = self.slugs(kind="memorandum")
        self.assertTrue(memoranda)
        self.assertEqual(sorted(memoranda), sorted(a.slug for a in every if a.kind == "memorandum"))
        astana = self.slugs(track="astana")
        self.assertTrue(astana)
        self.assertEqual(
            sorted(astana), sorted(a.slug for a in every if a.track and a.track.slug == "astana")
        )
        both = self.slugs(kind="memorandum", track="astana")
        self.assertEqual(sorted(both), sorted(set(memoranda) & set(astana)))

    def test_title_words_are_folded_and_start_words(self):
        found = self.slugs(q="DE-ESCALATION memo")
        self.assertIn("astana-memorandum-de-escalation-areas-2017", found)
        for slug in found:
            title = Agreement.objects.get(slug=slug).title.lower()
            self.assertIn("escalation", title)
        self.assertEqual(self.slugs(q="scalation"), [])  # a word start, not any part

    def test_the_form_sends_the_parameters_the_url_reads(self):
        page = self.client.get("/agreements/?kind=ceasefire&track=astana&q=zone").content.decode()
        form = page[page.index('<form class="matrix-filters"') : page.index("</form>")]
        self.assertEqual(re.findall(r'name="(\w+)"', form), ["q", "kind", "track"])
        self.assertIn('<option value="ceasefire" selected>', form)
        self.assertIn('<option value="astana" selected>', form)
        self.assertIn('value="zone"', form)

    def test_an_unknown_value_is_said_and_the_valid_ones_apply(self):
        response = self.client.get("/agreements/?kind=bogus&track=astana")
        page = response.content.decode()
        self.assertEqual(response.status_code, 200)
        self.assertIn('id="filter-errors"', page)
        self.assertIn("<strong>Kind:</strong>", page)
        self.assertEqual(sorted(ROW.findall(page)), sorted(self.slugs(track="astana")))
        self.assertIn(
            "<strong>Track:</strong>", self.client.get("/agreements/?track=mars").content.decode()
        )

    def test_a_constant_number_of_queries(self):
        for params in ({}, {"kind": "memorandum", "q": "areas"}, {"track": "bogus"}):
            with self.subTest(params=params), self.assertNumQueries(2):
                self.client.get("/agreements/?" + urlencode(params))
