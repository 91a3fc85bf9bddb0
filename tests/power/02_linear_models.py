"""Perturbations that chapter 02's verifying cells must reject (tools/power.py says how they run)."""

CASES = [
    (
        "thm-02-ridge-svd",
        "bound = lam_ / s3[2] ** 3",
        "bound = lam_ / s3[2] ** 4",
    ),
    (
        "thm-02-ridge-svd",
        "bound = lam_ / s3[2] ** 3",
        "bound = lam_ / s3[2] ** 2",
    ),
    (
        "thm-02-ridge-svd",
        "bound = lam_ / s3[2] ** 3",
        "bound = lam_ / 2 / s3[2] ** 3",
    ),
]
