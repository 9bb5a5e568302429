"""Outside tester t16b, finding 4: a place's name gave other records in other languages.
'Damascus' and 'Damas' listed every round the Syrian government attended, through its
alias "Damascus delegation" (80 items), where 'Дамаск' and 'دمشق' found the city's 19;
the Turkish 'Şam' found one more ('the same day') and, in the name box, Bassam Sabbagh
(a part of a word)."""

from urllib.parse import quote

from peaceproc.search.people import FoldedNames, participants_named

from .test_search_t15d import NameReadingCase, queries

# Damascus in English, French, Russian (and a case form), Turkish and Arabic (Persian
# writes it as Arabic does).
DAMASCUS = ("Damascus", "Damas", "Дамаск", "Дамаске", "Şam", "دمشق")


class PlaceNameTests(NameReadingCase):
    def test_every_language_finds_the_same_records(self):
        expected = self.slugs("Damascus")
        self.assertTrue(expected)
        for typed in DAMASCUS[1:]:
            with self.subTest(typed):
                self.assertEqual(self.slugs(typed), expected)

    def test_a_place_does_not_name_a_body_by_the_word_of_its_seat(self):
        # Geneva III, in Geneva, was attended by the "Damascus delegation".
        for typed in DAMASCUS:
            with self.subTest(typed):
                self.assertNotIn("geneva-3", self.slugs(typed))
                self.assertEqual(self.people(typed), [])

    def test_the_place_typed_is_a_whole_word(self):
        # 'Şam' is not the start of 'same' ("... the same day") nor a part of 'Bassam'.
        self.assertNotIn("jaberi-ansari-fomin-meeting-2017-08-01", self.slugs("Şam"))
        self.assertEqual(self.people("Şam"), [])
        self.assertEqual(self.people("Şam'da"), [])

    def test_names_that_hold_more_than_the_place_still_name(self):
        self.assertEqual(self.people("Damascus delegation"), ["syrian-government"])
        self.assertIn("geneva-3", self.slugs("Damascus delegation"))
        # A person's name word that is a place's name.
        self.assertEqual(self.people("Riyad"), ["riad-hijab"])
        self.assertEqual(self.people("Kobani"), ["mazloum-abdi"])
        # A word start that is no place's whole name reads as before.
        self.assertEqual(self.people("Bass"), ["bassam-sabbagh"])

    def test_as_many_queries_in_every_language(self):
        for typed in DAMASCUS[1:]:
            self.assertSameQueries(typed, "Damascus")
        self.client.get("/api/participants?q=Astana")
        with self.assertNumQueries(queries(self.client, "/api/participants?q=Astana")):
            self.client.get("/api/participants?q=" + quote("Şam"))


class InABodyTests(NameReadingCase):
    """The rule on names alone, without the record."""

    names = FoldedNames(
        [(1, "damascus delegation"), (1, "syrian government"), (2, "bassam sabbagh"),
         (3, "riad hijab"), (3, "riyad hijab"), (4, "damascus")]
    )  # fmt: skip
    names.bodies = frozenset({1, 4})

    def test_bodies_by_their_seat_are_left_out(self):
        for typed in DAMASCUS:
            with self.subTest(typed):
                # A body called by the place's name and nothing else is named by it (by
                # the start of its name, 'Damas'); the delegation is not.
                expected = [4] if typed in ("Damascus", "Damas") else []
                self.assertEqual(participants_named(typed, self.names), expected)
        self.assertEqual(participants_named("Damascus delegation", self.names), [1])
        self.assertEqual(participants_named("Riyad", self.names), [3])
        self.assertEqual(participants_named("ssam", self.names), [2])
