"""Generate the student notebooks in exercises/ from the worked solutions in solutions/.

One source of truth: `solutions/NN_topic.ipynb`. This script

1. normalises each solution notebook in place: the answer-checks cell gets the current text of
   tools/checks.py (the one home of the check helpers), every cell gets the nbgrader metadata its
   role implies, and outputs and execution counts are cleared;
2. writes `exercises/NN_topic.ipynb`: nbgrader's own ClearSolutions preprocessor replaces code
   between `### BEGIN SOLUTION` and `### END SOLUTION` with a stub and each `{solution}` cell with
   an answer box; cells tagged `solutions-only` are dropped; exercise labels `sol-NN-...` become
   `ex-NN-...`; the title loses " (with solutions)".

Usage: python tools/make_exercises.py [--check]   (--check: write nothing, exit 1 on any drift)
"""

import copy
import re
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
CHECKS_FILE = ROOT / "tools" / "checks.py"
CHECKS_TITLE = "# @title Answer checks"
CODE_STUB = "...  # your answer here"
TOP_STUB = "# your answer here"
TEXT_STUB = "*Your answer here.*"
KERNELSPEC = {"display_name": "Python 3", "language": "python", "name": "python3"}

_CHECK_CALL = re.compile(r"^check_\w+\(", re.M)
_EX_LABEL = re.compile(r":label:\s*(sol-\d\d-[\w-]+)")


def _nbgrader(grade_id, *, solution=False, grade=False, locked=False, points=None):
    meta = {
        "grade": grade,
        "grade_id": grade_id,
        "locked": locked,
        "schema_version": 3,
        "solution": solution,
    }
    if points is not None:
        meta["points"] = points
    return meta


def _split_solution_blocks(cell):
    """Split a markdown cell so that every top-level {solution} block is a cell of its own
    (in the student notebook that cell becomes an answer box, so it must hold nothing else)."""
    chunks, current, lines, i = [], [], cell.source.split("\n"), 0
    while i < len(lines):
        m = re.match(r"^(`{3,})\{solution\}", lines[i])
        if not m:
            current.append(lines[i])
            i += 1
            continue
        block = [lines[i]]
        i += 1
        while i < len(lines) and lines[i].strip() != m.group(1):
            block.append(lines[i])
            i += 1
        block += lines[i : i + 1]
        i += 1
        chunks += ["\n".join(current), "\n".join(block)]
        current = []
    chunks.append("\n".join(current))
    chunks = [c.strip("\n") for c in chunks if c.strip()]
    if len(chunks) <= 1:
        return [cell]
    out = []
    for k, text in enumerate(chunks):
        new = copy.deepcopy(cell)
        new.source = text
        new.id = cell.id if k == 0 else f"{cell.id[:56]}-s{k}"
        out.append(new)
    return out


def normalise_solution(nb):
    """Return a copy of a solution notebook with checks text, nbgrader metadata and no outputs."""
    nb = copy.deepcopy(nb)
    nb.cells = [
        piece
        for cell in nb.cells
        for piece in (_split_solution_blocks(cell) if cell.cell_type == "markdown" else [cell])
    ]
    nb.metadata = {"kernelspec": dict(KERNELSPEC), "language_info": {"name": "python"}}
    checks_src = CHECKS_FILE.read_text().rstrip("\n")
    label, used = "preamble", {}

    def unique(base):
        used[base] = used.get(base, 0) + 1
        return base if used[base] == 1 else f"{base}-{used[base]}"

    for cell in nb.cells:
        cell.metadata.pop("nbgrader", None)
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
        src = cell.source
        if cell.cell_type == "markdown":
            m = _EX_LABEL.search(src)
            if m and "{exercise" in src:
                label = m.group(1)
            if src.lstrip().startswith("```{solution}"):
                cell.metadata["nbgrader"] = _nbgrader(
                    unique(f"{label}-written"), solution=True, grade=True, points=1
                )
        elif src.startswith(CHECKS_TITLE):
            cell.source = checks_src
            cell.metadata["tags"] = ["hide-input"]
            cell.metadata["cellView"] = "form"  # Colab shows the title, folds the code
            cell.metadata["jupyter"] = {"source_hidden": True}  # Jupyter and JupyterLab fold it too
            cell.metadata["nbgrader"] = _nbgrader("answer-checks", locked=True)
        elif "### BEGIN SOLUTION" in src:
            cell.metadata["nbgrader"] = _nbgrader(unique(f"{label}-answer"), solution=True)
        elif _CHECK_CALL.search(src):
            cell.metadata["nbgrader"] = _nbgrader(
                unique(f"{label}-check"), grade=True, locked=True, points=1
            )
    return nb


def to_exercise(solution_nb):
    """The student notebook generated from a (normalised) solution notebook."""
    from nbgrader.preprocessors import ClearSolutions

    nb = copy.deepcopy(solution_nb)
    nb.cells = [c for c in nb.cells if "solutions-only" not in c.metadata.get("tags", [])]
    clear = ClearSolutions(code_stub={"python": CODE_STUB}, text_stub=TEXT_STUB)
    nb, _ = clear.preprocess(nb, {})
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            cell.source = re.sub(r"\bsol-(\d\d-)", r"ex-\1", cell.source)
        elif CODE_STUB in cell.source:
            # at the top level a bare `...` would show "Ellipsis" under the cell: a comment instead
            cell.source = re.sub(rf"^{re.escape(CODE_STUB)}$", TOP_STUB, cell.source, flags=re.M)
    first = nb.cells[0]
    first.source = first.source.replace(" (with solutions)", "", 1)
    return nb


def _text(nb):
    return nbformat.writes(nb) + "\n"


def main(argv):
    check_only = "--check" in argv
    drift = []
    for sol_path in sorted((ROOT / "solutions").glob("*.ipynb")):
        sol = normalise_solution(nbformat.read(sol_path, as_version=4))
        ex_path = ROOT / "exercises" / sol_path.name
        for path, nb in ((sol_path, sol), (ex_path, to_exercise(sol))):
            text = _text(nb)
            if not path.exists() or path.read_text() != text:
                drift.append(path.relative_to(ROOT))
                if not check_only:
                    path.write_text(text)
    verb = "out of date" if check_only else "written"
    for p in drift:
        print(f"{verb}: {p}")
    return 1 if (check_only and drift) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
