"""A record value with no letter (an event place '-', a round city '?', an alias '...')
names nothing the pipeline could match: it is left out of the gazetteer, and no stored
record makes an ingestion fail (outside tester t9a, finding 1: every later ingestion
answered 500 and the `ingest` command died with an IndexError)."""

import io
import json
import tempfile
import unittest
from datetime import date
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.test import TestCase

from peaceproc.chronology.models import (
    Event,
    Participant,
    ParticipantAlias,
    Round,
    Track,
)
from peaceproc.ingest.gazetteer import build_gazetteer
from peaceproc.ingest.models import PendingArticle
from peaceproc.ingest.pipeline import Gazetteer, GazetteerParticipant, find_candidates
from peaceproc.ingest.pipeline.entities import Matcher

SEED_ARTICLE = settings.BASE_DIR / "seeds" / "articles" / "000_6309b0724f4afda5.txt"

# Every shape of a value without a letter: punctuation, dashes, symbols, an emoji, a lone
# combining mark, invisible and blank characters, digits in two scripts, an article alone.
LETTERLESS = (
    "-",
    "—",
    "!!!",
    "?",
    "...",
    "(-)",
    "€ $ %",
    "😀",
    "🇸🇾",
    "\u0301",
    "\u0651",
    "\u200b",
    "\u00ad",
    "   ",
    "2019",
    "٣٤",
    "al-",
    "-al-",
)


class LetterlessMatcherTests(unittest.TestCase):
    def test_every_shape_builds_and_matches_nothing(self):
        for shape in LETTERLESS:
            with self.subTest(shape=shape):
                matcher = Matcher([("x", shape), ("lavrentiev", "Lavrentiev")], surnames=True)
                self.assertTrue(all(e[1] != "x" for lst in matcher.index.values() for e in lst))

    def test_a_name_with_letters_among_them_still_matches(self):
        text = "Alexander Lavrentiev met Staffan de Mistura in Astana on 4 May 2017."
        gazetteer = Gazetteer(
            participants=(
                *(GazetteerParticipant(f"p{i}", (s,)) for i, s in enumerate(LETTERLESS)),
                GazetteerParticipant("alexander-lavrentiev", ("Alexander Lavrentiev", "-")),
            ),
            rounds=(),
            places=LETTERLESS,
        )
        found = find_candidates(
            text, published=date(2017, 5, 5), language="en", gazetteer=gazetteer
        )
        people = {p for c in found for p in c.participants}
        self.assertEqual(people, {"alexander-lavrentiev"})
        self.assertEqual({c.place for c in found}, {"Astana"})


class LetterlessRecordsTests(TestCase):
    """Records holding every shape, read from the database as the admin and the command do."""

    @classmethod
    def setUpTestData(cls):
        track = Track.objects.create(slug="astana", name="Astana", colour="#1f6fb2")
        for i, shape in enumerate(LETTERLESS):
            person = Participant.objects.create(slug=f"p{i}", name=shape, kind="person")
            ParticipantAlias.objects.create(participant=person, name=shape)
            Round.objects.create(
                track=track,
                number=i + 1,
                slug=f"astana-{i + 1}",
                title=f"Astana {i + 1}",
                start_date=date(2017, 1, 1 + i),
                end_date=date(2017, 1, 1 + i),
                city=shape,
            )
            Event.objects.create(
                slug=f"e{i}",
                title=f"Event {i}",
                kind="meeting",
                start_date=date(2017, 2, 1),
                place=shape,
            )

    def test_the_gazetteer_holds_them_and_the_pipeline_reads_past_them(self):
        gazetteer = build_gazetteer()
        self.assertGreaterEqual(len(gazetteer.places), len(set(LETTERLESS)) - 1)
        text = SEED_ARTICLE.read_text(encoding="utf-8")
        found = find_candidates(
            text, published=date(2017, 8, 1), language="en", gazetteer=gazetteer
        )
        self.assertTrue(found)
        self.assertFalse({p for c in found for p in c.participants})

    def test_the_ingest_command_stores_the_article(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "article.txt"
            path.write_text(SEED_ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
            out, err = io.StringIO(), io.StringIO()
            call_command(
                "ingest", str(path), "--published", "2017-08-01", "--json", stdout=out, stderr=err
            )
        [document] = json.loads(out.getvalue())
        self.assertTrue(document["candidates"])
        self.assertTrue(document["queued_for_review"])  # it may repeat the records' events
        self.assertTrue(PendingArticle.objects.exists())
