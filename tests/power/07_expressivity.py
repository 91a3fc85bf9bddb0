"""Perturbations that chapter 07's verifying cells must reject (tools/power.py says how they run)."""

CASES = [
    # thm-07-relu-cpwl: f(x) = M x + t, the affine map of the activation pattern
    ("thm-07-relu-cpwl", "M @ x + t for x in X", "M @ x for x in X"),
    ("thm-07-relu-cpwl", "X[idx] @ M + t", "X[idx] @ M - t"),
    ("thm-07-relu-cpwl", "M_prod @ (P[i][:, None] * W)", "M_prod @ W"),
    # prop-07-pieces-1d: at most n + 1 pieces (attained)
    ("prop-07-pieces-1d", "pieces_bound = len(v) + 1", "pieces_bound = len(v)"),
    ("prop-07-pieces-1d", "pieces_bound = len(v) + 1", "pieces_bound = 2 * len(v) + 1"),
    # thm-07-cpwl-relu-1d: f(a) + s_0 relu(x - a) + sum_j (s_j - s_{j-1}) relu(x - t_j)
    ("thm-07-cpwl-relu-1d", "(s[1:] - s[:-1])", "(s[1:] + s[:-1])"),
    ("thm-07-cpwl-relu-1d", "rhs = y[0] + s[0] *", "rhs = s[0] *"),
    ("thm-07-cpwl-relu-1d", "rhs = y[0] + s[0] *", "rhs = y[0] + 2 * s[0] *"),
    # thm-07-uat-1d: omega_f(h), Lambda h / 2 and h^2 |f''| / 8
    ("thm-07-uat-1d", "lambda h: h**0.5", "lambda h: 2 * h**0.5"),
    ("thm-07-uat-1d", "lambda h: h**0.5", "lambda h: h**0.5 / 2"),
    ("thm-07-uat-1d", "lambda h: h**0.5", "lambda h: h**1"),
    ("thm-07-uat-1d", "lambda h: 1 * h / 2", "lambda h: 1 * h"),
    ("thm-07-uat-1d", "lambda h: 1 * h / 2", "lambda h: 1 * h / 4"),
    ("thm-07-uat-1d", "bound2 = 9 * np.pi**2 * h**2 / 8", "bound2 = 9 * np.pi**2 * h**2 / 4"),
    ("thm-07-uat-1d", "bound2 = 9 * np.pi**2 * h**2 / 8", "bound2 = 9 * np.pi**2 * h**2 / 16"),
    ("thm-07-uat-1d", "bound2 = 9 * np.pi**2 * h**2 / 8", "bound2 = 9 * np.pi**2 * h**1 / 8"),
    (
        "thm-07-uat-d",
        "assert abs(err - 1 / N) < 1e-12",
        "assert abs(err - 1 / (2 * N)) < 1e-12",
    ),
    ("thm-07-regions", "assert count == r_bound(n, 3)", "assert count == r_bound(n, 2)"),
    # lem-07-sawtooth: T_k(j / 2^k) = j mod 2, slopes +-2^k, 2^k pieces
    ("lem-07-sawtooth", "k), (j % 2).astype(float))", "k), ((j + 1) % 2).astype(float))"),
    ("lem-07-sawtooth", "np.abs(slopes) == 2.0**k)", "np.abs(slopes) == 2.0 ** (k + 1))"),
    ("lem-07-sawtooth", "assert pieces == 2**k", "assert pieces == 2 ** (k - 1)"),
    # cor-07-depth-separation: 2^k - 1 units fail, 2^k suffice (the bound is sharp)
    ("cor-07-depth-separation", "n_units = 2**k - 1", "n_units = 2**k"),
    ("cor-07-depth-separation", "assert len(v) == 2**k and", "assert len(v) == 2**k - 1 and"),
    # thm-07-sawtooth-l1: (2^(k-1) - m + 1) / 2^(k+1)
    (
        "thm-07-sawtooth-l1",
        "return (2 ** (k - 1) - m + 1) / 2 ** (k + 1)",
        "return (2 ** (k - 1) - m + 1) / 2**k",
    ),
    (
        "thm-07-sawtooth-l1",
        "return (2 ** (k - 1) - m + 1) / 2 ** (k + 1)",
        "return (2 ** (k - 1) - m + 1) / 2 ** (k + 2)",
    ),
    (
        "thm-07-sawtooth-l1",
        "return (2 ** (k - 1) - m + 1) / 2 ** (k + 1)",
        "return (2 ** (k - 1) - m) / 2 ** (k + 1)",
    ),
    (
        "thm-07-sawtooth-l1",
        "return (2 ** (k - 1) - m + 1) / 2 ** (k + 1)",
        "return (2 ** (k - 1) - 2 * m + 2) / 2 ** (k + 1)",
    ),
    # lem-07-yarotsky: f_m = x - sum_s 4^-s g_s, sup error 4^-(m+1)
    ("lem-07-yarotsky", "out = out - g / 4**s", "out = out - g / 2**s"),
    ("lem-07-yarotsky", "assert err == 4.0 ** (-(m + 1))", "assert err == 4.0 ** (-m)"),
    ("lem-07-yarotsky", "assert err == 4.0 ** (-(m + 1))", "assert err == 4.0 ** (-(m + 2))"),
]
