"""Perturbations that chapter 10's verifying cells must reject (tools/power.py says how they run)."""

CASES = [
    (
        "thm-10-gd-min-norm",
        "rho ** np.arange(61), rtol",
        "rho ** (2 * np.arange(61)), rtol",
    ),
]
