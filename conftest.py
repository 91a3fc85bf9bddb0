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
            logging.getLogger("nbval").warning("a kernel died while starting (attempt %d of %d); "
                                               "starting another", attempt, ATTEMPTS)
            time.sleep(1.0)


if nbval and nbval.kernel.start_new_kernel.__name__ != "_start_with_retry":
    nbval.kernel.start_new_kernel = _start_with_retry
