"""The one URL-reversing helper (peaceproc/links.py) the site's timeline and the API share:
a route reversed once, then filled in, gives what reverse() gives, slug or number,
under any script prefix."""

from django.template import Context, Template
from django.test import SimpleTestCase
from django.urls import NoReverseMatch, reverse, set_script_prefix

from peaceproc import links
from peaceproc.site.timeline import URL_KEY, url_pattern


class UrlForTests(SimpleTestCase):
    def tearDown(self):
        set_script_prefix("/")

    def test_the_same_as_reverse_for_slugs_and_numbers(self):
        for name, key in (
            ("site:round", "astana-4"),
            ("site:event", 12),
            ("site:agreement", "astana-memorandum-de-escalation"),
            ("site:tenure", "envoy-de-mistura"),
            ("api:round", "astana-4"),
            ("api:source", 987),
            ("api:participant", "sergey-lavrov"),
        ):
            with self.subTest(name):
                self.assertEqual(links.url_for(name, key), reverse(name, args=[key]))

    def test_each_script_prefix_has_its_own_pattern(self):
        plain = links.url_for("api:round", "astana-4")
        set_script_prefix("/peace/")
        self.assertEqual(links.url_for("api:round", "astana-4"), "/peace" + plain)
        self.assertEqual(
            links.url_for("api:round", "astana-4"), reverse("api:round", args=["astana-4"])
        )

    def test_the_timeline_builds_on_it(self):
        self.assertEqual(
            url_pattern("event").replace(URL_KEY, "7"), reverse("site:event", args=[7])
        )

    def test_a_route_without_one_argument_is_refused(self):
        with self.assertRaises(NoReverseMatch):
            links.url_pattern("api:rounds")


class RouteTests(SimpleTestCase):
    """links.route: a route without arguments, as reverse() gives it ({% route %} in the
    site's templates)."""

    def tearDown(self):
        set_script_prefix("/")

    def test_the_same_as_reverse(self):
        for name in ("site:index", "site:feed", "site:tracks_css", "admin:index", "api:rounds"):
            with self.subTest(name):
                self.assertEqual(links.route(name), reverse(name))

    def test_each_script_prefix_has_its_own_url(self):
        self.assertEqual(links.route("site:about"), "/about/")
        set_script_prefix("/peace/")
        self.assertEqual(links.route("site:about"), "/peace/about/")

    def test_the_template_tag_gives_it(self):
        html = Template("{% load routes %}<a href=\"{% route 'site:whats_new' %}\">").render(
            Context()
        )
        self.assertEqual(html, f'<a href="{reverse("site:whats_new")}">')
