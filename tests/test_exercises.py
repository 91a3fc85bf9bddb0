"""Exercises are generated from solutions and in sync; the student notebook says "not attempted
yet" for every check and the worked solutions pass every check."""

import os
import re
import shutil

import nbformat
import pytest
from nbclient import NotebookClient

import make_exercises
from booktools import ROOT, read

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
    for src in md:  # a solution cell becomes an answer box: it must hold nothing else
        if "{solution}" in src:
            assert src.lstrip().startswith("```{solution}") and "{exercise}" not in src, src[:200]
    student = read(ROOT / "exercises" / path.name)
    shown = re.findall(
        r":label: (ex-\d\d-[\w-]+)",
        "\n".join(c.source for c in student.cells if c.cell_type == "markdown"),
    )
    assert shown == [label.replace("sol-", "ex-", 1) for label in labels], (
        "exercise statements lost in the student notebook"
    )


def cached_outputs(*nbs):
    """The notebooks with the outputs tools/execute.py stored for them in BOOK_EXECUTION_CACHE (same
    environment, same code), or None when the variable is unset or one of them is not in the cache."""
    cache_dir = os.environ.get("BOOK_EXECUTION_CACHE")
    if not cache_dir or not os.path.isdir(cache_dir):
        return None
    from jupyter_cache import get_cache

    cache = get_cache(cache_dir)
    try:
        return [cache.merge_match_into_notebook(nb)[1] for nb in nbs]
    except KeyError:
        return None


def feedback(nb):
    """(grade_id, printed text) of every graded check cell of an executed notebook. Every answer and
    check cell must show its printed feedback only: no `Ellipsis`, `True` or `False` value under it."""
    out = []
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type != "code" or not meta:
            continue
        shown = [
            o
            for o in cell.outputs
            if o.output_type in ("execute_result", "display_data")
            and "text/plain" in o.get("data", {})
            and "image/png" not in o.get("data", {})
        ]
        assert not shown, (
            f"{meta['grade_id']} shows {shown[0]['data']['text/plain']!r} under the cell"
        )
        if meta.get("grade"):
            text = "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream")
            out.append((meta["grade_id"], text))
    return out


def check_outputs(*nbs):
    """The printed feedback of every check cell of each notebook, executed one after the other in
    one kernel (one kernel start and one set of imports for both; a solution notebook redefines
    everything the student notebook defined, so nothing carries over that could make a check pass)."""
    for k, nb in enumerate(nbs):  # in memory only: cell ids unique across the combined notebook
        for cell in nb.cells:
            cell["id"] = f"n{k}-{cell.get('id', 'cell')}"
    combined = nbformat.v4.new_notebook(
        cells=[c for nb in nbs for c in nb.cells], metadata=nbs[0].metadata
    )
    NotebookClient(
        combined, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}},
        shutdown_kernel="immediate",  # a graceful ipykernel 7 shutdown can hang ~120 s (tools/execute.py)
    ).execute()
    return [feedback(nb) for nb in nbs]  # the same cell objects, now holding their outputs


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.name)
def test_feedback_unanswered_and_solved(path):
    nbs = read(ROOT / "exercises" / path.name), read(path)
    executed = cached_outputs(*nbs)  # in CI: the outputs of the one execution, not a second run
    student, solved = [feedback(nb) for nb in executed] if executed else check_outputs(*nbs)
    assert student, "no check cells"
    for grade_id, text in student:
        assert "not attempted yet" in text and "✓" not in text, f"{grade_id}: {text!r}"
    assert len(solved) == len(student), (
        "the student and solution notebooks have different check cells"
    )
    for grade_id, text in solved:
        assert text.count("✓") >= 1 and "✗" not in text, f"{grade_id}: {text!r}"


def test_a_value_shown_under_a_check_is_caught():
    """feedback() rejects a check cell whose value (True, False, Ellipsis) is displayed."""
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("check_x(ans)")])
    nb.cells[0].metadata["nbgrader"] = {"grade": True, "grade_id": "ex-check"}
    nb.cells[0].outputs = [
        nbformat.v4.new_output("stream", name="stdout", text="✓ x: ok\n"),
        nbformat.v4.new_output("execute_result", data={"text/plain": "True"}),
    ]
    with pytest.raises(AssertionError, match="shows 'True'"):
        feedback(nb)
