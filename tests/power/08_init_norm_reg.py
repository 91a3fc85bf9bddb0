"""Perturbations that chapter 08's verifying cells must reject (tools/power.py says how they run)."""

CASES = [
    # lem-08-relu-symmetric: E relu(z)^2 = E z^2 / 2, E relu'(z)^2 = (1 - P(z = 0)) / 2
    ("lem-08-relu-symmetric", "relu_moment - second_moment / 2", "relu_moment - second_moment / 4"),
    ("lem-08-relu-symmetric", "== Fraction(1, 2) * sum(t**2", "== Fraction(1, 3) * sum(t**2"),
    ("lem-08-relu-symmetric", "Fraction(1, 2) * (1 - p_zero)", "Fraction(1, 2)"),
    # lem-08-linear-variance: E z_i^2 = v sum_j E a_j^2, E z_i z_k = 0
    ("lem-08-linear-variance", "fwd - vsym * (asym.T", "fwd - 2 * vsym * (asym.T"),
    ("lem-08-linear-variance", "fwd - vsym * (asym.T", "fwd - vsym / 2 * (asym.T"),
    ("lem-08-linear-variance", "ms_pred = v * np.sum", "ms_pred = 2 * v * np.sum"),
    ("lem-08-linear-variance", "ms_pred = v * np.sum", "ms_pred = v / 2 * np.sum"),
    # thm-08-backward-linear: each layer multiplies E|delta|^2 by n_{l-1} v_l (n_in, not n_out)
    ("thm-08-backward-linear", "bwd - 3 * vsym", "bwd - 2 * vsym"),
    ("thm-08-backward-linear", "fac = [widths[k - 1] * vs[k - 1]", "fac = [widths[k] * vs[k - 1]"),
    ("thm-08-backward-linear", "c ** (L - np.arange(L + 1))", "c ** (L + 1 - np.arange(L + 1))"),
    ("thm-08-backward-linear", "c ** (L - np.arange(L + 1))", "(c / 2) ** (L - np.arange(L + 1))"),
    # thm-08-forward-variance: q_1 = v_1 |x|^2, q_l = n_{l-1} v_l q_{l-1} / 2
    ("thm-08-forward-variance", "factor = 0.5 if nonlinear", "factor = 1.0 if nonlinear"),
    ("thm-08-forward-variance", "factor = 0.5 if nonlinear", "factor = 0.25 if nonlinear"),
    ("thm-08-forward-variance", "else 1.0", "else 0.5"),
    ("thm-08-forward-variance", "q = [vs[0] * x @ x]", "q = [2 * vs[0] * x @ x]"),
    ("thm-08-forward-variance", "widths[l] * vs[l] * q[-1]", "widths[l + 1] * vs[l] * q[-1]"),
    # cor-08-glorot: v = 2 / (n_in + n_out), FB <= 1 with equality iff equal widths, F / B = n_0 / n_L
    ("cor-08-glorot", "Fraction(2, a + b)", "Fraction(4, a + b)"),
    ("cor-08-glorot", "Fraction(2, a + b)", "Fraction(1, a + b)"),
    ("cor-08-glorot", "F / B == Fraction(w[0], w[-1])", "F / B == Fraction(w[-1], w[0])"),
    # prop-08-norm-jacobian: (I - 11^T / d - xhat xhat^T / d) / sigma
    (
        "prop-08-norm-jacobian",
        "form1 = (I - one * one.T / d - xh * xh.T / d) / s",
        "form1 = (I - one * one.T / d - xh * xh.T / (2 * d)) / s",
    ),
    (
        "prop-08-norm-jacobian",
        "form1 = (I - one * one.T / d - xh * xh.T / d) / s",
        "form1 = (I - xh * xh.T / d) / s",
    ),
    (
        "prop-08-norm-jacobian",
        "- np.outer(zhat, zhat) / d) / sigma",
        "- 2 * np.outer(zhat, zhat) / d) / sigma",
    ),
    (
        "prop-08-norm-jacobian",
        "- np.outer(zhat, zhat) / d) / sigma",
        "- np.outer(zhat, zhat) / d) / sigma**2",
    ),
    # cor-08-bn-backward: (N g - 1 (1^T g) - xhat (xhat^T g)) / (N sigma)
    (
        "cor-08-bn-backward",
        "(d * g - one * (one.T * g) - xh * (xh.T * g)) / (d * s)",
        "(d * g - one * (one.T * g)) / (d * s)",
    ),
    (
        "cor-08-bn-backward",
        "(d * g - one * (one.T * g) - xh * (xh.T * g)) / (d * s)",
        "(d * g - one * (one.T * g) - xh * (xh.T * g)) / s",
    ),
    (
        "cor-08-bn-backward",
        "dZ, dgamma, dbeta = bn_backward(G, Z, gamma)",
        "dZ, dgamma, dbeta = bn_backward(G, Z, gamma)\ndbeta = 2 * dbeta",
    ),
    (
        "cor-08-bn-backward",
        "dZ, dgamma, dbeta = bn_backward(G, Z, gamma)",
        "dZ, dgamma, dbeta = bn_backward(G, Z, gamma)\ndgamma = 2 * dgamma",
    ),
    # thm-08-bn-scale: invariance for rho > 0, rows orthogonal, grad L(rho W) = grad L(W) / rho
    (
        "thm-08-bn-scale",
        "standardise(X @ (a[:, None] * W).T",
        "standardise(X @ (-a[:, None] * W).T",
    ),
    ("thm-08-bn-scale", "np.sum(g * W, axis=1)", "np.sum(g * W, axis=0)"),
    ("thm-08-bn-scale", "5.0 * g_scaled, g", "5.0**2 * g_scaled, g"),
    ("thm-08-bn-scale", "5.0 * g_scaled, g", "g_scaled, g"),
    (
        "thm-08-relu-input-gradient",
        "widths_g[k] * vs_g[k - 1] / 2",
        "widths_g[k] * vs_g[k - 1] / 1",
    ),
    (
        "thm-08-relu-input-gradient",
        "widths_g[k] * vs_g[k - 1] / 2",
        "widths_g[k] * vs_g[k - 1] / 4",
    ),
    (
        "thm-08-relu-input-gradient",
        "pred = widths_g[0] * vs_g[-1]",
        "pred = widths_g[-1] * vs_g[-1]",
    ),
    # prop-08-dropout-unbiased: E x~ = x, Cov x~ = (1 - p) / p diag(x^2)
    ("prop-08-dropout-unbiased", "assert mean == xv", "assert mean == [2 * t for t in xv]"),
    ("prop-08-dropout-unbiased", "(1 - p) / p * xv[i] ** 2", "(1 - p) / p / 2 * xv[i] ** 2"),
    ("prop-08-dropout-unbiased", "(1 - p) / p * xv[i] ** 2", "(1 - p) * xv[i] ** 2"),
    # thm-08-dropout-ridge: |y - Xw|^2 + (1 - p) / p sum_j w_j^2 sum_i X_ij^2
    ("thm-08-dropout-ridge", "+ (1 - ps) / ps * sum(", "+ (1 - ps) / ps**2 * sum("),
    ("thm-08-dropout-ridge", "+ (1 - ps) / ps * sum(", "+ 2 * (1 - ps) / ps * sum("),
    ("thm-08-dropout-ridge", "+ (1 - p) / p * np.sum(", "+ 2 * (1 - p) / p * np.sum("),
    ("thm-08-dropout-ridge", "+ (1 - p) / p * np.sum(", "+ (1 - p) / p / 2 * np.sum("),
]
