"""Every role a participant's page states in prose agrees with the participations:
the roles the page lists (generated from them), and the claims of the participant's
description ("head of Iran's Astana delegation to round 11", "co-chair of the
Constitutional Committee", "headed ... in Geneva IV–VIII")."""

import re
from html.parser import HTMLParser

from django.test import TestCase

from peaceproc.chronology.models import Participant, Participation
from tests.seeds import load_shipped_seeds

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9}
TRACKS = {
    "astana": "astana",
    "geneva": "geneva",
    "constitutional committee": "constitutional-committee",
}
HEAD_WORDS = re.compile(r"\b(head(?:ed|s)?|led|leads|leading)\b", re.IGNORECASE)


class RolesList(HTMLParser):
    """The page's role list: (role, party slug) -> the record URLs under it."""

    def __init__(self):
        super().__init__()
        self.roles: dict[tuple[str, str], set[str]] = {}
        self.current: tuple[str, str] | None = None
        self.depth = 0
        self.record_link_next = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "li" and "data-role" in attrs:
            self.current = (attrs["data-role"], attrs.get("data-for", ""))
            self.roles.setdefault(self.current, set())
        elif tag == "li" and self.current and self.depth:
            self.record_link_next = True  # an item's first link is its record
        elif tag == "a" and self.record_link_next:
            self.roles[self.current].add(attrs["href"])
            self.record_link_next = False
        if tag == "ul" and self.current:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag == "ul" and self.current:
            self.depth -= 1
            if not self.depth:
                self.current = None


def numbers(spec: str) -> list[int]:
    """'11' -> [11]; '15–20' -> 15..20; '15, 17 and 18' -> [15, 17, 18]; 'IV–VIII' -> 4..8."""
    spec = spec.strip()
    value = ROMAN.get if re.fullmatch(r"[IVX]+(?:\s*[–-]\s*[IVX]+)?", spec) else int
    if m := re.fullmatch(r"(\w+)\s*[–-]\s*(\w+)", spec):
        return list(range(value(m.group(1)), value(m.group(2)) + 1))
    return [value(n) for n in re.split(r"\s*(?:,|and)\s*", spec) if n]


def claims(description: str) -> list[tuple[str, str | None, str, list[int]]]:
    """(kind, track, how, numbers) for each round claim of a description's sentence parts:
    how is 'to' (the last round), 'from' (the first) or 'in' (each of them)."""
    found = []
    for part in re.split(r"[;.]", description):
        lower = part.lower()
        track = next((slug for word, slug in TRACKS.items() if word in lower), None)
        if HEAD_WORDS.search(part) and "delegation" in lower:
            for how, spec in re.findall(
                r"\b(to|from|in)?\s*(?:astana\s+|geneva\s+)?rounds?\s+([\d–\-, and]+\d)", part,
                re.IGNORECASE,
            ):  # fmt: skip
                found.append(("head", track, how.lower() or "in", numbers(spec)))
            for spec in re.findall(r"Geneva\s+([IVX]+(?:\s*[–-]\s*[IVX]+)?)\b", part):
                found.append(("head", "geneva", "in", numbers(spec)))
            if not found or found[-1][0] != "head":
                found.append(("head", track, "any", []))
        if "co-chair" in lower:
            found.append(("co_chair", track, "any", []))
        if re.search(r"\bsigned\b", lower):
            found.append(("signatory", None, "any", []))
    return found


class ParticipantProseTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_shipped_seeds()

    def test_the_roles_each_page_lists_are_its_participations(self):
        for participant in Participant.objects.all():
            with self.subTest(participant.slug):
                page = RolesList()
                page.feed(self.client.get(participant.get_absolute_url()).content.decode())
                stored: dict[tuple[str, str], set[str]] = {}
                for p in participant.participations.select_related(
                    "round", "event", "agreement", "on_behalf_of"
                ):
                    key = (p.role, p.on_behalf_of.slug if p.on_behalf_of else "")
                    stored.setdefault(key, set()).add(p.record.get_absolute_url())
                self.assertEqual(page.roles, stored)

    def test_every_role_a_description_states_is_a_participation(self):
        checked = 0
        for participant in Participant.objects.exclude(description=""):
            for kind, track, how, rounds in claims(participant.description):
                checked += 1
                with self.subTest(participant.slug, claim=(kind, track, how, rounds)):
                    mine = Participation.objects.filter(participant=participant, role=kind)
                    if track:
                        mine = mine.filter(round__track__slug=track) | mine.filter(
                            event__track__slug=track
                        )
                    self.assertTrue(mine.exists(), participant.description)
                    held = sorted(
                        n for n in mine.values_list("round__number", flat=True) if n is not None
                    )
                    if how == "to":
                        self.assertEqual(held[-1], rounds[-1], participant.description)
                    elif how == "from":
                        self.assertEqual(held[0], rounds[0], participant.description)
                    elif how == "in":
                        self.assertLessEqual(set(rounds), set(held), participant.description)
        self.assertGreater(checked, 10)

    def test_the_claims_are_read_as_written(self):
        self.assertEqual(
            claims(
                "Iranian deputy foreign minister; head of Iran's Astana delegation to round 11."
            ),
            [("head", "astana", "to", [11])],
        )
        self.assertEqual(
            claims("Turkish diplomat; headed Turkey's delegation in Astana rounds 15, 17 and 18."),
            [("head", "astana", "in", [15, 17, 18])],
        )
        self.assertEqual(
            claims("Head of the opposition (HNC) delegation in Geneva IV–VIII."),
            [("head", "geneva", "in", [4, 5, 6, 7, 8])],
        )
        self.assertEqual(
            claims("Opposition-nominated co-chair of the Constitutional Committee."),
            [("co_chair", "constitutional-committee", "any", [])],
        )
