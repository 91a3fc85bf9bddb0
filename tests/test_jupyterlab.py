"""The notebooks the launch buttons open (editions/), as a reader sees them in a real JupyterLab.

A JupyterLab server (127.0.0.1, a free port, a token, no browser) serves a temporary copy of a
sample of editions; headless Chromium (Debian's, driven by Playwright as in test_site.py) opens
each, runs all cells, waits until every cell has run and the kernel is idle, and fails on:
raw MyST in rendered markdown (a fenced directive shown as a code block, `:label:`, `{prf:...}`,
`{cite}`, `{doc}`, `{ref}`, a `(label)=` target); TeX left untypeset (`$...$` or `\\frac` as text,
a formula MathJax did not take) or a MathJax error node; any error output; an ipywidgets widget that
does not render (its output shows "interactive(children=...", "Loading widget..." or an error
instead of a widget view); an answer-checks cell whose code is visible.

Why JupyterLab stands for Colab: both render a markdown cell as CommonMark (GitHub-flavoured) with
TeX delimited by $...$ / $$...$$ typeset by MathJax, and neither knows MyST: a directive is a fenced
code block and a role is literal text in both. What passes here (CommonMark + MathJax, plain links,
bold headings, HTML anchors) renders the same way in Colab. Colab also folds a `# @title` form cell
(cellView: form), the metadata JupyterLab ignores; JupyterLab folds the cell by `jupyter.source_hidden`,
checked here. Widgets: JupyterLab runs ipywidgets 8 (requirements.txt); Colab's 7.7.1 runs the same
code cells under requirements-colab.txt in .ci/run's Colab-like step (nbval over editions/).

Budget: JupyterLab starts once (~10 s) and every notebook is opened in the same tab; a notebook then
takes 5-13 s (kernel start, run all, typesetting; measured on 2 cores), so the full test runs
on a representative sample instead of all 33 (growing to 54) notebooks: the chapter with the most
kinds of results, its exercise set (student version: answer boxes, checks reporting "not attempted
yet") and its worked solutions; tests/test_editions.py checks every edition statically (no raw MyST,
the same code cells as the sources, numbers and citations as on the site). EDITIONS_LAB_ALL=1 runs
every edition here. Skips (does not fail) without Debian's chromium, unless REQUIRE_BROWSER=1.
Screenshots of the top of each sample notebook (and of its first numbered result) go to
$SCREENSHOT_DIR/lab (or _build/screenshots/lab) for a person to look at.
"""
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import nbformat
import pytest

import make_editions
from booktools import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
SAMPLE = ["chapters/05_backpropagation", "exercises/05_backpropagation", "solutions/05_backpropagation"]
DOCS = make_editions.book_notebooks() if os.environ.get("EDITIONS_LAB_ALL") else SAMPLE
RUN_TIMEOUT_S = 240  # a sample notebook runs in ~5 s alone; a loaded 2-core CI machine is much slower

# JupyterLab settings for a reproducible reading: every cell in the DOM (no windowing, so every
# formula is typeset and can be inspected without scrolling), no news or update pop-ups.
SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false",
                                                                        "checkForUpdates": False},
}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail("REQUIRE_BROWSER is set but Debian's chromium is not installed")
        pytest.skip("Chromium not installed (apt-get install chromium); .ci/run installs it")
    sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
    pytest.importorskip("jupyterlab")
    base = tmp_path_factory.mktemp("lab")
    root, settings = base / "root", base / "settings"
    for doc in DOCS:
        dest = root / "editions" / f"{doc}.ipynb"
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(make_editions.edition_path(doc), dest)
    for name, value in SETTINGS.items():
        path = settings / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(value))
    port, token = free_port(), uuid.uuid4().hex
    env = dict(os.environ, JUPYTER_RUNTIME_DIR=str(base / "runtime"), JUPYTER_CONFIG_DIR=str(base / "config"))
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}",
         f"--LabApp.user_settings_dir={settings}", f"--LabApp.workspaces_dir={base / 'workspaces'}",
         "--LabApp.expose_app_in_browser=True", "--ServerApp.port_retries=0", "--allow-root",
         "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"],
        env=env, stdout=subprocess.DEVNULL, stderr=open(base / "server.log", "w"))
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{url}/api/status?token={token}", timeout=2)
                break
            except OSError:
                if server.poll() is not None:
                    pytest.fail(f"jupyter lab exited: {(base / 'server.log').read_text()[-2000:]}")
                time.sleep(0.5)
        else:
            pytest.fail("jupyter lab did not answer within 60 s")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()  # one JupyterLab tab for every notebook: Lab starts once (~10 s)
            page.set_default_timeout(RUN_TIMEOUT_S * 1000)
            page.goto(f"{url}/lab?reset&token={token}")
            page.wait_for_function("() => !!(window.jupyterapp && window.jupyterapp.shell"
                                   " && document.querySelector('#jp-main-dock-panel'))", polling=250)
            yield {"page": page, "url": url, "token": token, "root": root}
            browser.close()
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


# Runs in the page once every cell has run: what a reader would see, as data.
PROBE = r"""async () => {
  const app = window.jupyterapp;
  const panel = app.shell.currentWidget;
  const nb = panel.content;
  const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  const out = {myst: [], tex: [], merror: [], errors: [], widgets: [], checks: [], cells: nb.widgets.length};
  const MYST = /(\{(prf:[\w-]+|cite(:\w+)?|doc|ref|numref|eq|exercise|solution)\}|^\s*:(label|class|nonumber):|^\s*\([\w.:-]+\)=\s*$|^\s*:{3,}\s*\{)/m;
  const TEX = /(\$\$|\$[^$\s][^$]*\$|\\(frac|mathbb|begin|operatorname|mathbf|sum|int)\b)/;
  nb.widgets.forEach((cell, i) => {
    const model = cell.model;
    if (model.type === 'markdown') {
      const node = cell.node.querySelector('.jp-RenderedMarkdown');
      if (!node) { out.myst.push(`cell ${i}: markdown not rendered`); return; }
      for (const pre of node.querySelectorAll('pre, code')) {
        if (MYST.test(pre.textContent)) out.myst.push(`cell ${i}: ${pre.textContent.trim().slice(0, 80)}`);
      }
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const n = walker.currentNode, p = n.parentElement;
        if (!p || p.closest('mjx-container, pre, code, script, style, mjx-assistive-mml')) continue;
        if (MYST.test(n.textContent)) out.myst.push(`cell ${i}: ${n.textContent.trim().slice(0, 80)}`);
        if (TEX.test(n.textContent)) out.tex.push(`cell ${i}: ${n.textContent.trim().slice(0, 80)}`);
      }
      for (const e of node.querySelectorAll('mjx-merror, [data-mjx-error]'))
        out.merror.push(`cell ${i}: ${(e.getAttribute('data-mjx-error') || e.textContent).slice(0, 80)}`);
      return;
    }
    if (model.type !== 'code') return;
    const src = model.sharedModel.getSource();
    if (src.startsWith('# @title Answer checks')) {
      const editor = cell.node.querySelector('.jp-InputArea-editor');
      if (!cell.inputHidden || (editor && visible(editor))) out.checks.push(`cell ${i}: the answer-checks code is open`);
    }
    const outputs = [];
    for (let k = 0; k < model.outputs.length; k++) outputs.push(model.outputs.get(k).toJSON());
    for (const o of outputs) {
      if (o.output_type === 'error') out.errors.push(`cell ${i}: ${o.ename}: ${String(o.evalue).slice(0, 120)}`);
    }
    const area = cell.node.querySelector('.jp-OutputArea');
    const text = area ? area.innerText : '';
    for (const bad of ['interactive(children=', 'Loading widget...', 'Error displaying widget', 'Error rendering'])
      if (text.includes(bad)) out.widgets.push(`cell ${i}: the widget shows "${bad}"`);
    const views = outputs.filter(o => o.data && o.data['application/vnd.jupyter.widget-view+json']).length;
    const shown = area ? [...area.querySelectorAll('.jp-OutputArea-output > .jupyter-widgets, .jp-OutputArea-output .widget-interact, .jp-OutputArea-output .jupyter-widgets.widget-container')].filter(visible).length : 0;
    if (views && !shown) out.widgets.push(`cell ${i}: ${views} widget output(s), no widget view rendered`);
  });
  return out;
}"""

RUN_ALL = """async () => { await window.jupyterapp.commands.execute('notebook:run-all-cells'); }"""
# Done: every code cell has an execution count (or is the one that raised, after which Run All stops),
# no cell is queued ([*]) and the kernel is idle.
DONE = """() => {
  const panel = window.jupyterapp.shell.currentWidget;
  if (!panel || !panel.sessionContext || !panel.sessionContext.session) return false;
  const kernel = panel.sessionContext.session.kernel;
  if (!kernel || kernel.status !== 'idle') return false;
  const cells = panel.content.widgets.filter(c => c.model.type === 'code');
  if (cells.some(c => c.model.executionState === 'running' || c.promptNode.textContent.includes('*'))) return false;
  let stopped = false;
  for (const c of cells) {
    if (stopped) break;
    const outs = []; for (let k = 0; k < c.model.outputs.length; k++) outs.push(c.model.outputs.get(k).toJSON());
    if (outs.some(o => o.output_type === 'error')) { stopped = true; continue; }
    if (c.model.executionCount === null) return false;
  }
  return true;
}"""
OPEN = """async (path) => { const app = window.jupyterapp;
  for (const w of [...app.shell.widgets('main')]) {  // run notebooks are dirty: close without the save dialog
    if (w.context && w.context.model) w.context.model.dirty = false;
    w.dispose();
  }
  await app.serviceManager.sessions.shutdownAll();
  await app.commands.execute('docmanager:open', {path}); }"""
READY = """(path) => { const app = window.jupyterapp; const p = app && app.shell.currentWidget;
  return !!(p && p.context && p.context.path === path && p.content && p.content.widgets && p.content.widgets.length && p.sessionContext
            && p.sessionContext.session && p.sessionContext.session.kernel
            && p.sessionContext.session.kernel.status === 'idle'); }"""
# MathJax typesets rendered markdown asynchronously: wait until the number of typeset formulas
# has not changed for a second.
SETTLED = """async () => { const count = () => document.querySelectorAll('mjx-container').length;
  let last = -1, same = 0;
  for (let k = 0; k < 60 && same < 4; k++) { const c = count(); same = (c === last) ? same + 1 : 0; last = c;
    await new Promise(r => setTimeout(r, 250)); }
  return last; }"""


def open_and_run(lab, rel, screenshot=None):
    """Open editions/<rel> in JupyterLab, run all, and return (problems as sentences, seconds)."""
    page = lab["page"]
    t0 = time.monotonic()
    try:
        page.evaluate(OPEN, rel)
        page.wait_for_function(READY, arg=rel, polling=250)
        page.evaluate(RUN_ALL)
        page.wait_for_function(DONE, polling=500)
        page.evaluate(SETTLED)
        r = page.evaluate(PROBE)
        if screenshot:
            take_screenshots(page, screenshot)
        out = []
        for key, what in (("myst", "raw MyST"), ("tex", "untypeset TeX"), ("merror", "MathJax error"),
                          ("errors", "error output"), ("widgets", "widget not rendered"),
                          ("checks", "open answer-checks cell")):
            out += [f"{rel}: {what}: {t}" for t in r[key]]
        return out, time.monotonic() - t0
    finally:
        page.evaluate("async () => { await window.jupyterapp.serviceManager.sessions.shutdownAll(); }")


def take_screenshots(page, path):
    """The top of the notebook, and (if any) its first theorem, as a reader scrolls to them."""
    path.parent.mkdir(parents=True, exist_ok=True)
    scroll_to = """(i) => { const nb = window.jupyterapp.shell.currentWidget.content;
      nb.activeCellIndex = i; const cell = nb.widgets[i].node;
      const box = cell.closest('.jp-WindowedPanel-outer') || nb.node;
      box.scrollTop = i === 0 ? 0 : cell.offsetTop - 8; }"""
    page.evaluate(scroll_to, 0)
    page.wait_for_timeout(500)
    page.screenshot(path=str(path))
    index = page.evaluate(r"""() => window.jupyterapp.shell.currentWidget.content.widgets.findIndex(
        c => c.model.type === 'markdown' && /\*\*Theorem \d/.test(c.model.sharedModel.getSource()))""")
    if index >= 0:
        page.evaluate(scroll_to, index)
        page.wait_for_timeout(500)
        page.screenshot(path=str(path.with_name(path.stem + "_theorem.png")))


def screenshot_dir():
    return Path(os.environ.get("SCREENSHOT_DIR", ROOT / "_build" / "screenshots")) / "lab"


@pytest.mark.parametrize("doc", DOCS)
def test_edition_reads_and_runs_in_jupyterlab(lab, doc):
    shot = screenshot_dir() / f"{doc.replace('/', '_')}.png"
    problems, seconds = open_and_run(lab, f"editions/{doc}.ipynb", screenshot=shot)
    print(f"{doc}: opened, run and checked in JupyterLab in {seconds:.1f} s; screenshots in {shot.parent}")
    assert not problems, "\n".join(problems[:30])


# ------------------------------------------------------------------ negative tests: crafted notebooks

def crafted(cells):
    nb = nbformat.v4.new_notebook()
    nb.metadata = {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                   "language_info": {"name": "python"}}
    for kind, src, *meta in cells:
        cell = (nbformat.v4.new_markdown_cell if kind == "md" else nbformat.v4.new_code_cell)(src)
        if meta:
            cell.metadata.update(meta[0])
        nb.cells.append(cell)
    return nb


WIDGET = "import ipywidgets as widgets\nwidgets.interact(lambda a: a, a=widgets.IntSlider(1, 0, 3))"
BROKEN_WIDGET = ("from IPython.display import display\n"
                 "display({'application/vnd.jupyter.widget-view+json': {'model_id': 'nosuchmodel',"
                 " 'version_major': 2, 'version_minor': 0},"
                 " 'text/plain': 'interactive(children=(IntSlider(value=1),))'}, raw=True)")
CHECKS = "# @title Answer checks\ndef check_close(a, b):\n    return a == b"
HIDDEN = {"jupyter": {"source_hidden": True}, "cellView": "form"}
CASES = {
    "raw MyST": ([("md", "```{prf:theorem} Backpropagation\n:label: thm-x\n\nLet $x=1$.\n```")], "raw MyST"),
    "raw role": ([("md", "As in {prf:ref}`thm-05-backprop` and {cite}`rumelhart1986learning`.")], "raw MyST"),
    "unbalanced $$": ([("md", "A display that never closes $$ x^2 here.")], "untypeset TeX"),
    "TeX without delimiters": ([("md", "The ratio \\frac{1}{2} is shown as text.")], "untypeset TeX"),
    "MathJax error": ([("md", "A broken formula $\\frac{1}$ here.")], "MathJax error"),
    "error output": ([("code", "1 / 0")], "error output"),
    "widget not rendered": ([("code", BROKEN_WIDGET)], "widget not rendered"),
    "open checks cell": ([("code", CHECKS)], "open answer-checks cell"),
}


@pytest.mark.parametrize("case", CASES)
def test_a_bad_notebook_is_caught(lab, case):
    cells, needle = CASES[case]
    rel = f"crafted/{case.replace(' ', '_')}.ipynb"
    path = lab["root"] / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(crafted(cells), path)
    problems, _ = open_and_run(lab, rel)
    assert any(needle in p for p in problems), problems


def test_a_good_crafted_notebook_passes(lab):
    """The control for the negative tests: a working widget, typeset math, a folded checks cell."""
    nb = crafted([("md", "**Theorem 1.1 (X).** Let $x\\in\\mathbb{R}$ and\n\n$$\n\\frac{1}{2}x^2\n$$"),
                  ("code", CHECKS, HIDDEN), ("code", WIDGET)])
    path = lab["root"] / "crafted" / "good.ipynb"
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)
    problems, _ = open_and_run(lab, "crafted/good.ipynb")
    assert not problems, problems
