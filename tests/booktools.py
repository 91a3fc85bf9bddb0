"""Helpers shared by the project's tests (the book's paths, its table of contents, reading notebooks).
A module with its own name: `conftest` is also the root conftest.py's name, so tests import from here."""

import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import toc  # noqa: E402  (tools/toc.py, importable once tools/ is on the path)


def toc_files():
    """Every file named in _toc.yml (without extension), in order."""
    return toc.toc_files(ROOT)


def chapter_paths():
    return [ROOT / f"{f}.ipynb" for f in toc_files() if f.startswith("chapters/")]


def all_notebooks():
    return sorted(
        p for d in ("chapters", "exercises", "solutions") for p in (ROOT / d).glob("*.ipynb")
    )


def read(path):
    return nbformat.read(path, as_version=4)
