"""The checkers behind `make quality`, also used by tests/quality and the browser tests.

Each checker asks an independent tool and returns what it found, so a caller decides pass/fail
from the tool's own verdict:
- `axe_violations(page)`: axe-core, injected into a Playwright page (the context needs
  `bypass_csp=True`, since axe is an inline script our CSP would refuse);
- `vnu_errors(html)` / `vnu_check(documents)`: the Nu HTML checker (vnu-jar, run with Java);
- `lighthouse_scores(url)` / `lighthouse_audit(url)`: Lighthouse 12 on its mobile preset.
The Node packages live in quality/node_modules (`npm ci` in quality/); `missing_tools()` says what
is not installed, so tests can skip with a reason instead of failing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

QUALITY_DIR = Path(__file__).resolve().parent
NODE_MODULES = QUALITY_DIR / "node_modules"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
LIGHTHOUSE_CLI = NODE_MODULES / "lighthouse" / "cli" / "index.js"

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# WCAG 2.2 A and AA (every rule is tagged with the version that introduced it) plus axe's best practices.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}

LIGHTHOUSE_CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
LIGHTHOUSE_MINIMUM = 95


def missing_tools(*tools: str) -> list[str]:
    """Why each of `tools` ("chromium", "axe", "vnu", "lighthouse") cannot run here; empty when all can."""
    reasons = []
    npm_hint = "run `npm ci --ignore-scripts` in quality/"
    for tool in tools:
        if tool == "chromium" and not Path(CHROMIUM).exists():
            reasons.append(f"Chromium is not installed at {CHROMIUM}")
        elif tool == "axe" and not AXE_JS.exists():
            reasons.append(f"axe-core is not installed ({npm_hint})")
        elif tool == "vnu":
            if shutil.which("java") is None:
                reasons.append("Java is not installed (the Nu HTML checker needs it)")
            if not VNU_JAR.exists():
                reasons.append(f"vnu-jar is not installed ({npm_hint})")
        elif tool == "lighthouse":
            if shutil.which("node") is None:
                reasons.append("Node is not installed (Lighthouse needs it)")
            if not LIGHTHOUSE_CLI.exists():
                reasons.append(f"Lighthouse is not installed ({npm_hint})")
            if not Path(CHROMIUM).exists():
                reasons.append(f"Chromium is not installed at {CHROMIUM}")
    return reasons


# ---------------------------------------------------------------------------------------------
# axe-core


def axe_violations(page, *, tags: list[str] | None = None) -> list[dict]:
    """Run axe-core on the page as it is now; one dict per violated rule, with the offending nodes."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(content=AXE_JS.read_text(encoding="utf-8"))
    results = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        tags or AXE_TAGS,
    )
    return [
        {
            "id": violation["id"],
            "impact": violation.get("impact"),
            "help": violation["help"],
            "nodes": [
                {"target": " ".join(map(str, node["target"])), "summary": node.get("failureSummary", "")}
                for node in violation["nodes"]
            ],
        }
        for violation in results["violations"]
    ]


# ---------------------------------------------------------------------------------------------
# Nu HTML checker


# Checked with every batch: if vnu says nothing about this, it checked nothing (a wrong path is silent).
_VNU_CANARY = "<!doctype html><html lang=en><title>canary</title><p>stray end tag</div>"


def vnu_check(documents: dict[str, str]) -> dict[str, list[dict]]:
    """Validate several HTML documents in one Java start; every message (errors and warnings) per name.

    Each message is vnu's JSON message: `type` is "error", "info" (with `subType` "warning" for
    warnings) or "non-document-error"; `message`, `lastLine`, `extract` say what and where.
    """
    results: dict[str, list[dict]] = {name: [] for name in documents}
    if not documents:
        return results
    with tempfile.TemporaryDirectory(prefix="vnu-") as tmp:
        by_path: dict[str, str | None] = {}
        for index, (name, html) in enumerate([*documents.items(), (None, _VNU_CANARY)]):
            path = Path(tmp).resolve() / f"page-{index}.html"
            path.write_text(html, encoding="utf-8")
            by_path[str(path)] = name
        # Our own fixed command line; the only variable parts are paths we just wrote.
        completed = subprocess.run(  # noqa: S603
            [
                shutil.which("java") or "java",
                "-Xss1m",
                "-jar",
                str(VNU_JAR),
                "--format",
                "json",
                "--stdout",
                "--exit-zero-always",
                *by_path,
            ],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if completed.returncode != 0 or not completed.stdout.strip():
            raise RuntimeError(f"vnu failed ({completed.returncode}): {completed.stderr.strip()[:2000]}")
        canary_seen = False
        for message in json.loads(completed.stdout)["messages"]:
            # vnu names files "file:/tmp/...".
            path = message.get("url", "").removeprefix("file:")
            if path in by_path and by_path[path] is None:
                canary_seen = True
            elif path in by_path:
                results[by_path[path]].append(message)
            else:
                # A message about no document in particular (a broken run): charge it to every page.
                for messages in results.values():
                    messages.append(message)
        if not canary_seen:
            raise RuntimeError(f"vnu checked nothing (no error for a known-bad document): {completed.stdout[:500]}")
    return results


def is_vnu_error(message: dict) -> bool:
    return message.get("type") in {"error", "non-document-error"}


def vnu_errors(html: str) -> list[dict]:
    """The Nu HTML checker's errors (not warnings) for one HTML document."""
    return [m for m in vnu_check({"page": html})["page"] if is_vnu_error(m)]


# ---------------------------------------------------------------------------------------------
# Lighthouse


@dataclass
class LighthouseResult:
    url: str
    scores: dict[str, int]
    # Audits that cost points: (category, audit id, title, score 0-100) for the summary.
    failing: list[tuple[str, str, str, int]] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)


def lighthouse_audit(url: str, *, categories: list[str] | None = None) -> LighthouseResult:
    """Run Lighthouse (mobile preset, simulated throttling) against `url` in headless Chromium."""
    categories = categories or LIGHTHOUSE_CATEGORIES
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as tmp:
        report_path = Path(tmp) / "report.json"
        completed = subprocess.run(  # noqa: S603 (a fixed command line; the URL is ours)
            [
                shutil.which("node") or "node",
                str(LIGHTHOUSE_CLI),
                url,
                "--quiet",
                "--output=json",
                f"--output-path={report_path}",
                f"--only-categories={','.join(categories)}",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=240,
            check=False,
        )
        if completed.returncode != 0 or not report_path.exists():
            raise RuntimeError(f"Lighthouse failed ({completed.returncode}): {completed.stderr.strip()[-2000:]}")
        report = json.loads(report_path.read_text(encoding="utf-8"))
    if report.get("runtimeError"):
        raise RuntimeError(f"Lighthouse could not load {url}: {report['runtimeError']}")
    scores, failing = {}, []
    for key, category in report["categories"].items():
        scores[key] = round((category["score"] or 0) * 100)
        for ref in category["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref.get("weight", 0) > 0 and audit.get("score") is not None and audit["score"] < 1:
                failing.append((key, ref["id"], audit["title"], round(audit["score"] * 100)))
    console = report["audits"].get("errors-in-console", {}).get("details", {}).get("items", [])
    return LighthouseResult(
        url=url,
        scores=scores,
        failing=failing,
        console_errors=[item.get("description", "") for item in console],
    )


def lighthouse_scores(url: str, *, categories: list[str] | None = None) -> dict[str, int]:
    """Lighthouse's category scores (0-100) for `url`: performance, accessibility, best-practices, seo."""
    return lighthouse_audit(url, categories=categories).scores


def lighthouse_failures(scores: dict[str, int], minimum: int = LIGHTHOUSE_MINIMUM) -> list[str]:
    return [f"{category} {score} < {minimum}" for category, score in scores.items() if score < minimum]


# ---------------------------------------------------------------------------------------------
# Phone layout


def horizontal_overflow(page) -> int:
    """How many CSS pixels the page is wider than the viewport (0 when nothing scrolls sideways)."""
    return page.evaluate("() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth)")


SMALL_TARGETS_JS = """
(minimum) => {
  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex="-1"])';
  const targets = [];
  for (const el of document.querySelectorAll(selector)) {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;  // not shown
    if (el.closest('.visually-hidden, .visually-hidden-focusable')) continue;  // skip link, until focused
    targets.push({el, box});
  }
  const centre = (b) => [b.left + b.width / 2, b.top + b.height / 2];
  const distanceToBox = ([x, y], b) => Math.hypot(Math.max(b.left - x, 0, x - b.right), Math.max(b.top - y, 0, y - b.bottom));
  const small = [];
  for (const {el, box} of targets) {
    if (box.width >= minimum && box.height >= minimum) continue;
    // WCAG 2.5.8 exempts links inside a sentence: an inline link whose parent has text of its own.
    const style = getComputedStyle(el);
    if (style.display === 'inline') {
      const text = Array.from(el.parentElement.childNodes)
        .filter((n) => n !== el && n.nodeType === Node.TEXT_NODE).map((n) => n.textContent.trim()).join('');
      if (text.length > 0) continue;
    }
    // A checkbox or radio counts with its label, which clicks it too.
    if (el.labels && el.labels.length) {
      const label = el.labels[0].getBoundingClientRect();
      if (Math.max(label.bottom, box.bottom) - Math.min(label.top, box.top) >= minimum) continue;
    }
    // ... and so is a small target with room around it: a circle of `minimum` diameter on its centre
    // touches no other target (nor the circle of another small one).
    const c = centre(box);
    const crowded = targets.some(({el: other, box: b}) => {
      if (other === el || other.contains(el) || el.contains(other)) return false;
      const otherSmall = b.width < minimum || b.height < minimum;
      return otherSmall ? Math.hypot(c[0] - centre(b)[0], c[1] - centre(b)[1]) < minimum : distanceToBox(c, b) < minimum / 2;
    });
    if (!crowded) continue;
    const name = (el.getAttribute('aria-label') || el.textContent || el.name || el.id || el.tagName).trim();
    small.push(`${el.tagName.toLowerCase()} "${name.slice(0, 40)}" ${Math.round(box.width)}x${Math.round(box.height)}`);
  }
  return small;
}
"""


def small_tap_targets(page, minimum: int = 24) -> list[str]:
    """Visible controls smaller than `minimum` CSS px and crowded by others (WCAG 2.5.8's rule and its
    spacing exception), except links inside sentences."""
    return page.evaluate(SMALL_TARGETS_JS, minimum)
