"""Perturbations that chapter 04's verifying cells must reject (tools/power.py says how they run)."""

CASES = [
    (
        "thm-04-nesterov-general",
        "(np.arange(2, 32)) ** 2 / 2",
        "(np.arange(2, 32)) ** 2 / 1",
    ),
    (
        "thm-04-nesterov-general",
        "(np.arange(2, 32)) ** 2 / 2",
        "(np.arange(2, 32)) ** 3 / 2",
    ),
    (
        "thm-04-nesterov-general",
        "(1 - 1 / math.sqrt(kap_q)) ** k_q * start_q",
        "(1 - 2 / math.sqrt(kap_q)) ** k_q * start_q",
    ),
    (
        "thm-04-pl-linear",
        "c_rate = 2 * L_pl * eta_ * (1 - L_pl * eta_ / 2)  # mu = L",
        "c_rate = 4 * L_pl * eta_ * (1 - L_pl * eta_ / 2)  # mu = L",
    ),
]
