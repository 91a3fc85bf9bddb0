"""Perturbations that chapter 11's verifying cells must reject (tools/power.py says how they run)."""

CASES = [
    # the output size floor((H + 2p - d(k - 1) - 1) / s) + 1: the -1 dropped, the dilation ignored
    (
        "prop-11-shape",
        "assert out_size(H, k, s, p, d) ==",
        "assert (H + 2 * p - d * (k - 1)) // s + 1 ==",
    ),
    ("prop-11-shape", "assert out_size(H, k, s, p, d) ==", "assert (H + 2 * p - k) // s + 1 =="),
    # the Toeplitz matrix of a cross-correlation (a flipped kernel fails); blocks shift by s
    (
        "prop-11-toeplitz",
        "M = conv_matrix(K, 6, 7, s, p, d)",
        "M = conv_matrix(K[:, :, ::-1, ::-1], 6, 7, s, p, d)",
    ),
    # the rows shift with m - s i, not m - i (both slices shifted by 1: same shapes, values differ)
    (
        "prop-11-toeplitz",
        "B[:, 1:, :, :, s:, :], B[:, :-1, :, :, :-s, :]",
        "B[:, 1:, :, :, 1:, :], B[:, :-1, :, :, :-1, :]",
    ),
    # the backward pass: the kernel flipped, or the dilation forgotten
    (
        "thm-11-conv-backprop",
        "conv2d_backward(X, K, Q",
        "conv2d_backward(X, K[:, :, ::-1, ::-1], Q",
    ),
    ("thm-11-conv-backprop", "** 2), s, p, d)", "** 2), s, p, 1)"),
    # equivariance holds for shifts by multiples of the stride only
    ("prop-11-equivariance", "t = (s * tp[0], s * tp[1])", "t = (tp[0], tp[1])"),
    # the output moves by t' = t / s, not by t
    (
        "prop-11-equivariance",
        "Ys[:, tp[0]:, tp[1]:] - Y[:, :Ho - tp[0], :Wo - tp[1]]",
        "Ys[:, t[0]:, t[1]:] - Y[:, :Ho - t[0], :Wo - t[1]]",
    ),
    # pooling gradients: max routed as average, or 1 % off
    (
        "prop-11-pool-grad",
        "pool_backward(X, R, k, s, mode)",
        'pool_backward(X, R, k, s, "avg" if mode == "max" else "max")',
    ),
    (
        "prop-11-pool-grad",
        "pool_backward(X, R, k, s, mode)",
        "1.01 * pool_backward(X, R, k, s, mode)",
    ),
    # r_l = r_{l-1} + d_l (k_l - 1) j_{l-1}: without the dilation, or without the jump
    ("prop-11-receptive-field", "r + d * (k - 1) * jump, jump * s", "r + (k - 1) * jump, jump * s"),
    ("prop-11-receptive-field", "r + d * (k - 1) * jump, jump * s", "r + d * (k - 1), jump * s"),
    # nnz(M) <= Co Ci kh kw Ho Wo, attained without padding
    (
        "prop-11-cost",
        "bound = np.count_nonzero(conv_matrix(K, H, W, s, p, d)), Co * Ci",
        "bound = np.count_nonzero(conv_matrix(K, H, W, s, p, d)), 2 * Co * Ci",
    ),
    ("prop-11-cost", "Co * Ci * kh * kw * Ho * Wo\n", "Co * Ci * kh * kw * Ho * Wo // 2\n"),
    # (b): the im2col matrix has Ci kh kw H' W' entries, not the input's Ci H W
    ("prop-11-cost", "patches.size == Ci * kh * kw * Ho * Wo", "patches.size == Ci * H * W"),
    # discrete Gronwall c h / L (e^{LT} - 1), nearly attained: L^2, or a factor 2, fails
    (
        "lem-11-gronwall",
        "bound = c_ * h / L_ * (math.exp(L_ * T_) - 1)",
        "bound = c_ * h / L_**2 * (math.exp(L_ * T_) - 1)",
    ),
    (
        "lem-11-gronwall",
        "bound = c_ * h / L_ * (math.exp(L_ * T_) - 1)",
        "bound = c_ * h / L_ / 2 * (math.exp(L_ * T_) - 1)",
    ),
    (
        "lem-11-gronwall",
        "bound = c_ * h / L_ * (math.exp(L_ * T_) - 1)",
        "bound = 2 * c_ * h / L_ * (math.exp(L_ * T_) - 1)",
    ),
    # Euler's global error h M / (2L) (e^{LT} - 1) (ratio 0.77); first order, not second
    (
        "thm-11-euler",
        "/ (2 * lam) * (math.exp(lam * T_) - 1)",
        "/ (4 * lam) * (math.exp(lam * T_) - 1)",
    ),
    (
        "thm-11-euler",
        "/ (2 * lam) * (math.exp(lam * T_) - 1)",
        "/ lam * (math.exp(lam * T_) - 1)",
    ),
    ("thm-11-euler", "bound = h * lam**2", "bound = h**2 * lam**2"),
    ("thm-11-euler", "np.abs(orders - 1) < 0.1", "np.abs(orders - 2) < 0.1"),
    # the discrete adjoint: a step size or a terminal adjoint off by a factor 2
    (
        "thm-11-discrete-adjoint",
        "resnet_backward(xs, Vs, cs, h, xs[-1] - y)",
        "resnet_backward(xs, Vs, cs, 2 * h, xs[-1] - y)",
    ),
    (
        "thm-11-discrete-adjoint",
        "resnet_backward(xs, Vs, cs, h, xs[-1] - y)",
        "resnet_backward(xs, Vs, cs, h, 2 * (xs[-1] - y))",
    ),
    # the continuous adjoint a' = -A^T a (not -A a), and the sign of G'
    ("thm-11-adjoint", "-Vc.T @ (sp_ * a)", "-Vc @ (sp_ * a)"),
    ("thm-11-adjoint", "[-(sp_ * a) @ psi(t)]", "[(sp_ * a) @ psi(t)]"),
    # residual Jacobian bounds (1 +- h lam)^N and the plain rho^N, nearly attained
    (
        "thm-11-jacobian",
        "0.99 * (1 + h * lam) ** N <= up <= (1 + h * lam) ** N",
        "0.99 * (1 + 2 * h * lam) ** N <= up <= (1 + 2 * h * lam) ** N",
    ),
    (
        "thm-11-jacobian",
        "0.99 * (1 + h * lam) ** N <= up <= (1 + h * lam) ** N",
        "0.99 * (1 + h * lam) ** (N - 1) <= up <= (1 + h * lam) ** (N - 1)",
    ),
    (
        "thm-11-jacobian",
        "(1 - h * lam) ** N <= down <= (1 - h * lam) ** N / 0.99",
        "(1 - h * lam) ** (N + 1) <= down <= (1 - h * lam) ** (N + 1) / 0.99",
    ),
    (
        "thm-11-jacobian",
        "(1 - h * lam) ** N <= down <= (1 - h * lam) ** N / 0.99",
        "(1 - h * lam) ** (N - 1) <= down <= (1 - h * lam) ** (N - 1) / 0.99",
    ),
    (
        "thm-11-jacobian",
        "0.99 * rho**N <= plain <= rho**N",
        "0.99 * rho ** (N + 1) <= plain <= rho ** (N + 1)",
    ),
    (
        "thm-11-jacobian",
        "0.99 * rho**N <= plain <= rho**N",
        "0.99 * rho ** (N - 1) <= plain <= rho ** (N - 1)",
    ),
]
