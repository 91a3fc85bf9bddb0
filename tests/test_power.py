"""Verification must have power (CONTRIBUTING.md): each entry below perturbs the constant, exponent or
rate of a result inside its `# verifies:` cell (a factor 2 or 1/2, an exponent off by one, a deleted
term) and the perturbed notebook must fail with an AssertionError in that cell. A check that passes a
wrong constant verifies nothing; this list records, for every result it names, which errors the
verification rejects. Add an entry when you add or repair a verification.

Each case runs the chapter's code cells up to the perturbed one in a fresh Python process
(matplotlib's Agg backend), so a case costs at most the time of its chapter."""

import json
import os
import subprocess
import sys

import pytest

from booktools import ROOT

# (chapter, label verified by the cell, text in the cell, its wrong replacement)
PERTURBATIONS = [
    ("01_learning_problem", "prop-01-excess-risk", "est_k <= 2 * Delta", "est_k <= 1 * Delta"),
    (
        "02_linear_models",
        "thm-02-ridge-svd",
        "bound = lam_ / s3[2] ** 3",
        "bound = lam_ / s3[2] ** 4",
    ),
    (
        "02_linear_models",
        "thm-02-ridge-svd",
        "bound = lam_ / s3[2] ** 3",
        "bound = lam_ / s3[2] ** 2",
    ),
    (
        "02_linear_models",
        "thm-02-ridge-svd",
        "bound = lam_ / s3[2] ** 3",
        "bound = lam_ / 2 / s3[2] ** 3",
    ),
    (
        "03_gradient_methods",
        "thm-03-gd-convex",
        "ratio_h = f_h(x_h) / (L_h * R_h**2 / (2 * k_h))",
        "ratio_h = f_h(x_h) / (L_h * R_h**2 / (2 * k_h**2))",
    ),
    (
        "03_gradient_methods",
        "thm-03-gd-strong",
        "(1 - mu_w / L_w) ** k_w * r_w[0]",
        "(1 - 2 * mu_w / L_w) ** k_w * r_w[0]",
    ),
    ("03_gradient_methods", "thm-03-newton", "r1 = e1[1:] / (M1 *", "r1 = e1[1:] / (M1 / 2 *"),
    ("03_gradient_methods", "thm-03-newton", "r1 = e1[1:] / (M1 *", "r1 = e1[1:] / (M1 * 2 *"),
    (
        "03_gradient_methods",
        "thm-03-sgd",
        "nu_1 = c_1**2 * s_1**2 / (mu_1 * c_1 - 1)",
        "nu_1 = c_1**2 * s_1**2 / (mu_1 * c_1 - 1) / 2",
    ),
    (
        "03_gradient_methods",
        "thm-03-sgd",
        "ratio_1 = np.array(a_1) * (np.arange(401) + k0_1) / nu_1",
        "ratio_1 = np.array(a_1) * (np.arange(401) + k0_1) ** 2 / nu_1",
    ),
    (
        "04_momentum_adaptive",
        "thm-04-nesterov-general",
        "(np.arange(2, 32)) ** 2 / 2",
        "(np.arange(2, 32)) ** 2 / 1",
    ),
    (
        "04_momentum_adaptive",
        "thm-04-nesterov-general",
        "(np.arange(2, 32)) ** 2 / 2",
        "(np.arange(2, 32)) ** 3 / 2",
    ),
    (
        "04_momentum_adaptive",
        "thm-04-nesterov-general",
        "(1 - 1 / math.sqrt(kap_q)) ** k_q * start_q",
        "(1 - 2 / math.sqrt(kap_q)) ** k_q * start_q",
    ),
    (
        "07_expressivity",
        "thm-07-regions",
        "assert count == r_bound(n, 3)",
        "assert count == r_bound(n, 2)",
    ),
    (
        "08_init_norm_reg",
        "cor-08-bn-backward",
        "dZ, dgamma, dbeta = bn_backward(G, Z, gamma)",
        "dZ, dgamma, dbeta = bn_backward(G, Z, gamma)\ndbeta = 2 * dbeta",
    ),
    (
        "08_init_norm_reg",
        "thm-08-relu-input-gradient",
        "widths_g[k] * vs_g[k - 1] / 2",
        "widths_g[k] * vs_g[k - 1] / 1",
    ),
    (
        "09_generalisation",
        "thm-09-rademacher-bound",
        "t_c = math.sqrt(math.log(1 / 0.01) / (2 * n_c))",
        "t_c = 0.0",
    ),
    (
        "09_generalisation",
        "thm-09-rademacher-bound",
        "t_c = math.sqrt(math.log(1 / 0.01) / (2 * n_c))",
        "t_c = math.sqrt(math.log(1 / 0.01) / (2 * n_c)) / 2",
    ),
    (
        "09_generalisation",
        "cor-09-vc-rademacher",
        "bound_c = 2 * math.sqrt(",
        "bound_c = 0.2 * math.sqrt(",
    ),
    (
        "10_overparameterisation",
        "thm-10-gd-min-norm",
        "rho ** np.arange(61), rtol",
        "rho ** (2 * np.arange(61)), rtol",
    ),
    (
        "04_momentum_adaptive",
        "thm-04-pl-linear",
        "c_rate = 2 * L_pl * eta_ * (1 - L_pl * eta_ / 2)  # mu = L",
        "c_rate = 4 * L_pl * eta_ * (1 - L_pl * eta_ / 2)  # mu = L",
    ),
    (
        "09_generalisation",
        "thm-09-mcdiarmid",
        "t_c = math.sqrt(math.log(1 / 0.01) / (2 * n_c))",
        "t_c = math.sqrt(math.log(1 / 0.01) / (2 * n_c)) / 2",
    ),
    (
        "07_expressivity",
        "thm-07-uat-d",
        "assert abs(err - 1 / N) < 1e-12",
        "assert abs(err - 1 / (2 * N)) < 1e-12",
    ),
]

RUNNER = r"""
import json, sys, traceback
cells, target = json.load(open(sys.argv[1])), int(sys.argv[2])
ns = {"__name__": "__main__"}
for i, src in enumerate(cells):
    src = "\n".join(l for l in src.splitlines() if not l.lstrip().startswith(("%", "!")))
    try:
        exec(compile(src, f"cell{i}", "exec"), ns)
    except AssertionError:
        sys.exit(3 if i == target else 4)
    except Exception:
        traceback.print_exc()
        sys.exit(5)
sys.exit(0)
"""


def perturbed_cells(chapter, label, old, new):
    nb = json.loads((ROOT / "chapters" / f"{chapter}.ipynb").read_text())
    code = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]
    for i, src in enumerate(code):
        first = src.lstrip().splitlines()[0] if src.strip() else ""
        if first.startswith("# verifies:") and label in first and old in src:
            return code[:i] + [src.replace(old, new, 1)], i
    raise AssertionError(f"no cell verifying {label} contains {old!r}")


@pytest.mark.parametrize(
    "chapter, label, old, new", PERTURBATIONS, ids=[f"{p[1]}: {p[3]}" for p in PERTURBATIONS]
)
def test_the_verification_rejects_a_wrong_constant(chapter, label, old, new, tmp_path):
    cells, target = perturbed_cells(chapter, label, old, new)
    (tmp_path / "cells.json").write_text(json.dumps(cells))
    (tmp_path / "run.py").write_text(RUNNER)
    env = dict(os.environ, MPLBACKEND="Agg")
    out = subprocess.run(
        [sys.executable, str(tmp_path / "run.py"), str(tmp_path / "cells.json"), str(target)],
        cwd=ROOT / "chapters",
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 3, (
        f"{label} with {new!r}: expected an AssertionError in its verifying cell, got exit "
        f"{out.returncode}\n{out.stderr[-2000:]}"
    )
