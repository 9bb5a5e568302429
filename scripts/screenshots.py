"""Screenshots of every public page at 1440 and 375 px, into docs/screenshots/.

    .venv/bin/python scripts/screenshots.py http://127.0.0.1:8000

against a running server with the seed data (`make run` or `make serve`). Debian's
Chromium through Playwright, as the browser tests use. Each shot is the first screen
of the page (1440 x 1000 or 375 x 900), the way a reader first sees it.

The editors' review of an ingested article (admin-ingest-review) needs a staff account
allowed to ingest, and an article already ingested: give the account in the environment
as PEACEPROC_SCREENSHOT_USER and PEACEPROC_SCREENSHOT_PASSWORD; the first article on the
ingest page is shown. Without them those two shots are skipped, and the script says so.
"""

import os
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
WIDTHS = {"desktop": (1440, 1000), "375": (375, 900)}
# name: (path, what to scroll to first, or None)
PAGES = {
    "timeline": ("/", None),
    "timeline-lanes": ("/", ".window-nav"),
    "timeline-full": ("/?zoom=all", ".window-nav"),
    "timeline-2017": ("/?zoom=year&at=2017-01-01", ".window-nav"),
    "timeline-round": ("/?round=astana-4", None),
    "timeline-search": ("/?q=Лаврентьев", None),
    "timeline-panel": ("/?zoom=year&at=2017-01-01&open=/rounds/astana-4/", ".window-nav"),
    "timeline-chart": ("/?zoom=year&at=2017-01-01", ".charts"),
    "round": ("/rounds/astana-4/", None),
    "event": ("/events/1/", None),
    "agreement": ("/agreements/astana-memorandum-de-escalation-areas-2017/", None),
    "agreements": ("/agreements/", None),
    "tenure": ("/tenures/envoy-geir-pedersen/", None),
    "participants": ("/participants/", None),
    "participant": ("/participants/alexander-lavrentiev/", None),
    "who-attended": ("/who-attended/?track=astana", None),
    "about": ("/about/", None),
    "whats-new": ("/whats-new/", None),
    "api-docs": ("/api/docs", None),
}


def main(base: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
        )
        for label, (width, height) in WIDTHS.items():
            page = browser.new_page(viewport={"width": width, "height": height})
            for name, (path, anchor) in PAGES.items():
                page.goto(base + path)
                page.wait_for_load_state("networkidle")
                if anchor:
                    page.locator(anchor).first.scroll_into_view_if_needed()
                    page.evaluate("(s) => document.querySelector(s).scrollIntoView()", anchor)
                    page.wait_for_timeout(700)  # a chart, once scrolled to, loads and draws
                page.screenshot(path=str(OUT / f"{name}-{label}.png"))
            page.close()
        user, password = (os.getenv(f"PEACEPROC_SCREENSHOT_{v}") for v in ("USER", "PASSWORD"))
        if user and password:
            admin_review(browser, base, user, password)
        else:
            print("No PEACEPROC_SCREENSHOT_USER/PASSWORD: the admin review is not shot.")
        browser.close()


def admin_review(browser, base: str, user: str, password: str) -> None:
    """Log in through the admin's form, open the first ingested article's review."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{base}/admin/login/?next=/admin/ingest/")
    page.fill("#id_username", user)
    page.fill("#id_password", password)
    page.click("input[type=submit], button[type=submit]")
    page.wait_for_load_state("networkidle")
    reviews = page.locator("a[href^='/admin/ingest/'][href$='/']").evaluate_all(
        "(links) => links.map((a) => a.getAttribute('href')).filter((h) => /\\/\\d+\\/$/.test(h))"
    )
    if not reviews:
        sys.exit("No ingested article to review: ingest one first (manage.py ingest FILE).")
    for label, (width, height) in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": height})
        page.goto(base + reviews[0])
        page.wait_for_load_state("networkidle")
        page.screenshot(path=str(OUT / f"admin-ingest-review-{label}.png"))
    context.close()


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:8000")
