"""Text folded to what a reader sees (peaceproc/lookalike.py; outside tester t11d, 3)."""

from django.test import SimpleTestCase

from peaceproc.lookalike import is_ignorable, numerals_drawn, roman_read, seen


def math_bold(text: str) -> str:
    """`text`'s ASCII letters in mathematical bold ('Geneva' is '𝐆𝐞𝐧𝐞𝐯𝐚')."""
    return "".join(
        chr(0x1D400 + ord(c) - ord("A")) if "A" <= c <= "Z"
        else chr(0x1D41A + ord(c) - ord("a")) if "a" <= c <= "z"
        else c
        for c in text
    )  # fmt: skip


class SeenTests(SimpleTestCase):
    def test_what_looks_like_geneva_is_geneva(self):
        looks_alike = {
            "a combining accent": ("Gene\u0300ve", "Genève"),
            "a Cyrillic е": ("G\u0435neva", "Geneva"),
            "a Greek nu": ("Gene\u03bda", "Geneva"),
            "mathematical bold": (math_bold("Geneva"), "Geneva"),
            "written out": (
                "\U0001d406\U0001d41e\U0001d427\U0001d41e\U0001d42f\U0001d41a",
                "Geneva",
            ),
            "full-width letters": ("\uff27\uff45\uff4e\uff45\uff56\uff41", "Geneva"),
            "Hangul fillers around": ("\u3164Geneva\uffa0", "Geneva"),
            "a Hangul filler inside": ("Gen\u3164eva", "Geneva"),
            "a combining grapheme joiner": ("Gen\u034feva", "Geneva"),
            "a zero-width space": ("Gen\u200beva", "Geneva"),
            "a word joiner and a soft hyphen": ("Ge\u2060ne\u00adva", "Geneva"),
            "a Roman numeral character": ("Geneva \u2161", "Geneva II"),
            "a small Roman numeral character": ("Geneva \u2171", "Geneva II"),
        }
        for why, (typed, shown) in looks_alike.items():
            with self.subTest(why):
                self.assertEqual(seen(typed), shown)

    def test_a_word_of_mixed_scripts_is_read_in_its_main_script(self):
        self.assertEqual(seen("L\u0430vrov"), "Lavrov")  # a Cyrillic а among Latin letters
        self.assertEqual(seen("\u041bav\u0440ov"), "\u041bavpov")  # Latin most: Л stays
        self.assertEqual(seen("\u041ba\u0432\u0440\u043e\u0432"), "Лавров")  # a Latin a

    # Outside tester t12b, F6: read by Unicode's confusables data, not a list of letters.
    def test_letters_of_other_alphabets_and_phonetic_letters_are_read_as_latin(self):
        looks_alike = {
            "a small capital R": "Lav\u0280ov",
            "a Cherokee S": "\u13daergey",
            "a Cyrillic ghe for r": "Lav\u0433ov",
            "a Latin alpha": "L\u0251vrov",
            "an Armenian o": "Lavr\u0585v",
            "a small capital V": "Lavro\u1d20",
            "a Cyrillic o and izhitsa": "Lavr\u043e\u0475",
            "a Cyrillic capital palochka": "\u04c0dlib",
        }
        for why, typed in looks_alike.items():
            with self.subTest(why):
                self.assertIn(seen(typed), {"Lavrov", "Sergey", "Idlib"})
                self.assertTrue(seen(typed).isascii())

    def test_a_word_mostly_of_another_script_is_read_in_it(self):
        self.assertEqual(seen("\u0391\u0398\u0397\u039dA"), "\u0391\u0398\u0397\u039d\u0391")
        self.assertEqual(
            seen("\u041b\u0430\u0432r\u043e\u0432"), "\u041b\u0430\u0432\u0433\u043e\u0432"
        )

    def test_a_word_of_one_script_is_left_as_it_is(self):
        for word in ["Сергей Лавров", "ΑΘΗΝΑ", "Çavuşoğlu", "Астана ٤", "میشود", "Kalın",
                     "Əliyev", "Հայաստան", "ᏣᎳᎩ"]:  # fmt: skip
            with self.subTest(word):
                self.assertEqual(seen(word), word)

    def test_default_ignorable_is_the_unicode_property(self):
        ignorable = "\u00ad\u034f\u115f\u1160\u180e\u200b\u200c\u2060\u3164\ufe0f\uffa0"
        for char in ignorable + "\U000e0020":
            with self.subTest(f"U+{ord(char):04X}"):
                self.assertTrue(is_ignorable(char))
        for char in " a\u0301\u00a0\u0627":
            with self.subTest(f"U+{ord(char):04X}"):
                self.assertFalse(is_ignorable(char))


class RomanReadTests(SimpleTestCase):
    def test_a_roman_numeral_in_capitals_is_its_number(self):
        cases = {"Geneva II": "Geneva 2", "Geneva IV talks": "Geneva 4 talks",
                 "Astana XXII": "Astana 22", "Geneva I": "Geneva 1", "Year MCMXC": "Year 1990",
                 "Geneva XL": "Geneva 40"}  # fmt: skip
        for text, read in cases.items():
            with self.subTest(text):
                self.assertEqual(roman_read(text), read)

    def test_a_numeral_after_a_name_is_read_in_any_case(self):
        cases = {"geneva i talks": "geneva 1 talks", "Brussels ix": "Brussels 9",
                 "Plan d": "Plan 500", "PLAN D": "PLAN 500", "Phase Iv": "Phase 4"}  # fmt: skip
        for text, read in cases.items():
            with self.subTest(text):
                self.assertEqual(roman_read(text), read)

    def test_words_that_are_no_numeral_are_left(self):
        for text in ["Xi meets Putin", "CIVIL society", "IIII", "VX agent", "mix", "Vienna",
                     "MIX ACCORD", "Vi accord", "MCMXC"]:  # fmt: skip
            with self.subTest(text):
                self.assertEqual(roman_read(text), text)


class NumeralsDrawnTests(SimpleTestCase):
    # Outside tester t12c, 2: 'Geneva lV', a lower-case L for the capital I.
    def test_a_lower_case_l_among_roman_capitals_is_the_i_it_is_drawn_as(self):
        for typed, read in (("Geneva lV", "Geneva IV"), ("Vll", "VII"), ("Xl 2", "XI 2")):
            self.assertEqual(numerals_drawn(typed), read)

    def test_words_that_are_no_numeral_so_read_are_left(self):
        for text in ("ll", "l", "Vlad", "lVl", "Geneva IV", "lllV"):
            self.assertEqual(numerals_drawn(text), text)
