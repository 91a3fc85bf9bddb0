"""Perturbations that chapter 01's verifying cells must reject (tools/power.py says how they run)."""

CASES = [
    # E R_hat_n(f) = R(f) and Var R_hat_n(f) = sigma_f^2 / n
    ("prop-01-empirical-risk", "assert mean_e == R_e", "assert mean_e == R_e * (n_e - 1) / n_e"),
    ("prop-01-empirical-risk", "== sig2_e / n_e", "== sig2_e / (n_e - 1)"),
    ("prop-01-empirical-risk", "== sig2_e / n_e", "== sig2_e / n_e**2"),
    ("prop-01-empirical-risk", "dev2.mean() - var_f / 100", "dev2.mean() - var_f / 50"),
    ("prop-01-empirical-risk", "dev2.mean() - var_f / 100", "dev2.mean() - var_f / 200"),
    # R(f) - R(eta) = E (f(X) - eta(X))^2
    (
        "thm-01-regression-function",
        "(loss_f - loss_eta, gap_exact)",
        "(loss_f - loss_eta, 2 * gap_exact)",
    ),
    (
        "thm-01-regression-function",
        "(loss_f - loss_eta, gap_exact)",
        "(loss_f - loss_eta, 0.5 * gap_exact)",
    ),
    # the Bayes threshold ignores the prior; the excess-risk integrand |2 eta - 1| p_X off by 2
    ("thm-01-bayes-classifier", "pi_: PI}", "pi_: 0.5}"),
    (
        "thm-01-bayes-classifier",
        "integrand = lambda s: np.abs(",
        "integrand = lambda s: 2 * np.abs(",
    ),
    (
        "thm-01-bayes-classifier",
        "integrand = lambda s: np.abs(",
        "integrand = lambda s: 0.5 * np.abs(",
    ),
    # part 3 with g = f*_F, on polynomial regression: the bound halved and doubled
    (
        "prop-01-excess-risk",
        "bound = (R_hat - emp(c_hat)) + (emp(c_F) - R_F)",
        "bound = 0.5 * ((R_hat - emp(c_hat)) + (emp(c_F) - R_F))",
    ),
    (
        "prop-01-excess-risk",
        "bound = (R_hat - emp(c_hat)) + (emp(c_F) - R_F)",
        "bound = 2 * ((R_hat - emp(c_hat)) + (emp(c_F) - R_F))",
    ),
    # part 3, est <= 2 Delta_n, on a finite class
    ("prop-01-excess-risk", "bound_k = 2 * Delta", "bound_k = 1 * Delta"),
    ("prop-01-excess-risk", "bound_k = 2 * Delta", "bound_k = 4 * Delta"),
    # noise + bias^2 + variance: each term dropped or off by 2
    ("thm-01-bias-variance", "rhs = sigma**2 + bias2 + var", "rhs = sigma**2 + var"),
    ("thm-01-bias-variance", "rhs = sigma**2 + bias2 + var", "rhs = bias2 + var"),
    ("thm-01-bias-variance", "rhs = sigma**2 + bias2 + var", "rhs = sigma**2 + 2 * bias2 + var"),
    ("thm-01-bias-variance", "rhs = sigma**2 + bias2 + var", "rhs = sigma**2 + bias2 + 0.5 * var"),
    ("thm-01-bias-variance", "rhs = sigma**2 + bias2 + var", "rhs = sigma**2 + bias2 + 2 * var"),
    # no free lunch: 1/2 in place of 1/4; the key step's factor 1/2 and its exponent m
    ("thm-01-no-free-lunch", "assert 4 * total.max() >=", "assert 2 * total.max() >="),
    ("thm-01-no-free-lunch", "key_gap = 2 * total.sum()", "key_gap = total.sum()"),
    ("thm-01-no-free-lunch", "unseen = C * (C - 1) ** m", "unseen = C * (C - 1) ** (m - 1)"),
    ("thm-01-no-free-lunch", "unseen = C * (C - 1) ** m", "unseen = C * (C - 1) ** (m + 1)"),
]
