"""A place the places table does not know still tells meetings apart (outside tester t14a,
10: meetings of the same two ministers in Oslo, Warsaw, Sofia and Rome, each on its own day,
were all titled 'Meeting of A and B' and all but the first skipped as the same title). A
capitalised name right after a word of place ('in Oslo to discuss', 'à Oslo le 2
janvier') or before a Turkish locative ("Oslo'da") is the place of the candidate and of its
title; a month, a weekday or a qualifying adjective ('in Syrian territory') is not.
Sentences written for these tests."""

from django.test import SimpleTestCase

from peaceproc.ingest.titles import candidate_place, title_for


def place(quote, lang="en"):
    return candidate_place({"quote": quote}, lang)


class NewPlaceTests(SimpleTestCase):
    def test_a_city_no_table_knows_is_read_after_a_word_of_place(self):
        self.assertEqual(place("The two ministers met in Tromsø to discuss aid."), "Tromsø")
        self.assertEqual(place("The two ministers met in Lillehammer on 4 May."), "Lillehammer")
        self.assertEqual(place("Les ministres se sont réunis à Tromsø le 4 mai.", "fr"), "Tromsø")
        self.assertEqual(place("Bakanlar 4 Mayıs'ta Tromsø'da bir araya geldi.", "tr"), "Tromsø")

    def test_months_weekdays_and_adjectives_are_no_place(self):
        self.assertEqual(place("The two ministers met in May to discuss aid."), "")
        self.assertEqual(place("The two ministers met on Monday in Syrian territory."), "")
        self.assertEqual(place("Bakanlar Mayıs'ta görüştü.", "tr"), "")

    def test_meetings_in_two_such_cities_get_two_titles(self):
        titles = {
            title_for(
                {"quote": f"Anna Berg met Karl Envoy in {city} to discuss the aid."},
                kind="meeting",
                names=["Anna Berg", "Karl Envoy"],
                round_=None,
                language="en",
            )
            for city in ("Tromsø", "Lillehammer")
        }
        self.assertEqual(len(titles), 2)
