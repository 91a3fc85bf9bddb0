"""The nbgrader round trip on one chapter, with nbgrader's own command-line tools: the solution
notebook is a valid nbgrader source; the released notebook scores 0 on the autograded tests when
unanswered, and full marks when the worked answers are typed into it."""

import copy
import csv
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from booktools import ROOT
from make_exercises import CODE_STUB, TEXT_STUB

SOLUTION = sorted((ROOT / "solutions").glob("*.ipynb"))[0]
CONFIG = f"""c = get_config()
c.CourseDirectory.course_id = "dld"
c.ClearSolutions.code_stub = {{"python": {CODE_STUB!r}}}
c.ClearSolutions.text_stub = {TEXT_STUB!r}
"""


def nbgrader(course, *args):
    exe = Path(sys.executable).with_name("nbgrader")
    run = subprocess.run([str(exe), *args], cwd=course, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, f"nbgrader {' '.join(args)} failed:\n{run.stdout}\n{run.stderr}"
    return run


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    if shutil.which("nbgrader") is None and not Path(sys.executable).with_name("nbgrader").exists():
        pytest.skip("nbgrader is not installed")
    course = tmp_path_factory.mktemp("course")
    (course / "nbgrader_config.py").write_text(CONFIG)
    (course / "source" / "ps").mkdir(parents=True)
    shutil.copy(SOLUTION, course / "source" / "ps" / SOLUTION.name)
    nbgrader(course, "db", "assignment", "add", "ps")
    nbgrader(course, "generate_assignment", "ps", "--force")
    return course


def test_generate_assignment_releases_the_student_version(course):
    released = nbformat.read(course / "release" / "ps" / SOLUTION.name, as_version=4)
    text = "\n".join(c.source for c in released.cells)
    assert "BEGIN SOLUTION" not in text and CODE_STUB in text


def test_autograde_scores_unanswered_zero_and_solutions_full(course):
    released = nbformat.read(course / "release" / "ps" / SOLUTION.name, as_version=4)
    source = {
        c.metadata.nbgrader.grade_id: c.source
        for c in nbformat.read(SOLUTION, as_version=4).cells
        if c.metadata.get("nbgrader", {}).get("solution")
    }
    answered = copy.deepcopy(released)
    for cell in answered.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("solution") and cell.cell_type == "code":
            cell.source = source[meta["grade_id"]]  # the student types the worked answer
    for student, nb in (("blank", released), ("solved", answered)):
        nbgrader(course, "db", "student", "add", student)
        (course / "submitted" / student / "ps").mkdir(parents=True)
        nbformat.write(nb, course / "submitted" / student / "ps" / SOLUTION.name)
    nbgrader(course, "autograde", "ps", "--force")
    nbgrader(course, "export")
    rows = {r["student_id"]: r for r in csv.DictReader((course / "grades.csv").open())}
    tests = sum(
        1
        for c in released.cells
        if c.metadata.get("nbgrader", {}).get("grade") and c.cell_type == "code"
    )
    assert tests >= 6
    assert float(rows["blank"]["score"]) == 0
    assert float(rows["solved"]["score"]) == tests  # manual answers are ungraded, so 0 so far
