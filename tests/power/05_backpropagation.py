"""Perturbations that chapter 05's verifying cells must reject (tools/power.py says how they run)."""

CASES = [
    # items 1-5: a factor, an exponent, a wrong function, a deleted term, a wrong interval
    ("prop-05-activation-derivatives", "s_xs * (1 - s_xs)", "2 * s_xs * (1 - s_xs)"),
    ("prop-05-activation-derivatives", "1 - np.tanh(xs) ** 2", "1 - np.tanh(xs) ** 3"),
    ("prop-05-activation-derivatives", '"softplus": s_xs,', '"softplus": s_xs * (1 - s_xs),'),
    ("prop-05-activation-derivatives", "Phi + x * phi", "Phi"),
    ("prop-05-activation-derivatives", "Phi + x * phi", "Phi + x * phi / 2"),
    ("prop-05-activation-derivatives", "2 * sigmoid(2 * xs) - 1", "2 * sigmoid(xs) - 1"),
    ("prop-05-activation-derivatives", "np.linspace(0, 1, 11)", "np.linspace(0, 2, 11)"),
    ("prop-05-activation-derivatives", "np.linspace(0, 1, 11)", "np.linspace(-1, 1, 11)"),
    # the affine lemma: each block's formula
    ("lem-05-affine", '("W", np.outer(delta, a))', '("W", np.outer(delta, a) / 2)'),
    ("lem-05-affine", '("a", W.T @ delta)', '("a", -W.T @ delta)'),
    ("lem-05-affine", '("b", delta)', '("b", 2 * delta)'),
    # backpropagation on the exact gradient of the 2-3-1 network
    ("thm-05-backprop", "close(gb2, dloss[name]", "close(gb2, 2 * dloss[name]"),
    ("thm-05-backprop", "(1 - a1n**2) * (W2n.T @ gb2)", "W2n.T @ gb2"),
    ("thm-05-backprop", "np.outer(gb2, a1n)", "np.outer(gb2, W1n @ x0 + b1n)"),
    ("thm-05-backprop", "np.outer(gb1, x0)", "np.outer(gb1, 2 * x0)"),
    # backpropagation and its minibatch form on complex-step gradients
    ("thm-05-backprop", "dsigma(Zs[l - 1]) * (Delta[l] @ W)", "Delta[l] @ W"),
    ("thm-05-backprop", "dsigma(Zs[l - 1]) * (Delta[l] @ W)", "dsigma(As[l]) * (Delta[l] @ W)"),
    ("cor-05-minibatch", "LOSSES[loss](Zs[-1], Y)[1] / n)", "LOSSES[loss](Zs[-1], Y)[1])"),
    ("cor-05-minibatch", "Delta[l].sum(axis=0)", "Delta[l].mean(axis=0)"),
    ("cor-05-minibatch", "Delta[l].T @ As[l]", "Delta[l].T @ As[l] * 2"),
    # the cost theorem: the exact counts and the constant of the bound
    ("thm-05-cost", "== 2 * n * PW", "== n * PW"),
    ("thm-05-cost", "B = (4 * n - 1) * PW", "B = (4 * n - 2) * PW"),
    ("thm-05-cost", "- 2 * n * sizes[0] * sizes[1]", "- n * sizes[0] * sizes[1]"),
    ("thm-05-cost", " + n * sizes[-1]\n", "\n"),
    ("thm-05-cost", "bound = (2 + 1 / m)", "bound = (1 + 1 / m)"),
    ("thm-05-cost", "bound = (2 + 1 / m)", "bound = (4 + 2 / m)"),
    ("thm-05-cost", "bound = (2 + 1 / m)", "bound = (2 + 1 / (2 * m))"),
]
