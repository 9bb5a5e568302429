"""Re-tester t16d, 6 and 7: the review put a meeting in the city of what it came ahead of
('Bağdat'taki … zirvesinden önce … Amman'da görüştü' in Baghdad), and read the Persian
'در آستانه' ('on the eve of') as the city Astana. Sentences of our own."""

from django.test import SimpleTestCase

from peaceproc.ingest.titles import candidate_place, cities_named


class CitiesNamedTests(SimpleTestCase):
    def test_the_persian_eve_of_is_no_astana(self):
        quote = "در آستانه نشست سران در قاهره، دو وزیر در دوحه دیدار کردند."
        self.assertEqual(cities_named(quote, "fa")[0], ["Doha"])
        # 'در آستانه' before a light verb is still the city.
        self.assertEqual(cities_named("دو وزیر در آستانه دیدار کردند.", "fa")[0], ["Astana"])

    def test_the_city_of_what_a_meeting_came_ahead_of_is_not_its_place(self):
        for language, quote, place in (
            ("tr", "Kahire'deki zirveden önce iki bakan Doha'da görüştü.", "Doha"),
            ("en", "Ahead of the summit in Cairo, the two ministers met in Doha.", "Doha"),
            ("fr", "En amont du sommet du Caire, les deux ministres se sont vus à Doha.", "Doha"),
            ("ru", "Накануне саммита в Каире министры встретились в Дохе.", "Doha"),
        ):
            with self.subTest(language):
                self.assertEqual(cities_named(quote, language)[0], [place])
        # A city outside such a phrase is kept.
        self.assertEqual(
            cities_named("The ministers met in Cairo and then in Doha.", "en")[0], ["Cairo", "Doha"]
        )

    def test_a_meeting_with_no_city_of_its_own_is_in_none(self):
        # Re-tester t16e, 3: the pipeline's city was the summit's, with no date of its own.
        for language, quote in (
            ("tr", "Kahire'deki zirve öncesinde iki bakan 3 Mayıs 2025'te bir araya geldi."),
            ("en", "Ahead of the summit in Cairo, the two ministers met on 3 May 2025."),
        ):
            with self.subTest(language):
                candidate = {"quote": quote, "place": "Cairo", "kind": "meeting"}
                self.assertEqual(candidate_place(candidate, language), "")
        met = {"quote": "The two ministers met in Cairo on 3 May 2025.", "place": "Cairo"}
        self.assertEqual(candidate_place(met, "en"), "Cairo")
