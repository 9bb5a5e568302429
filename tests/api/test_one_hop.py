"""Every non-canonical way of writing a record's URL reaches the record's own URL in ONE
permanent redirect, query string kept, on the API and on the site (issue #11:
`/api/rounds/Astana-4/` took two, the slash's and then the case's): each mix of case,
spacing, trailing slash and former slug, per record kind; an event's number in other
spelling (`/events/01/`, ` 1 `) likewise where it names an event, a 404 otherwise (and
for a sign or a decimal point, `+1`, `1.0`: t12a, finding 12),
never a 500."""

from itertools import product
from urllib.parse import quote

from django.urls import reverse

from peaceproc.chronology import services
from peaceproc.chronology.models import Event

from .base import SeededTestCase
from .test_slug_variants import DETAILS as KINDS  # events' pages are by number (below)

QUERY = "?zoom=year&q=%C3%A9"
CASES = (str, str.upper, str.title)
SPACINGS = (
    lambda s: s,
    lambda s: s.replace("-", " "),
    lambda s: f" {s} ",
    lambda s: s.replace("-", " - ") + "\t",
)


def url_of(name: str, written: str, *, slash: bool) -> str:
    """`name`'s URL with `written` for its slug, with or without a closing slash."""
    url = reverse(name, args=["KEY"]).replace("KEY", quote(written, safe=""))
    return url.removesuffix("/") + ("/" if slash else "")


def spellings(slug: str) -> list[tuple[str, bool]]:
    """Every mix of case, spacing and closing slash of `slug`, each (written, slash)."""
    return [
        (spacing(case(slug)), slash)
        for case, spacing, slash in product(CASES, SPACINGS, (False, True))
    ]


def assertOneHop(case, url: str, target: str):
    """`url` (with QUERY) answers one permanent redirect to `target` (with QUERY), which
    answers the record itself (without the query: the API's details take no parameter
    and refuse one, 400). The target is asked once in a test: its many spellings lead to
    the same URL on the same rows."""
    response = case.client.get(url + QUERY)
    case.assertEqual(response.status_code, 301, url)
    case.assertEqual(response["Location"], target + QUERY, url)
    answered = vars(case).setdefault("targets_answered", set())
    if target not in answered:
        case.assertEqual(case.client.get(target).status_code, 200, target)
        answered.add(target)


class OneHopTests(SeededTestCase):
    assertOneHop = assertOneHop

    def routes(self, model, api_name, site_name):
        """(route name, whether its own URL ends with a slash) of a kind's detail URLs."""
        return [(api_name, False)] + ([(site_name, True)] if site_name else [])

    def test_every_mix_of_case_spacing_and_slash_is_one_redirect(self):
        for model, api_name, site_name in KINDS:
            slug = model.objects.filter(slug__contains="-").order_by("pk")[0].slug
            for name, own_slash in self.routes(model, api_name, site_name):
                target = reverse(name, args=[slug])
                for written, slash in spellings(slug):
                    if (written, slash) == (slug, own_slash):
                        continue  # the record's own URL
                    with self.subTest(name=name, written=written, slash=slash):
                        url = url_of(name, written, slash=slash)
                        self.assertOneHop(url, target)

    def test_a_former_slug_in_every_mix_is_one_redirect(self):
        for model, api_name, site_name in KINDS:
            record = model.objects.filter(slug__contains="-").order_by("pk")[0]
            former = record.slug
            self.assertTrue(services.rename_slug(record=record, slug=f"{former}-renamed"))
            for name, _ in self.routes(model, api_name, site_name):
                target = reverse(name, args=[f"{former}-renamed"])
                for written, slash in spellings(former):
                    with self.subTest(name=name, written=written, slash=slash):
                        url = url_of(name, written, slash=slash)
                        self.assertOneHop(url, target)

    def test_an_unknown_slug_in_any_mix_is_a_404_at_once(self):
        for _, api_name, site_name in KINDS:
            for name in filter(None, (api_name, site_name)):
                for written, slash in spellings("no-such-record"):
                    with self.subTest(name=name, written=written, slash=slash):
                        response = self.client.get(url_of(name, written, slash=slash))
                        self.assertEqual(response.status_code, 404)


# An event's number written otherwise than its own URL writes it.
NUMBERS = ("0{}", "00{}", " {} ", "%20{}")
# What looks like a number but is none an id is written as (t12a, finding 12).
NOT_IDS = ("+{}", "{}.0", "{}.", "+0{}.00", "0{}.0")


class EventNumberTests(SeededTestCase):
    assertOneHop = assertOneHop

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.event = Event.objects.order_by("pk").first()

    def test_a_number_in_other_spelling_is_one_redirect_to_the_event(self):
        pk = self.event.pk
        page, api = reverse("site:event", args=[pk]), reverse("api:event", args=[self.event.slug])
        for spelling in (*NUMBERS, "{}"):
            written = spelling.format(pk)
            for slash in (False, True):
                with self.subTest(written=written, slash=slash):
                    site_url = f"/events/{written}" + ("/" if slash else "")
                    if site_url != page:
                        self.assertOneHop(site_url, page)
                    api_url = f"/api/events/{written}" + ("/" if slash else "")
                    if written != str(pk) or slash:  # /api/events/<its number>: the event
                        self.assertOneHop(api_url, api)

    def test_the_event_answers_at_its_own_number(self):
        self.assertEqual(self.client.get(f"/events/{self.event.pk}/").status_code, 200)
        response = self.client.get(f"/api/events/{self.event.pk}")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["slug"], self.event.slug)

    def test_a_number_no_event_has_or_no_number_is_a_404(self):
        missing = Event.objects.order_by("-pk").first().pk + 1
        for written in (
            *(spelling.format(missing) for spelling in NUMBERS),
            *(spelling.format(self.event.pk) for spelling in NOT_IDS),
            "0",
            "00",
            "-1",
            f"-{self.event.pk}",
            f"{self.event.pk}.5",
            "1e0",
            "..",
            "+",
            "9223372036854775807",
            "9223372036854775808",
            "9" * 40,
        ):
            for prefix, slash in product(("/events/", "/api/events/"), ("", "/")):
                url = prefix + written + slash
                with self.subTest(url=url):
                    response = self.client.get(url)
                    self.assertEqual(response.status_code, 404)
                    if prefix.startswith("/api/"):
                        self.assertEqual(response.json()["error"]["status"], 404)

    def test_a_write_to_a_number_in_other_spelling_is_refused(self):
        self.assertEqual(self.client.post(f"/events/0{self.event.pk}/").status_code, 405)
        self.assertEqual(self.client.head(f"/events/0{self.event.pk}/").status_code, 301)
