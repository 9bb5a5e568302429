"""Outside tester t16a, findings 3, 4, 6-11: the happening a meeting came ahead of, and
records that cannot be the same happening. The summit named as what a meeting came ahead
of, held before the article or after it, dated or not, is neither created nor cited, and
nobody is ticked onto it; the meeting keeps its own date, place and people, and the states
named as the summit's members or in a minister's office are not among them. The
sentences are the tests' own (the seeded Tehran summit of 7 September 2018 stands in the
record; the meeting in Ankara on 3 September 2018 does not)."""

from datetime import date

from peaceproc.chronology.models import Agreement, Event, Track
from peaceproc.ingest.analysis import analyse
from peaceproc.ingest.gazetteer import build_gazetteer
from peaceproc.ingest.review import (
    ACTION_SKIP,
    AHEAD_REASON,
    automatic_decisions,
    default_for,
    find_matches,
    load_lookups,
)

from .reviews import ReviewTestCase, happening
from .test_admin import candidate, make_pending

PUBLISHED = date(2018, 9, 20)
SUMMIT, MEETING = "2018-09-07", "2018-09-03"
LAVROV, CAVUSOGLU, ZARIF = "sergey-lavrov", "mevlut-cavusoglu", "mohammad-javad-zarif"
STATES = {"russia", "iran", "turkey"}

AHEAD = {
    "en": ("Ankara, 20 September 2018. In the run-up to the three-way summit of Russia, Iran "
           "and Turkey held in Tehran on 7 September 2018, Turkish Foreign Minister Mevlüt "
           "Çavuşoğlu met Sergey Lavrov in Ankara on 3 September 2018.", {LAVROV, CAVUSOGLU}),
    "fr": ("Ankara, 20 septembre 2018. En prévision du sommet trilatéral de Téhéran du 7 "
           "septembre 2018, le ministre turc des Affaires étrangères Mevlüt Çavuşoğlu a "
           "rencontré Sergueï Lavrov à Ankara le 3 septembre 2018.", {LAVROV, CAVUSOGLU}),
    "ru": ("Анкара, 20 сентября 2018 года. В преддверии трёхстороннего саммита в Тегеране 7 "
           "сентября 2018 года министр иностранных дел Турции Мевлют Чавушоглу встретился с "
           "Сергеем Лавровым в Анкаре 3 сентября 2018 года.", {LAVROV, CAVUSOGLU}),
    "ar": ("أنقرة، 20 سبتمبر 2018. قبيل القمة الثلاثية في طهران في 7 سبتمبر 2018، التقى وزير "
           "الخارجية الروسي سيرغي لافروف نظيره الإيراني محمد جواد ظريف في أنقرة في 3 سبتمبر "
           "2018.", {LAVROV, ZARIF}),
    "tr": ("Ankara, 20 Eylül 2018. 7 Eylül 2018'deki Tahran üçlü zirvesi öncesinde Türkiye "
           "Dışişleri Bakanı Mevlüt Çavuşoğlu, 3 Eylül 2018'de Ankara'da Sergey Lavrov ile "
           "görüştü.", {LAVROV, CAVUSOGLU}),
    "fa": ("آنکارا، ۲۰ سپتامبر ۲۰۱۸. در آستانه نشست سه‌جانبه تهران در ۷ سپتامبر ۲۰۱۸، سرگئی "
           "لاوروف وزیر امور خارجه روسیه در ۳ سپتامبر ۲۰۱۸ در آنکارا با محمدجواد ظریف دیدار "
           "کرد.", {LAVROV, ZARIF}),
}  # fmt: skip


def read(text: str, language: str, published: date = PUBLISHED) -> list[dict]:
    return analyse(
        text=text, published=published, language=language, gazetteer=build_gazetteer()
    ).candidates


def by_date(candidates: list[dict]) -> dict[str, dict]:
    return {c["date"]: c for c in candidates}


class AheadOfASummitTests(ReviewTestCase):
    def test_the_summit_is_skipped_with_no_target_and_the_meeting_keeps_its_own(self):
        for language, (text, ministers) in AHEAD.items():
            with self.subTest(language):
                candidates = read(text, language)
                found = by_date(candidates)
                self.assertIn(MEETING, found)
                meeting = found[MEETING]
                self.assertEqual(meeting["place"], "Ankara")
                self.assertEqual(set(meeting["participants"]), ministers)
                self.assertFalse(STATES & set(meeting["people"]))
                lookups = load_lookups(candidates, language=language)
                for c in candidates:
                    default = default_for(c, find_matches(c, lookups), lookups)
                    if c["date"] == SUMMIT:
                        self.assertEqual((default.action, default.target), (ACTION_SKIP, None))
                        self.assertEqual(default.reason, AHEAD_REASON)
                    else:
                        self.assertNotEqual(default.action, ACTION_SKIP)
                planned = automatic_decisions(candidates, language=language)
                for c, unreviewed in zip(candidates, planned, strict=True):
                    if c["date"] == SUMMIT:  # neither stored nor queued for review
                        self.assertEqual((unreviewed.decision, unreviewed.possible), (None, None))

    # Re-tester t16d, 2: the Turkish summit's place and date told before it in a clause of
    # its own participle ('Tahran'da 7 Eylül 2018'de yapılan … zirvesi öncesinde').
    def test_a_turkish_summit_told_in_a_participle_clause_is_skipped_too(self):
        for participle in ("yapılan", "düzenlenen", "gerçekleştirilen"):
            text = (
                f"Ankara, 20 Eylül 2018. Tahran'da 7 Eylül 2018'de {participle} üçlü zirve "
                "öncesinde Mevlüt Çavuşoğlu, 3 Eylül 2018'de Ankara'da Sergey Lavrov ile görüştü."
            )
            with self.subTest(participle):
                candidates = read(text, "tr")
                found = by_date(candidates)
                self.assertEqual(found[MEETING]["place"], "Ankara")
                lookups = load_lookups(candidates, language="tr")
                summit = found[SUMMIT]
                default = default_for(summit, find_matches(summit, lookups), lookups)
                self.assertEqual((default.action, default.reason), (ACTION_SKIP, AHEAD_REASON))

    def test_an_undated_meeting_does_not_borrow_the_summits_day(self):
        text = ("Moscow, 20 September 2018. Ahead of the summit in Tehran on 7 September 2018, "
                "Sergey Lavrov met Mohammad Javad Zarif in Moscow.")  # fmt: skip
        candidates = read(text, "en")
        lookups = load_lookups(candidates, language="en")
        for c in candidates:
            default = default_for(c, find_matches(c, lookups), lookups)
            self.assertEqual((default.action, default.target), (ACTION_SKIP, None))

    def test_the_review_page_ticks_nobody_and_preselects_nothing_for_the_summit(self):
        candidates = read(AHEAD["en"][0], "en")
        pending = make_pending(candidates, published_on=PUBLISHED)
        forms = self.client.get(pending.get_absolute_url()).context["formset"].forms
        for form, c in zip(forms, candidates, strict=True):
            if c["date"] == SUMMIT:
                self.assertEqual(form.initial["action"], ACTION_SKIP)
                self.assertEqual(form.initial["target"], "")
                self.assertEqual(form.initial["participants"], [])
            else:
                self.assertEqual(set(form.initial["participants"]), {LAVROV, CAVUSOGLU})

    def test_a_weekday_ahead_of_a_meeting_is_the_coming_one(self):
        # 29 October 2030 is a Tuesday: the meeting is on Wednesday 30 October.
        text = ("Geneva, 29 October 2030. The envoy spoke ahead of the committee's first "
                "meeting on Wednesday.")  # fmt: skip
        self.assertIn("2030-10-30", by_date(read(text, "en", date(2030, 10, 29))))


class SameHappeningTests(ReviewTestCase):
    def test_a_meeting_elsewhere_with_someone_else_days_later_is_no_repeat(self):
        happening("fm-amman-2031", "Lavrov and Zarif in Amman", date(2031, 3, 10),
                  people=[LAVROV, ZARIF], place="Amman")  # fmt: skip
        c = candidate(quote="Sergey Lavrov met Wendel Marrow in Beirut on 12 March 2031.",
                      date_text="12 March 2031", date="2031-03-12", place="Beirut",
                      participants=[LAVROV], new_names=["Wendel Marrow"])  # fmt: skip
        self.assertEqual(find_matches(c, load_lookups([c])), [])

    def test_a_meeting_is_no_repeat_of_a_resolution_of_its_day(self):
        resolution = Agreement.Kind.UN_RESOLUTION
        Agreement.objects.create(slug="res-9001", title="UN Security Council resolution 9001",
                                 kind=resolution, date=date(2031, 3, 12))  # fmt: skip
        c = candidate(quote="Sergey Lavrov met Mohammad Javad Zarif in Baku on 12 March 2031.",
                      date_text="12 March 2031", date="2031-03-12", place="Baku",
                      participants=[LAVROV, ZARIF])  # fmt: skip
        self.assertEqual(find_matches(c, load_lookups([c])), [])

    def test_the_committees_formation_told_by_its_month_is_offered_the_stored_one(self):
        track = Track.objects.get(slug="constitutional-committee")
        # (Its title shares no word with the sentence, and the UN is not its participant.)
        formed = happening("cc-formed-2031", "Formation made public by António Guterres",
                           date(2031, 5, 20), people=["antonio-guterres"], track=track,
                           kind=Event.Kind.ANNOUNCEMENT)  # fmt: skip
        text = ("Damascus, 14 June 2031. The constitutional committee will meet again. The UN "
                "announced last month that the committee had been formed.")  # fmt: skip
        candidates = [c for c in read(text, "en", date(2031, 6, 14)) if c["date"] == "2031-05-01"]
        self.assertEqual(len(candidates), 1)
        lookups = load_lookups(candidates, language="en")
        self.assertIn(formed, [m.record for m in find_matches(candidates[0], lookups)])


class HeldAsToldTests(ReviewTestCase):
    """Finding 13: a saying's day is no plan's telling when what it reports was held."""

    def test_a_statement_reporting_a_meeting_held_is_not_planned(self):
        text = ("Astana, 16 May 2031. The three states said in a statement issued on 16 May "
                "2031 that the meeting in Astana had been useful.")  # fmt: skip
        said = by_date(read(text, "en", date(2031, 5, 16)))["2031-05-16"]
        self.assertFalse(said["planned"])

    def test_a_statement_reporting_a_summit_planned_still_is(self):
        text = ("Moscou, 16 mai 2031. Le ministre a annoncé vendredi qu'un sommet réunissant "
                "les trois présidents est prévu en juin.")  # fmt: skip
        said = by_date(read(text, "fr", date(2031, 5, 16)))
        self.assertTrue(all(c["planned"] for c in said.values()))
