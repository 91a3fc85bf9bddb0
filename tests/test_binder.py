"""The Binder environment (binder/, read by repo2docker instead of the top-level files): Python pinned
to 3.11 (numpy 2.4 needs >= 3.11), and exactly the packages the notebooks import, at the book's pins,
so that every import of every notebook resolves there and nothing of the build/test toolchain is
installed."""
import re

from booktools import ROOT, all_notebooks, read
from test_notebooks import imported_modules

BINDER = ROOT / "binder"
STDLIB = set(__import__("sys").stdlib_module_names)


def pins(path):
    """{package: version} of a requirements file (every line pinned with ==)."""
    out = {}
    for line in path.read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            m = re.fullmatch(r"([A-Za-z0-9_.-]+)==([\w.]+)", line)
            assert m, f"{path.name}: not pinned: {line!r}"
            out[m.group(1).lower()] = m.group(2)
    return out


def notebook_imports():
    return {m for p in all_notebooks() for c in read(p).cells if c.cell_type == "code"
            for m in imported_modules(c.source)} - STDLIB


def test_binder_pins_python_311():
    assert (BINDER / "runtime.txt").read_text().strip() == "python-3.11"


def test_binder_installs_what_the_notebooks_import_at_the_books_pins():
    binder, book = pins(BINDER / "requirements.txt"), pins(ROOT / "requirements.txt")
    assert notebook_imports() <= set(binder), notebook_imports() - set(binder)
    assert set(binder) == {"numpy", "sympy", "matplotlib", "ipywidgets"}, "only what the notebooks need"
    for name, version in binder.items():
        assert book[name] == version, f"{name}: binder {version}, requirements.txt {book[name]}"


def test_a_missing_package_would_be_caught():
    """The covering check above fails for an import Binder does not install."""
    src = "import numpy as np\nimport scipy.linalg\n"
    assert set(imported_modules(src)) - STDLIB - set(pins(BINDER / "requirements.txt")) == {"scipy"}
