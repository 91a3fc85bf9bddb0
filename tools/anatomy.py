"""The chapter anatomy, as a function: `problems(nb, name)` lists what a chapter notebook lacks.

CONTRIBUTING.md ("The chapter, in this order") is the specification; every rule there is checked:
- the title `# N. Title` (N the file's number) and the opening paragraph "What this chapter proves,
  and what it assumes";
- `## N.k` sections numbered 1, 2, 3, ... in order, then exactly `## Summary` (linking to the
  exercise set) and `## References` (citing with {cite});
- one signposting form, `**Derive.**`, `**Verify.**`, `**Explore.**` opening a paragraph, all three
  present, and no other form (a heading or a bold lead that starts with Derive/Verify/Explore);
- labels (directives and `(target)=`) that carry the chapter's own number;
- definitions and labelled theorem-like results as sphinx-proof directives, at least three proved
  by a `{prf:proof}`, the others citing where their proof is; a SymPy derivation; NumPy
  verification by `assert`; every labelled result named by a code cell that verifies it
  (`# verifies: thm-label` on its first line) and that asserts something, except that a result
  stated without proof (it cites its source) may instead be shown by a cell whose first line is
  `# illustrates: thm-label` (an illustration, which does not count as a verification; see
  "Verification must have power" in CONTRIBUTING.md);
- an ipywidgets interaction in a visible cell, a static figure for the website (a `hide-input`
  cell that draws), and no function defined in a hidden cell.

Usage: python tools/anatomy.py chapters/NN_topic.ipynb ...   (prints problems; exit 1 if any)
"""

import re
import sys
from pathlib import Path

import nbformat

RESULT_KINDS = ("theorem", "lemma", "proposition", "corollary")
_OPEN = re.compile(r"^(`{3,}|:{3,})\{prf:(\w+)\}")
_VERIFIES = re.compile(r"#[ \t]*verifies:[ \t]*([\w:, \t-]+)")
_ILLUSTRATES = re.compile(r"#[ \t]*illustrates:[ \t]*([\w:, \t-]+)")
_SYMPY_WORK = re.compile(
    r"\bsp\.(diff|simplify|integrate|solve|limit|series|expand|factor|"
    r"summation|Matrix|hessian|linsolve|nsimplify)\b|\.diff\(|\.jacobian\("
)


def verified_labels(src):
    """The labels a code cell names on its first line as `# verifies: a, b` (empty if none); the one
    reading of a verifying cell, shared with tools/power.py."""
    first = src.lstrip().splitlines()[0] if src.strip() else ""
    return {x for m in _VERIFIES.finditer(first) for x in re.split(r"[,\s]+", m.group(1)) if x}


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


_SIGNPOST = re.compile(r"^\*\*(Derive|Verify|Explore)\.\*\*(\s|$)")
_SIGNPOST_LIKE = re.compile(
    r"^(\*\*|#+\s+(\d+\.\d+\s+)?)(Derive|Deriving|Derivation|Verify|Verifying|"
    r"Verification|Explore|Exploring|Exploration)\b"
)
_TARGET = re.compile(r"^\(([^)\s]+)\)=\s*$", re.M)
_PLOT_CALL = re.compile(r"\b(plot_\w+)\s*\(")


def _markdown_lines(md):
    """The lines of a markdown text that are prose: not inside a ``` code block (a directive,
    ```{prf:...} ... ```, is prose)."""
    out, stack = [], []  # open fences; a directive's fence is prose, any other is code
    for line in md.splitlines():
        m = re.match(r"^\s*(`{3,}|~{3,}|:{3,})(.*)$", line)
        in_code = any(not d for _, d in stack)
        if m and stack and m.group(1) == stack[-1][0] and not m.group(2).strip():
            was_code = not stack.pop()[1]
            if not was_code:
                out.append(line)
            continue
        if m and m.group(2).strip() and not in_code:
            stack.append((m.group(1), m.group(2).lstrip().startswith("{")))
            if stack[-1][1]:
                out.append(line)
            continue
        if not in_code:
            out.append(line)
    return out


def structure_problems(nb, name, number):
    """The title, opening paragraph, numbered sections, Summary, References, signposts, labels."""
    found, cells = [], nb.cells
    md_cells = [c.source for c in cells if c.cell_type == "markdown"]
    first = md_cells[0] if md_cells else ""
    if not re.match(rf"^# {number}\. \S", first):
        found.append(f"{name}: the first cell does not open with the title '# {number}. Title'")
    if "**What this chapter proves, and what it assumes.**" not in first:
        found.append(
            f"{name}: no opening paragraph '**What this chapter proves, and what it assumes.**'"
            " in the first cell"
        )
    lines = _markdown_lines("\n\n".join(md_cells))
    heads = [(i, l.strip()) for i, l in enumerate(lines) if re.match(r"^## ", l)]
    titles = [h for _, h in heads]
    if titles[-2:] != ["## Summary", "## References"]:
        found.append(f"{name}: the last two sections are not '## Summary' and '## References'")
    numbered = [h for h in titles if h not in ("## Summary", "## References")]
    for k, h in enumerate(numbered, start=1):
        if not h.startswith(f"## {number}.{k} "):
            found.append(f"{name}: section '{h}' should be numbered '## {number}.{k} ...'")
            break
    sections = {
        h: "\n".join(lines[i:j]) for (i, h), (j, _) in zip(heads, heads[1:] + [(len(lines), "")])
    }
    if "## Summary" in sections and not re.search(r"exercises/\d\d_\w+", sections["## Summary"]):
        found.append(f"{name}: the Summary does not link to the exercise set")
    if "## References" in sections and "{cite" not in sections["## References"]:
        found.append(f"{name}: the References section cites nothing ({{cite}})")
    seen = set()
    for line in lines:
        text = line.strip()
        m = _SIGNPOST.match(text)
        if m:
            seen.add(m.group(1))
        elif _SIGNPOST_LIKE.match(text):
            found.append(
                f"{name}: signpost in another form: '{text[:50]}' (use **Derive.**, **Verify.**, "
                "**Explore.** opening a paragraph)"
            )
    for word in ("Derive", "Verify", "Explore"):
        if word not in seen:
            found.append(f"{name}: no '**{word}.**' signpost")
    labels = [lab for _, lab, _ in directives("\n\n".join(md_cells)) if lab]
    labels += _TARGET.findall("\n\n".join(md_cells))
    for lab in labels:
        if not re.match(rf"^[a-z]+-{number:02d}-", lab):
            found.append(f"{name}: label {lab} does not carry the chapter's number ({number:02d})")
    return found


def figure_problems(nb, name):
    """A static figure for the website (a hide-input cell that draws), a visible widget cell, and
    nothing defined in a hidden cell (the text may rely on it)."""
    found, figure = [], False
    for c in nb.cells:
        if c.cell_type != "code":
            continue
        hidden = "hide-input" in c.metadata.get("tags", [])
        if hidden and re.search(r"^(def|class) ", c.source, re.M):
            found.append(
                f"{name}: a hide-input cell defines a function ('{c.source.splitlines()[0][:40]}'); "
                "the text may rely on it, so show it"
            )
        if hidden and _WIDGET.search(c.source):
            found.append(f"{name}: the widget cell is hidden")
        figure |= hidden and bool(re.search(r"\bplt\.|\bplot_\w+\(", c.source))
    if not figure:
        found.append(f"{name}: no static figure for the website (a hide-input cell that draws)")
    return found


def problems(nb, name="chapter"):
    md = "\n\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    code_cells = [c.source for c in nb.cells if c.cell_type == "code"]
    code = "\n\n".join(code_cells)
    found = []
    m = re.match(r"(\d\d)_", name)
    if m:
        found += structure_problems(nb, name, int(m.group(1)))
        found += figure_problems(nb, name)
    dirs = directives(md)
    kinds = [k for k, _, _ in dirs]
    if "definition" not in kinds:
        found.append(f"{name}: no {{prf:definition}}")
    proved, results, unproved = 0, [], set()
    for j, (kind, label, body) in enumerate(dirs):
        if kind not in RESULT_KINDS:
            continue
        if not label:
            found.append(f"{name}: a {{prf:{kind}}} has no :label:")
            continue
        results.append(label)
        nxt = next((k for k, _, _ in dirs[j + 1 :] if k in RESULT_KINDS + ("proof",)), None)
        if nxt == "proof":
            proved += 1
            continue
        unproved.add(label)
        if "{cite" not in body:
            found.append(
                f"{name}: {label} has no {{prf:proof}} after it and cites no source for one"
            )
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
    verified, illustrated = set(), set()
    for src in code_cells:
        first = src.lstrip().splitlines()[0] if src.strip() else ""
        for m in _ILLUSTRATES.finditer(first):
            illustrated |= {x.strip() for x in re.split(r"[,\s]+", m.group(1)) if x.strip()}
        labels = verified_labels(src)
        if labels and not _ASSERT.search(src):
            found.append(
                f"{name}: the cell that verifies {', '.join(sorted(labels))} asserts nothing"
            )
        verified |= labels
    for label in results:
        if label in illustrated and label not in verified:
            if label not in unproved:
                found.append(
                    f"{name}: {label} has a proof but only an illustrating cell; verify it"
                )
        elif label not in verified:
            found.append(
                f"{name}: {label} is not named by any verifying code cell (# verifies: {label})"
            )
    for label in sorted((verified | illustrated) - set(results)):
        found.append(
            f"{name}: a cell claims to verify {label}, which is not a labelled result here"
        )
    return found


if __name__ == "__main__":
    bad = []
    for p in sys.argv[1:]:
        bad += problems(nbformat.read(p, as_version=4), Path(p).name)
    print("\n".join(bad) or "anatomy: ok")
    sys.exit(1 if bad else 0)
