"""Perturbations that chapter 03's verifying cells must reject (tools/power.py says how they run)."""

CASES = [
    # near-equality instance f_p = mu |x|^2/2 + (L - mu) log cosh x2
    ("lem-03-descent", "descent = L_p / 2 * h2 @ h2", "descent = L_p / 4 * h2 @ h2"),
    ("lem-03-descent", "descent = L_p / 2 * h2 @ h2", "descent = L_p * h2 @ h2"),
    ("lem-03-hessian-bounds", "strong = mu_p / 2 * h1 @ h1", "strong = mu_p * h1 @ h1"),
    ("lem-03-hessian-bounds", "strong = mu_p / 2 * h1 @ h1", "strong = mu_p / 4 * h1 @ h1"),
    (
        "lem-03-hessian-bounds",
        "lip = L_p * np.linalg.norm(h2)",
        "lip = L_p / 2 * np.linalg.norm(h2)",
    ),
    (
        "lem-03-hessian-bounds",
        "lip = L_p * np.linalg.norm(h2)",
        "lip = 2 * L_p * np.linalg.norm(h2)",
    ),
    (
        "cor-03-sufficient-decrease",
        "dec = g_p(x_p) @ g_p(x_p) / (2 * L_p)",
        "dec = g_p(x_p) @ g_p(x_p) / L_p",
    ),
    (
        "cor-03-sufficient-decrease",
        "dec = g_p(x_p) @ g_p(x_p) / (2 * L_p)",
        "dec = g_p(x_p) @ g_p(x_p) / (4 * L_p)",
    ),
    ("cor-03-sufficient-decrease", "gsq = 2 * L_p * f_p(x_p)", "gsq = L_p * f_p(x_p)"),
    ("cor-03-sufficient-decrease", "gsq = 2 * L_p * f_p(x_p)", "gsq = 4 * L_p * f_p(x_p)"),
    (
        "thm-03-gd-convex",
        "ratio_h = f_h(x_h) / (L_h * R_h**2 / (2 * k_h))",
        "ratio_h = f_h(x_h) / (L_h * R_h**2 / (2 * k_h**2))",
    ),
    (
        "thm-03-gd-convex",
        "ratio_h = f_h(x_h) / (L_h * R_h**2 / (2 * k_h))",
        "ratio_h = f_h(x_h) / (L_h * R_h**2 / k_h)",
    ),
    (
        "thm-03-gd-strong",
        "(1 - mu_w / L_w) ** k_w * r_w[0]",
        "(1 - 2 * mu_w / L_w) ** k_w * r_w[0]",
    ),
    (
        "thm-03-gd-strong",
        "(1 - mu_w / L_w) ** k_w * r_w[0]",
        "(1 - mu_w / L_w) ** (k_w + 1) * r_w[0]",
    ),
    # steps inside (0, 2/lambda_max) converge, outside do not
    ("thm-03-quadratic-steps", "thr = 2 / lams[-1]", "thr = 4 / lams[-1]"),
    ("thm-03-quadratic-steps", "thr = 2 / lams[-1]", "thr = 1 / lams[-1]"),
    ("thm-03-quadratic-steps", "thr = 2 / lams[-1]", "thr = 2 / lams[0]"),
    ("prop-03-best-step", "e_best = 2 / (lams[0] + lams[-1])", "e_best = 1 / (lams[0] + lams[-1])"),
    ("prop-03-best-step", "e_best = 2 / (lams[0] + lams[-1])", "e_best = 2 / lams[-1]"),
    ("prop-03-best-step", "rho_best = (kap - 1) / (kap + 1)", "rho_best = (kap - 1) / kap"),
    ("prop-03-best-step", "rho_best = (kap - 1) / (kap + 1)", "rho_best = (kap - 2) / (kap + 2)"),
    (
        "prop-03-best-step",
        "rho(e) ** np.arange(1001)",
        "rho(e) ** (2 * np.arange(1001))",
    ),
    # the bound rho^k |x_0| weakened by one factor rho: attained from the top eigenvector, so it fails
    (
        "prop-03-best-step",
        "rho(e) ** np.arange(1001)",
        "rho(e) ** (np.arange(1001) - 1)",
    ),
    (
        "thm-03-newton",
        "r1 = e1[1:] / (M1 *",
        "r1 = e1[1:] / (M1 / 2 *",
    ),
    (
        "thm-03-newton",
        "r1 = e1[1:] / (M1 *",
        "r1 = e1[1:] / (M1 * 2 *",
    ),
    ("thm-03-newton", "u1 = M1 * e1 / 0.5 **", "u1 = M1 * e1 / 0.25 **"),
    ("thm-03-newton", "u1 = M1 * e1 / 0.5 **", "u1 = 2 * M1 * e1 / 0.5 **"),
    (
        "thm-03-sgd",
        "nu_1 = c_1**2 * s_1**2 / (mu_1 * c_1 - 1)",
        "nu_1 = c_1**2 * s_1**2 / (mu_1 * c_1 - 1) / 2",
    ),
    (
        "thm-03-sgd",
        "ratio_1 = np.array(a_1) * (np.arange(401) + k0_1) / nu_1",
        "ratio_1 = np.array(a_1) * (np.arange(401) + k0_1) ** 2 / nu_1",
    ),
    # gamma > 0: the factor 1 + gamma in k0 >= c L (1 + gamma), and the start term k0 e0 of nu
    ("thm-03-sgd", "k0_g = math.ceil(c_g * mu_g * (1 + gam))", "k0_g = math.ceil(c_g * mu_g)"),
    ("thm-03-sgd", "k0_g * x0_g**2)", "k0_g * x0_g**2 / 2)"),
    ("thm-03-sgd", "k0_g * x0_g**2)", "2 * k0_g * x0_g**2)"),
    # the gradient-proportional noise left out of the second-moment recursion
    ("thm-03-sgd", "+ gam * mu_g**2 * eta_k**2)", "+ 0 * gam * mu_g**2 * eta_k**2)"),
]
