# @title Answer checks (run this cell first; it defines the check_* helpers)
# This cell is generated from tools/checks.py, the one home of the book's answer checks.
# Each check tests a property of your answer (its value at random points, agreement with
# finite differences, a defining identity) and prints one line of feedback. It never shows
# the answer. Under nbgrader (NBGRADER_EXECUTION set) a failed check raises AssertionError.
import os

import numpy as np
import sympy as sp


class _Stop(Exception):
    """Carries one sentence of feedback out of a check."""


def _grading():
    return bool(os.environ.get("NBGRADER_EXECUTION"))


class Verdict:
    """What a check returns: true if the answer passed. As the last value of a cell it shows nothing
    (the printed line is the feedback), but `if check_...(...)` and `assert check_...(...)` work."""

    __slots__ = ("ok",)

    def __init__(self, ok):
        self.ok = bool(ok)

    def __bool__(self):
        return self.ok

    def __eq__(self, other):
        return self.ok == bool(other) if isinstance(other, (bool, Verdict)) else NotImplemented

    def __hash__(self):
        return hash(self.ok)

    def __repr__(self):
        return f"Verdict({self.ok})"

    def _ipython_display_(self):
        """Jupyter, Colab and the website show nothing for a verdict."""


def _finish(name, ok, message):
    mark = "✓" if ok else ("○" if message.startswith("not attempted yet") else "✗")
    line = f"{mark} {name}: {message}"
    print(line)
    if not ok and _grading():
        raise AssertionError(line)
    return Verdict(ok)


def _run(name, body):
    """Run a check body; turn _Stop and unexpected errors into one line of feedback."""
    try:
        return _finish(name, True, body())
    except _Stop as stop:
        return _finish(name, False, str(stop))
    except Exception as exc:  # the student's code raised: report it in one sentence
        return _finish(name, False, f"your code raised {type(exc).__name__}: {exc}")


def _attempted(value, what="answer"):
    if value is Ellipsis:
        raise _Stop("not attempted yet (replace `...` with your " + what + ")")


def _call(fn, *args):
    """Call the student's function; NotImplementedError or None means not attempted."""
    if not callable(fn):
        raise _Stop(f"expected a function, got {type(fn).__name__}")
    try:
        out = fn(*args)
    except NotImplementedError:
        raise _Stop("not attempted yet (the function still raises NotImplementedError)")
    if out is None or out is Ellipsis:
        raise _Stop(
            "not attempted yet (the function returns nothing: fill in its body and `return` a value)"
        )
    return out


def _as_array(value, shape=None, what="your answer"):
    """Validate and convert to a float array with the given shape, or stop with a sentence."""
    _attempted(value)
    if value is None:
        raise _Stop(f"{what} is None: did you forget a `return` or an assignment?")
    if isinstance(value, (str, bytes)):
        raise _Stop(f"{what} is a string; expected numbers")
    if isinstance(value, (sp.Basic, sp.MatrixBase)) or (
        isinstance(value, np.ndarray) and value.dtype == object
    ):
        raise _Stop(
            f"{what} is symbolic (SymPy); expected a NumPy array of numbers: "
            "evaluate it, e.g. with sp.lambdify"
        )
    try:
        arr = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise _Stop(f"{what} cannot be read as an array of numbers (got {type(value).__name__})")
    if shape is not None and arr.shape != tuple(shape):
        raise _Stop(f"{what} has shape {arr.shape}; expected {tuple(shape)}")
    if not np.all(np.isfinite(arr)):
        raise _Stop(f"{what} contains NaN or infinity")
    return arr


def _as_expr(value, symbols, what="your answer"):
    """Validate a SymPy expression in the given symbols, or stop with a sentence."""
    _attempted(value, "SymPy expression")
    if value is None:
        raise _Stop(f"{what} is None; expected a SymPy expression")
    if isinstance(value, str):
        raise _Stop(f"{what} is a string; write a SymPy expression (e.g. sp.exp(x)), not text")
    if isinstance(value, np.ndarray):
        raise _Stop(f"{what} is a NumPy array; expected a SymPy expression")
    if isinstance(value, (list, tuple, set, dict)):
        raise _Stop(f"{what} is a {type(value).__name__}; expected a single SymPy expression")
    try:
        expr = sp.sympify(value)
    except (sp.SympifyError, TypeError):
        raise _Stop(f"{what} is a {type(value).__name__}, not a SymPy expression")
    if (
        not isinstance(expr, sp.Expr) or expr.is_Matrix
    ):  # True, an equation, a matrix: not one expression
        raise _Stop(f"{what} is a SymPy {type(expr).__name__}, not a single expression")
    expr = expr.doit()  # an unevaluated Derivative or Integral is evaluated, not printed
    undefined = sorted(str(f.func) for f in expr.atoms(sp.core.function.AppliedUndef))
    if undefined:
        raise _Stop(f"{what} contains functions the problem does not have: {', '.join(undefined)}")
    if expr.has(sp.zoo, sp.nan):
        raise _Stop(f"{what} is undefined (it contains zoo or nan)")
    extra = set(getattr(expr, "free_symbols", set())) - set(symbols)
    if extra:
        names = ", ".join(sorted(str(s) for s in extra))
        raise _Stop(f"{what} contains symbols the problem does not have: {names}")
    return expr


def _describe_mismatch(got, want, where):
    """One sentence on how two arrays of values differ (sign, constant factor, first point)."""
    got, want = np.ravel(got), np.ravel(want)
    scale = np.maximum(1.0, np.abs(want))
    if np.allclose(got, -want, rtol=1e-8, atol=1e-10) and np.any(np.abs(want) > 1e-8):
        return "off by a sign everywhere"
    nz = np.abs(want) > 1e-8
    if nz.any() and np.allclose(got, 0, atol=1e-12):
        return "yours is zero at every test point; the correct value is not"
    if nz.sum() >= 2:
        ratio = got[nz] / want[nz]
        if np.allclose(ratio, ratio[0], rtol=1e-8) and not np.isclose(ratio[0], 1.0):
            return f"off by a constant factor (yours is {ratio[0]:.4g} times the correct value)"
    i = int(np.argmax(np.abs(got - want) / scale))
    return f"differs {where(i)}: yours is {got[i]:.6g}, expected {want[i]:.6g}"


def _compare_at(expr, symbols, pts, want, rtol, atol, at="", which="points"):
    """Verdict on a validated expression's values at the points `pts` (a row per point) against the
    values `want`: a "correct" sentence, or _Stop saying how they differ (prefixed by `at`)."""
    f_ans = sp.lambdify(symbols, expr, "numpy")
    with np.errstate(all="ignore"):
        got = np.array([complex(f_ans(*p)) for p in pts])
    want = np.asarray(want, dtype=complex)
    if not np.all(np.isfinite(got)):
        raise _Stop(
            at + "your expression is undefined (NaN or infinite) at some of the test points"
        )
    if np.allclose(got, want, rtol=rtol, atol=atol):
        return f"correct (agrees at {len(pts)} {which})"
    if np.any(np.abs(got.imag) > 1e-9 * np.maximum(1.0, np.abs(got))) and not np.any(want.imag):
        raise _Stop(at + "your expression is not a real number at some of the test points")

    def where(i):
        return "at " + ", ".join(f"{s} = {v:.3f}" for s, v in zip(symbols, pts[i]))

    raise _Stop(at + _describe_mismatch(got.real, want.real, where))


def _compare_expr(expr, truth, symbols, low, high, n, seed, at=""):
    """_compare_at with `truth` at n random points, uniform in [low, high] for each symbol."""
    pts = np.random.default_rng(seed).uniform(low, high, size=(n, len(symbols)))
    f_true = sp.lambdify(symbols, truth, "numpy")
    with np.errstate(all="ignore"):
        want = [complex(f_true(*p)) for p in pts]
    return _compare_at(expr, symbols, pts, want, 1e-9, 1e-12, at, which="random points")


def check_expr(
    answer, truth, symbols, name="answer", low=-2.0, high=2.0, n=25, seed=0, transform=None
):
    """Compare a SymPy expression with `truth` (a SymPy expression computed from the problem)
    at n random points, uniform in [low, high] for each symbol. With `transform`, the answer is
    first checked as an expression in `symbols` and then `transform(answer)` is compared with
    `truth`: a property of the answer is tested (the variance of U[-r, r] for an asked r, the
    derivative at an asked stationary point) and the answer itself is never shown."""
    symbols = list(symbols)

    def body():
        expr = _as_expr(answer, symbols)
        if transform is not None:
            expr = _as_expr(transform(expr), symbols, "the quantity computed from your answer")
        at = "" if transform is None else "the quantity computed from your answer: "
        return _compare_expr(expr, truth, symbols, low, high, n, seed, at)

    return _run(name, body)


def check_matrix_expr(answer, truth, symbols, name="answer", low=-2.0, high=2.0, n=25, seed=0):
    """Compare a SymPy Matrix with `truth` (a SymPy Matrix computed from the problem), entry by
    entry, at n random points as in check_expr; a column vector's entries are called components."""
    symbols, truth = list(symbols), sp.Matrix(truth)
    rows, cols = truth.shape
    shape = f"{rows} x {cols}"

    def body():
        _attempted(answer, f"{shape} SymPy Matrix")
        if not isinstance(answer, sp.MatrixBase):
            what = (
                "None"
                if answer is None
                else "a NumPy array"
                if isinstance(answer, np.ndarray)
                else f"a {type(answer).__name__}"
            )
            raise _Stop(
                f"your answer is {what}; expected a {shape} SymPy Matrix, e.g. sp.Matrix([...])"
            )
        if answer.shape != truth.shape:
            raise _Stop(f"your answer is {answer.shape[0]} x {answer.shape[1]}; expected {shape}")
        for i in range(rows):
            for j in range(cols):
                at = f"component {i + 1}: " if cols == 1 else f"entry ({i + 1}, {j + 1}): "
                expr = _as_expr(answer[i, j], symbols, at.rstrip(": "))
                _compare_expr(expr, truth[i, j], symbols, low, high, n, seed, at)
        return f"correct (every entry agrees at {n} random points)"

    return _run(name, body)


def check_expr_values(answer, symbols, points, reference, name="answer", rtol=1e-8, atol=1e-10):
    """Compare a SymPy expression in `symbols` with values computed independently of it (brute
    force, simulation): its value at each point of `points` against reference(*point)."""
    symbols = list(symbols)

    def body():
        expr = _as_expr(answer, symbols)
        return _compare_at(
            expr, symbols, points, [float(reference(*p)) for p in points], rtol, atol
        )

    return _run(name, body)


def check_derivative(answer, f, var, name="derivative", **kw):
    """The answer should be d f / d var (SymPy). Compared at random points."""
    var_list = sorted(sp.sympify(f).free_symbols, key=str)
    return check_expr(answer, sp.diff(f, var), var_list, name=name, **kw)


def check_array(answer, shape, prop, name="answer"):
    """Validate an array of the given shape, then check `prop(arr)`, which returns None when
    the property holds or a sentence saying what is off."""

    def body():
        arr = _as_array(answer, shape)
        problem = prop(arr)
        if problem:
            raise _Stop(problem)
        return "correct"

    return _run(name, body)


def check_close(answer, value, shape=(), rtol=1e-8, atol=1e-10, name="answer"):
    """The answer should equal `value`, a number computed in the check cell from the problem
    (for example by an independent numerical method), to the given tolerance."""

    def body():
        arr = _as_array(answer, shape)
        want = np.asarray(value, dtype=float)
        if np.allclose(arr, want, rtol=rtol, atol=atol):
            return "correct"
        where = (
            (lambda i: f"at entry {np.unravel_index(i, want.shape)}")
            if want.shape
            else (lambda i: "")
        )
        raise _Stop(_describe_mismatch(arr, want, where).replace("differs :", "differs:"))

    return _run(name, body)


def check_function(fn, cases, reference, shape_of=None, rtol=1e-8, atol=1e-10, name="function"):
    """Call fn(*case) for each case and compare with reference(*case), which the check cell
    computes independently from the problem (finite differences, a brute-force sum, ...).
    `shape_of(*case)` gives the expected output shape (default: the reference's shape)."""

    def body():
        for k, case in enumerate(cases):
            want = np.asarray(reference(*case), dtype=float)
            shape = want.shape if shape_of is None else tuple(shape_of(*case))
            got = _as_array(_call(fn, *case), shape, what=f"the output for test case {k + 1}")
            if not np.allclose(got, want, rtol=rtol, atol=atol):
                raise _Stop(
                    f"test case {k + 1}: "
                    + _describe_mismatch(
                        got, want, lambda i: f"at entry {np.unravel_index(i, want.shape)}"
                    )
                )
        return f"correct on {len(cases)} test case{'s' * (len(cases) != 1)}"

    return _run(name, body)


def numerical_gradient(f, x, h=None):
    """Central differences of a scalar function f at x (any shape), step h = eps^(1/3) * max(1, |x|)."""
    x = np.asarray(x, dtype=float)
    h = np.finfo(float).eps ** (1 / 3) if h is None else h
    g = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        step = h * max(1.0, abs(x[idx]))
        e = np.zeros_like(x)
        e[idx] = step
        g[idx] = (f(x + e) - f(x - e)) / (2 * step)
    return g


def check_gradient(grad_fn, f, points, name="gradient", rtol=1e-5, atol=1e-7):
    """grad_fn(x) should be the gradient of the scalar function f at each point x; compared with
    central differences, whose error O(eps^(2/3)) ~ 1e-11 relative is far below rtol."""
    return check_function(
        grad_fn,
        [(np.asarray(p, dtype=float),) for p in points],
        lambda x: numerical_gradient(f, x),
        rtol=rtol,
        atol=atol,
        name=name,
    )
