"""PDF edition: proofs typeset as a book typesets them, not as boxes with an empty title bar.

sphinx-proof renders a `{prf:proof}` as an admonition without a title node; Sphinx's LaTeX writer then
opens `sphinxadmonition` and takes the proof's first token as the box title, which leaves an empty
coloured bar above every proof. For the LaTeX builder only, this extension unwraps each proof: its
paragraphs follow the theorem, "Proof." is set in italics, and the proof ends with a right-aligned
square. The website (HTML) is untouched.
"""

from docutils import nodes

__all__ = ["setup"]


def _is_proof(node):
    return isinstance(node, nodes.admonition) and "proof" in node.get("classes", [])


def unwrap_proofs(app, doctree, docname):
    if app.builder.format != "latex":
        return
    for box in list(doctree.findall(_is_proof)):
        body = nodes.container("", classes=["proof"])
        body.extend(child.deepcopy() for child in box.children)
        for text in body.findall(nodes.Text):  # the "Proof. " that sphinx-proof prepends
            if text.astext().startswith("Proof."):
                rest = text.astext()[len("Proof.") :]
                parent = text.parent
                i = parent.index(text)
                parent.remove(text)
                parent.insert(i, nodes.Text(rest))
                parent.insert(i, nodes.emphasis("", "Proof."))
                break
        end = nodes.raw("", r"\nobreak\hfill$\square$", format="latex")
        last = body.children[-1] if body.children else None
        if isinstance(last, nodes.paragraph):
            last += end
        else:
            body += nodes.paragraph("", "", end)
        box.replace_self(body)


def setup(app):
    app.connect("doctree-resolved", unwrap_proofs)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
