"""Perturbations that chapter 12's verifying cells must reject (tools/power.py says how they run)."""

CASES = [
    # BPTT against SymPy: the classic bug grad_W = sum_t h_{t-1} delta_t^T (the transpose), and the
    # tied weight's gradient as the mean over the T = 3 copies instead of their sum
    (
        "thm-12-bptt",
        "g_np = bptt(params, x0[:, None], y0[:, None], np.zeros(2))[0]",
        "g_np = bptt(params, x0[:, None], y0[:, None], np.zeros(2))[0].T",
    ),
    (
        "lem-12-tied",
        "g_np = bptt(params, x0[:, None], y0[:, None], np.zeros(2))[0]",
        "g_np = bptt(params, x0[:, None], y0[:, None], np.zeros(2))[0] / 3",
    ),
    # BPTT against complex steps: 0.1 % off; grad_V = sum_t e_t h_{t-1}^T (h_t shifted by one step);
    # the tied weights' gradients averaged over the T copies instead of summed
    (
        "thm-12-bptt",
        "g_bp = flatten(bptt(params, X, Y, h0, act))",
        "g_bp = 1.001 * flatten(bptt(params, X, Y, h0, act))",
    ),
    (
        "thm-12-bptt",
        "g_bp = flatten(bptt(params, X, Y, h0, act))",
        "g_bp = bptt(params, X, Y, h0, act)\n    _, H_, Yh_ = rnn_forward(params, X, h0, act)\n"
        "    g_bp = flatten(g_bp[:3] + ((Yh_ - Y).T @ H_[:-1], g_bp[4]))",
    ),
    (
        "lem-12-tied",
        "g_bp = flatten(bptt(params, X, Y, h0, act))",
        "g_bp = flatten(bptt(params, X, Y, h0, act)) / T",
    ),
    # truncation bias: (W^T)^(q-t), not W^(q-t); the scalar bound attained (factor 2, exponent + 1)
    (
        "prop-12-tbptt-linear",
        "np.linalg.matrix_power(W.T, q - t)",
        "np.linalg.matrix_power(W, q - t)",
    ),
    ("prop-12-tbptt-linear", "E[q - 1] * w ** (q - t)", "E[q - 1] * w ** (q - t + 1)"),
    ("prop-12-tbptt-linear", "bound = v * sum(", "bound = 2 * v * sum("),
    ("prop-12-tbptt-linear", "bound = v * sum(", "bound = v / 2 * sum("),
    # the Jacobian product (h_T, not h_{T-1}); the rate gamma |W| attained (exponent, gamma, factor)
    (
        "thm-12-vanishing",
        "np.testing.assert_allclose(Js[-1], cs",
        "np.testing.assert_allclose(Js[-2], cs",
    ),
    (
        "thm-12-vanishing",
        "bound = (gamma * a) ** np.arange(1, T + 1)",
        "bound = (gamma * a) ** np.arange(2, T + 2)",
    ),
    (
        "thm-12-vanishing",
        "bound = (gamma * a) ** np.arange(1, T + 1)",
        "bound = (2 * gamma * a) ** np.arange(1, T + 1)",
    ),
    ("thm-12-vanishing", '("sigmoid", 0.25, 3.0)', '("sigmoid", 0.5, 3.0)'),
    # rho(W)^n <= |W^n| <= |W|^n, both attained for symmetric W; s_min(W)^n attained on an eigenvector
    ("prop-12-linear-growth", "return rho ** ns, sv[0] ** ns", "return 2 * rho ** ns, sv[0] ** ns"),
    (
        "prop-12-linear-growth",
        "return rho ** ns, sv[0] ** ns",
        "return rho ** ns, 0.5 * sv[0] ** ns",
    ),
    ("prop-12-linear-growth", "axis=(1, 2)) / low", "axis=(1, 2)) / (2 * low)"),
    ("prop-12-linear-growth", "axis=1) / smin", "axis=1) / (2 * smin)"),
    # the cell-state Jacobian: diag(f_t), products over steps, the bound 0.95^20 attained
    (
        "prop-12-forget-path",
        "np.diag(lstm_run(P, x1, h, c)[2][0])",
        "np.diag(lstm_run(P, x1, h, c)[2][0] ** 2)",
    ),
    (
        "prop-12-forget-path",
        "np.prod(lstm_run(P0, Xs, h, c)[2], axis=0)",
        "np.prod(lstm_run(P0, Xs, h, c)[2][1:], axis=0)",
    ),
    ("prop-12-forget-path", ">= 0.95 ** 20 * (1 - 1e-12)", ">= 0.95 ** 19 * (1 - 1e-12)"),
    # clipping: |clip g| = min(|g|, tau) with the right tau; 1-Lipschitz, attained (1/2 fails)
    (
        "prop-12-clip",
        "Pc = np.array([clip(g, tau) for g in G])",
        "Pc = np.array([clip(g, 2 * tau) for g in G])",
    ),
    # item 2: the projection leaves points of B_tau alone (rescaling every g to norm tau fails)
    (
        "prop-12-clip",
        "zip(G[:10], Pc[:10])",
        "zip(G[:10], tau * G[:10] / nG[:10, None])",
    ),
    (
        "prop-12-clip",
        "<= np.linalg.norm(g - g2) * (1 + 1e-12)",
        "<= 0.5 * np.linalg.norm(g - g2) * (1 + 1e-12)",
    ),
]
