"""A track's name in another of the six languages finds what its English name finds
(issue 9, outside tester t9a: 'Comité constitutionnel' found nothing where 'Constitutional
Committee' found the committee's items). The names are the tracks' names table's
(chronology/track_names.TRACK_NAMES)."""

from urllib.parse import quote

from peaceproc.search.terms import terms

from .base import SeededTestCase


def count(client, query):
    return client.get("/api/timeline?q=" + quote(query)).json()["count"]


class TrackNameTests(SeededTestCase):
    def test_the_committee_in_five_more_languages(self):
        english = count(self.client, "Constitutional Committee")
        self.assertGreater(english, 0)
        for name in (
            "Comité constitutionnel",
            "اللجنة الدستورية",
            "Anayasa Komitesi",
            "Конституционный комитет",
            "کمیته قانون اساسی",
        ):
            with self.subTest(name):
                found = count(self.client, name)
                self.assertGreater(found, 0)
                self.assertLessEqual(found, english)

    def test_the_english_name_is_read_word_by_word_as_before(self):
        self.assertEqual(len(terms("Constitutional Committee")), 2)
        self.assertEqual(len(terms("Comité constitutionnel")), 1)
        # Words that are no track's name stay words.
        self.assertEqual(count(self.client, "Comité inexistant"), 0)
