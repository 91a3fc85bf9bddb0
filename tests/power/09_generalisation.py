"""Perturbations that chapter 09's verifying cells must reject (tools/power.py says how they run)."""

CASES = [
    (
        "thm-09-rademacher-bound",
        "t_c = math.sqrt(math.log(1 / 0.01) / (2 * n_c))",
        "t_c = 0.0",
    ),
    (
        "thm-09-rademacher-bound",
        "t_c = math.sqrt(math.log(1 / 0.01) / (2 * n_c))",
        "t_c = math.sqrt(math.log(1 / 0.01) / (2 * n_c)) / 2",
    ),
    (
        "cor-09-vc-rademacher",
        "bound_c = 2 * math.sqrt(",
        "bound_c = 0.2 * math.sqrt(",
    ),
    (
        "thm-09-mcdiarmid",
        "t_c = math.sqrt(math.log(1 / 0.01) / (2 * n_c))",
        "t_c = math.sqrt(math.log(1 / 0.01) / (2 * n_c)) / 2",
    ),
]
