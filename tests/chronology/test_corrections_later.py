"""Issue 11 (data): `loadseeds --corrections` reaches a record added to the seeds after the
first release. The People's Assembly electoral decree came in after v1 with the date
27 August 2025; commit b58a384 corrected it to 20 August. A database seeded before that
correction (rebuilt here from today's seeds with the decree's rows as they were, at
75082da) is corrected, an editor's value kept, and a second run changes nothing, because
shipped/v2.json records what the seeds at 75082da shipped. Also `snapshotseeds`, which
writes such a snapshot."""

import json
import shutil
import tempfile
from datetime import date
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.core.management import CommandError, call_command
from django.test import SimpleTestCase, TestCase

from peaceproc.audit import services as audit
from peaceproc.audit.models import AuditEntry
from peaceproc.chronology.models import Event, FormerSlug
from peaceproc.chronology.seeding import shipped_releases

DECREE = "peoples-assembly-electoral-decree-2025-08-27"
# Its slug since its date was corrected (fix9u); the former one leads to it.
DECREE_NOW = "peoples-assembly-electoral-decree-2025-08-20"
# The decree's rows in the seeds at 75082da, before b58a384 corrected its date and source.
ROWS_AT_75082DA = {
    "chronology.csv": (
        "peoples-assembly-electoral-decree-2025-08-27,transition,Decree on the People's "
        "Assembly elections,,2025-08-27,2025-08-27,Damascus,announcement,Presidential decree "
        "setting 140 of the 210 seats to be filled through the electoral process and 70 by "
        "presidential appointment; the commission later set polling for 5 October,President "
        "Ahmed al-Sharaa,https://menafn.com/1110094165/Syria-Sets-October-5-for-Parliamentary-"
        "Elections,medium,,,,https://syriatoday.ca/%f0%9f%97%b3%ef%b8%8f-syria-holds-1st-"
        "elections-after-assads-fall-new-system-amid-controversy"
    ),
    "participations.csv": (
        "peoples-assembly-electoral-decree-2025-08-27,ahmed-al-sharaa,signatory,"
        "syrian-government,President,https://menafn.com/1110094165/Syria-Sets-October-5-for-"
        "Parliamentary-Elections,issued the decree"
    ),
}


def seeds_before_the_correction(directory: Path) -> Path:
    """Today's seeds copied into `directory`, the decree's rows as they were at 75082da."""
    seeds = directory / "seeds"
    shutil.copytree(settings.BASE_DIR / "seeds", seeds)
    for name, old_row in ROWS_AT_75082DA.items():
        path = seeds / name
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        rows = [i for i, line in enumerate(lines) if line.startswith(f"{DECREE_NOW},")]
        assert len(rows) == 1, f"{name}: the decree's row is not there once"
        lines[rows[0]] = old_row + "\n"
        path.write_text("".join(lines), encoding="utf-8")
    return seeds


def correct() -> str:
    out = StringIO()
    call_command("loadseeds", "--corrections", stdout=out)
    return out.getvalue()


class SeededBeforeTheCorrectionTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        with tempfile.TemporaryDirectory() as tmp:
            call_command("loadseeds", "--dir", str(seeds_before_the_correction(Path(tmp))),
                         verbosity=0)  # fmt: skip

    def decree(self) -> Event:
        """The decree under its former slug, or (once corrected) its new one."""
        return Event.objects.get(slug__in=[DECREE, DECREE_NOW])


class LaterRecordCorrectedTests(SeededBeforeTheCorrectionTestCase):
    def test_the_decree_moves_to_20_august_audited_and_a_second_run_changes_nothing(self):
        self.assertEqual(self.decree().start_date, date(2025, 8, 27))
        output = correct()
        self.assertNotIn("not shipped before", output)
        decree = self.decree()
        self.assertEqual(decree.start_date, date(2025, 8, 20))
        self.assertIn("No. 143 of 2025", decree.summary)
        # Renamed to its date, the former slug leading to it.
        self.assertEqual(decree.slug, DECREE_NOW)
        self.assertEqual(FormerSlug.objects.current_slug(Event, DECREE), DECREE_NOW)
        renamed, entry = audit.history(decree).filter(via="correction").order_by("pk")
        self.assertEqual((renamed.before["slug"], renamed.after["slug"]), (DECREE, DECREE_NOW))
        self.assertEqual(
            (entry.before["start_date"], entry.after["start_date"]), ("2025-08-27", "2025-08-20")
        )
        # Its new source is cited; the earlier one stays as a further source.
        urls = set(decree.citations.values_list("source__url", flat=True))
        self.assertIn("https://trt.global/norsk/article/d580c45842bf", urls)
        self.assertIn(
            "https://menafn.com/1110094165/Syria-Sets-October-5-for-Parliamentary-Elections", urls
        )
        entries = AuditEntry.objects.count()
        output = correct()
        self.assertIn("Nothing to do", output)
        self.assertNotIn("Kept", output)
        self.assertEqual(AuditEntry.objects.count(), entries)

    def test_a_database_made_by_no_release_is_refused_clearly(self):
        with self.assertRaisesMessage(CommandError, "holds records already"):
            call_command("snapshotseeds", "--release", "v9", stdout=StringIO())


class EditorsValueKeptTests(SeededBeforeTheCorrectionTestCase):
    def test_an_editors_summary_is_kept_and_listed_while_the_date_is_corrected(self):
        Event.objects.filter(slug=DECREE).update(summary="An editor's summary.")
        output = correct()
        decree = self.decree()
        self.assertEqual(decree.summary, "An editor's summary.")
        self.assertEqual(decree.start_date, date(2025, 8, 20))
        self.assertIn(f'event:{DECREE_NOW} summary: "An editor\'s summary."', output)
        self.assertIn("Kept", correct())  # still listed, still kept
        self.assertEqual(self.decree().summary, "An editor's summary.")


class SnapshotTests(TestCase):
    def snapshot(self) -> str:
        out = StringIO()
        call_command("snapshotseeds", "--release", "v3", "--commit", "abc1234", stdout=out)
        return out.getvalue()

    def test_the_same_seeds_give_the_same_bytes_and_the_database_is_left_empty(self):
        first = self.snapshot()
        self.assertFalse(Event.objects.exists())
        self.assertEqual(self.snapshot(), first)
        snapshot = json.loads(first)
        self.assertEqual(snapshot["release"], "v3")
        self.assertIn("commit abc1234", snapshot["note"])
        decree = snapshot["records"][f"event:{DECREE_NOW}"]
        self.assertEqual(decree["fields"]["start_date"], "2025-08-20")
        self.assertEqual(decree["participants"], ["ahmed-al-sharaa"])
        astana_4 = snapshot["records"]["round:astana-4"]
        self.assertEqual(astana_4["fields"]["track"], "astana")
        self.assertTrue(astana_4["participations"])
        self.assertTrue(astana_4["source_url"].startswith("http"))

    def test_a_release_name_that_no_correction_would_read_is_refused(self):
        with self.assertRaisesMessage(CommandError, "v2, v3"):
            call_command("snapshotseeds", "--release", "2.0", stdout=StringIO())


class ReleaseOrderTests(SimpleTestCase):
    def test_releases_are_read_oldest_first_by_number(self):
        with tempfile.TemporaryDirectory() as tmp:
            for name in ("v10.json", "v2.json", "v1.json", "notes.json", "v3.json.bak"):
                (Path(tmp) / name).write_text("{}", encoding="utf-8")
            self.assertEqual(
                [path.name for path in shipped_releases(Path(tmp))],
                ["v1.json", "v2.json", "v10.json"],
            )

    def test_the_shipped_releases_are_v1_and_v2_at_least(self):
        self.assertEqual([p.name for p in shipped_releases()][:2], ["v1.json", "v2.json"])
