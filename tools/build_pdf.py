"""Build the PDF edition of the book with Jupyter Book's LaTeX builder.

Usage: python tools/build_pdf.py [OUTPUT_DIR] [--cache DIR]
(default: _build/pdf; the PDF is OUTPUT_DIR/_build/latex/deep-learning-derived.pdf, and a copy is
written to OUTPUT_DIR/deep-learning-derived.pdf; cache: the book's execution cache, copied in so
that nothing is executed again, as tools/build_course.py does).

What the PDF contains, by choice: the front matter, every chapter and the back matter. The exercise
sets and worked solutions are interactive notebooks (their checks run code), so the PDF leaves them
out and every link to them points at the website's exercise page instead. Everything else comes from
the same sources as the website: a temporary copy with a table of contents without exercises/ and
solutions/ is built, so the repository is not changed. LaTeX settings (title page, unnumbered
headings since every title carries its own number, fallbacks for glyphs the fonts lack) are in
_config.yml under `latex` and `sphinx.config.latex_elements`. Needs TeX Live (Debian:
texlive-latex-recommended texlive-latex-extra texlive-fonts-recommended texlive-fonts-extra
texlive-xetex latexmk).
"""
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import nbformat
import yaml

from build_course import copy_cache, course_copy, prune_toc, take_cache_option
from make_editions import site_url  # the website's address: html.baseurl, the one place

ROOT = Path(__file__).resolve().parents[1]
PDF_NAME = "deep-learning-derived.pdf"


def pdf_toc(toc):
    """The TOC without any exercises/ or solutions/ entry."""
    return prune_toc(toc, ("exercises/", "solutions/"))


_WIDGET = re.compile(r"\bwidgets\.(interact|interactive)\b")
_EX_LINK = re.compile(r"\]\(\.\./(exercises|solutions)/([\w-]+)\.ipynb\)")


def link_to_site(text, base):
    """'[the exercises](../exercises/05_x.ipynb)' -> '[the exercises](<site>exercises/05_x.html)'."""
    return _EX_LINK.sub(lambda m: f"]({base}{m.group(1)}/{m.group(2)}.html)", text)


def pdf_copy(dest):
    """The sources for the PDF in dest: no exercises/ or solutions/, links to them on the website."""
    course_copy(dest)  # the book without solutions/ (and without the chapters' links to it)
    shutil.rmtree(dest / "exercises", ignore_errors=True)
    base = site_url()
    for folder in ("chapters", "pages"):
        for path in (dest / folder).glob("*"):
            if path.suffix == ".ipynb":
                nb = nbformat.read(path, as_version=4)
                for cell in nb.cells:
                    if cell.cell_type == "markdown":
                        cell.source = link_to_site(cell.source, base)
                    elif _WIDGET.search(cell.source):  # on paper a widget is its text repr: the
                        tags = cell.metadata.setdefault("tags", [])  # static figure stands in
                        tags.append("remove-output")
                nbformat.write(nb, path)
            elif path.suffix == ".md":
                path.write_text(link_to_site(path.read_text(), base))
    toc = pdf_toc(yaml.safe_load((ROOT / "_toc.yml").read_text()))
    (dest / "_toc.yml").write_text(yaml.safe_dump(toc, sort_keys=False))
    return dest


def main(argv):
    argv, cache = take_cache_option(argv)
    out = (Path(argv[0]) if argv else ROOT / "_build" / "pdf").resolve()
    copy_cache(cache, out)
    src = pdf_copy(Path(tempfile.mkdtemp()) / "book")
    cmd = ["jupyter-book", "build", str(src), "--builder", "pdflatex", "--path-output", str(out)]
    status = subprocess.run(cmd).returncode
    pdf = out / "_build" / "latex" / PDF_NAME
    if status == 0 and pdf.exists():
        shutil.copy(pdf, out / PDF_NAME)
        print(f"PDF edition: {out / PDF_NAME}")
        return 0
    print(f"no PDF at {pdf}", file=sys.stderr)
    return status or 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
