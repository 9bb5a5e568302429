"""Marks of a lane that share a title name their year (t16b 6: the trilateral summits at
Sochi, Ankara and Tehran), without a database."""

from datetime import date

from django.test import SimpleTestCase

from peaceproc.site.alike import told_apart
from peaceproc.site.marks import Mark


def mark(title: str, day: date, kind: str = "event", dates: str = "") -> Mark:
    return Mark(
        kind=kind, title=title, short="", first=day, last=day, key=f"{title}-{day}",
        dates=dates or f"{day:%-d %b %Y}", kind_label="Summit", url="/",
    )  # fmt: skip


class ToldApartTests(SimpleTestCase):
    def test_a_shared_title_names_its_year_and_others_are_left_alone(self):
        marks = [
            mark("Trilateral presidential summit (Ankara)", date(2018, 4, 4)),
            mark("Trilateral presidential summit (Ankara)", date(2019, 9, 16)),
            mark("Astana 4", date(2017, 5, 3), kind="round"),
        ]
        told_apart(marks)
        self.assertEqual(
            [m.title for m in marks],
            [
                "Trilateral presidential summit (Ankara), 2018",
                "Trilateral presidential summit (Ankara), 2019",
                "Astana 4",
            ],
        )

    def test_within_one_year_the_dates_tell_them_apart(self):
        marks = [mark("Talks", date(2020, 3, 1)), mark("Talks", date(2020, 9, 1)),
                 mark("Talks", date(2021, 1, 5))]  # fmt: skip
        told_apart(marks)
        self.assertEqual(
            [m.title for m in marks], ["Talks, 1 Mar 2020", "Talks, 1 Sep 2020", "Talks, 2021"]
        )

    def test_badges_are_counts_not_titles(self):
        marks = [mark("2 items", date(2020, 1, 1), kind="cluster"),
                 mark("2 items", date(2021, 1, 1), kind="cluster")]  # fmt: skip
        told_apart(marks)
        self.assertEqual([m.title for m in marks], ["2 items", "2 items"])
