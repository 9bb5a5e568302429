"""Rounds named by the article's track and a date, not by a number (issue 9, session 5)."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, GazetteerRound, find_candidates

GAZ = Gazetteer(
    participants=(),
    rounds=(
        GazetteerRound("astana-5", "astana", 5, date(2017, 7, 4), date(2017, 7, 5)),
        GazetteerRound("astana-6", "astana", 6, date(2017, 9, 14), date(2017, 9, 15)),
        GazetteerRound("geneva-4", "geneva", 4, date(2017, 2, 23), date(2017, 3, 3)),
        GazetteerRound(
            "constitutional-committee-1",
            "constitutional-committee",
            1,
            date(2019, 10, 30),
            date(2019, 11, 8),
        ),
    ),
)


def slugs(text, published, lang):
    cands = find_candidates(text, published=published, language=lang, gazetteer=GAZ)
    return {c.date_text: c.round_slug for c in cands}


class ArticleTrackCarriedTests(unittest.TestCase):
    """A dated sentence that names no track but the track's proceedings ('the talks', 'the
    plenary') in an article about one track is about that track's round held that day."""

    def test_french_talks_on_a_day_of_the_round(self):
        text = (
            "Les discussions de Genève piétinent.\n\n"
            "L'émissaire de l'ONU a reçu les délégations à Genève. "
            "Mercredi matin, les pourparlers ont repris après une pause de deux jours."
        )
        cands = find_candidates(text, published=date(2017, 3, 2), language="fr", gazetteer=GAZ)
        self.assertEqual([c.round_slug for c in cands], ["geneva-4"])
        # The editor sees why: the round's days hold the date.
        self.assertIn("geneva-4 (23 Feb – 3 Mar 2017)", cands[0].date_reason)

    def test_russian_plenary_tomorrow(self):
        text = (
            "В Астане продолжаются консультации по Сирии.\n\n"
            "Делегации гарантов работают в Астане с утра. "
            "Завтра запланировано итоговое пленарное заседание."
        )
        self.assertEqual(slugs(text, date(2017, 7, 4), "ru")["Завтра"], "astana-5")

    def test_no_round_when_the_day_is_outside_every_round(self):
        text = (
            "Les discussions de Genève piétinent.\n\n"
            "L'émissaire de l'ONU a reçu les délégations à Genève. "
            "Mercredi matin, les pourparlers ont repris après une pause de deux jours."
        )
        self.assertIsNone(slugs(text, date(2017, 4, 14), "fr")["Mercredi"])

    def test_no_round_without_the_tracks_proceedings(self):
        # A meeting of two ministers on a day of the round is not the round.
        text = (
            "Astana talks resume.\n\n"
            "Delegations gathered in Astana for the new talks. "
            "On Tuesday the Russian and Turkish foreign ministers met in Ankara."
        )
        self.assertIsNone(slugs(text, date(2017, 7, 5), "en")["Tuesday"])


class CommitteeBeforeGenevaTests(unittest.TestCase):
    def test_committee_article_naming_geneva_as_often(self):
        # The committee meets in Geneva: a tie of names makes the committee the article's
        # track, and 'the committee' alone names it.
        text = (
            "The Constitutional Committee gathers delegates.\n\n"
            "The delegates arrived in Geneva last week. "
            "The committee's drafting group of 45 members will start work on Monday, 4 November."
        )
        self.assertEqual(
            slugs(text, date(2019, 11, 1), "en")["Monday, 4 November"],
            "constitutional-committee-1",
        )


if __name__ == "__main__":
    unittest.main()


class TurkishOrdinalOfAPluralTests(unittest.TestCase):
    def test_the_sixth_of_the_meetings(self):
        from peaceproc.ingest.pipeline.rounds import find_rounds

        found = find_rounds("Astana toplantılarının altıncısı eylülde yapıldı.", "tr")
        self.assertEqual([(r.number, r.track) for r in found], [(6, "astana")])
        found = find_rounds("Görüşmelerin beşincisinde harita onaylandı.", "tr")
        self.assertEqual([r.number for r in found], [5])


class ConveningCarriesTheTrackTests(unittest.TestCase):
    def test_turkish_guarantors_convene_on_the_rounds_days(self):
        text = (
            "Astana süreci yeni toplantıya hazırlanıyor.\n\n"
            "Garantör ülkeler 4-5 Temmuz tarihlerinde Kazakistan'da toplanacak."
        )
        self.assertEqual(slugs(text, date(2017, 6, 20), "tr")["4-5 Temmuz"], "astana-5")
