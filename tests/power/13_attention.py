"""Perturbations that chapter 13's verifying cells must reject (tools/power.py says how they run)."""

CASES = [
    # p_{t+k} = R_k p_t (rotation the right way round); |p_t|^2 = d / 2
    ("prop-13-sinusoid-shift", "shift_matrix(k, d_pe).T", "shift_matrix(k, d_pe)"),
    ("prop-13-sinusoid-shift", "np.diag(G), d_pe / 2", "np.diag(G), d_pe"),
    # permutation equivariance (not invariance); positional encodings permuted by the inverse
    ("thm-13-equivariance", "F(X[perm]), F(X)[perm]", "F(X[perm]), F(X)"),
    ("thm-13-equivariance", "run(Xb[perm_b]), run(Xb)[perm_b]", "run(Xb[perm_b]), run(Xb)"),
    ("prop-13-order", "F(X + P[inv])[perm]", "F(X + P[perm])[perm]"),
    # item 2: causal row t depends on x_1..x_t, including x_t itself
    (
        "prop-13-order",
        "later[t:] = rng.normal(size=(n - t, d))",
        "later[t - 1:] = rng.normal(size=(n - t + 1, d))",
    ),
    # Var(q . k) = d_k: exactly for +-1 entries, by Monte Carlo for Student-t keys (10 % fails)
    ("prop-13-dot-variance", "len(prods) == d_small", "len(prods) == d_small + 1"),
    ("prop-13-dot-variance", "abs(dev2.mean() - d_k)", "abs(dev2.mean() - 1.1 * d_k)"),
    ("prop-13-dot-variance", "abs(dev2.mean() - d_k)", "abs(dev2.mean() - 0.9 * d_k)"),
    # J = diag(p) - p p^T, and the bounds 2 (1 - p_max), 2 (n - 1) e^{-gap}, 1/2 (nearly attained)
    (
        "thm-13-softmax-saturation",
        "return np.diag(p) - np.outer(p, p)",
        "return np.diag(p) - 2 * np.outer(p, p)",
    ),
    ("thm-13-softmax-saturation", "return norm, 2 * (1 - p_max)", "return norm, 1 * (1 - p_max)"),
    ("thm-13-softmax-saturation", "return norm, 2 * (1 - p_max)", "return norm, 4 * (1 - p_max)"),
    ("thm-13-softmax-saturation", "2 * (len(z) - 1) * np.exp", "(len(z) - 1) * np.exp"),
    ("thm-13-softmax-saturation", "2 * (len(z) - 1) * np.exp", "4 * (len(z) - 1) * np.exp"),
    ("thm-13-softmax-saturation", "min(b1, b2, 0.5)", "min(b1, b2, 0.25)"),
    ("thm-13-softmax-saturation", "np.zeros(2))[0] - 0.5)", "np.zeros(2))[0] - 1.0)"),
    # the attention backward pass: with the unmasked weights, or dK halved, it fails
    ("thm-13-attention-grad", "attention(Q0, K0, V0, mask)[1])", "attention(Q0, K0, V0)[1])"),
    (
        "thm-13-attention-grad",
        "zip((Q0, K0, V0), grads)",
        "zip((Q0, K0, V0), (grads[0], grads[1] / 2, grads[2]))",
    ),
    # the whole block's gradient, 1 % off
    (
        "prop-13-block-grad",
        "grad = model_grad(p_test, cache, 2)",
        "grad = {k: 1.01 * g for k, g in model_grad(p_test, cache, 2).items()}",
    ),
    # the cost counts: 2 n (n+1) d^2 + n (n+1)(2n+1) d / 3 without a cache, 4 n d^2 + n (n+1) d with
    ("prop-13-cost", "full[0] == 2 * n * (n + 1) * d**2", "full[0] == 4 * n * (n + 1) * d**2"),
    ("cor-13-kv-cache", "4 * n * d**2 + n * (n + 1) * d", "4 * n * d**2 + 2 * n * (n + 1) * d"),
    # linear attention: 2 n r d_v + n r multiplications, and rank at most r
    (
        "prop-13-linear-attention",
        "c_lin[0] == 2 * n * r * dv + n * r",
        "c_lin[0] == n * r * dv + n * r",
    ),
    (
        "prop-13-linear-attention",
        "np.linalg.matrix_rank(A_norm) == r ",
        "np.linalg.matrix_rank(A_norm) == r + 1 ",
    ),
]
