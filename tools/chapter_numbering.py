"""Sphinx extension: number results, exercises and figures by chapter (Theorem 9.3, Exercise 9.1).

Without a numbered table of contents, Sphinx numbers every enumerable node (sphinx-proof's results,
sphinx-exercise's exercises, captioned figures) in one sequence through the whole book, so that
chapter 9's exercise set opened with "Exercise 131". Here each page of chapter NN (chapters/NN_*,
exercises/NN_*, solutions/NN_*) numbers each kind of item (NN, 1), (NN, 2), ... in page order, shown
as "Theorem 9.1"; any other page numbers its items 1, 2, ... .

The numbers are rewritten where Sphinx keeps them (env.toc_fignumbers), right after Sphinx assigns
them, so every reader of them agrees: the titles of results and exercises, "Solution to Exercise 9.1",
{prf:ref} and {numref} links from other pages. This wraps the same method of Sphinx's toctree
collector that sphinx-multitoc-numbering (loaded by Jupyter Book) wraps for section numbers.

Incremental builds: Sphinx records which pages define a number but not which pages quote it, so when
any number moves (a result added or removed) every page is rewritten, as in a clean build; when none
moves (a prose or code edit) no page is rewritten for numbering's sake (a prose edit rebuilds in ~7 s).
"""

import re

from sphinx.environment.collectors.toctree import TocTreeCollector

CHAPTER_PAGE = re.compile(r"^(?:chapters|exercises|solutions)/(\d+)_")


def chapter_of(docname):
    """The chapter number of a page of the book (chapters/, exercises/, solutions/), or None."""
    m = CHAPTER_PAGE.match(docname)
    return int(m.group(1)) if m else None


def renumber(fignumbers):
    """{docname: {kind: {id: number}}} with book-wide numbers -> the same with numbers by chapter page."""
    out = {}
    for docname, by_kind in fignumbers.items():
        chapter = chapter_of(docname)
        prefix = () if chapter is None else (chapter,)
        out[docname] = {
            kind: {
                node_id: (*prefix, k)
                for k, (node_id, _) in enumerate(
                    sorted(numbers.items(), key=lambda item: item[1]), start=1
                )
            }
            for kind, numbers in by_kind.items()
        }
    return out


def _assign_by_chapter(self, env):
    _assign_book_wide(
        self, env
    )  # Sphinx's own numbering, book-wide: it fixes the order within each page
    env.toc_fignumbers = renumber(env.toc_fignumbers)
    # Compared with a copy kept from the last build: Sphinx drops a re-read page's entry from
    # env.toc_fignumbers before this runs, so that dict cannot say what the numbers were.
    before = getattr(env, "chapter_numbering_last", None)
    env.chapter_numbering_last = dict(env.toc_fignumbers)
    if before is None or before == env.toc_fignumbers:
        return []  # a first build writes every page anyway
    return sorted(env.found_docs)  # a number moved: the pages quoting it must be rewritten too


_assign_book_wide = getattr(
    TocTreeCollector.assign_figure_numbers, "book_wide", TocTreeCollector.assign_figure_numbers
)
_assign_by_chapter.book_wide = _assign_book_wide


def setup(app):
    TocTreeCollector.assign_figure_numbers = _assign_by_chapter
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
