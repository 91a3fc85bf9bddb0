"""The built website, as a reader sees it.

Static checks (no browser): every internal link and anchor resolves; every notebook page has Colab
and Binder launch links to that notebook's reader's edition (editions/<its path>, tools/make_editions.py)
on the configured branch, and its .ipynb download is that edition; results and exercises
are numbered within their chapter (Theorem 9.1, Exercise 9.1: tools/chapter_numbering.py) and every
link that quotes a number quotes its target's.
Browser checks (headless Chromium, network cut off except for the local server): on every page but
the exercise pages MathJax renders every formula (no merror, no red undefined macro, no raw TeX
left), chapter pages show theorem boxes, and nothing is fetched from outside the site (math renders
offline). Chapter pages are rendered here, the rest in test_site_exercises.py (the other worker),
which also checks that every formula of an exercise page is on its rendered solution page.
One screenshot per part of the book is saved for a person to look at.

The site comes from $BOOK_HTML (a fresh build, as in .ci/run) or is built here into _build/.
Chromium is Debian's (/usr/bin/chromium); without it these tests skip, unless REQUIRE_BROWSER=1.
"""
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

from conftest import ROOT, toc_files

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]
SKIP_PAGES = {"genindex.html", "search.html"}


@pytest.fixture(scope="module")
def site():
    env = os.environ.get("BOOK_HTML")
    if env:
        html = Path(env)
    else:  # build (or bring up to date, from the execution cache) once per worker, one at a time
        (ROOT / "_build").mkdir(exist_ok=True)
        with open(ROOT / "_build" / ".site-test.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            subprocess.run([sys.executable, "-m", "jupyter_book", "build", str(ROOT), "-W", "-n", "--keep-going"],
                           check=True, capture_output=True)
        html = ROOT / "_build" / "html"
    assert (html / "index.html").exists(), f"no built site at {html}"
    return html


def pages(html):
    return sorted(p for p in html.rglob("*.html")
                  if p.name not in SKIP_PAGES and not p.relative_to(html).parts[0].startswith("_")
                  and 'http-equiv="Refresh"' not in p.read_text(encoding="utf-8")[:2000])


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
        elif parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in parse(target).ids:
            out.append(f"{page.relative_to(html)}: link to missing anchor {href}")
    return out


def test_internal_links_and_anchors_resolve(site):
    problems = [p for page in pages(site) for p in broken_links(site, page)]
    assert not problems, "\n".join(problems[:30])


def expected_launch_links(notebook):
    cfg = yaml.safe_load((ROOT / "_config.yml").read_text())
    url, branch = cfg["repository"]["url"].rstrip("/"), cfg["repository"]["branch"]
    org_repo = urlsplit(url).path.strip("/")
    return {"colab": f"https://colab.research.google.com/github/{org_repo}/blob/{branch}/{notebook}",
            "binder": f"https://mybinder.org/v2/gh/{org_repo}/{branch}?urlpath=tree/{notebook}"}


def launch_problems(site, page, notebook):
    hrefs = parse(page).hrefs
    out = []
    for kind, want in expected_launch_links(notebook).items():
        if want not in hrefs:
            found = [h for h in hrefs if ("colab" if kind == "colab" else "mybinder") in h]
            out.append(f"{page.relative_to(site)}: no {kind} link to {want} (found {found})")
    return out


NOTEBOOK_PAGES = [f for f in toc_files() if f.split("/")[0] in ("chapters", "exercises", "solutions")]


def download_problems(site, page, notebook):
    """The page's source download must be the edition, copied into the site."""
    want = f"_sources/{notebook}"
    hrefs = [h for h in parse(page).hrefs if "/_sources/" in h or h.startswith("_sources/")]
    ok = any(h.endswith(want) and (page.parent / h).resolve() == (site / want).resolve() for h in hrefs)
    return [] if ok and (site / want).exists() else [f"{page.relative_to(site)}: no download of {want} (found {hrefs})"]


def test_every_notebook_page_launches_its_edition(site):
    problems = []
    for f in NOTEBOOK_PAGES:
        problems += launch_problems(site, site / f"{f}.html", f"editions/{f}.ipynb")
        problems += download_problems(site, site / f"{f}.html", f"editions/{f}.ipynb")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("wrong", ["branch", "the source notebook"])
def test_a_wrong_launch_link_is_caught(site, wrong):
    f = NOTEBOOK_PAGES[0]
    bad = (site / f"{f}.html").with_name("zz_wrong_launch_link_test.html")
    text = (site / f"{f}.html").read_text(encoding="utf-8")
    new = f"blob/master/editions/{f}.ipynb" if wrong == "branch" else f"blob/main/{f}.ipynb"
    bad.write_text(text.replace(f"blob/main/editions/{f}.ipynb", new), encoding="utf-8")
    try:
        found = launch_problems(site, bad, f"editions/{f}.ipynb")
    finally:
        bad.unlink()
    assert any("no colab link" in p for p in found), found


def test_a_download_of_the_source_is_caught(site):
    f = NOTEBOOK_PAGES[0]
    bad = (site / f"{f}.html").with_name("zz_wrong_download_test.html")
    text = (site / f"{f}.html").read_text(encoding="utf-8")
    bad.write_text(text.replace(f"_sources/editions/{f}.ipynb", f"_sources/{f}.ipynb"), encoding="utf-8")
    try:
        found = download_problems(site, bad, f"editions/{f}.ipynb")
    finally:
        bad.unlink()
    assert found and "no download" in found[0], found


NUMBERED = re.compile(r'<div class="[^"]*admonition" id="([^"]+)">\s*<p class="admonition-title">'
                      r'<span class="caption-number">(\w+) ([\d.]+) </span>')
NUMBERED_LINK = re.compile(r'<a class="reference internal" href="([^"#]*)#([^"]+)">\s*(?:<span[^>]*>)?\s*'
                           r'(?:Solution to )?(Definition|Theorem|Lemma|Proposition|Corollary|Remark|Example|Exercise) '
                           r'([\d.]+)\b')


def numbered_items(page):
    """[(id, kind, number)] of the results and exercises on a page, in page order."""
    return NUMBERED.findall(page.read_text(encoding="utf-8"))


def numbering_problems(site):
    """Results and exercises on the pages of chapter NN are numbered NN.1, NN.2, ... per kind, in page
    order; every link that quotes a number quotes its target's."""
    out, number_of, scanned = [], {}, set()
    for page in pages(site):
        rel = page.relative_to(site).as_posix()
        scanned.add(rel)
        m = re.match(r"(chapters|exercises|solutions)/(\d+)_", rel)
        seen = {}
        for node_id, kind, number in numbered_items(page):
            number_of[(rel, node_id)] = f"{kind} {number}"
            seen[kind] = seen.get(kind, 0) + 1
            want = f"{int(m.group(2))}.{seen[kind]}" if m else str(seen[kind])
            if number != want:
                out.append(f"{rel}: {kind} {number} (#{node_id}) should be {kind} {want}")
    for page in pages(site):
        rel = page.relative_to(site).as_posix()
        for href, node_id, kind, number in NUMBERED_LINK.findall(page.read_text(encoding="utf-8")):
            target = (page.parent / href).resolve().relative_to(site.resolve()).as_posix() if href else rel
            shown, actual = f"{kind} {number}", number_of.get((target, node_id))
            if actual is None and target in scanned:
                out.append(f"{rel}: a link to {target}#{node_id} says {shown}, but the target has no number")
            elif actual is not None and actual != shown:
                out.append(f"{rel}: a link to {target}#{node_id} says {shown}, the target is {actual}")
    return out


def test_results_and_exercises_are_numbered_by_chapter(site):
    items = [i for f in NOTEBOOK_PAGES for i in numbered_items(site / f"{f}.html")]
    assert len(items) > 100, f"only {len(items)} numbered results and exercises found: has the HTML changed?"
    problems = numbering_problems(site)
    assert not problems, "\n".join(problems[:30])


@pytest.mark.parametrize("where", ["title", "link on the page", "link to another page"])
def test_a_wrong_number_is_caught(site, tmp_path, where):
    """A copy of the pages involved, with one number changed to 131, is reported."""
    for f in NOTEBOOK_PAGES:
        src = site / f"{f}.html"
        text = src.read_text(encoding="utf-8")
        m = next((m for m in NUMBERED_LINK.finditer(text) if bool(m.group(1)) == (where == "link to another page")),
                 None)
        if m:
            break
    if where == "title":
        _, kind, number = numbered_items(src)[0]
        copies = {src.relative_to(site): text.replace(f"{kind} {number} </span>", f"{kind} 131 </span>", 1)}
    else:
        copies = {src.relative_to(site): text[:m.start(4)] + "131" + text[m.end(4):]}
    if where == "link to another page":  # the target page is needed to know its number
        target = (src.parent / m.group(1)).resolve().relative_to(site.resolve())
        copies[target] = (site / target).read_text(encoding="utf-8")
    for rel, body in copies.items():
        (tmp_path / "html" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "html" / rel).write_text(body, encoding="utf-8")
    found = numbering_problems(tmp_path / "html")
    assert any(("should be" if where == "title" else "the target is") in p for p in found), found


# ---------------------------------------------------------------- in a real browser

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
  return {failed, raw, red, merror, dollars, mathjax: !!(window.MathJax && MathJax.startup), nmath: maths.length,
          theorems: document.querySelectorAll('.proof.theorem, .proof.lemma, .proof.proposition, .proof.corollary').length};
}"""


@pytest.fixture(scope="module")
def browser(site):
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
            if r.request.url.startswith(base):
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
AT_ONCE = 3  # pages typeset side by side: one page alone leaves a core idle while it waits (~35 % faster)


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
            deadline = time.monotonic() + PAGE_TIMEOUT_MS / 1000  # one budget for the page's three waits

            def left_ms():
                return max(1000, 1000 * (deadline - time.monotonic()))
            try:
                page.wait_for_load_state("domcontentloaded", timeout=left_ms())
                page.wait_for_function(MATHJAX_STARTED, timeout=left_ms())
                page.evaluate(MARK_WHEN_TYPESET)  # does not wait: a promise that never settles must time out
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
            for key, what in (("merror", "MathJax error"), ("red", "undefined macro (red)"),
                              ("raw", "formula left as raw TeX"), ("dollars", "unrendered TeX in the text")):
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
        problems += render_problems_batch(context, base, items[k:k + AT_ONCE])
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
        (f"{i + 1:02d}_{re.sub(r'[^a-z0-9]+', '_', part['caption'].lower()).strip('_')}", part["chapters"][0]["file"])
        for i, part in enumerate(toc["parts"])]


def test_chapter_pages_render_offline(site, browser):
    # The other pages are rendered in test_site_exercises.py, on the other test worker.
    check_rendering(site, browser, {"chapters"})


@pytest.mark.parametrize("formula, needles", [
    (r"\[ \frac{1}{2 \]", ("formula", "MathJax error")),                 # unbalanced braces
    (r"\[ \require{zznosuchextension} x \]", ("MathJax failed",)),         # typesetting itself fails
    (r"\[ \notamacro{x} + 1 \]", ("undefined macro", "MathJax error")),  # an undefined macro renders in red
])
def test_a_broken_formula_is_caught(site, browser, formula, needles):
    context, base, _ = browser
    src = min((p for p in pages(site) if 'class="math' in p.read_text(encoding="utf-8")),
              key=lambda p: p.stat().st_size)  # the smallest page with math: the check is about MathJax, not the page
    bad = src.with_name("zz_broken_formula_test.html")
    text = src.read_text(encoding="utf-8")
    bad.write_text(text.replace("</article>", f'<div class="math notranslate nohighlight">{formula}</div></article>', 1),
                   encoding="utf-8")
    try:
        found = render_problems(context, base, bad.relative_to(site).as_posix(), expect_theorems=False)
    finally:
        bad.unlink()
    assert any(needle in p for p in found for needle in needles), found


def test_a_page_whose_mathjax_does_not_load_is_caught(site, browser):
    context, base, _ = browser
    src = site / "chapters" / f"{Path(NOTEBOOK_PAGES[0]).name}.html"
    bad = src.with_name("zz_no_mathjax_test.html")
    text = src.read_text(encoding="utf-8")
    assert "_static/mathjax/tex-chtml.js" in text
    bad.write_text(text.replace("_static/mathjax/tex-chtml.js", "_static/mathjax/missing.js"), encoding="utf-8")
    try:
        found = render_problems(context, base, bad.relative_to(site).as_posix(), expect_theorems=False)
    finally:
        bad.unlink()
    assert any("MathJax did not load" in p for p in found), found
