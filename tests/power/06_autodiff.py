"""Perturbations that chapter 06's verifying cells must reject (tools/power.py says how they run)."""

CASES = [
    # dual numbers give J_f(x) v: exactly over the rationals, to rounding on a transcendental f
    ("thm-06-forward", "exact = sum(d * gk", "exact = sum(2 * d * gk"),
    ("thm-06-forward", "exact = sum(d * gk", "exact = sum(d / 2 * gk"),
    ("thm-06-forward", "want = grad_H(*pt)[j]", "want = 2 * grad_H(*pt)[j]"),
    ("thm-06-forward", "want = grad_H(*pt)[j]", "want = grad_H(*pt)[1 - j]"),
    # the reverse sweep: its update accumulates, its seed is w = 1, its result is J_f(x)^T w
    ("thm-06-reverse", "p.adj = p.adj + nd.adj * dp", "p.adj = nd.adj * dp"),
    ("thm-06-reverse", "y.adj = 1", "y.adj = 2"),
    ("thm-06-reverse", "a.adj - sp.diff(F, x1)", "a.adj - 2 * sp.diff(F, x1)"),
    ("thm-06-reverse", "want = np.array(grad_H(*pt))", "want = 2 * np.array(grad_H(*pt))"),
    ("thm-06-reverse", "want = np.array(grad_H(*pt))", "want = np.array(grad_H(*pt))[::-1]"),
    # the sweep runs over the reverse of a topological order; the path and edge counts of the chain
    ("prop-06-topo", "for nd in reversed(pi):", "for nd in pi:"),
    ("prop-06-topo", "2 ** (d + 2) - 3", "2 ** (d + 1) - 3"),
    ("prop-06-topo", "edges == 4 * d", "edges == 2 * d"),
    # the cost of the two modes: the exact counts, and each bound's constant where it is attained
    ("thm-06-cost", "fwd == n * (ell + C + T)", "fwd == n * (ell + T)"),
    ("thm-06-cost", "ell + C + m * R <=", "ell + C + (m - 1) * R <="),
    ("thm-06-cost", "upper2, upper3 = (4 + c)", "upper2, upper3 = (2 + c)"),
    ("thm-06-cost", "upper2, upper3 = (4 + c)", "upper2, upper3 = (8 + 2 * c)"),
    ("thm-06-cost", "(1 + c + 4 * m) * ell, (5", "(1 + c + 2 * m) * ell, (5"),
    ("thm-06-cost", "(5 + c) * ell\n", "(5 + c) * ell / 2\n"),
    ("thm-06-cost", "(5 + c) * ell\n", "(10 + 2 * c) * ell\n"),
    ("thm-06-cost", "lower1 = 2 * n * (n - 1)", "lower1 = n * (n - 1)"),
    ("thm-06-cost", "lower1 = 2 * n * (n - 1)", "lower1 = 4 * n * (n - 1)"),
    # checkpointing: evaluations, the peak of part 3 and both bounds of part 4
    ("thm-06-checkpoint", "evals == 2 * N - M", "evals == 2 * N - 2 * M"),
    ("thm-06-checkpoint", "bound3 = M + k - 1", "bound3 = M + k - 2"),
    ("thm-06-checkpoint", "bound3 = M + k - 1", "bound3 = M + k"),
    ("thm-06-checkpoint", "upper4, lower4 = 2 * k - 1,", "upper4, lower4 = 2 * k,"),
    ("thm-06-checkpoint", "2 * math.sqrt(N) - 1", "math.sqrt(N) - 1"),
    ("thm-06-checkpoint", "2 * math.sqrt(N) - 1", "2 * math.sqrt(N)"),
]
