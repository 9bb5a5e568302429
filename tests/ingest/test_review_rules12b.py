"""Review defaults that cite a record only when the dates agree at the candidate's
precision (brief rules12b, issue 9, outside tester t11b findings 5 and 6). Sentences and
records written for these tests."""

from datetime import date

from peaceproc.chronology.models import Round, Track
from peaceproc.ingest.review import default_for, find_matches, load_lookups

from .reviews import happening
from .test_admin import IngestTestCase, candidate

PEOPLE = ["geir-pedersen", "asaad-al-shaibani"]


class ProposalTestCase(IngestTestCase):
    def proposal(self, c, language="en"):
        lookups = load_lookups([c], language=language)
        return default_for(c, find_matches(c, lookups), lookups)


class DayWithoutItsYearTests(ProposalTestCase):
    """A day written without its year (or as a weekday) three days from a stored meeting of
    the same people is another meeting until an editor says otherwise: offered, skipped."""

    QUOTES = {
        "en": ("Geir Pedersen met Asaad al-Shaibani in Riyadh on 15 May.", "15 May"),
        "fr": ("Geir Pedersen a rencontré Asaad al-Shaibani à Riyad le 15 mai.", "15 mai"),
        "ru": ("Гейр Педерсен встретился с Асаадом аш-Шейбани в Эр-Рияде 15 мая.", "15 мая"),
        "tr": ("Geir Pedersen, 15 Mayıs'ta Riyad'da Esad Şeybani ile görüştü.", "15 Mayıs"),
        "ar": ("التقى غير بيدرسن أسعد الشيباني في الرياض يوم 15 مايو.", "15 مايو"),
        "fa": ("گیر پدرسن روز ۱۵ مه در ریاض با اسعد شیبانی دیدار کرد.", "۱۵ مه"),
    }

    def setUp(self):
        super().setUp()
        self.talks = happening("envoy-in-riyadh-2031-05-12", "Pedersen–Shaibani talks in Riyadh",
                               date(2031, 5, 12), people=PEOPLE, place="Riyadh")  # fmt: skip

    def meeting(self, quote, words, day):
        return candidate(quote=quote, date_text=words, date=f"2031-05-{day:02d}",
                         place="Riyadh", participants=PEOPLE)  # fmt: skip

    def test_three_days_off_is_skipped_with_the_record_named(self):
        for language, (quote, words) in self.QUOTES.items():
            with self.subTest(language=language):
                proposal = self.proposal(self.meeting(quote, words, 15), language)
                self.assertEqual((proposal.action, proposal.target.record), ("skip", self.talks))
                self.assertIn("dates it to a day, 3 days from the record's", proposal.target.reason)

    def test_a_weekday_two_days_off_is_skipped_too(self):
        quote = "Geir Pedersen met Asaad al-Shaibani in Riyadh on Wednesday."
        proposal = self.proposal(self.meeting(quote, "Wednesday", 14))
        self.assertEqual((proposal.action, proposal.target.record), ("skip", self.talks))

    def test_the_same_day_or_the_next_is_still_cited(self):
        for day in (12, 13):
            with self.subTest(day=day):
                quote, words = self.QUOTES["en"]
                c = self.meeting(quote.replace("15", str(day)), words.replace("15", str(day)), day)
                proposal = self.proposal(c)
                self.assertEqual((proposal.action, proposal.target.record), ("cite", self.talks))


class YearOfAStartTests(ProposalTestCase):
    """A sentence dated by its year alone cites the track's start of that year when it
    tells a start, and no record otherwise (a year holds many meetings of the same states
    in the same city)."""

    STARTS = {
        "en": "The Doha talks began in 2034, sponsored by Russia, Turkey and Iran.",
        "fr": "Les pourparlers de Doha ont débuté en 2034 sous l'égide de la Russie, de la "
        "Turquie et de l'Iran.",
        "ru": "Переговоры в Дохе начались в 2034 году при посредничестве России, Турции и Ирана.",
        "tr": "Doha görüşmeleri 2034 yılında Rusya, Türkiye ve İran'ın himayesinde başladı.",
        "ar": "انطلقت محادثات الدوحة عام 2034 برعاية روسيا وتركيا وإيران.",
        "fa": "مذاکرات دوحه در سال ۲۰۳۴ با حمایت روسیه، ترکیه و ایران آغاز شد.",
    }
    STATES = ["russia", "turkey", "iran"]

    def setUp(self):
        super().setUp()
        self.track = Track.objects.get(slug="geneva")
        self.first = happening("doha-first-2034", "First Doha meeting", date(2034, 1, 20),
                               people=self.STATES, place="Doha", track=self.track)  # fmt: skip
        self.later = happening("doha-technical-2034", "Doha technical meeting",
                               date(2034, 3, 2), people=self.STATES, place="Doha",
                               track=self.track)  # fmt: skip

    def year_candidate(self, quote):
        return candidate(quote=quote, date_text="2034", date="2034-01-01", precision="year",
                         track="geneva", participants=self.STATES, place="Doha")  # fmt: skip

    def test_a_start_cites_the_track_s_first_record_of_the_year(self):
        for language, quote in self.STARTS.items():
            with self.subTest(language=language):
                proposal = self.proposal(self.year_candidate(quote), language)
                self.assertEqual((proposal.action, proposal.target.record), ("cite", self.first))
                self.assertIn("tells a start", proposal.target.reason)

    def test_a_record_titled_as_the_start_comes_before_an_earlier_one(self):
        launch = happening("doha-launch-2034", "The Doha process is launched",
                           date(2034, 2, 10), people=self.STATES, place="Doha",
                           track=self.track)  # fmt: skip
        proposal = self.proposal(self.year_candidate(self.STARTS["en"]))
        self.assertEqual((proposal.action, proposal.target.record), ("cite", launch))

    def test_talks_of_a_year_that_tell_no_start_cite_none_of_its_meetings(self):
        for language, quote in (
            ("en", "Russia, Turkey and Iran held talks in Doha in 2034."),
            ("fr", "La Russie, la Turquie et l'Iran ont tenu des pourparlers à Doha en 2034."),
            ("ru", "Россия, Турция и Иран провели переговоры в Дохе в 2034 году."),
        ):
            with self.subTest(language=language):
                proposal = self.proposal(self.year_candidate(quote), language)
                self.assertEqual(proposal.action, "skip")
                self.assertIn("a year holds many happenings", proposal.target.reason)

    def test_a_round_of_the_track_earlier_in_the_year_is_its_start(self):
        Round.objects.create(track=self.track, number=93, slug="geneva-93", title="Geneva 93",
                             start_date=date(2034, 1, 5), end_date=date(2034, 1, 6),
                             city="Doha")  # fmt: skip
        proposal = self.proposal(self.year_candidate(self.STARTS["en"]))
        self.assertNotEqual((proposal.action, proposal.target.record), ("cite", self.first))

    def test_a_year_with_no_track_cites_no_meeting_of_its_place(self):
        # 'The process, which started in 2034 in Doha, ...': the meeting held there that
        # year is one of the year's happenings there, with a round beside it.
        self.later.delete()
        Round.objects.create(track=self.track, number=94, slug="geneva-94", title="Geneva 94",
                             start_date=date(2034, 6, 1), end_date=date(2034, 6, 2),
                             city="Doha")  # fmt: skip
        for language, quote in (
            ("en", "The process, which started in 2034 in Doha, was meant to end the war."),
            ("ru", "Этот процесс, который стартовал в 2034 году в Дохе, должен был положить "
                   "конец войне."),
        ):  # fmt: skip
            with self.subTest(language=language):
                c = candidate(quote=quote, date_text="2034", date="2034-01-01", precision="year",
                              place="Doha")  # fmt: skip
                proposal = self.proposal(c, language)
                self.assertNotEqual((proposal.action, proposal.target.record), ("cite", self.first))

    def test_kind_and_people_tell_the_one_record_of_a_year_without_rounds(self):
        quote = "Russia, Turkey and Iran held talks in Doha in 2034."
        self.later.delete()
        proposal = self.proposal(self.year_candidate(quote))
        self.assertEqual((proposal.action, proposal.target.record), ("cite", self.first))
        Round.objects.create(track=self.track, number=95, slug="geneva-95", title="Geneva 95",
                             start_date=date(2034, 9, 1), end_date=date(2034, 9, 2),
                             city="Doha")  # fmt: skip
        proposal = self.proposal(self.year_candidate(quote))
        self.assertNotEqual((proposal.action, proposal.target.record), ("cite", self.first))
