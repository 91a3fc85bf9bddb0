"""The built website and a headless Chromium for the site tests (tests/test_site.py,
tests/test_site_exercises.py): locating or building the site, its pages and links, and rendering pages
with MathJax. The fixtures `site` and `browser` wrap `built_site()` and `open_browser()` in
tests/conftest.py, so no test module imports another's fixtures."""

import fcntl
import functools
import http.server
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml

try:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
except ImportError:  # without Playwright the browser tests skip
    PlaywrightTimeout = TimeoutError

from booktools import ROOT


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]
SKIP_PAGES = {"genindex.html", "search.html"}


def built_site():
    """The site in $BOOK_HTML (a fresh build, as in .ci/run), or built here into _build/."""
    env = os.environ.get("BOOK_HTML")
    if env:
        html = Path(env)
    else:  # build (or bring up to date, from the execution cache) once per worker, one at a time
        (ROOT / "_build").mkdir(exist_ok=True)
        with open(ROOT / "_build" / ".site-test.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "jupyter_book",
                    "build",
                    str(ROOT),
                    "-W",
                    "-n",
                    "--keep-going",
                ],
                check=True,
                capture_output=True,
            )
        html = ROOT / "_build" / "html"
    assert (html / "index.html").exists(), f"no built site at {html}"
    return html


def pages(html):
    return sorted(
        p
        for p in html.rglob("*.html")
        if p.name not in SKIP_PAGES
        and not p.relative_to(html).parts[0].startswith("_")
        and 'http-equiv="Refresh"' not in p.read_text(encoding="utf-8")[:2000]
    )


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.hrefs = set(), []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])


@functools.lru_cache(maxsize=None)
def parse(path):
    p = _Links()
    p.feed(Path(path).read_text(encoding="utf-8"))
    return p


def broken_links(html, page):
    out = []
    for href in parse(page).hrefs:
        parts = urlsplit(href)
        if parts.scheme or href.startswith(("mailto:", "//")):
            continue
        target = page if not parts.path else (page.parent / unquote(parts.path)).resolve()
        if target.is_dir():
            target = target / "index.html"
        if not target.exists():
            out.append(f"{page.relative_to(html)}: link to missing {href}")
        elif (
            parts.fragment
            and target.suffix == ".html"
            and unquote(parts.fragment) not in parse(target).ids
        ):
            out.append(f"{page.relative_to(html)}: link to missing anchor {href}")
    return out


RENDER_PROBE = """async () => {
  let failed = null;
  if (window.MathJax && MathJax.startup && MathJax.startup.promise) {
    try { await MathJax.startup.promise; } catch (e) { failed = String(e).slice(0, 200); }
  }
  const visible = (el) => !el.closest('pre, code, .cell_output, .output, script, style, mjx-assistive-mml');
  const maths = [...document.querySelectorAll('.math')];
  const raw = maths.filter(m => !m.querySelector('mjx-container') && visible(m)).map(m => m.textContent.slice(0, 80));
  const red = [...document.querySelectorAll('[mathcolor="red"], mjx-container [style*="color: red"], mjx-container [color="red"]')]
               .map(e => e.textContent.slice(0, 80));
  const merror = [...document.querySelectorAll('mjx-merror')].map(e => e.textContent.slice(0, 80));
  const main = document.querySelector('main, article, .bd-article') || document.body;
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  const dollars = [];
  while (walker.nextNode()) {
    const n = walker.currentNode;
    if (n.parentElement && visible(n.parentElement) && !n.parentElement.closest('mjx-container')
        && /(\\$\\$|\\$[^$\\s][^$]*\\$|\\\\(frac|mathbb|begin)\\b)/.test(n.textContent)) dollars.push(n.textContent.slice(0, 80));
  }
  const wide = [...document.querySelectorAll('mjx-container[display="true"]')].filter(visible).map(c => {
    const m = c.querySelector('mjx-math'); const box = c.getBoundingClientRect().width;
    const over = m ? Math.ceil(m.getBoundingClientRect().width - box) : 0;
    return over > 1 ? `${over} px too wide: ${(c.querySelector('mjx-assistive-mml') || c).textContent.slice(0, 60)}` : null;
  }).filter(x => x);
  return {failed, raw, red, merror, dollars, wide, mathjax: !!(window.MathJax && MathJax.startup), nmath: maths.length,
          theorems: document.querySelectorAll('.proof.theorem, .proof.lemma, .proof.proposition, .proof.corollary').length};
}"""


# Negative tests render altered copies of pages. They are never written into the built site, which the
# other test worker reads at the same time: the browser's request routing serves them from here.
ALTERED = {}


def serve_altered(rel, html):
    """Make the browser of this worker see `html` at site path `rel` (a page that does not exist)."""
    ALTERED[rel] = html
    return rel


def open_browser(site):
    """Chromium on a local server of the site, the network cut off: yields (context, base URL,
    requests to outside the site). Skips without Debian's chromium unless REQUIRE_BROWSER is set."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail("REQUIRE_BROWSER is set but Debian's chromium is not installed")
        pytest.skip("Chromium not installed (apt-get install chromium); .ci/run installs it")
    sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):  # one line per font file would bury a failure's report
            pass

    handler = functools.partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        outside = []
        context = b.new_context(viewport={"width": 1280, "height": 900})

        def route(r):
            path = (
                r.request.url[len(base) :].split("#")[0] if r.request.url.startswith(base) else None
            )
            if path in ALTERED:  # an altered copy of a page, served to this browser only
                r.fulfill(status=200, content_type="text/html; charset=utf-8", body=ALTERED[path])
            elif path is not None:
                r.continue_()
            else:  # the network is unplugged: nothing from outside the site may be needed
                outside.append(r.request.url)
                r.abort()

        context.route("**/*", route)
        yield context, base, outside
        b.close()
    server.shutdown()


# Typesetting can start once the page is parsed and MathJax's script has run (a page without math has no
# MathJax script); the probe then awaits MathJax's own promise. The page's "load" event is not waited for:
# it also waits for every font and image, which on a loaded 2-core CI machine took over Playwright's
# default 30 s (seen once, with three tabs typesetting while the other test worker ran notebooks).
# If MathJax's script fails to load, the "load" event comes without it: that ends the wait too (and the probe says so).
MATHJAX_STARTED = """() => !document.querySelector('script[src*="mathjax" i]')
                          || !!(window.MathJax && MathJax.startup && MathJax.startup.promise)
                          || document.readyState === 'complete'"""
MARK_WHEN_TYPESET = """() => { const done = () => { window.__typesetDone = true; };
  if (window.MathJax && MathJax.startup && MathJax.startup.promise) MathJax.startup.promise.then(done, done); else done(); }"""
PAGE_TIMEOUT_MS = 180_000  # a chapter typesets in ~7 s alone, ~20 s three at a time; a hung page still fails, by name
AT_ONCE = (
    3  # pages typeset side by side: one page alone leaves a core idle while it waits (~35 % faster)
)


def render_problems_batch(context, base, items):
    """Load the pages of `items` [(rel, expect_theorems, screenshot or None)] side by side, wait until
    MathJax has typeset each, and return what is wrong with them (a list of sentences)."""
    opened = []
    try:
        for rel, _, _ in items:
            page = context.new_page()
            page.set_default_timeout(PAGE_TIMEOUT_MS)
            opened.append(page)
            page.goto(base + rel, wait_until="commit")
        out = []
        for page, (rel, expect_theorems, screenshot) in zip(opened, items):
            deadline = (
                time.monotonic() + PAGE_TIMEOUT_MS / 1000
            )  # one budget for the page's three waits

            def left_ms():
                return max(1000, 1000 * (deadline - time.monotonic()))

            try:
                page.wait_for_load_state("domcontentloaded", timeout=left_ms())
                page.wait_for_function(MATHJAX_STARTED, timeout=left_ms())
                page.evaluate(
                    MARK_WHEN_TYPESET
                )  # does not wait: a promise that never settles must time out
                page.wait_for_function("() => window.__typesetDone === true", timeout=left_ms())
                r = page.evaluate(RENDER_PROBE)
            except PlaywrightTimeout:
                out.append(f"{rel}: not typeset within {PAGE_TIMEOUT_MS // 1000} s")
                continue
            if r["failed"]:
                out.append(f"{rel}: MathJax failed: {r['failed']}")
            if screenshot:  # the page is typeset by now: what a reader sees first
                page.bring_to_front()
                page.screenshot(path=str(screenshot), full_page=False)
            if r["nmath"] and not r["mathjax"]:
                out.append(f"{rel}: MathJax did not load")
            for key, what in (
                ("merror", "MathJax error"),
                ("red", "undefined macro (red)"),
                ("raw", "formula left as raw TeX"),
                ("dollars", "unrendered TeX in the text"),
                ("wide", "display equation wider than the column"),
            ):
                out += [f"{rel}: {what}: {t!r}" for t in r[key]]
            if expect_theorems and r["theorems"] == 0:
                out.append(f"{rel}: a chapter page with no theorem boxes")
        return out
    finally:
        for page in opened:
            page.close()


def render_problems(context, base, rel, expect_theorems, screenshot=None):
    return render_problems_batch(context, base, [(rel, expect_theorems, screenshot)])


def check_rendering(site, browser, folders):
    """Render every page under `folders` ("" is the site's top level) in Chromium; the home page and
    the first page of each part of the book are photographed on the way, for a person to look at."""
    context, base, outside = browser
    shots = Path(os.environ.get("SCREENSHOT_DIR", site.parent / "screenshots"))
    shots.mkdir(parents=True, exist_ok=True)
    wanted = {f: shots / f"{name}.png" for name, f in first_page_of_each_part()}
    items = []
    for p in pages(site):
        rel = p.relative_to(site).as_posix()
        if (rel.split("/")[0] if "/" in rel else "") in folders:
            shot = wanted.get(rel.removesuffix(".html"))
            if shot:
                shot.unlink(missing_ok=True)
            items.append((rel, rel.startswith("chapters/"), shot))
    problems, t0 = [], time.monotonic()
    for k in range(0, len(items), AT_ONCE):
        problems += render_problems_batch(context, base, items[k : k + AT_ONCE])
    print(f"typeset {len(items)} pages in {time.monotonic() - t0:.0f} s")
    taken = [shot.name for _, _, shot in items if shot]
    missing = [shot.name for _, _, shot in items if shot and not shot.exists()]
    print(f"checked {len(items)} pages in Chromium; screenshots {taken} in {shots}")
    assert items, f"no pages under {folders}"
    assert not problems, "\n".join(problems[:40])
    assert not missing, f"no screenshot taken: {missing}"
    assert not outside, f"pages asked for resources outside the site: {sorted(set(outside))[:10]}"


def first_page_of_each_part():
    """(screenshot name, page) for the home page and the first page of each part of the book."""
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text())
    return [("00_home", toc["root"])] + [
        (
            f"{i + 1:02d}_{re.sub(r'[^a-z0-9]+', '_', part['caption'].lower()).strip('_')}",
            part["chapters"][0]["file"],
        )
        for i, part in enumerate(toc["parts"])
    ]


# Numbered results and exercises on a page, and links that quote a number (tools/chapter_numbering.py)
NUMBERED = re.compile(
    r'<div class="[^"]*admonition" id="([^"]+)">\s*<p class="admonition-title">'
    r'<span class="caption-number">(\w+) ([\d.]+) </span>'
)
NUMBERED_LINK = re.compile(
    r'<a class="reference internal" href="([^"#]*)#([^"]+)">\s*(?:<span[^>]*>)?\s*'
    r"(?:Solution to )?(Definition|Theorem|Lemma|Proposition|Corollary|Remark|Example|Exercise) "
    r"([\d.]+)\b"
)
