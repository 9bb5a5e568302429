"""A candidate on a round's days repeats that round, named or not (issue 9, the outside
tester's findings 2 and 11): a day inside the dates of a round of the candidate's track,
or of the article's when the sentence names none (in its place, if it has one), defaults
to cite the round; a round beats a month-dated process event for a day of its days; and
the reason given for a match fits both records' precisions. Sentences written for these
tests."""

from datetime import date

from django.urls import reverse

from peaceproc.chronology.models import Event, Round

from .test_admin import IngestTestCase, candidate, make_pending

# Articles about the Astana talks: their headlines name the track, the dated sentence not.
ASTANA_TITLE = "Guarantors hold fresh Astana talks on Syria"
TWO_DAYS = "The two-day gathering on 14-15 September ended with a statement on detainees."
YESTERDAY = "Dün başlayan toplantıya üç garantör ülkenin heyetleri katıldı."
CC_TITLE_FA = "کمیتۀ تدوین قانون اساسی سوریه این هفته در ژنو گرد هم می‌آید"
CC_DAY_FA = "اعضای کمیته از روز چهارشنبه کار خود را شروع می‌کنند."


def round_target(slug: str) -> str:
    return f"round:{Round.objects.get(slug=slug).pk}"


class RoundDaysTests(IngestTestCase):
    def review(self, c: dict, *, title: str, language: str = "en", published: date):
        made = make_pending([c], title=title, language=language, published_on=published)
        response = self.client.get(reverse("ingest:review", args=[made.pk]))
        return response, response.context["formset"].forms[0]

    def initial(self, c: dict, **kw) -> tuple[str, str]:
        form = self.review(c, **kw)[1]
        return form.initial["action"], form.initial["target"]

    def test_a_day_range_inside_a_round_of_the_articles_track_cites_it(self):
        c = candidate(
            quote=TWO_DAYS, date_text="14-15 September", date="2017-09-14", end_date="2017-09-15"
        )
        response, form = self.review(c, title=ASTANA_TITLE, published=date(2017, 9, 16))
        self.assertEqual(
            (form.initial["action"], form.initial["target"]), ("cite", round_target("astana-6"))
        )
        self.assertContains(response, "a round of the article&#x27;s track")

    def test_a_day_of_a_round_in_its_city_under_its_other_name(self):
        c = candidate(
            quote=YESTERDAY, date_text="Dün", date="2022-06-15", place="Nur-Sultan", language="tr"
        )
        title = "Astana süreci sürüyor"
        got = self.initial(c, title=title, language="tr", published=date(2022, 6, 16))
        self.assertEqual(got, ("cite", round_target("astana-18")))

    def test_the_committees_first_day_for_a_persian_sentence(self):
        c = candidate(quote=CC_DAY_FA, date_text="روز چهارشنبه", date="2019-10-30", language="fa")
        got = self.initial(c, title=CC_TITLE_FA, language="fa", published=date(2019, 10, 28))
        self.assertEqual(got, ("cite", round_target("constitutional-committee-1")))

    def test_a_day_outside_the_rounds_dates_is_not_that_round(self):
        c = candidate(quote=TWO_DAYS, date_text="14-15 September", date="2017-09-16")
        _action, target = self.initial(c, title=ASTANA_TITLE, published=date(2017, 9, 17))
        self.assertNotEqual(target, round_target("astana-6"))

    def test_a_day_of_the_rounds_dates_in_another_city_is_not_that_round(self):
        c = candidate(
            quote=TWO_DAYS, date_text="14-15 September", date="2017-09-14", place="Moscow"
        )
        _action, target = self.initial(c, title=ASTANA_TITLE, published=date(2017, 9, 16))
        self.assertNotEqual(target, round_target("astana-6"))

    def test_a_round_of_another_track_than_the_articles_is_not_the_default(self):
        c = candidate(
            quote=TWO_DAYS, date_text="14-15 September", date="2017-09-14", end_date="2017-09-15"
        )
        title = "Security Council members discuss humanitarian access"
        _action, target = self.initial(c, title=title, published=date(2017, 9, 16))
        self.assertNotEqual(target, round_target("astana-6"))


class MatchReasonTests(IngestTestCase):
    def review(self, c: dict, *, published: date, language: str = "en"):
        made = make_pending([c], language=language, published_on=published)
        response = self.client.get(reverse("ingest:review", args=[made.pk]))
        return response, response.context["formset"].forms[0]

    def test_a_day_beside_a_year_dated_record_is_the_same_year_not_the_same_dates(self):
        ceasefire = Event.objects.get(title="Russia, Iran and Turkey broker an all-Syria ceasefire")
        quote = "The truce that Moscow, Tehran and Ankara arranged on 29 December held for weeks."
        c = candidate(
            quote=quote,
            date_text="29 December",
            date="2016-12-29",
            kind="ceasefire",
            participants=["russia", "iran", "turkey"],
        )
        response, form = self.review(c, published=date(2017, 2, 1))
        self.assertEqual(form.initial["target"], f"event:{ceasefire.pk}")
        self.assertContains(response, "same year, 3 shared participants")
        self.assertNotContains(response, "same dates, 3 shared participants")

    def test_a_day_of_a_round_cites_the_round_before_a_month_dated_process_event(self):
        quote = (
            "Moscow, Tehran and Ankara sent envoys to the first Astana meeting on 24 January "
            "to shore up the truce agreement."
        )
        c = candidate(
            quote=quote,
            date_text="24 January",
            date="2017-01-24",
            kind="round",
            track="astana",
            round=1,
            round_slug="astana-1",
            participants=["russia", "iran", "turkey"],
            agreement_cues=["agreement"],
        )
        form = self.review(c, published=date(2017, 1, 25))[1]
        self.assertEqual(form.initial["target"], round_target("astana-1"))
