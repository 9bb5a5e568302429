"""bench/agreement.py: two labellings of an article compared with eval_ingest's matcher."""

import copy

from django.test import SimpleTestCase

from bench.agreement import compare, dev_lang, figures

PEDERSEN = {
    "name": "Педерсен",
    "base": "Педерсен",
    "latin": "Geir O. Pedersen",
    "slug": "geir-pedersen",
}
LABEL = {
    "happenings": [
        {
            "date": "2019-11-25",
            "end_date": None,
            "precision": "day",
            "date_text": "25 ноября",
            "track": "constitutional_committee",
            "round": "constitutional-committee-2",
            "place": "Женева",
            "participants": [PEDERSEN],
        },
        {
            "date": "2019-11-04",
            "end_date": None,
            "precision": "week",
            "date_text": "на следующей неделе",
            "track": "constitutional_committee",
            "round": None,
            "place": None,
            "participants": [],
        },
    ],
    "people": [PEDERSEN],
}


class CompareTests(SimpleTestCase):
    def test_identical_labels_agree_fully(self):
        tally, diff = compare(LABEL, copy.deepcopy(LABEL))
        f = figures(tally)
        self.assertEqual(f["dates"], (1.0, 1.0, 1.0))
        self.assertEqual(f["rounds"][2], 1.0)
        self.assertEqual(f["people"][2], 1.0)
        self.assertEqual(diff, {})

    def test_a_date_at_another_precision_is_a_disagreement_both_ways(self):
        other = copy.deepcopy(LABEL)
        other["happenings"][1]["precision"] = "day"
        tally, diff = compare(LABEL, other)
        self.assertEqual(figures(tally)["dates"], (0.5, 0.5, 0.5))
        self.assertEqual(diff["dates only first"], ["2019-11-04 week"])
        self.assertEqual(diff["dates only second"], ["2019-11-04 day"])

    def test_people_match_by_name_key_without_a_slug_and_tracks_are_compared(self):
        other = copy.deepcopy(LABEL)
        other["people"] = [
            {
                "name": "Гейр Педерсен",
                "base": "Гейр Педерсен",
                "latin": "Geir Pedersen",
                "slug": None,
            }
        ]
        other["happenings"][0]["participants"] = []
        other["happenings"][0]["track"] = "geneva"
        other["people"].append(
            {"name": "Лавров", "base": "Лавров", "latin": "Sergey Lavrov", "slug": "sergey-lavrov"}
        )
        tally, diff = compare(LABEL, other)
        f = figures(tally)
        self.assertEqual(f["people"][:2], (1.0, 0.5))
        self.assertEqual(diff["people only second"], ["Sergey Lavrov"])
        self.assertEqual(f["track"], 0.5)
        self.assertEqual(
            diff["track differs"], ["2019-11-25 day: constitutional_committee / geneva"]
        )


class DevOnlyTests(SimpleTestCase):
    def test_dev_stems_give_their_language(self):
        self.assertEqual(dev_lang("ru-004-rt-cc-second-session"), "ru")

    def test_test_and_holdout_stems_are_refused_before_anything_is_read(self):
        for stem in ("ru-003-anything", "fa-h06-anything", "xx-004-anything"):
            with self.subTest(stem=stem), self.assertRaises(SystemExit):
                dev_lang(stem)
