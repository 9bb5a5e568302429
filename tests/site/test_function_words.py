"""Function words (articles, prepositions, conjunctions of English, French, Russian,
Arabic, Persian and Turkish) name no participant by themselves (issue #11): 'talks on
Syria' listed the United Nations (its alias 'ONU') and Sedat Önal for 'on', 'al' sixteen
people. A name holding one still matches with it ('de Mistura', 'al-Jaafari'), and a
name that is one is found when it is the whole query ('UN')."""

from urllib.parse import quote

from peaceproc.chronology.models import Participant
from peaceproc.search.folding import WORD, fold
from peaceproc.search.function_words import BY_LANGUAGE, FUNCTION_WORDS
from peaceproc.search.people import folded_names, named_parts, participants_matching

from .base import SeededTestCase

# Real names in the six languages: (query, the participant's slug), each alone and in a
# sentence with function words of its language.
NAMES = (
    ("Pedersen", "talks of Pedersen in Geneva", "geir-pedersen"),
    ("Lavrentiev", "Lavrentiev on the talks", "alexander-lavrentiev"),
    ("Лаврентьев", "Лаврентьев на переговорах по Сирии", "alexander-lavrentiev"),
    ("al-Jaafari", "al-Jaafari at the talks", "bashar-al-jaafari"),
    ("الجعفري", "الجعفري في جنيف", "bashar-al-jaafari"),
    ("de Mistura", "de Mistura pour la paix", "staffan-de-mistura"),
    ("Zarif", "Zarif and the talks", "mohammad-javad-zarif"),
    ("ظریف", "ظریف در آستانه", "mohammad-javad-zarif"),
    ("Çavuşoğlu", "Çavuşoğlu ile görüşme", "mevlut-cavusoglu"),
)


class FunctionWordTests(SeededTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.names = folded_names()
        cls.slugs = dict(Participant.objects.values_list("pk", "slug"))

    def people(self, query: str) -> set[str]:
        return {self.slugs[pk] for _, found in named_parts(query, self.names) for pk in found}

    def test_a_function_word_alone_names_only_a_participant_called_so(self):
        for language, listed in BY_LANGUAGE.items():
            for word in listed.split():
                with self.subTest(language=language, word=word):
                    folded = fold(word)
                    called_so = {pk for pk, name in self.names if WORD.findall(name) == [folded]}
                    self.assertEqual(set(participants_matching(word, self.names)), called_so)
        # The United Nations' alias 'UN' is the French article 'un': the whole query.
        self.assertEqual(self.people("UN"), {"united-nations"})
        self.assertEqual(self.people("al"), set())

    def test_no_function_word_names_someone_in_a_sentence(self):
        # Before: 'on' found the United Nations ('ONU') and Sedat Önal, 'the' and 'of' the
        # Syrian government, 'in' the Support Group, 'de' the Security Council.
        people = self.people("talks on Syria")
        self.assertIn("syrian-government", people)  # through 'Syria'
        self.assertFalse({"united-nations", "sedat-onal"} & people)
        self.assertEqual(self.people("talks in Astana"), set())
        self.assertEqual(self.people("talks of the opposition"), {"syrian-opposition"})

    def test_names_in_six_languages_still_match_alone_and_in_a_sentence(self):
        for alone, sentence, slug in NAMES:
            with self.subTest(alone):
                self.assertEqual(self.people(alone), {slug})
                found = named_parts(sentence, self.names)
                self.assertIn(slug, self.people(sentence))
                # No run of the sentence names someone through a function word alone.
                for words, people in found:
                    if people:
                        folded = [fold(w) for w in WORD.findall(words)]
                        self.assertFalse(all(w in FUNCTION_WORDS for w in folded), words)

    def test_a_name_holding_a_function_word_still_matches_with_it(self):
        for query, slug in (
            ("Staffan de Mistura", "staffan-de-mistura"),
            ("Bashar al-Jaafari", "bashar-al-jaafari"),
            ("Ban Ki-moon", "ban-ki-moon"),  # 'ki', a Turkish conjunction
            ("League of Arab States", "arab-league"),
            ("UN Security Council", "un-security-council"),
        ):
            with self.subTest(query):
                self.assertEqual(self.people(query), {slug})

    def test_the_page_lists_no_one_through_a_function_word(self):
        page = self.client.get("/?q=" + quote("talks on Syria")).content.decode()
        people = page[page.index('id="matched-people"') :]
        people = people[: people.index("</p>")]
        self.assertIn("Syrian government", people)
        self.assertNotIn("United Nations", people)
        self.assertNotIn("Önal", people)
        for query in ("al", "on", "the", "في", "در", "ve"):
            with self.subTest(query):
                page = self.client.get("/?q=" + quote(query)).content.decode()
                self.assertNotIn('id="matched-people"', page)
