"""Issue 9's cases from real articles: the year of a date given without one follows the
clause's tense, weekdays count from the dateline, day ranges keep their days, weeks stay
weeks, a number belongs to the body the sentence names, and names outside the gazetteer
come from every script. Each candidate says why it has its date."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import (
    Gazetteer,
    GazetteerParticipant,
    GazetteerRound,
    article_people,
    extract_dates,
    find_candidates,
)

GAZ = Gazetteer(
    participants=(GazetteerParticipant("geir-pedersen", ("Geir Pedersen",)),),
    rounds=(
        GazetteerRound("geneva-6", "geneva", 6, date(2017, 5, 16), date(2017, 5, 19)),
        GazetteerRound(
            "constitutional-committee-6",
            "constitutional-committee",
            6,
            date(2021, 10, 18),
            date(2021, 10, 22),
        ),
        GazetteerRound("astana-1", "astana", 1, date(2017, 1, 23), date(2017, 1, 24)),
    ),
)


def first(sentence, published, lang="en"):
    m = extract_dates(sentence, published=published, language=lang)[0]
    return m.start.isoformat(), m.precision, m.end.isoformat() if m.end else None, m.why


class YearFromTenseTests(unittest.TestCase):
    def test_a_future_day_is_ahead(self):
        got = first("The next round will be held on 25 November.", date(2019, 11, 8))
        self.assertEqual(got[:2], ("2019-11-25", "day"))
        self.assertIn("future tense", got[3])
        got = first("La prochaine session aura lieu le 25 novembre.", date(2020, 2, 2), "fr")
        self.assertEqual(got[0], "2020-11-25")

    def test_a_past_day_across_new_year_is_behind(self):
        self.assertEqual(first("The truce brokered Dec. 29 held.", date(2017, 1, 23))[0],
                         "2016-12-29")  # fmt: skip

    def test_a_day_just_ahead_is_this_year_whatever_the_verb(self):
        got = first("Les pourparlers ont repris ce lundi 6 février.", date(2017, 2, 2), "fr")
        self.assertEqual(got[0], "2017-02-06")

    def test_a_congress_announced_in_december_for_january(self):
        got = first("Конгресс пройдет 29-30 января в Сочи.", date(2017, 12, 22), "ru")
        self.assertEqual(got[:3], ("2018-01-29", "day", "2018-01-30"))

    def test_the_past_clause_and_the_future_clause_of_one_sentence(self):
        ms = extract_dates(
            "He said on Monday that the talks will resume on 25 November.",
            published=date(2019, 11, 8),
            language="en",
        )
        self.assertEqual([m.start for m in ms], [date(2019, 11, 4), date(2019, 11, 25)])


class RangeAndWeekTests(unittest.TestCase):
    def test_day_ranges_keep_their_days(self):
        self.assertEqual(first("Talks on November 28-29 ended.", date(2017, 12, 1))[:3],
                         ("2017-11-28", "day", "2017-11-29"))  # fmt: skip
        self.assertEqual(first("عقدت الجولة في 15-16 يونيو.", date(2017, 6, 20), "ar")[:3],
                         ("2017-06-15", "day", "2017-06-16"))  # fmt: skip

    def test_next_week_is_a_week_not_a_day(self):
        self.assertEqual(first("They will meet next week.", date(2019, 10, 25))[:2],
                         ("2019-10-28", "week"))  # fmt: skip

    def test_a_day_later(self):
        ms = extract_dates("A day later the guarantors met.", published=date(2017, 5, 5),
                           language="en", previous_day=date(2017, 5, 3))  # fmt: skip
        self.assertEqual(ms[0].start, date(2017, 5, 4))


class ArticleTests(unittest.TestCase):
    def test_weekday_from_the_dateline_and_the_reason(self):
        text = (
            "ASTANA, May 3 (Reuters) - The guarantors met on Tuesday in Astana.\n\n"
            "They will meet again on Thursday."
        )
        # Published a day after the dateline, as a late page or a repost is.
        cands = find_candidates(text, published=date(2017, 5, 4), language="en", gazetteer=GAZ)
        got = {c.date_text: (c.date, c.date_reason) for c in cands}
        self.assertEqual(got["Tuesday"][0], date(2017, 5, 2))
        self.assertIn("dateline", got["Tuesday"][1])
        self.assertEqual(got["Thursday"][0], date(2017, 5, 4))

    def test_a_bare_dateline_dates_the_sentence_after_it(self):
        text = "MOSCOW, January 16. /TASS/. Lavrov and Abdrakhmanov discussed the Astana talks."
        cands = find_candidates(text, published=date(2017, 1, 16), language="en", gazetteer=GAZ)
        self.assertEqual([c.date for c in cands], [date(2017, 1, 16)])

    def test_the_committee_session_in_geneva_is_the_committees(self):
        text = (
            "The sixth session of the Constitutional Committee opened in Geneva on 18 October 2021."
        )
        cands = find_candidates(text, published=date(2021, 10, 18), language="en", gazetteer=GAZ)
        self.assertEqual(cands[0].round_slug, "constitutional-committee-6")

    def test_an_unnumbered_round_found_by_its_day(self):
        text = "The Astana talks are scheduled to begin on January 23."
        cands = find_candidates(text, published=date(2017, 1, 16), language="en", gazetteer=GAZ)
        self.assertEqual(cands[0].round_slug, "astana-1")


class PeopleTests(unittest.TestCase):
    def people(self, text, lang):
        return article_people(text, language=lang, gazetteer=GAZ)

    def test_known_people_anywhere_in_the_article(self):
        got = self.people("Geir Pedersen briefed the Council. Nothing was dated.", "en")
        self.assertEqual(got.slugs, ("geir-pedersen",))

    def test_russian_names_in_the_nominative(self):
        got = self.people("Путин встретился с Ахмедом Шараа в Кремле.", "ru")
        self.assertIn("Ахмед Шараа", got.names)

    def test_arabic_and_persian_names_after_a_title(self):
        got = self.people("وقال وزير الخارجية السوري أسعد الشيباني إن الحوار مستمر.", "ar")
        self.assertIn("أسعد الشيباني", got.names)
        got = self.people("وزیر امور خارجه روسیه سرگئی لاوروف گفت که مذاکرات ادامه دارد.", "fa")
        self.assertIn("سرگئی لاوروف", got.names)

    def test_turkish_suffixes_are_cut(self):
        got = self.people("Cumhurbaşkanı Ahmed Şara'nın açıklaması bekleniyor.", "tr")
        self.assertIn("Ahmed Şara", got.names)


if __name__ == "__main__":
    unittest.main()
