"""Re-testers t16d (4, 8, 13) and t16e (4, 5): what a meeting came ahead of or discussed,
and an act told by the month a body made it known. The sentences are the tests' own, dated
2030-2031 so that no seeded record answers them."""

from datetime import date

from peaceproc.chronology.models import Event, Track
from peaceproc.ingest.analysis import analyse
from peaceproc.ingest.gazetteer import build_gazetteer
from peaceproc.ingest.review import (
    ACTION_CITE,
    ACTION_SKIP,
    AHEAD_REASON,
    AHEAD_UNDATED_REASON,
    default_for,
    find_matches,
    load_lookups,
)

from .reviews import ReviewTestCase, happening
from .test_admin import make_pending

SHAIBANI, SAFADI, LEAGUE = "asaad-al-shaibani", "ayman-safadi", "arab-league"
LAVROV, ZARIF = "sergey-lavrov", "mohammad-javad-zarif"
PUBLISHED = date(2031, 6, 2)
MEETING, SUMMIT = "2031-05-04", "2031-05-19"

# The two ministers met, then talked about a summit still to come.
DISCUSSED = {
    "en": "Asaad al-Shaibani met Ayman Safadi in Amman on 4 May 2031; the two discussed the "
    "Arab League summit to be held in Baghdad on 19 May 2031.",
    "fr": "Asaad al-Chaibani a rencontré Ayman Safadi à Amman le 4 mai 2031 ; les deux "
    "ministres ont discuté du sommet de la Ligue arabe prévu à Bagdad le 19 mai 2031.",
    "ru": "Асаад аш-Шейбани встретился с Айманом Сафади в Аммане 4 мая 2031 года; министры "
    "обсудили саммит Лиги арабских государств, который пройдет в Багдаде 19 мая 2031 года.",
    "ar": "التقى أسعد الشيباني أيمن الصفدي في عمّان في 4 مايو 2031، وبحث الجانبان القمة "
    "العربية المقررة في بغداد في 19 مايو 2031.",
    "fa": "اسعد الشیبانی روز ۴ مه ۲۰۳۱ با ایمن الصفدی دیدار کرد و دو طرف درباره نشست سران "
    "اتحادیه عرب در بغداد در ۱۹ مه ۲۰۳۱ گفتگو کردند.",
    "tr": "Esad eş-Şeybani 4 Mayıs 2031'de Amman'da Eymen Safedi ile bir araya geldi; ikili "
    "19 Mayıs 2031'de Bağdat'ta düzenlenecek Arap Birliği zirvesini görüştü.",
}
# What the meeting came ahead of, dated (the summit's date first or last).
AHEAD = {
    "en": "Ahead of the trilateral summit in Tehran on 19 May 2031, Sergey Lavrov met "
    "Mohammad Javad Zarif in Moscow on 4 May 2031.",
    "fr": "En prévision du sommet trilatéral de Téhéran du 19 mai 2031, Sergueï Lavrov a "
    "rencontré Mohammad Javad Zarif à Moscou le 4 mai 2031.",
    "ru": "В преддверии трёхстороннего саммита в Тегеране 19 мая 2031 года Сергей Лавров "
    "встретился с Мохаммадом Джавадом Зарифом в Москве 4 мая 2031 года.",
    "tr": "Tahran'da 19 Mayıs 2031'de yapılacak üçlü zirve öncesinde Lavrov, Zarif ile 4 "
    "Mayıs 2031'de Moskova'da görüştü.",
}


def read(text: str, language: str, published: date = PUBLISHED) -> list[dict]:
    return analyse(
        text=text, published=published, language=language, gazetteer=build_gazetteer()
    ).candidates


class DiscussedSummitTests(ReviewTestCase):
    """t16e 4: a summit the ministers discussed is not one they are told to attend."""

    def test_the_discussed_summit_is_skipped_and_the_league_is_not_at_the_meeting(self):
        for language, text in DISCUSSED.items():
            with self.subTest(language):
                candidates = read(text, language)
                found = {c["date"]: c for c in candidates}
                meeting = found[MEETING]
                self.assertNotIn(LEAGUE, {*meeting["participants"], *meeting["people"]})
                lookups = load_lookups(candidates, language=language)
                summit = found[SUMMIT]
                default = default_for(summit, find_matches(summit, lookups), lookups)
                self.assertEqual((default.action, default.reason), (ACTION_SKIP, AHEAD_REASON))
                pending = make_pending(candidates, published_on=PUBLISHED, language=language)
                forms = self.client.get(pending.get_absolute_url()).context["formset"].forms
                for form, c in zip(forms, candidates, strict=True):
                    if c["date"] == SUMMIT:
                        self.assertEqual(form.initial["participants"], [])

    def test_a_day_right_after_what_was_discussed_is_the_discussions(self):
        text = "Sergey Lavrov and Mohammad Javad Zarif discussed the talks on 4 May 2031."
        candidates = read(text, "en")
        lookups = load_lookups(candidates, language="en")
        (c,) = candidates
        default = default_for(c, find_matches(c, lookups), lookups)
        self.assertNotEqual(default.reason, AHEAD_REASON)
        self.assertEqual(set(c["participants"]), {LAVROV, ZARIF})


class AheadCandidateAsItselfTests(ReviewTestCase):
    """t16e 5 and t16d 8: the skipped summit carries its own kind and a title from its own
    words, and nobody is ticked on it."""

    def test_the_skipped_summit_is_proposed_as_a_summit_in_its_city(self):
        for language, text in AHEAD.items():
            with self.subTest(language):
                candidates = read(text, language)
                pending = make_pending(candidates, published_on=PUBLISHED, language=language)
                forms = self.client.get(pending.get_absolute_url()).context["formset"].forms
                (summit,) = [f for f, c in zip(forms, candidates, strict=True)
                             if c["date"] == SUMMIT]  # fmt: skip
                self.assertEqual(summit.initial["action"], ACTION_SKIP)
                self.assertEqual(summit.initial["kind"], Event.Kind.SUMMIT)
                self.assertIn("Tehran", summit.initial["title"])
                self.assertNotIn("Lavrov", summit.initial["title"])
                self.assertEqual(summit.initial["participants"], [])

    def test_an_undated_meeting_is_named_on_what_it_came_ahead_of(self):
        text = (
            "Ahead of the trilateral summit in Tehran on 19 May 2031, Lavrov met Zarif in Moscow."
        )
        candidates = read(text, "en")
        lookups = load_lookups(candidates, language="en")
        (c,) = candidates
        default = default_for(c, find_matches(c, lookups), lookups)
        self.assertEqual((default.action, default.reason), (ACTION_SKIP, AHEAD_UNDATED_REASON))
        dated = read(AHEAD["en"], "en")
        for c in dated:
            if c["date"] == SUMMIT:
                self.assertEqual(default_for(c, [], lookups).reason, AHEAD_REASON)


class MadeKnownByItsBodyTests(ReviewTestCase):
    """t16d 4: a month-dated sentence of a body's act cites the one record of that month
    made by its people, and ticks nobody onto it."""

    def setUp(self):
        super().setUp()
        self.track = Track.objects.get(slug="constitutional-committee")
        self.formed = happening("cc-made-public-2031", "Made public by António Guterres",
                                date(2031, 5, 20), people=["antonio-guterres"],
                                track=self.track, kind=Event.Kind.ANNOUNCEMENT)  # fmt: skip

    def review(self, text: str, language: str) -> tuple[dict, object, object]:
        candidates = [c for c in read(text, language) if c["date"] == "2031-05-01"]
        self.assertEqual(len(candidates), 1, candidates)
        lookups = load_lookups(candidates, language=language)
        default = default_for(candidates[0], find_matches(candidates[0], lookups), lookups)
        pending = make_pending(candidates, published_on=PUBLISHED, language=language)
        form = self.client.get(pending.get_absolute_url()).context["formset"].forms[0]
        return candidates[0], default, form

    def test_the_formation_told_by_its_month_cites_the_record_and_ticks_nobody(self):
        texts = {
            "en": "The UN announced last month that the committee had been formed, with "
            "members from the government, the opposition and civil society.",
            "fr": "L'ONU a annoncé le mois dernier que le comité avait été formé, avec des "
            "membres du gouvernement, de l'opposition et de la société civile.",
            "ru": "ООН объявила в прошлом месяце, что комитет сформирован, в него вошли "
            "представители правительства, оппозиции и гражданского общества.",
        }
        for language, text in texts.items():
            with self.subTest(language):
                _c, default, form = self.review(text, language)
                self.assertEqual(default.action, ACTION_CITE)
                self.assertEqual(default.target.record, self.formed)
                self.assertEqual(form.initial["participants"], [])

    def test_a_formation_said_without_that_is_read_and_cited(self):
        text = "The UN said last month the 150-member Constitutional Committee had been formed."
        c, default, _form = self.review(text, "en")
        self.assertEqual(c["precision"], "month")
        self.assertEqual((default.action, default.target.record), (ACTION_CITE, self.formed))

    def test_two_such_records_in_the_month_leave_the_choice_to_the_editor(self):
        happening("cc-second-2031", "Second word from António Guterres", date(2031, 5, 27),
                  people=["antonio-guterres"], track=self.track,
                  kind=Event.Kind.ANNOUNCEMENT)  # fmt: skip
        text = "The UN announced last month that the committee had been formed."
        _c, default, _form = self.review(text, "en")
        self.assertNotEqual(default.action, ACTION_CITE)
