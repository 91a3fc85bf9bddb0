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

The site comes from $BOOK_HTML (a fresh build, as in .ci/run) or is built here into _build/; the
fixtures `site` and `browser` are in tests/conftest.py, the machinery in tests/sitetools.py.
Chromium is Debian's (/usr/bin/chromium); without it these tests skip, unless REQUIRE_BROWSER=1.
"""

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from booktools import ROOT, toc_files
from sitetools import (
    NUMBERED,
    NUMBERED_LINK,
    broken_links,
    check_rendering,
    pages,
    parse,
    render_problems,
    serve_altered,
)


def test_internal_links_and_anchors_resolve(site):
    problems = [p for page in pages(site) for p in broken_links(site, page)]
    assert not problems, "\n".join(problems[:30])


def expected_launch_links(notebook):
    cfg = yaml.safe_load((ROOT / "_config.yml").read_text())
    url, branch = cfg["repository"]["url"].rstrip("/"), cfg["repository"]["branch"]
    org_repo = urlsplit(url).path.strip("/")
    return {
        "colab": f"https://colab.research.google.com/github/{org_repo}/blob/{branch}/{notebook}",
        "binder": f"https://mybinder.org/v2/gh/{org_repo}/{branch}?urlpath=tree/{notebook}",
    }


def launch_problems(site, page, notebook):
    hrefs = parse(page).hrefs
    out = []
    for kind, want in expected_launch_links(notebook).items():
        if want not in hrefs:
            found = [h for h in hrefs if ("colab" if kind == "colab" else "mybinder") in h]
            out.append(f"{page.relative_to(site)}: no {kind} link to {want} (found {found})")
    return out


NOTEBOOK_PAGES = [
    f for f in toc_files() if f.split("/")[0] in ("chapters", "exercises", "solutions")
]


def download_problems(site, page, notebook, rel=None):
    """The page's source download must be the edition, copied into the site. `rel`: the page's path
    in the site (default: where `page` is), for a page read from elsewhere (a negative test's copy)."""
    want = f"_sources/{notebook}"
    rel = rel or page.relative_to(site).as_posix()
    hrefs = [h for h in parse(page).hrefs if "/_sources/" in h or h.startswith("_sources/")]
    here = (site / rel).parent
    ok = any(h.endswith(want) and (here / h).resolve() == (site / want).resolve() for h in hrefs)
    if ok and (site / want).exists():
        return []
    return [f"{rel}: no download of {want} (found {hrefs})"]


def test_every_notebook_page_launches_its_edition(site):
    problems = []
    for f in NOTEBOOK_PAGES:
        problems += launch_problems(site, site / f"{f}.html", f"editions/{f}.ipynb")
        problems += download_problems(site, site / f"{f}.html", f"editions/{f}.ipynb")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("wrong", ["branch", "the source notebook"])
def test_a_wrong_launch_link_is_caught(site, tmp_path, wrong):
    f = NOTEBOOK_PAGES[0]
    bad = tmp_path / "zz_wrong_launch_link_test.html"  # never written into the shared site
    text = (site / f"{f}.html").read_text(encoding="utf-8")
    new = f"blob/master/editions/{f}.ipynb" if wrong == "branch" else f"blob/main/{f}.ipynb"
    bad.write_text(text.replace(f"blob/main/editions/{f}.ipynb", new), encoding="utf-8")
    found = launch_problems(tmp_path, bad, f"editions/{f}.ipynb")
    assert any("no colab link" in p for p in found), found


def test_a_download_of_the_source_is_caught(site, tmp_path):
    f = NOTEBOOK_PAGES[0]
    bad = tmp_path / "zz_wrong_download_test.html"  # never written into the shared site
    text = (site / f"{f}.html").read_text(encoding="utf-8")
    bad.write_text(
        text.replace(f"_sources/editions/{f}.ipynb", f"_sources/{f}.ipynb"), encoding="utf-8"
    )
    found = download_problems(site, bad, f"editions/{f}.ipynb", rel=f"{f}.html")
    assert found and "no download" in found[0], found


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
            target = (
                (page.parent / href).resolve().relative_to(site.resolve()).as_posix()
                if href
                else rel
            )
            shown, actual = f"{kind} {number}", number_of.get((target, node_id))
            if actual is None and target in scanned:
                out.append(
                    f"{rel}: a link to {target}#{node_id} says {shown}, but the target has no number"
                )
            elif actual is not None and actual != shown:
                out.append(
                    f"{rel}: a link to {target}#{node_id} says {shown}, the target is {actual}"
                )
    return out


def test_results_and_exercises_are_numbered_by_chapter(site):
    items = [i for f in NOTEBOOK_PAGES for i in numbered_items(site / f"{f}.html")]
    assert len(items) > 100, (
        f"only {len(items)} numbered results and exercises found: has the HTML changed?"
    )
    problems = numbering_problems(site)
    assert not problems, "\n".join(problems[:30])


@pytest.mark.parametrize("where", ["title", "link on the page", "link to another page"])
def test_a_wrong_number_is_caught(site, tmp_path, where):
    """A copy of the pages involved, with one number changed to 131, is reported."""
    for f in NOTEBOOK_PAGES:
        src = site / f"{f}.html"
        text = src.read_text(encoding="utf-8")
        m = next(
            (
                m
                for m in NUMBERED_LINK.finditer(text)
                if bool(m.group(1)) == (where == "link to another page")
            ),
            None,
        )
        if m:
            break
    if where == "title":
        _, kind, number = numbered_items(src)[0]
        copies = {
            src.relative_to(site): text.replace(
                f"{kind} {number} </span>", f"{kind} 131 </span>", 1
            )
        }
    else:
        copies = {src.relative_to(site): text[: m.start(4)] + "131" + text[m.end(4) :]}
    if where == "link to another page":  # the target page is needed to know its number
        target = (src.parent / m.group(1)).resolve().relative_to(site.resolve())
        copies[target] = (site / target).read_text(encoding="utf-8")
    for rel, body in copies.items():
        (tmp_path / "html" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "html" / rel).write_text(body, encoding="utf-8")
    found = numbering_problems(tmp_path / "html")
    assert any(("should be" if where == "title" else "the target is") in p for p in found), found


# ---------------------------------------------------------------- in a real browser


def test_chapter_pages_render_offline(site, browser):
    # The other pages are rendered in test_site_exercises.py, on the other test worker.
    check_rendering(site, browser, {"chapters"})


@pytest.mark.parametrize(
    "formula, needles",
    [
        (r"\[ \frac{1}{2 \]", ("formula", "MathJax error")),  # unbalanced braces
        (r"\[ \require{zznosuchextension} x \]", ("MathJax failed",)),  # typesetting itself fails
        (
            r"\[ \notamacro{x} + 1 \]",
            ("undefined macro", "MathJax error"),
        ),  # an undefined macro renders in red
        (r"\[ " + "x_1 + " * 150 + r"x_2 \]", ("wider than the column",)),  # overflows at 1280 px
    ],
)
def test_a_broken_formula_is_caught(site, browser, formula, needles):
    context, base, _ = browser
    src = min(
        (p for p in pages(site) if 'class="math' in p.read_text(encoding="utf-8")),
        key=lambda p: p.stat().st_size,
    )  # the smallest page with math: the check is about MathJax, not the page
    text = src.read_text(encoding="utf-8")
    rel = serve_altered(
        src.with_name("zz_broken_formula_test.html").relative_to(site).as_posix(),
        text.replace(
            "</article>", f'<div class="math notranslate nohighlight">{formula}</div></article>', 1
        ),
    )
    found = render_problems(context, base, rel, expect_theorems=False)
    assert any(needle in p for p in found for needle in needles), found


def test_a_page_whose_mathjax_does_not_load_is_caught(site, browser):
    context, base, _ = browser
    src = site / "chapters" / f"{Path(NOTEBOOK_PAGES[0]).name}.html"
    text = src.read_text(encoding="utf-8")
    assert "_static/mathjax/tex-chtml.js" in text
    rel = serve_altered(
        src.with_name("zz_no_mathjax_test.html").relative_to(site).as_posix(),
        text.replace("_static/mathjax/tex-chtml.js", "_static/mathjax/missing.js"),
    )
    found = render_problems(context, base, rel, expect_theorems=False)
    assert any("MathJax did not load" in p for p in found), found
