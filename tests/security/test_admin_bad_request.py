"""The admin's 400 pages are in the admin's look (re-tester t9s, finding 11): a control
character in an admin page's address, a list filter no database can apply and a form the
server will not read were answered with the public site's header, nav and footer."""

from django.contrib.auth.models import User
from django.test import TestCase, override_settings


class AdminBadRequestLookTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = User.objects.create_superuser("editor", "e@example.org", "pw-editor-1")

    def assertAdminLook(self, response, *, crumbs: list[str]):
        self.assertEqual(response.status_code, 400)
        html = response.content.decode()
        self.assertIn('id="site-name"', html)  # the admin's header
        self.assertNotIn("site-header", html)  # the public site's header, nav, footer
        self.assertNotIn("site-footer", html)
        self.assertIn("<title>Bad request |", html)
        self.assertInHTML(
            '<div class="breadcrumbs">'
            + "".join(f"{c} &rsaquo; " for c in crumbs)
            + "Bad request</div>",
            html,
        )

    def test_a_filter_no_database_can_apply(self):
        self.client.force_login(self.editor)
        response = self.client.get("/admin/chronology/event/?start_date__year=99999")
        self.assertAdminLook(
            response,
            crumbs=[
                '<a href="/admin/">Home</a>',
                '<a href="/admin/chronology/">Chronology</a>',
                '<a href="/admin/chronology/event/">Events</a>',
            ],
        )
        self.assertContains(
            response, "The list cannot be filtered by “start_date__year=99999”", status_code=400
        )
        self.assertContains(response, 'id="user-tools"', status_code=400)

    def test_a_control_character_signed_in_or_not(self):
        for signed_in in (True, False):
            with self.subTest(signed_in=signed_in):
                if signed_in:
                    self.client.force_login(self.editor)
                else:
                    self.client.logout()
                response = self.client.get("/admin/chronology/round/add/?<b>=%00")
                self.assertAdminLook(
                    response,
                    crumbs=[
                        '<a href="/admin/">Home</a>',
                        '<a href="/admin/chronology/">Chronology</a>',
                        '<a href="/admin/chronology/round/">Rounds</a>',
                    ],
                )
                # The message is unchanged, its parameter escaped.
                self.assertContains(
                    response,
                    "The address&#x27;s parameter “&lt;b&gt;” holds a control character "
                    "(U+0000), which no record&#x27;s text holds. Remove it from the address "
                    "and try again. Nothing was stored.",
                    status_code=400,
                )
                self.assertNotContains(response, "<b>", status_code=400)

    def test_an_admin_address_of_no_model(self):
        for url in ("/admin/?x=%00", "/admin/no/such/page/?x=%01"):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertAdminLook(response, crumbs=['<a href="/admin/">Home</a>'])

    @override_settings(DATA_UPLOAD_MAX_NUMBER_FIELDS=5)
    def test_a_form_with_too_many_fields(self):
        self.client.force_login(self.editor)
        with self.assertLogs("django.security.TooManyFieldsSent", "ERROR"):
            response = self.client.post(
                "/admin/chronology/track/add/", {f"f{n}": "x" for n in range(10)}
            )
        self.assertAdminLook(
            response,
            crumbs=[
                '<a href="/admin/">Home</a>',
                '<a href="/admin/chronology/">Chronology</a>',
                '<a href="/admin/chronology/track/">Tracks</a>',
            ],
        )
        self.assertContains(
            response, "The form sent too many fields or files. Nothing was stored.", status_code=400
        )

    @override_settings(DATA_UPLOAD_MAX_NUMBER_FIELDS=5)
    def test_the_public_site_keeps_its_own_400(self):
        query = "&".join(f"f{n}=x" for n in range(10))
        with self.assertLogs("django.security.TooManyFieldsSent", "ERROR"):
            response = self.client.get(f"/?{query}")
        self.assertContains(response, "site-footer", status_code=400)
        self.assertNotContains(response, 'id="site-name"', status_code=400)
