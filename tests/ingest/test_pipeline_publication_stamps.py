"""Publication stamps as the article's date line (issue 9, rules10d; LABELLING.md U10): a
date after a label word ('Published:', 'Yayınlanma:', 'تاريخ النشر') or a line holding only
a stamp counted back from now ('3 hours ago', 'منذ ساعتين') dates the story told under it
with no date of its own; the stamp is no happening itself, an update's stamp dates nothing,
and a dateless headline over the stamp is its day. Sentences written for these tests."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates

GAZ = Gazetteer(participants=(), rounds=())
PUBLISHED = date(2025, 3, 10)
STAMPED = date(2025, 3, 8)

# Per language: a headline, a story sentence that reports a meeting with no date words, and
# a closing line.
STORIES = {
    "en": (
        "Envoy meets delegations",
        "The UN envoy met the government and opposition delegations in Geneva.",
        "More news.",
    ),
    "fr": (
        "L'émissaire rencontre les délégations",
        "L'émissaire de l'ONU a rencontré les délégations du gouvernement et de "
        "l'opposition à Genève.",
        "Autres nouvelles.",
    ),
    "ru": (
        "Спецпосланник встретился с делегациями",
        "Спецпосланник ООН встретился с делегациями правительства и оппозиции в Женеве.",
        "Другие новости.",
    ),
    "tr": (
        "Özel temsilci heyetlerle görüştü",
        "BM Suriye Özel Temsilcisi, Cenevre'de hükümet ve muhalefet heyetleriyle bir araya geldi.",
        "Diğer haberler.",
    ),
    "ar": (
        "المبعوث يلتقي الوفود",
        "التقى المبعوث الأممي وفدي الحكومة والمعارضة في جنيف.",
        "أخبار أخرى.",
    ),
    "fa": (
        "دیدار فرستاده با هیئت‌ها",
        "فرستاده سازمان ملل با هیئت‌های دولت و مخالفان در ژنو دیدار کرد.",
        "اخبار دیگر.",
    ),
}

LABELLED = {
    "en": ["News Desk | Published: 8th March 2025", "Posted on 8 March 2025 14:05"],
    "fr": ["Publié le 08/03/2025 à 14h05", "Par la rédaction | Mis en ligne le 8 mars 2025"],
    "ru": ["Опубликовано: 08.03.2025 14:05", "Дата публикации: 8 марта 2025"],
    "tr": ["Yayınlanma: 08.03.2025 14:05", "GİRİŞ 08.03.2025 14:05 GÜNCELLEME 10.03.2025 09:12"],
    "ar": ["تاريخ النشر: 08-03-2025", "نشر في 8 مارس 2025 - 14:05"],
    "fa": ["تاریخ انتشار: ۱۸ اسفند ۱۴۰۳", "منتشر شده در ۱۸ اسفند ۱۴۰۳ - ۱۴:۰۵"],
}
COUNTED_BACK = {
    "en": ["2 hours ago", "Published: 45 minutes ago", "just now"],
    "fr": ["Il y a 2 heures", "Il y a 35 minutes", "à l'instant"],
    "ru": ["3 часа назад", "час назад", "25 минут назад"],
    "tr": ["2 saat önce", "45 dakika önce", "az önce"],
    "ar": ["منذ ساعتين", "منذ 3 ساعات", "قبل 20 دقيقة"],
    "fa": ["دقایقی پیش", "۲ ساعت پیش", "۴۰ دقیقه پیش"],
}
UPDATED = {
    "en": "Updated: 8th March 2025",
    "fr": "Mis à jour le 08/03/2025",
    "ru": "Обновлено: 08.03.2025",
    "tr": "Güncelleme: 08.03.2025",
    "ar": "آخر تحديث: 08-03-2025",
    "fa": "آخرین به‌روزرسانی: ۱۸ اسفند ۱۴۰۳",
}
# 'two days ago' on such a line is a date of its own, not the publication day.
DAYS_BACK = {
    "en": "2 days ago",
    "fr": "Il y a 2 jours",
    "ru": "2 дня назад",
    "tr": "2 gün önce",
    "ar": "منذ يومين",
    "fa": "۲ روز پیش",
}


def article(lang, stamp, *, story=None):
    head, body, tail = STORIES[lang]
    return f"{head}\n\n{stamp}\n\n{story or body}\n\n{tail}"


def found(text, lang):
    return find_candidates(text, published=PUBLISHED, language=lang, gazetteer=GAZ)


class LabelledStampTests(unittest.TestCase):
    def test_a_labelled_stamp_dates_the_story_under_it(self):
        for lang, stamps in LABELLED.items():
            for stamp in stamps:
                with self.subTest(lang=lang, stamp=stamp):
                    cands = found(article(lang, stamp), lang)
                    self.assertEqual([c.date for c in cands], [STAMPED])
                    self.assertEqual(cands[0].kind, "meeting")
                    self.assertIn("dateline", cands[0].date_reason)

    def test_an_update_stamp_dates_nothing(self):
        for lang, stamp in UPDATED.items():
            with self.subTest(lang=lang):
                self.assertEqual(found(article(lang, stamp), lang), [])

    def test_the_label_words_inside_a_sentence_make_no_stamp(self):
        texts = {
            "en": "The report published on 8 March 2025 described the fighting.",
            "fr": "Le rapport publié le 8 mars 2025 décrit les combats.",
            "tr": "8 Mart 2025'te yayınlanan rapor çatışmaları anlatıyor.",
        }
        for lang, stamp in texts.items():
            with self.subTest(lang=lang):
                self.assertEqual(found(article(lang, stamp), lang), [])


class CountedBackStampTests(unittest.TestCase):
    def test_a_stamp_counted_back_in_hours_is_the_publication_day(self):
        for lang, stamps in COUNTED_BACK.items():
            for stamp in stamps:
                with self.subTest(lang=lang, stamp=stamp):
                    cands = found(article(lang, stamp), lang)
                    self.assertEqual([c.date for c in cands], [PUBLISHED])
                    self.assertIn("stamp", cands[0].date_reason)

    def test_a_stamp_counted_back_in_days_is_no_date_line(self):
        for lang, stamp in DAYS_BACK.items():
            with self.subTest(lang=lang):
                self.assertNotIn(PUBLISHED, [c.date for c in found(article(lang, stamp), lang)])

    def test_the_story_own_date_wins_over_the_stamp(self):
        own = {
            "en": "The UN envoy met the delegations in Geneva on 3 March 2025.",
            "ru": "Спецпосланник ООН встретился с делегациями в Женеве 3 марта 2025 года.",
            "tr": "BM Özel Temsilcisi, 3 Mart 2025'te Cenevre'de heyetlerle bir araya geldi.",
        }
        for lang, story in own.items():
            with self.subTest(lang=lang):
                stamp = COUNTED_BACK[lang][0]
                got = [c.date for c in found(article(lang, stamp, story=story), lang)]
                self.assertEqual(got, [date(2025, 3, 3)])

    def test_a_stamp_far_down_the_page_is_no_date_line(self):
        filler = "\n\n".join(f"Paragraph {n} says nothing about talks." for n in range(10))
        head, body, tail = STORIES["en"]
        text = f"{head}\n\n{body}\n\n{filler}\n\n3 hours ago\n\n{tail}"
        self.assertEqual(found(text, "en"), [])


class HeadlineOverStampTests(unittest.TestCase):
    HEADLINES = {
        "en": "Security Council meets on Syria",
        "fr": "Le Conseil de sécurité se réunit sur la Syrie",
        "ru": "Совбез ООН провел заседание по Сирии",
        "tr": "BMGK, Suriye'deki son gelişmeleri görüşmek üzere toplandı",
        "ar": "مجلس الأمن يعقد جلسة حول سوريا",
        "fa": "شورای امنیت درباره سوریه تشکیل جلسه داد",
    }
    LEADS = {
        "en": "Humanitarian needs were on the agenda.",
        "fr": "Les besoins humanitaires étaient à l'ordre du jour.",
        "ru": "Речь шла о гуманитарных нуждах.",
        "tr": "Gündemde insani ihtiyaçlar vardı.",
        "ar": "وتناول النقاش الاحتياجات الإنسانية.",
        "fa": "نیازهای انسانی در دستور کار بود.",
    }

    def test_a_dateless_headline_over_the_stamp_is_the_stamp_day(self):
        for lang, headline in self.HEADLINES.items():
            with self.subTest(lang=lang):
                text = f"{headline}\n\n{LABELLED[lang][0]}\n\n{self.LEADS[lang]}\n\nMore."
                self.assertEqual([c.date for c in found(text, lang)], [STAMPED])

    def test_the_headline_is_not_dated_when_the_story_dates_that_track(self):
        text = (
            "Security Council meets on Syria\n\nPublished: 8th March 2025\n\n"
            "The Security Council will meet on Syria on 12 March 2025.\n\nMore."
        )
        self.assertEqual([c.date for c in found(text, "en")], [date(2025, 3, 12)])

    def test_a_headline_with_no_stamp_is_not_dated(self):
        text = "Security Council meets on Syria\n\nHumanitarian needs were on the agenda.\n\nMore."
        self.assertEqual(found(text, "en"), [])
