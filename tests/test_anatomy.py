"""The chapter anatomy holds for every chapter in the TOC, and the check can fail."""
import copy

import pytest

from anatomy import problems
from conftest import chapter_paths, read

CHAPTERS = chapter_paths()


@pytest.mark.parametrize("path", CHAPTERS, ids=lambda p: p.name)
def test_chapter_anatomy(path):
    assert problems(read(path), path.name) == []


def _mutate(nb, cell_type, predicate, edit):
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        if cell.cell_type == cell_type and predicate(cell.source):
            cell.source = edit(cell.source)
            return nb
    pytest.skip("the model chapter has no cell to mutate")


MODEL = CHAPTERS[0]


def test_a_missing_proof_is_caught():
    nb = _mutate(read(MODEL), "markdown", lambda s: "{prf:proof}" in s,
                 lambda s: s.replace("{prf:proof}", "{prf:remark}", 1))
    assert any("has no {prf:proof}" in p for p in problems(nb))


def test_a_missing_verifying_cell_is_caught():
    nb = _mutate(read(MODEL), "code", lambda s: "# verifies:" in s,
                 lambda s: s.replace("# verifies:", "# checks:"))
    assert any("is not named by any verifying code cell" in p for p in problems(nb))


def test_a_verifying_cell_without_assert_is_caught():
    nb = _mutate(read(MODEL), "code", lambda s: "# verifies:" in s,
                 lambda s: "\n".join(l for l in s.splitlines() if "assert" not in l))
    assert any("asserts nothing" in p for p in problems(nb))


def test_missing_widget_definition_and_citation_are_caught():
    nb = copy.deepcopy(read(MODEL))
    for cell in nb.cells:
        cell.source = (cell.source.replace("widgets.interact", "print").replace("{prf:definition}", "{prf:remark}")
                       .replace("{cite", "{ref"))
    found = " ".join(problems(nb))
    for needle in ("ipywidgets", "{prf:definition}", "{cite}"):
        assert needle in found
