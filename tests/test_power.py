"""Verification must have power (CONTRIBUTING.md): every result named on a `# verifies:` cell of
every chapter is perturbed in that cell by at least one case in `tests/power/NN_topic.py` (a constant
times 2 or 1/2, an exponent off by one, a deleted term, a wrong sign), and each perturbed cell must
fail with an AssertionError.
A check that passes a wrong constant verifies nothing. `tools/power.py` runs the cases (one execution
of a chapter, a fork per case) and can be run by hand: `python tools/power.py 03_gradient_methods`."""

import power  # tools/power.py (booktools puts tools/ on the path)
import pytest
from booktools import chapter_paths

CHAPTERS = [p.stem for p in chapter_paths()]


def _coverage(chapter):
    assert chapter in power.case_files(), f"tests/power/{chapter}.py is missing"
    missing = power.uncovered(chapter, power.load_cases(chapter))
    assert not missing, f"{chapter}: verifications that no case perturbs: " + "; ".join(
        f"{label} in code cell {i}" for i, label in missing
    )


def _rejection(chapter):
    cases = power.load_cases(chapter)
    assert cases, f"{chapter} has no perturbation"
    outcomes = power.run(chapter, cases)
    bad = [
        f"{label}: {old!r} -> {new!r}: {outcome} {detail.strip()[-400:]}"
        for (label, old, new), (outcome, detail) in zip(cases, outcomes)
        if outcome != "rejected"
    ]
    assert not bad, f"{chapter}: perturbations its verification does not reject:\n" + "\n".join(bad)


# One test class per chapter, so that pytest-xdist (--dist loadscope) spreads the chapters over
# its workers instead of running the whole module on one.
for _chapter in CHAPTERS:
    globals()[f"TestPower_{_chapter}"] = type(
        f"TestPower_{_chapter}",
        (),
        {
            "test_every_verifying_cell_has_a_perturbation": (
                lambda self, ch=_chapter: _coverage(ch)
            ),
            "test_each_perturbation_is_rejected": lambda self, ch=_chapter: _rejection(ch),
        },
    )


# The tool itself: it must tell a rejection from a pass, an error and a broken chapter.
CELLS = [
    "import math\nx = 2.0",
    "# verifies: thm-00-toy\n# a comment\nassert abs(math.sqrt(x) ** 2 - x) < 1e-12",
    "y = x + 1",
]


def test_the_runner_tells_rejected_passed_and_error_apart():
    cases = [
        ("thm-00-toy", "- x)", "- 2 * x)"),  # a wrong constant: rejected
        ("thm-00-toy", "# a comment", "# another comment"),  # changes nothing: passed
        ("thm-00-toy", "math.sqrt(x)", "math.sqrtt(x)"),  # an AttributeError: an error
    ]
    outcomes = [o for o, _ in power.run("toy", cases, cells=CELLS)]
    assert outcomes == ["rejected", "passed", "error"]


def test_the_runner_reports_a_broken_chapter_and_a_case_it_cannot_place():
    with pytest.raises(RuntimeError, match="cell 0 failed"):
        power.run("toy", [("thm-00-toy", "- x)", "- 2 * x)")], cells=["x = 1 / 0"] + CELLS[1:])
    with pytest.raises(LookupError, match="no cell verifying thm-00-toy"):
        power.run("toy", [("thm-00-toy", "not in the cell", "z")], cells=CELLS)


def test_a_child_state_does_not_leak_into_the_chapter():
    cells = ["x = 1", "# verifies: thm-00-toy\nx = x + 1\nassert x == 2", "assert x == 2"]
    outcomes = power.run("toy", [("thm-00-toy", "x = x + 1", "x = x + 5")], cells=cells)
    assert [o for o, _ in outcomes] == ["rejected"]
