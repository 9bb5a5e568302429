"""Outside tester t15a, finding 5: a record's title with words left out, on the record's
own days, was saved beside it: events "Geneva II" and "Brussels IX Conference" (their
subtitles dropped), agreements "Constitutional declaration", "Sochi memorandum on Idlib"
and "SDF agreement" (agreements were compared by title only, never by date). A title
whose words (two at least) are all among a stored record's, on its days, is its
look-alike; on other days, or a word alone, it is not."""

from datetime import timedelta

from peaceproc.chronology.models import Agreement, Event
from peaceproc.chronology.namesakes import shorter_form, title_words

from .base import SeededAdminTestCase
from .test_alike_records import AlikeTestMixin, agreement_data, event_data


class ShorterFormTests(SeededAdminTestCase):
    def test_two_words_at_least_all_among_the_others(self):
        def alike(a: str, b: str) -> bool:
            return shorter_form(title_words(a), title_words(b))

        self.assertTrue(alike("Geneva II", "Geneva II – opening conference"))
        self.assertTrue(
            alike("Agreement between the Syrian presidency and the SDF", "SDF agreement")
        )
        self.assertFalse(alike("Meeting", "Meeting in Astana"))  # one word names too many
        self.assertFalse(alike("Geneva III", "Geneva II – opening conference"))
        self.assertFalse(alike("Geneva II", "Geneva II"))  # the same title: alike_titles' job
        # A number among the words left out tells editions apart.
        self.assertFalse(alike("Trilateral summit 2 (Sochi)", "Trilateral summit (Sochi)"))


class ShorterEventTitleTests(AlikeTestMixin, SeededAdminTestCase):
    model = Event
    refusal = "An event under this title"

    def test_a_subtitle_left_out_on_the_same_day_is_refused(self):
        for slug, title in (
            ("geneva-2-montreux", "Geneva II"),
            ("brussels-ix-conference-2025-03-17", "Brussels IX Conference"),
        ):
            self.stored = Event.objects.get(slug=slug)
            with self.subTest(title):
                self.assertRefused(event_data(self.stored, title=title))

    # Outside tester t15d, 6: a stored title's subtitle (or head) alone, whatever number the
    # part left out holds; a part of one word names too many.
    def test_a_part_of_the_title_on_the_same_day_is_refused(self):
        self.stored = Event.objects.get(slug="brussels-ix-conference-2025-03-17")
        for title in (
            "Standing with Syria",
            "“Standing with Syria”",
            "Standing with Syria conference",
        ):
            with self.subTest(title):
                self.assertRefused(event_data(self.stored, title=title))

    # Outside tester t16c, 4: a day or two off the stored record's day, as agreements are
    # compared (NEAR_DAYS); four days off it is another event.
    def test_a_part_of_the_title_a_few_days_off_is_refused(self):
        self.stored = Event.objects.get(slug="brussels-ix-conference-2025-03-17")
        for days, title in (
            (1, "Standing with Syria conference"),
            (-1, "“Standing with Syria”"),
            (3, "Brussels IX Conference"),
        ):
            day = str(self.stored.start_date + timedelta(days=days))
            with self.subTest(title):
                self.assertRefused(event_data(self.stored, title=title, start_date=day))
        day = str(self.stored.start_date + timedelta(days=4))
        self.assertSaved(event_data(self.stored, title="Standing with Syria", start_date=day))

    # Re-tester t16d, 1: a title with the record's own year added named no other edition,
    # yet was saved beside it on its very day.
    def test_the_records_own_year_in_the_title_is_no_other_edition(self):
        for slug, title, days in (
            ("fall-of-the-assad-government-2024-12-08", "Fall of the Assad government 2024", 0),
            ("aqaba-meetings-on-syria-2024-12-14", "2024 Aqaba meetings on Syria", 0),
            ("brussels-ix-conference-2025-03-17", "Standing With Syria Conference 2025", 2),
        ):
            self.stored = Event.objects.get(slug=slug)
            day = str(self.stored.start_date + timedelta(days=days))
            with self.subTest(title):
                self.assertRefused(event_data(self.stored, title=title, start_date=day))
        # Another year is another edition.
        self.stored = Event.objects.get(slug="fall-of-the-assad-government-2024-12-08")
        self.assertSaved(event_data(self.stored, title="Fall of the Assad government 2011"))

    def test_a_part_of_one_word_or_words_of_several_parts_are_saved(self):
        self.stored = Event.objects.get(slug="brussels-ix-conference-2025-03-17")
        for title in ("Syria", "Standing with Brussels", "Brussels X Conference"):
            with self.subTest(title):
                self.assertSaved(event_data(self.stored, title=title))
                Event.objects.filter(slug="a-copy").delete()

    def test_on_other_days_or_ticked_it_is_saved(self):
        self.stored = Event.objects.get(slug="geneva-2-montreux")
        later = str(self.stored.start_date + timedelta(days=60))
        self.assertSaved(event_data(self.stored, title="Geneva II", start_date=later))
        Event.objects.filter(slug="a-copy").delete()
        self.assertSaved(event_data(self.stored, title="Geneva II", different="on"))


class ShorterAgreementTitleTests(AlikeTestMixin, SeededAdminTestCase):
    model = Agreement
    refusal = "An agreement under this title (or a UN resolution of this number)"

    def test_the_records_own_year_in_the_title_is_no_other_edition(self):  # t16d, 1
        self.stored = Agreement.objects.get(slug="constitutional-declaration-2025-03-13")
        self.assertRefused(agreement_data(self.stored, title="Constitutional declaration 2025"))

    def test_words_left_out_on_the_same_day_are_refused(self):
        for slug, title in (
            ("constitutional-declaration-2025-03-13", "Constitutional declaration"),
            ("russia-turkey-sochi-memorandum-on-idlib", "Sochi memorandum on Idlib"),
            ("damascus-sdf-agreement-2025-03-10", "SDF agreement"),
        ):
            self.stored = Agreement.objects.get(slug=slug)
            with self.subTest(title):
                self.assertRefused(agreement_data(self.stored, title=title))

    def test_on_another_day_it_is_saved(self):
        self.stored = Agreement.objects.get(slug="constitutional-declaration-2025-03-13")
        later = str(self.stored.date + timedelta(days=400))
        self.assertSaved(
            agreement_data(self.stored, title="Constitutional declaration", date=later)
        )

    # Outside tester t15d, 6: compared over the days events are (NEAR_DAYS), and a count of
    # points read as one word however it is written.
    def test_a_day_apart_is_the_same_days(self):
        self.stored = Agreement.objects.get(slug="constitutional-declaration-2025-03-13")
        for days in (1, -1, 3):
            with self.subTest(days):
                later = str(self.stored.date + timedelta(days=days))
                data = agreement_data(self.stored, title="Constitutional declaration", date=later)
                self.assertRefused(data)
        later = str(self.stored.date + timedelta(days=4))
        self.assertSaved(
            agreement_data(self.stored, title="Constitutional declaration", date=later)
        )

    def test_a_count_of_points_however_written(self):
        self.stored = Agreement.objects.get(slug="damascus-sdf-ceasefire-agreement-2026-01-18")
        for title in (
            "14-point SDF agreement",
            "SDF agreement (14 pts)",
            "Fourteen-point SDF agreement",
        ):
            with self.subTest(title):
                self.assertRefused(agreement_data(self.stored, title=title))
        for written in ("14 пунктов", "14 maddelik", "14 نقطة", "14 pt"):
            with self.subTest(written):
                self.assertEqual(
                    title_words(f"SDF agreement ({written})"),
                    title_words("SDF agreement (14 points)"),
                )

    def test_another_count_of_points_is_saved(self):
        self.stored = Agreement.objects.get(slug="damascus-sdf-ceasefire-agreement-2026-01-18")
        self.assertSaved(agreement_data(self.stored, title="15-point SDF agreement"))
