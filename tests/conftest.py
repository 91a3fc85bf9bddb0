"""pytest configuration of the project's own tests: tools/ and tests/ importable.
Helpers live in tests/booktools.py; the site and browser fixtures in tests/sitetools.py."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT / "tools", ROOT / "tests"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
