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

    def test_a_month_or_a_year_takes_the_name_in_use_in_it(self):
        # Sentences written for this test (outside tester t11b, 6): autumn 2019 is read
        # as the year 2019, which Nur-Sultan was the city's name for most of.
        sentences = {
            "en": "In autumn 2019 the guarantors held their talks on Syria in Nur-Sultan.",
            "fr": "À l'automne 2019, les garants se sont réunis à Nour-Soultan sur la Syrie.",
            "ru": "Осенью 2019 года страны-гаранты провели переговоры по Сирии в Нур-Султане.",
            "tr": "Garantör ülkeler 2019 sonbaharında Nur-Sultan'da Suriye görüşmeleri yaptı.",
            "ar": "وعقدت الدول الضامنة في خريف عام 2019 اجتماعا في نور سلطان حول سوريا.",
            "fa": "کشورهای ضامن در پاییز ۲۰۱۹ در نورسلطان نشستی درباره سوریه برگزار کردند.",
        }
        for language, text in sentences.items():
            with self.subTest(language=language):
                found = find_candidates(
                    text, published=date(2020, 3, 1), language=language, gazetteer=EMPTY
                )
                self.assertEqual([c.place for c in found], ["Nur-Sultan"])

    def test_a_period_outside_the_name_s_days_takes_the_usual_name(self):
        self.assertEqual(name_on("Nur-Sultan", date(2019, 1, 1), date(2019, 12, 31)), "Nur-Sultan")
        self.assertEqual(name_on("Nur-Sultan", date(2019, 3, 1), date(2019, 3, 31)), "Nur-Sultan")
        self.assertEqual(name_on("Nur-Sultan", date(2019, 2, 1), date(2019, 2, 28)), "Astana")
        self.assertEqual(name_on("Nur-Sultan", date(2018, 1, 1), date(2018, 12, 31)), "Astana")
        self.assertEqual(name_on("Nur-Sultan", date(2022, 10, 1), date(2022, 10, 31)), "Astana")
        for text, published, expected in (
            ("The guarantors met in Nur-Sultan in 2018 to discuss Syria.", 2019, "Astana"),
            ("The guarantors met in Nur-Sultan in February 2019 on Syria.", 2020, "Astana"),
            ("The guarantors met in Nur-Sultan in March 2019 on Syria.", 2020, "Nur-Sultan"),
        ):
            with self.subTest(text=text):
                self.assertEqual(places(text, date(published, 6, 1)), [expected])
