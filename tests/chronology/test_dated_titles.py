"""Outside tester t16e, findings 1 and 2: a stored record's title with its own date added
('Fall of the Assad government 8 December 2024', '… 08.12.2024', '2025-10-15 Al-Sharaa
meets Putin in Moscow', 'Constitutional declaration, March 2025') was saved beside it: only
a bare year was read as the record's own. A date the title writes, in any of the forms and
languages the ingestion reads, that falls on the record's days (or within NEAR_DAYS of
them) says nothing new; one of other days names another record, as another year does,
bracketed or not. Once a copy is saved with "Not a copy", a new variant names the original
first, and the copy too."""

from datetime import date, timedelta

from django.urls import reverse

from peaceproc.chronology.models import Agreement, Event, Round
from peaceproc.chronology.namesakes import NEAR_DAYS
from peaceproc.chronology.title_dates import dates_read

from .base import SeededAdminTestCase
from .test_alike_records import AlikeTestMixin, agreement_data, event_data


def change_link(record) -> str:
    return reverse(f"admin:chronology_{record._meta.model_name}_change", args=[record.pk])


class NamedInOrderMixin:
    def assertNamedInOrder(self, response, *records) -> None:
        """The page's refusal (the form's error above its fields) links `records` in
        this order."""
        page = response.content.decode()
        refusal = page[page.index('<ul class="errorlist nonfield">') :]
        at = [refusal.find(f'<a href="{change_link(record)}">') for record in records]
        self.assertGreater(at[0], -1)
        self.assertEqual(at, sorted(at))


class DatesReadTests(SeededAdminTestCase):
    """title_dates.dates_read: the ingestion's reading of dates, on a title."""

    def read(self, title: str, day: date) -> str:
        return " ".join(dates_read(title, first=day, last=day, near_days=NEAR_DAYS).split())

    def test_a_date_of_the_records_days_is_left_out_in_each_language(self):
        day = date(2025, 3, 13)
        for title in (
            "Declaration 13 March 2025",
            "Declaration 13.03.2025",
            "Declaration 13/03/2025",
            "Declaration 03/13/2025",  # (month first, as English writes it too)
            "2025-03-13 Declaration",
            "Declaration March 2025",
            "Declaration 15 March 2025",  # two days off: a report's slip
            "Declaration 13 mars 2025",
            "Declaration 13 марта 2025 года",
            "Declaration 13 Mart 2025",
            "Declaration ١٣ آذار ٢٠٢٥",
            "Declaration ۱۳ مارس ۲۰۲۵",
        ):
            with self.subTest(title):
                self.assertEqual(self.read(title, day), "Declaration")

    def test_a_date_of_other_days_is_one_number(self):
        day = date(2025, 3, 13)
        self.assertEqual(self.read("Declaration 20 March 2025", day), "Declaration 20250320")
        self.assertEqual(self.read("Declaration February 2025", day), "Declaration 20250201")
        self.assertEqual(self.read("Declaration 13.03.2012", day), "Declaration 20120313")

    def test_a_title_without_a_date_is_as_written(self):
        day = date(2015, 12, 18)
        for title in ("UN Security Council resolution 2254", "Astana 22", "Syria Today 2015"):
            with self.subTest(title):
                self.assertEqual(self.read(title, day), title)


class DatedEventTitleTests(NamedInOrderMixin, AlikeTestMixin, SeededAdminTestCase):
    model = Event
    refusal = "An event under this title"

    def test_the_records_own_date_in_any_form_is_refused(self):
        for slug, titles in (
            ("fall-of-the-assad-government-2024-12-08", (
                "Fall of the Assad government 8 December 2024",
                "Fall of the Assad government 08.12.2024",
                "Fall of the Assad government 08/12/2024",  # (12 August in English)
                "Fall of the Assad government on 8 December 2024",
                "Fall of the Assad government (Sunday 8 December 2024)",
                "Fall of the Assad government, 9 December 2024",
                "Fall of the Assad government 8 décembre 2024",
                "Fall of the Assad government 8 декабря 2024 года",
                "Fall of the Assad government 8 Aralık 2024",
                "Fall of the Assad government ٨ كانون الأول ٢٠٢٤",
                "Fall of the Assad government ۸ دسامبر ۲۰۲۴",
            )),
            ("aqaba-meetings-on-syria-2024-12-14", (
                "Aqaba meetings on Syria 14/12/2024",
                "Aqaba meetings on Syria 14 December 2024",
                "Aqaba meetings on Syria, December 2024",
            )),
            ("riyadh-meetings-on-syria-2025-01-12", ("Riyadh meetings on Syria, 12 January 2025",)),
            ("al-sharaa-putin-moscow-2025-10-15", (
                "2025-10-15 Al-Sharaa meets Putin in Moscow",
                "Al-Sharaa meets Putin in Moscow on 15 October 2025",
                "15 October 2025: Al-Sharaa meets Putin in Moscow",
            )),
        ):  # fmt: skip
            self.stored = Event.objects.get(slug=slug)
            for title in titles:
                with self.subTest(title):
                    self.assertRefused(event_data(self.stored, title=title))

    def test_a_date_of_other_days_is_another_event(self):
        self.stored = Event.objects.get(slug="fall-of-the-assad-government-2024-12-08")
        for title in (
            "Fall of the Assad government 20 December 2024",  # beyond NEAR_DAYS
            "Fall of the Assad government, November 2024",
            "Fall of the Assad government 08.12.2011",
        ):
            with self.subTest(title):
                self.assertSaved(event_data(self.stored, title=title))
                Event.objects.filter(slug="a-copy").delete()

    # t16e, 2: one rule for another year however it is set off: another event.
    def test_another_year_is_another_event_bracketed_or_not(self):
        self.stored = Event.objects.get(slug="aqaba-meetings-on-syria-2024-12-14")
        for title in (
            "Aqaba meetings on Syria 2011",
            "Aqaba meetings on Syria (2011)",
            "Aqaba meetings on Syria [2011]",
            "Aqaba meetings on Syria – 2011",
            "2011: Aqaba meetings on Syria",
        ):
            with self.subTest(title):
                self.assertSaved(event_data(self.stored, title=title))
                Event.objects.filter(slug="a-copy").delete()
        for title in ("Aqaba meetings on Syria (2024)", "Aqaba meetings on Syria – 2024"):
            with self.subTest(title):
                self.assertRefused(event_data(self.stored, title=title))

    def test_another_counterpart_on_the_day_is_saved(self):
        self.stored = Event.objects.get(slug="al-sharaa-putin-moscow-2025-10-15")
        title = "Al-Sharaa meets Lukashenko in Moscow on 15 October 2025"
        self.assertSaved(event_data(self.stored, title=title))

    # t16e, 1: a copy saved with "Not a copy" hid the original from the next variant.
    def test_a_variant_after_a_saved_copy_names_the_original_first(self):
        self.stored = Event.objects.get(slug="fall-of-the-assad-government-2024-12-08")
        copy_title = "Fall of the Assad government 8 December 2024"
        self.assertSaved(event_data(self.stored, title=copy_title, different="on"))
        copy = Event.objects.get(slug="a-copy")
        response = self.post(
            event_data(self.stored, title="Fall of the Assad government on 8 December 2024",
                       slug="another-copy")
        )  # fmt: skip
        self.assertNamedInOrder(response, self.stored, copy)

    # Re-tester t16d, 1: a year and a subtitle, two days after the stored conference.
    def test_a_subtitle_with_a_year_or_a_date_a_few_days_off(self):
        self.stored = Event.objects.get(slug="brussels-ix-conference-2025-03-17")
        day = str(self.stored.start_date + timedelta(days=2))
        for title in (
            "Standing With Syria Conference 2025",
            "Standing With Syria Conference, March 2025",
            "Standing with Syria (17 March 2025)",
            "Brussels IX Conference, 19.03.2025",
        ):
            with self.subTest(title):
                self.assertRefused(event_data(self.stored, title=title, start_date=day))
        title = "Standing with Syria (17 March 2026)"
        self.assertSaved(event_data(self.stored, title=title, start_date=day))

    def test_a_rounds_name_with_its_own_dates_repeats_the_round(self):
        round_ = Round.objects.get(slug="astana-4")
        template = Event.objects.filter(round__isnull=False).first()
        title = f"Astana 4, {round_.start_date:%d.%m.%Y}"
        data = event_data(template, title=title, precision="day", track=round_.track_id,
                          start_date=str(round_.start_date))  # fmt: skip
        response = self.post(data)
        self.assertContains(response, f'<a href="{change_link(round_)}">')


class DatedAgreementTitleTests(NamedInOrderMixin, AlikeTestMixin, SeededAdminTestCase):
    model = Agreement
    refusal = "An agreement under this title (or a UN resolution of this number)"

    def test_the_records_own_date_in_any_form_is_refused(self):
        for slug, written in (
            ("constitutional-declaration-2025-03-13", (
                "{} 13 March 2025", "{}, March 2025", "{} signed on 13 March 2025",
                "{} 13.03.2025",
            )),
            ("damascus-sdf-agreement-2025-03-10", ("{}, 10 March 2025",)),
            ("un-security-council-resolution-2799", ("{}, 6 November 2025",)),
        ):  # fmt: skip
            self.stored = Agreement.objects.get(slug=slug)
            for form in written:
                title = form.format(self.stored.title)
                with self.subTest(title):
                    self.assertRefused(agreement_data(self.stored, title=title))

    def test_another_day_or_another_number_is_saved(self):
        self.stored = Agreement.objects.get(slug="constitutional-declaration-2025-03-13")
        title = f"{self.stored.title} 13 March 2012"
        self.assertSaved(agreement_data(self.stored, title=title))
        Agreement.objects.filter(slug="a-copy").delete()
        self.stored = Agreement.objects.get(slug="un-security-council-resolution-2799")
        title = "UN Security Council resolution 2800, 6 November 2025"
        self.assertSaved(agreement_data(self.stored, title=title))

    def test_a_variant_after_a_saved_copy_names_the_original_first(self):
        self.stored = Agreement.objects.get(slug="constitutional-declaration-2025-03-13")
        copy_title = f"{self.stored.title} 13 March 2025"
        self.assertSaved(agreement_data(self.stored, title=copy_title, different="on"))
        copy = Agreement.objects.get(slug="a-copy")
        title = f"{self.stored.title} on 13 March 2025"
        response = self.post(agreement_data(self.stored, title=title, slug="another-copy"))
        self.assertNamedInOrder(response, self.stored, copy)
