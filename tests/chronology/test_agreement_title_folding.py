"""Agreement titles are folded as event titles are (outside tester t14a, finding 7): its
accents (`Genève I`), its words in another order (`Action Group for Syria – Geneva I`),
`&` for `and`, and a resolution's number in spaced groups (`Resolution 2 254`) no longer
let a copy through; a General Assembly resolution is not the Security Council's of the
same number; and a title's numbers are compared whole (2254 is not 254, 22 is not 2)."""

from peaceproc.chronology.models import Agreement, Event
from peaceproc.chronology.namesakes import alike_titles, same_agreements, same_events, title_words

from .base import SeededAdminTestCase
from .test_alike_records import AlikeTestMixin, agreement_data


class AgreementTitleFoldingTests(AlikeTestMixin, SeededAdminTestCase):
    model = Agreement
    refusal = "An agreement under this title (or a UN resolution of this number)"

    def test_accents_and_word_order_are_folded(self):
        self.stored = Agreement.objects.get(title="Geneva I – Action Group for Syria")
        for title in ["Genève I – Action Group for Syria", "Action Group for Syria – Geneva I",
                      "action group for syria: genève i"]:  # fmt: skip
            with self.subTest(title):
                self.assertRefused(agreement_data(self.stored, title=title, date="2041-01-01"))

    def test_an_ampersand_is_and(self):
        self.stored = Agreement.objects.create(
            title="Moscow Declaration of Russia, Iran and Turkey", slug="moscow-declaration-x",
            kind="other", date="2016-12-20",
        )  # fmt: skip
        self.assertRefused(
            agreement_data(self.stored, title="Moscow Declaration of Russia, Iran & Turkey")
        )

    def test_a_resolution_number_in_spaced_groups_is_the_number(self):
        self.stored = Agreement.objects.get(title="UN Security Council resolution 2254")
        self.assertRefused(agreement_data(self.stored, title="Resolution 2 254"))

    def test_a_general_assembly_resolution_is_another_document(self):
        self.stored = Agreement.objects.get(title="UN Security Council resolution 2254")
        self.assertSaved(
            agreement_data(self.stored, title="General Assembly resolution 2254", slug="ga")
        )
        assembly = Agreement.objects.get(slug="ga")
        for title in ["Résolution 2254 de l'Assemblée générale",
                      "Резолюция Генеральной Ассамблеи 2254", "UNGA resolution 2 254"]:  # fmt: skip
            with self.subTest(title):
                found = same_agreements(title=title, kind="un_resolution")
                self.assertEqual(found, [assembly])  # the Assembly's, not the Council's

    def test_near_misses_are_saved(self):
        self.stored = Agreement.objects.get(title="Geneva I – Action Group for Syria")
        for n, title in enumerate(["Geneva II – Action Group for Syria",
                                   "Action Group for Libya – Geneva I"]):  # fmt: skip
            with self.subTest(title):
                self.assertSaved(agreement_data(self.stored, title=title, slug=f"near-{n}"))

    def test_numbers_are_compared_whole(self):
        for a, b in [("Resolution 2254", "Resolution 254"), ("Meeting 22", "Meeting 2"),
                     ("Astana 11", "Astana 1"),
                     ("UN Security Council resolution 2139", "UN Security Council resolution 2319"),
                     ("Resolution 123456", "Resolution 123457")]:  # fmt: skip
            with self.subTest(a=a, b=b):
                self.assertFalse(alike_titles(title_words(a), title_words(b)))

    def test_no_two_seeded_agreements_or_events_read_alike(self):
        # (the seeds hold resolutions 2139 and 2319: swapped digits are another number)
        for a in Agreement.objects.all():
            with self.subTest(agreement=a.title):
                self.assertEqual(same_agreements(title=a.title, kind=a.kind, pk=a.pk), [])
        for e in Event.objects.all():
            with self.subTest(event=e.title):
                found = same_events(start_date=e.start_date, precision=e.precision,
                                    end_date=e.end_date, title=e.title, pk=e.pk)  # fmt: skip
                self.assertEqual(found, [])


class AgreementLookalikeClassesTests(AlikeTestMixin, SeededAdminTestCase):
    """Outside tester t14d, 9: ordinals and padded numbers, compass points however joined,
    a title in another language whose words are places, countries and words spelt alike,
    and the General Assembly's symbol."""

    model = Agreement
    refusal = AgreementTitleFoldingTests.refusal

    def assertAllRefused(self, stored: str, titles: list[str]) -> None:
        self.stored = Agreement.objects.get(title=stored)
        for title in titles:
            with self.subTest(title):
                self.assertRefused(agreement_data(self.stored, title=title, date="2041-01-01"))

    def test_an_ordinal_or_a_padded_number_is_the_number(self):
        self.assertAllRefused(
            "Geneva I – Action Group for Syria",
            ["Geneva 01 – Action Group for Syria", "Geneva first – Action Group for Syria",
             "Genève premier – Action Group for Syria", "Geneva 1st – Action Group for Syria"],
        )  # fmt: skip

    def test_a_compass_point_however_joined_is_one_word(self):
        self.assertAllRefused(
            "US–Russia–Jordan ceasefire in south-west Syria",
            ["US-Russia-Jordan ceasefire in southwest Syria",
             "US-Russia-Jordan ceasefire in south west Syria",
             "US-Russia-Jordan ceasefire in South-Western Syria"],
        )  # fmt: skip
        self.assertAllRefused(
            "Russia–Turkey Sochi memorandum on north-east Syria",
            ["Russia–Turkey Sochi memorandum on north-eastern Syria",
             "Russia-Turkey Sochi memorandum on northeast Syria"],
        )  # fmt: skip
        for a, b in [("ceasefire in south-west Syria", "ceasefire in north-west Syria"),
                     ("ceasefire in south-west Syria", "ceasefire in south-east Syria"),
                     ("memorandum on north-east Syria", "memorandum on east Syria")]:  # fmt: skip
            with self.subTest(a=a, b=b):
                self.assertFalse(alike_titles(title_words(a), title_words(b)))

    def test_a_title_in_another_language_through_places_and_countries(self):
        self.assertAllRefused(
            "Moscow Declaration of Russia, Iran and Turkey",
            ["Déclaration de Moscou de la Russie, de l'Iran et de la Turquie",
             "Moscow Declaration of Rusya, İran and Türkiye"],
        )  # fmt: skip
        self.assertFalse(
            alike_titles(
                title_words("Déclaration de Moscou de la Russie, de l'Iran et de la France"),
                title_words("Moscow Declaration of Russia, Iran and Turkey"),
            )
        )

    def test_a_french_elision_is_no_roman_numeral(self):
        # 'd' of "d'ouverture" read as D (500) and 'l' of "l'Iran" as L (50).
        self.assertNotIn("500", title_words("Conférence d'ouverture"))
        self.assertNotIn("50", title_words("Déclaration sur l'Iran"))

    def test_the_general_assemblys_symbol_is_another_document(self):
        self.stored = Agreement.objects.get(title="UN Security Council resolution 2254")
        self.assertRefused(agreement_data(self.stored, title="S/RES/2254 (2015)"))
        self.assertSaved(agreement_data(self.stored, title="A/RES/2254", slug="ga-symbol"))

    def test_a_resolution_number_spelled_in_words_in_six_languages(self):
        self.stored = Agreement.objects.get(title="UN Security Council resolution 2254")
        for title in ["Resolution two thousand two hundred fifty-four",
                      "Résolution deux mille deux cent cinquante-quatre",
                      "Резолюция две тысячи двести пятьдесят четыре",
                      "İki bin iki yüz elli dört sayılı karar",
                      "القرار ألفان ومئتان وأربعة وخمسون",
                      "قطعنامه دو هزار و دویست و پنجاه و چهار"]:  # fmt: skip
            with self.subTest(title):
                self.assertRefused(agreement_data(self.stored, title=title))
        for title in ["Resolution two thousand two hundred fifty-five",
                      "Résolution deux mille deux cent cinquante"]:  # fmt: skip
            with self.subTest(title):
                self.assertEqual(same_agreements(title=title, kind="un_resolution"), [])
