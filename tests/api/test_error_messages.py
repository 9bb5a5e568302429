"""What a caller reads when a parameter is refused: dates outside the calendar named as out
of range, and several problems joined into one sentence."""

import unittest

from django.core.exceptions import ValidationError
from django.test import TestCase

from peaceproc.chronology.dates import SupportedDateField
from peaceproc.messages import joined, joined_by_name

RANGE = "Enter a date between 1900-01-01 and 2100-12-31."


class DatesOutsideTheCalendarTests(TestCase):
    def error(self, path: str, query: str) -> dict:
        response = self.client.get(f"{path}?{query}")
        self.assertEqual(response.status_code, 400)
        return response.json()["error"]

    def test_year_0_and_10000_name_the_supported_range(self):
        for path in ("/api/events", "/api/timeline", "/api/export.csv", "/api/export.ics"):
            for query, name in (
                ("from=0000-01-01", "from"),
                ("to=10000-01-01", "to"),
                ("from=-0001-06-15", "from"),
                ("to=99999-12-31", "to"),
            ):
                with self.subTest(path=path, query=query):
                    error = self.error(path, query)
                    self.assertEqual(error["details"][name], [RANGE])
                    self.assertEqual(
                        error["message"], f"Invalid filter parameters: {name}: {RANGE}"
                    )

    def test_a_day_no_calendar_has_is_named_as_such(self):
        # 29 February 2017 and month 13 are written as asked: the message says what is
        # wrong with them, not that the format is (t14c's finding 12).
        for query, message in [
            ("from=2017-02-29", "February 2017 has no day 29: it has 28 days."),
            ("from=2016-04-31", "April 2016 has no day 31: it has 30 days."),
            ("from=2017-13-01", "There is no month 13: write the month as 01 to 12."),
            ("from=0000-13-01", "Enter the start date as YYYY-MM-DD, such as 2017-01-01."),
            ("from=abc", "Enter the start date as YYYY-MM-DD, such as 2017-01-01."),
        ]:
            with self.subTest(query):
                self.assertEqual(self.error("/api/events", query)["details"]["from"], [message])

    def test_the_timeline_page_says_the_range_too(self):
        page = self.client.get("/?from=0000-01-01&to=10000-01-01")
        self.assertEqual(page.status_code, 200)
        self.assertContains(page, RANGE, count=2)


class NameQueryMessagesTests(TestCase):
    def test_a_nul_and_a_long_name_each_get_their_own_message(self):
        # t14c: a 5-byte `q` holding a NUL was told it was over 200 characters.
        nul = ("q must not hold a NUL character.", "Remove the NUL character (%00).")
        long = ("q must be at most 200 characters of text.", "It has 201 characters.")
        cases = [("q=%00", nul), ("q=Lav%00rov", nul), ("q=" + "a" * 201, long)]
        for query, (message, detail) in cases:
            with self.subTest(query[:12]):
                response = self.client.get(f"/api/participants?{query}")
                self.assertEqual(response.status_code, 400)
                error = response.json()["error"]
                self.assertEqual(error["message"], message)
                self.assertEqual(error["details"], {"q": [detail]})


class SupportedDateFieldTests(unittest.TestCase):
    def test_in_range_dates_pass_and_the_rest_name_the_range(self):
        field = SupportedDateField()
        self.assertEqual(str(field.clean("2017-05-04")), "2017-05-04")
        for value in ("0000-01-01", "10000-02-29", "1899-12-31", "2101-01-01", "-5-01-01"):
            with self.subTest(value), self.assertRaises(ValidationError) as caught:
                field.clean(value)
            self.assertEqual(caught.exception.messages, [RANGE])
        for value in ("10000-02-30", "tomorrow", "20170504x", "2017-02-3x"):
            with self.subTest(value), self.assertRaises(ValidationError) as caught:
                field.clean(value)
            self.assertEqual(caught.exception.messages, ["Enter a valid date."])
        with self.assertRaises(ValidationError) as caught:
            field.clean("2017-02-30")
        no_day = "February 2017 has no day 30: it has 28 days."
        self.assertEqual(caught.exception.messages, [no_day])
        self.assertEqual(caught.exception.error_list[0].code, "no_such_day")


class JoinedMessagesTests(TestCase):
    def test_each_full_stop_gives_way_to_the_semicolon(self):
        self.assertEqual(
            joined(["There is no track “x”.", "No kind “z”."]),
            ("There is no track “x”; No kind “z”."),
        )
        self.assertEqual(joined(["One."]), "One.")
        self.assertEqual(joined(["No stop", " "]), "No stop.")
        self.assertEqual(joined([]), "")
        self.assertEqual(
            joined_by_name({"from": ["Bad.", "Worse."], "to": ["Bad."]}),
            "from: Bad. Worse; to: Bad.",
        )

    def test_several_refused_filters_read_as_one_sentence(self):
        response = self.client.get("/api/export.csv?track=x&round=y&from=abc&to=10000-01-01")
        self.assertEqual(response.status_code, 400)
        message = response.json()["error"]["message"]
        self.assertNotIn(".;", message)
        self.assertNotIn("..", message)
        self.assertTrue(message.endswith("2100-12-31."), message)
        for part in (
            "track: There is no track",
            "round: There is no round “y” (see /api/rounds)",
            "from: Enter the start date",
            f"to: {RANGE}",
        ):
            self.assertIn(part, message)
        self.assertEqual(message.count("; "), 3)
