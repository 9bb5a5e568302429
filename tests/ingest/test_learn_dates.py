"""bench/learn_dates.py, the measured learned decision: its features on sentences of our
own, the weights loader and the dot product, and that training is deterministic."""

import json
import sys
import tempfile
from datetime import date
from importlib.util import find_spec
from pathlib import Path
from unittest import skipUnless

from django.test import SimpleTestCase

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import learn_dates as L  # noqa: E402

GAZ = L.ev.build_gazetteer()
PUBLISHED = date(2017, 5, 5)
ARTICLE = (
    "Astana talks open\n\n"
    "The fourth round of the Astana talks opened on Thursday in the Kazakh capital.\n\n"
    "Heavy clashes erupted in Idlib on Monday, monitors reported.\n\n"
    "The envoy said on Tuesday that the Geneva talks would resume in July.\n\n"
    "The United Nations was founded in 1945."
)


def keys(text: str, lang: str = "en") -> tuple[set, dict]:
    return L.article_keys(text, published=PUBLISHED, lang=lang, gazetteer=GAZ)


class FeatureTests(SimpleTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.rules, cls.feats = keys(ARTICLE)

    def test_every_dated_mention_is_read_kept_or_dropped(self):
        self.assertEqual(
            set(self.feats),
            {
                (date(2017, 5, 4), "day"),  # the round, on Thursday
                (date(2017, 5, 1), "day"),  # fighting on Monday
                (date(2017, 5, 2), "day"),  # said on Tuesday: announces July's talks (U2)
                (date(2017, 7, 1), "month"),  # the talks to resume in July
                (date(1945, 1, 1), "year"),  # history
            },
        )
        self.assertEqual(
            self.rules,
            {(date(2017, 5, 4), "day"), (date(2017, 5, 2), "day"), (date(2017, 7, 1), "month")},
        )
        for key, x in self.feats.items():
            self.assertEqual(x["rules"], float(key in self.rules), key)

    def test_the_round_has_its_cues_and_its_candidate(self):
        x = self.feats[(date(2017, 5, 4), "day")]
        for name in ("basis=weekday", "tense=past", "round_number", "track=astana", "en:place"):
            self.assertIn(name, x)
        self.assertEqual(x["cand:round"], 1.0)
        self.assertEqual(x["position=lead"], 1.0)

    def test_each_drop_carries_the_cue_behind_it(self):
        self.assertIn("cue:conflict", self.feats[(date(2017, 5, 1), "day")])
        self.assertIn("cue:said_on", self.feats[(date(2017, 5, 2), "day")])
        history = self.feats[(date(1945, 1, 1), "year")]
        self.assertIn("cue:history", history)
        self.assertIn("cue:no_event", history)
        self.assertNotIn("cue:said_on", self.feats[(date(2017, 5, 4), "day")])
        self.assertNotIn("cand:round", history)

    def test_distance_and_tense_from_the_publication_date(self):
        july = self.feats[(date(2017, 7, 1), "month")]
        self.assertIn("when=future", july)
        self.assertIn("tense=future", july)
        self.assertIn("days=<=92", july)
        self.assertIn("when=past", self.feats[(date(2017, 5, 2), "day")])

    def test_words_are_hashed_per_language(self):
        en = {k for k in keys("Astana talks opened on Thursday.")[1][(date(2017, 5, 4), "day")]}
        fr = keys("Les pourparlers d'Astana se sont ouverts jeudi.", "fr")[1]
        fr = set(fr[(date(2017, 5, 4), "day")])
        word = f"w{L.zlib.crc32(b'en:astana') % L.HASH_BUCKETS}"
        self.assertIn(word, en)
        self.assertIn(f"w{L.zlib.crc32(b'fr:astana') % L.HASH_BUCKETS}", fr)
        self.assertIn("fr:basis=weekday", fr)
        self.assertIn("bias_lang=fr", fr)

    def test_without_rules_leaves_out_the_rules_decision_and_candidates(self):
        x = L.without_rules(self.feats[(date(2017, 5, 4), "day")])
        self.assertFalse([k for k in x if k in ("rules", "en:rules") or k.startswith("cand:")])
        self.assertIn("round_number", x)


class WeightsTests(SimpleTestCase):
    weights = {
        "intercept": -1.0,
        "weights": {"a": 2.0, "b": -0.5},
        "thresholds": {"drop": 0.2, "add": 0.8},
    }

    def write(self, data) -> Path:
        tmp = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)  # noqa: SIM115
        self.addCleanup(Path(tmp.name).unlink)
        with tmp:
            json.dump(data, tmp)
        return Path(tmp.name)

    def test_loads_a_weights_file_and_scores_by_a_dot_product(self):
        w = L.load_weights(self.write(self.weights))
        self.assertAlmostEqual(L.probability(w, {"a": 1.0}), 1 / (1 + 2.718281828459045**-1))
        self.assertAlmostEqual(L.probability(w, {}), 1 / (1 + 2.718281828459045))
        # An unknown feature weighs nothing; a very negative sum does not overflow.
        self.assertAlmostEqual(L.probability(w, {"zzz": 1.0, "a": 0.5}), 0.5)
        self.assertLess(L.probability(w, {"b": 5000.0}), 1e-300)

    def test_refuses_a_file_that_is_not_weights(self):
        for bad in ({"weights": {}}, {**self.weights, "weights": {"a": "2"}}, [1, 2]):
            with self.assertRaisesRegex(ValueError, "not a weights file"):
                L.load_weights(self.write(bad))

    def test_decide_drops_and_adds_by_the_thresholds(self):
        w = {"intercept": 0.0, "weights": {"good": 3.0, "bad": -3.0}}
        rows = [
            {"article": "a", "key": 1, "rules": True, "x": {"good": 1.0}},
            {"article": "a", "key": 2, "rules": True, "x": {"bad": 1.0}},
            {"article": "a", "key": 3, "rules": False, "x": {"good": 1.0}},
            {"article": "a", "key": 4, "rules": False, "x": {}},
        ]
        self.assertEqual(L.decide(rows, w, None, None), {("a", 1), ("a", 2)})
        self.assertEqual(L.decide(rows, w, 0.2, None), {("a", 1)})
        self.assertEqual(L.decide(rows, w, 0.2, 0.9), {("a", 1), ("a", 3)})


class SplitTests(SimpleTestCase):
    def test_folds_are_stratified_by_language_and_fixed(self):
        arts = [{"name": f"{lg}-{n:03d}", "language": lg} for lg in ("en", "fa") for n in range(7)]
        folds = L.folds_by_article(list(reversed(arts)), 5)
        self.assertEqual(folds, L.folds_by_article(arts, 5))
        for lang in ("en", "fa"):
            self.assertEqual(
                sorted(f for a, f in folds.items() if a.startswith(lang)), [0, 0, 1, 1, 2, 3, 4]
            )

    def test_batches_from_the_corpus_notes(self):
        self.assertEqual(L.batch_of("ar-050-x"), "s7-corpus9g")
        self.assertEqual(L.batch_of("ru-005-x"), "corpus-rutr")
        self.assertEqual(L.batch_of("fa-010-x"), "corpus-arfa")
        self.assertEqual(L.batch_of("en-099-x"), "later")


@skipUnless(find_spec("sklearn"), "scikit-learn (requirements-dev.txt) is not installed")
class TrainingTests(SimpleTestCase):
    def rows(self):
        out = []
        for i in range(60):
            x = {"cue": float(i % 3 == 0), f"w{i % 7}": 1.0, "rules": float(i % 2 == 0)}
            out.append({"x": x, "y": int(i % 3 != 0 and i % 2 == 0)})
        return out

    def test_training_is_deterministic(self):
        first = L.train(self.rows())
        self.assertEqual(json.dumps(first, sort_keys=True), json.dumps(L.train(self.rows())))
        # It learnt the data: the cue counts against, the rules' decision for.
        self.assertLess(first["weights"]["cue"], 0)
        self.assertGreater(first["weights"]["rules"], 0)
