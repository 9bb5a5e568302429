"""The old development set still scores at least 0.95 (the full table: bench/eval_ingest.py,
`make eval-ingest`, which also scores the real-article corpus)."""

import importlib.util
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class DevsetTests(unittest.TestCase):
    def test_devset_scores(self):
        spec = importlib.util.spec_from_file_location(
            "eval_ingest", ROOT / "bench" / "eval_ingest.py"
        )
        bench = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(bench)
        items = bench.load_devset()
        self.assertGreaterEqual(len(items), 25)
        langs = [it["language"] for it in items]
        for lang in ("en", "ru", "ar", "fr", "fa", "tr"):
            self.assertGreaterEqual(langs.count(lang), 3, lang)
        figures = bench.figures(bench.score(items, bench.build_gazetteer())["all"])
        self.assertGreaterEqual(figures["dates"][2], 0.95)
        self.assertGreaterEqual(figures["rounds"][2], 0.95)
        self.assertGreaterEqual(figures["people_recall"], 0.9)
        self.assertEqual(figures["language"], 1.0)


if __name__ == "__main__":
    unittest.main()
