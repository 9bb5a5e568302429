"""A place by the name it had on the day (outside tester t11a, finding 13): Astana was
Nur-Sultan from March 2019 to September 2022 only, so an article of 2018 that says
'Astana' is placed in Astana, and its 'Nursultan Nazarbayev' is a person, not the city.
Sentences written for these tests."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, article_people, find_candidates
from peaceproc.ingest.pipeline.places import name_on, not_yet_named

EMPTY = Gazetteer(participants=(), rounds=())


def places(text: str, published: date) -> list[str | None]:
    found = find_candidates(text, published=published, language="en", gazetteer=EMPTY)
    return [c.place for c in found]


class PlaceByDateTests(unittest.TestCase):
    def test_the_name_a_place_had_on_a_day(self):
        self.assertEqual(name_on("Nur-Sultan", date(2018, 3, 16)), "Astana")
        self.assertEqual(name_on("Nur-Sultan", date(2020, 12, 10)), "Nur-Sultan")
        self.assertEqual(name_on("Astana", date(2020, 12, 10)), "Astana")  # as written
        self.assertEqual(name_on("Astana", date(2023, 6, 20)), "Astana")
        self.assertEqual(name_on("Geneva", date(2020, 1, 1)), "Geneva")
        self.assertTrue(not_yet_named("Nur-Sultan", date(2019, 3, 19)))
        self.assertFalse(not_yet_named("Nur-Sultan", date(2023, 1, 1)))  # recalled after

    def test_an_article_of_2018_is_placed_in_astana_whatever_it_names(self):
        text = (
            "President Nursultan Nazarbayev on Friday received the ministers of Russia, "
            "Turkey and Iran in Astana for their meeting on Syria."
        )
        self.assertEqual(places(text, date(2018, 3, 16)), ["Astana"])

    def test_each_name_stands_on_its_own_days(self):
        for city, day, published, expected in (
            ("Nur-Sultan", "10 December 2020", date(2020, 12, 11), "Nur-Sultan"),
            ("Astana", "10 December 2020", date(2020, 12, 11), "Astana"),
            ("Nur-Sultan", "10 December 2023", date(2023, 12, 11), "Astana"),
        ):
            with self.subTest(city=city, day=day):
                text = f"The guarantors met in {city} on {day} to discuss Syria."
                self.assertEqual(places(text, published), [expected])

    def test_the_given_name_of_the_city_s_namesake_is_a_persons(self):
        text = "President Nursultan Nazarbayev on Friday received the guarantors' ministers."
        found = article_people(text, language="en", gazetteer=EMPTY).names
        self.assertIn("Nursultan Nazarbayev", list(found))
