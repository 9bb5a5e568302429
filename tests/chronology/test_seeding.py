import csv
from datetime import date
from io import StringIO

from django.conf import settings
from django.core.management import call_command
from django.db.models import Q
from django.test import TestCase

from peaceproc.chronology.models import (
    Agreement,
    Citation,
    Conflict,
    EnvoyTenure,
    Event,
    Participant,
    ParticipantAlias,
    Participation,
    Round,
    Source,
    Track,
)
from peaceproc.chronology.seeding import (
    AGREEMENT_KINDS,
    EVENT_KINDS,
    ROUND_KINDS,
    TENURE_KINDS,
    load_seeds,
    parse_csv_date,
)

SEEDS = settings.BASE_DIR / "seeds"
MODELS = [
    Track, Round, Participant, ParticipantAlias, Participation, Agreement, Event,
    EnvoyTenure, Source, Citation, Conflict,
]  # fmt: skip
TRACKS = {
    "astana": "astana",
    "geneva": "geneva",
    "constitutional_committee": "constitutional-committee",
    "related": "related",
    "un_envoy": "un-envoys",
    "transition": "transition",
}


def seed_rows(name: str) -> list[dict]:
    with (SEEDS / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def chronology_rows() -> list[dict]:
    return seed_rows("chronology.csv")


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in MODELS}


class LoadedSeedsCommandTests(TestCase):
    """After a first `loadseeds`, run once for the class (each test's writes are rolled
    back to it)."""

    @classmethod
    def setUpTestData(cls):
        first = StringIO()
        call_command("loadseeds", stdout=first)
        cls.first_output = first.getvalue()
        cls.after_first = counts()

    def test_second_run_changes_nothing_and_says_so(self):
        self.assertIn("Created:", self.first_output)
        self.assertIn("42 rounds", self.first_output)

        second = StringIO()
        call_command("loadseeds", stdout=second)
        self.assertEqual(counts(), self.after_first)
        self.assertIn("Nothing to do", second.getvalue())
        self.assertNotIn("Created:", second.getvalue())

    def test_an_editors_change_survives_a_reload_but_not_update(self):
        Round.objects.filter(slug="astana-4").update(city="Edited by an editor")
        call_command("loadseeds", stdout=StringIO())
        self.assertEqual(Round.objects.get(slug="astana-4").city, "Edited by an editor")

        out = StringIO()
        call_command("loadseeds", "--update", stdout=out)
        self.assertEqual(Round.objects.get(slug="astana-4").city, "Astana")
        self.assertIn("Updated: 1 rounds", out.getvalue())


class LoadSeedsCommandTests(TestCase):
    def test_verbosity_0_is_silent_1_counts_2_lists_each_record(self):
        silent = StringIO()
        call_command("loadseeds", verbosity=0, stdout=silent)
        self.assertEqual(silent.getvalue(), "")
        self.assertEqual(Round.objects.count(), 42)

        Round.objects.filter(slug="astana-4").update(city="Edited by an editor")
        detailed = StringIO()
        call_command("loadseeds", "--update", verbosity=2, stdout=detailed)
        lines = detailed.getvalue().splitlines()
        self.assertIn("updated round:astana-4", lines)
        self.assertIn("present round:astana-5", lines)
        self.assertIn("Updated: 1 rounds.", lines)
        self.assertEqual(lines[-1], "Updated: 1 rounds.")

        summary = StringIO()
        call_command("loadseeds", verbosity=1, stdout=summary)
        self.assertEqual(summary.getvalue().splitlines()[0][:15], "Nothing to do: ")
        self.assertEqual(len(summary.getvalue().splitlines()), 1)

    def test_a_broken_seed_file_loads_nothing(self):
        import shutil
        import tempfile
        from pathlib import Path

        from django.core.management.base import CommandError

        with tempfile.TemporaryDirectory() as tmp:
            broken = Path(tmp)
            shutil.copytree(SEEDS, broken, dirs_exist_ok=True)
            rows = chronology_rows()
            # The last row gets an impossible date: the rows before it must not stay.
            rows[-1]["start_date"] = "2017-02-30"
            with (broken / "chronology.csv").open("w", encoding="utf-8", newline="") as handle:
                writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
                writer.writeheader()
                writer.writerows(rows)
            with self.assertRaisesMessage(CommandError, "is not a date"):
                call_command("loadseeds", "--dir", str(broken), stdout=StringIO())
        self.assertEqual(sum(counts().values()), 0)


class ArticleAndChronologyTests(TestCase):
    def test_an_article_may_curate_a_chronology_row(self):
        """One record: the chronology row's values, the article's quote and signatories."""
        import shutil
        import tempfile
        from pathlib import Path

        curated = "astana-memorandum-de-escalation-areas-2017"
        with tempfile.TemporaryDirectory() as tmp:
            seeds = Path(tmp)
            shutil.copytree(SEEDS, seeds, dirs_exist_ok=True)
            for name in ("chronology.csv", "participations.csv", "conflicts.csv"):
                path = seeds / name
                text = path.read_text(encoding="utf-8")
                path.write_text(
                    text.replace("astana-memorandum-on-de-escalation-areas,", f"{curated},")
                    .replace("astana-memorandum-on-de-escalation-areas\n", f"{curated}\n")
                    .replace("astana-memorandum-on-de-escalation-areas;", f"{curated};"),
                    encoding="utf-8",
                )
            row = next(r for r in seed_rows("chronology.csv") if r["kind"] == "agreement")
            row_slugs = {r["slug"] for r in csv.DictReader((seeds / "chronology.csv").open())}
            if curated not in row_slugs:  # the data has no such row: make one
                with (seeds / "chronology.csv").open("a", encoding="utf-8", newline="") as handle:
                    extra = {**row, "slug": curated, "label": "The memorandum, as a row"}
                    csv.DictWriter(handle, fieldnames=list(row)).writerow(extra)
            load_seeds(seeds)
        memorandum = Agreement.objects.get(slug=curated)
        self.assertEqual(
            Agreement.objects.filter(date=memorandum.date, kind=memorandum.kind).count(), 1
        )
        self.assertNotEqual(memorandum.title, "")
        self.assertTrue(memorandum.citations.exclude(quote="").exists())  # the article's quote
        self.assertLessEqual({"russia", "iran", "turkey"}, {p.slug for p in memorandum.signatories})


class SeededRecordTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_seeds(SEEDS)

    def test_every_chronology_row_is_in_the_database(self):
        rows = chronology_rows()
        self.assertGreaterEqual(len(rows), 68)
        for row in rows:
            with self.subTest(row["slug"]):
                start, precision = parse_csv_date(row["start_date"], where=row["slug"])
                end, end_precision = parse_csv_date(row["end_date"], where=row["slug"])
                next_date, next_precision = parse_csv_date(row["next_date"], where=row["slug"])
                track = TRACKS[row["track"]]
                city = (
                    row["city"].removeprefix("(").removesuffix(")")
                    if row["city"].startswith("(")
                    else row["city"]
                )
                kind = row["kind"]
                if kind in ROUND_KINDS:
                    record = Round.objects.get(slug=row["slug"])
                    self.assertEqual(record.start_date, start)
                    self.assertEqual(record.end_date, end or start)
                    self.assertEqual(record.city.lower(), city.lower())
                    self.assertEqual(record.title, row["label"])
                    if row["round_number"]:
                        self.assertEqual(record.number, int(row["round_number"]))
                elif kind in TENURE_KINDS:
                    record = EnvoyTenure.objects.get(slug=row["slug"])
                    self.assertEqual(record.start_date, start)
                    self.assertEqual(record.end_date, end)
                    self.assertEqual(record.end_precision, end_precision)
                elif kind in AGREEMENT_KINDS:
                    record = Agreement.objects.get(slug=row["slug"])
                    self.assertEqual(record.date, start)
                    self.assertEqual(record.place.lower(), city.lower())
                else:
                    self.assertIn(kind, EVENT_KINDS)
                    record = Event.objects.get(slug=row["slug"])
                    self.assertEqual(record.start_date, start)
                    self.assertEqual(record.precision, precision)
                    self.assertEqual(record.place.lower(), city.lower())
                if kind in ROUND_KINDS or kind in EVENT_KINDS:
                    self.assertEqual(record.outcome_kind, row["outcome_kind"] or "unknown")
                    self.assertEqual(record.next_date, next_date)
                    if next_date:
                        self.assertEqual(record.next_precision, next_precision)
                for slug in filter(None, (s.strip() for s in row["agreements"].split(";"))):
                    agreement = Agreement.objects.get(slug=slug)
                    if kind in ROUND_KINDS:
                        self.assertEqual(agreement.round, record)
                    else:
                        self.assertEqual(record.agreement, agreement)
                self.assertEqual(record.track.slug, track)
                self.assertEqual(record.confidence, row["confidence"])
                urls = [row["source_url"], *filter(None, row["extra_sources"].split(";"))]
                for url in (u.strip() for u in urls):
                    self.assertTrue(
                        record.citations.filter(source__url=url).exists(),
                        f"{row['slug']} is not cited to {url}",
                    )

    def test_every_participation_row_is_in_the_database(self):
        for line, row in enumerate(seed_rows("participations.csv"), start=2):
            with self.subTest(line=line, record=row["record"], participant=row["participant"]):
                role = "head" if row["role"] == "head_of_delegation" else row["role"]
                if row["record"].startswith("envoy-"):
                    tenure = EnvoyTenure.objects.get(slug=row["record"])
                    self.assertEqual(tenure.envoy.slug, row["participant"])
                    continue
                participation = Participation.objects.get(
                    Q(round__slug=row["record"])
                    | Q(event__slug=row["record"])
                    | Q(agreement__slug=row["record"]),
                    participant__slug=row["participant"],
                    role=role,
                )
                self.assertEqual(
                    participation.on_behalf_of.slug if participation.on_behalf_of else "",
                    row["on_behalf_of"],
                )
                self.assertEqual(participation.title, row["title"])
                self.assertEqual(participation.source.url, row["source_url"])

    def test_every_conflict_row_is_in_the_database(self):
        rows = seed_rows("conflicts.csv")
        self.assertEqual(Conflict.objects.count(), len(rows))
        for row in rows:
            with self.subTest(record=row["record"], field=row["field"]):
                conflict = Conflict.objects.get(
                    field=row["field"], value_a=row["value_a"], value_b=row["value_b"]
                )
                self.assertEqual(conflict.record.slug, row["record"])
                self.assertEqual(conflict.source_a.url, row["source_a"])
                self.assertEqual(conflict.source_b.url, row["source_b"])
                self.assertEqual(conflict.choice, row["choice"])
                self.assertEqual(conflict.reason, row["reason"])

    def test_all_22_astana_rounds_and_geneva_iv_to_viii(self):
        astana = Round.objects.filter(track__slug="astana").exclude(number=None)
        self.assertEqual(sorted(astana.values_list("number", flat=True)), list(range(1, 23)))
        for number in range(4, 9):
            self.assertTrue(Round.objects.filter(slug=f"geneva-{number}", number=number).exists())

    def test_every_loaded_record_has_a_citation(self):
        for model in (Round, Event, Agreement, EnvoyTenure):
            uncited = model.objects.filter(citations=None)
            self.assertFalse(uncited.exists(), f"{model.__name__} without citation: {uncited}")

    def test_people_come_only_from_participations_csv(self):
        # delegation_heads is a summary for people; a name only there is not a participant.
        row = next(r for r in chronology_rows() if r["slug"] == "astana-4")
        self.assertIn("Lavrentiev", row["delegation_heads"])
        listed = {
            (r["participant"], r["role"])
            for r in seed_rows("participations.csv")
            if r["record"] == "astana-4"
        }
        stored = {
            ("head_of_delegation" if p.role == "head" else p.role, p.participant.slug)[::-1]
            for p in Participation.objects.filter(round__slug="astana-4").select_related(
                "participant"
            )
        }
        self.assertLessEqual(listed, stored)
        standing = {(p, r) for p, r in stored - listed}
        self.assertTrue(all(r in ("guarantor", "observer", "government", "opposition")
                            for _, r in standing), standing)  # fmt: skip

    def test_observers_follow_the_astana_format(self):
        def observers(slug):
            return set(
                Participation.objects.filter(
                    round__slug=slug, role=Participation.Role.OBSERVER
                ).values_list("participant__slug", flat=True)
            )

        self.assertIn("united-states", observers("astana-8"))
        self.assertNotIn("united-states", observers("astana-9"))
        self.assertNotIn("iraq", observers("astana-12"))
        self.assertTrue({"iraq", "lebanon"} <= observers("astana-13"))
        self.assertFalse(
            Participation.objects.filter(
                round__slug="astana-3", participant__slug="syrian-opposition"
            ).exists()
        )

    def test_the_seed_article_is_a_source_with_its_full_text(self):
        source = Source.objects.get(published_on=date(2017, 8, 1))
        # PressTV's report, republished on news.az (the URL): the citation names both.
        self.assertEqual(source.publisher, "PressTV (via news.az)")
        self.assertTrue(source.url.startswith("https://news.az/"))
        self.assertIn("Jaberi Ansari is to meet with Deputy Russian Defense Minister", source.text)
        self.assertEqual(len(source.content_hash), 64)

    def test_the_seed_articles_events_are_curated_with_quotes(self):
        source = Source.objects.get(published_on=date(2017, 8, 1))
        moscow = Event.objects.get(slug="moscow-consultations-2017-08-01")
        self.assertEqual((moscow.start_date, moscow.precision), (date(2017, 8, 1), "day"))
        self.assertEqual(
            set(moscow.participants.values_list("slug", flat=True))
            & {"hossein-jaberi-ansari", "mikhail-bogdanov"},
            {"hossein-jaberi-ansari", "mikhail-bogdanov"},
        )
        fomin = Event.objects.get(slug="jaberi-ansari-fomin-meeting-2017-08-01")
        self.assertEqual(fomin.start_date, date(2017, 8, 1))
        self.assertIn("alexander-fomin", fomin.participants.values_list("slug", flat=True))

        ceasefire = Event.objects.get(slug="all-syria-ceasefire-late-2016")
        self.assertIn(ceasefire.precision, ("year", "month"))
        self.assertEqual(ceasefire.start_date.year, 2016)

        endorsement = Event.objects.get(slug="un-endorses-all-syria-ceasefire")
        self.assertEqual(endorsement.agreement.slug, "un-security-council-resolution-2336")

        astana_start = Event.objects.get(slug="astana-process-begins-2017-01")
        self.assertEqual(
            (astana_start.start_date, astana_start.precision), (date(2017, 1, 1), "month")
        )

        memorandum = Agreement.objects.get(slug="astana-memorandum-de-escalation-areas-2017")
        self.assertEqual(memorandum.round.slug, "astana-4")
        self.assertLessEqual({"russia", "iran", "turkey"}, {p.slug for p in memorandum.signatories})
        astana4 = Round.objects.get(slug="astana-4")
        for record in (moscow, fomin, ceasefire, endorsement, astana_start, memorandum, astana4):
            with self.subTest(str(record)):
                citation = record.citations.get(source=source)
                self.assertTrue(citation.quote)
                for sentence in citation.quote.splitlines():
                    self.assertIn(" ".join(sentence.split()), " ".join(source.text.split()))
