"""An announcement told in the article's lead with no date words of its own, outside the
date line's paragraph (issue 9, session 11; LABELLING.md U2, U10): it is made on the date
line's day. Background sayings, wishes, a day already past, a week ahead and an article with
no date line printed give none. Sentences written for these tests."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates

GAZ = Gazetteer(participants=(), rounds=())
PUBLISHED = date(2019, 11, 8)
AHEAD = date(2019, 11, 25)
STAMP = "08.11.2019 16:32"

# Per language: the lead telling the day ahead as just announced, the same told as the
# story's background (a pluperfect or 'earlier'), and a headline.
LEADS = {
    "en": (
        "UN envoy Geir Pedersen announced that the next session of the Syrian "
        "Constitutional Committee will be held in Geneva on 25 November 2019.",
        "UN envoy Geir Pedersen had announced that the next session of the Syrian "
        "Constitutional Committee will be held in Geneva on 25 November 2019.",
        "Constitutional Committee to meet again",
    ),
    "fr": (
        "La prochaine session du Comité constitutionnel syrien se tiendra à Genève le "
        "25 novembre 2019, a annoncé l'envoyé de l'ONU Geir Pedersen.",
        "La prochaine session du Comité constitutionnel syrien se tiendra à Genève le "
        "25 novembre 2019, avait annoncé l'envoyé de l'ONU Geir Pedersen.",
        "Le Comité constitutionnel se réunira de nouveau",
    ),
    "ru": (
        "Следующая сессия конституционного комитета Сирии пройдёт в Женеве 25 ноября 2019 года, "
        "сообщил спецпосланник ООН Гейр Педерсен.",
        "Следующая сессия конституционного комитета Сирии пройдёт в Женеве 25 ноября 2019 года, "
        "ранее сообщил спецпосланник ООН Гейр Педерсен.",
        "Конституционный комитет соберётся снова",
    ),
    "tr": (
        "BM Suriye Özel Temsilcisi Pedersen, Anayasa Komitesi toplantılarının 25 Kasım 2019'da "
        "Cenevre'de yeniden başlayacağını duyurdu.",
        "BM Suriye Özel Temsilcisi Pedersen, Anayasa Komitesi toplantılarının 25 Kasım 2019'da "
        "Cenevre'de yeniden başlayacağını duyurmuştu.",
        "Anayasa Komitesi yeniden toplanacak",
    ),
    "ar": (
        "أعلن المبعوث الأممي غير بيدرسون أن الجولة الثانية للجنة الدستورية ستنطلق في جنيف "
        "في 25 تشرين الثاني 2019.",
        "كان المبعوث الأممي غير بيدرسون قد أعلن أن الجولة الثانية للجنة الدستورية ستنطلق في "
        "جنيف في 25 تشرين الثاني 2019.",
        "اللجنة الدستورية تعود إلى الانعقاد",
    ),
    "fa": (
        "گیر پدرسن، فرستاده سازمان ملل، اعلام کرد که دور دوم نشست کمیته قانون اساسی سوریه "
        "روز ۲۵ نوامبر ۲۰۱۹ در ژنو آغاز می‌شود.",
        "گیر پدرسن، فرستاده سازمان ملل، اعلام کرده بود که دور دوم نشست کمیته قانون اساسی "
        "سوریه روز ۲۵ نوامبر ۲۰۱۹ در ژنو آغاز می‌شود.",
        "کمیته قانون اساسی دوباره تشکیل جلسه می‌دهد",
    ),
}


def candidates(text, lang, published=PUBLISHED):
    return find_candidates(text, published=published, language=lang, gazetteer=GAZ)


def days(text, lang, published=PUBLISHED):
    return {c.date for c in candidates(text, lang, published)}


def above_the_stamp(headline, lead):
    """The page's summary of the story above its date line, the story after it."""
    return f"{headline}\n\n{lead}\n\n{STAMP}\n\nThe story goes on here without dates.\n"


class LeadAnnouncementTests(unittest.TestCase):
    def test_an_announcement_above_the_date_line_is_made_on_its_day(self):
        for lang, (told, _earlier, headline) in LEADS.items():
            with self.subTest(lang=lang):
                found = candidates(above_the_stamp(headline, told), lang)
                made = [c for c in found if c.kind == "announcement"]
                self.assertEqual([c.date for c in made], [PUBLISHED])
                self.assertIn(AHEAD, {c.date for c in found})
                self.assertIn("the date line's day", made[0].date_reason)
                self.assertEqual(made[0].quote, told)

    def test_a_saying_told_as_background_is_not_the_days_announcement(self):
        for lang, (_told, earlier, headline) in LEADS.items():
            with self.subTest(lang=lang):
                got = days(above_the_stamp(headline, earlier), lang)
                self.assertIn(AHEAD, got)
                self.assertNotIn(PUBLISHED, got)

    def test_with_no_date_line_printed_the_announcement_has_no_date(self):
        for lang, (told, _earlier, headline) in LEADS.items():
            with self.subTest(lang=lang):
                self.assertEqual(days(f"{headline}\n\n{told}\n", lang), {AHEAD})

    def test_a_repost_after_the_day_announces_nothing(self):
        # The page stamped a month later: the session is past, not announced that day.
        later = date(2019, 12, 8)
        for lang, (told, _earlier, headline) in LEADS.items():
            with self.subTest(lang=lang):
                text = above_the_stamp(headline, told).replace(STAMP, "08.12.2019 16:32")
                self.assertNotIn(later, days(text, lang, later))

    def test_the_ministrys_word_after_a_lead_about_the_day_ahead(self):
        # The lead gives the day; the next paragraph says whose word it is.
        text = (
            "Astana görüşmeleri\n\n16 Haziran 2023 16:48\n\n"
            "Astana Görüşmelerinin garantörleri 20-21 Haziran'da Kazakistan'da toplanacak.\n\n"
            "Kazakistan Dışişleri Bakanlığının açıklamasına göre görüşmelere BM de katılacak.\n"
        )
        found = candidates(text, "tr", date(2023, 6, 16))
        made = [c for c in found if c.kind == "announcement"]
        self.assertEqual([c.date for c in made], [date(2023, 6, 16)])
        self.assertIn(date(2023, 6, 20), {c.date for c in found})

    def test_a_word_on_something_else_two_sentences_later_is_no_announcement(self):
        text = (
            "Astana talks\n\n16 June 2023 16:48\n\n"
            "The guarantors of the Astana talks will meet in Kazakhstan on 20-21 June.\n\n"
            "Delegations from Jordan and Lebanon will attend as observers.\n\n"
            "The Iranian minister said the region had changed.\n"
        )
        self.assertEqual(days(text, "en", date(2023, 6, 16)), {date(2023, 6, 20)})

    def test_a_week_ahead_is_no_announced_day(self):
        text = above_the_stamp(
            "Committee to meet",
            "UN envoy Geir Pedersen announced that the Syrian Constitutional Committee "
            "will meet in Geneva next week.",
        )
        self.assertNotIn(PUBLISHED, days(text, "en"))

    def test_a_time_zone_after_the_printed_time_keeps_the_date_line(self):
        text = (
            "Astana round\n\n19 Jan. 12:20 (UTC+3 MSK)\n\n"
            "Talks on Syria were declared over last year.\n\n"
            "Kazakhstan's foreign ministry spokesman said that the 21st meeting of the "
            "Astana talks will take place on January 24-25, 2024.\n"
        )
        got = days(text, "en", date(2024, 1, 19))
        self.assertIn(date(2024, 1, 19), got)
        self.assertIn(date(2024, 1, 24), got)
