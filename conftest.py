"""pytest configuration for the whole book: nbval runs every notebook in chapters/, exercises/ and
solutions/ (tests/conftest.py holds the helpers of the project's own tests; pytest imports it after
this file, so `from conftest import ...` in tests/ finds that one).

A kernel that dies while it starts is started again, at most twice more, with a warning in the log.
Once in CI, with two test workers starting kernels at the same moment in a fresh environment, a
kernel died before answering (`RuntimeError: Kernel died before replying to kernel_info`) and every
cell of that notebook errored; the same run passed when repeated. jupyter_client picks a kernel's TCP
ports before the kernel binds them, so two kernels starting together can race for a port. A kernel
that fails three times still fails its notebook.
"""

import logging
import time

try:
    import nbval.kernel
except ImportError:  # nbval is in requirements.txt; without it no notebook is collected anyway
    nbval = None

ATTEMPTS = 3


def _start_with_retry(*args, _start=nbval.kernel.start_new_kernel if nbval else None, **kwargs):
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return _start(*args, **kwargs)
        except RuntimeError:
            if attempt == ATTEMPTS:
                raise
            logging.getLogger("nbval").warning(
                "a kernel died while starting (attempt %d of %d); starting another",
                attempt,
                ATTEMPTS,
            )
            time.sleep(1.0)


if nbval and nbval.kernel.start_new_kernel.__name__ != "_start_with_retry":
    nbval.kernel.start_new_kernel = _start_with_retry


# --- Not executing a notebook twice in one environment -------------------------------------------
# .ci/run executes every notebook once (tools/execute.py) into the book's execution cache, then builds
# the book from it and runs this suite in the same environment with BOOK_EXECUTION_CACHE pointing at
# that cache. A notebook whose code is in the cache ran there without error in this kernel and
# environment, so nbval's run of it would repeat the same execution: its cells are deselected and the
# count is reported. Without the variable (the README's command on a fresh machine) nbval runs every
# notebook. A notebook changed since it was cached has another hash, is not found, and is run.
def _executed_in_cache(paths):
    import os

    import nbformat

    cache_dir = os.environ.get("BOOK_EXECUTION_CACHE")
    if not cache_dir or not os.path.isdir(cache_dir):
        return set()
    from jupyter_cache import get_cache

    cache, done = get_cache(cache_dir), set()
    for p in paths:
        try:
            cache.match_cache_notebook(nbformat.read(p, as_version=4))
            done.add(p)
        except KeyError:
            pass
    return done


def pytest_collection_modifyitems(session, config, items):
    nb_items = [it for it in items if str(it.fspath).endswith(".ipynb")]
    done = _executed_in_cache(sorted({str(it.fspath) for it in nb_items}))
    if not done:
        return
    drop = [it for it in nb_items if str(it.fspath) in done]
    config.hook.pytest_deselected(items=drop)
    items[:] = [it for it in items if str(it.fspath) not in done]


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    # under xdist the deselection happens on the workers; the controller counts the cached notebooks
    # among those named on the command line (or in testpaths) to report it
    import glob
    import os

    if not os.environ.get("BOOK_EXECUTION_CACHE"):
        return
    args = [a for a in (config.args or config.getini("testpaths")) if not a.startswith("-")]
    paths = set()
    for a in args:
        a = os.path.join(str(config.rootpath), a) if not os.path.isabs(a) else a
        paths |= {a} if a.endswith(".ipynb") else set(glob.glob(os.path.join(a, "*.ipynb")))
    n = len(_executed_in_cache(sorted(paths)))
    if n:
        terminalreporter.write_line(f"nbval: {n} notebooks already executed in this environment by "
                                    "tools/execute.py (BOOK_EXECUTION_CACHE); their cells were not run again")
