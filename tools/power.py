"""Verification must have power: run a chapter's perturbations and report which ones its cells reject.

Each chapter lists, in `tests/power/NN_topic.py`, perturbations of its `# verifies:` cells:

    CASES = [
        ("thm-03-gd-strong", "(1 - mu_w / L_w) ** k_w", "(1 - 2 * mu_w / L_w) ** k_w"),
        ...
    ]

A case (label, old, new) names the verifying cell of `label` whose source contains `old` and replaces
the first occurrence by `new`: a constant times 2 or 1/2, an exponent off by one, a deleted term, a
sign. The case is *rejected* when the perturbed cell raises an AssertionError; it *passes* when the
cell runs through (the verification has no power against that error); anything else (a NameError, a
crash, a timeout) is reported as an error, not as a rejection.

The chapter's code cells run once, in order, in one Python process (matplotlib's Agg backend, one
BLAS thread). Before a cell that has cases, the process forks once per case and the child runs the
perturbed cell on a copy of the state so far, so a chapter costs about one execution of its code plus
the perturbed cells. Only the cells up to the last perturbed one run.

Usage: python tools/power.py [NN_topic ...]     (all chapters with a case file if none given)
       prints each case's outcome and the verifying cells that no case perturbs; exit 1 if any case
       is not rejected or a result named by a verifying cell has no case on that cell.
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from anatomy import verified_labels  # what counts as a verifying cell: one definition

ROOT = Path(__file__).resolve().parents[1]
CASE_DIR = ROOT / "tests" / "power"

RUNNER = r"""
import json, os, signal, sys, traceback
spec = json.load(open(sys.argv[1]))
cells, cases = spec["cells"], spec["cases"]
by_cell = {}
for k, c in enumerate(cases):
    by_cell.setdefault(c["cell"], []).append(k)
last = max(by_cell) if by_cell else -1
results = {}
ns = {"__name__": "__main__"}

def clean(src):
    return "\n".join(l for l in src.splitlines() if not l.lstrip().startswith(("%", "!")))

def child(src, name):
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    signal.alarm(int(spec.get("timeout", 120)))
    try:
        exec(compile(clean(src), name, "exec"), ns)
    except AssertionError:
        os._exit(3)
    except BaseException:
        with open(spec["errors"] + f".{os.getpid()}", "w") as f:
            f.write(traceback.format_exc(limit=-3))
        os._exit(4)
    os._exit(0)

for i, src in enumerate(cells[: last + 1]):
    for k in by_cell.get(i, []):
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            child(cases[k]["src"], f"cell{i} (perturbed)")
        _, status = os.waitpid(pid, 0)
        if os.WIFSIGNALED(status):
            results[k] = ["error", f"killed by signal {os.WTERMSIG(status)} (timeout?)"]
            continue
        code = os.WEXITSTATUS(status)
        if code == 3:
            results[k] = ["rejected", ""]
        elif code == 0:
            results[k] = ["passed", ""]
        else:
            p = spec["errors"] + f".{pid}"
            msg = open(p).read() if os.path.exists(p) else f"exit {code}"
            results[k] = ["error", msg]
    try:
        exec(compile(clean(src), f"cell{i}", "exec"), ns)
    except BaseException:
        json.dump({"results": results, "failed": [i, traceback.format_exc()]}, open(spec["out"], "w"))
        sys.exit(1)
json.dump({"results": results, "failed": None}, open(spec["out"], "w"))
"""


def code_cells(chapter):
    """The source of each code cell of chapters/<chapter>.ipynb, in order."""
    nb = json.loads((ROOT / "chapters" / f"{chapter}.ipynb").read_text())
    return ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]


def verifying_cells(chapter):
    """{code cell index: set of labels} for the cells whose first line is `# verifies: ...`."""
    return _verifying_of(code_cells(chapter))


def case_files():
    """{chapter: path} of every case file in tests/power/."""
    return {p.stem: p for p in sorted(CASE_DIR.glob("[0-9][0-9]_*.py"))}


def load_cases(chapter):
    """The CASES list of tests/power/<chapter>.py, as (label, old, new) tuples."""
    ns = {}
    exec(compile((CASE_DIR / f"{chapter}.py").read_text(), f"{chapter}.py", "exec"), ns)
    cases = [tuple(c) for c in ns["CASES"]]
    for c in cases:
        if len(c) != 3 or not all(isinstance(x, str) for x in c) or c[1] == c[2]:
            raise ValueError(f"{chapter}: a case is (label, old, new) with old != new: {c!r}")
    return cases


def locate(chapter, label, old, cells=None, verifying=None):
    """The index of the one verifying cell of `label` that contains `old`."""
    cells = code_cells(chapter) if cells is None else cells
    verifying = verifying_cells(chapter) if verifying is None else verifying
    hits = [i for i, labels in verifying.items() if label in labels and old in cells[i]]
    if len(hits) != 1:
        where = "no" if not hits else f"{len(hits)}"
        raise LookupError(f"{chapter}: {where} cell verifying {label} contains {old!r}")
    return hits[0]


def run(chapter, cases, cells=None, timeout=120):
    """Run the perturbations; returns a list of (outcome, detail), outcome in
    'rejected', 'passed', 'error', in the order of `cases`. `cells` replaces the chapter's code cells
    (for tests of this tool)."""
    cells = code_cells(chapter) if cells is None else cells
    verifying = _verifying_of(cells)
    spec_cases = []
    for label, old, new in cases:
        i = locate(chapter, label, old, cells, verifying)
        spec_cases.append({"cell": i, "src": cells[i].replace(old, new, 1)})
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        spec = {
            "cells": cells,
            "cases": spec_cases,
            "out": str(tmp / "out.json"),
            "errors": str(tmp / "err"),
            "timeout": timeout,
        }
        (tmp / "spec.json").write_text(json.dumps(spec))
        (tmp / "run.py").write_text(RUNNER)
        env = dict(os.environ, MPLBACKEND="Agg", OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1")
        env.pop("PYTHONSTARTUP", None)
        proc = subprocess.run(
            [sys.executable, str(tmp / "run.py"), str(tmp / "spec.json")],
            cwd=ROOT / "chapters",
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout * (len(cases) + 2),
        )
        if not (tmp / "out.json").exists():
            raise RuntimeError(f"{chapter}: the runner died:\n{proc.stderr[-3000:]}")
        out = json.loads((tmp / "out.json").read_text())
    if out["failed"]:
        i, tb = out["failed"]
        raise RuntimeError(f"{chapter}: unperturbed code cell {i} failed:\n{tb[-3000:]}")
    return [tuple(out["results"][str(k)]) for k in range(len(cases))]


def _verifying_of(cells):
    """{code cell index: set of labels} for the verifying cells among `cells` (anatomy's reading)."""
    return {i: labels for i, src in enumerate(cells) if (labels := verified_labels(src))}


def uncovered(chapter, cases):
    """The (verifying cell index, label) pairs that no case perturbs: a cell that verifies several
    results needs a case for each of them, the case's label naming the result it perturbs."""
    cells, verifying = code_cells(chapter), verifying_cells(chapter)
    hit = {(locate(chapter, lab, old, cells, verifying), lab) for lab, old, _ in cases}
    return [
        (i, lab) for i, labels in verifying.items() for lab in sorted(labels) if (i, lab) not in hit
    ]


def main(chapters):
    bad = 0
    for ch in chapters:
        cases = load_cases(ch)
        misplaced = []
        for case in cases:
            try:
                locate(ch, *case[:2])
            except LookupError as e:
                misplaced.append(str(e))
        if misplaced:
            print("\n".join(f"WHERE {m}" for m in misplaced))
            bad += len(misplaced)
            continue
        for (label, old, new), (outcome, detail) in zip(cases, run(ch, cases)):
            mark = {"rejected": "ok  ", "passed": "PASS", "error": "ERR "}[outcome]
            print(f"{mark} {ch} {label}: {old!r} -> {new!r}")
            if outcome != "rejected":
                bad += 1
                if detail:
                    print("     " + detail.strip().replace("\n", "\n     "))
        for i, label in uncovered(ch, cases):
            bad += 1
            print(f"NONE {ch} code cell {i}: no case perturbs its verification of {label}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or list(case_files())))
