"""ruff (configured in ruff.toml) passes over tools, tests and every notebook, and can fail."""
import shutil
import subprocess
import sys

import pytest

from booktools import ROOT


def ruff(*args, cwd=ROOT):
    exe = shutil.which("ruff") or str(ROOT / ".venv" / "bin" / "ruff")
    return subprocess.run([exe, "check", "--no-cache", *args], cwd=cwd, capture_output=True, text=True)


def test_ruff_passes():
    result = ruff(".")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-1000:]


@pytest.mark.parametrize("code, rule", [("x = 1; y = 2\n", "E702"), ("import os\n", "F401"),
                                        ("x = 1  # " + "long " * 30 + "\n", "E501")])
def test_ruff_catches(tmp_path, code, rule):
    shutil.copy(ROOT / "ruff.toml", tmp_path / "ruff.toml")
    (tmp_path / "bad.py").write_text(code)
    result = ruff("bad.py", cwd=tmp_path)
    assert result.returncode == 1 and rule in result.stdout, result.stdout


def test_the_layer_index_l_is_allowed(tmp_path):
    shutil.copy(ROOT / "ruff.toml", tmp_path / "ruff.toml")
    (tmp_path / "ok.py").write_text("l = 1\nprint(l)\n")
    assert ruff("ok.py", cwd=tmp_path).returncode == 0
    assert sys.version_info >= (3, 11)
