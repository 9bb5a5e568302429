"""axe-core in the browser tests: a test dependency, never served to users.

axe-core 4.14.1 (MPL-2.0) is vendored at tests/e2e/vendor/axe.min.js, copied from the
npm registry tarball (see static/vendor/VERSIONS.md). Playwright injects it as a script
element, which the site's CSP (script-src 'self') would refuse, so pages checked with
axe are opened in a browser context with the CSP bypassed (`bypass_csp=True`); other
tests check the CSP itself.
"""

from pathlib import Path

AXE_PATH = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
SEVERE = ("serious", "critical")

RUN = """async () => {
  const result = await axe.run(document, { resultTypes: ["violations"] });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ") + " :: " + n.failureSummary),
  }));
}"""


def axe_violations(page, impacts=SEVERE) -> list[dict]:
    """The page's axe violations of the given impacts (serious and critical by default)."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_PATH))
    return [v for v in page.evaluate(RUN) if v["impact"] in impacts]


def describe(violations: list[dict]) -> str:
    return "\n".join(
        f"{v['impact']}: {v['id']} ({v['help']})\n    " + "\n    ".join(v["nodes"])
        for v in violations
    )
