"""Helpers shared by the project's tests (the book's paths, its table of contents, reading notebooks).
A module with its own name: `conftest` is also the root conftest.py's name, so tests import from here."""

import sys
from pathlib import Path

import nbformat
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))


def toc_files():
    """Every file named in _toc.yml (without extension), in order."""
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text())
    out = [toc["root"]]

    def walk(entries):
        for e in entries or []:
            if "file" in e:
                out.append(e["file"])
            walk(e.get("sections"))
            walk(e.get("chapters"))

    for part in toc.get("parts", []):
        walk(part.get("chapters"))
    walk(toc.get("chapters"))
    return out


def chapter_paths():
    return [ROOT / f"{f}.ipynb" for f in toc_files() if f.startswith("chapters/")]


def all_notebooks():
    return sorted(
        p for d in ("chapters", "exercises", "solutions") for p in (ROOT / d).glob("*.ipynb")
    )


def read(path):
    return nbformat.read(path, as_version=4)
