"""An outside tester's findings (issue 9): relative days count from the publication date
unless a real dateline gives the article's day, a dated clause later in the article is not
a dateline, and invisible marks between a day and its month do not drop the day."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, extract_dates, find_candidates

GAZ = Gazetteer(participants=(), rounds=())
PUBLISHED = date(2023, 3, 9)  # a Thursday

# A relative word first, then a paragraph whose clause opens with a few words, a comma and
# a day near the publication date: the layout that was read as a dateline.
LATER_CLAUSE = {
    "en": (
        "The envoys meet {w} in Amman.",
        "The previous meeting, 20 February 2023, was in Sochi.",
    ),
    "fr": (
        "Les envoyés se voient {w} à Amman.",
        "La réunion précédente, 20 février 2023, eut lieu à Sotchi.",
    ),
    "ru": (
        "Посланники встречаются {w} в Аммане.",
        "Прошлая встреча, 20 февраля 2023 года, была в Сочи.",
    ),
    "tr": (
        "Temsilciler {w} Amman'da görüşüyor.",
        "Önceki toplantı, 20 Şubat 2023'te Soçi'de yapıldı.",
    ),
    "ar": ("يلتقي المبعوثون {w} في عمان.", "الاجتماع السابق، 20 فبراير 2023، كان في سوتشي."),
    "fa": ("فرستادگان {w} در امان دیدار می‌کنند.", "نشست پیشین، ۲۰ فوریه ۲۰۲۳، در سوچی بود."),
}
RELATIVE_WORDS = {
    "en": ("yesterday", "today", "tomorrow"),
    "fr": ("hier", "aujourd'hui", "demain"),
    "ru": ("вчера", "сегодня", "завтра"),
    "tr": ("dün", "bugün", "yarın"),
    "ar": ("أمس", "اليوم", "غدا"),
    "fa": ("دیروز", "امروز", "فردا"),
}
OFFSETS = (-1, 0, 1)


def relative_dates(text, lang):
    """The relative words' dates, read as the pipeline reads the article."""
    from peaceproc.ingest.pipeline.extract import find_dateline
    from peaceproc.ingest.pipeline.text import split_sentences

    sentences = split_sentences(text)
    dateline = find_dateline(sentences, PUBLISHED, lang)
    today = dateline.start if dateline else None
    return [
        m
        for s in sentences
        for m in extract_dates(s.text, published=PUBLISHED, language=lang, today=today)
        if m.basis == "relative"
    ]


class RelativeDayAnchorTests(unittest.TestCase):
    def test_a_dated_clause_after_the_relative_word_is_not_the_articles_day(self):
        for lang, (first, later) in LATER_CLAUSE.items():
            for dated in (later, later.replace("20", "21-22", 1).replace("۲۰", "۲۱-۲۲", 1)):
                for word, offset in zip(RELATIVE_WORDS[lang], OFFSETS, strict=True):
                    with self.subTest(lang=lang, word=word, later=dated):
                        text = first.format(w=word) + "\n\n" + dated
                        got = relative_dates(text, lang)
                        self.assertEqual(len(got), 1, got)
                        self.assertEqual(got[0].start, date(2023, 3, 9 + offset))

    def test_the_reason_names_the_day_it_counts_from(self):
        text = "Temsilciler yarın Amman'da görüşüyor.\n\nÖnceki toplantı, 20 Şubat 2023'te yapıldı."
        (c,) = [c for c in find_candidates(text, published=PUBLISHED, language="tr", gazetteer=GAZ)
                if c.date_text == "yarın"]  # fmt: skip
        self.assertEqual(c.date, date(2023, 3, 10))
        self.assertIn("relative: yarın, from the publication date 9 Mar 2023", c.date_reason)

    def test_a_real_dateline_still_gives_the_day_and_says_so(self):
        text = (
            "AMMAN, March 7 (Reuters) - The envoys met again yesterday, officials said.\n\n"
            "Their previous meeting was in Sochi."
        )
        (m,) = relative_dates(text, "en")
        self.assertEqual(m.start, date(2023, 3, 6))
        self.assertIn("from the dateline's day 7 Mar 2023", m.why)

    def test_ago_counts_from_the_publication_date_too(self):
        (m,) = extract_dates("Talks ended two days ago.", published=PUBLISHED, language="en")
        self.assertEqual(m.start, date(2023, 3, 7))
        self.assertEqual(m.why, "relative: two days ago, from the publication date 9 Mar 2023")


class InvisibleMarkTests(unittest.TestCase):
    def read(self, sentence, lang):
        (m,) = extract_dates(sentence, published=PUBLISHED, language=lang)
        self.assertEqual(sentence[m.char_start : m.char_end], m.text)  # offsets kept
        return m.start, m.precision

    def test_a_mark_between_day_and_month_keeps_the_day(self):
        day = (date(2022, 6, 14), "day")
        for mark in "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069":
            with self.subTest(mark=hex(ord(mark))):
                self.assertEqual(self.read(f"اجتمعوا في 14{mark} حزيران/يونيو 2022.", "ar"), day)
        for mark in "\u200b\u200c\u200d\u2060\ufeff":
            with self.subTest(mark=hex(ord(mark))):
                self.assertEqual(self.read(f"They met on 14{mark}June 2022.", "en"), day)

    def test_marks_around_a_date_are_ignored(self):
        got = self.read("Les délégués se sont vus le \u202b14 juin 2022\u202c à Vienne.", "fr")
        self.assertEqual(got, (date(2022, 6, 14), "day"))

    def test_a_joiner_inside_a_persian_word_is_part_of_its_spelling(self):
        got = self.read("نشست روز سه\u200cشنبه ۲۴ خرداد ۱۴۰۱ برگزار شد.", "fa")
        self.assertEqual(got, (date(2022, 6, 14), "day"))


class ReasonWordingTests(unittest.TestCase):
    def test_a_day_just_ahead_of_a_past_clause_names_its_anchor_and_counts_in_the_singular(self):
        (m,) = extract_dates(
            "Les délégués sont arrivés jeudi 15 juin.", published=date(2023, 6, 14), language="fr"
        )
        self.assertEqual(m.start, date(2023, 6, 15))
        self.assertEqual(
            m.why,
            "no year, past tense but only 1 day after the publication date 14 Jun 2023: "
            "the next 15 juin",
        )

    def test_a_lower_case_clause_before_a_day_is_no_dateline(self):
        text = (
            "Le comité s'est réuni mercredi 14 juin.\n\n"
            "Deux jours plus tôt, lundi 12 juin, les délégués sont arrivés."
        )
        (c, *_) = find_candidates(text, published=date(2023, 6, 15), language="fr", gazetteer=GAZ)
        self.assertEqual(c.date, date(2023, 6, 14))
        self.assertIn("past tense: the last 14 juin", c.date_reason)
