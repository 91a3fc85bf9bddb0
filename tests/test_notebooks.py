"""Structure every notebook must have: in the TOC, no outputs, self-contained imports, and a
chapter-exercises-solutions triple for every chapter."""

import ast
import re
import sys

import pytest

from booktools import ROOT, all_notebooks, chapter_paths, read, toc_files

ALLOWED = {"numpy", "sympy", "matplotlib", "ipywidgets"} | set(sys.stdlib_module_names)
NOTEBOOKS = all_notebooks()
IDS = [str(p.relative_to(ROOT)) for p in NOTEBOOKS]


def test_there_are_notebooks():
    assert len(NOTEBOOKS) >= 3 and chapter_paths()


def test_every_notebook_is_in_the_toc():
    listed = set(toc_files())
    missing = [i for i in IDS if i[: -len(".ipynb")] not in listed]
    assert not missing, f"notebooks missing from _toc.yml: {missing}"


def test_every_toc_entry_exists():
    for f in toc_files():
        assert any((ROOT / f"{f}{ext}").exists() for ext in (".ipynb", ".md")), f


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_committed_without_outputs(path):
    for i, cell in enumerate(read(path).cells):
        if cell.cell_type == "code":
            assert cell.outputs == [], f"cell {i} has outputs"
            assert cell.execution_count is None, f"cell {i} has an execution count"


def imported_modules(source):
    code = "\n".join(
        line for line in source.splitlines() if not line.lstrip().startswith(("%", "!"))
    )
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Import):
            yield from (a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            yield node.module.split(".")[0]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_imports_only_the_allowed_libraries(path):
    for i, cell in enumerate(read(path).cells):
        if cell.cell_type == "code":
            bad = set(imported_modules(cell.source)) - ALLOWED
            assert not bad, (
                f"cell {i} imports {bad}; notebooks may import only "
                f"{sorted(ALLOWED - set(sys.stdlib_module_names))} and the standard library"
            )
            assert not re.search(r"^\s*[%!]\s*pip", cell.source, re.M), (
                f"cell {i} installs packages"
            )


@pytest.mark.parametrize("path", chapter_paths(), ids=lambda p: p.name)
def test_every_chapter_has_exercises_and_solutions(path):
    for folder in ("exercises", "solutions"):
        assert (ROOT / folder / path.name).exists(), f"{folder}/{path.name} is missing"


def inline_math_broken_by_block_markers(markdown):
    """Lines that start with a list or quote marker while an inline $...$ is still open: Markdown
    makes them a list item and the formula is left as raw TeX."""
    bad, open_dollar, fence = [], False, False
    for line in markdown.splitlines():
        if line.lstrip().startswith("```"):
            fence = not fence
        if fence or not line.strip():
            open_dollar = False if not line.strip() else open_dollar
            continue
        if open_dollar and re.match(r"^\s*([-+*>]|\d+[.)])\s", line):
            bad.append(line[:60])
        stripped = line.replace("\\$", "").replace("$$", "")
        if stripped.count("$") % 2:
            open_dollar = not open_dollar
    return bad


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_no_inline_math_split_by_a_list_marker(path):
    for i, cell in enumerate(read(path).cells):
        if cell.cell_type == "markdown":
            bad = inline_math_broken_by_block_markers(cell.source)
            assert not bad, f"cell {i}: a line inside $...$ starts with a list marker: {bad}"


def test_the_math_lint_can_fail():
    assert inline_math_broken_by_block_markers("Then $a = b\n+ c$ holds.")
    assert not inline_math_broken_by_block_markers("Then $a = b + c$ holds.\n- a list item $x$")
