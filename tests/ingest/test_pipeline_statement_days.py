"""Issue 9, tester's finding 6: the day of a quoted 'today', a topic that is no happening,
a weekday restating a relative day, a headline repeating the body, and the future cue
words behind a date's reason."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, extract_dates, find_candidates

EMPTY = Gazetteer((), ())


def days(sentence, lang, published, **kw):
    return [
        (m.start.isoformat(), m.text)
        for m in extract_dates(sentence, published=published, language=lang, **kw)
    ]


class QuotedTodayTests(unittest.TestCase):
    def test_today_in_a_quotation_said_yesterday(self):
        pub = date(2025, 2, 26)
        for lang, sentence in [
            ("en", 'The envoy said yesterday: "Today we opened a new page."'),
            ("ar", "وقال المبعوث أمس: «اليوم فتحنا صفحة جديدة»."),
            ("ru", "Посланник заявил вчера: «Сегодня мы открыли новую страницу»."),
            ("tr", 'Bakan dün şunları söyledi: "Bugün yeni bir sayfa açtık."'),
        ]:
            with self.subTest(lang=lang):
                self.assertEqual({d for d, _ in days(sentence, lang, pub)}, {"2025-02-25"})

    def test_a_quotation_without_its_day_takes_the_statement_named_before(self):
        found = days(
            'The statement read, "The conference took place today in Damascus."',
            "en",
            date(2025, 2, 26),
            previous_day=date(2025, 2, 25),
        )
        self.assertEqual(found, [("2025-02-25", "today")])

    def test_today_outside_a_quotation_is_the_articles(self):
        found = days(
            "Talks open today in Geneva.", "en", date(2025, 2, 26), previous_day=date(2025, 2, 25)
        )
        self.assertEqual(found, [("2025-02-26", "today")])


class WeekdayRestatingTests(unittest.TestCase):
    def test_yesterday_then_its_weekday_in_parentheses_is_one_date(self):
        found = extract_dates(
            "Kazak hükümeti dün (Perşembe) yeni bir müzakere turunu duyurdu.",
            published=date(2022, 5, 27),
            language="tr",
        )
        self.assertEqual(
            [(m.start, m.text) for m in found], [(date(2022, 5, 26), "dün (Perşembe)")]
        )


class TopicIsNoHappeningTests(unittest.TestCase):
    def test_a_call_for_a_ceasefire_is_no_ceasefire(self):
        text = (
            "UN envoy Geir Pedersen on Monday repeated his call for a nationwide ceasefire "
            "at a press conference in Geneva."
        )
        cands = find_candidates(text, published=date(2019, 10, 28), language="en", gazetteer=EMPTY)
        self.assertNotIn("ceasefire", [c.kind for c in cands])

    def test_a_ceasefire_agreed_is_one(self):
        text = "Russia and Turkey agreed on a ceasefire on Monday."
        cands = find_candidates(text, published=date(2019, 10, 28), language="en", gazetteer=EMPTY)
        self.assertEqual([c.kind for c in cands], ["ceasefire"])


class HeadlineTests(unittest.TestCase):
    def test_the_headline_and_the_body_name_one_happening(self):
        text = (
            "Syrian talks in Astana to be held in late February\n\n"
            "An international meeting on Syria is planned for late February in Astana, the "
            "Kazakh foreign minister said on Tuesday.\n"
        )
        cands = find_candidates(text, published=date(2018, 2, 6), language="en", gazetteer=EMPTY)
        self.assertEqual(len(cands), 1)
        self.assertEqual((cands[0].date, cands[0].track), (date(2018, 2, 1), "astana"))


class FutureCueTests(unittest.TestCase):
    def test_future_words_in_six_languages(self):
        pub = date(2018, 2, 6)
        for lang, sentence in [
            ("en", "Syrian talks in Astana to be held on 20 January"),
            ("en", "The meeting will take place on 20 January."),
            ("en", "The meeting is due on 20 January."),
            ("fr", "La réunion doit se tenir le 20 janvier."),
            ("fr", "La réunion aura lieu le 20 janvier."),
            ("ru", "Встреча должна пройти 20 января."),
            ("ru", "Встреча состоится 20 января."),
            ("ar", "من المقرر أن يعقد الاجتماع في 20 يناير."),
            ("ar", "ستجري المحادثات في 20 يناير."),
            ("fa", "این نشست ۲۰ ژانویه برگزار خواهد شد."),
            ("tr", "Toplantı 20 Ocak'ta yapılacak."),
        ]:
            with self.subTest(lang=lang, sentence=sentence):
                m = extract_dates(sentence, published=pub, language=lang)[0]
                self.assertEqual(m.start, date(2019, 1, 20))
                self.assertIn("future tense", m.why)


class QuotedStatementCandidateTests(unittest.TestCase):
    def test_the_conference_and_its_statement_quoting_today_are_one_candidate(self):
        text = (
            "The committee announced the final statement of the conference, which held its "
            "sessions yesterday, Tuesday, February 25.\n\n"
            'The statement read, "The National Dialogue Conference took place today at the '
            "People's Palace in Damascus.\"\n"
        )
        cands = find_candidates(text, published=date(2025, 2, 26), language="en", gazetteer=EMPTY)
        self.assertEqual([(c.date, c.kind) for c in cands], [(date(2025, 2, 25), "conference")])
