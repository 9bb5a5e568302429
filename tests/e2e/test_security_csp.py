"""The Content Security Policy holds on every page: the public site, the admin (index,
changelists with date hierarchy, change forms with autocomplete, inlines, calendars and
prepopulated slugs) and ingestion. Chromium enforces the policy Django sends; any inline
script or style, eval or foreign origin would be reported as a violation.

To cover a new page, add its path to PUBLIC_PAGES or ADMIN_PAGES ({round}, {event},
{agreement} and {participant} are filled in from the seeded record).
"""

from peaceproc.chronology.models import Agreement, Event, Participant, Round

from .base import EditorBrowserTestCase
from .test_timeline import ChartTests

PUBLIC_PAGES = [
    "/",
    "/?round=astana-4",
    "/?track=geneva&from=2017-01-01&to=2018-12-31",
    "/rounds/astana-4/",
    "/events/{event}/",
    "/agreements/{agreement}/",
    "/participants/{participant}/",
    "/api/docs",
]

ADMIN_PAGES = [
    "/admin/",
    "/admin/chronology/round/",
    "/admin/chronology/round/?start_date__year=2017",
    "/admin/chronology/event/?start_date__year=2017&start_date__month=5",
    "/admin/chronology/round/{round}/change/",
    "/admin/chronology/event/{event}/change/",
    "/admin/chronology/agreement/{agreement}/change/",
    "/admin/chronology/participant/{participant}/change/",
    "/admin/chronology/event/add/",
    "/admin/chronology/round/{round}/history/",
    "/admin/audit/auditentry/",
    "/admin/ingest/",
]

# Records every violation the page reports, before any of the page's own scripts run
# (Playwright's init scripts are not subject to the page's policy).
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push(
    `${e.effectiveDirective} blocked ${e.blockedURI || "inline"} ${e.sample || ""}`
  );
});
"""


class ContentSecurityPolicyTests(EditorBrowserTestCase):
    def setUp(self):
        super().setUp()
        self.page.add_init_script(RECORD_VIOLATIONS)
        self.ids = {
            "round": Round.objects.get(slug="astana-4").pk,
            "event": Event.objects.order_by("pk").first().pk,
            "agreement": Agreement.objects.order_by("pk").first().slug,
            "participant": Participant.objects.order_by("pk").first().slug,
        }

    def visit(self, path: str):
        response = self.page.goto(self.url(path.format(**self.ids)))
        self.wait_until_settled()
        # The timeline's chart fetches and runs Chart.js only once scrolled to: brought
        # into view and drawn, so that its script is held to the policy too.
        if self.page.locator(".charts").count():
            self.page.locator(".charts").scroll_into_view_if_needed()
            self.page.wait_for_function(ChartTests.CHART_DRAWN)
        return response

    def assert_no_violations(self, where: str):
        violations = self.page.evaluate("window.__cspViolations")
        csp_console = [m for m in self.console_errors if "Content Security Policy" in m]
        self.assertEqual(violations, [], f"CSP violations on {where}")
        self.assertEqual(csp_console, [], f"CSP console errors on {where}")

    def assert_policy_enforced(self, response, where: str):
        self.assertIsNotNone(response, where)
        policy = response.headers.get("content-security-policy", "")
        self.assertIn("script-src 'self'", policy, where)
        for weak in ("unsafe-inline", "unsafe-eval"):
            self.assertNotIn(weak, policy, where)

    def sign_in(self):
        self.visit("/admin/login/?next=/admin/")
        self.assert_no_violations("/admin/login/")
        self.submit_login(self.username, self.password, then="/admin/")

    def assert_served_under_the_policy(self, paths, statuses: range):
        for path in paths:
            with self.subTest(path=path):
                self.console_errors.clear()
                response = self.visit(path)
                self.assertIn(response.status, statuses, path)
                self.assert_policy_enforced(response, path)
                self.assert_no_violations(path)

    def test_public_pages(self):
        self.assert_served_under_the_policy(PUBLIC_PAGES, range(200, 400))

    def test_admin_pages(self):
        self.sign_in()
        self.assert_served_under_the_policy(ADMIN_PAGES, range(200, 201))

    def test_admin_widgets_at_work(self):
        """The admin's scripts run (not only load) without a violation."""
        self.sign_in()
        self.visit("/admin/chronology/round/{round}/change/")
        # Calendar shortcut on a date field.
        self.page.click("#calendarlink0")
        self.page.wait_for_selector("#calendarbox0", state="visible")
        self.page.click("#calendarbox0 .calendar-cancel a")
        # Inlines: add a row to the participations.
        self.page.click("#participations-group .add-row a")
        # Autocomplete (select2): open it and search, which fetches over XHR.
        row = self.page.locator("#participations-group tr.dynamic-participations").last
        row.locator(".select2-selection").first.click()
        self.page.locator(".select2-search__field").fill("Lav")
        self.page.wait_for_selector(".select2-results__option >> text=/Lavrentiev/i")
        self.page.keyboard.press("Enter")
        self.assert_no_violations("round change form, widgets used")

        # Prepopulated slug on the add form.
        self.visit("/admin/chronology/event/add/")
        # Typed key by key: the prepopulation script listens to keyup.
        self.page.locator("#id_title").press_sequentially("Meeting in Sochi")
        self.assertEqual(self.page.input_value("#id_slug"), "meeting-in-sochi")
        # Collapsible fieldsets and the "save" round trip with a validation error.
        with self.page.expect_navigation():
            self.page.click("input[name=_save]")
        self.assertTrue(self.page.locator(".errornote").is_visible())
        self.assert_no_violations("event add form, saved with errors")

        # Date hierarchy drill-down and the changelist's select-all/actions script.
        self.visit("/admin/chronology/round/")
        with self.page.expect_navigation():
            self.page.click("nav.toplinks a >> nth=0")
        self.page.check("#action-toggle")
        self.assert_no_violations("round changelist, date hierarchy and actions")

    def test_a_participant_picked_by_search_is_saved(self):
        """The participations' autocomplete box at work to the end: typed, picked, saved,
        with no violation (select2 draws its dropdown with classes, not style attributes
        the policy would block)."""
        self.sign_in()
        round_ = Round.objects.get(slug="astana-4")
        self.assertFalse(round_.participations.filter(participant__name="Sergey Lavrov").exists())
        self.visit("/admin/chronology/round/{round}/change/")
        self.page.click("#participations-group .add-row a")
        row = self.page.locator("#participations-group tr.dynamic-participations").last
        row.locator(".select2-selection").first.click()
        # The site's search of people behind it: a Russian case form, then the Latin start.
        self.page.locator(".select2-search__field").fill("Лаврова")
        self.page.wait_for_selector(".select2-results__option >> text=Sergey Lavrov")
        self.page.locator(".select2-search__field").fill("Lavr")
        self.page.wait_for_selector(".select2-results__option >> text=Alexander Lavrentiev")
        self.page.locator(".select2-results__option", has_text="Sergey Lavrov").click()
        self.assertIn(
            "Sergey Lavrov", row.locator(".select2-selection__rendered").first.inner_text()
        )
        row.locator("select[name$=-role]").select_option("attendee")
        with self.page.expect_navigation():
            self.page.click("input[name=_continue]")
        self.assertEqual(self.page.locator(".errornote").count(), 0, self.page.content()[:2000])
        self.assertTrue(round_.participations.filter(participant__name="Sergey Lavrov").exists())
        self.assert_no_violations("round change form, a participant picked and saved")

    def test_ingestion_review(self):
        self.sign_in()
        # Not the seed article: that one is already in the record.
        article = (
            "Talks end in Astana\n\nRussia, Iran and Turkey met in Astana on 4 May 2017 for "
            "the fourth round of talks and signed a memorandum on de-escalation zones. "
            "Alexander Lavrentiev led the Russian delegation."
        )
        self.visit("/admin/ingest/")
        self.page.fill("textarea[name=text]", article)
        self.page.fill("input[name=published]", "2017-08-01")
        with self.page.expect_navigation():
            self.page.locator("form[method=post] [type=submit]").last.click()
        self.assertRegex(self.page.url, r"/admin/ingest/\d+/$")
        self.assert_no_violations("ingestion review")

    def test_the_check_sees_a_violation(self):
        """A control: the listener does report what the policy blocks."""
        self.visit("/")
        self.page.evaluate(
            """() => {
              const div = document.createElement("div");
              div.innerHTML = '<img src="/static/none.png" onerror="window.__ran = 1">';
              document.body.append(div);
              document.body.setAttribute("style", "color: red");
            }"""
        )
        self.page.wait_for_function(
            """() => (window.__cspViolations || []).some((v) => v.startsWith("script-src"))
              && window.__cspViolations.some((v) => v.startsWith("style-src"))"""
        )
        violations = self.page.evaluate("window.__cspViolations")
        self.assertTrue(any(v.startswith("script-src") for v in violations), violations)
        self.assertTrue(any(v.startswith("style-src") for v in violations), violations)
        self.assertIsNone(self.page.evaluate("window.__ran"))
