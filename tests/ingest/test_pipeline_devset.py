"""The development set still meets issue 4's targets (the full table: bench/eval_ingest.py)."""

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
        res = bench.run(baseline=False)
        self.assertGreaterEqual(res["dates"][2], 0.9)
        self.assertGreaterEqual(res["rounds"][2], 0.9)
        self.assertGreaterEqual(res["participants"][2], 0.8)
        self.assertEqual(res["language_detection"], 1.0)


if __name__ == "__main__":
    unittest.main()
