"""An admin search of thousands of words (a pasted article) is a 400 saying so, on a
change list and in an autocomplete box, not a 500 from a condition too deep for the
database; a search of a few dozen words is answered as before."""

from django.contrib.auth.models import User
from django.test import TestCase
from django.urls import reverse

from peaceproc.adminsearch import MAX_WORDS

ARTICLE = "Talks end in Astana on 4 May 2017 " * 300


class AdminSearchWordsTests(TestCase):
    def setUp(self):
        editor = User.objects.create_superuser("editor", "editor@example.org", "pw-editor-1")
        self.client.force_login(editor)

    def autocomplete(self, term):
        return self.client.get(
            reverse("admin:autocomplete"),
            {
                "term": term,
                "app_label": "chronology",
                "model_name": "agreement",
                "field_name": "round",
            },
        )

    def test_a_list_search_of_an_article_is_refused(self):
        for name in [
            "chronology_round_changelist",
            "chronology_participant_changelist",
            "auth_user_changelist",
        ]:
            with self.subTest(name):
                response = self.client.get(reverse(f"admin:{name}"), {"q": ARTICLE})
                self.assertContains(response, f"at most {MAX_WORDS} words", status_code=400)

    def test_an_autocomplete_search_of_an_article_is_refused(self):
        self.assertEqual(self.autocomplete(ARTICLE).status_code, 400)

    def test_a_search_of_as_many_words_as_allowed_is_answered(self):
        words = " ".join(["Astana"] * MAX_WORDS)
        response = self.client.get(reverse("admin:chronology_round_changelist"), {"q": words})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(self.autocomplete(words).status_code, 200)
        words += " Astana"
        response = self.client.get(reverse("admin:chronology_round_changelist"), {"q": words})
        self.assertEqual(response.status_code, 400)

    def test_signed_out_the_sign_in_page_comes_first(self):
        self.client.logout()
        response = self.client.get(reverse("admin:chronology_round_changelist"), {"q": ARTICLE})
        self.assertEqual(response.status_code, 302)
