"""Build the course edition of the site: every chapter and exercise set, no worked solutions.

Usage: python tools/build_course.py [OUTPUT_DIR]      (default: _build/course; HTML in OUTPUT_DIR/_build/html)

It writes a table of contents equal to _toc.yml without the entries under solutions/ and builds
with it (warnings as errors). sphinx-exercise's `hide_solutions` is not used: it crashes on gated
directives, and dropping the solution pages also drops their notebooks from the site and the
launch buttons.
"""
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def course_toc(toc):
    """The TOC with every solutions/ entry removed (recursively)."""
    def prune(entries):
        kept = []
        for e in entries or []:
            if str(e.get("file", "")).startswith("solutions/"):
                continue
            e = dict(e)
            for key in ("sections", "chapters"):
                if key in e:
                    e[key] = prune(e[key])
                    if not e[key]:
                        del e[key]
            kept.append(e)
        return kept
    toc = dict(toc)
    if "parts" in toc:
        toc["parts"] = [dict(p, chapters=prune(p.get("chapters"))) for p in toc["parts"]]
    if "chapters" in toc:
        toc["chapters"] = prune(toc["chapters"])
    return toc


def main(argv):
    out = Path(argv[0]) if argv else ROOT / "_build" / "course"
    toc = course_toc(yaml.safe_load((ROOT / "_toc.yml").read_text()))
    with tempfile.NamedTemporaryFile("w", suffix=".yml", delete=False) as f:
        yaml.safe_dump(toc, f, sort_keys=False)
    cmd = ["jupyter-book", "build", str(ROOT), "--toc", f.name, "--path-output", str(out),
           "-W", "-n", "--keep-going"]
    status = subprocess.run(cmd).returncode
    if status == 0:
        print(f"course site (no solutions): {out / '_build' / 'html' / 'index.html'}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
