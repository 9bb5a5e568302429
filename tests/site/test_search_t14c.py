"""Outside tester t14c's search findings (issue #11), on the site and the API alike
(they share the search): combining marks on Latin and Cyrillic letters (Russian stress
marks) are read past as the stored text's index reads them (finding 3); the name box
reads past invisible characters as the timeline's search does (finding 7); a word with
an apostrophe and a Turkish suffix is searched by its stem, a French elided article is
read past (finding 1)."""

from urllib.parse import quote

from peaceproc.search.folding import query_text

from .base import SeededTestCase


class SearchCase(SeededTestCase):
    def slugs(self, query: str) -> set[str]:
        found = self.client.get("/api/timeline?limit=500&q=" + quote(query)).json()
        return {item["slug"] for item in found["results"]}

    def assertSameAs(self, typed: str, plain: str):
        expected = self.slugs(plain)
        self.assertTrue(expected, plain)
        self.assertEqual(self.slugs(typed), expected, typed)


class CombiningMarkTests(SearchCase):
    def test_a_stress_mark_finds_what_the_word_finds(self):
        for typed, plain in (
            ("Лавро\u0301в", "Лавров"),
            ("Ла\u0301вров", "Лавров"),
            ("Же\u0301нева", "Женева"),
            ("Аста\u0301на", "Астана"),
            ("Серге\u0301й Лавро\u0300в", "Сергей Лавров"),
        ):
            with self.subTest(typed):
                self.assertSameAs(typed, plain)

    def test_any_combining_mark_on_a_latin_or_cyrillic_letter(self):
        # Marks that have no composed letter with their base: a word is not split.
        for mark in ("\u0301", "\u0308", "\u0311", "\u0483", "\u1dc4", "\ufe20"):
            with self.subTest(f"U+{ord(mark):04X}"):
                self.assertEqual(query_text(f"Лав{mark}ров"), "Лавров")
                self.assertEqual(query_text(f"Lav{mark}{mark}rov"), query_text("Lavrov"))

    def test_the_page_says_nothing_was_left_out(self):
        page = self.client.get("/?q=" + quote("Лавро\u0301в")).content.decode()
        self.assertNotIn("“в” left out", page)

    def test_arabic_and_persian_marks_and_joiners_read_as_before(self):
        self.assertEqual(query_text("أَسْتانا"), "أستانا")
        self.assertEqual(query_text("می\u200cکنند"), "می\u200cکنند")
        self.assertSameAs("أَسْتانا", "أستانا")
        self.assertSameAs("آستانه", "Astana")

    def test_a_participant_alias_with_a_stress_mark_is_read_without_it(self):
        from peaceproc.chronology.models import Participant, ParticipantAlias
        from peaceproc.search.people import folded_names

        onal = Participant.objects.get(slug="sedat-onal")
        ParticipantAlias.objects.create(participant=onal, name="Ба\u0301ба Яга\u0301")
        self.assertIn((onal.pk, "баба яга"), folded_names())


class NameBoxInvisibleTests(SearchCase):
    def test_the_name_box_reads_past_what_the_timeline_reads_past(self):
        plain = self.client.get("/api/participants?q=Lavrov").json()["results"]
        self.assertTrue(plain)
        page_plain = self.client.get("/participants/?q=Lavrov").content.decode()
        for invisible in ("\u200b", "\u00ad", "\u2060", "\ufeff", "\u200e", "\u202e"):
            with self.subTest(f"U+{ord(invisible):04X}"):
                typed = quote(f"Lav{invisible}rov")
                found = self.client.get(f"/api/participants?q={typed}").json()["results"]
                self.assertEqual(found, plain)
                page = self.client.get(f"/participants/?q={typed}").content.decode()
                self.assertNotIn("No participant has a name or alias like", page)
                self.assertIn("/participants/sergey-lavrov/", page)
                self.assertIn("/participants/sergey-lavrov/", page_plain)

    def test_one_set_of_invisible_characters(self):
        from peaceproc.search import folding
        from peaceproc.site import filters

        self.assertIs(filters.UNSHOWN_CHARACTERS, folding.UNSHOWN_CHARACTERS)


class ApostropheTests(SearchCase):
    def test_a_turkish_suffix_is_read_past(self):
        for typed, plain in (
            ("Lavrov'un", "Lavrov"),
            ("Lavrov'dan", "Lavrov"),
            ("Lavrov’la", "Lavrov"),
            ("Mistura'nın", "Mistura"),
            ("de Mistura'nın", "de Mistura"),
            ("Astana'daki", "Astana"),
            ("Astana'da", "Astana"),
            ("Zarif'in", "Zarif"),
            ("Pedersen'in", "Pedersen"),
            ("Cenevre'deki", "Cenevre"),
            ("Astana'nın 4. turu", "Astana 4"),
        ):
            with self.subTest(typed):
                self.assertSameAs(typed, plain)

    def test_the_suffix_is_never_a_word_of_its_own(self):
        # 'un' of "Lavrov'un" was searched as the UN.
        self.assertNotEqual(self.slugs("Lavrov un"), self.slugs("Lavrov"))
        self.assertEqual(query_text("Lavrov'un"), "Lavrov")
        self.assertEqual(query_text("BM'nin kararı"), "BM kararı")

    def test_a_french_elided_article_is_read_past(self):
        self.assertEqual(query_text("l'ONU d'Astana qu'à"), "ONU Astana à")
        self.assertSameAs("d'Astana", "Astana")
        page = self.client.get("/?q=" + quote("réunion d'Astana")).content.decode()
        self.assertNotIn("“d” left out", page)

    def test_other_apostrophes_are_left_as_they_were(self):
        # Not a suffix ('Ma'arrat', 'O'Brien'), or a stem too short to be a name's.
        for text in ("Ma'arrat al-Numan", "O'Brien", "Mu'in", "aujourd'hui"):
            with self.subTest(text):
                self.assertEqual(query_text(text), text)


class OperatorNoteTests(SearchCase):
    """Finding 2: an operator the search does not have is said, never silently dropped."""

    def notices(self, query: str) -> list[str]:
        return self.client.get("/api/timeline?q=" + quote(query)).json()["notices"]

    def test_a_minus_and_boolean_words_are_said(self):
        for typed, named in (
            ("Lavrov -Sochi", "“-Sochi”"),
            ("Lavrov \u2212Sochi", "“\u2212Sochi”"),
            ("Lavrov OR Kerry", "“OR”"),
            ("NOT Sochi", "“NOT”"),
        ):
            with self.subTest(typed):
                notice = self.notices(typed)[0]
                self.assertEqual(
                    notice,
                    f"Search: {named}: the search has no operators (every word must match, "
                    "and a minus excludes nothing).",
                )
                page = self.client.get("/?q=" + quote(typed)).content.decode()
                self.assertIn("the search has no operators", page)

    def test_hyphenated_names_and_lowercase_words_are_not_operators(self):
        for typed in ("al-Sharaa", "Astana-4", "talks or meetings", "Sochi - Astana", "ORSK"):
            with self.subTest(typed):
                self.assertEqual(self.notices(typed), [])


class LittleWordTests(SearchCase):
    """Finding 2: a function word between names was a word every item's text had to hold."""

    def test_a_little_word_between_names_is_left_out_and_said(self):
        both = self.slugs("Lavrov Kerry")
        self.assertTrue(both)
        for typed in ("Lavrov and Kerry", "Lavrov et Kerry", "Lavrov ve Kerry", "Lavrov Kerry and"):
            with self.subTest(typed):
                self.assertEqual(self.slugs(typed), both)
                notices = self.client.get("/api/timeline?q=" + quote(typed)).json()["notices"]
                self.assertEqual(len(notices), 1)
                self.assertIn(
                    "left out: a little word beside a name is not searched for", notices[0]
                )

    def test_a_run_with_a_word_of_its_own_keeps_its_little_words(self):
        # 'talks on Syria' names nobody: searched as typed, with no note.
        found = self.client.get("/api/timeline?q=" + quote("talks on Syria")).json()
        self.assertEqual(found["notices"], [])
        self.assertEqual(self.client.get("/api/timeline?q=UN").json()["notices"], [])


class AnyScriptTests(SearchCase):
    """t14c finding 4: a name or a track named in another script finds what the English
    name finds, the records whose text names them without listing them included."""

    def test_a_participant_named_in_any_script_finds_what_the_latin_name_finds(self):
        for plain, others in (
            ("Lavrov", ("Лавров", "لافروف")),
            ("de Mistura", ("Де Мистура", "دي ميستورا")),
        ):
            for typed in others:
                with self.subTest(typed):
                    self.assertSameAs(typed, plain)
        # The record that had been missing: its text says "Lavrov", no participation does.
        self.assertIn("southwest-syria-ceasefire-2017-07-07", self.slugs("Лавров"))

    def test_a_track_named_in_any_language_finds_the_text_that_names_it(self):
        english = self.slugs("Constitutional Committee")
        for typed in ("اللجنة الدستورية", "Конституционный комитет"):
            with self.subTest(typed):
                self.assertEqual(self.slugs(typed), english)

    def test_a_word_that_names_many_people_is_not_searched_by_their_names(self):
        # Each name is searched only where the run names few people: a vague word does
        # not find every text naming any of them.
        from peaceproc.chronology.models import Participant
        from peaceproc.search.text_names import MOST_PEOPLE_BY_NAME, run_expression

        many = list(Participant.objects.filter(kind="person")[: MOST_PEOPLE_BY_NAME + 1])
        self.assertEqual(run_expression("zz", many), run_expression("zz", []))
        self.assertNotEqual(run_expression("zz", many[:1]), run_expression("zz", []))


class TextNameTests(SearchCase):
    def test_a_person_by_the_last_word_of_their_name_anyone_else_by_the_whole_name(self):
        from peaceproc.chronology.models import Participant
        from peaceproc.search.text_names import text_name

        for name, kind, expected in (
            ("Sergey Lavrov", "person", "Lavrov"),
            ("Staffan de Mistura", "person", "Mistura"),
            ("Ahmed al-Sharaa", "person", "al-Sharaa".removeprefix("al-")),
            ("Ban Ki-moon", "person", "Ki-moon"),
            ("United Nations", "organisation", "United Nations"),
            ("Russia", "state", "Russia"),
        ):
            with self.subTest(name):
                self.assertEqual(text_name(Participant(name=name, kind=kind)), expected)
