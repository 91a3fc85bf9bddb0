"""Perturbations that chapter 08's verifying cells must reject (tools/power.py says how they run)."""

CASES = [
    (
        "cor-08-bn-backward",
        "dZ, dgamma, dbeta = bn_backward(G, Z, gamma)",
        "dZ, dgamma, dbeta = bn_backward(G, Z, gamma)\ndbeta = 2 * dbeta",
    ),
    (
        "thm-08-relu-input-gradient",
        "widths_g[k] * vs_g[k - 1] / 2",
        "widths_g[k] * vs_g[k - 1] / 1",
    ),
]
