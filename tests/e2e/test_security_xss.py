"""Stored text holding HTML or script is shown as text everywhere.

Records whose every text field carries `<script>`, `<img onerror>`, `"><svg onload>` and
`javascript:` payloads (created through the models and services, edited in the admin,
pasted into ingestion) are opened in Chromium on every page that shows them. Each payload
would set `window.__xss` or open a dialog if it ran. Pages are first opened with the CSP
bypassed, so that escaping alone is what is tested; then with the CSP, where a
`javascript:` link is clicked.

To cover a new page, add its path to PUBLIC_PAGES or ADMIN_PAGES.
"""

from peaceproc.chronology import services
from peaceproc.chronology.models import Event, ParticipantAlias, Source
from tests.security.people import fit, make_people, make_record

from .base import BrowserTestCase

JS_URL = "javascript:window.__xss=1"
# Shortest first: fields of 100 characters keep the first ones (people.fit cuts the rest).
PAYLOADS = [
    "<script>window.__xss=1</script>",
    '"><svg class=xss-probe onload=window.__xss=1>',
    "'><img src=/x.png class=xss-probe onerror=window.__xss=1>",
    '<img src="/x.png" class="xss-probe" onerror="window.__xss=1;alert(1)">',
    f'<a class="xss-probe" href="{JS_URL}">click</a>',
    JS_URL,
]
EVIL = " " + " ".join(PAYLOADS)

PUBLIC_PAGES = [
    "/",
    "/?round=astana-4",
    "/?participant=russia",
    "/?q=%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E",
    "/?q=memorandum",
    "/rounds/astana-4/",
    "/events/{event}/",
    "/agreements/",
    "/agreements/de-escalation-memorandum/",
    "/participants/russia/",
    "/api/docs",
]
ADMIN_PAGES = [
    "/admin/chronology/round/",
    "/admin/chronology/round/{round}/change/",
    "/admin/chronology/event/",
    "/admin/chronology/event/{event}/change/",
    "/admin/chronology/agreement/",
    "/admin/chronology/agreement/{agreement}/change/",
    "/admin/chronology/participant/",
    "/admin/chronology/participant/{participant}/change/",
    "/admin/chronology/citation/",
    "/admin/chronology/source/",
    "/admin/chronology/source/{evil_source}/change/",
    "/admin/chronology/round/{round}/history/",
    "/admin/audit/auditentry/",
    "/admin/audit/auditentry/{audit_entry}/change/",
]

# Finds what would have become markup: probe elements, handlers, script bodies, and links
# whose scheme is javascript:.
INSPECT = """() => ({
  xss: window.__xss === undefined ? null : window.__xss,
  probes: document.querySelectorAll(".xss-probe, svg[onload], img[onerror]").length,
  // Data islands (json_script, type="application/json") hold the text escaped and inert.
  scripts: [...document.scripts]
    .filter((s) => !s.type || /javascript|module/i.test(s.type))
    .filter((s) => s.textContent.includes("__xss")).length,
  jsLinks: [...document.querySelectorAll("a[href], area[href]")]
    .filter((a) => a.protocol === "javascript:").map((a) => a.outerHTML.slice(0, 120)),
})"""


class XSSTestCase(BrowserTestCase):
    bypass_csp = True

    def setUp(self):
        super().setUp()
        # A context of our own: with the CSP bypassed, escaping is the only defence left.
        self.context.close()
        self.context = self.browser.new_context(viewport=self.viewport, bypass_csp=self.bypass_csp)
        self.page = self.context.new_page()
        self.dialogs: list[str] = []
        self.page.on("dialog", self._dialog)
        self.console_errors = []
        self.page.on("pageerror", lambda exc: self.console_errors.append(str(exc)))

        self.alice, _bob = make_people()
        self.record = make_record(text=EVIL)
        ParticipantAlias.objects.create(
            participant=self.record["participant"], name=fit(ParticipantAlias, "name", EVIL)
        )
        # A source whose URL is a script, cited by the round, the event and the agreement.
        self.evil_source = services.create_source(
            url=JS_URL,
            publisher=fit(Source, "publisher", f"Evil{EVIL}"),
            title=fit(Source, "title", EVIL),
            text=f"Evil text{EVIL}",
        )
        for target in ("round", "event", "agreement"):
            services.cite(source=self.evil_source, target=self.record[target], quote=EVIL)
        from peaceproc.audit import services as audit

        before = audit.snapshot(self.record["round"])
        self.record["round"].summary += " (edited)"
        self.record["round"].save()
        self.audit_entry = audit.record_change(self.record["round"], user=self.alice, before=before)
        self.ids = {
            "round": self.record["round"].pk,
            "event": self.record["event"].pk,
            "agreement": self.record["agreement"].pk,
            "participant": self.record["participant"].pk,
            "evil_source": self.evil_source.pk,
            "audit_entry": self.audit_entry.pk,
        }

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def visit(self, path: str):
        response = self.page.goto(self.url(path.format(**self.ids)))
        self.wait_until_settled()
        return response

    def assert_inert(self, where: str, *, links=True):
        found = self.page.evaluate(INSPECT)
        self.assertIsNone(found["xss"], f"a payload ran on {where}")
        self.assertEqual(self.dialogs, [], f"a dialog opened on {where}")
        self.assertEqual(found["probes"], 0, f"a payload became markup on {where}")
        self.assertEqual(found["scripts"], 0, f"a payload became a script on {where}")
        if links:
            self.assertEqual(found["jsLinks"], [], f"a javascript: link on {where}")

    def sign_in(self):
        self.alice.set_password("alice-password")
        self.alice.save()
        self.visit("/admin/login/?next=/admin/")
        self.submit_login("alice", "alice-password", then="/admin/")


class StoredXSSTests(XSSTestCase):
    def test_public_pages_show_payloads_as_text(self):
        for path in PUBLIC_PAGES:
            with self.subTest(path=path):
                response = self.visit(path)
                self.assertLess(response.status, 400, path)
                self.assert_inert(path, links=False)
        # The text is there, as text.
        self.visit("/events/{event}/")
        self.assertIn("<script>window.__xss=1</script>", self.page.inner_text("h1"))

    def test_timeline_panel_loaded_by_htmx(self):
        self.visit("/?round=astana-4")
        panel_links = self.page.locator("[data-panel]")
        for i in range(min(panel_links.count(), 4)):
            link = panel_links.nth(i)
            if link.is_visible():
                href = link.get_attribute("href")
                link.click()
                self.page.wait_for_function(
                    "(href) => new URLSearchParams(location.search).get('open') === href"
                    " && document.documentElement.hasAttribute('data-settled')",
                    arg=href,
                )
                self.assert_inert(f"timeline panel {i}", links=False)

    def test_admin_pages_show_payloads_as_text(self):
        self.sign_in()
        for path in ADMIN_PAGES:
            with self.subTest(path=path):
                response = self.visit(path)
                self.assertEqual(response.status, 200, path)
                self.assert_inert(path)

    def test_editing_in_the_admin(self):
        self.sign_in()
        self.visit("/admin/chronology/event/{event}/change/")
        self.page.fill("#id_title", fit(Event, "title", f"Edited{EVIL}"))
        self.page.fill("#id_summary", f"Edited{EVIL}")
        with self.page.expect_navigation():
            self.page.click("input[name=_save]")
        self.assert_inert("event changelist after saving")
        for path in ("/events/{event}/", "/", "/admin/chronology/event/{event}/history/"):
            with self.subTest(path=path):
                self.visit(path)
                self.assert_inert(path, links=False)

    def test_ingesting_an_article_with_payloads(self):
        self.sign_in()
        self.visit("/admin/ingest/")
        self.page.fill(
            "textarea[name=text]",
            f"Talks in Astana{EVIL}\n\nRussia, Iran and Turkey met in Astana on 4 May 2017 "
            f"for the fourth round of talks{EVIL}. Alexander Lavrentiev{EVIL} said so.",
        )
        self.page.fill("input[name=publisher]", fit(Source, "publisher", f"Evil News{EVIL}"))
        self.page.fill("input[name=published]", "2017-08-01")
        with self.page.expect_navigation():
            self.page.click("#ingest-form [type=submit]")
        self.assertRegex(self.page.url, r"/admin/ingest/\d+/$")
        self.assert_inert("ingestion review")

    def test_javascript_urls_are_never_links(self):
        # Fails until the chronology fix in the issue-6 report is applied (citations are
        # rendered with href="{{ citation.source.url }}" whatever the scheme); remove this
        # decorator then.
        for path in ("/rounds/astana-4/", "/events/{event}/", "/", "/?round=astana-4"):
            with self.subTest(path=path):
                self.visit(path)
                self.assertEqual(self.page.evaluate(INSPECT)["jsLinks"], [], path)


class JavascriptLinkUnderCSPTests(XSSTestCase):
    bypass_csp = False

    def test_clicking_a_javascript_link_runs_nothing(self):
        self.page.add_init_script(
            "window.__blocked = 0;"
            "document.addEventListener('securitypolicyviolation', () => window.__blocked++);"
        )
        self.visit("/rounds/astana-4/")
        for clicked, link in enumerate(self.page.locator("a[href^='javascript:' i]").all()):
            link.click()
            # The click is over when the policy blocked the link, or its script ran.
            self.page.wait_for_function(
                "n => window.__blocked > n || window.__xss !== undefined", arg=clicked
            )
        self.assert_inert("round page, links clicked under the CSP", links=False)
