"""Records an editor may be about to store twice (outside tester t11a, finding 3 a, c, d):
refused with a link to the stored one unless the editor ticks that it is another."""

import re
import unicodedata

from django.urls import reverse

from peaceproc.chronology.models import (
    Agreement,
    EnvoyTenure,
    Event,
    Participant,
    ParticipantAlias,
    Round,
)
from peaceproc.chronology.namesakes import sounds_like
from tests.security.adminforms import form_data
from tests.test_lookalike import math_bold

from .base import SeededAdminTestCase
from .test_former_slug_taken import round_form


def event_data(event: Event, **changes) -> dict:
    data = {
        "title": event.title, "slug": "a-copy", "kind": event.kind, "track": event.track_id,
        "start_date": str(event.start_date), "precision": event.precision,
        "place": event.place, "outcome_kind": event.outcome_kind, "next_precision": "day",
        "confidence": event.confidence,
        "participations-TOTAL_FORMS": 0, "participations-INITIAL_FORMS": 0,
        "citations-TOTAL_FORMS": 0, "citations-INITIAL_FORMS": 0,
        "conflicts-TOTAL_FORMS": 0, "conflicts-INITIAL_FORMS": 0,
    }  # fmt: skip
    return {**data, **changes}


def participant_data(name: str, slug: str, **changes) -> dict:
    data = {
        "name": name, "slug": slug, "kind": "person", "description": "",
        "aliases-TOTAL_FORMS": 0, "aliases-INITIAL_FORMS": 0,
    }  # fmt: skip
    return {**data, **changes}


class SameEventTests(SeededAdminTestCase):
    def setUp(self):
        super().setUp()
        self.event = Event.objects.filter(track__isnull=False).order_by("pk").first()
        self.url = reverse("admin:chronology_event_add")

    def test_a_copy_with_its_title_in_other_case_and_spacing_is_refused_with_a_link(self):
        title = f"  {self.event.title.upper().replace(' ', '  ')} "
        events = Event.objects.count()
        response = self.client.post(self.url, event_data(self.event, title=title))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "An event under this title")
        link = reverse("admin:chronology_event_change", args=[self.event.pk])
        self.assertContains(response, f'<a href="{link}">')
        self.assertEqual(Event.objects.count(), events)

    def test_ticked_as_another_event_it_is_saved(self):
        response = self.client.post(self.url, event_data(self.event, different="on"))
        self.assertEqual(response.status_code, 302)
        self.assertTrue(Event.objects.filter(slug="a-copy").exists())

    def test_another_day_or_title_is_no_copy(self):
        later = self.event.start_date.replace(year=self.event.start_date.year + 1)
        response = self.client.post(self.url, event_data(self.event, start_date=str(later)))
        self.assertEqual(response.status_code, 302)

    # Re-tester t11c, 3.
    def test_a_copy_with_unseen_characters_or_accents_or_no_track_is_refused(self):
        word = max(self.event.title.split(), key=len)
        titles = {
            "stress mark": self.event.title.replace(word, f"{word[:2]}\u0301{word[2:]}"),
            # its first vowel with a diaeresis, composed as every input is stored ('ä')
            "accent": re.sub(
                "[aeiou]",
                lambda m: unicodedata.normalize("NFC", f"{m.group()}\u0308"),
                self.event.title,
                count=1,
            ),
        }
        for why, title in titles.items():
            with self.subTest(why):
                self.assertNotEqual(title, self.event.title)
                response = self.client.post(self.url, event_data(self.event, title=title))
                self.assertContains(response, "An event under this title")
        response = self.client.post(self.url, event_data(self.event, track=""))
        self.assertContains(response, "An event under this title")
        self.assertFalse(Event.objects.filter(slug="a-copy").exists())

    # Outside tester t11d, 3: what looks the same is the same.
    def test_a_copy_that_only_looks_the_same_is_refused(self):
        title = "Geneva talks on the constitution"
        Event.objects.filter(pk=self.event.pk).update(title=title)
        titles = {
            "a combining accent": "Gene\u0302va talks on the constitution",
            "a Cyrillic е": "G\u0435neva talks on the constitution",
            "mathematical bold": f"{math_bold('Geneva')} talks on the constitution",
            "Hangul fillers around": "\u3164Geneva talks on the constitution\uffa0",
            "a combining grapheme joiner after": "Geneva talks on the constitution\u034f",
        }
        for why, copy in titles.items():
            with self.subTest(why):
                response = self.client.post(self.url, event_data(self.event, title=copy))
                self.assertContains(response, "An event under this title")
        self.assertFalse(Event.objects.filter(slug="a-copy").exists())

    def test_roman_numerals_are_read_as_numbers(self):
        Event.objects.filter(pk=self.event.pk).update(title="Geneva II conference")
        for title in ["Geneva 2 conference", "Geneva \u2161 conference"]:
            with self.subTest(title):
                response = self.client.post(self.url, event_data(self.event, title=title))
                self.assertContains(response, "An event under this title")
        other = self.client.post(self.url, event_data(self.event, title="Geneva III conference"))
        self.assertEqual(other.status_code, 302)

    def test_a_lower_case_numeral_is_read_as_its_capital(self):
        Event.objects.filter(pk=self.event.pk).update(title="Brussels IX Conference")
        response = self.client.post(
            self.url, event_data(self.event, title="Brussels ix Conference")
        )
        self.assertContains(response, "An event under this title")

    def test_editing_a_stored_copy_without_touching_its_title_is_not_refused(self):
        copy = Event.objects.create(
            title=self.event.title, slug="old-copy", kind=self.event.kind,
            track=self.event.track, start_date=self.event.start_date,
        )  # fmt: skip
        url = reverse("admin:chronology_event_change", args=[copy.pk])
        response = self.client.post(url, form_data(self.client.get(url), place="Elsewhere"))
        self.assertEqual(response.status_code, 302)


class KnownParticipantTests(SeededAdminTestCase):
    def setUp(self):
        super().setUp()
        self.lavrov = Participant.objects.get(name="Sergey Lavrov")
        self.url = reverse("admin:chronology_participant_add")

    def test_a_name_or_alias_of_a_stored_participant_is_refused_with_a_link(self):
        link = reverse("admin:chronology_participant_change", args=[self.lavrov.pk])
        for name in ["Sergey Lavrov", "Сергей Лавров", "Lavrov", "sergei  LAVROV"]:
            with self.subTest(name=name):
                response = self.client.post(self.url, participant_data(name, "new-person"))
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "Another participant is known by this name")
                self.assertContains(response, f'<a href="{link}">Sergey Lavrov</a>')
        self.assertFalse(Participant.objects.filter(slug="new-person").exists())

    def assertAllKnown(self, names: list[str]) -> None:
        """Each of `names`, added as a new participant, is refused as Lavrov's."""
        for name in names:
            with self.subTest(name=name):
                response = self.client.post(self.url, participant_data(name, "new-person"))
                self.assertContains(response, "Another participant is known by this name")
        self.assertFalse(Participant.objects.filter(slug="new-person").exists())

    # Outside tester t14d, 13: another language's Latin spelling of the name's sounds.
    def test_a_name_spelt_by_another_languages_convention_is_refused(self):
        cases = {
            "Beşar Caferi": "Bashar al-Jaafari",  # Turkish c for /dʒ/
            "Tchavouchoglu": "Mevlüt Çavuşoğlu",  # French tch and ch
            "Mevlut Tchavouchoglu": "Mevlüt Çavuşoğlu",
            "Rusya Federasyonu": "Russia",  # '-syon' for '-tion', a word of each name
            "Fédération de Russie": "Russia",
            # Outside tester t15d, 6: German, Polish and Italian spellings.
            "Baschar al-Dschafari": "Bashar al-Jaafari",  # German sch, dsch
            "Mevlut Tschawuschoglu": "Mevlüt Çavuşoğlu",  # German tsch, w
            "Siergiej Ławrow": "Sergey Lavrov",  # Polish j, ł, w
            "Mevlut Czawuszoglu": "Mevlüt Çavuşoğlu",  # Polish cz, sz
            "Staffan di Mistura": "Staffan de Mistura",  # the Italian particle
        }
        for name, stored in cases.items():
            with self.subTest(name):
                response = self.client.post(self.url, participant_data(name, "new-person"))
                self.assertContains(response, "Another participant is known by this name")
                self.assertContains(response, f">{stored}</a>")
        self.assertFalse(Participant.objects.filter(slug="new-person").exists())

    def test_a_name_that_only_shares_a_word_or_sounds_short_is_saved(self):
        for name in ["Cemil Caferi", "Rusya Parlamentosu", "Caferi", "Arap Birlikleri",
                     "Staffan di Marco", "Siergiej Wolski", "Dschafar"]:  # fmt: skip
            with self.subTest(name):
                response = self.client.post(self.url, participant_data(name, "someone"))
                self.assertEqual(response.status_code, 302)
                Participant.objects.filter(slug="someone").delete()

    def test_no_seeded_participant_sounds_as_another(self):
        names: dict[int, list[str]] = {}
        for participant in Participant.objects.prefetch_related("aliases"):
            names[participant.pk] = [participant.name, *(a.name for a in participant.aliases.all())]
        for pk, own in names.items():
            for other, theirs in names.items():
                for name in own if other != pk else ():
                    with self.subTest(name=name, other=theirs[0]):
                        self.assertFalse(sounds_like(name, theirs))

    # Re-tester t11c, 3: read as the ingestion reads a name in an article.
    def test_unseen_characters_stress_marks_initials_and_word_order_are_read_through(self):
        self.assertAllKnown(["Сергей Лав\u0301ров", "S. Lavrov", "Lavrov Sergey"])

    # Outside tester t11d, 3.
    def test_look_alike_letters_fillers_and_a_patronymic_are_read_through(self):
        names = ["Sergey L\u0430vrov", "Serg\u0435y Lavrov", math_bold("Sergey Lavrov"),
                 "\u3164Sergey Lavrov\uffa0", "Sergey Viktorovich Lavrov",
                 "Сергей Викторович Лавров", "Sergey La\u0302vrov"]  # fmt: skip
        self.assertAllKnown(names)

    # Outside tester t12b, F6: letters of other alphabets and phonetic ones.
    def test_letters_that_unicode_lists_as_confusable_are_read_through(self):
        names = ["Sergey Lav\u0280ov", "\u13daergey Lavrov", "Sergey Lav\u0433ov",
                 "Sergey L\u0251vrov", "Sergey Lavr\u0585v", "Sergey Lavro\u1d20",
                 "Sergey Lavr\u043e\u0475"]  # fmt: skip
        self.assertAllKnown(names)

    def test_a_middle_name_needs_the_given_name_and_the_surname(self):
        Participant.objects.create(name="Zebulon Xavier Quartermaine", slug="zxq", kind="person")
        same = self.client.post(self.url, participant_data("Zebulon Quartermaine", "z-q"))
        self.assertContains(same, "Another participant is known by this name")
        for name in ["Yannick Quartermaine", "al-Quartermaine"]:
            with self.subTest(name):
                other = self.client.post(self.url, participant_data(name, "someone"))
                self.assertEqual(other.status_code, 302)
                Participant.objects.filter(slug="someone").delete()

    def test_an_initial_stands_for_its_word_only(self):
        Participant.objects.create(name="Zebulon Quartermaine", slug="zq", kind="person")
        same = self.client.post(self.url, participant_data("Z. Quartermaine", "z-q"))
        self.assertContains(same, "Another participant is known by this name")
        other = self.client.post(self.url, participant_data("X. Quartermaine", "x-q"))
        self.assertEqual(other.status_code, 302)

    def test_ticked_as_someone_else_it_is_saved(self):
        data = participant_data("Lavrov", "another-lavrov", different="on")
        self.assertEqual(self.client.post(self.url, data).status_code, 302)

    def test_a_new_name_is_saved(self):
        data = participant_data("Zebulon Quartermaine", "zebulon")
        self.assertEqual(self.client.post(self.url, data).status_code, 302)


class SharedAliasTests(SeededAdminTestCase):
    def setUp(self):
        super().setUp()
        self.putin = Participant.objects.get(name="Vladimir Putin")
        self.url = reverse("admin:chronology_participant_change", args=[self.putin.pk])

    def post_alias(self, **extra):
        page = self.client.get(self.url)
        data = form_data(page)
        count = int(data["aliases-TOTAL_FORMS"])
        data["aliases-TOTAL_FORMS"] = str(count + 1)
        data[f"aliases-{count}-name"] = "Lavrov"
        data.update({f"aliases-{count}-{k}": v for k, v in extra.items()})
        return self.client.post(self.url, data)

    def test_an_alias_of_another_participant_is_refused_in_the_inline(self):
        response = self.post_alias()
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "This alias already names another participant")
        self.assertFalse(self.putin.aliases.filter(name="Lavrov").exists())

    def test_ticked_as_naming_both_it_is_saved(self):
        self.assertEqual(self.post_alias(different="on").status_code, 302)
        self.assertTrue(self.putin.aliases.filter(name="Lavrov").exists())

    def test_the_alias_admin_refuses_it_too(self):
        url = reverse("admin:chronology_participantalias_add")
        response = self.client.post(url, {"participant": self.putin.pk, "name": "Лавров"})
        self.assertContains(response, "This alias already names another participant")
        self.assertFalse(ParticipantAlias.objects.filter(participant=self.putin, name="Лавров"))


def round_data(round_: Round, **changes) -> dict:
    """The admin's add form for a copy of `round_` (no number, a slug of its own)."""
    return round_form(round_, **{"number": "", "slug": "a-copy", **changes})


# Outside tester t12b, F2: a round of a track at another round's dates or under its name.
class SameRoundTests(SeededAdminTestCase):
    def setUp(self):
        super().setUp()
        self.round = Round.objects.get(track__slug="geneva", title="Geneva IV")
        self.url = reverse("admin:chronology_round_add")

    def assertRefused(self, data, stored: Round | None = None) -> None:
        rounds = Round.objects.count()
        response = self.client.post(self.url, data)
        self.assertContains(response, "A round of this track at these dates or under this title")
        link = reverse("admin:chronology_round_change", args=[(stored or self.round).pk])
        self.assertContains(response, f'<a href="{link}">')
        self.assertEqual(Round.objects.count(), rounds)

    def test_a_copy_under_a_title_that_looks_the_same_is_refused_with_a_link(self):
        titles = {
            "the same": "Geneva IV",
            "a Roman numeral character": "Geneva \u2163",
            "its number": "Geneva 4",
            "a zero-width space after": "Geneva IV\u200b",
            "a Cyrillic е": "G\u0435neva IV",
            "mathematical bold": f"{math_bold('Geneva')} IV",
            "full-width": "\uff27\uff45\uff4e\uff45\uff56\uff41 \uff29\uff36",
        }
        for why, title in titles.items():
            with self.subTest(why):
                self.assertRefused(round_data(self.round, title=title))

    def test_overlapping_dates_or_the_same_title_at_other_dates_are_refused(self):
        later = self.round.end_date.replace(year=self.round.end_date.year + 1)
        self.assertRefused(round_data(self.round, title="Geneva talks, late February"))
        moved = {"start_date": str(later), "end_date": str(later)}
        self.assertRefused(round_data(self.round, title="Geneva 4", **moved))

    def test_another_round_of_the_track_or_of_another_track_is_saved(self):
        later = self.round.end_date.replace(year=self.round.end_date.year + 1)
        data = {"start_date": str(later), "end_date": str(later)}
        response = self.client.post(self.url, round_data(self.round, title="Geneva XX", **data))
        self.assertEqual(response.status_code, 302)
        astana = Round.objects.filter(track__slug="astana").first().track_id
        other = round_data(self.round, track=astana, slug="another-track")
        self.assertEqual(self.client.post(self.url, other).status_code, 302)

    def test_ticked_as_another_round_it_is_saved_without_its_trailing_invisible_space(self):
        data = round_data(self.round, title="Geneva IV\u200b ", different="on")
        self.assertEqual(self.client.post(self.url, data).status_code, 302)
        self.assertEqual(Round.objects.get(slug="a-copy").title, "Geneva IV")

    def test_editing_a_round_without_touching_its_dates_or_title_is_not_refused(self):
        copy = Round.objects.create(
            track=self.round.track, title=self.round.title, slug="old-copy",
            start_date=self.round.start_date, end_date=self.round.end_date,
        )  # fmt: skip
        url = reverse("admin:chronology_round_change", args=[copy.pk])
        response = self.client.post(url, form_data(self.client.get(url), city="Elsewhere"))
        self.assertEqual(response.status_code, 302)


def agreement_data(agreement: Agreement, **changes) -> dict:
    """The admin's add form for a copy of `agreement` (a slug of its own)."""
    data = {
        "title": agreement.title, "slug": "a-copy", "kind": agreement.kind,
        "date": str(agreement.date), "precision": agreement.precision,
        "track": agreement.track_id or "", "round": agreement.round_id or "",
        "place": agreement.place, "summary": "", "confidence": agreement.confidence,
        "participations-TOTAL_FORMS": 0, "participations-INITIAL_FORMS": 0,
        "citations-TOTAL_FORMS": 0, "citations-INITIAL_FORMS": 0,
        "conflicts-TOTAL_FORMS": 0, "conflicts-INITIAL_FORMS": 0,
    }  # fmt: skip
    return {**data, **changes}


def tenure_data(tenure: EnvoyTenure, **changes) -> dict:
    """The admin's add form for a copy of `tenure` (a slug of its own)."""
    data = {
        "title": tenure.title, "slug": "a-copy", "envoy": tenure.envoy_id,
        "track": tenure.track_id, "start_date": str(tenure.start_date),
        "end_date": str(tenure.end_date or ""), "end_precision": tenure.end_precision,
        "summary": "", "confidence": tenure.confidence,
        "citations-TOTAL_FORMS": 0, "citations-INITIAL_FORMS": 0,
        "conflicts-TOTAL_FORMS": 0, "conflicts-INITIAL_FORMS": 0,
    }  # fmt: skip
    return {**data, **changes}


class AlikeTestMixin:
    """assertRefused / assertSaved for the add page of `self.model`, whose copy of
    `self.stored` is refused with `self.refusal` and a link to it."""

    def post(self, data):
        url = reverse(f"admin:chronology_{self.model._meta.model_name}_add")
        return self.client.post(url, data)

    def assertRefused(self, data) -> None:
        count = self.model.objects.count()
        response = self.post(data)
        self.assertContains(response, self.refusal)
        link = reverse(
            f"admin:chronology_{self.model._meta.model_name}_change", args=[self.stored.pk]
        )
        self.assertContains(response, f'<a href="{link}">')
        self.assertEqual(self.model.objects.count(), count)

    def assertSaved(self, data) -> None:
        response = self.post(data)
        self.assertEqual(response.status_code, 302, response.context and response.context["errors"])


class SameAgreementTests(AlikeTestMixin, SeededAdminTestCase):
    model = Agreement
    refusal = "An agreement under this title (or a UN resolution of this number)"

    def setUp(self):
        super().setUp()
        self.stored = Agreement.objects.get(title="UN Security Council resolution 2254")

    def test_a_copy_under_a_title_that_looks_the_same_is_refused_at_any_date(self):
        titles = {
            "the same": "UN Security Council resolution 2254",
            "other case and spacing": "un security  council Resolution 2254",
            "a Cyrillic о": "UN Security C\u043euncil resolution 2254",
            "a zero-width space inside": "UN Security Coun\u200bcil resolution 2254",
            "mathematical bold": f"UN Security Council {math_bold('resolution')} 2254",
        }
        for why, title in titles.items():
            with self.subTest(why):
                self.assertRefused(agreement_data(self.stored, title=title))
        self.assertRefused(agreement_data(self.stored, date="2016-01-05"))

    def test_a_un_resolution_under_its_number_is_refused(self):
        for title in ("UNSC Resolution 2254 (2015)", "S/RES/2254", "Résolution 2254"):
            with self.subTest(title):
                self.assertRefused(agreement_data(self.stored, title=title))

    def test_its_number_in_eastern_digits_or_with_a_separator_is_refused(self):
        for title in ("قرار مجلس الأمن ٢٢٥٤", "قطعنامه ۲۲۵۴ شورای امنیت", "UNSC resolution 2,254"):
            with self.subTest(title):
                self.assertRefused(agreement_data(self.stored, title=title))

    def test_a_title_naming_itself_the_resolution_is_refused_whatever_its_kind(self):
        for title in ("Resolution 2254", "S/RES/2254 (2015)", "UNSCR 2254"):
            with self.subTest(title):
                self.assertRefused(agreement_data(self.stored, title=title, kind="other"))

    def test_a_title_in_other_case_is_refused_whatever_its_words(self):
        # A word read as a Roman numeral ('i', 'D', 'Mix') in one case and not another
        # (outside tester t13b, 1).
        pairs = [("Geneva I – Action Group", "geneva i – action group"),
                 ("Mix Accord", "MIX ACCORD"), ("Plan D", "plan d"),
                 ("Phase i ceasefire", "PHASE I CEASEFIRE"), ("Vi accord", "VI ACCORD"),
                 ("Annex c of the deal", "ANNEX C OF THE DEAL")]  # fmt: skip
        for n, (first, copy) in enumerate(pairs):
            with self.subTest(copy):
                self.stored = Agreement.objects.create(
                    title=first, slug=f"stored-{n}", kind="other", date=self.stored.date
                )
                self.assertRefused(agreement_data(self.stored, title=copy, slug="copy"))

    def test_near_misses_are_saved(self):
        # Another resolution (a number sharing a year with it), the same number in
        # another kind of document, another title on the same day.
        self.assertSaved(agreement_data(self.stored, title="Resolution 2255 (2015)", slug="a"))
        self.assertSaved(
            agreement_data(
                self.stored, title="Statement on resolution 2254", kind="communique", slug="b"
            )
        )
        self.assertSaved(agreement_data(self.stored, title="A Vienna communiqué", slug="c"))

    def test_ticked_as_another_agreement_it_is_saved(self):
        self.assertSaved(agreement_data(self.stored, different="on"))

    def test_editing_a_stored_copy_without_touching_its_title_is_not_refused(self):
        copy = Agreement.objects.create(
            title=self.stored.title, slug="old-copy", kind=self.stored.kind, date=self.stored.date
        )
        url = reverse("admin:chronology_agreement_change", args=[copy.pk])
        response = self.client.post(url, form_data(self.client.get(url), place="Elsewhere"))
        self.assertEqual(response.status_code, 302)


class SameTenureTests(AlikeTestMixin, SeededAdminTestCase):
    model = EnvoyTenure
    refusal = "This envoy holds another tenure at these dates"

    def setUp(self):
        super().setUp()
        self.stored = EnvoyTenure.objects.get(slug="envoy-staffan-de-mistura")
        self.start, self.end = self.stored.start_date, self.stored.end_date

    def test_the_same_envoy_at_overlapping_dates_is_refused(self):
        inside = str(self.start.replace(year=self.start.year + 1))
        spans = {
            "the same": {},
            "inside it": {"start_date": inside, "end_date": inside},
            "still in office from inside it": {"start_date": inside, "end_date": ""},
            "ending in the month it starts": {
                "start_date": "2001-01-01",
                "end_date": str(self.start.replace(day=1)),
                "end_precision": "month",
            },
        }
        for why, span in spans.items():
            with self.subTest(why):
                self.assertRefused(tenure_data(self.stored, title="Another title", **span))

    def test_near_misses_are_saved(self):
        after = self.end.replace(year=self.end.year + 1)
        other_envoy = EnvoyTenure.objects.exclude(envoy=self.stored.envoy).first().envoy_id
        self.assertSaved(tenure_data(self.stored, envoy=other_envoy, slug="a"))
        self.assertSaved(tenure_data(self.stored, start_date=str(after), end_date="", slug="b"))

    def test_ticked_as_another_office_it_is_saved(self):
        self.assertSaved(tenure_data(self.stored, different="on"))


# Outside tester t12c, 2: a title that names a number the track holds, far from its dates.
class SameRoundNumberTests(SeededAdminTestCase):
    assertRefused = SameRoundTests.assertRefused

    def setUp(self):
        super().setUp()
        self.round = Round.objects.get(track__slug="geneva", title="Geneva IV")
        self.astana_4 = Round.objects.get(slug="astana-4")
        self.url = reverse("admin:chronology_round_add")

    def far(self, round_: Round, title: str, **changes) -> dict:
        """The add form for a round of `round_`'s track titled `title`, in 2040."""
        dates = {"start_date": "2040-06-01", "end_date": "2040-06-02"}
        return round_data(round_, title=title, **dates, **changes)

    def assertSaved(self, data) -> None:
        response = self.client.post(self.url, data)
        self.assertEqual(response.status_code, 302, response.content[-3000:])
        Round.objects.filter(slug=data["slug"]).delete()

    def test_a_title_naming_the_number_of_a_stored_round_is_refused(self):
        titles = {
            "lower-case Roman": "Geneva iv",
            "a leading zero": "Geneva 04",
            "an Arabic-Indic digit": "Geneva \u0664",
            "a Persian digit": "Geneva \u06f4",
            "an English ordinal": "Geneva 4th round",
            "a Roman numeral after the noun": "Geneva round IV",
            "the Russian name": "Женева IV",
            "a Russian ordinal": "Женева, 4-й раунд",
            "a spelled Russian ordinal": "Женева, четвёртый раунд",
            "an Arabic ordinal": "الجولة الرابعة من محادثات جنيف",
            "a French Roman ordinal": "Genève, IVe cycle",
            "a Turkish ordinal": "Cenevre 4. tur",
            "a lower-case l for I": "Geneva lV",
            "two leading zeros": "Geneva 004",
            "an Arabic ordinal after the name": "جنيف الرابعة",
            "an additive numeral": "Geneva IIII",
            "no track named": "Special round 4",
            # Outside tester t13b, 5: a cardinal spelled in words, in six languages.
            "an English word": "Geneva four",
            "a capital English word": "Geneva Four",
            "after the round's noun": "Geneva round four",
            "a Russian word": "Женева четыре",
            "a Turkish word": "Cenevre dört",
            "an Arabic word": "جنيف أربعة",
            "a Persian word": "ژنو چهار",
            "a French word": "Genève quatre",
            "after the track's talks": "Geneva talks IV",
            "before the track's talks": "Geneva 4 talks",
            "a place after it": "Geneva 4 (Vienna)",
            # Outside tester t14d, 8: hyphens, the sign of number, a Roman numeral before
            # a word, and ordinals read by the one reader of numbers in six languages.
            "a hyphenated word": "Geneva-four",
            "a hyphenated French word": "Genève-quatre",
            "the sign of number": "Geneva №4",
            "the Russian sign of number": "Женева №4",
            "a Roman numeral before a word": "Geneva IV ceasefire monitors",
            "an English ordinal after the name": "Geneva fourth",
            "a Russian ordinal after the name": "Женева четвёртая",
            "a Turkish ordinal after the name": "Cenevre dördüncü",
            "a Persian ordinal after the name": "ژنو چهارم",
        }
        for why, title in titles.items():
            with self.subTest(why):
                self.assertRefused(self.far(self.round, title))

    def test_a_title_naming_the_stored_number_of_a_round_is_refused(self):
        titles = (
            *("Астана 4", "أستانا ٤", "Astana quatrième", "Astana iv", "أستانا الرابعة"),
            *("Astana Four", "Astana 4 in Nur-Sultan", "آستانه چهار", "Astana dört"),
        )
        for title in titles:
            with self.subTest(title):
                self.assertRefused(self.far(self.astana_4, title), stored=self.astana_4)

    def test_a_french_seven_is_seven(self):
        # The French units past sixteen were read off by one form ('sept' as 18).
        seventh = Round.objects.get(track__slug="geneva", number=7)
        for title in ("Genève sept", "Genève, round sept"):
            with self.subTest(title):
                self.assertRefused(self.far(self.round, title), stored=seventh)

    def test_ticked_as_another_round_it_is_saved(self):
        self.assertSaved(self.far(self.round, "Geneva iv", different="on"))

    def test_a_new_number_or_another_tracks_number_is_saved(self):
        geneva, astana = self.round, self.astana_4
        cases = {
            "a number no Geneva round holds": (geneva, "Geneva 23"),
            "a number only Astana holds": (geneva, "Geneva 22"),
            "another track's round named on Geneva": (geneva, "Astana 4"),
            "a part of a stored round": (geneva, "Geneva II – round 3"),
            "a year, not a number": (geneva, "Geneva talks 2040"),
            "Geneva's round named on Astana": (astana, "Женева IV"),
            "a new Astana round": (astana, "Astana 30"),
            # Outside tester t13b, 6: a date's day, a term of a sum.
            "a day before a month": (geneva, "Geneva talks – 4 March round"),
            "a day in a full date": (astana, "Astana talks of 4 May 2050"),
            "a day after a month": (astana, "Astana talks, May 4"),
            "a sum": (geneva, "Geneva: 4+4 military committee"),
            # Outside tester t13b, 6: a count is no round's number.
            "a count of delegations": (astana, "3 delegations meet in Astana"),
            "a count of days in words": (astana, "Astana four days of talks"),
            "a count after the track's talks": (astana, "Astana talks with 4 observers"),
            "a count after a comma": (astana, "Astana technical group, 4 delegations"),
            "a count right after the track": (astana, "Astana 4 delegations meet"),
            "a measure joined to the number": (astana, "Astana 4-day expert meeting"),
            "a measure in words": (geneva, "Geneva four-day session"),
            "a letter that is no numeral after a word": (astana, "Extra talks I"),
            "a function word spelled as a number": (geneva, "Geneva on Syria"),
            "a spelled number after another word": (geneva, "Four parties in Geneva"),
            # Outside tester t14d, 8: an ordinal counting a unit of time is a day of a
            # round; a unit joined to a ten is no number of its own.
            "the first day": (astana, "Astana 1st day"),
            "a first day in words": (astana, "Astana first day"),
            "the fourth day in Russian": (astana, "Астана, четвёртый день"),
            "the fourth week": (astana, "Astana: the 4th week"),
            "a second word that is no ordinal here": (geneva, "Second thoughts on Geneva"),
            "a unit after a ten past thirty-nine": (astana, "Astana quarante-quatre"),
            "a spelled number counting with a hyphen before": (astana, "Astana-four delegations"),
        }
        for why, (stored, title) in cases.items():
            with self.subTest(why):
                self.assertSaved(self.far(stored, title, slug="a-new-round"))
