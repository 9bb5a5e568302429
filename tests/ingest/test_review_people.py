"""The people an article names reach its review (outside tester's finding 4): those of a
candidate's own sentence are proposed, the article's other known people are offered, and
words that only look like names are not offered as new people."""

from django.urls import reverse

from peaceproc.ingest.models import PendingArticle
from peaceproc.ingest.pipeline.people import sentence_names

from .test_admin import IngestTestCase, candidate, make_pending


class ArticlePeopleTests(IngestTestCase):
    def test_the_sentences_people_are_proposed_and_the_articles_offered(self):
        self.paste(
            "Новый раунд переговоров открылся\n\n"
            "Российскую делегацию на встрече 21 декабря 2017 года возглавил Александр "
            "Лаврентьев.\n\n"
            "Иранскую делегацию возглавил Хосейн Джабери Ансари, турецкую - Седат Онал.\n",
            published="2017-12-21",
        )
        pending = PendingArticle.objects.waiting().get()
        self.assertIn({"slug": "alexander-lavrentiev"}, pending.people)
        self.assertIn({"slug": "sedat-onal"}, pending.people)
        form = self.client.get(pending.get_absolute_url()).context["formset"].forms[0]
        offered = [slug for slug, _name in form.fields["participants"].choices]
        self.assertIn("alexander-lavrentiev", form.initial["participants"])
        self.assertNotIn("sedat-onal", form.initial["participants"])
        self.assertIn("sedat-onal", offered)

    def test_people_of_the_sentence_are_kept_when_accepted_as_proposed(self):
        pending = make_pending(
            [
                candidate(
                    quote="Alexander Lavrentiev held talks in Geneva on 3 March 2017.",
                    people=["alexander-lavrentiev"],
                )
            ],
            people=[{"slug": "alexander-lavrentiev"}, {"slug": "sedat-onal"}],
        )
        response = self.client.get(reverse("ingest:review", args=[pending.pk]))
        self.assertContains(response, 'value="sedat-onal"')
        form = response.context["formset"].forms[0]
        self.assertEqual(form.initial["participants"], ["alexander-lavrentiev"])

    def test_buildings_regions_and_meeting_words_are_no_new_people(self):
        for sentence, language in (
            ("The conference met today at the People's Palace in Damascus.", "en"),
            ("Astana Uluslararası Toplantısı 7-8 Temmuz 2021 tarihlerinde yapıldı.", "tr"),
            ("Batı Asya dairesi açıklama yaptı.", "tr"),
        ):
            with self.subTest(sentence):
                self.assertEqual(sentence_names(sentence, [], language), [])
        self.assertEqual(
            sentence_names("Bakan Yardımcısı Mihail Bogdanov konuştu.", [], "tr"),
            ["Mihail Bogdanov"],
        )
