"""The same loose words for a period said twice in one article ('mid-2031' in one
paragraph and again in the next) are one happening (LABELLING.md R4): one candidate,
keeping what each mention knew. Loose words of two tracks, or two different wordings,
stay apart; so do days, which `_merge` handles."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates

GAZ = Gazetteer(participants=(), rounds=())


def _cands(text: str, published: date):
    return find_candidates(text, published=published, language="en", gazetteer=GAZ)


class VagueRepeatTests(unittest.TestCase):
    def test_the_same_loose_words_twice_are_one_candidate(self):
        text = (
            "Kazakhstan is ready to host the next round of the Astana talks in mid-2031, "
            "its foreign ministry said on Tuesday.\n\n"
            "No date for a meeting in mid-2031 has been agreed by the guarantors, "
            "a spokesman told reporters in Almaty.\n"
        )
        cands = _cands(text, date(2030, 11, 5))
        loose = [c for c in cands if c.date == date(2031, 1, 1)]
        self.assertEqual(len(loose), 1, [(c.date_text, c.kind, c.track) for c in cands])
        self.assertEqual(loose[0].track, "astana")

    def test_loose_words_of_two_tracks_stay_two(self):
        text = (
            "The Astana talks were held in March 2031 in Nur-Sultan.\n\n"
            "The Constitutional Committee also met in March 2031 in Geneva.\n"
        )
        cands = _cands(text, date(2031, 5, 2))
        march = [c for c in cands if c.date == date(2031, 3, 1)]
        self.assertEqual(
            sorted(c.track for c in march), ["astana", "constitutional-committee"], march
        )

    def test_two_wordings_of_one_month_are_not_merged_here(self):
        text = (
            "The guarantors held a summit in late June 2031.\n\n"
            "The ministers had met in June 2031 as well.\n"
        )
        cands = _cands(text, date(2031, 8, 2))
        june = [c for c in cands if c.date == date(2031, 6, 1)]
        self.assertEqual(len(june), 2, [(c.date_text, c.kind) for c in cands])
