"""Perturbations that chapter 16's verifying cells must reject (tools/power.py says how they run)."""

CASES = [
    # D* = p_d / (p_d + p_g), and C(G) = -log 4 + 2 JS
    (
        "prop-16-optimal-discriminator",
        "d_star = p_d / (p_d + p_g)",
        "d_star = p_d / (p_d + 2 * p_g)",
    ),
    ("thm-16-gan-js", "(-np.log(4) + 2 * js(p_d, p_g))", "(-np.log(4) + js(p_d, p_g))"),
    (
        "thm-16-gan-js",
        "gan_value(np.full(6, 0.5), p, p) + np.log(4)",
        "gan_value(np.full(6, 0.5), p, p) + np.log(2)",
    ),
    # the gradient ratio bound delta / (1 - delta), nearly attained (ratio / bound = 0.82)
    ("prop-16-nonsaturating", ", delta / (1 - delta)", ", delta / (1 - delta) / 2"),
    ("prop-16-nonsaturating", ", delta / (1 - delta)", ", 2 * delta / (1 - delta)"),
    ("prop-16-nonsaturating", ", delta / (1 - delta)", ", delta"),
    # JS = log 2 on disjoint supports; W1 = |theta| (primal and dual)
    ("prop-16-disjoint", "js(p0, pt) - np.log(2)", "js(p0, pt) - np.log(4)"),
    ("thm-16-kr", "w1_matching(P0, Pt) - abs(theta)", "w1_matching(P0, Pt) - 2 * abs(theta)"),
    ("thm-16-kr", "abs(primal - dual)", "abs(primal - 0.5 * dual)"),
    # GDA's growth factors 1 + eta^2 s^2 (attained on singular vectors); alternating GDA's invariant
    (
        "thm-16-gda",
        "lower, upper = 1 + eta**2 * s[-1] ** 2",
        "lower, upper = 1 + 2 * eta**2 * s[-1] ** 2",
    ),
    (
        "thm-16-gda",
        "lower, upper = 1 + eta**2 * s[-1] ** 2",
        "lower, upper = 1 + eta**2 * s[-1] ** 2 / 2",
    ),
    ("thm-16-gda", ", 1 + eta**2 * s[0] ** 2", ", 1 + eta**2 * s[0] ** 2 / 2"),
    ("thm-16-gda", ", 1 + eta**2 * s[0] ** 2", ", 1 + 2 * eta**2 * s[0] ** 2"),
    ("thm-16-gda", "lo, hi = Q[0] / (1 + eta * abs(a) / 2)", "lo, hi = Q[0] / (1 + eta * abs(a))"),
    (
        "thm-16-gda",
        "hi = Q[0] / (1 + eta * abs(a) / 2), Q[0] / (1 - eta * abs(a) / 2)",
        "hi = Q[0] / (1 + eta * abs(a) / 2), Q[0] / (1 - eta * abs(a))",
    ),
    # q(x_t | x_0) = N(sqrt(abar) x_0, (1 - abar) I)
    ("thm-16-marginal", "(xs[t] - np.sqrt(abar[t - 1]) * x0)", "(xs[t] - abar[t - 1] * x0)"),
    ("thm-16-marginal", "/ np.sqrt(1 - abar[t - 1])", "/ np.sqrt(2 * (1 - abar[t - 1]))"),
    ("thm-16-marginal", "/ np.sqrt(1 - abar[t - 1])", "/ np.sqrt(1.1 * (1 - abar[t - 1]))"),
    ("thm-16-marginal", "/ np.sqrt(1 - abar[t - 1])", "/ np.sqrt(0.9 * (1 - abar[t - 1]))"),
    # the posterior's variance doubled, its mean off by 1 %
    (
        "prop-16-posterior",
        "closed = closed_form(b, ap, xt, x0[0])",
        "closed = np.multiply(closed_form(b, ap, xt, x0[0]), [1, 2])",
    ),
    (
        "prop-16-posterior",
        "closed = closed_form(b, ap, xt, x0[0])",
        "closed = np.multiply(closed_form(b, ap, xt, x0[0]), [1.01, 1])",
    ),
    # the weight lambda_t = beta^2 / (2 sigma^2 alpha (1 - abar)) and the variance term's d / 2
    (
        "prop-16-eps-loss",
        "b**2 / (2 * s2 * a * (1 - ab))",
        "b**2 / (s2 * a * (1 - ab))",
    ),
    ("prop-16-eps-loss", "d / 2 * (rho - 1 - np.log(rho))", "d * (rho - 1 - np.log(rho))"),
    # the ELBO equals -log p for the exact reverse model: the bound without its prior term L_T,
    # without its reconstruction term L_0, or with the sum of the L_{t-1} starting at t = 3, fails
    (
        "thm-16-elbo",
        "bound = elbo_terms_1d(x0, betas, exact_c, exact_s2).sum()",
        "bound = elbo_terms_1d(x0, betas, exact_c, exact_s2)[1:].sum()",
    ),
    (
        "thm-16-elbo",
        "bound = elbo_terms_1d(x0, betas, exact_c, exact_s2).sum()",
        "bound = elbo_terms_1d(x0, betas, exact_c, exact_s2)[:-1].sum()",
    ),
    (
        "thm-16-elbo",
        "bound = elbo_terms_1d(x0, betas, exact_c, exact_s2).sum()",
        "bound = np.delete(elbo_terms_1d(x0, betas, exact_c, exact_s2), 1).sum()",
    ),
    # Tweedie: score = (a E[x0 | x] - x) / b^2
    ("thm-16-tweedie", "X) / b**2", "X) / b"),
    ("thm-16-tweedie", "tweedie = (a * posterior_mean_x0", "tweedie = (posterior_mean_x0"),
    # J_DSM - J_ESM = C, the constant 0.5 (1/sigma^2 - E|score|^2)
    ("thm-16-dsm", "C = 0.5 * (1 / sigma**2", "C = 0.5 * (2 / sigma**2"),
    (
        "thm-16-dsm",
        "(s_th + (x - atoms[:, None]) / sigma**2)",
        "(s_th + (x - atoms[:, None]) / sigma)",
    ),
    # the Gaussian-data optimal noise predictor, scaled by 1/2 or 1.1
    ("cor-16-gaussian-score", "R = eps - eps_star_gaussian", "R = eps - 0.5 * eps_star_gaussian"),
    ("cor-16-gaussian-score", "R = eps - eps_star_gaussian", "R = eps - 1.1 * eps_star_gaussian"),
    ("cor-16-gaussian-score", "R = eps - eps_star_gaussian", "R = eps - 0.9 * eps_star_gaussian"),
]
