"""Perturbations that chapter 03's verifying cells must reject (tools/power.py says how they run)."""

CASES = [
    (
        "thm-03-gd-convex",
        "ratio_h = f_h(x_h) / (L_h * R_h**2 / (2 * k_h))",
        "ratio_h = f_h(x_h) / (L_h * R_h**2 / (2 * k_h**2))",
    ),
    (
        "thm-03-gd-strong",
        "(1 - mu_w / L_w) ** k_w * r_w[0]",
        "(1 - 2 * mu_w / L_w) ** k_w * r_w[0]",
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
]
