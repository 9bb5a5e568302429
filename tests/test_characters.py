"""One set of characters drawn as nothing (outside tester t14d, finding 6: the braille
blank, the interlinear annotation marks, the object replacement character and the
Egyptian hieroglyph format controls passed the invisible-character rule and split names
in ingestion)."""

import re
import unicodedata

import regex
from django.core.exceptions import ValidationError
from django.test import SimpleTestCase

from peaceproc.characters import HIDDEN_FORMATS, ZERO_WIDTH
from peaceproc.chronology.models import Participant, Source
from peaceproc.chronology.validators import without_unseen
from peaceproc.ingest.pipeline.text import readable
from peaceproc.lookalike import is_ignorable, seen, trimmed

HIDDEN = ["\u2800", "\ufff9", "\ufffa", "\ufffb", "\ufffc", "\U00013430", "\U00013439",
          "\U0001343f"]  # fmt: skip
DEFAULT_IGNORABLE = regex.compile(r"\p{Default_Ignorable_Code_Point}")
CONCATENATION_MARK = regex.compile(r"\p{Prepended_Concatenation_Mark}")


class InvisibleSetTests(SimpleTestCase):
    def test_every_format_character_but_the_signs_and_every_ignorable_is_invisible(self):
        for code in range(0x110000):
            char = chr(code)
            format_char = unicodedata.category(char) == "Cf"
            if DEFAULT_IGNORABLE.match(char) or (
                format_char and not CONCATENATION_MARK.match(char)
            ):
                with self.subTest(f"U+{code:04X}"):
                    self.assertTrue(is_ignorable(char))

    def test_the_hidden_list_is_what_the_unicode_property_leaves_out(self):
        # Characters.HIDDEN_FORMATS, for the rules written as `re` classes, holds every
        # invisible character that is not default-ignorable: nothing drifts apart.
        hidden = re.compile(f"[{HIDDEN_FORMATS}]")
        for code in range(0x110000):
            char = chr(code)
            if is_ignorable(char) and not DEFAULT_IGNORABLE.match(char):
                with self.subTest(f"U+{code:04X}"):
                    self.assertTrue(hidden.match(char))
        for char in HIDDEN:
            self.assertTrue(hidden.match(char) and re.match(f"[{ZERO_WIDTH}]", char))

    def test_signs_and_spaces_stay_visible(self):
        for char in "\u0600\u06dd\u070f\u00a0\u3000\u1680 a\u061c":
            with self.subTest(f"U+{ord(char):04X}"):
                self.assertEqual(is_ignorable(char), char == "\u061c")

    def test_each_is_read_past_by_the_look_alike_checks(self):
        for char in HIDDEN:
            with self.subTest(f"U+{ord(char):04X}"):
                self.assertEqual(seen(f"Serg{char}ey Lavrov"), "Sergey Lavrov")
                self.assertEqual(trimmed(f"{char} Lavrov {char}"), "Lavrov")


class InvisibleRefusedTests(SimpleTestCase):
    def test_each_is_refused_inside_a_name_and_a_title(self):
        for char in HIDDEN:
            for model, field in ((Participant, "name"), (Source, "publisher")):
                with self.subTest(f"U+{ord(char):04X} {field}"):
                    with self.assertRaises(ValidationError) as caught:
                        model._meta.get_field(field).clean(f"Serg{char}ey Lavrov", None)
                    self.assertEqual(caught.exception.error_list[0].code, "invisible_inside_word")


class IngestionReadsPastThemTests(SimpleTestCase):
    def test_a_name_or_place_written_with_one_reads_whole(self):
        for char in HIDDEN:
            with self.subTest(f"U+{ord(char):04X}"):
                text = f"Mohammad Java{char}d Zarif met Geir Peder{char}sen in Gene{char}va."
                self.assertEqual(
                    readable(text).text, "Mohammad Javad Zarif met Geir Pedersen in Geneva."
                )
                self.assertEqual(without_unseen(f"Pub{char}lisher"), "Publisher")


class PrivateUseTests(SimpleTestCase):
    """Outside tester t15a, 6: a private-use character (what an icon font draws) passed
    every rule, so 'Serg\\ue000ey Lavrov' was saved as a second Lavrov."""

    CHARS = ["\ue000", "\uf099", "\uf8ff", "\U000f0000", "\U0010fffd"]

    def test_each_is_refused_in_one_line_and_in_longer_text(self):
        from peaceproc.chronology.models import Event

        for char in self.CHARS:
            for model, field in ((Participant, "name"), (Source, "publisher"), (Event, "summary")):
                with self.subTest(f"U+{ord(char):04X} {field}"):
                    with self.assertRaises(ValidationError) as caught:
                        model._meta.get_field(field).clean(f"Serg{char}ey Lavrov", None)
                    error = caught.exception.error_list[0]
                    self.assertEqual(error.code, "private_use_character")
                    self.assertIn(f"U+{ord(char):04X}", error.message % error.params)

    def test_the_analysis_reads_past_them_as_a_page_s_icons(self):
        for char in self.CHARS:
            with self.subTest(f"U+{ord(char):04X}"):
                text = (
                    f"{char} Share. Mohammad Java{char}d Zarif met Geir Pedersen in Gene{char}va."
                )
                self.assertEqual(
                    readable(text).text, " Share. Mohammad Javad Zarif met Geir Pedersen in Geneva."
                )

    def test_a_headline_taken_from_an_article_is_cleaned_of_them(self):
        from peaceproc.ingest.reading import clean_line

        cleaned, removed = clean_line("\uf099 Talks in Geneva \ue001")
        self.assertEqual((cleaned, removed), ("Talks in Geneva", 2))


class UnassignedTests(SimpleTestCase):
    """Outside tester t15c, 2: code points Unicode assigns no character to (U+0378,
    U+0380, U+2FE0, U+D7FC, U+40000) passed, and 'Sergey Lav\\u0378rov' was saved as a
    second Lavrov; an article holding one was read apart from the name."""

    CHARS = ["\u0378", "\u0380", "\u2fe0", "\ud7fc", "\U00040000"]

    def test_each_is_refused_in_one_line_and_in_longer_text(self):
        from peaceproc.chronology.models import Event

        for char in self.CHARS:
            for model, field in ((Participant, "name"), (Source, "publisher"), (Event, "summary")):
                with self.subTest(f"U+{ord(char):04X} {field}"):
                    with self.assertRaises(ValidationError) as caught:
                        model._meta.get_field(field).clean(f"Sergey Lav{char}rov", None)
                    error = caught.exception.error_list[0]
                    self.assertEqual(error.code, "unassigned_character")
                    self.assertIn(f"U+{ord(char):04X}", error.message % error.params)
        # A non-character keeps its own message.
        with self.assertRaises(ValidationError) as caught:
            Participant._meta.get_field("name").clean("Lav\uffffrov", None)
        self.assertEqual(caught.exception.error_list[0].code, "noncharacter")

    def test_an_article_is_read_without_them_and_says_so(self):
        from peaceproc.ingest.reading import check_text

        for char in self.CHARS:
            with self.subTest(f"U+{ord(char):04X}"):
                text, notes = check_text("a.txt", f"Sergey Lav{char}rov met Zarif in Mos{char}cow.")
                self.assertEqual(text, "Sergey Lavrov met Zarif in Moscow.")
                self.assertEqual(
                    notes,
                    (
                        "2 characters Unicode assigns no character to (shown as empty boxes) "
                        "removed from a.txt.",
                    ),
                )
