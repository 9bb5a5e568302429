"""Every track found by its name in each of the six languages (issue 11, fix11y 4: 'la
transition', 'переходный период', 'المرحلة الانتقالية', 'geçiş dönemi', 'دوره انتقالی'
found none of the Transition track's items: the search knew the names of three tracks
only, from the ingestion pipeline's lists). The names come from one table
(chronology/track_names.TRACK_NAMES); a name of two words or more finds all the track's
items and the page says 'Matching track'."""

from urllib.parse import quote

from peaceproc.chronology.models import Track
from peaceproc.chronology.track_names import TRACK_NAMES, Language
from peaceproc.search.terms import terms
from peaceproc.search.track_words import name_words
from peaceproc.search.tracks import TRACK_WORDS, track_parts

from .base import SeededTestCase


def run_names(slug: str, language: Language) -> list[str]:
    """The track's names in `language` that name it in a search (two words or more)."""
    return [n for n in TRACK_NAMES[slug][language] if len(name_words(n)) > 1]


class TrackLanguageTests(SeededTestCase):
    def count(self, **params) -> int:
        """How many items the timeline lists for `params`: the answer's count, which is
        every matching item's whatever the page's size (one item asked, not 100)."""
        response = self.client.get("/api/timeline", {**params, "limit": 1})
        self.assertEqual(response.status_code, 200)
        return response.json()["count"]

    def test_every_track_has_a_name_read_as_a_track_in_every_language(self):
        self.assertEqual(set(TRACK_NAMES), set(Track.objects.values_list("slug", flat=True)))
        for slug, languages in TRACK_NAMES.items():
            self.assertEqual(set(languages), set(Language), slug)
            for language in Language:
                with self.subTest(slug=slug, language=language.label):
                    self.assertTrue(run_names(slug, language))
                    for name in languages[language]:
                        self.assertLessEqual(len(name_words(name)), TRACK_WORDS, name)

    def test_the_names_lead_to_one_track_each(self):
        seen: dict[tuple[str, ...], str] = {}
        for slug, languages in TRACK_NAMES.items():
            for names in languages.values():
                for name in names:
                    self.assertEqual(seen.setdefault(name_words(name), slug), slug, name)

    def test_each_name_finds_all_the_tracks_items(self):
        tracks = [(t.pk, t.slug, t.name) for t in Track.objects.all()]
        pk = {t.slug: t.pk for t in Track.objects.all()}
        for slug in TRACK_NAMES:
            every = self.count(track=slug)
            self.assertGreater(every, 0, slug)
            for language in Language:
                for name in run_names(slug, language):
                    with self.subTest(slug=slug, name=name):
                        rest, runs = track_parts(name, tracks)
                        self.assertEqual((rest, [pk for _, pk in runs]), ("", [pk[slug]]))
                        self.assertEqual(self.count(q=name, track=slug), every)
                        # In other case, and written with the other Arabic-script letters.
                        other = name.upper().replace("ی", "ي").replace("ک", "ك")
                        self.assertEqual(self.count(q=other, track=slug), every)

    def test_the_transition_in_six_languages_names_the_matching_track(self):
        every = self.count(track="transition")
        for name in (
            "the transition",
            "la transition",
            "переходный период",
            "المرحلة الانتقالية",
            "دوره انتقالی",
            "geçiş dönemi",
        ):
            with self.subTest(name):
                page = self.client.get("/?q=" + quote(name)).content.decode()
                self.assertIn("Matching track: <bdi>Transition</bdi>", page)
                self.assertEqual(self.count(q=name, track="transition"), every)

    def test_a_name_in_another_language_also_matches_as_the_english_name(self):
        # The full-text terms (agreements list, who attended): typed or English.
        (term,) = terms("la transition")
        self.assertEqual(
            [[token.text for token in phrase] for phrase in term],
            [["la", "transition"], ["transition"]],
        )
        self.assertEqual(len(terms("political transition")), 2)  # English: word by word
        self.assertEqual(len(terms("geçiş kararı")), 2)  # not a track's name
