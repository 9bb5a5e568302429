"""Session 15, rules15 (issue 9): a succession sentence whose date is the replacing ('X, who
announced he would step down, was replaced by Y in October') tells Y's appointment, so the
review does not cite X's departure of that month by default, in six languages: the office
verb nearest the date is the date's, and one told in a relative clause set off by commas
about someone named is not. The departure's own date still cites the departure. The
sentences and records are the tests' own, dated in 2030 so that no seeded record is
near."""

from datetime import date

from peaceproc.chronology.models import Event
from peaceproc.ingest.review import default_for, find_matches, load_lookups

from .reviews import ReviewTestCase, happening
from .test_admin import candidate

OLD, NEW = "staffan-de-mistura", "geir-pedersen"

REPLACED_IN_OCTOBER = {
    "en": ("Staffan de Mistura, who had said he would step down, was replaced by Geir Pedersen "
           "in October 2030.", "October 2030"),
    "fr": ("Staffan de Mistura, qui avait annoncé sa démission, a été remplacé par Geir Pedersen "
           "en octobre 2030.", "octobre 2030"),
    "ru": ("Стаффана де Мистуру, объявившего об отставке, в октябре 2030 года сменил Гейр "
           "Педерсен.", "октябре 2030 года"),
    "ar": ("حل غير بيدرسن محل ستافان دي ميستورا، الذي أعلن استقالته، في تشرين الأول 2030.",
           "تشرين الأول 2030"),
    "fa": ("استافان دی میستورا که استعفای خود را اعلام کرده بود، در اکتبر ۲۰۳۰ جای خود را به گیر "
           "پدرسن داد.", "اکتبر ۲۰۳۰"),
    "tr": ("İstifa edeceğini açıklayan Staffan de Mistura'nın yerine Ekim 2030'da Geir Pedersen "
           "atandı.", "Ekim 2030"),
}  # fmt: skip


class ReplacedIsTheSuccessorsAppointmentTests(ReviewTestCase):
    def setUp(self):
        super().setUp()
        self.departure = happening("old-envoy-leaves-2030", "Staffan de Mistura announces he "
                                   "will step down", date(2030, 10, 17), people=[OLD],
                                   kind=Event.Kind.MILESTONE)  # fmt: skip

    def default(self, quote: str, date_text: str, language: str):
        c = candidate(quote=quote, date_text=date_text, date="2030-10-01", precision="month",
                      kind="milestone", participants=[OLD, NEW], language=language)  # fmt: skip
        lookups = load_lookups([c], language=language)
        return default_for(c, find_matches(c, lookups), lookups)

    def test_the_replacing_does_not_cite_the_departure_by_default(self):
        for language, (quote, date_text) in REPLACED_IN_OCTOBER.items():
            with self.subTest(language):
                default = self.default(quote, date_text, language)
                self.assertNotEqual((default.action, default.target.record),
                                    ("cite", self.departure))  # fmt: skip
                self.assertIn("an appointment, the record a departure", default.target.reason)

    def test_a_departure_dated_in_its_own_clause_still_cites_it(self):
        quote = ("Staffan de Mistura, who announced in October 2030 that he would step down, "
                 "was replaced by Geir Pedersen.")  # fmt: skip
        default = self.default(quote, "October 2030", "en")
        self.assertEqual((default.action, default.target.record), ("cite", self.departure))
