"""Outside tester t15a, findings 7, 8, 9 and 11 (review15): a count read as a resolution's
number, a track named as the subject of a verb proposed as a gathering of its own, and a
place matched inside a word. The sentences and records are the tests' own, dated in 2031
so that no seeded record is near."""

import io
import json
import tempfile
import unittest
from datetime import date
from pathlib import Path

from django.core.management import call_command

from peaceproc.ingest.models import PendingArticle
from peaceproc.ingest.review import (
    NAMED_ONLY_REASON,
    default_for,
    find_matches,
    load_lookups,
    suggest_title,
)
from peaceproc.ingest.titles import candidate_place

from .reviews import ReviewTestCase, accord
from .test_admin import IngestTestCase, candidate


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


ARTICLES = (
    ("muscat.txt", "On 6 November 2026, Hakan Fidan held talks with Sergey Lavrov in Muscat about "
     "Syria.", "Muscat"),
    ("discuss.txt", "Sergey Lavrov and Hakan Fidan met in Muscat on 6 November 2026 to discuss "
     "Syria.", "Muscat"),
    ("fr.txt", "Le 6 novembre 2026, Hakan Fidan a rencontré Sergueï Lavrov à Salalah sur la Syrie.",
     "Salalah"),
)  # fmt: skip


class OnePlaceReadingTests(IngestTestCase):
    """Finding 9: 'in Muscat about Syria' stored the place 'Musc', and the command printed
    no place (or 'Syria') where the review proposed one: both now read the place the same
    way, a whole word."""

    def command_places(self, name, text):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / name
            path.write_text(text)
            out = io.StringIO()
            call_command("ingest", str(path), "--published", "2026-11-07", "--dry-run",
                         "--json", stdout=out, stderr=io.StringIO())  # fmt: skip
        return [c["place"] for c in json.loads(out.getvalue())[0]["candidates"]]

    def test_the_command_and_the_review_give_one_whole_word_place(self):
        for name, text, place in ARTICLES:
            with self.subTest(name=name):
                self.paste(text, published="2026-11-07")
                pending = PendingArticle.objects.latest("pk")
                forms = self.client.get(pending.get_absolute_url()).context["formset"].forms
                self.assertEqual([f.initial["place"] for f in forms], [place])
                self.assertEqual(self.command_places(name, text), [place])
                pending.delete()


class PlaceIsAWholeWordTests(unittest.TestCase):
    """Finding 11: the Persian 'دبیرکل' (Secretary-General) was read as Dubai."""

    def test_a_city_inside_a_longer_word_is_no_place(self):
        for lang, quote in (
            ("fa", "آنتونیو گوترش، دبیرکل سازمان ملل، روز چهارشنبه گیر پدرسن را منصوب کرد."),
            ("ar", "قال الأمين العام في دبيرة إن المشاورات مستمرة."),
        ):
            with self.subTest(lang=lang):
                self.assertEqual(candidate_place({"quote": quote, "place": None}, lang), "")

    def test_the_city_written_as_a_word_is_still_read(self):
        for lang, quote in (
            ("fa", "وزیران در دبی دیدار کردند."),
            ("ar", "اجتمع الوزراء في دبي لبحث الأوضاع."),
            ("ru", "Министры встретились в Москве."),
            ("en", "The ministers met in Muscat about the plan."),
        ):
            with self.subTest(lang=lang):
                self.assertNotEqual(candidate_place({"quote": quote, "place": None}, lang), "")


class SaidOnlyMilestoneTests(ReviewTestCase):
    """Finding 4: 'the war ended last year, al-Shaibani said' created 'Milestone with Asaad
    Hassan al-Shaibani': the person who tells a milestone is none of its makers."""

    def default(self, lang, quote, **fields):
        c = candidate(quote=quote, date_text="2030", date="2030-01-01", precision="year",
                      kind="milestone", participants=["asaad-al-shaibani"], **fields)  # fmt: skip
        lookups = load_lookups([c], language=lang)
        return suggest_title(c, lookups), default_for(c, find_matches(c, lookups), lookups)

    def test_a_milestone_named_by_who_tells_it_is_skipped(self):
        for lang, quote in (
            ("en", "Asaad al-Shaibani said the war had ended in 2030."),
            ("fr", "Asaad al-Chaibani a déclaré que la guerre avait pris fin en 2030."),
            ("ru", "Асаад аш-Шибани заявил, что война закончилась в 2030 году."),
            ("tr", "Şeybani, savaşın 2030'da sona erdiğini söyledi."),
            ("ar", "قال أسعد الشيباني إن الحرب انتهت في 2030."),
            ("fa", "اسعد الشیبانی گفت جنگ در سال ۲۰۳۰ پایان یافت."),
        ):
            with self.subTest(lang=lang):
                title, default = self.default(lang, quote)
                self.assertEqual(title, "Milestone with Asaad Hassan al-Shaibani")
                self.assertEqual(default.action, "skip")
                self.assertIn("the names of who says it", default.reason)

    def test_a_milestone_with_its_track_or_no_saying_is_still_proposed(self):
        for quote, fields in (
            ("Asaad al-Shaibani took office as foreign minister in 2030.", {}),
            ("Asaad al-Shaibani said the Constitutional Committee was dissolved in 2030.",
             {"track": "constitutional-committee"}),
        ):  # fmt: skip
            with self.subTest(quote=quote):
                _title, default = self.default("en", quote, **fields)
                self.assertEqual(default.action, "create")
