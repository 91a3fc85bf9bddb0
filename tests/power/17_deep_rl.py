"""Perturbations that chapter 17's verifying cells must reject (tools/power.py says how they run)."""

CASES = [
    # v_pi = sum_t gamma^t P_pi^t r_pi: the solve against the series with a wrong discount
    ("prop-17-bellman", "v = evaluate(P, r, pi, gamma)", "v = evaluate(P, r, pi, 0.95 * gamma)"),
    ("prop-17-bellman", "q = q_from_v(P, r, v, gamma)", "q = q_from_v(P, r, v, gamma**2)"),
    # the contraction rate gamma: half of it, or gamma^2, fails the "nearly attained" side
    ("lem-17-contraction", "ratio <= gamma * (1 + 1e-12)", "ratio <= gamma**2 * (1 + 1e-12)"),
    ("lem-17-contraction", "ratio[-1] >= 0.99 * gamma", "ratio[-1] >= 0.99 * gamma**0.5"),
    ("thm-17-banach", "a_post = gamma**k / (1 - gamma)", "a_post = gamma**k / (1 - gamma) / 2"),
    ("thm-17-banach", "a_post = gamma**k / (1 - gamma)", "a_post = gamma**k / (1 - gamma) * 2"),
    ("thm-17-banach", "a_post = gamma**k / (1 - gamma)", "a_post = gamma ** (k + 1) / (1 - gamma)"),
    (
        "thm-17-optimality",
        "v_star = evaluate(P, r, pi_star, gamma)",
        "v_star = evaluate(P, r, pi_star, gamma) - 1e-3",
    ),
    # greedy for v_* matters: the policy greedy for the immediate reward r is not optimal here
    (
        "thm-17-optimality",
        "pi_star = greedy(q_from_v(P, r, vs[-1], gamma))",
        "pi_star = greedy(r)",
    ),
    # policy improvement: v_new - v = (I - gamma P_new)^{-1} (T_* v - v)
    (
        "thm-17-policy-improvement",
        "rhs = np.linalg.solve(np.eye(5) - gamma * P_new, gap)",
        "rhs = gap",
    ),
    # values never decrease along policy iteration (and do strictly increase here)
    (
        "thm-17-policy-iteration",
        "np.diff(values, axis=0) >= -1e-12",
        "np.diff(values, axis=0) <= 1e-12",
    ),
    # TD error's mean: the Bellman residual, not with gamma^2 or without -V
    ("lem-17-td-mean", "(r_pi + gamma * P_pi @ V - V)[s]", "(r_pi + gamma * P_pi @ V)[s]"),
    ("lem-17-td-mean", "(r[s, a] + gamma * Q[s2].max())", "(r[s, a] + gamma * Q[s2].mean())"),
    # Q-learning with a wrong discount in the target
    (
        "thm-17-q-learning",
        "q_star = q_from_v(P, r, v_star, gamma)",
        "q_star = q_from_v(P, r, v_star, 0.95 * gamma)",
    ),
    # the TD(0) growth factor 1 + alpha (2 gamma - 1) and its divergence criterion
    ("prop-17-divergence", "factor = 1 + alpha * (2 * g_ - 1)", "factor = 1 + alpha * (g_ - 1)"),
    (
        "prop-17-divergence",
        "C = phi[0] @ (g_ * phi[1] - phi[0])",
        "C = phi[0] @ (g_ * phi[0] - phi[1])",
    ),
    # the policy gradient theorem: the formula with the discount missing its 1/(1 - gamma) weighting
    (
        "thm-17-policy-gradient",
        "grad_pg = pg_formula(P3, r3, rho3, theta3, gamma)",
        "grad_pg = pg_formula(P3, r3, rho3, theta3, gamma) * (1 - gamma)",
    ),
    (
        "thm-17-policy-gradient",
        "grad_pg = pg_formula(P3, r3, rho3, theta3, gamma)",
        "grad_pg = pg_formula(P3, r3, rho3, theta3, 0.95 * gamma)",
    ),
    # REINFORCE unbiased (a factor 2 or 1/2 in the estimator fails), with and without baseline
    ("thm-17-reinforce", "gs.mean(axis=0) - grad_rf", "gs.mean(axis=0) / 2 - grad_rf"),
    ("thm-17-reinforce", "gs.mean(axis=0) - grad_rf", "gs.mean(axis=0) * 2 - grad_rf"),
    # the baseline estimator's mean is grad J itself: half of it would be 10 s.e. away
    (
        "thm-17-baseline",
        "gs.mean(axis=0) - grad_rf",
        "gs.mean(axis=0) - (grad_rf if base is None else grad_rf / 2)",
    ),
    # optimal baseline E[X.Y]/E[|Y|^2]: the mean reward in its place, or the curvature halved
    (
        "prop-17-optimal-baseline",
        "b_opt = (w @ np.sum(X * Y, axis=1)) / (w @ np.sum(Y * Y, axis=1))",
        "b_opt = w @ r3.reshape(6)",
    ),
    ("prop-17-optimal-baseline", "0.09 * m_yy, rtol", "0.045 * m_yy, rtol"),
    # E[delta | s, a] = q - v: with v in place of... a wrong discount on the bootstrapped value
    ("prop-17-td-advantage", "(r3[s, a] + gamma * v3[s2] - v3[s])", "(r3[s, a] + v3[s2] - v3[s])"),
    (
        "prop-17-td-advantage",
        'np.einsum("sa,sa,sajk->jk", pi3, q3, scores)',
        'np.einsum("sa,sa,sajk->jk", pi3, 2 * q3, scores)',
    ),
    # the Fisher matrix diag(p) - p p^T with d_rho/(1 - gamma); the NPG step = the advantage
    (
        "prop-17-fisher",
        "np.diag(pi3[0]) - np.outer(pi3[0], pi3[0]), atol",
        "np.diag(pi3[0]) - 2 * np.outer(pi3[0], pi3[0]), atol",
    ),
    ("thm-17-npg", "blocks = [d3[s] / (1 - gamma)", "blocks = [d3[s]"),
    ("thm-17-npg", "blocks = [d3[s] / (1 - gamma)", "blocks = [d3[s] / (1 - gamma) ** 2"),
    # soft optimality: the gap is tau (I - gamma P)^{-1} KL, the Gibbs variational formula
    ("thm-17-soft-optimal", "rhs = tau * np.linalg.solve", "rhs = 2 * tau * np.linalg.solve"),
    (
        "thm-17-soft-optimal",
        "pi_soft = softmax_policy(q_soft / tau)",
        "pi_soft = softmax_policy(q_soft / (2 * tau))",
    ),
    (
        "lem-17-gibbs",
        "abs(gibbs - (v_soft[0] - tau * kl[0]))",
        "abs(gibbs - (v_soft[0] - 2 * tau * kl[0]))",
    ),
]
