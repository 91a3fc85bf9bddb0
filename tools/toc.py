"""The book's table of contents (_toc.yml), read once for every tool and test that needs it."""
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def toc_files(root=ROOT):
    """Every file named in _toc.yml (without extension), in the book's order, the root page first."""
    toc = yaml.safe_load((Path(root) / "_toc.yml").read_text())
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


def toc_notebooks(root=ROOT):
    """Every .ipynb named in _toc.yml, as paths, in the book's order."""
    return [Path(root) / f"{f}.ipynb" for f in toc_files(root) if (Path(root) / f"{f}.ipynb").exists()]
