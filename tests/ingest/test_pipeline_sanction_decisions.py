"""Decisions on sanctions and lists, vetoes and votes on a text are happenings in the six
languages (issue 9, outside tester t9b: 'a levé le 6 novembre 2025 les sanctions' gave no
candidate where 'a adopté le 6 novembre 2025 une résolution' did); a sentence that dates a
weekday of a day it also writes in full shows the full date as its reason. Sentences
written for these tests."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates

GAZ = Gazetteer(participants=(), rounds=())
PUBLISHED = date(2026, 2, 1)


def found(text, lang, published=PUBLISHED):
    return [
        (c.date, c.kind)
        for c in find_candidates(text, published=published, language=lang, gazetteer=GAZ)
    ]


class DecisionTests(unittest.TestCase):
    def test_sanctions_lifted_imposed_eased_or_extended(self):
        for lang, text, day in (
            ("en", "The Council lifted the travel ban on two ministers on 4 March 2025.", None),
            ("en", "The European Union extended its sanctions on the old elite on 28 May 2025.",
             date(2025, 5, 28)),
            ("en", "Sanctions on the central bank were eased on 2 June 2025.", date(2025, 6, 2)),
            ("fr", "Le Conseil a levé le 14 mars 2025 les sanctions visant deux ministres.",
             date(2025, 3, 14)),
            ("fr", "Bruxelles a prolongé le 28 mai 2025 ses sanctions contre l'ancien régime.",
             date(2025, 5, 28)),
            ("ru", "Евросоюз 28 мая 2025 года продлил санкции против бывших чиновников.",
             date(2025, 5, 28)),
            ("tr", "AB 28 Mayıs 2025'te eski yetkililere yönelik yaptırımları uzattı.",
             date(2025, 5, 28)),
            ("ar", "مدد الاتحاد الأوروبي في 28 أيار 2025 العقوبات على مسؤولين سابقين.",
             date(2025, 5, 28)),
            ("ar", "فرضت الخزانة الأمريكية في 2 حزيران 2025 عقوبات على ثلاثة قادة.",
             date(2025, 6, 2)),
            ("fa", "اتحادیه اروپا در ۲۸ مه ۲۰۲۵ تحریم‌ها علیه مقام‌های سابق را تمدید کرد.",
             date(2025, 5, 28)),
        ):  # fmt: skip
            with self.subTest(text):
                got = found(text, lang)
                if day is None:  # a travel ban is no sanction word: nothing to see
                    self.assertEqual(got, [])
                else:
                    self.assertIn((day, "milestone"), got)

    def test_removed_from_a_list_a_veto_and_a_rejected_draft(self):
        for lang, text, day in (
            ("en", "On 9 April 2025 the committee removed the minister from its sanctions list.",
             date(2025, 4, 9)),
            ("en", "Two permanent members vetoed the text on 19 September 2019.",
             date(2019, 9, 19)),
            ("fr", "Deux membres permanents ont opposé leur veto le 19 septembre 2019.",
             date(2019, 9, 19)),
            ("ru", "19 сентября 2019 года два постоянных члена наложили вето на проект.",
             date(2019, 9, 19)),
            ("tr", "İki daimi üye 19 Eylül 2019'da tasarıyı veto etti.", date(2019, 9, 19)),
            ("ar", "استخدم عضوان دائمان حق النقض في 19 أيلول 2019.", date(2019, 9, 19)),
            ("ar", "رفض المجلس في 3 نيسان 2025 مشروع القرار الروسي.", date(2025, 4, 3)),
            ("fa", "دو عضو دائم در ۱۹ سپتامبر ۲۰۱۹ پیش‌نویس را وتو کردند.", date(2019, 9, 19)),
            ("fa", "مجلس در ۱۲ مهر ۱۴۰۳ طرح تازه را رد کرد.", date(2024, 10, 3)),
        ):  # fmt: skip
            with self.subTest(text):
                self.assertIn((day, "milestone"), found(text, lang))

    def test_rejecting_accusations_is_a_reaction_not_a_decision(self):
        for lang, text in (
            ("en", "The ministry on 3 March 2025 rejected the accusations as baseless."),
            ("fr", "Le ministère a rejeté le 3 mars 2025 les accusations."),
            ("ru", "3 марта 2025 года министерство отклонило обвинения."),
            ("tr", "Bakanlık 3 Mart 2025'te suçlamaları reddetti."),
            ("ar", "رفضت الوزارة في 3 آذار 2025 الاتهامات."),
            ("fa", "وزارت در ۳ مارس ۲۰۲۵ این اتهامات را رد کرد."),
        ):
            with self.subTest(text):
                self.assertEqual(found(text, lang), [])


class FullDateShownTests(unittest.TestCase):
    def test_a_weekday_of_the_datelines_day_shows_the_full_date(self):
        text = (
            "Parliament vote\n\nHOMS, March 2, 2025 - Delegates elected a new speaker on "
            "Sunday as the assembly met for its first session."
        )
        (c,) = find_candidates(text, published=date(2025, 3, 2), language="en", gazetteer=GAZ)
        self.assertEqual((c.date, c.date_text), (date(2025, 3, 2), "March 2, 2025"))
        self.assertTrue(c.date_reason.startswith("“March 2, 2025”: written in full; “Sunday”"))
        # Both are highlighted, in the order the sentence has them.
        spans = [c.quote[a:b] for a, b in c.date_spans]
        self.assertEqual(spans, ["March 2, 2025", "Sunday"])

    def test_a_weekday_of_another_day_keeps_its_own_words(self):
        text = (
            "Parliament vote\n\nHOMS, March 3, 2025 - Delegates elected a new speaker on "
            "Sunday as the assembly met for its first session."
        )
        (c,) = find_candidates(text, published=date(2025, 3, 3), language="en", gazetteer=GAZ)
        self.assertEqual((c.date, c.date_text), (date(2025, 3, 2), "Sunday"))
