"""Outside tester t15c, finding 1: "Lavrov met Çavuşoğlu and Zarif in Ankara on 15
September 2019 ahead of a summit of the three presidents" cited the presidents' summit of
the next day ("the sentence names it") and ticked the three ministers onto it. A summit
named only as what a gathering comes ahead of, or prepares, names no record the sentence
reports. The sentences and records are the tests' own, dated in 2031 so that no seeded
record is near."""

from datetime import date

from peaceproc.chronology.models import Event
from peaceproc.ingest.review import default_for, find_matches, load_lookups

from .reviews import ReviewTestCase, happening
from .test_admin import candidate

MINISTERS = ["sergey-lavrov", "mevlut-cavusoglu", "mohammad-javad-zarif"]
PRESIDENTS = ["vladimir-putin", "recep-tayyip-erdogan", "hassan-rouhani"]

AHEAD = {
    "en": ("Sergey Lavrov met Mevlüt Çavuşoğlu and Mohammad Javad Zarif in Ankara on 15 "
           "September 2031 ahead of a trilateral summit of the presidents.", "15 September 2031"),
    "en-run-up": ("The foreign ministers met in Ankara on 15 September 2031 in the run-up to "
                  "the presidential summit.", "15 September 2031"),
    "fr": ("Sergueï Lavrov a rencontré ses homologues à Ankara le 15 septembre 2031 en vue du "
           "sommet trilatéral des présidents.", "15 septembre 2031"),
    "ru": ("Сергей Лавров встретился с коллегами в Анкаре 15 сентября 2031 года в преддверии "
           "трёхстороннего саммита президентов.", "15 сентября 2031 года"),
}  # fmt: skip


class PurposeNamesNoRecordTests(ReviewTestCase):
    def setUp(self):
        super().setUp()
        self.summit = happening("presidents-summit-ankara-2031", "Trilateral presidential "
                                "summit (Ankara)", date(2031, 9, 16), people=PRESIDENTS,
                                kind=Event.Kind.SUMMIT, place="Ankara")  # fmt: skip

    def default(self, quote: str, date_text: str):
        language = "en" if quote.isascii() or "Çavuşoğlu" in quote else None
        language = language or ("ru" if "Анкар" in quote else "fr")
        c = candidate(quote=quote, date_text=date_text, date="2031-09-15", precision="day",
                      kind="meeting", place="Ankara", participants=MINISTERS,
                      language=language)  # fmt: skip
        lookups = load_lookups([c], language=language)
        return default_for(c, find_matches(c, lookups), lookups)

    def test_the_summit_ahead_is_not_cited_nor_given_the_ministers(self):
        for label, (quote, date_text) in AHEAD.items():
            with self.subTest(label):
                default = self.default(quote, date_text)
                cited = default.target.record if default.target else None
                self.assertNotEqual((default.action, cited), ("cite", self.summit))

    def test_a_sentence_about_the_summit_itself_still_names_it(self):
        quote = ("Putin, Erdoğan and Rouhani held a trilateral summit in Ankara on 16 "
                 "September 2031.")  # fmt: skip
        c = candidate(quote=quote, date_text="16 September 2031", date="2031-09-16",
                      precision="day", kind="summit", place="Ankara", participants=PRESIDENTS,
                      language="en")  # fmt: skip
        lookups = load_lookups([c], language="en")
        default = default_for(c, find_matches(c, lookups), lookups)
        self.assertEqual((default.action, default.target.record), ("cite", self.summit))


class DatedInThePurposeTests(ReviewTestCase):
    """Outside tester t15d, finding 4: "Ahead of the trilateral summit in Sochi on 22
    November 2017, Lavrov met Çavuşoğlu in Antalya on 19 November 2017" created an event
    on the summit's day with both ministers ticked. The date that stands in the phrase of
    what the meeting came ahead of is that happening's, which the sentence does not report:
    neither created nor cited, and the ministers are not ticked onto it."""

    QUOTE = ("Ahead of the trilateral summit of the presidents in Ankara on 16 September 2031, "
             "Sergey Lavrov met Mevlüt Çavuşoğlu in Antalya on 13 September 2031.")  # fmt: skip

    def setUp(self):
        super().setUp()
        self.summit = happening("presidents-summit-ankara-2031", "Trilateral presidential "
                                "summit (Ankara)", date(2031, 9, 16), people=PRESIDENTS,
                                kind=Event.Kind.SUMMIT, place="Ankara")  # fmt: skip

    def test_the_summits_own_date_neither_cites_it_nor_ticks_anybody(self):
        # (Session 16's brief, outside tester t16a, 6: the summit a meeting came ahead of is
        # not cited with the meeting's sentence either; it was cited so before.)
        from peaceproc.ingest.review import AHEAD_REASON, attending

        c = candidate(quote=self.QUOTE, date_text="16 September 2031", date="2031-09-16",
                      precision="day", kind="summit", place="Ankara", participants=MINISTERS[:2],
                      language="en")  # fmt: skip
        lookups = load_lookups([c], language="en")
        default = default_for(c, find_matches(c, lookups), lookups)
        self.assertEqual((default.action, default.target, default.reason),
                         ("skip", None, AHEAD_REASON))  # fmt: skip
        self.assertEqual(attending(c, self.summit, "en"), frozenset())

    def test_the_meetings_own_date_does_not_cite_the_summit(self):
        c = candidate(quote=self.QUOTE, date_text="13 September 2031", date="2031-09-13",
                      precision="day", kind="meeting", place="Antalya",
                      participants=MINISTERS[:2], language="en")  # fmt: skip
        lookups = load_lookups([c], language="en")
        default = default_for(c, find_matches(c, lookups), lookups)
        cited = default.target.record if default.target else None
        self.assertNotEqual((default.action, cited), ("cite", self.summit))
