"""Outside re-tester t14d (issue 9), review defaults that changed stored records: a year
in a sentence read as the number of a document whose title dates it in figures (finding
4), and an announcement of a track's guarantors proposed as a record of its own (finding
12). The shapes are the tester's; the sentences and records are the tests' own, dated in
2030 so that no seeded record is near."""

from datetime import date

from peaceproc.chronology.models import Event, Round
from peaceproc.ingest.review import (
    NAMED_ONLY_REASON,
    default_for,
    document_numbers,
    find_matches,
    load_lookups,
    resolution_numbers,
    suggest_title,
)

from .reviews import ReviewTestCase, accord, happening
from .test_admin import candidate, formset_data, make_pending

LAVROV, CAVUSOGLU = "sergey-lavrov", "mevlut-cavusoglu"


def meeting(quote: str, date_text: str, day: str, **fields) -> dict:
    return candidate(quote=quote, date_text=date_text, date=day, kind="meeting", **fields)


class YearIsNoDocumentNumberTests(ReviewTestCase):
    """Finding 4: 'Lavrov and Çavuşoğlu met in Moscow on 4 January 2016' cited 'ISSG
    meeting (Vienna, 2016-05)' because 'the sentence names its number' (its year)."""

    def setUp(self):
        super().setUp()
        self.issg = accord("issg-vienna-2030-05", "ISSG meeting (Vienna, 2030-05)",
                           date(2030, 5, 17))  # fmt: skip
        self.resolution = accord("unsc-2930", "UN Security Council resolution 2930",
                                 date(2030, 6, 1))  # fmt: skip

    def default(self, c):
        lookups = load_lookups([c])
        return default_for(c, find_matches(c, lookups), lookups)

    def test_a_meeting_of_that_year_cites_no_record_dated_in_figures(self):
        c = meeting("Sergey Lavrov and Mevlüt Çavuşoğlu met in Moscow on 4 January 2030.",
                    "4 January 2030", "2030-01-04", place="Moscow",
                    participants=[LAVROV, CAVUSOGLU])  # fmt: skip
        lookups = load_lookups([c])
        targets = {m.target for m in find_matches(c, lookups)}
        self.assertNotIn(f"agreement:{self.issg.pk}", targets)
        self.assertEqual(self.default(c).action, "create")

    def test_a_diary_of_meetings_cites_none_of_them(self):
        # The tester's 99-line diary, in short: distinct meetings across the year.
        for day, city in ((3, "Moscow"), (14, "Ankara"), (25, "Beirut")):
            for month in (2, 7, 11):
                with self.subTest(day=day, month=month):
                    day_text = f"{day} {date(2030, month, 1):%B} 2030"
                    c = meeting(f"Sergey Lavrov and Mevlüt Çavuşoğlu met in {city} on "
                                f"{day_text} to discuss item {day * month}.", day_text,
                                f"2030-{month:02}-{day:02}", place=city,
                                participants=[LAVROV, CAVUSOGLU])  # fmt: skip
                    default = self.default(c)
                    self.assertFalse(
                        default.target and default.target.target.startswith("agreement:"),
                        default.target and default.target.reason,
                    )

    def test_a_documents_number_is_still_named(self):
        c = candidate(quote="On 1 June 2030 the Council adopted resolution 2930.",
                      date_text="1 June 2030", date="2030-06-01", kind="statement")  # fmt: skip
        default = self.default(c)
        self.assertEqual(default.target.record, self.resolution)
        self.assertIn("the sentence names its number", default.target.reason)

    def test_which_numbers_are_a_documents(self):
        self.assertEqual(document_numbers("ISSG meeting (Vienna, 2030-05)"), frozenset())
        self.assertEqual(document_numbers("talks of 2030-05-17 on resolution 2254"), {2254})
        self.assertEqual(resolution_numbers("on 4 january 2030 ."), frozenset())
        self.assertEqual(document_numbers("resolution 2254 of 2015"), {2254, 2015})
        # A full stop ends the sentence; a decimal point makes no number of a document.
        self.assertEqual(document_numbers("adopted resolution 2930."), {2930})
        self.assertEqual(document_numbers("a rise of 2.5 or 1.375"), frozenset())


class TrackAnnouncementTests(ReviewTestCase):
    """Finding 12: 'On 3 March 2019 the Astana guarantors issued an announcement' was
    proposed as 'Astana talks: announcement' to create: the track's city named in its
    name is no place the happening was held in."""

    def default(self, quote: str, **fields):
        c = candidate(quote=quote, date_text="3 March 2030", date="2030-03-03",
                      kind="announcement", track="astana", **fields)  # fmt: skip
        lookups = load_lookups([c])
        return suggest_title(c, lookups), default_for(c, find_matches(c, lookups), lookups)

    def test_the_guarantors_announcement_is_skipped(self):
        title, default = self.default(
            "On 3 March 2030 the Astana guarantors issued an announcement."
        )
        self.assertEqual(title, "Astana talks: announcement")
        self.assertEqual(default.action, "skip")
        self.assertEqual(default.reason, NAMED_ONLY_REASON.format(title=title))

    def test_a_place_of_its_own_is_still_a_happening(self):
        _title, default = self.default(
            "On 3 March 2030 the Astana guarantors issued an announcement in Moscow.",
            place="Moscow",
        )
        self.assertEqual(default.action, "create")


OLD, NEW = "staffan-de-mistura", "geir-pedersen"


class PeopleOfTheCitedRecordTests(ReviewTestCase):
    """Findings 2 and 3: the people of a sentence that cites a record were ticked onto it
    when the sentence did not tell they took part in it: a successor onto the
    predecessor's departure, a minister who spoke about a round onto its attendees."""

    def form(self, c, *, published_on: date, target):
        pending = make_pending([c], published_on=published_on)
        formset = self.client.get(pending.get_absolute_url()).context["formset"]
        (form,) = formset.forms
        self.assertEqual((form.initial["action"], form.initial["target"]), ("cite", target))
        return pending, formset, form

    def test_a_successor_is_not_ticked_onto_the_departure(self):
        departure = happening("old-envoy-leaves", "Staffan de Mistura announces he will step "
                              "down", date(2030, 10, 17), people=[OLD],
                              kind=Event.Kind.MILESTONE)  # fmt: skip
        quote = ("Staffan de Mistura, who announced in October 2030 that he would step down, "
                 "was replaced by Geir Pedersen.")  # fmt: skip
        c = candidate(quote=quote, date_text="October 2030", date="2030-10-01",
                      precision="month", kind="milestone", participants=[OLD, NEW])  # fmt: skip
        pending, formset, form = self.form(c, published_on=date(2031, 1, 10),
                                           target=f"event:{departure.pk}")  # fmt: skip
        self.assertEqual(form.initial["participants"], [])
        label = dict(form.fields["participants"].choices)[NEW]
        self.assertIn("the sentence does not tell they took part in", label)
        self.client.post(pending.get_absolute_url(), formset_data(formset))
        pending.refresh_from_db()
        self.assertAccepted(pending)
        self.assertEqual([p.slug for p in departure.participants.all()], [OLD])

    def test_a_speaker_about_a_round_is_not_its_attendee(self):
        geneva_4 = Round.objects.get(slug="geneva-4")
        before = set(geneva_4.participations.values_list("participant__slug", "role"))
        for quote, kind in (
            ("Sergey Lavrov stated on 23 February 2017 that the talks in Geneva would be "
             "difficult.", "statement"),
            # 'told' was read as a meeting (the tester's other shapes).
            ("Sergey Lavrov told reporters on 23 February 2017 that the talks in Geneva would "
             "be difficult.", "meeting"),
        ):  # fmt: skip
            with self.subTest(kind):
                c = candidate(quote=quote, date_text="23 February 2017", date="2017-02-23",
                              kind=kind, track="geneva", place="Geneva",
                              participants=["sergey-lavrov"])  # fmt: skip
                pending, formset, form = self.form(c, published_on=date(2017, 3, 1),
                                                   target=f"round:{geneva_4.pk}")  # fmt: skip
                self.assertEqual(form.initial["participants"], [])
                self.client.post(pending.get_absolute_url(), formset_data(formset))
                pending.refresh_from_db()
                self.assertAccepted(pending)
                after = set(geneva_4.participations.values_list("participant__slug", "role"))
                self.assertEqual(after, before)

    def test_who_met_at_a_meeting_recorded_is_still_ticked(self):
        talks = happening("moscow-talks-2030", "Lavrov and Çavuşoğlu meet in Moscow",
                          date(2030, 4, 2), people=[LAVROV], place="Moscow")  # fmt: skip
        c = meeting("Sergey Lavrov and Mevlüt Çavuşoğlu met in Moscow on 2 April 2030.",
                    "2 April 2030", "2030-04-02", place="Moscow",
                    participants=[LAVROV, CAVUSOGLU])  # fmt: skip
        _pending, _formset, form = self.form(c, published_on=date(2030, 4, 3),
                                             target=f"event:{talks.pk}")  # fmt: skip
        self.assertEqual(form.initial["participants"], [CAVUSOGLU])
