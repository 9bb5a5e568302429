"""Outside tester t10b, 7: a title of nothing but punctuation or symbols ('-----', an
emoji) is refused on the review with a message on its field, and a stored event's slug
carries something of its title in any script. Sentences are the tests' own."""

from datetime import date

from peaceproc.chronology.models import Event, Participant
from peaceproc.ingest import services
from peaceproc.ingest.models import PendingArticle
from peaceproc.ingest.slugtext import slug_text

from .test_admin import Counts, IngestTestCase, candidate, formset_data, make_pending
from .test_review_by_hand import ByHandTestCase

QUOTE = "The water committee of Deir ez-Zor met on 14 October 2026 to share the river."
NOT_A_TITLE = "A title or name needs at least one letter or digit (in any script)"


class ReviewTitleTests(IngestTestCase):
    def review(self, title: str, day: int = 14):
        """The review of an article of one new happening (on `day` October 2026), posted
        with `title`; Counts() must be unchanged by a refused one."""
        when = f"{day} October 2026"
        c = candidate(quote=QUOTE.replace("14 October 2026", when), date_text=when,
                      date=f"2026-10-{day}")  # fmt: skip
        pending = make_pending([c], published_on=date(2026, 10, 20))
        formset = self.client.get(pending.get_absolute_url()).context["formset"]
        self.assertEqual(formset.forms[0].initial["action"], "create")
        changes = {0: {"title": title}}
        self.before = Counts()
        return pending, self.client.post(pending.get_absolute_url(), formset_data(formset, changes))

    def test_a_title_of_punctuation_or_symbols_is_refused_on_its_field(self):
        for title in ("-----", "🕊️", " … ", "«»—!?"):
            with self.subTest(title=title):
                pending, response = self.review(title)
                self.assertEqual(response.status_code, 200)
                form = response.context["formset"].forms[0]
                self.assertIn(NOT_A_TITLE, " ".join(form.errors["title"]))
                self.assertEqual(Counts(), self.before)
                pending.refresh_from_db()
                self.assertEqual(pending.status, PendingArticle.Status.WAITING)
                pending.delete()

    def test_a_title_in_another_script_is_kept_in_its_slug(self):
        for day, title, slug in (
            (11, "Заседание водного комитета", "zasedanie-vodnogo-komiteta-2026-10-11"),
            (12, "اجتماع لجنة المياه", "ajtma-ljnh-almyah-2026-10-12"),
            (13, "جلسه کمیته آب ۱۴۰۵", "jlsh-kmyth-ab-1405-2026-10-13"),
            (14, "Su komitesi toplantısı", "su-komitesi-toplantisi-2026-10-14"),
        ):
            with self.subTest(title=title):
                pending, response = self.review(title, day)
                self.assertEqual(response.status_code, 302)
                event = Event.objects.get(title=title)
                self.assertEqual(event.slug, slug)
                self.assertEqual(event.citations.get().source.content_hash, pending.content_hash)

    def test_the_source_title_is_refused_the_same_way(self):
        c = candidate(quote=QUOTE, date_text="14 October 2026", date="2026-10-14")
        pending = make_pending([c], published_on=date(2026, 10, 20))
        formset = self.client.get(pending.get_absolute_url()).context["formset"]
        data = {**formset_data(formset), "source-title": "***", "source-url": "",
                "source-publisher": "River Weekly"}  # fmt: skip
        before = Counts()
        response = self.client.post(pending.get_absolute_url(), data)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, NOT_A_TITLE)
        self.assertEqual(Counts(), before)


class HandAddTitleTests(ByHandTestCase):
    def test_a_happening_titled_with_symbols_alone_is_refused(self):
        pending = self.undated()
        before = Counts()
        response = self.add(pending, title="🕊️🕊️")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, NOT_A_TITLE)
        self.assertEqual(Counts(), before)
        pending.refresh_from_db()
        self.assertEqual(pending.candidates, [])


class SlugTextTests(IngestTestCase):
    def test_other_scripts_are_spelt_in_latin_letters(self):
        self.assertEqual(slug_text("Объединённые Нации"), "obedinennye-natsii")
        self.assertEqual(slug_text("الحوار الوطني ۲۰۲۵"), "alhwar-alwtny-2025")
        # A letter of a script without a spelling keeps its code point.
        self.assertEqual(slug_text("和平"), "x548c-x5e73")
        self.assertEqual(slug_text("-----"), "")

    def test_a_new_participant_named_in_another_script_has_a_slug_of_its_name(self):
        participant, created = services.participant_for_name(name="Пётр Сидоренко")
        self.assertTrue(created)
        self.assertEqual(participant.slug, "petr-sidorenko")
        self.assertTrue(Participant.objects.filter(slug="petr-sidorenko").exists())
