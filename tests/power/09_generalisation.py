"""Perturbations that chapter 09's verifying cells must reject (tools/power.py says how they run)."""

CASES = [
    (
        "thm-09-finite-class",
        "eps_bound = math.sqrt(math.log(2 * K / delta_tb) / (2 * n_tb))",
        "eps_bound = 2 * math.sqrt(math.log(2 * K / delta_tb) / (2 * n_tb))",
    ),
    (
        "thm-09-finite-class",
        "eps_bound = math.sqrt(math.log(2 * K / delta_tb) / (2 * n_tb))",
        "eps_bound = math.sqrt(math.log(2 * K / delta_tb) / (2 * n_tb)) / 2",
    ),
    (
        "thm-09-finite-class",
        "eps_bound = math.sqrt(math.log(2 * K / delta_tb) / (2 * n_tb))",
        "eps_bound = math.sqrt(math.log(2 * K / delta_tb) / (2 * n_tb**1.5))",
    ),
    (
        "lem-09-sauer",
        "assert len(Hd) == len(B) == sauer_sum(6, d)",
        "assert len(Hd) == len(B) == sauer_sum(6, d - 1)",
    ),
    (
        "lem-09-sauer",
        "assert len(Hc) <= len(B) <= sauer_sum(m, vc)",
        "assert len(Hc) <= len(B) <= sauer_sum(m, vc - 1)",
    ),
    (
        "cor-09-sauer-poly",
        "e_const = math.e",
        "e_const = 2 * math.e",
    ),
    (
        "cor-09-sauer-poly",
        "e_const = math.e",
        "e_const = math.e / 2",
    ),
    (
        "cor-09-sauer-poly",
        "assert sauer_sum(m, d) <= (e_const * m / d) ** d",
        "assert sauer_sum(m, d) <= (e_const * m / d) ** (d - 1)",
    ),
    (
        "lem-09-radon",
        "n_pts = q + 2",
        "n_pts = q + 1",
    ),
    (
        "lem-09-radon",
        "z_J = sum((-lam[k] / s * Pq[k, :] for k in J), sp.zeros(1, q))",
        "z_J = sum((lam[k] / s * Pq[k, :] for k in J), sp.zeros(1, q))",
    ),
    (
        "thm-09-vc-halfspaces",
        "(count == 2**m) == (m <= 3)",
        "(count == 2**m) == (m <= 4)",
    ),
    (
        "thm-09-vc-halfspaces",
        "(count == 2**m) == (m <= 3)",
        "(count == 2**m) == (m <= 2)",
    ),
    (
        "thm-09-vc-halfspaces",
        "b = y[0] / 2",
        "b = -y[0] / 2",
    ),
    (
        "thm-09-symmetrisation",
        "diff = sup_gap - 2 * rad_draws",
        "diff = sup_gap - 0.5 * rad_draws",
    ),
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
        "thm-09-rademacher-bound",
        "t_c = math.sqrt(math.log(1 / 0.01) / (2 * n_c))",
        "t_c = 2 * math.sqrt(math.log(1 / 0.01) / (2 * n_c))",
    ),
    (
        "thm-09-mcdiarmid",
        "t_c = math.sqrt(math.log(1 / 0.01) / (2 * n_c))",
        "t_c = math.sqrt(math.log(1 / 0.01) / (2 * n_c)) / 2",
    ),
    (
        "thm-09-symmetrisation",
        "C_sym = 2",
        "C_sym = 4",
    ),
    (
        "thm-09-symmetrisation",
        "C_sym = 2",
        "C_sym = 1",
    ),
    (
        "thm-09-mcdiarmid",
        "c_md = 2",
        "c_md = 4",
    ),
    (
        "thm-09-mcdiarmid",
        "c_md = 2",
        "c_md = 1",
    ),
    (
        "prop-09-linear-rademacher",
        "bound_lin = B_w * math.sqrt(np.sum(X_lin**2)) / n_lin",
        "bound_lin = 2 * B_w * math.sqrt(np.sum(X_lin**2)) / n_lin",
    ),
    (
        "prop-09-linear-rademacher",
        "bound_lin = B_w * math.sqrt(np.sum(X_lin**2)) / n_lin",
        "bound_lin = B_w * math.sqrt(np.sum(X_lin**2)) / n_lin / 2",
    ),
    (
        "prop-09-linear-rademacher",
        "closed = B_w * np.linalg.norm(V, axis=1)",
        "closed = B_w / 2 * np.linalg.norm(V, axis=1)",
    ),
    (
        "lem-09-massart",
        "np.linalg.norm(A, axis=1).max() * math.sqrt(2 * math.log(len(A)))\n",
        "np.linalg.norm(A, axis=1).max() * math.sqrt(8 * math.log(len(A)))\n",
    ),
    (
        "lem-09-massart",
        "np.linalg.norm(A, axis=1).max() * math.sqrt(2 * math.log(len(A)))\n",
        "np.linalg.norm(A, axis=1).max() * math.sqrt(0.5 * math.log(len(A)))\n",
    ),
    (
        "cor-09-vc-rademacher",
        "bound_c = 2 * math.sqrt(",
        "bound_c = 0.2 * math.sqrt(",
    ),
    (
        "cor-09-vc-rademacher",
        "bound_c = 2 * math.sqrt(",
        "bound_c = 0.6 * math.sqrt(",
    ),
    (
        "cor-09-vc-rademacher",
        "math.log(math.e * n_c / d_c) / n_c)",
        "math.log(math.e * n_c / d_c) / n_c**2)",
    ),
    (
        "cor-09-vc-rademacher",
        "bound_c = 2 * math.sqrt(2 * d_c * math.log",
        "bound_c = 2 * math.sqrt(d_c * math.log",
    ),
    (
        "lem-09-massart",
        "math.sqrt(2 * math.log(len(A))) / n_r",
        "math.sqrt(0.2 * math.log(len(A))) / n_r",
    ),
    (
        "cor-09-vc-rademacher",
        "math.sqrt(2 * math.log(n_r + 1) / n_r)",
        "math.sqrt(0.5 * math.log(n_r + 1) / n_r)",
    ),
]
