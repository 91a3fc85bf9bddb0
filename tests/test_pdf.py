"""The PDF edition (tools/build_pdf.py), as a reader would check it: a book of the expected length,
every chapter present and in order, results numbered as on the website, no glyph missing from the
fonts and no LaTeX error.

The PDF comes from $BOOK_PDF (the output folder of tools/build_pdf.py, as in .ci/run); without it the
tests skip, unless REQUIRE_PDF=1. Theorem numbers are compared with the built website ($BOOK_HTML or
_build/html) when there is one.
"""
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from booktools import ROOT, chapter_paths, read

PDF_NAME = "deep-learning-derived.pdf"


@pytest.fixture(scope="module")
def pdf():
    out = os.environ.get("BOOK_PDF")
    if not out or not (Path(out) / PDF_NAME).exists():
        if os.environ.get("REQUIRE_PDF"):
            pytest.fail(f"REQUIRE_PDF is set but there is no {PDF_NAME} in BOOK_PDF={out!r}")
        pytest.skip("no PDF edition built (python tools/build_pdf.py OUT; BOOK_PDF=OUT)")
    if not shutil.which("pdftotext"):
        pytest.fail("pdftotext (poppler-utils) is needed to read the PDF")
    out = Path(out)
    text = subprocess.run(["pdftotext", "-layout", str(out / PDF_NAME), "-"], capture_output=True,
                          text=True, check=True).stdout
    latex = out / "_build" / "latex"
    log = (latex / PDF_NAME.replace(".pdf", ".log")).read_text(errors="replace")
    tex = (latex / PDF_NAME.replace(".pdf", ".tex")).read_text(errors="replace")
    return {"text": text, "pages": text.count("\f") + 1, "log": log, "tex": tex}


def chapter_titles():
    return [read(p).cells[0].source.splitlines()[0].lstrip("# ").strip() for p in chapter_paths()]


def test_a_book_of_the_expected_length(pdf):
    # about 20 pages a chapter; far fewer means chapters are missing, far more that something repeats
    n = len(chapter_paths())
    assert 10 * n <= pdf["pages"] <= 60 * n, f"{pdf['pages']} pages for {n} chapters"


def test_every_chapter_in_order_with_the_sites_numbers(pdf):
    text = re.sub(r"\s+", " ", pdf["text"]).upper()
    for title in chapter_titles():  # "5. Feedforward networks and backpropagation"
        assert re.sub(r"\s+", " ", title).upper() in text, f"chapter missing from the PDF: {title}"
    # the last mention of each title (its running heads) comes after the contents: in book order
    body = [text.rindex(re.sub(r"\s+", " ", t).upper()) for t in chapter_titles()]
    assert body == sorted(body), "chapters out of order"
    assert "CHAPTER 9. 5." not in text and "9.3 5.3" not in text, "LaTeX numbers the headings twice"


NUMBERED = re.compile(r'<p class="admonition-title"><span class="caption-number">(Theorem|Lemma|Proposition|'
                      r'Corollary|Definition) ([\d.]+) </span>')


def test_results_numbered_as_on_the_website(pdf):
    site = Path(os.environ.get("BOOK_HTML", ROOT / "_build" / "html"))
    if not (site / "index.html").exists():
        pytest.skip("no built website to compare with")
    text = re.sub(r"\s+", " ", pdf["text"])
    sample = []
    for p in chapter_paths():
        html = site / "chapters" / f"{p.stem}.html"
        sample += NUMBERED.findall(html.read_text(encoding="utf-8"))[:3]
    assert len(sample) >= 2 * len(chapter_paths())
    missing = [f"{k} {n}" for k, n in sample if f"{k} {n}" not in text]
    assert not missing, f"numbered on the website but not in the PDF: {missing}"


def test_no_missing_glyph_and_no_latex_error(pdf):
    missing = sorted(set(re.findall(r"Missing character: There is no (\S+)", pdf["log"])))
    assert not missing, f"glyphs the fonts lack: {missing}"
    errors = re.findall(r"^! .*", pdf["log"], re.M)
    assert not errors, errors[:5]


OVERFULL = re.compile(r"^Overfull \\hbox \(([\d.]+)pt too wide\) (.*)$", re.M)
TOLERANCE_PT = 5.0   # "a few points": invisible in print; a cut formula is tens of points


def overfull(log, tolerance=TOLERANCE_PT):
    """The overfull lines of a LaTeX log wider than the tolerance: [(points, where)]."""
    return [(float(w), where) for w, where in OVERFULL.findall(log) if float(w) > tolerance]


def test_nothing_runs_off_the_page(pdf):
    wide = overfull(pdf["log"])
    assert not wide, f"{len(wide)} overfull lines, e.g. {wide[:8]} (see the .tex at those lines)"


UNTITLED_BOX = re.compile(r"\\begin\{sphinxadmonition\}\{\w+\}(?!\{)")
PROOF = re.compile(r"^(`{3,}|:{3,})\{prf:proof\}", re.M)


def untitled_boxes(tex):
    """Admonitions opened without a title argument: LaTeX takes their first token as the title."""
    return len(UNTITLED_BOX.findall(tex))


def test_every_proof_is_typeset_as_a_proof(pdf):
    """tools/latex_proofs.py: a proof is text that starts with an italic "Proof." and ends with a
    square, not a box whose title bar is empty; every proof of the chapters is there."""
    assert untitled_boxes(pdf["tex"]) == 0, "a box without a title (an empty title bar)"
    proofs = sum(
        len(PROOF.findall(c.source)) for p in chapter_paths() for c in read(p).cells
        if c.cell_type == "markdown"
    )
    assert pdf["tex"].count(r"\sphinxstyleemphasis{Proof.}") == proofs
    assert pdf["tex"].count(r"\hfill$\square$") == proofs


def test_the_checks_can_fail():
    """The reading of a log finds a missing glyph and an error; the order check sees a swap; an
    untitled box is seen."""
    assert untitled_boxes("\\begin{sphinxadmonition}{note}\n\\sphinxAtStartPar\nProof.") == 1
    assert untitled_boxes("\\begin{sphinxadmonition}{note}{Theorem 5.1 (Backpropagation)}") == 0
    log = "Missing character: There is no ≲ (U+2272) in font x\n! Undefined control sequence.\n"
    assert re.findall(r"Missing character: There is no (\S+)", log) == ["≲"]
    assert re.findall(r"^! .*", log, re.M) == ["! Undefined control sequence."]
    assert overfull("Overfull \\hbox (61.5pt too wide) detected at line 4505\n"
                    "Overfull \\hbox (2.8pt too wide) in paragraph at lines 1--1\n") == [
        (61.5, "detected at line 4505")]
    body = ["1. A", "0. B"]
    text = " ".join(body)
    assert [text.rindex(t) for t in ["0. B", "1. A"]] != sorted([text.rindex(t) for t in ["0. B", "1. A"]])
