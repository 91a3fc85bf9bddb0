"""Perturbations that chapter 07's verifying cells must reject (tools/power.py says how they run)."""

CASES = [
    (
        "thm-07-regions",
        "assert count == r_bound(n, 3)",
        "assert count == r_bound(n, 2)",
    ),
    (
        "thm-07-uat-d",
        "assert abs(err - 1 / N) < 1e-12",
        "assert abs(err - 1 / (2 * N)) < 1e-12",
    ),
]
