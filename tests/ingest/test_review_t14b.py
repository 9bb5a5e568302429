"""Outside tester t14b (issues 9 and 11), review defaults: an appointment dated by its
month cited the predecessor's resignation of that month and added the new envoy to it
(finding 1). The shape is the tester's; the sentences and records are the tests' own,
dated in 2030 so that no seeded record is near."""

from datetime import date

from peaceproc.chronology.models import Event
from peaceproc.ingest.office import LEAVES, TAKES, office_moves, other_move
from peaceproc.ingest.review import (
    NAMED_ONLY_REASON,
    default_for,
    find_matches,
    load_lookups,
    suggest_title,
)
from peaceproc.ingest.titles import bare, named_only

from .reviews import ReviewTestCase, happening
from .test_admin import candidate

OLD, NEW = "staffan-de-mistura", "geir-pedersen"
TITLE = "Staffan de Mistura announces he will step down"


def month_candidate(quote: str, *, language: str = "en", date_text: str = "October 2030"):
    return candidate(quote=quote, date_text=date_text, date="2030-10-01", precision="month",
                     kind="milestone", participants=[NEW, OLD], language=language)  # fmt: skip


class AppointmentIsNotTheResignationTests(ReviewTestCase):
    """Finding 1: 'Pedersen was appointed in October 2018, succeeding de Mistura' cited
    'Staffan de Mistura announces he will step down' (17 October 2018) by default."""

    def setUp(self):
        super().setUp()
        self.resignation = happening("old-envoy-steps-down", TITLE, date(2030, 10, 17),
                                     people=[OLD], kind=Event.Kind.MILESTONE)  # fmt: skip

    def default(self, quote: str, language: str = "en", date_text: str = "October 2030"):
        c = month_candidate(quote, language=language, date_text=date_text)
        lookups = load_lookups([c], language=language)
        return default_for(c, find_matches(c, lookups), lookups)

    def test_an_appointment_only_may_repeat_the_predecessors_departure(self):
        sentences = {
            "en": ("Pedersen was appointed in October 2030, succeeding de Mistura.",
                   "October 2030"),
            "fr": ("Pedersen a été nommé en octobre 2030 pour succéder à de Mistura.",
                   "octobre 2030"),
            "ru": ("Педерсен был назначен в октябре 2030 года вместо де Мистуры.",
                   "октябре 2030 года"),
            "ar": ("وكان بيدرسون قد عُيّن في هذا المنصب في تشرين الأول 2030، خلفاً لستيفان دي "
                   "ميستورا.", "تشرين الأول 2030"),
            "tr": ("Pedersen, Ekim 2030'da de Mistura'nın yerine atandı.", "Ekim 2030"),
        }  # fmt: skip
        for language, (quote, date_text) in sentences.items():
            with self.subTest(language):
                default = self.default(quote, language, date_text)
                self.assertEqual(default.action, "skip")
                self.assertEqual(default.target.record, self.resignation)  # named
                self.assertFalse(default.target.strong)
                self.assertIn("an appointment, the record a departure", default.target.reason)

    def test_the_departure_itself_is_still_cited(self):
        default = self.default(
            "De Mistura said in October 2030 that he would step down at the end of November."
        )
        self.assertEqual(default.action, "cite")
        self.assertEqual(default.target.record, self.resignation)

    def test_a_tenures_start_told_beside_a_departure_is_still_cited(self):
        # The verb of the date's clause tells the happening: 'in office since 2031' is the
        # start of the tenure, the departure is today's news (dev corpus tr-010's shape).
        start = happening("new-envoy-takes-up-duties", "Geir Pedersen takes up his duties",
                          date(2031, 1, 7), people=[NEW], kind=Event.Kind.MILESTONE)  # fmt: skip
        quote = ("Geir Pedersen, the UN envoy since 2031, told the Security Council in New York "
                 "on Thursday evening that he would step down.")  # fmt: skip
        c = candidate(quote=quote, date_text="2031", date="2031-01-01", precision="year",
                      kind="milestone", participants=[NEW])  # fmt: skip
        lookups = load_lookups([c])
        default = default_for(c, find_matches(c, lookups), lookups)
        self.assertEqual((default.action, default.target.record), ("cite", start))

    def test_accepting_the_defaults_adds_nobody_to_the_departure(self):
        quote = "Pedersen was appointed in October 2030, succeeding de Mistura."
        pending, _ = self.post_review([month_candidate(quote)], published_on=date(2031, 1, 5),
                                      proposed="skip")  # fmt: skip
        self.assertAccepted(pending)
        self.assertEqual([p.slug for p in self.resignation.participants.all()], [OLD])


class OfficeMovesTests(ReviewTestCase):
    def test_each_language_reads_both_ways(self):
        told = {
            "Guterres appointed Pedersen as his envoy": (TAKES, "en"),
            "l'émissaire a démissionné": (LEAVES, "fr"),
            "посланник подал в отставку": (LEAVES, "ru"),
            "أعلن أنه سيترك منصبه": (LEAVES, "ar"),
            "او استعفا داد": (LEAVES, "fa"),
            "او به عنوان نماینده ویژه منصوب شد": (TAKES, "fa"),
            "elçi istifa etti": (LEAVES, "tr"),
        }
        for text, (way, language) in told.items():
            with self.subTest(text):
                self.assertEqual(office_moves(text, language), {way})

    def test_a_sentence_of_both_ways_or_of_neither_tells_nothing_apart(self):
        both = "De Mistura stepped down and Pedersen was appointed to succeed him."
        self.assertEqual(other_move(both, TITLE, "en"), "")
        self.assertEqual(other_move("The envoys met in Geneva.", TITLE, "en"), "")
        # Words of another sense tell no move: a success, shots, a direction, 'behind'.
        for text, language in (("The talks succeeded in Geneva.", "en"),
                               ("Rebels fired rockets at the town.", "en"),
                               ("Делегация ушла со встречи.", "ru"),
                               ("خلف الأبواب المغلقة", "ar"),
                               ("هیئت به سمت تهران رفت", "fa")):  # fmt: skip
            with self.subTest(text):
                self.assertEqual(office_moves(text, language), frozenset())


class TrackNameAndKindWordTests(ReviewTestCase):
    """Finding 3: 'Constitutional Committee: milestone' and 'Commission: announcement'
    were created by default, where a kind word alone is skipped."""

    SENTENCES = {
        "en": ("Last month the parties failed to agree on the constitutional committee.",
               "Last month"),
        "fr": ("Le mois dernier, les parties n'ont pas pu s'entendre sur le comité "
               "constitutionnel.", "Le mois dernier"),
        "ru": ("В прошлом месяце стороны не договорились о конституционном комитете.",
               "В прошлом месяце"),
        "ar": ("في الشهر الماضي لم تتفق الأطراف على اللجنة الدستورية.", "في الشهر الماضي"),
        "fa": ("ماه گذشته طرف‌ها درباره تشکیل کمیته قانون اساسی به اجماع نرسیدند.", "ماه گذشته"),
        "tr": ("Geçen ay taraflar anayasa komitesi konusunda anlaşamadı.", "Geçen ay"),
    }  # fmt: skip

    def default(self, quote, date_text, language, **fields):
        c = candidate(quote=quote, date_text=date_text, date="2030-11-01", precision="month",
                      kind="milestone", track="constitutional-committee", **fields)  # fmt: skip
        lookups = load_lookups([c], language=language)
        return suggest_title(c, lookups), default_for(c, find_matches(c, lookups), lookups)

    def test_a_tracks_name_and_a_kind_word_is_skipped_in_every_language(self):
        for language, (quote, date_text) in self.SENTENCES.items():
            with self.subTest(language):
                title, default = self.default(quote, date_text, language)
                self.assertEqual(title, "Constitutional Committee: milestone")
                self.assertEqual(default.action, "skip")
                self.assertEqual(default.reason, NAMED_ONLY_REASON.format(title=title))

    def test_a_person_or_a_place_makes_it_a_happening_again(self):
        quote, date_text = self.SENTENCES["en"]
        _title, default = self.default(quote, date_text, "en", participants=[NEW])
        self.assertEqual(default.action, "create")
        _title, default = self.default(quote, date_text, "en", place="Geneva")
        self.assertEqual(default.action, "create")

    def test_a_gathering_on_a_track_is_still_proposed(self):
        # 'Astana talks: meeting' on a day is the track's session of that day (rules12c).
        quote = "The talks were postponed to 5 May."
        c = candidate(quote=quote, date_text="5 May", date="2030-05-05", kind="meeting",
                      track="astana")  # fmt: skip
        lookups = load_lookups([c], language="en")
        self.assertEqual(suggest_title(c, lookups), "Astana talks: meeting")
        self.assertEqual(default_for(c, find_matches(c, lookups), lookups).action, "create")

    def test_which_titles_name_only_a_track_or_a_body(self):
        for title in ("Constitutional Committee: milestone", "Commission: announcement",
                      "Astana talks: meeting", "Council: statement"):  # fmt: skip
            with self.subTest(title):
                self.assertTrue(named_only(title))
                self.assertFalse(bare(title))
        for title in ("Milestone", "Constitutional Committee: meeting of Geir Pedersen",
                      "Astana talks: meeting in Astana", "Astana 4: meeting",
                      "Congress of the Syrian National Dialogue",
                      "UN Security Council: meeting"):  # fmt: skip
            with self.subTest(title):
                self.assertFalse(named_only(title))
