"""Exercises are generated from solutions and in sync; the student notebook says "not attempted
yet" for every check and the worked solutions pass every check."""
import re
import shutil

import nbformat
import pytest
from nbclient import NotebookClient

import make_exercises
from conftest import ROOT, read

SOLUTIONS = sorted((ROOT / "solutions").glob("*.ipynb"))


def test_exercises_are_in_sync_with_solutions(capsys):
    status = make_exercises.main(["--check"])
    drift = capsys.readouterr().out
    assert status == 0, f"run `python tools/make_exercises.py`:\n{drift}"


def test_drift_is_detected(tmp_path, monkeypatch, capsys):
    """A hand edit to a generated exercise notebook makes `--check` fail."""
    name = SOLUTIONS[0].name
    for folder in ("solutions", "exercises", "tools"):
        (tmp_path / folder).mkdir()
    shutil.copy(SOLUTIONS[0], tmp_path / "solutions" / name)
    shutil.copy(make_exercises.CHECKS_FILE, tmp_path / "tools" / "checks.py")
    edited = read(ROOT / "exercises" / name)
    edited.cells[1].source += " (edited by hand)"
    (tmp_path / "exercises" / name).write_text(make_exercises._text(edited))
    monkeypatch.setattr(make_exercises, "ROOT", tmp_path)
    monkeypatch.setattr(make_exercises, "CHECKS_FILE", tmp_path / "tools" / "checks.py")
    assert make_exercises.main(["--check"]) == 1
    assert f"exercises/{name}" in capsys.readouterr().out


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.name)
def test_solution_structure(path):
    nb = read(path)
    md = [c.source for c in nb.cells if c.cell_type == "markdown"]
    labels = re.findall(r"```\{exercise\}[^\n]*\n:label: (sol-\d\d-[\w-]+)", "\n".join(md))
    assert len(labels) >= 6, f"{len(labels)} exercises; at least 6 are required"
    assert len(set(labels)) == len(labels)
    assert all(label.startswith(f"sol-{path.name[:2]}-") for label in labels)
    solved = re.findall(r"```\{solution\} (sol-[\w-]+)", "\n".join(md))
    assert sorted(solved) == sorted(labels), "every exercise needs exactly one {solution}"
    assert md[0].startswith("# Exercises") and "(with solutions)" in md[0].splitlines()[0]
    for src in md:   # a solution cell becomes an answer box: it must hold nothing else
        if "{solution}" in src:
            assert src.lstrip().startswith("```{solution}") and "{exercise}" not in src, src[:200]
    student = read(ROOT / "exercises" / path.name)
    shown = re.findall(r":label: (ex-\d\d-[\w-]+)", "\n".join(c.source for c in student.cells if c.cell_type == "markdown"))
    assert shown == [label.replace("sol-", "ex-", 1) for label in labels], "exercise statements lost in the student notebook"


def check_outputs(*nbs):
    """The printed feedback of every check cell of each notebook, executed one after the other in
    one kernel (one kernel start and one set of imports for both; a solution notebook redefines
    everything the student notebook defined, so nothing carries over that could make a check pass)."""
    for k, nb in enumerate(nbs):  # in memory only: cell ids unique across the combined notebook
        for cell in nb.cells:
            cell["id"] = f"n{k}-{cell.get('id', 'cell')}"
    combined = nbformat.v4.new_notebook(cells=[c for nb in nbs for c in nb.cells], metadata=nbs[0].metadata)
    NotebookClient(combined, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}).execute()
    results = []
    for nb in nbs:
        out = []
        for cell in nb.cells:  # the same cell objects, now holding their outputs
            if cell.metadata.get("nbgrader", {}).get("grade") and cell.cell_type == "code":
                text = "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream")
                out.append((cell.metadata.nbgrader.grade_id, text))
        results.append(out)
    return results


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.name)
def test_feedback_unanswered_and_solved(path):
    student, solved = check_outputs(read(ROOT / "exercises" / path.name), read(path))
    assert student, "no check cells"
    for grade_id, text in student:
        assert "not attempted yet" in text and "✓" not in text, f"{grade_id}: {text!r}"
    assert len(solved) == len(student), "the student and solution notebooks have different check cells"
    for grade_id, text in solved:
        assert text.count("✓") >= 1 and "✗" not in text, f"{grade_id}: {text!r}"
