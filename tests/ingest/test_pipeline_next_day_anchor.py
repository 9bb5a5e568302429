"""'The next day', 'that same day': counted from the nearest day written before them.

Outside tester t13a (finding 2): in '... on 2 March ...; ... on 12 March and ... signed it
the next day' the next day was read as 3 March, counted from the sentence's first day. It
is the day after the nearest day before it (13 March), in every language; with no day
before it in its sentence, the last day of the sentences before.
"""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, extract_dates, find_candidates

PUBLISHED = date(2026, 2, 25)

# A commission set up on 4 February, its draft handed over on 19 February, adopted or
# discussed the day after that (20 February): the phrase is the sentence's last date.
NEXT_DAY = {
    "en": "The president set up a commission on 4 February 2026; the commission handed its "
    "draft to the council on 19 February and the council adopted it the following day.",
    "fr": "Le président a créé une commission le 4 février 2026 ; la commission a transmis "
    "son projet au conseil le 19 février et le conseil l'a adopté le lendemain.",
    "ru": "Президент учредил комиссию 4 февраля 2026 года; комиссия передала проект совету "
    "19 февраля, и совет принял его на следующий день.",
    "ar": "شكّل الرئيس لجنة في 4 شباط 2026، وسلمت اللجنة المشروع إلى المجلس في 19 شباط، "
    "وأقره المجلس في اليوم التالي.",
    "tr": "Cumhurbaşkanı 4 Şubat 2026'da bir komisyon kurdu; komisyon taslağı 19 Şubat'ta "
    "konseye sundu ve konsey ertesi gün taslağı kabul etti.",
    "fa": "رئیس‌جمهور در 4 فوریه 2026 یک کمیسیون تشکیل داد؛ کمیسیون پیش‌نویس را در 19 فوریه "
    "به شورا داد و شورا روز بعد آن را تصویب کرد.",
}

# Two days, then 'the same day': the second day, not the first.
SAME_DAY = {
    "en": "The envoy arrived on 3 May 2025 and met the minister on 6 May; the talks ended "
    "later that day.",
    "fr": "L'envoyé est arrivé le 3 mai 2025 et a rencontré le ministre le 6 mai ; les "
    "discussions ont pris fin le même jour.",
    "ru": "Посланник прибыл 3 мая 2025 года и встретился с министром 6 мая; переговоры "
    "завершились в тот же день.",
}


def last_day(sentence: str, lang: str, **kw) -> date:
    return extract_dates(sentence, published=PUBLISHED, language=lang, **kw)[-1].start


class NearestDayBefore(unittest.TestCase):
    def test_the_next_day_follows_the_nearest_day_in_six_languages(self):
        for lang, sentence in NEXT_DAY.items():
            with self.subTest(lang=lang):
                self.assertEqual(last_day(sentence, lang), date(2026, 2, 20))

    def test_the_same_day_is_the_nearest_day(self):
        for lang, sentence in SAME_DAY.items():
            with self.subTest(lang=lang):
                self.assertEqual(last_day(sentence, lang), date(2025, 5, 6))

    def test_the_reason_names_the_day_counted_from(self):
        found = extract_dates(NEXT_DAY["en"], published=PUBLISHED, language="en")[-1]
        self.assertIn("19 February", found.why)

    def test_without_a_day_before_it_the_sentence_before_gives_it(self):
        sentence = "The council adopted the law the next day, 11 votes to 2."
        got = last_day(sentence, "en", previous_day=date(2026, 2, 19))
        self.assertEqual(got, date(2026, 2, 20))

    def test_a_day_after_it_is_used_only_when_nothing_comes_before(self):
        # 'The next day' opening a sentence follows the sentence before, not a later day.
        sentence = "The next day the council met again, and it voted on 24 February 2026."
        mentions = extract_dates(
            sentence, published=PUBLISHED, language="en", previous_day=date(2026, 2, 10)
        )
        self.assertEqual(mentions[0].start, date(2026, 2, 11))


class NextClauseIsTheNextDaysTests(unittest.TestCase):
    """'... delivered the draft on 19 February and the council adopted it the next day':
    'adopted' is the next day's, not 19 February's (a verb comes before its date in these
    languages), so 19 February is not read as the adoption (t13a: it cited the signing)."""

    SIGNED = {
        "en": "A commission was set up on 4 February 2026; it delivered its draft on 19 "
        "February and the president signed the decree the next day.",
        "fr": "Une commission a été créée le 4 février 2026 ; elle a remis son projet le 19 "
        "février et le président a signé le décret le lendemain.",
        "ru": "Комиссию создали 4 февраля 2026 года; она передала проект 19 февраля и "
        "президент подписал указ на следующий день.",
    }

    def test_the_verb_after_and_is_the_next_days(self):
        gaz = Gazetteer(participants=(), rounds=(), places=())
        for lang, text in self.SIGNED.items():
            with self.subTest(lang=lang):
                found = find_candidates(text, published=PUBLISHED, language=lang, gazetteer=gaz)
                kinds = {c.date: c.kind for c in found}
                self.assertEqual(kinds.get(date(2026, 2, 20)), "agreement")
                self.assertNotEqual(kinds.get(date(2026, 2, 19)), "agreement")
