"""A search that names a track finds that track's items, as one naming a participant finds
theirs (issue 11, re-tester t9s, finding 2: 'Comité constitutionnel' with the committee's
track found none of its items, 'Constitutional Committee' one of ten, 'UN envoys'
nothing). The page says which track it read; the other words still narrow the search;
the API, the exports and the page share the one search path."""

import csv
import io

from peaceproc.chronology.models import Track
from peaceproc.search.tracks import track_parts

from .base import SeededTestCase

COMMITTEE = "constitutional-committee"


class TrackRunTests(SeededTestCase):
    def count(self, **params):
        response = self.client.get("/api/timeline", params)
        self.assertEqual(response.status_code, 200)
        return response.json()["count"]

    def test_a_tracks_name_in_any_language_finds_all_its_items(self):
        for slug, name in (
            (COMMITTEE, "Constitutional Committee"),
            (COMMITTEE, "comité CONSTITUTIONNEL"),
            (COMMITTEE, "اللجنة الدستورية"),
            (COMMITTEE, "Конституционный комитет"),
            ("un-envoys", "UN envoys"),
        ):
            with self.subTest(name):
                every = self.count(track=slug)
                self.assertGreater(every, 1)
                self.assertEqual(self.count(q=name, track=slug), every)

    def test_the_other_words_keep_their_meaning(self):
        every = self.count(track=COMMITTEE)
        geneva = self.count(q="Geneva", track=COMMITTEE)
        self.assertLess(geneva, every)
        self.assertEqual(self.count(q="Constitutional Committee Geneva", track=COMMITTEE), geneva)
        self.assertEqual(self.count(q="Comité constitutionnel zzzqx", track=COMMITTEE), 0)

    def test_the_page_names_the_track_read(self):
        page = self.client.get("/", {"q": "Comité constitutionnel"}).content.decode()
        self.assertIn("Matching track: <bdi>Constitutional Committee</bdi>", page)
        # Its items are not on the lanes shown first: counted on the note, with its link.
        self.assertIn('id="hidden-matches"', page)
        self.assertIn("track=constitutional-committee", page)
        for query in ("Astana 4", "Лаврентьев", "committee"):
            with self.subTest(query):
                page = self.client.get("/", {"q": query}).content.decode()
                self.assertNotIn('id="matched-tracks"', page)

    def test_the_csv_export_finds_what_the_api_finds(self):
        params = {"q": "UN envoys", "track": "un-envoys"}
        rows = list(csv.reader(io.StringIO(self.client.get("/api/export.csv", params).text)))
        self.assertEqual(len(rows) - 1, self.count(**params))

    def test_runs_read(self):
        tracks = [(t.pk, t.slug, t.name) for t in Track.objects.all()]
        pk = {t.slug: t.pk for t in Track.objects.all()}
        self.assertEqual(
            track_parts("Lavrentiev comité constitutionnel Sochi", tracks),
            ("Lavrentiev Sochi", [("comité constitutionnel", pk[COMMITTEE])]),
        )
        # One word is a place or a word, read word by word; a place's name in two words
        # ('نور سلطان', Nur-Sultan) stays the place.
        for query in ("Astana 4", "Geneva", "نور سلطان", "constitutional"):
            with self.subTest(query):
                self.assertEqual(track_parts(query, tracks), (query, []))
