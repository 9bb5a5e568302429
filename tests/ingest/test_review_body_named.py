"""The body a sentence (or the headline) names decides which record of its day it repeats,
before the track the sentence was given (issue 9, review defaults): a Constitutional
Committee sentence read on the Geneva track cites the committee's session of that day; a
record of another track held that day is the default only when the sentence names its
body. Sentences written for these tests."""

from datetime import date

from django.urls import reverse

from peaceproc.chronology.models import Agreement, Event, Round

from .test_admin import IngestTestCase, candidate, make_pending

CC_DAY = "Les délégués ont pris place le mercredi 30 octobre au Palais des Nations, où la "
CC_DAY += "commission constitutionnelle a entamé ses travaux."
NO_BODY = "Les délégués ont pris place le mercredi 30 octobre au Palais des Nations, pour la "
NO_BODY += "première fois depuis les pourparlers de 2014."
GUARANTORS = "Le vendredi 16 mars, les ministres des trois garants des pourparlers d'Astana se "
GUARANTORS += "sont retrouvés."
OTHERS = "Le vendredi 16 mars, les ministres des Affaires étrangères se sont retrouvés."


def on(day: date, quote: str, date_text: str, **fields) -> dict:
    return candidate(
        quote=quote, date_text=date_text, date=day.isoformat(), language="fr", **fields
    )


class BodyNamedTests(IngestTestCase):
    def initial(self, c: dict, **pending) -> tuple[str, str]:
        made = make_pending([c], language="fr", published_on=date(2019, 10, 31), **pending)
        formset = self.client.get(reverse("ingest:review", args=[made.pk])).context["formset"]
        return formset.forms[0].initial["action"], formset.forms[0].initial["target"]

    def session_1(self) -> str:
        return f"round:{Round.objects.get(slug='constitutional-committee-1').pk}"

    def test_the_committee_named_in_the_sentence_read_on_the_geneva_track(self):
        c = on(date(2019, 10, 30), CC_DAY, "mercredi 30 octobre", track="geneva", place="Geneva")
        self.assertEqual(self.initial(c), ("cite", self.session_1()))

    def test_the_committee_named_in_the_headline(self):
        c = on(date(2019, 10, 30), NO_BODY, "mercredi 30 octobre", track="geneva", place="Geneva")
        title = "Syrie : la commission constitutionnelle se réunit à Genève"
        self.assertEqual(self.initial(c, title=title), ("cite", self.session_1()))

    def test_the_headlines_body_does_not_take_a_sentence_from_another_city(self):
        quote = "Le mercredi 30 octobre, M. Pedersen a reçu le ministre à Moscou."
        c = on(date(2019, 10, 30), quote, "mercredi 30 octobre", track="geneva", place="Moscow")
        title = "Syrie : la commission constitutionnelle se réunit à Genève"
        self.assertNotEqual(self.initial(c, title=title)[1], self.session_1())

    def test_the_headlines_body_is_not_another_meeting_while_the_session_sits(self):
        quote = "Le vendredi 1er novembre, des diplomates occidentaux se réuniront à Genève."
        c = on(date(2019, 11, 1), quote, "vendredi 1er novembre", track="geneva", place="Geneva")
        title = "Syrie : la commission constitutionnelle se réunit à Genève"
        self.assertNotEqual(self.initial(c, title=title)[1], self.session_1())

    def test_a_record_of_another_track_that_the_sentence_names_by_its_body(self):
        meeting = Event.objects.get(title="Astana guarantors foreign ministers meeting")
        c = on(
            date(2018, 3, 16), GUARANTORS, "vendredi 16 mars", track="geneva", kind="ministerial"
        )
        self.assertEqual(self.initial(c), ("cite", f"event:{meeting.pk}"))

    def test_a_record_of_another_track_the_sentence_does_not_name_is_no_default(self):
        meeting = Event.objects.get(title="Astana guarantors foreign ministers meeting")
        c = on(date(2018, 3, 16), OTHERS, "vendredi 16 mars", track="geneva", kind="ministerial")
        self.assertNotEqual(self.initial(c), ("cite", f"event:{meeting.pk}"))


class HappeningNamedTests(IngestTestCase):
    """An agreement of the candidate's very day that the sentence is about."""

    def test_the_agreement_the_sentence_is_about_whoever_signed_it(self):
        declaration = Agreement.objects.get(title="Constitutional declaration signed")
        quote = "وقد صدر يوم الخميس الإعلان الدستوري الذي ينظم المرحلة الانتقالية في البلاد."
        c = candidate(
            quote=quote, date_text="يوم الخميس", date="2025-03-13", kind="milestone", language="ar"
        )
        made = make_pending([c], language="ar", published_on=date(2025, 3, 14))
        form = self.client.get(reverse("ingest:review", args=[made.pk])).context["formset"].forms[0]
        self.assertEqual(
            (form.initial["action"], form.initial["target"]),
            ("cite", f"agreement:{declaration.pk}"),
        )
