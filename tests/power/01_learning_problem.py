"""Perturbations that chapter 01's verifying cells must reject (tools/power.py says how they run)."""

CASES = [
    (
        "prop-01-excess-risk",
        "est_k <= 2 * Delta",
        "est_k <= 1 * Delta",
    ),
]
