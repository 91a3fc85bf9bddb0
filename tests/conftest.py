"""pytest configuration of the project's own tests: tools/ and tests/ importable.
Helpers live in tests/booktools.py; the site and browser fixtures in tests/sitetools.py."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT / "tools", ROOT / "tests"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))


import pytest  # noqa: E402

import sitetools  # noqa: E402


@pytest.fixture(scope="module")
def site():
    """The built website (tests/sitetools.py: $BOOK_HTML, or built here)."""
    return sitetools.built_site()


@pytest.fixture(scope="module")
def browser(site):
    """Headless Chromium on a local server of the site, the network cut off."""
    yield from sitetools.open_browser(site)
