"""The ingestion names the tracks by the slugs the seeds gave them ('astana'); after an
editor renamed the Astana track and another track took `astana` (outside tester t11d,
N2), the review and the pipeline's rounds still mean the Astana track, never the track
that now holds the slug. The sentences are the tests' own."""

from peaceproc.chronology import services
from peaceproc.chronology.models import Round, Track
from peaceproc.ingest.found import article_found
from peaceproc.ingest.gazetteer import build_gazetteer
from peaceproc.ingest.review import load_lookups, new_event_from
from tests.chronology.base import SeededAdminTestCase

from .test_admin import candidate


class RenamedTrackTests(SeededAdminTestCase):
    def setUp(self):
        super().setUp()
        self.astana = Track.objects.get(slug="astana")
        services.rename_slug(record=self.astana, slug="astana-process", via="admin")
        # (as a database renamed before tracks kept their former slugs let it: the form
        # refuses it now)
        self.reuser = Track.objects.create(slug="astana", name="Astana city", colour="#123456")

    def test_a_candidate_of_the_astana_track_is_proposed_on_it(self):
        c = candidate(quote="The Astana talks opened on 3 March 2017.", track="astana")
        lookups = load_lookups([c])
        self.assertEqual(lookups.track("astana"), self.astana)
        self.assertEqual(lookups.track("astana-process"), self.astana)
        self.assertEqual(new_event_from(c, lookups).track, self.astana)
        self.assertEqual(lookups.article_track, self.astana)
        # the form's choices are the tracks as they are now, each once
        self.assertEqual(lookups.tracks["astana"], self.reuser)
        self.assertEqual(len(lookups.tracks), Track.objects.count())

    def test_the_pipelines_rounds_keep_their_track(self):
        rounds = {r.slug: r for r in build_gazetteer().rounds}
        self.assertEqual(rounds["astana-4"].track, "astana")
        self.assertEqual(rounds["geneva-4"].track, "geneva")

    def test_what_the_article_names_is_the_astana_track_and_its_round(self):
        lookups = load_lookups([])
        found = article_found(
            text="The fourth round of the Astana talks opened in Astana. Astana 4 ended.",
            language="en", people=[], participants={}, rounds=lookups.rounds,
            tracks=lookups.track_names,
        )  # fmt: skip
        self.assertEqual([track for track, _n in found.tracks], [self.astana])
        self.assertIn(Round.objects.get(slug="astana-4"), found.rounds)
