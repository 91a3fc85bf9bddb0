"""Sphinx extension: the launch buttons (Colab, Binder) and the .ipynb download open the reader's edition.

A page built from `chapters/05_backpropagation.ipynb` is launched as
`editions/chapters/05_backpropagation.ipynb` (written by tools/make_editions.py: the same code
cells, MyST directives and roles turned into CommonMark that Colab and Jupyter render). The source
notebook shows MyST as raw code blocks there.

sphinx-book-theme 1.x builds its header buttons in `html-page-context` handlers at priority 501
(`add_launch_buttons`, `add_header_buttons`: dicts in context["header_buttons"], each launch URL
ending in the page's path relative to the repository). This handler runs after them (priority 900)
and rewrites those URLs for every page that has an edition; the rest of the page is unchanged. The
download button points at a copy of the edition under `_sources/editions/`.
"""
import shutil
from pathlib import Path

EDITIONS = "editions"


def _walk(buttons):
    for b in buttons:
        yield b
        yield from _walk(b.get("buttons", []))


def rewrite_buttons(header_buttons, pagename):
    """Point the Colab/Binder URLs (and the source download) of `pagename` at its edition, in place.
    Returns the number of URLs rewritten."""
    src, ed = f"{pagename}.ipynb", f"{EDITIONS}/{pagename}.ipynb"
    n = 0
    for b in _walk(header_buttons):
        url = b.get("url", "")
        if b.get("text") in ("Colab", "Binder") and url.endswith("/" + src):
            b["url"] = url[: -len(src)] + ed
            n += 1
        elif b.get("label") == "download-source-button" and url.endswith("/_sources/" + src):
            b["url"] = url[: -len(src)] + ed
            n += 1
    return n


def _copy_edition(app, pagename):
    edition = Path(app.srcdir) / EDITIONS / f"{pagename}.ipynb"
    if edition.exists():
        dest = Path(app.outdir) / "_sources" / EDITIONS / f"{pagename}.ipynb"
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(edition, dest)


def _on_page(app, pagename, templatename, context, doctree):
    if (Path(app.srcdir) / EDITIONS / f"{pagename}.ipynb").exists() and "header_buttons" in context:
        rewrite_buttons(context["header_buttons"], pagename)


def _on_finished(app, exception):
    """Every edition is copied at the end (an incremental build rewrites only the changed pages, but an
    edition can change without its page: a number or a citation elsewhere moved)."""
    if exception is None and app.builder.format == "html":
        for pagename in app.env.found_docs:
            _copy_edition(app, pagename)


def setup(app):
    app.connect("html-page-context", _on_page, priority=900)
    app.connect("build-finished", _on_finished)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
