"""A notebook kernel that dies while starting is started again (the root conftest.py), at most
twice more; one that never starts still fails."""

import types

import nbval.kernel
import pytest


def retrying(monkeypatch):
    fn = nbval.kernel.start_new_kernel
    assert fn.__name__ == "_start_with_retry", (
        "nbval starts kernels without the retry of the root conftest.py"
    )
    monkeypatch.setitem(fn.__globals__, "time", types.SimpleNamespace(sleep=lambda seconds: None))
    return fn


def dies(times):
    calls = []

    def start(**kwargs):
        calls.append(kwargs)
        if len(calls) <= times:
            raise RuntimeError("Kernel died before replying to kernel_info")
        return "manager", "client"

    return start, calls


def test_a_kernel_that_dies_twice_is_started_a_third_time(monkeypatch):
    start, calls = dies(2)
    assert retrying(monkeypatch)(_start=start, kernel_name="python3") == ("manager", "client")
    assert len(calls) == 3 and calls[-1] == {"kernel_name": "python3"}


def test_a_kernel_that_never_starts_still_fails(monkeypatch):
    start, calls = dies(99)
    with pytest.raises(RuntimeError, match="Kernel died"):
        retrying(monkeypatch)(_start=start, kernel_name="python3")
    assert len(calls) == 3
