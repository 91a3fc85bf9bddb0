"""The chapter anatomy holds for every chapter in the TOC, and the check can fail."""

import copy

import pytest

from anatomy import problems
from booktools import chapter_paths, read

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


def _mutate_verifications(nb, edit):
    """Apply edit to every verifying cell of the first verified label (a result may be verified by
    several cells, e.g. a floating-point check and an exact one): -> (nb, label)."""
    nb = copy.deepcopy(nb)
    heads = [c for c in nb.cells if c.cell_type == "code" and c.source.startswith("# verifies:")]
    if not heads:
        pytest.skip("the model chapter has no verifying cell")
    label = heads[0].source.splitlines()[0].split(":", 1)[1].replace(",", " ").split()[0]
    for cell in heads:
        if label in cell.source.splitlines()[0].replace(",", " ").split():
            cell.source = edit(cell.source)
    return nb, label


def test_a_missing_proof_is_caught():
    nb = _mutate(
        read(MODEL),
        "markdown",
        lambda s: "{prf:proof}" in s,
        lambda s: s.replace("{prf:proof}", "{prf:remark}", 1),
    )
    assert any("has no {prf:proof}" in p for p in problems(nb))


def test_a_missing_verifying_cell_is_caught():
    nb, label = _mutate_verifications(read(MODEL), lambda s: s.replace("# verifies:", "# checks:"))
    assert any(
        label in p and "is not named by any verifying code cell" in p for p in problems(nb)
    )


def test_a_verifying_cell_without_assert_is_caught():
    nb = _mutate(
        read(MODEL),
        "code",
        lambda s: "# verifies:" in s,
        lambda s: "\n".join(l for l in s.splitlines() if "assert" not in l),
    )
    assert any("asserts nothing" in p for p in problems(nb))


def test_missing_widget_definition_and_citation_are_caught():
    nb = copy.deepcopy(read(MODEL))
    for cell in nb.cells:
        cell.source = (
            cell.source.replace("widgets.interact", "print")
            .replace("{prf:definition}", "{prf:remark}")
            .replace("{cite", "{ref")
        )
    found = " ".join(problems(nb))
    for needle in ("ipywidgets", "{prf:definition}", "{cite}"):
        assert needle in found


def _edit_markdown(nb, edit):
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            cell.source = edit(cell.source)
    return nb


def _drop_section(nb, title):
    """The notebook with the markdown from the heading `title` to the next `## ` heading removed."""
    nb = copy.deepcopy(nb)
    dropping = False
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        kept = []
        for line in cell.source.splitlines():
            if line.startswith("## "):
                dropping = line.strip() == title
            if not dropping:
                kept.append(line)
        cell.source = "\n".join(kept)
    return nb


@pytest.mark.parametrize(
    "mutation, needle",
    [
        (
            lambda nb: _edit_markdown(
                nb, lambda s: s.replace("**What this chapter proves, and what it assumes.**", "")
            ),
            "no opening paragraph",
        ),
        (lambda nb: _edit_markdown(nb, lambda s: s.replace("# 0. ", "# Zero. ", 1)), "title"),
        (lambda nb: _drop_section(nb, "## Summary"), "'## Summary' and '## References'"),
        (lambda nb: _drop_section(nb, "## References"), "'## Summary' and '## References'"),
        (
            lambda nb: _edit_markdown(nb, lambda s: s.replace("## 0.3 ", "## ", 1)),
            "should be numbered '## 0.3",
        ),
        (
            lambda nb: _edit_markdown(nb, lambda s: s.replace("## 0.2 ", "## 0.7 ", 1)),
            "should be numbered '## 0.2",
        ),
        (
            lambda nb: _edit_markdown(nb, lambda s: s.replace("-00-", "-05-")),
            "does not carry the chapter's number",
        ),
        (
            lambda nb: _edit_markdown(nb, lambda s: s.replace("**Verify.**", "### Verify: it")),
            "another form",
        ),
        (
            lambda nb: _edit_markdown(nb, lambda s: s.replace("**Derive.**", "**Derive**:")),
            "another form",
        ),
        (
            lambda nb: _edit_markdown(nb, lambda s: s.replace("**Explore.**", "Now explore.")),
            "no '**Explore.**'",
        ),
    ],
)
def test_each_structure_rule_can_fail(mutation, needle):
    """Deleting the opening paragraph, the Summary or the References, unnumbering a section,
    renaming the labels to another chapter's number, or another signposting form is caught."""
    found = problems(mutation(read(MODEL)), MODEL.name)
    assert any(needle in p for p in found), found


def test_hidden_definitions_and_a_missing_static_figure_are_caught():
    nb = copy.deepcopy(read(MODEL))
    for cell in nb.cells:
        if cell.cell_type == "code" and "hide-input" in cell.metadata.get("tags", []):
            cell.source = "def helper():\n    return 1\n"
    found = " ".join(problems(nb, MODEL.name))
    assert "a hide-input cell defines a function" in found and "no static figure" in found


def test_a_verifies_comment_below_the_first_line_does_not_count():
    nb, label = _mutate_verifications(read(MODEL), lambda s: "x = 1\n" + s)
    assert any(
        label in p and "is not named by any verifying code cell" in p
        for p in problems(nb, MODEL.name)
    )
