"""A filter's slug written in other case (`?round=ASTANA-4`, `?track=ASTANA`) names the
record, as a record page's URL in other case is sent on to it (outside tester t9a,
finding 6); the same in every form of the site that names a record by its slug."""

from django.http import QueryDict

from peaceproc.chronology.models import Participant, Round
from peaceproc.site.filters import TimelineFilters
from peaceproc.site.slugchoices import as_choice

from .base import SeededTestCase


def query(**lists) -> QueryDict:
    data = QueryDict(mutable=True)
    for name, values in lists.items():
        data.setlist(name, values)
    return data


class FilterSlugCaseTests(SeededTestCase):
    def test_the_timeline_reads_each_slug_filter_in_any_case(self):
        round_ = Round.objects.get(slug="astana-4")
        person = Participant.objects.order_by("pk").first()
        for written in (str.upper, str.title):
            with self.subTest(written=written.__name__):
                filters = TimelineFilters(
                    query(
                        round=[written("astana-4")],
                        track=[written("astana"), written("geneva")],
                        participant=[written(person.slug)],
                    )
                )
                self.assertTrue(filters.is_valid(), filters.errors)
                self.assertEqual(filters.value("round"), round_)
                self.assertEqual(filters.value("track"), ["astana", "geneva"])
                self.assertEqual(filters.value("participant"), person)

    def test_a_known_track_in_other_case_beside_an_unknown_one_still_applies(self):
        filters = TimelineFilters(query(track=["ASTANA", "zzz"]))
        self.assertIn("track", filters.errors)
        self.assertEqual([t.slug for t in filters.selected_tracks], ["astana"])

    def test_the_pages_reach_the_record(self):
        page = self.client.get("/?round=ASTANA-4").content.decode()
        self.assertNotIn('id="filter-errors"', page)
        self.assertIn("Astana 4", page)
        # Who attended sends a track in other case on to its slug (one 301, fix11p).
        response = self.client.get("/who-attended/?track=ASTANA", follow=True)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.redirect_chain, [("/who-attended/?track=astana", 301)])
        written = self.client.get("/who-attended.csv?track=Astana", follow=True)
        self.assertEqual(written.redirect_chain, [("/who-attended.csv?track=astana", 301)])
        self.assertEqual(written.content, self.client.get("/who-attended.csv?track=astana").content)
        agreements = self.client.get("/agreements/?track=ASTANA").content.decode()
        self.assertNotIn('id="filter-errors"', agreements)

    def test_an_unknown_slug_is_still_refused(self):
        filters = TimelineFilters(query(round=["ASTANA-999"]))
        self.assertIn("round", filters.errors)

    def test_two_choices_equal_but_for_case_are_left_to_the_field(self):
        choices = [("a-b", "x"), ("A-B", "y")]
        self.assertEqual(as_choice(choices, "A-B"), "A-B")
        self.assertEqual(as_choice(choices, "a-B"), "a-B")  # which one: not guessed
