"""Perturbations that chapter 14's verifying cells must reject (tools/power.py says how they run)."""

CASES = [
    # x^T L x = sum over edges (x_i - x_j)^2, the spectrum of L_sym in [0, 2] with 2 attained
    ("prop-14-laplacian", "np.sum((x[i] - x[j]) ** 2)", "2 * np.sum((x[i] - x[j]) ** 2)"),
    # item 2: phi^T L_sym phi = sum over edges (phi_i / sqrt(deg i) - phi_j / sqrt(deg j))^2
    (
        "prop-14-laplacian",
        "(y[i] / np.sqrt(deg[i]) - y[j] / np.sqrt(deg[j]))",
        "(y[i] / deg[i] - y[j] / deg[j])",
    ),
    ("prop-14-laplacian", "Ls @ np.sqrt(deg), 0", "Ls @ deg, 0"),
    ("prop-14-laplacian", "lam.max() <= 2 + 1e-12", "lam.max() <= 1.5 + 1e-12"),
    ("prop-14-laplacian", ".max() - 2) <= 1e-12", ".max() - 4) <= 1e-12"),
    ("prop-14-laplacian", ".max() - 2) <= 1e-12", ".max() - 1.5) <= 1e-12"),
    # equivariance needs A -> P A P^T (rows and columns)
    (
        "thm-14-equivariance",
        "left, right = net(P @ X, P @ A @ P.T)",
        "left, right = net(P @ X, P @ A)",
    ),
    # the GCN gradient has S^T (the row-normalised S is not symmetric) and no factor 2
    (
        "prop-14-gcn-gradient",
        "gW, gH = gcn_loss_grads(S, H, W, Y)",
        "gW, gH = gcn_loss_grads(S.T, H, W, Y)",
    ),
    (
        "prop-14-gcn-gradient",
        "gW, gH = gcn_loss_grads(S, H, W, Y)",
        "gW, gH = gcn_loss_grads(S, H, W, Y)\n    gW = 2 * gW",
    ),
    # the regularity hypothesis matters: a path and two triangles are told apart
    (
        "prop-14-regular",
        "wl_refine([two_triangles, hexagon], 6)",
        "wl_refine([two_triangles, path6], 6)",
    ),
    # MPNN states are functions of the round-t colours, not of round t - 1's
    (
        "thm-14-mpnn-wl",
        "c, h = np.concatenate(colours[t])",
        "c, h = np.concatenate(colours[t - 1])",
    ),
    # injective (one-hot sum) aggregation matches WL; mean aggregation does not
    ("thm-14-gin", "onehot_mpnn(graphs, T)", 'onehot_mpnn(graphs, T, "mean")'),
    # mean and max cannot tell the two stars apart; sum can
    ("prop-14-mean-max", 'for agg in ("mean", "max"):', 'for agg in ("mean", "max", "sum"):'),
    # rho = max(mu_2, -mu_n): the negative end matters on the bipartite graph
    ("lem-14-gcn-spectrum", "rho = max(mu[-2], -mu[0])", "rho = mu[-2]"),
    (
        "lem-14-gcn-spectrum",
        "np.sum((x[i] + x[j]) ** 2) + 2 * x @ x",
        "np.sum((x[i] + x[j]) ** 2) + x @ x",
    ),
    ("lem-14-gcn-spectrum", "(1 - s) / (s + 1)", "(1 - s) / s"),
    # over-smoothing at rate rho^k, attained: rho^(2k) and rho^(k/2) fail
    ("thm-14-oversmoothing", "bound = rho ** np.arange(41)", "bound = rho ** (2 * np.arange(41))"),
    ("thm-14-oversmoothing", "bound = rho ** np.arange(41)", "bound = rho ** (np.arange(41) / 2)"),
]
