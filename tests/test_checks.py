"""The answer checks: right answers pass; unanswered, wrong and malformed answers get one clear
sentence (never a traceback); under nbgrader a failure raises."""

import numpy as np
import pytest
import sympy as sp

import checks

x, y = sp.symbols("x y", real=True)


def feedback(capsys, fn, *args, **kw):
    ok = fn(*args, **kw)
    out = capsys.readouterr().out.strip()
    assert "\n" not in out and "Traceback" not in out, out
    return ok, out


@pytest.fixture(autouse=True)
def not_grading(monkeypatch):
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)


def test_expr_correct_and_equivalent_forms(capsys):
    ok, out = feedback(capsys, checks.check_derivative, 1 / sp.cosh(x) ** 2, sp.tanh(x), x)
    assert ok and out.startswith("✓")


@pytest.mark.parametrize(
    "answer, needle",
    [
        (..., "not attempted yet"),
        (None, "None"),
        ("1 - tanh(x)**2", "string"),
        (np.array([1.0]), "NumPy array"),
        ([1 - sp.tanh(x) ** 2], "is a list; expected a single SymPy expression"),
        (x * y, "symbols the problem does not have: y"),
        (-(1 - sp.tanh(x) ** 2), "off by a sign"),
        (2 * (1 - sp.tanh(x) ** 2), "constant factor"),
        (1 - sp.tanh(x), "differs at x ="),
        (sp.Integer(0), "zero at every test point"),
        (sp.I * (1 - sp.tanh(x) ** 2), "not a real number"),
        (True, "not a single expression"),
        (sp.Eq(x, 1), "not a single expression"),
        (sp.Matrix([x]), "not a single expression"),
        (sp.log(x), "undefined"),
    ],
)
def test_expr_feedback(capsys, answer, needle):
    ok, out = feedback(capsys, checks.check_derivative, answer, sp.tanh(x), x)
    assert not ok and needle in out, out


w = sp.Symbol("w", real=True)


def uniform_variance(r):
    """The variance of U[-r, r] (sign(r) makes a negative r read as "off by a sign")."""
    return sp.sign(r) * sp.integrate(w**2 / (2 * r), (w, -r, r))


@pytest.mark.parametrize(
    "answer, needle",
    [
        (sp.sqrt(6 / (x + y)), "✓"),  # r with variance 2 / (x + y)
        (..., "not attempted yet"),
        (None, "None"),
        ("sqrt(6/(x+y))", "string"),
        ([sp.sqrt(6 / (x + y))], "is a list"),
        (np.array([1.0]), "NumPy array"),
        (
            sp.sqrt(6 / (x + y)) * w,
            "symbols the problem does not have: w",
        ),  # checked before the transform
        (-sp.sqrt(6 / (x + y)), "off by a sign"),
        (sp.sqrt(2 / (x + y)), "constant factor (yours is 0.3333"),  # the variance is wrong by 1/3
    ],
)
def test_expr_with_transform_checks_a_property_of_the_answer(capsys, answer, needle):
    ok, out = feedback(
        capsys,
        checks.check_expr,
        answer,
        2 / (x + y),
        [x, y],
        name="variance",
        low=1,
        high=50,
        transform=uniform_variance,
    )
    assert ok == (needle == "✓") and needle in out, out
    assert "sqrt(6" not in out  # the answer is never shown


GRAD = sp.Matrix([2 * x * y, x**2])  # the gradient of x^2 y


@pytest.mark.parametrize(
    "answer, needle",
    [
        (sp.Matrix([2 * x * y, x**2]), "✓"),
        (sp.ImmutableMatrix([2 * y * x, x * x]), "✓"),
        (
            sp.Matrix([sp.Derivative(x**2 * y, x), sp.Derivative(x**2 * y, y)]),
            "✓",
        ),  # evaluated, not printed
        (
            sp.Matrix([2 * x * y, sp.Function("h")(x)]),
            "component 2 contains functions the problem does not have: h",
        ),
        (sp.Matrix([sp.zoo, x**2]), "component 1 is undefined"),
        (..., "not attempted yet (replace `...` with your 2 x 1 SymPy Matrix)"),
        (None, "your answer is None; expected a 2 x 1 SymPy Matrix"),
        ("2*x*y", "is a str; expected a 2 x 1 SymPy Matrix"),
        (2 * x * y, "expected a 2 x 1 SymPy Matrix"),
        (np.array([1.0, 2.0]), "is a NumPy array; expected a 2 x 1 SymPy Matrix"),
        (sp.Matrix([2 * x * y, x**2]).T, "your answer is 1 x 2; expected 2 x 1"),
        (sp.Matrix([2 * x * y, -(x**2)]), "component 2: off by a sign"),
        (sp.Matrix([x * y, x**2]), "component 1: off by a constant factor"),
        (
            sp.Matrix([2 * x * y, x**2 * sp.Symbol("zz")]),
            "component 2 contains symbols the problem does not have: zz",
        ),
    ],
)
def test_matrix_expr_feedback(capsys, answer, needle):
    ok, out = feedback(capsys, checks.check_matrix_expr, answer, GRAD, [x, y], name="gradient")
    assert ok == (needle == "✓") and needle in out, out


def test_matrix_expr_names_the_entry_of_a_matrix(capsys):
    hessian = sp.hessian(x**2 * y, (x, y))
    wrong = hessian.copy()
    wrong[1, 0] = -wrong[1, 0]
    ok, out = feedback(capsys, checks.check_matrix_expr, wrong, hessian, [x, y], name="Hessian")
    assert not ok and "entry (2, 1): off by a sign" in out, out


def test_transform_mismatch_names_the_computed_quantity(capsys):
    ok, out = feedback(
        capsys, checks.check_expr, 2 * x, x**2, [x], low=1, high=2, transform=lambda e: e**2
    )
    assert (
        not ok
        and "the quantity computed from your answer: off by a constant factor (yours is 4" in out
    ), out


@pytest.mark.parametrize(
    "answer, needle",
    [
        (x**2 / 8, "✓"),
        (..., "not attempted yet"),
        (None, "None"),
        ("x**2/8", "string"),
        ([x**2 / 8], "is a list"),
        (x * y, "symbols the problem does not have: y"),
        (-(x**2) / 8, "off by a sign"),
        (x**2 / 4, "constant factor (yours is 2"),
        (x / 8, "differs at x = "),
        (sp.I * x, "not a real number"),
        (sp.log(x - 5), "undefined"),
    ],
)
def test_expr_values_against_independent_numbers(capsys, answer, needle):
    brute = lambda v: np.max(np.abs(np.linspace(0, v, 10001) ** 2 / 8))  # noqa: E731  (x^2/8 on [0, v])
    ok, out = feedback(
        capsys,
        checks.check_expr_values,
        answer,
        [x],
        [(0.5,), (1.0,), (3.0,)],
        brute,
        rtol=1e-6,
        name="error",
    )
    assert ok == (needle == "✓") and needle in out, out


def square_grad(v):
    return 2 * v


@pytest.mark.parametrize(
    "fn, needle",
    [
        (square_grad, "✓"),
        (lambda v: None, "not attempted yet"),
        (lambda v: (_ for _ in ()).throw(NotImplementedError()), "not attempted yet"),
        (lambda v: -2 * v, "off by a sign"),
        (lambda v: v, "constant factor"),
        (lambda v: (2 * v)[:1], "shape"),
        (lambda v: sp.Matrix(list(v)), "symbolic"),
        (lambda v: np.full_like(v, np.nan), "NaN"),
        (lambda v: "grad", "string"),
        (lambda v: 1 / 0, "ZeroDivisionError"),
        ("not a function", "expected a function"),
    ],
)
def test_gradient_feedback(capsys, fn, needle):
    points = [np.array([0.3, -1.2, 2.0]), np.array([1.0, 2.0, -0.5])]
    ok, out = feedback(capsys, checks.check_gradient, fn, lambda v: float(v @ v), points)
    assert (needle == "✓") == ok and needle in out, out


@pytest.mark.parametrize(
    "answer, needle",
    [
        (np.eye(2), "✓"),
        (..., "not attempted"),
        (np.eye(3), "shape (3, 3)"),
        ([[1, 0], [0, np.nan]], "NaN"),
        (sp.eye(2), "symbolic"),
        (None, "None"),
        (np.array([[1.0, 2.0], [3.0, 4.0]]), "not symmetric"),
    ],
)
def test_array_feedback(capsys, answer, needle):
    def symmetric_orthogonal(a):
        if not np.allclose(a, a.T):
            return "not symmetric"
        return None if np.allclose(a @ a, np.eye(2)) else "A² is not the identity"

    ok, out = feedback(capsys, checks.check_array, answer, (2, 2), symmetric_orthogonal)
    assert (needle == "✓") == ok and needle in out, out


def test_close_scalar(capsys):
    assert feedback(capsys, checks.check_close, 0.5, 0.5)[0]
    ok, out = feedback(capsys, checks.check_close, 0.25, 0.5)
    assert not ok and "yours is 0.25, expected 0.5" in out


def test_grading_mode_raises(capsys, monkeypatch):
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    with pytest.raises(AssertionError, match="not attempted"):
        checks.check_close(..., 1.0)
    assert checks.check_close(1.0, 1.0)


def test_numerical_gradient_accuracy():
    f = lambda v: float(np.sin(v).sum())
    v = np.array([0.1, 1.0, 3.0])
    np.testing.assert_allclose(
        checks.numerical_gradient(f, v), np.cos(v), rtol=1e-9
    )  # O(eps^(2/3))


def test_a_verdict_is_truthy_and_displays_nothing(capsys):
    ok, bad = checks.check_close(1.0, 1.0), checks.check_close(2.0, 1.0)
    assert ok and not bad and ok == True and bad == False  # noqa: E712 (the verdict compares as a bool)
    assert ok._ipython_display_() is None  # IPython calls this instead of showing a repr
    assert repr(ok) == "Verdict(True)"
