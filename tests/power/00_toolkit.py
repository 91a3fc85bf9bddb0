"""Perturbations that chapter 00's verifying cells must reject (tools/power.py says how they run)."""

CASES = [
    # central difference, exp at x = 1 in floating point: truncation constant 1/6 halved and doubled
    (
        "thm-00-central-difference",
        "bound_cd = np.exp(x0 + steps) * steps**2 / 6",
        "bound_cd = np.exp(x0 + steps) * steps**2 / 12",
    ),
    (
        "thm-00-central-difference",
        "bound_cd = np.exp(x0 + steps) * steps**2 / 6",
        "bound_cd = np.exp(x0 + steps) * steps**2 / 3",
    ),
    (
        "thm-00-central-difference",
        "bound_cd = np.exp(x0 + steps) * steps**2 / 6",
        "bound_cd = np.exp(x0 + steps) * steps**3 / 6",
    ),
    # complex step, exp at x = 1: truncation constant halved and doubled, exponent of h
    (
        "thm-00-complex-step",
        "(1 + 4 * EPS) * np.e * steps**2 / 6)",
        "(1 + 4 * EPS) * np.e * steps**2 / 12)",
    ),
    (
        "thm-00-complex-step",
        "err_cs[4:10] >= 0.99 * np.e * steps[4:10] ** 2 / 6",
        "err_cs[4:10] >= 0.99 * np.e * steps[4:10] ** 2 / 3",
    ),
    (
        "thm-00-complex-step",
        "(1 + 4 * EPS) * np.e * steps**2 / 6)",
        "(1 + 4 * EPS) * np.e * steps**3 / 6)",
    ),
    # the exact equality cases (cubic with injected errors): each term of both bounds, and h*, E(h*)
    (
        "thm-00-central-difference",
        "[M3_c * h_**2 / 6 + omega_e / h_ for",
        "[M3_c * h_**2 / 12 + omega_e / h_ for",
    ),
    (
        "thm-00-central-difference",
        "[M3_c * h_**2 / 6 + omega_e / h_ for",
        "[M3_c * h_**2 / 6 + omega_e / (2 * h_) for",
    ),
    (
        "thm-00-central-difference",
        "[M3_c * h_**2 / 6 + omega_e / h_ for",
        "[M3_c * h_**2 / 6 + 2 * omega_e / h_ for",
    ),
    (
        "thm-00-central-difference",
        "E_star, h_star = (9 * omega_e**2 * M3_c) ** (1 / 3) / 2,",
        "E_star, h_star = (18 * omega_e**2 * M3_c) ** (1 / 3) / 2,",
    ),
    (
        "thm-00-central-difference",
        "E_star, h_star = (9 * omega_e**2 * M3_c) ** (1 / 3) / 2,",
        "E_star, h_star = (9 * omega_e**2 * M3_c) ** (1 / 3) / 4,",
    ),
    (
        "thm-00-central-difference",
        "(3 * omega_e / M3_c) ** (1 / 3)",
        "(6 * omega_e / M3_c) ** (1 / 3)",
    ),
    (
        "thm-00-complex-step",
        "assert abs(q_e - df_c(x_c)) == M3_c * h_c**2 / 6",
        "assert abs(q_e - df_c(x_c)) == M3_c * h_c**2 / 12",
    ),
    (
        "thm-00-complex-step",
        "== eta_c * abs(df_c(x_c)) + (1 + eta_c) * M3_c",
        "== eta_c * abs(df_c(x_c)) / 2 + (1 + eta_c) * M3_c",
    ),
    (
        "thm-00-complex-step",
        "== eta_c * abs(df_c(x_c)) + (1 + eta_c) * M3_c",
        "== eta_c * abs(df_c(x_c)) + M3_c",
    ),
    # chain rule: the outer Jacobian evaluated at x instead of f(x); the product scaled
    (
        "thm-00-chain-rule",
        "J_chain = g_sym.jacobian(ys).subs(dict(zip(ys, f_sym))) * f_sym.jacobian(xs)",
        "J_chain = g_sym.jacobian(ys) * f_sym.jacobian(xs)",
    ),
    (
        "thm-00-chain-rule",
        "J_chain = g_sym.jacobian(ys).subs(dict(zip(ys, f_sym))) * f_sym.jacobian(xs)",
        "J_chain = g_sym.jacobian(ys).subs(dict(zip(ys, f_sym))) * 2 * f_sym.jacobian(xs)",
    ),
    # matrix gradients: a missing transpose, a Hessian without its symmetric part, a non-cyclic
    # permutation of a trace, grad tr(BX) doubled, the trace form's gradient without its transpose
    (
        "prop-00-matrix-gradients",
        "complex_step_grad(lambda v: v @ A_ @ v, x_), (A_ + A_.T) @ x_",
        "complex_step_grad(lambda v: v @ A_ @ v, x_), 2 * A_ @ x_",
    ),
    (
        "prop-00-matrix-gradients",
        "np.testing.assert_allclose(hess_fd, A_ + A_.T,",
        "np.testing.assert_allclose(hess_fd, A_,",
    ),
    (
        "prop-00-matrix-gradients",
        "np.trace(M2 @ A_ @ M1)",
        "np.trace(M1 @ A_ @ M2)",
    ),
    (
        "prop-00-matrix-gradients",
        "complex_step_grad(lambda M: np.trace(B_ @ M), C_), B_.T,",
        "complex_step_grad(lambda M: np.trace(B_ @ M), C_), 2 * B_.T,",
    ),
    (
        "prop-00-matrix-gradients",
        "(A_ + A_.T) @ X_, rtol",
        "2 * A_ @ X_, rtol",
    ),
    # means and variances: the variance of a sum of independent terms, of a mean (sigma^2 / n^2),
    # and Chebyshev's constant 1/t^2 halved, doubled, and with the exponent off by one
    (
        "prop-00-mean-variance",
        "sum((s - mean2) ** 2 for s in sums) / 36 == 2 * var1",
        "sum((s - mean2) ** 2 for s in sums) / 36 == 4 * var1",
    ),
    (
        "prop-00-mean-variance",
        "/ 36 == var1 / 2",
        "/ 36 == var1 / 4",
    ),
    (
        "prop-00-mean-variance",
        "assert tail_ch == 1 / Fraction(t_ch) ** 2",
        "assert tail_ch == 1 / (2 * Fraction(t_ch) ** 2)",
    ),
    (
        "prop-00-mean-variance",
        "assert tail_ch == 1 / Fraction(t_ch) ** 2",
        "assert tail_ch == 2 / Fraction(t_ch) ** 2",
    ),
    (
        "prop-00-mean-variance",
        "assert tail_ch == 1 / Fraction(t_ch) ** 2",
        "assert tail_ch == 1 / Fraction(t_ch) ** 1",
    ),
    # Jensen: the inequality reversed (concave direction); the y^2 gap without the factor 1 - p
    (
        "thm-00-jensen",
        "assert np.all(phi(mean) <= (probs * phi(vals)).sum(axis=1) + 1e-12)",
        "assert np.all(phi(mean) >= (probs * phi(vals)).sum(axis=1) + 1e-12)",
    ),
    (
        "thm-00-jensen",
        "assert sp.factor(gap - pr * (1 - pr) * (ya - yb) ** 2) == 0",
        "assert sp.factor(gap - pr * (ya - yb) ** 2) == 0",
    ),
    # Gibbs: the divergence with its arguments swapped inside the log; the decomposition's sign
    ("cor-00-gibbs", "np.log(p / q)", "np.log(q / p)"),
    ("cor-00-gibbs", "H(p) + KL(p, q)", "H(p) - KL(p, q)"),
    # Hoeffding's lemma: the constant 1/8 halved and doubled
    ("lem-00-hoeffding-lemma", "lemma_bound = LAM**2 / 8", "lemma_bound = LAM**2 / 16"),
    ("lem-00-hoeffding-lemma", "lemma_bound = LAM**2 / 8", "lemma_bound = LAM**2 / 4"),
    (
        "lem-00-hoeffding-lemma",
        "assert sp.cancel(sp.diff(L, v, 2) - rho * (1 - rho)) == 0",
        "assert sp.cancel(sp.diff(L, v, 2) - rho * (1 + rho)) == 0",
    ),
    # Hoeffding's inequality: the exponent's constant 2 doubled and halved, (b - a) not squared,
    # the two-sided factor 2 dropped, the optimal lambda
    (
        "thm-00-hoeffding",
        "math.exp(-2 * n * t**2 / b_a**2)",
        "math.exp(-4 * n * t**2 / b_a**2)",
    ),
    (
        "thm-00-hoeffding",
        "math.exp(-2 * n * t**2 / b_a**2)",
        "math.exp(-1 * n * t**2 / b_a**2)",
    ),
    (
        "thm-00-hoeffding",
        "math.exp(-2 * n * t**2 / b_a**2)",
        "math.exp(-2 * n * t**2 / b_a)",
    ),
    ("thm-00-hoeffding", "(1 + two) * math.exp(", "1 * math.exp("),
    ("thm-00-hoeffding", "lam_star == 4 * t_ / D_", "lam_star == 2 * t_ / D_"),
    # random unit vectors: E<u, v>^2 = 1/d doubled and halved; the tail bound 1/(d t^2) halved,
    # doubled, with d^2, and (where d is large) with t in place of t^2
    (
        "prop-00-random-unit-vectors",
        "assert abs((c**2).mean() - 1 / d)",
        "assert abs((c**2).mean() - 2 / d)",
    ),
    (
        "prop-00-random-unit-vectors",
        "assert abs((c**2).mean() - 1 / d)",
        "assert abs((c**2).mean() - 1 / (2 * d))",
    ),
    (
        "prop-00-random-unit-vectors",
        "tail_bound = 1 / (d_t * t_t**2)",
        "tail_bound = 1 / (2 * d_t * t_t**2)",
    ),
    (
        "prop-00-random-unit-vectors",
        "tail_bound = 1 / (d_t * t_t**2)",
        "tail_bound = 2 / (d_t * t_t**2)",
    ),
    (
        "prop-00-random-unit-vectors",
        "tail_bound = 1 / (d_t * t_t**2)",
        "tail_bound = 1 / (d_t**2 * t_t**2)",
    ),
    (
        "prop-00-random-unit-vectors",
        "assert freq <= 1 / (d * t_c**2)",
        "assert freq <= 1 / (d * t_c)",
    ),
    # chi-square tails: each exponent doubled and halved; c(eps) doubled and halved
    (
        "lem-00-chi-square",
        "ex_up, ex_low = k_c / 2 * (eps - math.log1p(eps))",
        "ex_up, ex_low = k_c * (eps - math.log1p(eps))",
    ),
    (
        "lem-00-chi-square",
        "ex_up, ex_low = k_c / 2 * (eps - math.log1p(eps))",
        "ex_up, ex_low = k_c / 4 * (eps - math.log1p(eps))",
    ),
    (
        "lem-00-chi-square",
        "k_c / 2 * (-eps - math.log1p(-eps))",
        "k_c * (-eps - math.log1p(-eps))",
    ),
    (
        "lem-00-chi-square",
        "k_c / 2 * (-eps - math.log1p(-eps))",
        "k_c / 4 * (-eps - math.log1p(-eps))",
    ),
    ("lem-00-chi-square", "ex_two = k_c * c_eps(eps) / 2", "ex_two = k_c * c_eps(eps)"),
    ("lem-00-chi-square", "ex_two = k_c * c_eps(eps) / 2", "ex_two = k_c * c_eps(eps) / 4"),
    # spherical caps: the exponent d t^2 / 2 doubled and halved, t in place of t^2
    (
        "thm-00-spherical-cap",
        "expo = float(cap_probability(101, t_c)), 101 * float(t_c) ** 2 / 2",
        "expo = float(cap_probability(101, t_c)), 101 * float(t_c) ** 2",
    ),
    (
        "thm-00-spherical-cap",
        "expo = float(cap_probability(101, t_c)), 101 * float(t_c) ** 2 / 2",
        "expo = float(cap_probability(101, t_c)), 101 * float(t_c) ** 2 / 4",
    ),
    (
        "thm-00-spherical-cap",
        "expo = float(cap_probability(101, t_c)), 101 * float(t_c) ** 2 / 2",
        "expo = float(cap_probability(101, t_c)), 101 * float(t_c) / 2",
    ),
    # Johnson-Lindenstrauss: the constant 2 in k halved and doubled, c(eps) without its cubic term
    # (the pair count n (n - 1) -> n (n - 1) / 2 passes: a factor 2 against ~1000 of slack)
    (
        "thm-00-jl",
        "c=lambda e: e**2 / 2 - e**3 / 3, const=2.0",
        "c=lambda e: e**2 / 2 - e**3 / 3, const=1.0",
    ),
    (
        "thm-00-jl",
        "c=lambda e: e**2 / 2 - e**3 / 3, const=2.0",
        "c=lambda e: e**2 / 2 - e**3 / 3, const=4.0",
    ),
    ("thm-00-jl", "c=lambda e: e**2 / 2 - e**3 / 3, const=2.0", "c=lambda e: e**2 / 2, const=2.0"),
]
