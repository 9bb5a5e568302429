"""Named classes of characters a reader does not see, as regex class contents (for
`[...]`): each place that refuses, strips or reads past them composes its set from these,
so the sets cannot drift apart.
"""

import regex

# C0 controls (tab U+0009, line feed U+000A and carriage return U+000D among them).
C0_CONTROLS = "\x00-\x1f"
# C0 without NUL (refused on its own by Django's forms) and without tab, LF and CR.
C0_BUT_WHITESPACE = "\x01-\x08\x0b\x0c\x0e-\x1f"
# DEL and the C1 controls.
DEL_AND_C1 = "\x7f-\x9f"
# Line and paragraph separators.
LINE_SEPARATORS = "\u2028\u2029"
# Unicode's non-characters: U+FDD0-U+FDEF and the last two code points of every plane
# (U+FFFE, U+FFFF, U+1FFFE ... U+10FFFF). No text holds them, and an XML document (the
# Atom feed) that does is not well-formed (outside tester t11a, 6).
NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)
)
# Bidirectional embeddings and overrides (U+202A-U+202E) and isolates (U+2066-U+2069):
# they reorder the text that follows on screen.
BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
# The left-to-right, right-to-left and Arabic letter marks.
DIRECTION_MARKS = "\u200e\u200f\u061c"
# Characters drawn as nothing or as a blank that Unicode does not call default-ignorable:
# the braille blank (U+2800), the interlinear annotation marks and the object replacement
# character (U+FFF9-U+FFFC), the Egyptian hieroglyph format controls (U+13430-U+1343F).
# With the default-ignorables they are every format character (Cf) but those drawn as a
# sign (the prepended concatenation marks, U+0600-U+0605 ...): lookalike.INVISIBLE_RUN
# reads that class from Unicode's properties, and tests/test_characters.py checks this
# list against it (outside tester t14d, finding 6).
# Each written out, no range: ZERO_WIDTH is also read as a set of characters.
HIDDEN_FORMATS = "\u2800" + "".join(map(chr, [*range(0xFFF9, 0xFFFD), *range(0x13430, 0x13440)]))
# The zero-width space, the word joiner and the byte-order mark (a stray BOM mid-text),
# and the characters hidden as they are (HIDDEN_FORMATS).
ZERO_WIDTH = "\u200b\u2060\ufeff" + HIDDEN_FORMATS
# The zero-width non-joiner and joiner: part of Persian (and other) spelling.
JOINERS = "\u200c\u200d"
# The Arabic script's letters (its blocks and presentation forms): a script whose words
# are spelt with joiners; Latin and Cyrillic words hold none.
JOINING_SCRIPTS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
# The Arabic vowel and reading marks (harakat, U+064B-U+065F, and the superscript alef,
# U+0670) and the Quranic annotation marks (U+06D6-U+06ED): a word written with them or
# without reads the same.
ARABIC_MARKS = "\u064b-\u065f\u0670\u06d6-\u06ed"
# The tatweel (kashida): it stretches a joined letter, decoration only.
TATWEEL = "\u0640"
# Arabic honorific and Quranic signs written above or below a word (U+0610-U+061A).
ARABIC_SIGNS = "\u0610-\u061a"
# Hebrew vowel points and cantillation marks (niqqud): as the Arabic harakat, optional.
HEBREW_POINTS = "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
# The soft hyphen: a place a word may be broken at the end of a line, unseen elsewhere.
SOFT_HYPHEN = "\u00ad"
# Variation selectors (U+FE0F turns '1' into an emoji digit) and the combining enclosing
# keycap (U+20E3), which with them writes '1⃣' for a digit.
VARIATION_SELECTORS = "\ufe00-\ufe0f"
KEYCAP = "\u20e3"
# Tag characters (U+E0001, U+E0020-U+E007F): invisible, they spell a subdivision flag.
TAGS = "\U000e0001\U000e0020-\U000e007f"
# The private-use areas (the BMP's U+E000-U+F8FF and planes 15 and 16): a character there
# means something only in the font that draws it (a web page's icon font: a share button,
# a clock), so no other reader, search or look-alike check can read it (outside tester
# t15a, 6: 'Serg\ue000ey Lavrov' was saved beside Sergey Lavrov).
PRIVATE_USE = "\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd"

# The combining acute and grave accents. In composed (NFC) text, as every input is
# stored, they are left only on letters with no composed form: the stress marks of
# Russian ('аш-Шараа́', 'Пе́дерсен'), which a reader reads past like a vowel mark.
STRESS_MARKS = "\u0300\u0301"

# The combining marks of the Latin, Greek and Cyrillic scripts: the Combining Diacritical
# Marks blocks (U+0300-U+036F and their supplements and extension), the combining
# half marks, and Cyrillic's titlo and its kin (U+0483-U+0489, U+2DE0-U+2DFF,
# U+A66F-U+A67D, U+A69E-U+A69F). On a letter with no composed form with them ('Лавро́в')
# they stay in composed (NFC) text, where a search's word pattern reads them as a break.
COMBINING_DIACRITICS = (
    "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\u2de0-\u2dff"
    "\ufe20-\ufe2f\ua66f-\ua67d\ua69e\ua69f"
)
# The letters those marks sit on: Latin (with its Extended blocks and Latin Extended
# Additional), Greek and Cyrillic (with their Extended blocks).
EUROPEAN_LETTERS = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u0482\u048a-\u052f"
    "\u1c80-\u1c8f\u1e00-\u1fff\ua640-\ua66e\ua680-\ua69d"
)

# What a writer may add to a word's letters without changing the word: vowel marks and
# reading signs, stress marks, the tatweel, a soft hyphen (the analysis reads past them; a
# name found without them is looked for with them in the article).
IN_WORD_MARKS = f"{ARABIC_MARKS}{ARABIC_SIGNS}{HEBREW_POINTS}{STRESS_MARKS}{TATWEEL}{SOFT_HYPHEN}"
# And what no reader sees on a word either: variation selectors, keycaps, tags ('1⃣4'),
# and what only an icon font draws (a page's share-button glyphs).
UNREAD_MARKS = f"{IN_WORD_MARKS}{VARIATION_SELECTORS}{KEYCAP}{TAGS}{PRIVATE_USE}"


# Code points Unicode assigns no character to (category Cn; the non-characters above are
# among them) and lone surrogate halves (Cs, which no well-formed text holds). Drawn as an
# empty box, a name holding one showed as the name but was stored apart from it (outside
# tester t15c, 2: 'Sergey Lav\u0378rov' saved beside Sergey Lavrov). Read from the
# Unicode database the `regex` package ships, as lookalike.INVISIBLE is: not a class
# string, as the set changes with each Unicode version.
UNASSIGNED = regex.compile(r"[\p{Cn}\p{Cs}]")
