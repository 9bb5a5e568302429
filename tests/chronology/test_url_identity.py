"""A page's address under its other spellings is one identity (outside tester t15a, 3):
the key (urlkeys), the key stored on each source and looked up by the services, by
loadseeds and by the admin's Source form, which refuses an address another source
holds, naming it with a link."""

import csv
from importlib import import_module
from io import StringIO
from types import SimpleNamespace

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.test import SimpleTestCase, TestCase
from django.urls import reverse

from peaceproc.audit import services as audit
from peaceproc.audit.services import RevertError
from peaceproc.chronology import services
from peaceproc.chronology.models import Source
from peaceproc.chronology.urlkeys import canonical_url, fill_url_keys, url_key, without_tracking
from tests.security.adminforms import form_data

from .base import SeededAdminTestCase

PAGE = "https://kommersant.ru/amp/7297813"


class UrlKeyTests(SimpleTestCase):
    def test_spellings_of_one_page_share_its_key(self):
        for variant in [
            "https://kommersant.ru/amp/7297813/",
            "http://kommersant.ru/amp/7297813",
            "HTTPS://KOMMERSANT.RU/amp/7297813",
            "https://kommersant.ru./amp/7297813",
            "https://www.kommersant.ru/amp/7297813#top",
            "https://kommersant.ru/amp/7297813?",
            "https://kommersant.ru/amp/7297813?&",
            "https://kommersant.ru:443/amp/7297813",
            "http://kommersant.ru:80/amp/7297813",
            "https://reader@kommersant.ru/amp/7297813",
            " https://kommersant.ru/amp/7297813\n",
            "https://kommersant.ru/amp/7297813?utm_source=telegram&UTM_Medium=x",
            "https://kommersant.ru/amp/7297813/?fbclid=a&gclid=b&yclid=c&mc_cid=d&mc_eid=e&ref=f",
            "https://kommersant.ru/%61mp/7297813",
            # Dot segments and an `&amp;` copied from HTML (re-tester t15d, 13).
            "https://kommersant.ru/./amp/7297813",
            "https://kommersant.ru/amp/./7297813/.",
            "https://kommersant.ru/news/../amp/7297813",
            "https://kommersant.ru/../amp/x/y/../../7297813",
            "https://kommersant.ru/amp/%2E/7297813",
            "https://kommersant.ru/amp/7297813?utm_source=x&amp;utm_medium=y",
        ]:
            with self.subTest(variant):
                self.assertEqual(url_key(variant), url_key(PAGE))
        self.assertEqual(canonical_url(PAGE), "kommersant.ru/amp/7297813")

    def test_an_html_ampersand_parts_parameters(self):
        self.assertEqual(url_key(f"{PAGE}?id=5&amp;utm_source=x"), url_key(f"{PAGE}?id=5"))
        self.assertEqual(url_key(f"{PAGE}?a=1&AMP;b=2"), url_key(f"{PAGE}?a=1&b=2"))

    def test_keys_of_addresses_without_those_shapes_are_unchanged(self):
        """What a key was before dot segments and `&amp;` were read: every address with
        neither keeps its stored key (no stored key of the seeds changes)."""
        for url, canonical in {
            PAGE: "kommersant.ru/amp/7297813",
            "https://example.org/a.b/c..d/.e/...": "example.org/a.b/c..d/.e/...",
            "https://example.org/a//b/": "example.org/a//b",
            "https://example.org/?q=a&b=amp;c": "example.org?q=a&b=amp;c",
            "https://example.org/": "example.org",
        }.items():
            with self.subTest(url):
                self.assertEqual(canonical_url(url), canonical)

    def test_what_names_another_page_is_kept(self):
        keys = {
            url_key(url)
            for url in [
                PAGE,
                "https://kommersant.ru/AMP/7297813",  # a path's case
                "https://kommersant.ru/amp/7297814",
                "https://kommersant.ru/amp/7297813?page=2",
                "https://kommersant.ru/amp/7297813?a=1&b=2",
                "https://kommersant.ru/amp/7297813?b=2&a=1",  # the parameters' order
                "https://kommersant.ru:8080/amp/7297813",
                "https://news.kommersant.ru/amp/7297813",
                "https://kommersant.ru/amp/7297813%2F",  # an escaped slash is no separator
                "https://kommersant.ru/amp/7297813/..x",  # no dot segment
                "https://kommersant.ru/amp/7297813?a=1&amp=2",  # a parameter named amp
            ]
        }
        self.assertEqual(len(keys), 11)
        self.assertEqual(
            canonical_url("https://x.example/a?utm_source=t&id=5&ref=r&q=%e2%82%ac"),
            "x.example/a?id=5&q=%E2%82%AC",
        )

    def test_without_tracking_keeps_the_rest_as_written_and_the_key(self):
        for sent, kept in [
            ("https://e.org/a?utm_source=tw", "https://e.org/a"),
            ("https://e.org/a/?UTM_Medium=x&amp;q=Astana&Gclid=2", "https://e.org/a/?q=Astana"),
            ("https://e.org/a?q=1&&ref=x#p2", "https://e.org/a?q=1#p2"),
            ("https://e.org/A?q=1&refx=2", "https://e.org/A?q=1&refx=2"),  # not one
            ("https://e.org/a?%75tm_source=x&id=5", "https://e.org/a?id=5"),
            ("ftp://e.org/a?utm_source=x", "ftp://e.org/a?utm_source=x"),
            ("http://[::1/a?utm_source=x", "http://[::1/a?utm_source=x"),  # unparsable
            ("", ""),
        ]:
            with self.subTest(sent):
                self.assertEqual(without_tracking(sent), kept)
                self.assertEqual(url_key(without_tracking(sent)), url_key(sent))

    def test_an_internationalised_address_is_one_with_its_ascii_form(self):
        self.assertEqual(
            url_key("https://пример.рф/новости/1"),
            url_key("https://xn--e1afmkfd.xn--p1ai/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/1/"),
        )

    def test_other_addresses_are_their_own_keys(self):
        self.assertEqual(url_key(""), "")
        self.assertEqual(url_key("   "), "")
        for odd in ["javascript:alert(1)", "ftp://Host/a", "http://[::1", "https://x:port/"]:
            with self.subTest(odd):
                self.assertEqual(canonical_url(odd), odd)
        self.assertNotEqual(url_key("ftp://Host/a"), url_key("ftp://host/a"))
        self.assertEqual(canonical_url("http://[::1]:8000/a/"), "[::1]:8000/a")

    def test_a_long_address_is_keyed_in_a_fixed_length_quickly(self):
        long = "https://example.org/" + "ج" * 980 + "?" + "&".join(["utm_x=1"] * 2)
        self.assertEqual(len(url_key(long)), 64)


class SourceKeyTests(TestCase):
    def test_a_new_source_holds_its_key_and_is_found_by_any_spelling(self):
        reference = services.create_source(url=PAGE)
        self.assertEqual(reference.url_key, url_key(PAGE))
        variant = "http://www.kommersant.ru/amp/7297813/?utm_source=x"
        self.assertEqual(services.reference_source(url=variant), reference)
        self.assertEqual(services.source_of_url(variant), reference)
        text = services.create_source(url=PAGE + "#top", text="The article's text.")
        self.assertEqual(services.source_of_url(variant), text)  # the one with a text first
        self.assertEqual(services.source_of_url(variant, besides=text), reference)
        self.assertEqual(services.reference_source(url=variant), reference)
        self.assertIsNone(services.source_of_url(""))
        self.assertIsNone(services.source_of_url(PAGE + "/other"))

    def test_the_migration_gives_stored_sources_their_keys(self):
        first = services.create_source(url=PAGE)
        second = services.create_source(url="")
        Source.objects.update(url_key="")
        fill_url_keys(Source, batch=1)
        first.refresh_from_db()
        second.refresh_from_db()
        self.assertEqual((first.url_key, second.url_key), (url_key(PAGE), ""))

    def test_the_migration_gives_dot_segment_addresses_their_new_keys(self):
        refresh = import_module(
            "peaceproc.ingest.migrations.0008_url_keys_dot_segments"
        ).refresh_url_keys
        dotted = services.create_source(url="https://example.org/World/./Story-1?id=5")
        plain = services.create_source(url=PAGE)
        Source.objects.filter(pk=dotted.pk).update(url_key="0" * 64)  # its key before
        refresh(apps, SimpleNamespace(connection=SimpleNamespace(alias="default")))
        dotted.refresh_from_db()
        self.assertEqual(dotted.url_key, url_key("https://example.org/World/Story-1?id=5"))
        self.assertEqual(Source.objects.get(pk=plain.pk).url_key, url_key(PAGE))


class SourceFormTests(SeededAdminTestCase):
    ADD = reverse("admin:chronology_source_add")

    def add(self, url: str):
        data = {"url": url, "publisher": "", "title": "", "published_on": "", "language": ""}
        return self.client.post(self.ADD, {**data, "text": ""})

    def test_an_address_another_source_holds_is_refused_with_a_link_to_it(self):
        stored = services.create_source(url=PAGE, title="Kommersant on Astana 22")
        count = Source.objects.count()
        link = reverse("admin:chronology_source_change", args=[stored.pk])
        for url in [PAGE, PAGE + "/?ref=1", "http://www.KOMMERSANT.ru/amp/7297813#top"]:
            with self.subTest(url):
                response = self.add(url)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, f'<a href="{link}">source #{stored.pk} (')
                self.assertContains(response, "Kommersant on Astana 22")
                self.assertEqual(Source.objects.count(), count)
        self.assertEqual(self.add(PAGE + "/other").status_code, 302)
        self.assertEqual(Source.objects.latest("pk").url_key, url_key(PAGE + "/other"))

    def test_a_stored_title_in_the_refusal_is_escaped(self):
        services.create_source(url=PAGE, title="<b>bold</b>")
        response = self.add(PAGE + "/")
        self.assertContains(response, "&lt;b&gt;bold&lt;/b&gt;")
        self.assertNotContains(response, "<b>bold</b>")

    def test_an_edit_to_another_sources_address_is_refused_and_its_own_kept(self):
        stored = services.create_source(url=PAGE)
        other = services.create_source(url="https://example.org/other")
        url = reverse("admin:chronology_source_change", args=[other.pk])
        refused = self.client.post(url, form_data(self.client.get(url), url=PAGE + "?"))
        self.assertContains(refused, f"source #{stored.pk}")
        other.refresh_from_db()
        self.assertEqual(other.url, "https://example.org/other")
        # Its own address respelled: saved, with the key.
        saved = self.client.post(
            url, form_data(self.client.get(url), url="http://www.example.org/other/")
        )
        self.assertEqual(saved.status_code, 302)
        other.refresh_from_db()
        self.assertEqual(other.url_key, url_key("https://example.org/other"))

    def test_an_edit_to_a_dot_segment_spelling_of_another_sources_address_is_refused(self):
        stored = services.create_source(url="https://race.example.org/rd")
        other = services.create_source(url="https://race.example.org/other")
        url = reverse("admin:chronology_source_change", args=[other.pk])
        for spelling in ["https://race.example.org/./rd", "https://race.example.org/x/../rd"]:
            with self.subTest(spelling):
                refused = self.client.post(url, form_data(self.client.get(url), url=spelling))
                self.assertContains(refused, f"source #{stored.pk}")
                other.refresh_from_db()
                self.assertEqual(other.url, "https://race.example.org/other")

    def test_sources_that_share_an_address_stay_editable(self):
        """The seed article's text and the reference its people cite share an address:
        each saves, its address unchanged."""
        shared = Source.objects.exclude(url="").order_by("url_key", "pk")
        keys = list(shared.values_list("url_key", flat=True))
        key = next(k for k in keys if keys.count(k) > 1)
        for source in Source.objects.filter(url_key=key):
            url = reverse("admin:chronology_source_change", args=[source.pk])
            page = self.client.get(url)
            self.assertEqual(self.client.post(url, form_data(page)).status_code, 302)


class LoadSeedsKeyTests(TestCase):
    def test_a_seed_reference_stored_under_another_spelling_is_found(self):
        """A reference an editor stored before the seeds were loaded, its address spelled
        otherwise: loadseeds cites it rather than adding the page a second time."""
        with (settings.BASE_DIR / "seeds" / "chronology.csv").open(encoding="utf-8") as rows:
            row = next(csv.DictReader(rows))
        seeded = row["source_url"]
        respelled = seeded.replace("https://", "http://www.", 1) + "&utm_source=feed#top"
        self.assertEqual(url_key(respelled), url_key(seeded))
        stored = services.create_source(url=respelled)
        call_command("loadseeds", stdout=StringIO())
        self.assertFalse(Source.objects.filter(url=seeded).exists())
        self.assertTrue(stored.citations.filter(round__slug=row["slug"]).exists())


class RevertedSourceTests(SeededAdminTestCase):
    def setUp(self):
        super().setUp()
        self.source = services.create_source(url=PAGE)
        self.first = audit.record_change(self.source, via="service")
        self.source.url = "https://example.org/moved"
        self.source.url_key = url_key(self.source.url)
        self.source.save()

    def test_a_version_kept_before_the_key_gets_its_urls_key(self):
        self.first.after.pop("url_key")
        self.first.save(update_fields=["after"])
        audit.revert(self.first, user=self.editor)
        self.source.refresh_from_db()
        self.assertEqual((self.source.url, self.source.url_key), (PAGE, url_key(PAGE)))
        self.assertEqual(services.source_of_url(PAGE + "/"), self.source)

    def test_an_address_another_source_took_meanwhile_is_refused(self):
        other = services.create_source(url="http://www.kommersant.ru/amp/7297813/")
        with self.assertRaisesMessage(RevertError, f"that of source #{other.pk}"):
            audit.revert(self.first, user=self.editor)
        self.source.refresh_from_db()
        self.assertEqual(self.source.url, "https://example.org/moved")
