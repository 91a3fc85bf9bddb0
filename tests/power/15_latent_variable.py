"""Perturbations that chapter 15's verifying cells must reject (tools/power.py says how they run)."""

CASES = [
    # log p(x) = ELBO + KL(q || posterior): half the KL, or the wrong posterior mean, fails
    ("thm-15-elbo", "+ kl_gauss(m_q, v_q, pm, pv)", "+ 0.5 * kl_gauss(m_q, v_q, pm, pv)"),
    ("thm-15-elbo", "pm, pv = x0 / (1 + w2_0)", "pm, pv = x0 / (2 + w2_0)"),
    # the Gaussian KL in closed form against Monte Carlo (5 s.e.), times 2 or 1/2
    ("lem-15-gauss-kl", "abs(terms.mean() - kl_gauss", "abs(terms.mean() - 2 * kl_gauss"),
    ("lem-15-gauss-kl", "abs(terms.mean() - kl_gauss", "abs(terms.mean() - 0.5 * kl_gauss"),
    ("lem-15-gauss-kl", "abs(terms.mean() - kl_gauss", "abs(terms.mean() - 1.1 * kl_gauss"),
    ("lem-15-gauss-kl", "abs(terms.mean() - kl_gauss", "abs(terms.mean() - 0.9 * kl_gauss"),
    # the E-step makes the ELBO tight (entropy term); the M-step's variances S_k / N_k, not 1.005 x
    ("prop-15-gmm-steps", "H0 = -(r0 * np.log(r0)).sum()", "H0 = -0.5 * (r0 * np.log(r0)).sum()"),
    (
        "prop-15-gmm-steps",
        "th_star = m_step(x_gmm, r0)",
        "th_star = m_step(x_gmm, r0)\nth_star = (th_star[0], th_star[1], 1.005 * th_star[2])",
    ),
    # EM: gain_L = gain_Q + sum KL, and gain_L >= gain_Q nearly attained (a 2 in front fails)
    (
        "thm-15-em-monotone",
        "kl_sum = (r * (np.log(r) - np.log(r_new))).sum()",
        "kl_sum = 0.5 * (r * (np.log(r) - np.log(r_new))).sum()",
    ),
    ("thm-15-em-monotone", "assert gain_L >= gain_Q - tol", "assert gain_L >= 2 * gain_Q - tol"),
    # the optimal linear autoencoder risk: the tail sum of sigma_j^2 / n, from index k
    (
        "thm-15-linear-ae",
        "bound = lam_desc[k_ae:].sum() / n_ae",
        "bound = lam_desc[k_ae:].sum() / n_ae / 2",
    ),
    (
        "thm-15-linear-ae",
        "bound = lam_desc[k_ae:].sum() / n_ae",
        "bound = lam_desc[k_ae + 1 :].sum() / n_ae",
    ),
    (
        "thm-15-eckart-young",
        "bound = lam_desc[k_ae:].sum() / n_ae",
        "bound = lam_desc[k_ae - 1 :].sum() / n_ae",
    ),
    # reparameterisation: the Gaussian smoothing factor exp(-s^2 / 2) and the d/ds chain rule
    ("thm-15-reparam", "decay = np.exp(-(s_0**2) / 2)", "decay = np.exp(-(s_0**2))"),
    (
        "thm-15-reparam",
        "(np.cos(z_mc) * e_mc, -s_0 * np.sin(m_0) * decay)",
        "(np.cos(z_mc) * e_mc, -np.sin(m_0) * decay)",
    ),
    # the two variances: 4 s^2 (pathwise) and m^4 / s^2 + 14 m^2 + 15 s^2 (score function)
    ("prop-15-score-variance", "(2 * z_q, 4 * s_q**2)", "(2 * z_q, 2 * s_q**2)"),
    ("prop-15-score-variance", "+ 14 * m_q**2 +", "+ 7 * m_q**2 +"),
    # amortised ELBO: KL to the prior counted once, not half
    ("cor-15-vae-elbo", "zg) - kl_prior  #", "zg) - 0.5 * kl_prior  #"),
    ("cor-15-vae-elbo", "log_px, elbo_q + kl_post", "log_px, elbo_q + 0.5 * kl_post"),
    # the coupling layer: log-det = sum of scales; triangular with the zero block upper right
    (
        "prop-15-coupling",
        "coupling(x[None], pu, pt, d1_f)[1][0]",
        "2 * coupling(x[None], pu, pt, d1_f)[1][0]",
    ),
    ("prop-15-coupling", "np.abs(J[:d1_f, d1_f:]) < 1e-9", "np.abs(J[d1_f:, :d1_f]) < 1e-9"),
    # change of variables: a density off by 10 % is 11 s.e. away
    ("thm-15-change-of-variables", "* cell_area", "* cell_area * 0.9"),
    ("thm-15-change-of-variables", "* cell_area", "* cell_area * 1.1"),
]
