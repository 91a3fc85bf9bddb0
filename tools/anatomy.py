"""The chapter anatomy, as a function: `problems(nb, name)` lists what a chapter notebook lacks.

A chapter must have (in the book's order): definitions and labelled theorem-like results as
sphinx-proof directives, at least three of them proved by a `{prf:proof}`; a SymPy derivation;
NumPy verification by `assert`; every labelled result named by a code cell that verifies it
(`# verifies: thm-label`) and that asserts something; an ipywidgets interaction; a citation; and a
link to its exercise set. A theorem-like result with no proof must cite where its proof is.

Usage: python tools/anatomy.py chapters/NN_topic.ipynb ...   (prints problems; exit 1 if any)
"""
import re
import sys
from pathlib import Path

import nbformat

RESULT_KINDS = ("theorem", "lemma", "proposition", "corollary")
_OPEN = re.compile(r"^(`{3,}|:{3,})\{prf:(\w+)\}")
_VERIFIES = re.compile(r"#[ \t]*verifies:[ \t]*([\w:, \t-]+)")
_SYMPY_WORK = re.compile(r"\bsp\.(diff|simplify|integrate|solve|limit|series|expand|factor|"
                         r"summation|Matrix|hessian|linsolve|nsimplify)\b|\.diff\(|\.jacobian\(")
_ASSERT = re.compile(r"^\s*assert\b|np\.testing\.assert_", re.M)
_WIDGET = re.compile(r"\bwidgets\.(interact|interactive|interact_manual)\b|\binteractive\(")


def directives(markdown):
    """(kind, label, body) for every prf directive in a markdown text, in order."""
    out, lines, i = [], markdown.splitlines(), 0
    while i < len(lines):
        m = _OPEN.match(lines[i].strip())
        if not m:
            i += 1
            continue
        fence, kind, body, label = m.group(1), m.group(2), [], None
        i += 1
        while i < len(lines) and lines[i].strip() != fence:
            opt = re.match(r"\s*:label:\s*(\S+)", lines[i])
            if opt:
                label = opt.group(1)
            body.append(lines[i])
            i += 1
        out.append((kind, label, "\n".join(body)))
        i += 1
    return out


def problems(nb, name="chapter"):
    md = "\n\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    code_cells = [c.source for c in nb.cells if c.cell_type == "code"]
    code = "\n\n".join(code_cells)
    found = []
    dirs = directives(md)
    kinds = [k for k, _, _ in dirs]
    if "definition" not in kinds:
        found.append(f"{name}: no {{prf:definition}}")
    proved, results = 0, []
    for j, (kind, label, body) in enumerate(dirs):
        if kind not in RESULT_KINDS:
            continue
        if not label:
            found.append(f"{name}: a {{prf:{kind}}} has no :label:")
            continue
        results.append(label)
        nxt = next((k for k, _, _ in dirs[j + 1:] if k in RESULT_KINDS + ("proof",)), None)
        if nxt == "proof":
            proved += 1
        elif "{cite" not in body:
            found.append(f"{name}: {label} has no {{prf:proof}} after it and cites no source for one")
    if proved < 3:
        found.append(f"{name}: {proved} theorem-like results with a proof; at least 3 are required")
    if not _SYMPY_WORK.search(code):
        found.append(f"{name}: no SymPy derivation (sp.diff, sp.simplify, sp.integrate, ...)")
    if not _ASSERT.search(code):
        found.append(f"{name}: no assert-based numerical verification")
    if not _WIDGET.search(code):
        found.append(f"{name}: no ipywidgets interaction (widgets.interact)")
    if "{cite" not in md:
        found.append(f"{name}: no {{cite}} to the bibliography")
    if not re.search(r"exercises/\d\d_\w+", md):
        found.append(f"{name}: no link to its exercise set in exercises/")
    verified = set()
    for src in code_cells:
        for m in _VERIFIES.finditer(src):
            labels = {x.strip() for x in re.split(r"[,\s]+", m.group(1)) if x.strip()}
            if not _ASSERT.search(src):
                found.append(f"{name}: the cell that verifies {', '.join(sorted(labels))} asserts nothing")
            verified |= labels
    for label in results:
        if label not in verified:
            found.append(f"{name}: {label} is not named by any verifying code cell (# verifies: {label})")
    for label in sorted(verified - set(results)):
        found.append(f"{name}: a cell claims to verify {label}, which is not a labelled result here")
    return found


if __name__ == "__main__":
    bad = []
    for p in sys.argv[1:]:
        bad += problems(nbformat.read(p, as_version=4), Path(p).name)
    print("\n".join(bad) or "anatomy: ok")
    sys.exit(1 if bad else 0)
