"""The reader's editions (editions/, written by tools/make_editions.py) that the launch buttons open.

Static, on every edition: in sync with the sources (a hand edit or a changed source fails), the same
code cells as the source (so nbval over editions/ runs exactly what the sources run), no raw MyST
left in any markdown cell, the answer-checks cell collapsed, a generated-notebook note first.
Against the built website (the site fixture of test_site.py): every numbered heading of an edition
equals the number the site gives the same label on the same page, every numbered reference quotes
its target's number on the site, and every citation reads as on the site.
"""
import re
import shutil

import pytest

import make_editions
import make_exercises
from booktools import ROOT, read
from sitetools import NUMBERED

DOCS = make_editions.book_notebooks()
SITE = make_editions.site_url()


def edition(doc):
    return read(make_editions.edition_path(doc))


# ------------------------------------------------------------------ in sync, same code

def test_there_are_editions_for_every_book_notebook():
    assert len(DOCS) >= 30 and all(d.split("/")[0] in make_editions.FOLDERS for d in DOCS)


def test_editions_are_in_sync(capsys):
    status = make_editions.main(["--check"])
    assert status == 0, f"run `python tools/make_editions.py`:\n{capsys.readouterr().out}"


@pytest.fixture
def book_copy(tmp_path, monkeypatch):
    """A copy of the book's sources and editions in tmp_path, with make_editions pointed at it."""
    for name in ("_config.yml", "_toc.yml", "references.bib"):
        shutil.copy(ROOT / name, tmp_path / name)
    for folder in ("chapters", "exercises", "solutions", "pages", "editions"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    monkeypatch.setattr(make_editions, "ROOT", tmp_path)
    return tmp_path


@pytest.mark.parametrize("change", ["hand edit of an edition", "source changed", "edition missing"])
def test_drift_is_detected(book_copy, capsys, change):
    doc = DOCS[0]
    ed, src = book_copy / "editions" / f"{doc}.ipynb", book_copy / f"{doc}.ipynb"
    if change == "edition missing":
        ed.unlink()
    else:
        path = ed if change.startswith("hand") else src
        nb = read(path)
        nb.cells[-1].source += "\n\nEdited."
        path.write_text(make_editions.text_of(nb))
    assert make_editions.main(["--check"]) == 1
    assert f"editions/{doc}.ipynb" in capsys.readouterr().out


def code_cells(nb):
    return [(c.source, dict(c.metadata)) for c in nb.cells if c.cell_type == "code"]


def code_differences(source, ed):
    a, b = code_cells(source), code_cells(ed)
    if len(a) != len(b):
        return [f"{len(a)} code cells in the source, {len(b)} in the edition"]
    return [f"code cell {i} differs" for i, (x, y) in enumerate(zip(a, b)) if x != y]


@pytest.mark.parametrize("doc", DOCS)
def test_code_cells_are_the_sources(doc):
    assert not code_differences(read(ROOT / f"{doc}.ipynb"), edition(doc))


def test_a_changed_code_cell_is_caught():
    doc = DOCS[0]
    ed = edition(doc)
    next(c for c in ed.cells if c.cell_type == "code").source += "\nx = 1"
    assert code_differences(read(ROOT / f"{doc}.ipynb"), ed) == ["code cell 0 differs"]


# ------------------------------------------------------------------ no raw MyST

RAW_MYST = {
    "a fenced directive": re.compile(r"^\s*(`{3,}|~{3,})\s*\{", re.M),
    "a colon fence": re.compile(r"^\s*:{3,}", re.M),
    "a directive option": re.compile(r"^\s*:(label|class|nonumber|name|dropdown):", re.M),
    "a role": re.compile(r"\{[\w:-]+\}`"),
    "a target": re.compile(r"^\s*\([\w.:-]+\)=\s*$", re.M),
}


def raw_myst(text):
    """The raw MyST constructs in a markdown text, as sentences."""
    return [f"{what}: {m.group(0).strip()[:60]!r}" for what, rx in RAW_MYST.items() for m in rx.finditer(text)]


@pytest.mark.parametrize("doc", DOCS)
def test_no_raw_myst_in_an_edition(doc):
    found = [f"cell {i}: {p}" for i, c in enumerate(edition(doc).cells) if c.cell_type == "markdown"
             for p in raw_myst(c.source)]
    assert not found, "\n".join(found[:20])


@pytest.mark.parametrize("text", [
    "```{prf:theorem} X\nBody\n```", "~~~{note}\nx\n~~~", ":::{note}\nx\n:::", ":label: thm-05-x",
    "See {prf:ref}`thm-05-x`.", "As {cite}`a2020`.", "{doc}`../chapters/x`", "{ref}`sec-x`",
    "{numref}`fig-x`", "(sec-00-x)=", ":class: dropdown"])
def test_raw_myst_is_caught(text):
    assert raw_myst(text), text


def test_the_sources_do_have_raw_myst():
    """The detector finds what the issue saw: the source of chapter 5 is full of raw MyST."""
    src = read(ROOT / "chapters/05_backpropagation.ipynb")
    assert sum(bool(raw_myst(c.source)) for c in src.cells if c.cell_type == "markdown") >= 5


# ------------------------------------------------------------------ the reader's frame

@pytest.mark.parametrize("doc", DOCS)
def test_first_cell_says_generated_and_links_the_page(doc):
    first = edition(doc).cells[0]
    assert first.cell_type == "markdown" and "generated" in first.source
    assert f"({SITE}{doc}.html)" in first.source and "Nothing needs installing" in first.source


@pytest.mark.parametrize("doc", [d for d in DOCS if not d.startswith("chapters/")])
def test_the_answer_checks_cell_is_collapsed(doc):
    cells = [c for c in edition(doc).cells if c.cell_type == "code"
             and c.source.startswith(make_exercises.CHECKS_TITLE)]
    assert len(cells) == 1
    assert cells[0].metadata.get("jupyter", {}).get("source_hidden") is True
    assert cells[0].metadata.get("cellView") == "form"


def test_baseurl_is_the_pages_address_of_the_repository():
    """One address to change in a fork: html.baseurl must be the GitHub Pages address of repository.url."""
    cfg = make_editions.config()
    assert make_editions.pages_address(cfg["repository"]["url"]) == SITE


PAGES_LINK = re.compile(r"https://[\w.-]+\.github\.io/[^\s)\]\"'>]*")


def pages_links(text):
    return PAGES_LINK.findall(text)


def test_every_written_link_to_the_website_uses_baseurl():
    """A link to the website written by hand (the PDF on the home page, say) must start with
    html.baseurl, so that a fork which changes baseurl is told where else to look."""
    files = [ROOT / "README.md", *sorted((ROOT / "pages").glob("*.md"))]
    stale = [(f.name, u) for f in files for u in pages_links(f.read_text()) if not u.startswith(SITE)]
    assert not stale, f"links to another address than html.baseurl ({SITE}): {stale}"


def test_a_link_to_another_site_is_found():
    assert pages_links("see [x](https://someone.github.io/other/a.pdf).") == [
        "https://someone.github.io/other/a.pdf"
    ]


# ------------------------------------------------------------------ against the built site

HEADING = re.compile(r'<a id="([^"]+)"></a>\n\*\*(Solution to )?(\w+) ([\d.]+)\b')
REF = re.compile(r"\[(Definition|Theorem|Lemma|Proposition|Corollary|Remark|Example|Exercise|Algorithm) "
                 r"([\d.]+)\]\(" + re.escape(SITE) + r"([^)#]+)\.html#([^)]+)\)")
CITE_MD = re.compile(r"\[((?:\[[^\]]+\]\(" + re.escape(SITE) + r"pages/bibliography\.html\)(?:, )?)+)\]")
CITE_HTML = re.compile(r'<span class="bibtex-citation"[^>]*>(.*?)</span>', re.S)


def markdown_of(nb):
    return "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


def site_numbers(html, doc):
    """{id: 'Theorem 5.1'} of the numbered items on a page of the site."""
    return {i: f"{k} {n}" for i, k, n in NUMBERED.findall((html / f"{doc}.html").read_text(encoding="utf-8"))}


def number_problems(html, doc, text):
    out, here = [], site_numbers(html, doc)
    for label, solution, kind, number in HEADING.findall(text):
        if not solution and here.get(label) != f"{kind} {number}":
            out.append(f"{doc}: heading {kind} {number} (#{label}); the site says {here.get(label)}")
    for kind, number, target, label in REF.findall(text):
        there = site_numbers(html, target).get(label) if (html / f"{target}.html").exists() else None
        if there != f"{kind} {number}":
            out.append(f"{doc}: a reference reads {kind} {number} (#{label}); the site says {there}")
    return out


def cite_problems(html, doc, text):
    ours = [re.sub(r"\]\([^)]*\)", "", re.sub(r"(?<!\w)\[(?=[^\[\]]+\]\()", "", m.group(1)))
            for m in CITE_MD.finditer(text)]
    page = (html / f"{doc}.html").read_text(encoding="utf-8")
    # the site ties "Van\xa0Loan" with a no-break space; the edition's plain space reads the same
    theirs = [re.sub(r"<[^>]+>", "", m).replace("\xa0", " ").strip("[]") for m in CITE_HTML.findall(page)]
    return [] if ours == theirs else [f"{doc}: citations {ours[:6]} ... ; the site shows {theirs[:6]} ..."]


def test_numbers_and_citations_equal_the_sites(site):  # noqa: F811
    problems, headings = [], 0
    for doc in DOCS:
        text = markdown_of(edition(doc))
        headings += len(HEADING.findall(text))
        problems += number_problems(site, doc, text) + cite_problems(site, doc, text)
    assert headings > 200, f"only {headings} numbered headings found in the editions"
    assert not problems, "\n".join(problems[:30])


@pytest.mark.parametrize("what", ["heading", "reference", "citation"])
def test_a_wrong_number_or_citation_is_caught(site, what):  # noqa: F811
    doc = "chapters/05_backpropagation"
    text = markdown_of(edition(doc))
    if what == "heading":
        bad = text.replace("**Theorem 5.1 ", "**Theorem 5.2 ", 1)
    elif what == "reference":
        bad = text.replace("[Theorem 5.1](", "[Theorem 5.3](", 1)
    else:
        bad = text.replace("Phuong and Hutter, 2022", "Phuong, 2022", 1)
    assert bad != text
    assert number_problems(site, doc, bad) + cite_problems(site, doc, bad)


def test_an_unlabelled_result_is_numbered_in_document_order(book_copy):
    """A chapter author's unlabelled remark gets the site's number, and the results after it move on."""
    doc = "chapters/05_backpropagation"
    path = book_copy / f"{doc}.ipynb"
    nb = read(path)
    first = next(c for c in nb.cells if c.cell_type == "markdown" and "{prf:remark}" in c.source)
    first.source = "```{prf:remark}\nAn unlabelled remark.\n```\n\n" + first.source
    path.write_text(make_editions.text_of(nb))
    text = markdown_of(make_editions.Converter().notebook(doc, read(path)))
    assert "**Remark 5.1.** An unlabelled remark." in text
    assert "**Remark 5.2 (What implementations do at ReLU's kink).**" in text
