"""Issue 9 (rules9z, re-tester t9r): the admin's paste refuses lines of datelines in a
script or calendar other than the language the text is taken for, with the refusal's
message, and stores nothing (SQLite and PostgreSQL)."""

from .test_admin import Counts, IngestTestCase

LEAD = "Talks in Astana\n\nThe delegations met in Astana on 4 May 2017.\n\n"


class DenseDatelinesPasteTests(IngestTestCase):
    def test_lines_of_datelines_are_refused_whatever_the_language(self):
        for language, line in (
            ("", "تهران، ۲۱ مرداد ۱۴۰۴\n"),  # taken for Arabic: no letter only Persian has
            ("fa", "دمشق، 21 آب 2025\n"),
            ("", "دمشق، ٢١ تشرين الأول ٢٠٢٥\n"),
        ):
            with self.subTest(line=line):
                before = Counts()
                response = self.paste(LEAD + line * 3000, language=language)
                self.assertRefused(response, "a list or a table of dates", before)
