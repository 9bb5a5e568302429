"""Text no reader sees (outside tester t11a, findings 6 and 7): Unicode non-characters are
refused in the record's text as control characters are, and the feed stays well-formed
for one stored before; a title or a name needs a letter or digit in the admin too."""

import feedparser
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.urls import reverse

from peaceproc.audit.models import AuditEntry
from peaceproc.chronology.models import (
    Event,
    Participant,
    ParticipantAlias,
    Round,
    Source,
    Track,
)
from peaceproc.chronology.validators import single_line_text
from tests.security.adminforms import form_data

from .base import SeededAdminTestCase

NONCHARACTERS = ["\ufffe", "\uffff", "\ufdd0", "\ufdef", "\U0001fffe", "\U0010ffff"]
INVISIBLE_TITLES = ["\u200b\u0301\u200b", "\ufeff", "\u0301\u0302", "\u200b",
                    # Hangul fillers (letters to Unicode, drawn as nothing: t11d, 3), a
                    # combining grapheme joiner, a Mongolian vowel separator
                    "\u3164", "\uffa0 \u3164", "\u115f\u1160", "\u034f", "\u180e"]  # fmt: skip
NO_LETTER = "A title or name needs at least one letter or digit"
INSIDE_WORD = "Remove the invisible character U+%04X"
# The titles and the names of the record.
NAME_FIELDS = [(Event, "title"), (Round, "title"), (Track, "name"), (Participant, "name"),
               (ParticipantAlias, "name")]  # fmt: skip


class NoncharacterTests(SeededAdminTestCase):
    def test_every_text_field_refuses_them(self):
        fields = [(Event, "title"), (Event, "place"), (Event, "summary"), (Round, "city"),
                  (Participant, "name"), (Participant, "description")]  # fmt: skip
        for model, name in fields:
            field = model._meta.get_field(name)
            for char in NONCHARACTERS:
                with (
                    self.subTest(f"{model.__name__}.{name} U+{ord(char):04X}"),
                    self.assertRaisesMessage(ValidationError, "Unicode non-character"),
                ):
                    field.run_validators(f"Geneva{char} talks")
        # Their neighbours are no non-characters: U+FDCF is a character; U+FFF0, which
        # Unicode assigns none to, is refused as that (t15c, 2), not as a non-character.
        single_line_text("Geneva \ufdcf talks")
        with self.assertRaises(ValidationError) as caught:
            single_line_text("Geneva \ufff0 talks")
        self.assertEqual(caught.exception.code, "unassigned_character")

    def test_the_admin_refuses_a_title_with_one(self):
        event = Event.objects.order_by("pk").first()
        url = reverse("admin:chronology_event_change", args=[event.pk])
        data = form_data(self.client.get(url), title=f"{event.title}\uffff")
        response = self.client.post(url, data)
        self.assertContains(response, "Remove the character U+FFFF")
        event.refresh_from_db()
        self.assertNotIn("\uffff", event.title)

    def test_the_feed_is_well_formed_with_one_stored_before(self):
        event = Event.objects.order_by("pk").first()
        title = "Stored\ufffe before \uffffit was refused\x0b"
        Event.objects.filter(pk=event.pk).update(title=title, summary=title)
        AuditEntry.objects.create(
            content_type=ContentType.objects.get_for_model(Event), object_id=str(event.pk),
            object_repr=title, action=AuditEntry.Action.CHANGE, via="admin",
            changed_fields=["title"],
        )  # fmt: skip
        response = self.client.get("/whats-new/feed.atom")
        feed = feedparser.parse(response.content)
        self.assertFalse(feed.bozo, feed.get("bozo_exception"))
        self.assertIn("Stored before it was refused", response.content.decode())


class LetterOrDigitTests(SeededAdminTestCase):
    def test_titles_and_names_need_one(self):
        for model, name in NAME_FIELDS:
            field = model._meta.get_field(name)
            for text in INVISIBLE_TITLES:
                with (
                    self.subTest(f"{model.__name__}.{name} {text!r}"),
                    self.assertRaisesMessage(ValidationError, NO_LETTER),
                ):
                    field.run_validators(text)
            field.run_validators("Астана ٤")  # any script's letters and digits

    def test_the_admin_refuses_an_invisible_event_title(self):
        event = Event.objects.order_by("pk").first()
        url = reverse("admin:chronology_event_change", args=[event.pk])
        for text in INVISIBLE_TITLES:
            with self.subTest(text=repr(text)):
                response = self.client.post(url, form_data(self.client.get(url), title=text))
                self.assertContains(response, NO_LETTER)
        event.refresh_from_db()
        self.assertTrue(any(ch.isalnum() for ch in event.title))


# Outside tester t11d, 3: a word that shows without a character but is stored with it.
class InvisibleInsideWordTests(SeededAdminTestCase):
    def test_titles_and_names_refuse_one_naming_it_and_the_word(self):
        for model, name in NAME_FIELDS:
            field = model._meta.get_field(name)
            for char in "\u200b\u200c\u200d\u2060\u00ad\u034f\u3164\ufe0f":
                with (
                    self.subTest(f"{model.__name__}.{name} U+{ord(char):04X}"),
                    self.assertRaisesMessage(ValidationError, INSIDE_WORD % ord(char)) as refused,
                ):
                    field.run_validators(f"Geneva La{char}vrov talks")
                self.assertIn("“Lavrov”", str(refused.exception))
            with self.subTest("inside a number"), self.assertRaises(ValidationError):
                field.run_validators("Astana 2\u200b2")

    def test_in_persian_spelling_and_in_an_emoji_they_pass(self):
        field = Event._meta.get_field("title")
        for text in ["نشست\u200cهای آستانه", "👨\u200d👩 family", "Peace \u262e\ufe0f talks"]:
            with self.subTest(text=repr(text)):
                field.run_validators(text)

    # Outside tester t13a, 12: between words, as a word of their own, at an end.
    def test_between_words_and_as_a_word_of_their_own_they_are_refused(self):
        field = Event._meta.get_field("title")
        for text in ["Geneva \u200b talks", "Test \U000e0041 tag char", "Geneva talks\u200b",
                     "\u200dGeneva", "Geneva \U000e0041\U000e0042 talks",
                     "Astana \u200c 4", "آستانه \u200c نشست"]:  # fmt: skip
            with self.subTest(text=repr(text)), self.assertRaises(ValidationError) as refused:
                field.run_validators(text)
            self.assertIn("Remove the invisible character U+", str(refused.exception))

    def test_the_admin_refuses_a_tag_character_standing_as_a_word(self):
        event = Event.objects.order_by("pk").first()
        url = reverse("admin:chronology_event_change", args=[event.pk])
        title = f"{event.title} \U000e0041 tag"
        response = self.client.post(url, form_data(self.client.get(url), title=title))
        self.assertContains(response, "Remove the invisible character U+E0041 (tag latin capital")
        event.refresh_from_db()
        self.assertNotIn("\U000e0041", event.title)

    def test_the_admin_refuses_a_title_with_a_zero_width_space_in_a_word(self):
        event = Event.objects.order_by("pk").first()
        word = max(event.title.split(), key=len)
        title = event.title.replace(word, f"{word[:2]}\u200b{word[2:]}")
        url = reverse("admin:chronology_event_change", args=[event.pk])
        response = self.client.post(url, form_data(self.client.get(url), title=title))
        self.assertContains(response, INSIDE_WORD % 0x200B)
        event.refresh_from_db()
        self.assertNotIn("\u200b", event.title)

    def test_a_source_title_refuses_one_too(self):
        # fix14 (note13, #11): every one-line text, an article's title among them; the
        # ingestion stores the title as it shows (tests/ingest/test_one_line_invisibles).
        with self.assertRaisesMessage(ValidationError, INSIDE_WORD % 0x200B):
            Source._meta.get_field("title").run_validators("Lav\u200brov in Ankara")
