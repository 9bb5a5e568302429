"""Screenshots of every public page at 1440 and 375 px, into docs/screenshots/.

    .venv/bin/python scripts/screenshots.py http://127.0.0.1:8000

against a running server with the seed data (`make run` or `make serve`). Debian's
Chromium through Playwright, as the browser tests use. Each shot is the first screen
of the page (1440 x 1000 or 375 x 900), the way a reader first sees it.
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
WIDTHS = {"desktop": (1440, 1000), "375": (375, 900)}
# name: (path, what to scroll to first, or None)
PAGES = {
    "timeline": ("/", None),
    "timeline-lanes": ("/", ".window-nav"),
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
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:8000")
