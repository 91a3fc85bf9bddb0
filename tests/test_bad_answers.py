"""Every exercise check answers a malformed answer with a sentence, never with an exception.

For each solution notebook: its cells run in this process; then, for each answer cell, every name
the student fills in (`name = ...` in the exercise stub) is replaced in turn by None, a string, a
list, NaN, a stray SymPy symbol and a wrong-shaped array, and every function the student writes (a
`def` whose body holds the solution) by functions that return those or raise; the answer's check
cells run again each time. Each must finish without an exception and print a failed-check line
(✗ or ○); for a value (not a function) that line may not say "your code raised", since the student's
value runs no code: such a line is an error inside the check. Answers are restored between trials,
so one trial cannot mask another.
"""

import contextlib
import io
import re

import matplotlib
import nbformat
import numpy as np
import pytest
import sympy as sp

from booktools import ROOT, read

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (after choosing the backend)

SOLUTIONS = sorted((ROOT / "solutions").glob("*.ipynb"))


def _raises(*args, **kwargs):
    raise ValueError("a mistake in the student's function")


BAD_VALUES = {
    "None": None,
    "a string": "x",
    "a list": [1.0, 2.0],
    "NaN": float("nan"),
    "a stray SymPy symbol": sp.Symbol("zz"),
    "a 7 x 7 array": np.ones((7, 7)),
}
BAD_FUNCTIONS = {
    f"returning {label}": (lambda v: lambda *a, **k: v)(value)
    for label, value in BAD_VALUES.items()
}
BAD_FUNCTIONS["raising ValueError"] = _raises


def is_answer(cell):
    return cell.cell_type == "code" and cell.metadata.get("nbgrader", {}).get("solution", False)


def answer_names(solution_cell, stub_cell):
    """Names the student assigns (`name = ...` in the stub) and functions whose body is the answer."""
    names = re.findall(r"^(\w+)\s*=\s*\.\.\.", stub_cell.source, re.M)
    functions = [
        m.group(1)
        for m in re.finditer(r"^def (\w+)\(.*?(?=^\S|\Z)", solution_cell.source, re.M | re.S)
        if "### BEGIN SOLUTION" in m.group(0)
    ]
    return names, functions


def run(source, ns, name):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(source, name, "exec"), ns)
    plt.close("all")
    return out.getvalue()


def bad_answer_problems(solution_path, exercise_path=None):
    """Run the solution notebook, then every check against every malformed answer: (trials, problems)."""
    stubs = {
        c.get("id"): c for c in read(exercise_path or ROOT / "exercises" / solution_path.name).cells
    }
    cells = read(solution_path).cells
    ns, trials, problems = {"__name__": "__main__"}, 0, []
    for i, cell in enumerate(cells):
        if cell.cell_type != "code":
            continue
        run(cell.source, ns, f"cell {i}")
        if not is_answer(cell):
            continue
        checks = []
        for later in cells[i + 1 :]:
            if later.cell_type != "code" or is_answer(later):
                break
            checks.append(later.source)
        names, functions = answer_names(cell, stubs.get(cell.get("id"), cell))
        cases = [(k, label, v) for k in names for label, v in BAD_VALUES.items()]
        cases += [(k, label, f) for k in functions for label, f in BAD_FUNCTIONS.items()]
        for name, label, value in cases:
            saved = ns.get(name)
            ns[name] = value
            trials += 1
            try:
                printed = "".join(run(src, ns, "check") for src in checks)
                if not re.search(r"^[✗○] ", printed, re.M):
                    problems.append(
                        f"{name} {label}: no failed-check line: {printed.strip()[:160]!r}"
                    )
                elif (
                    name in names and "your code raised" in printed
                ):  # a value runs no code of the student's
                    problems.append(
                        f"{name} {label}: an internal error reported as the student's: "
                        f"{printed.strip()[:160]!r}"
                    )
            except Exception as exc:  # noqa: BLE001 - the point is that nothing escapes
                problems.append(
                    f"{name} {label}: the check raised {type(exc).__name__}: {str(exc)[:120]}"
                )
            finally:
                ns[name] = saved
    return trials, problems


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.name)
def test_malformed_answers_get_a_sentence(path, monkeypatch):
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    trials, problems = bad_answer_problems(path)
    assert trials >= 20, f"only {trials} malformed answers tried: are the answer cells still found?"
    assert not problems, f"{path.name}:\n" + "\n".join(problems)


def test_a_check_that_raises_is_caught(tmp_path, monkeypatch):
    """A check cell that uses the answer before checking it (the defect this test is for: e.g. it
    indexes the answer, which raises for None) fails. The planted line passes for the worked answer,
    whatever its type, and raises for None."""
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    src = SOLUTIONS[0]
    nb, stub = read(src), read(ROOT / "exercises" / src.name)
    stubs = {c.get("id"): c for c in stub.cells}
    i, name = next(
        (i, names[0])
        for i, c in enumerate(nb.cells)
        if is_answer(c)
        for names, _ in [answer_names(c, stubs[c.get("id")])]
        if names
    )
    nb.cells[i + 1].source = f"[0][{name} is None]\n" + nb.cells[i + 1].source  # IndexError for None
    nbformat.write(nb, tmp_path / src.name)
    _, problems = bad_answer_problems(tmp_path / src.name, ROOT / "exercises" / src.name)
    assert any(p.startswith(f"{name} None: the check raised IndexError") for p in problems), problems
