"""Perturbations that chapter 10's verifying cells must reject (tools/power.py says how they run)."""

CASES = [
    (
        "thm-10-min-norm",
        "w_dagger = X.T @ np.linalg.solve(X @ X.T, y)",
        "w_dagger = 2 * X.T @ np.linalg.solve(X @ X.T, y)",
    ),
    (
        "thm-10-min-norm",
        "w_dagger @ w_dagger + (w - w_dagger) @ (w - w_dagger)",
        "w_dagger @ w_dagger + 2 * (w - w_dagger) @ (w - w_dagger)",
    ),
    (
        "thm-10-min-norm",
        "w_dagger @ w_dagger + (w - w_dagger) @ (w - w_dagger)",
        "w_dagger @ w_dagger",
    ),
    (
        "thm-10-gd-min-norm",
        "rho ** np.arange(61), rtol",
        "rho ** (2 * np.arange(61)), rtol",
    ),
    (
        "prop-10-spectral-filter",
        "filt = 1 - (1 - eta_f * S**2) ** k",
        "filt = 1 - (1 - eta_f * S**2) ** (k + 1)",
    ),
    (
        "prop-10-spectral-filter",
        "filt = 1 - (1 - eta_f * S**2) ** k",
        "filt = 1 - (1 - 2 * eta_f * S**2) ** k",
    ),
    (
        "prop-10-spectral-filter",
        "Vt.T @ (S**2 / (S**2 + lam_f) * coef)",
        "Vt.T @ (S**2 / (S**2 + 2 * lam_f) * coef)",
    ),
    (
        "cor-10-early-stop-ridge",
        "C_lo, C_hi = 1, 2",
        "C_lo, C_hi = 1, 4",
    ),
    (
        "cor-10-early-stop-ridge",
        "C_lo, C_hi = 1, 2",
        "C_lo, C_hi = 1, 1",
    ),
    (
        "cor-10-early-stop-ridge",
        "C_lo, C_hi = 1, 2",
        "C_lo, C_hi = 0.5, 2",
    ),
    (
        "thm-10-double-descent",
        "exact = sigma_dd**2 * p_dd / (n_dd - p_dd - 1)",
        "exact = sigma_dd**2 * p_dd / (n_dd - p_dd)",
    ),
    (
        "thm-10-double-descent",
        "exact = sigma_dd**2 * p_dd / (n_dd - p_dd - 1)",
        "exact = 2 * sigma_dd**2 * p_dd / (n_dd - p_dd - 1)",
    ),
    (
        "thm-10-double-descent",
        "exact = 1.0 * (1 - n_dd / p_dd) + sigma_dd**2 * n_dd / (p_dd - n_dd - 1)",
        "exact = 1.0 * (1 - n_dd / p_dd) + sigma_dd**2 * n_dd / (p_dd - n_dd)",
    ),
    (
        "thm-10-double-descent",
        "exact = 1.0 * (1 - n_dd / p_dd) + sigma_dd**2 * n_dd / (p_dd - n_dd - 1)",
        "exact = 0.5 * (1 - n_dd / p_dd) + sigma_dd**2 * n_dd / (p_dd - n_dd - 1)",
    ),
    (
        "thm-10-double-descent",
        "exact = 1.0 * (1 - n_dd / p_dd) + sigma_dd**2 * n_dd / (p_dd - n_dd - 1)",
        "exact = 1.0 * (1 - n_dd / p_dd) + 2 * sigma_dd**2 * n_dd / (p_dd - n_dd - 1)",
    ),
    (
        "thm-10-ntk-relu",
        "kappa1 = (np.sin(omega) + (np.pi - omega) * np.cos(omega)) / (2 * np.pi)",
        "kappa1 = (np.sin(omega) + (np.pi - omega) * np.cos(omega)) / np.pi",
    ),
    (
        "thm-10-ntk-relu",
        "kappa0 = (np.pi - omega) / (2 * np.pi)",
        "kappa0 = (np.pi - omega) / (4 * np.pi)",
    ),
    (
        "thm-10-ntk-relu",
        "kappa1 = (np.sin(omega) + (np.pi - omega) * np.cos(omega)) / (2 * np.pi)",
        "kappa1 = ((np.pi - omega) * np.cos(omega)) / (2 * np.pi)",
    ),
    (
        "thm-10-ntk-relu",
        "rate = 0.5",
        "rate = 1.0",
    ),
    (
        "thm-10-ntk-relu",
        "rate = 0.5",
        "rate = 0.4",
    ),
    (
        "lem-10-max-margin-2d",
        "best_margin = 1 / np.linalg.norm(w_hat)",
        "best_margin = 1.01 / np.linalg.norm(w_hat)",
    ),
    (
        "lem-10-max-margin-2d",
        "best_margin = 1 / np.linalg.norm(w_hat)",
        "best_margin = 0.99 / np.linalg.norm(w_hat)",
    ),
    (
        "thm-10-logistic-max-margin",
        "prod = ang * np.log(checkpoints)",
        "prod = ang * np.log(checkpoints) ** 2",
    ),
    (
        "thm-10-logistic-max-margin",
        "prod = ang * np.log(checkpoints)",
        "prod = ang * np.log(checkpoints) ** 0.5",
    ),
    (
        "thm-10-logistic-max-margin",
        "u_hat = w_hat / np.linalg.norm(w_hat)",
        "u_hat = np.array([np.cos(0.05), np.sin(0.05)])",
    ),
    (
        "thm-10-logistic-max-margin",
        "u_hat = w_hat / np.linalg.norm(w_hat)",
        "u_hat = np.array([np.cos(0.05), -np.sin(0.05)])",
    ),
]
