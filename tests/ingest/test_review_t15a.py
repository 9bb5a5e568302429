"""Outside tester t15a, findings 7, 8, 9 and 11 (review15): a count read as a resolution's
number, a track named as the subject of a verb proposed as a gathering of its own, and a
place matched inside a word. The sentences and records are the tests' own, dated in 2031
so that no seeded record is near."""

from datetime import date

from peaceproc.ingest.review import (
    NAMED_ONLY_REASON,
    default_for,
    find_matches,
    load_lookups,
    suggest_title,
)

from .reviews import ReviewTestCase, accord
from .test_admin import candidate


class CountIsNoResolutionNumberTests(ReviewTestCase):
    """Finding 7: '2254 refugees' cited resolution 2254 as 'the sentence names its
    number'; a figure names a resolution only beside its word or in its symbol."""

    def setUp(self):
        super().setUp()
        self.resolution = accord("unsc-2931", "UN Security Council resolution 2931",
                                 date(2031, 6, 1))  # fmt: skip

    def target(self, lang, quote, date_text):
        c = candidate(quote=quote, date_text=date_text, date="2031-06-01", kind="statement")
        lookups = load_lookups([c], language=lang)
        default = default_for(c, find_matches(c, lookups), lookups)
        return default.target

    def test_a_count_cites_no_resolution_in_any_language(self):
        for lang, quote, date_text in (
            ("en", "On 1 June 2031, 2931 refugees crossed into Jordan.", "1 June 2031"),
            ("fr", "Le 1er juin 2031, 2931 familles sont rentrées à Homs.", "1er juin 2031"),
            ("ru", "1 июня 2031 года в Хомс вернулись 2931 семья.", "1 июня 2031 года"),
            ("tr", "1 Haziran 2031'de 2931 aile Humus'a döndü.", "1 Haziran 2031"),
            ("ar", "في 1 يونيو 2031 عادت 2931 عائلة إلى حمص.", "1 يونيو 2031"),
            ("fa", "در ۱ ژوئن ۲۰۳۱ تعداد ۲۹۳۱ خانواده به حمص بازگشتند.", "۱ ژوئن ۲۰۳۱"),
        ):  # fmt: skip
            with self.subTest(lang=lang):
                target = self.target(lang, quote, date_text)
                reason = target.reason if target else ""
                self.assertNotIn("the sentence names its number", reason)

    def test_a_resolution_word_or_symbol_still_names_it(self):
        for lang, quote, date_text in (
            ("en", "On 1 June 2031 the Council adopted resolution 2931.", "1 June 2031"),
            ("en", "On 1 June 2031 the Council adopted S/RES/2931 (2031).", "1 June 2031"),
            ("fr", "Le 1er juin 2031, le Conseil a adopté la résolution 2931.", "1er juin 2031"),
            ("ru", "1 июня 2031 года СБ ООН принял резолюцию № 2931.", "1 июня 2031 года"),
            ("tr", "BM Güvenlik Konseyi 1 Haziran 2031'de 2931 sayılı kararı kabul etti.",
             "1 Haziran 2031"),
            ("ar", "في 1 يونيو 2031 تبنى مجلس الأمن القرار رقم 2931.", "1 يونيو 2031"),
            ("fa", "شورای امنیت در ۱ ژوئن ۲۰۳۱ قطعنامه ۲۹۳۱ را تصویب کرد.", "۱ ژوئن ۲۰۳۱"),
        ):  # fmt: skip
            with self.subTest(lang=lang, quote=quote):
                target = self.target(lang, quote, date_text)
                self.assertEqual(target.record, self.resolution)
                self.assertIn("the sentence names its number", target.reason)


class TrackAsSubjectTests(ReviewTestCase):
    """Finding 8: 'the Geneva talks issued an announcement' was read as a meeting and
    proposed to create 'Geneva talks: meeting': a track that speaks is no gathering."""

    def default(self, lang, quote, date_text, **fields):
        c = candidate(quote=quote, date_text=date_text, date="2031-03-03", kind="meeting",
                      track="geneva", **fields)  # fmt: skip
        lookups = load_lookups([c], language=lang)
        return suggest_title(c, lookups), default_for(c, find_matches(c, lookups), lookups)

    def test_the_talks_that_speak_are_skipped_in_every_language(self):
        for lang, quote, date_text in (
            ("en", "On 3 March 2031 the Geneva talks issued an announcement.", "3 March 2031"),
            ("en", "Geneva talks: statement on 3 March 2031.", "3 March 2031"),
            ("fr", "Le 3 mars 2031, les pourparlers de Genève ont publié un communiqué.",
             "3 mars 2031"),
            ("ru", "3 марта 2031 года переговоры в Женеве выступили с заявлением.",
             "3 марта 2031 года"),
            ("tr", "Cenevre görüşmeleri 3 Mart 2031'de bir bildiri yayımladı.", "3 Mart 2031"),
            ("ar", "في 3 مارس 2031 المحادثات في جنيف أصدرت بيانا.", "3 مارس 2031"),
            ("fa", "مذاکرات ژنو در ۳ مارس ۲۰۳۱ بیانیه‌ای صادر کرد.", "۳ مارس ۲۰۳۱"),
        ):  # fmt: skip
            with self.subTest(lang=lang, quote=quote):
                title, default = self.default(lang, quote, date_text)
                self.assertEqual(title, "Geneva talks: meeting")
                self.assertEqual(default.action, "skip")
                self.assertEqual(default.reason, NAMED_ONLY_REASON.format(title=title))

    def test_talks_held_that_day_are_still_proposed(self):
        for quote in (
            "On 3 March 2031 the Geneva talks resumed.",
            "The Geneva talks on 3 March 2031 issued an announcement after the delegations met.",
        ):
            with self.subTest(quote=quote):
                _title, default = self.default("en", quote, "3 March 2031")
                self.assertEqual(default.action, "create")
