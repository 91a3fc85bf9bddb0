"""Build the course edition of the site: every chapter and exercise set, no worked solutions.

Usage: python tools/build_course.py [OUTPUT_DIR] [--cache DIR]
(default: _build/course; HTML in OUTPUT_DIR/_build/html; cache: the book's execution cache,
_build/.jupyter_cache, whose records are copied in so that no notebook is executed again: the
course copy's code cells are the book's, only markdown differs, and the cache is keyed by code).

It copies the book's sources to a temporary folder without solutions/, removes the chapters' links
to worked solutions there, writes a table of contents equal to _toc.yml without the solutions
entries, and builds that copy with warnings as errors. (sphinx-exercise's `hide_solutions` is not
used: it crashes on gated directives.) The repository itself is not changed.
"""

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import nbformat
import yaml

ROOT = Path(__file__).resolve().parents[1]


def prune_toc(toc, prefixes):
    """The TOC with every entry whose file starts with one of `prefixes` removed (recursively)."""

    def prune(entries):
        kept = []
        for e in entries or []:
            if str(e.get("file", "")).startswith(tuple(prefixes)):
                continue
            e = dict(e)
            for key in ("sections", "chapters"):
                if key in e:
                    e[key] = prune(e[key])
                    if not e[key]:
                        del e[key]
            kept.append(e)
        return kept

    toc = dict(toc)
    if "parts" in toc:
        toc["parts"] = [dict(p, chapters=prune(p.get("chapters"))) for p in toc["parts"]]
    if "chapters" in toc:
        toc["chapters"] = prune(toc["chapters"])
    return toc


def course_toc(toc):
    """The TOC with every solutions/ entry removed (recursively)."""
    return prune_toc(toc, ("solutions/",))


def take_cache_option(argv):
    """(argv without `--cache DIR`, the cache: DIR or the book's _build/.jupyter_cache)."""
    argv, cache = list(argv), ROOT / "_build" / ".jupyter_cache"
    if "--cache" in argv:
        k = argv.index("--cache")
        cache = Path(argv[k + 1])
        del argv[k : k + 2]
    return argv, cache


def copy_cache(cache, out):
    """Copy the execution cache into a build folder, so that its build executes nothing again."""
    if cache.is_dir() and not (out / "_build" / ".jupyter_cache").exists():
        shutil.copytree(cache, out / "_build" / ".jupyter_cache")


_PAREN_LINK = re.compile(r"\s*\([^()]*\]\(\.\./solutions/[^)]*\)\)")
_LINK = re.compile(r"\[([^\]]*)\]\(\.\./solutions/[^)]*\)")


def strip_solution_links(text):
    """'Try [the exercises](..) (worked solutions: [here](../solutions/x.ipynb)).' -> 'Try [the exercises](..).'"""
    return _LINK.sub(r"\1", _PAREN_LINK.sub("", text))


def course_copy(dest):
    """The book's sources without solutions/, and without links to it, in dest."""
    ignore = shutil.ignore_patterns(
        ".git", ".venv", "_build", "solutions", "__pycache__", ".pytest_cache"
    )
    shutil.copytree(ROOT, dest, ignore=ignore)
    for folder in ("chapters", "exercises", "pages"):
        for path in (dest / folder).glob("*"):
            if path.suffix == ".ipynb":
                nb = nbformat.read(path, as_version=4)
                for cell in nb.cells:
                    if cell.cell_type == "markdown":
                        cell.source = strip_solution_links(cell.source)
                nbformat.write(nb, path)
            elif path.suffix == ".md":
                path.write_text(strip_solution_links(path.read_text()))
    toc = course_toc(yaml.safe_load((ROOT / "_toc.yml").read_text()))
    (dest / "_toc.yml").write_text(yaml.safe_dump(toc, sort_keys=False))
    return dest


def main(argv):
    argv, cache = take_cache_option(argv)
    out = Path(argv[0]) if argv else ROOT / "_build" / "course"
    copy_cache(cache, out)
    src = course_copy(Path(tempfile.mkdtemp()) / "book")
    cmd = [
        "jupyter-book",
        "build",
        str(src),
        "--path-output",
        str(out.resolve()),
        "-W",
        "-n",
        "--keep-going",
    ]
    status = subprocess.run(cmd).returncode
    if status == 0:
        print(f"course site (no solutions): {out / '_build' / 'html' / 'index.html'}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
