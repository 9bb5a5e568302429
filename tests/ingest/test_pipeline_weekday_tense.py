"""The tense that places a bare weekday before or after the article's day (issue 9, session
11): an English irregular past ('told', 'gave', 'spoke', 'wrote') and an Arabic verb of
saying in the past ('أكد', 'شدد', 'طالب') are past verbs of their clause, and an Arabic
present verb with the future 'سـ' ('سيحضران', 'ستنطلق') is a future. Each sentence is dated
on a day where the nearer weekday is the wrong one, so the tense alone decides. Sentences
written for these tests, in the style of news reports."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import extract_dates

MONDAY, TUESDAY = date(2019, 6, 10), date(2019, 6, 11)


def days(text: str, lang: str, published: date) -> list[date]:
    return [m.start for m in extract_dates(text, published=published, language=lang)]


class WeekdayTenseTests(unittest.TestCase):
    def test_an_english_irregular_past_verb_dates_the_weekday_just_gone(self):
        # Friday 14 June would be the nearer one from Monday 10 June without the past verb.
        for text in (
            "Pedersen told the Security Council on Friday that the committee would meet "
            "once the rules were agreed.",
            "Pedersen gave a briefing to the Security Council on Friday, and he will travel "
            "to Damascus soon.",
            "Erdogan spoke with Putin by phone on Friday about the summit that will be held "
            "in Ankara.",
            "Lavrov wrote on Friday to his Turkish counterpart, and the two men will speak "
            "again soon.",
        ):
            with self.subTest(text=text):
                self.assertEqual(days(text, "en", MONDAY), [date(2019, 6, 7)])

    def test_an_english_future_still_dates_the_coming_weekday(self):
        for text in (
            "The guarantors will meet in Astana on Friday.",
            "The delegations are to be made aware of the agenda before the talks open on Friday.",
        ):
            with self.subTest(text=text):
                self.assertEqual(days(text, "en", date(2019, 6, 12)), [date(2019, 6, 14)])

    def test_an_arabic_verb_of_saying_in_the_past_dates_the_weekday_just_gone(self):
        # Thursday 13 June would be the nearer one from Monday 10 June.
        for text in (
            "وأكد وزير الخارجية التركي يوم الخميس أن اتفاق وقف إطلاق النار في إدلب سيصمد.",
            "وشدد المبعوث الأممي الخميس على أهمية المسار السياسي.",
            "وطالب نائب وزير الخارجية الكازاخي يوم الخميس بعقد الجولة المقبلة في موعدها.",
            "وأوضحت الخارجية الروسية في بيان الخميس أن لافروف بحث مع نظيره التركي الوضع في إدلب.",
        ):
            with self.subTest(text=text):
                self.assertEqual(days(text, "ar", MONDAY), [date(2019, 6, 6)])

    def test_an_arabic_future_prefix_dates_the_coming_weekday(self):
        # Sunday 9 June would be the nearer one from Tuesday 11 June.
        for text in (
            "وسيحضر الوفدان الأحد إلى جنيف لاستئناف المفاوضات.",
            "أفادت الأمم المتحدة بأن وفدي الحكومة والمعارضة سيحضران الأحد إلى جنيف "
            "لمعاودة المفاوضات.",
            "وستنطلق الجولة الجديدة من محادثات أستانا يوم الأحد بمشاركة وفد سياسي من المعارضة.",
            "وسيلتقي سيرغي لافروف وستافان دي ميستورا يوم الأحد في موسكو.",
        ):
            with self.subTest(text=text):
                self.assertEqual(days(text, "ar", TUESDAY), [date(2019, 6, 16)])

    def test_arabic_words_that_only_look_like_a_future(self):
        # Politics, a political delegation, Sergei, Staffan, years: no future in them.
        for text in (
            "وانطلقت الجولة الجديدة من محادثات أستانا يوم الأحد بمشاركة وفد سياسي من المعارضة.",
            "والتقى سيرغي لافروف وستافان دي ميستورا الأحد بعد سنوات من السياسة نفسها.",
        ):
            with self.subTest(text=text):
                self.assertEqual(days(text, "ar", TUESDAY), [date(2019, 6, 9)])
