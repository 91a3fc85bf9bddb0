"""Perturbations that chapter 04's verifying cells must reject (tools/power.py says how they run)."""

CASES = [
    # rho(T_lambda) = q for every lambda in [mu, L] (eigvals against the formula)
    (
        "thm-04-heavy-ball-rate",
        "return 4 / (math.sqrt(L) + math.sqrt(mu)) ** 2, q**2",
        "return 2 / (math.sqrt(L) + math.sqrt(mu)) ** 2, q**2",
    ),
    (
        "thm-04-heavy-ball-rate",
        "return 4 / (math.sqrt(L) + math.sqrt(mu)) ** 2, q**2",
        "return 4 / (math.sqrt(L) + math.sqrt(mu)) ** 2, q",
    ),
    # the bound (k + 1) q^(k-1) (|e_0| + |e_1|), attained up to k/(k+1) on the Jordan block
    (
        "thm-04-heavy-ball-rate",
        "bound_j = (k_j + 1) * q_hb ** (k_j - 1)",
        "bound_j = (k_j + 1) * q_hb**k_j",
    ),
    (
        "thm-04-heavy-ball-rate",
        "bound_j = (k_j + 1) * q_hb ** (k_j - 1)",
        "bound_j = (k_j + 1) / 2 * q_hb ** (k_j - 1)",
    ),
    (
        "prop-04-hb-optimal",
        "q_opt = (math.sqrt(kappa_) - 1) / (math.sqrt(kappa_) + 1)",
        "q_opt = (kappa_ - 1) / (kappa_ + 1)",
    ),
    (
        "prop-04-hb-optimal",
        "q_opt = (math.sqrt(kappa_) - 1) / (math.sqrt(kappa_) + 1)",
        "q_opt = (kappa_**0.25 - 1) / (kappa_**0.25 + 1)",
    ),
    (
        "lem-04-two-term",
        "rho**k * abs(u[0]) + k * rho ** (k - 1)",
        "rho**k * abs(u[0]) + k / 2 * rho ** (k - 1)",
    ),
    (
        "lem-04-two-term",
        "rho**k * abs(u[0]) + k * rho ** (k - 1)",
        "rho**k * abs(u[0]) + k * rho**k",
    ),
    (
        "lem-04-two-term",
        "second = (k + 1) * rho ** (k - 1)",
        "second = (k + 1) / 2 * rho ** (k - 1)",
    ),
    ("lem-04-two-term", "second = (k + 1) * rho ** (k - 1)", "second = k * rho**k"),
    # the first bound's constant k doubled, and the second's k + 1 doubled: both are nearly attained
    (
        "lem-04-two-term",
        "rho**k * abs(u[0]) + k * rho ** (k - 1)",
        "rho**k * abs(u[0]) + 2 * k * rho ** (k - 1)",
    ),
    (
        "lem-04-two-term",
        "second = (k + 1) * rho ** (k - 1)",
        "second = 2 * (k + 1) * rho ** (k - 1)",
    ),
    (
        "thm-04-nesterov-quadratic",
        "q_n = 1 - math.sqrt(mu / L)",
        "q_n = 1 - 2 * math.sqrt(mu / L)",
    ),
    (
        "thm-04-nesterov-quadratic",
        "q_n = 1 - math.sqrt(mu / L)",
        "q_n = 1 - 0.5 * math.sqrt(mu / L)",
    ),
    (
        "thm-04-nesterov-quadratic",
        "bound = (k + 1) * q_n ** (k - 1)",
        "bound = (k + 1) * q_n ** (2 * k - 2)",
    ),
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
    (
        "thm-04-pl-linear",
        "c_rate = 2 * L_pl * eta_ * (1 - L_pl * eta_ / 2)  # mu = L",
        "c_rate = 1 * L_pl * eta_ * (1 - L_pl * eta_ / 2)  # mu = L",
    ),
    (
        "thm-04-pl-linear",
        "c_rate = 2 * L_pl * eta_ * (1 - L_pl * eta_ / 2)  # mu = L",
        "c_rate = 2 * L_pl * eta_ * (1 - L_pl * eta_)  # mu = L",
    ),
    # E[m_t] = (1 - beta1^t) gamma and E[v_t] = (1 - beta2^t) nu, nu the second moment (Monte Carlo)
    ("prop-04-adam-bias", "(m, (1 - 0.9**t_) * gamma)", "(m, (1 - 0.9 ** (t_ + 1)) * gamma)"),
    ("prop-04-adam-bias", "(m, (1 - 0.9**t_) * gamma)", "(m, gamma)"),
    (
        "prop-04-adam-bias",
        "(v, (1 - 0.999**t_) * (gamma**2 + sd**2))",
        "(v, (1 - 0.999 ** (t_ - 1)) * (gamma**2 + sd**2))",
    ),
    (
        "prop-04-adam-bias",
        "(v, (1 - 0.999**t_) * (gamma**2 + sd**2))",
        "(v, (1 - 0.999**t_) * sd**2)",
    ),
]
