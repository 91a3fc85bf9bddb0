"""Execute notebooks one at a time and print each one's wall time beside the floor: a kernel start
plus the imports every notebook makes (numpy, sympy, matplotlib, ipywidgets).

Usage: python tools/bench.py [NOTEBOOK ...]   (default: every notebook in chapters/, exercises/,
solutions/). Budget: 10 s a notebook on 2 cores; content should cost no more than the floor again.
"""

import subprocess
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
BUDGET = 10.0
FLOOR_CELL = (
    "import numpy as np\nimport sympy as sp\nimport matplotlib.pyplot as plt\n"
    "import ipywidgets as widgets\nplt.plot([0, 1]); plt.show()"
)


def run(nb):
    start = time.perf_counter()
    NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}},
        shutdown_kernel="immediate",  # a graceful ipykernel 7 shutdown can hang ~120 s (tools/execute.py)
    ).execute(
        stderr=subprocess.DEVNULL
    )  # the kernel's start-up warnings would interleave with the table
    return time.perf_counter() - start


def main(paths):
    paths = [Path(p) for p in paths] or sorted(
        p for d in ("chapters", "exercises", "solutions") for p in (ROOT / d).glob("*.ipynb")
    )
    floor = min(
        run(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(FLOOR_CELL)]))
        for _ in range(2)
    )
    print(f"{'notebook':44s} {'seconds':>8s} {'/floor':>7s}")
    print(f"{'(floor: kernel start + imports)':44s} {floor:8.2f} {1:7.2f}")
    total, over = 0.0, []
    for p in paths:
        t = run(nbformat.read(p, as_version=4))
        total += t
        flag = "  OVER BUDGET" if t > BUDGET else ""
        name = p.resolve().relative_to(ROOT) if p.resolve().is_relative_to(ROOT) else p
        print(f"{str(name):44s} {t:8.2f} {t / floor:7.2f}{flag}")
        if t > BUDGET:
            over.append(p)
    print(f"{'total (sequential)':44s} {total:8.2f}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
