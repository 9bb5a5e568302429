"""The seed article (PressTV, published Tuesday 2017-08-01) gives the events issue 4 lists."""

import importlib.util
import json
import unittest
from datetime import date
from pathlib import Path

from peaceproc.ingest.pipeline import find_candidates

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "articles" / "000_6309b0724f4afda5.txt"


def chronology_gazetteer():
    """The gazetteer bench/eval_ingest.py builds (seeds/reference.json, chronology.csv)."""
    spec = importlib.util.spec_from_file_location("eval_ingest", ROOT / "bench" / "eval_ingest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build_gazetteer()


class SeedArticleTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.gazetteer = chronology_gazetteer()
        cls.text = SEED.read_text(encoding="utf-8")
        cls.cands = find_candidates(
            cls.text, published=date(2017, 8, 1), language="en", gazetteer=cls.gazetteer
        )
        cls.json = [c.to_json() for c in cls.cands]

    def test_gazetteer_has_the_people_and_rounds(self):
        slugs = {p.slug for p in self.gazetteer.participants}
        self.assertLessEqual(
            {"hossein-jaberi-ansari", "mikhail-bogdanov", "alexander-lavrentiev"}, slugs
        )
        rounds = {r.slug for r in self.gazetteer.rounds}
        self.assertLessEqual({f"astana-{n}" for n in range(1, 23)}, rounds)

    def find(self, **want):
        hits = [c for c in self.json if all(c[k] == v for k, v in want.items())]
        self.assertTrue(hits, f"no candidate with {want}; got {json.dumps(self.json, indent=1)}")
        return hits[0]

    def test_moscow_meeting_of_jaberi_ansari_and_bogdanov(self):
        c = self.find(date="2017-08-01", precision="day", date_text="Tuesday")
        self.assertEqual(c["kind"], "meeting")
        self.assertEqual(c["place"], "Moscow")
        self.assertEqual(set(c["participants"]), {"hossein-jaberi-ansari", "mikhail-bogdanov"})

    def test_meeting_with_fomin_the_same_day(self):
        c = self.find(date="2017-08-01", precision="day", date_text="later in the day")
        self.assertEqual(c["kind"], "meeting")
        # Fomin is in seeds/reference.json, so a known participant, not a new name.
        self.assertEqual(c["participants"], ["hossein-jaberi-ansari", "alexander-fomin"])
        self.assertIn("Fomin", c["quote"])

    def test_ceasefire_late_in_2016_not_a_precise_day(self):
        c = self.find(kind="ceasefire")
        self.assertEqual((c["date"], c["precision"], c["end_date"]), ("2016-01-01", "year", None))
        self.assertEqual(c["date_text"], "late last year")

    def test_astana_process_since_january_2017(self):
        c = self.find(date="2017-01-01", precision="month")
        self.assertEqual(c["date_text"], "since January")
        self.assertEqual(c["track"], "astana")
        self.assertEqual(c["participants"], [])

    def test_fourth_round_in_may_2017_with_its_agreement(self):
        c = self.find(round_slug="astana-4")
        self.assertEqual((c["date"], c["precision"]), ("2017-05-01", "month"))
        self.assertEqual((c["track"], c["round"]), ("astana", 4))
        cand = next(x for x in self.cands if x.round_slug == "astana-4")
        self.assertIn("de-escalation zones", cand.agreement_cues)
        self.assertIn("signed", cand.agreement_cues)

    def test_no_candidate_from_now_or_year_a(self):
        for c in self.cands:
            for s, e in c.date_spans:
                self.assertNotIn(c.quote[s:e].lower(), ("now", "year, a", "year"))
        self.assertFalse(any("are now working" in c["quote"] for c in self.json))
        self.assertFalse(any("year, a mechanism" in c["date_text"] for c in self.json))

    def test_exactly_the_five_events(self):
        got = sorted((c["date"], c["precision"]) for c in self.json)
        self.assertEqual(
            got,
            [
                ("2016-01-01", "year"),
                ("2017-01-01", "month"),
                ("2017-05-01", "month"),
                ("2017-08-01", "day"),
                ("2017-08-01", "day"),
            ],
        )

    def test_json_shape(self):
        keys = {
            "date",
            "precision",
            "end_date",
            "date_text",
            "kind",
            "track",
            "round",
            "round_slug",
            "participants",
            "new_names",
            "place",
            "date_reason",
            "quote",
            "confidence",
            "planned",
            "attendees",
        }
        for c in self.json:
            self.assertEqual(set(c), keys)
            self.assertTrue(0 <= c["confidence"] <= 1)
            json.dumps(c)

    def test_quotes_and_highlights_point_into_the_text(self):
        for c in self.cands:
            self.assertEqual(self.text[c.quote_start : c.quote_end], c.quote)
            for s, e in c.date_spans:
                self.assertTrue(0 <= s < e <= len(c.quote))
            self.assertIn(c.date_text, [c.quote[s:e] for s, e in c.date_spans])


if __name__ == "__main__":
    unittest.main()
