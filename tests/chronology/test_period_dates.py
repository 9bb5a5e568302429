"""A date known to a month or a year is stored as the period's first day (outside tester
t11a, 8), by the admin's forms and, for the rows stored before, by migration 0015; a
round's next meeting comes after its start (t11a, 11: a named constraint and a form
error)."""

from datetime import date

from django.db import IntegrityError, transaction
from django.urls import reverse

from peaceproc.chronology.models import Agreement, Event, Round
from tests.chronology.migrating import MigrationTestCase
from tests.security.adminforms import form_data

from .base import SeededAdminTestCase


class PeriodStartTests(SeededAdminTestCase):
    def test_a_month_and_a_year_are_saved_as_their_first_day(self):
        event = Event.objects.order_by("pk").first()
        url = reverse("admin:chronology_event_change", args=[event.pk])
        cases = (("month", date(2018, 5, 1), date(2019, 7, 1)),
                 ("year", date(2018, 1, 1), date(2019, 1, 1)))  # fmt: skip
        for precision, expected, expected_next in cases:
            with self.subTest(precision=precision):
                data = form_data(
                    self.client.get(url), precision=precision, start_date="2018-05-15",
                    end_date="", next_date="2019-07-20", next_precision=precision,
                )  # fmt: skip
                self.assertEqual(self.client.post(url, data).status_code, 302)
                event.refresh_from_db()
                self.assertEqual(event.start_date, expected)
                self.assertEqual(event.next_date, expected_next)

    def test_the_api_finds_it_in_the_first_days_of_its_month(self):
        event = Event.objects.filter(track__slug="astana").order_by("pk").first()
        url = reverse("admin:chronology_event_change", args=[event.pk])
        data = form_data(self.client.get(url), precision="month", start_date="2018-05-15",
                         end_date="")  # fmt: skip
        self.assertEqual(self.client.post(url, data).status_code, 302)
        found = self.client.get("/api/timeline?from=2018-05-01&to=2018-05-14&track=astana")
        self.assertIn(event.slug, found.content.decode())

    def test_an_agreements_day_is_kept_when_known(self):
        agreement = Agreement.objects.filter(precision="day").order_by("pk").first()
        url = reverse("admin:chronology_agreement_change", args=[agreement.pk])
        data = form_data(self.client.get(url), date="2018-05-15")
        self.assertEqual(self.client.post(url, data).status_code, 302)
        agreement.refresh_from_db()
        self.assertEqual(agreement.date, date(2018, 5, 15))


class NextMeetingTests(SeededAdminTestCase):
    def setUp(self):
        super().setUp()
        self.round = Round.objects.get(slug="astana-4")
        self.url = reverse("admin:chronology_round_change", args=[self.round.pk])

    def post_next(self, next_date: str, precision: str = "day"):
        data = form_data(self.client.get(self.url), next_date=next_date, next_precision=precision)
        return self.client.post(self.url, data)

    def test_a_next_meeting_before_the_round_is_a_form_error(self):
        for next_date, precision in (("2010-01-01", "day"), ("2017-05-03", "day"),
                                     ("2017-04-01", "month"), ("2016-01-01", "year")):  # fmt: skip
            with self.subTest(next_date=next_date, precision=precision):
                response = self.post_next(next_date, precision)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "comes after its start")
        self.round.refresh_from_db()
        self.assertNotEqual(self.round.next_date, date(2010, 1, 1))

    def test_a_next_meeting_later_in_the_rounds_month_or_year_is_saved(self):
        for precision in ("month", "year"):
            with self.subTest(precision=precision):
                self.assertEqual(self.post_next("2017-05-01", precision).status_code, 302)

    def test_the_database_refuses_one_too(self):
        with self.assertRaises(IntegrityError), transaction.atomic():
            Round.objects.filter(pk=self.round.pk).update(
                next_date=date(2010, 1, 1), next_precision="day"
            )


BEFORE = [("chronology", "0014_title_and_name_letter_or_digit")]
AFTER = [("chronology", "0015_dates_at_period_starts_next_after_start")]


class PeriodStartMigrationTests(MigrationTestCase):
    def test_stored_dates_move_to_their_periods_first_day_and_a_wrong_next_date_is_cleared(self):
        old = self.migrate(BEFORE)
        track = old.get_model("chronology", "Track").objects.create(
            slug="astana", name="Astana", colour="#123456"
        )
        event_model = old.get_model("chronology", "Event")
        month = event_model.objects.create(
            slug="m", title="M", kind="meeting", track=track, start_date=date(2018, 5, 15),
            precision="month", next_date=date(2019, 3, 9), next_precision="year",
        )  # fmt: skip
        day = event_model.objects.create(
            slug="d", title="D", kind="meeting", track=track, start_date=date(2018, 5, 15)
        )
        round_model = old.get_model("chronology", "Round")
        wrong = round_model.objects.create(
            slug="r", title="R", track=track, start_date=date(2017, 5, 3),
            end_date=date(2017, 5, 4), next_date=date(2010, 1, 1),
        )  # fmt: skip
        new = self.migrate(AFTER)
        events = new.get_model("chronology", "Event").objects
        self.assertEqual(events.get(pk=month.pk).start_date, date(2018, 5, 1))
        self.assertEqual(events.get(pk=month.pk).next_date, date(2019, 1, 1))
        self.assertEqual(events.get(pk=day.pk).start_date, date(2018, 5, 15))
        self.assertIsNone(new.get_model("chronology", "Round").objects.get(pk=wrong.pk).next_date)
