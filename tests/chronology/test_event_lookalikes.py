"""An event that reads as a stored one (outside tester t13a, 5): its title in other
accents, spelling or word order, a few days from the stored one's date or overlapping it
at a coarser precision, on any track, is refused until the editor ticks "Not a copy"."""

from django.urls import reverse

from peaceproc.chronology.models import Event, Track
from peaceproc.chronology.namesakes import alike_titles, title_words

from .base import SeededAdminTestCase
from .test_alike_records import event_data

ALIKE = "An event under this title"


class NearEventTests(SeededAdminTestCase):
    def setUp(self):
        super().setUp()
        self.summit = Event.objects.get(slug="trilateral-presidential-summit-sochi-2017-11")
        self.url = reverse("admin:chronology_event_add")

    def added(self, **changes):
        return self.client.post(self.url, event_data(self.summit, **changes))

    def test_a_day_later_a_month_precision_or_another_track_is_refused(self):
        other_track = Track.objects.exclude(pk=self.summit.track_id).first()
        tries = {
            "a day later": {"start_date": "2017-11-23"},
            "three days before": {"start_date": "2017-11-19"},
            "the month": {"start_date": "2017-11-01", "precision": "month"},
            "the year": {"start_date": "2017-01-01", "precision": "year"},
            "another track": {"track": other_track.pk},
        }
        for why, changes in tries.items():
            with self.subTest(why):
                response = self.added(**changes)
                self.assertContains(response, ALIKE)
                link = reverse("admin:chronology_event_change", args=[self.summit.pk])
                self.assertContains(response, f'<a href="{link}">')
        self.assertFalse(Event.objects.filter(slug="a-copy").exists())

    def test_accents_spelling_and_word_order_are_read_through(self):
        for title in [
            "Trilateral presidential summit (Soči)",
            "Sochi trilateral presidential summit",
            "Trilateral Presidential Summit, Sochi",
            "Trilateral presidental summit (Sochi)",
        ]:
            with self.subTest(title):
                self.assertContains(self.added(title=title, start_date="2017-11-23"), ALIKE)

    def test_the_editor_may_store_it_as_another_event(self):
        response = self.added(start_date="2017-11-23", different="on")
        self.assertEqual(response.status_code, 302)

    def test_a_yearly_event_or_another_summit_in_the_city_is_no_copy(self):
        tries = {
            "a year later": {"start_date": "2018-11-22"},
            "another month": {"start_date": "2017-12-28"},
            "four days later": {"start_date": "2017-11-26"},
            "another city": {"title": "Trilateral presidential summit (Tehran)"},
            "another round number": {"title": "Trilateral presidential summit 2 (Sochi)"},
        }
        for why, changes in tries.items():
            with self.subTest(why):
                response = self.added(**changes)
                self.assertEqual(response.status_code, 302, why)
                Event.objects.filter(slug="a-copy").delete()

    def test_titles_in_arabic_persian_and_cyrillic_keep_their_letters(self):
        self.assertFalse(alike_titles(title_words("قمة سوتشي"), title_words("قمة أنقرة")))
        self.assertTrue(alike_titles(title_words("قمة سوتشي"), title_words("سوتشي قمة")))
        self.assertFalse(alike_titles(title_words("Саммит в Сочи"), title_words("Саммит в Анкаре")))
        self.assertTrue(alike_titles(title_words("Genève II"), title_words("Geneva 2")))
        self.assertFalse(alike_titles(title_words("Astana 17"), title_words("Astana 18")))
