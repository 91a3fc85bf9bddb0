"""Perturbations that chapter 02's verifying cells must reject (tools/power.py says how they run)."""

CASES = [
    # X^T X w = X^T y, and the exact rise |X v|^2 / 2 from a minimiser
    ("thm-02-normal-equations", "X.T @ (X @ w_star - y)", "X.T @ (X @ w_star - 2 * y)"),
    ("thm-02-normal-equations", "0.5 * np.sum((X @ v) ** 2)", "np.sum((X @ v) ** 2)"),
    ("thm-02-normal-equations", "0.5 * np.sum((X @ v) ** 2)", "0.25 * np.sum((X @ v) ** 2)"),
    # (X^T X + lam I)^{-1} X^T y, and the growth lam |v|^2 / 2 (an equality along ker X)
    ("prop-02-ridge-closed-form", "X.T @ X + lam * np.eye", "X.T @ X + 2 * lam * np.eye"),
    ("prop-02-ridge-closed-form", "0.5 * lam_ * v0 @ v0", "lam_ * v0 @ v0"),
    ("prop-02-ridge-closed-form", "0.5 * lam_ * v0 @ v0", "0.25 * lam_ * v0 @ v0"),
    # the three negative log-likelihoods
    (
        "thm-02-mle",
        "n / 2 * np.log(2 * np.pi * v_)",
        "n * np.log(2 * np.pi * v_)",
    ),
    ("thm-02-mle", "ls_loss(w, X, y_gauss) / v_", "ls_loss(w, X, y_gauss) / (2 * v_)"),
    (
        "thm-02-mle",
        "w_ml = np.linalg.lstsq(X, y_gauss, rcond=None)[0]",
        "w_ml = ridge(X, y_gauss, v_)",
    ),
    ("thm-02-mle", "np.log1p(np.exp(zl)) - y01 * zl", "np.log1p(np.exp(zl)) + y01 * zl"),
    (
        "thm-02-mle",
        "logsumexp(Z) - np.sum(Y * Z, axis=1)",
        "logsumexp(Z) - 2 * np.sum(Y * Z, axis=1)",
    ),
    # gradient X^T (p - y) / n and Hessian X^T S X / n
    ("prop-02-logistic-convex", "- y) / len(y)", "+ y) / len(y)"),
    ("prop-02-logistic-convex", "(p * (1 - p))[:, None]", "(p * (1 - p) / 2)[:, None]"),
    ("prop-02-logistic-convex", "(p * (1 - p))[:, None]", "(p * (1 + p))[:, None]"),
    # diag(p) - p p^T, p - y, (p - y) x^T, (P - Y)^T X / n
    (
        "prop-02-softmax-jacobian",
        "np.diag(p) - np.outer(p, p)",
        "np.diag(p) - 2 * np.outer(p, p)",
    ),
    ("prop-02-softmax-jacobian", "p - y, rtol=1e-13", "y - p, rtol=1e-13"),
    (
        "prop-02-softmax-jacobian",
        "np.outer(softmax_c(W @ x) - y, x)",
        "np.outer(y - softmax_c(W @ x), x)",
    ),
    ("prop-02-softmax-jacobian", "(P - Y).T @ X / 6", "(P - Y).T @ X"),
    # lse(z) = c + lse(z - c); m <= lse(z) <= m + log K, both attained
    ("prop-02-lse-shift", "c + logsumexp(z - c)", "-c + logsumexp(z - c)"),
    (
        "prop-02-lse-shift",
        "upper, lower = z_eq.max() + np.log(len(z_eq))",
        "upper, lower = z_eq.max() + 2 * np.log(len(z_eq))",
    ),
    (
        "prop-02-lse-shift",
        "upper, lower = z_eq.max() + np.log(len(z_eq))",
        "upper, lower = z_eq.max() + 0.5 * np.log(len(z_eq))",
    ),
    (
        "prop-02-lse-shift",
        "upper, lower = z_eq.max() + np.log(len(z_eq)), z_dom.max()",
        "upper, lower = z_eq.max() + np.log(len(z_eq)), z_dom.max() + np.log(2) / 2",
    ),
    # lam = v / tau^2
    ("thm-02-ridge-map", "ridge(X, y, v_ / tau**2)", "ridge(X, y, 2 * v_ / tau**2)"),
    ("thm-02-ridge-map", "ridge(X, y, v_ / tau**2)", "ridge(X, y, v_ / tau)"),
    ("thm-02-ridge-map", "ridge(X, y, v_ / tau**2)", "ridge(X, y, np.sqrt(v_) / tau**2)"),
    # |w_lam - w+| <= lam |y| / s_r^3, nearly attained at y = u_r
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
    (
        "thm-02-ridge-svd",
        "bound = lam_ / s3[2] ** 3",
        "bound = 2 * lam_ / s3[2] ** 3",
    ),
]
