"""Who attended with a track it has no table for (re-tester t9r, issue 11 item 14):
`?track=other` (the timeline's lane of trackless records) and `?track=nonexistent`
answered the generic "Page not found". A table that does not exist is still a 404 (a
dead link to a link checker, not a malformed request), but the page now says what the
CSV's plain 400 says: the track asked for and the tracks that have a table."""

from urllib.parse import quote

from peaceproc.chronology.models import Track

from .base import SeededTestCase


class UnknownTrackTests(SeededTestCase):
    def test_an_unknown_track_is_a_404_that_links_every_track_with_rounds(self):
        tracks = Track.objects.filter(rounds__isnull=False).distinct()
        self.assertGreater(tracks.count(), 2)
        for given in ("other", "nonexistent", "<b>x</b>", "é" * 300):
            with self.subTest(given=given[:20]):
                response = self.client.get(f"/who-attended/?track={quote(given)}")
                self.assertEqual(response.status_code, 404)
                self.assertTemplateUsed(response, "site/attendance_unknown_track.html")
                page = response.content.decode()
                for track in tracks:
                    self.assertIn(f'<a href="?track={track.slug}">{track.name}</a>', page)
                self.assertNotIn("<b>x</b>", page)
                self.assertNotIn("é" * 61, page)
        page = self.client.get("/who-attended/?track=%3Cb%3Ex%3C/b%3E").content.decode()
        self.assertIn("“&lt;b&gt;x&lt;/b&gt;”", page)

    def test_the_csv_still_refuses_it_in_plain_text(self):
        response = self.client.get("/who-attended.csv?track=other")
        self.assertEqual(response.status_code, 400)
        self.assertTrue(response["Content-Type"].startswith("text/plain"))
        self.assertIn("astana", response.content.decode())
