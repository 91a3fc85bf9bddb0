"""Generate the reader's editions: editions/<path>.ipynb for every notebook of the book.

Colab, Binder/JupyterLab and plain Jupyter render markdown as CommonMark with math, not MyST: a
`{prf:theorem}` directive shows as a code block with `:label:` and raw TeX, `{prf:ref}` and `{cite}`
as literal text. The launch buttons (tools/edition_links.py) therefore open an edition made here
from each notebook listed in _toc.yml (chapters/, exercises/, solutions/; new chapters need nothing):

- code cells are copied verbatim (source, tags, metadata: the answer-checks cell stays collapsed);
- results, proofs, exercises and solutions become a bold heading equal to the website's, computed
  as tools/chapter_numbering.py numbers them (per chapter page, per counter, in document order):
  "**Theorem 5.1 (Backpropagation).**", "*Proof.* ... ∎", "**Exercise 5.1 (GELU).**",
  "**Solution to Exercise 5.1.**";
- {prf:ref}, {ref}, {numref}, {doc}, {eq} become links to the website, with the text the site shows
  ("Theorem 5.1"); {cite} becomes author-year text as the site shows it, linked to the bibliography;
  links to other notebooks become links to their website pages;
- other directives become readable CommonMark; `(label)=` targets become invisible anchors;
- a first cell says the notebook is generated, links to its page on the website and says nothing
  needs installing.

The website's address is `html.baseurl` in _config.yml. Never edit editions/ by hand.

Usage: python tools/make_editions.py [--check]   (--check: write nothing, exit 1 on any drift)
"""
import copy
import functools
import re
import sys
from pathlib import Path

import nbformat
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chapter_numbering import chapter_of  # noqa: E402
import toc  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EDITIONS = "editions"
FOLDERS = ("chapters", "exercises", "solutions")
NOTE_ID = "edition-note"

# sphinx-proof's kinds; `proof` is not numbered. By default each kind has its own counter
# (sphinx_proof.nodes.DEFAULT_REALTYP_TO_COUNTERTYP maps every kind to itself; a project may
# merge counters with `prf_realtyp_to_countertyp`, read from _config.yml below).
PRF_KINDS = ("axiom", "theorem", "lemma", "algorithm", "definition", "remark", "conjecture",
             "corollary", "criterion", "example", "property", "observation", "proposition",
             "assumption", "notation")
ADMONITIONS = ("note", "warning", "tip", "important", "hint", "caution", "attention", "danger",
               "error", "seealso")

FENCE = re.compile(r"^(?P<fence>`{3,}|:{3,})\{(?P<name>[\w:-]+)\}[ \t]*(?P<arg>.*?)\s*$")
TARGET = re.compile(r"^\((?P<label>[\w.:-]+)\)=\s*$")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
ROLE = re.compile(r"\{(?P<role>[\w:-]+)\}`(?P<body>[^`]*)`")
NB_LINK = re.compile(r"\]\((?!\w+://|#|mailto:)(?P<path>[^)\s#]+?)\.(?:ipynb|md)(?P<anchor>#[^)\s]*)?\)")


# ------------------------------------------------------------------ configuration and the TOC

def config():
    return yaml.safe_load((ROOT / "_config.yml").read_text())


def site_url():
    """The website's address, ending in '/' (html.baseurl in _config.yml)."""
    return config()["html"]["baseurl"].rstrip("/") + "/"


def pages_address(repository_url):
    """The GitHub Pages address of a GitHub repository: github.com/org/repo -> org.github.io/repo/."""
    m = re.match(r"https?://github\.com/([^/]+)/([^/]+?)(?:\.git)?/?$", repository_url)
    return f"https://{m.group(1).lower()}.github.io/{m.group(2)}/" if m else None


def toc_files():
    """Every file named in _toc.yml (without extension), in order."""
    return toc.toc_files(ROOT)


def book_notebooks():
    """The docnames ('chapters/05_backpropagation') of the notebooks that get an edition."""
    return [f for f in toc_files() if f.split("/")[0] in FOLDERS and (ROOT / f"{f}.ipynb").exists()]


def markdown_of(docname):
    """The markdown cells' sources of a page (a notebook or a .md page), in order."""
    path = ROOT / f"{docname}.ipynb"
    if path.exists():
        return [c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "markdown"]
    path = ROOT / f"{docname}.md"
    return [path.read_text()] if path.exists() else []


# ------------------------------------------------------------------ directives

def split_options(lines):
    """A directive's body lines -> ({option: value}, remaining lines)."""
    opts, i = {}, 0
    if lines and lines[0].strip() == "---":  # YAML options block
        end = next((k for k in range(1, len(lines)) if lines[k].strip() == "---"), None)
        if end is not None:
            opts = yaml.safe_load("\n".join(lines[1:end])) or {}
            i = end + 1
    while i < len(lines):
        m = re.match(r"^:([\w-]+):\s*(.*?)\s*$", lines[i])
        if not m:
            break
        opts[m.group(1)] = m.group(2)
        i += 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    return opts, lines[i:]


def parse_blocks(text):
    """Markdown -> a list of str (plain lines) and dicts {name, arg, options, body (text)} for
    top-level directives. A directive ends at a line equal to its opening fence (or longer)."""
    lines, out, i = text.split("\n"), [], 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            out.append(lines[i])
            i += 1
            continue
        fence, body, i = m.group("fence"), [], i + 1
        closing = re.compile(rf"^{re.escape(fence[0])}{{{len(fence)},}}\s*$")
        while i < len(lines) and not closing.match(lines[i]):
            body.append(lines[i])
            i += 1
        i += 1  # the closing fence
        opts, body = split_options(body)
        out.append({"name": m.group("name"), "arg": m.group("arg"), "options": opts,
                    "body": "\n".join(body).rstrip()})
    return out


def counter_of(name, cfg):
    """The counter a directive is numbered in on the site, or None if it is not numbered."""
    if name.startswith("prf:"):
        kind = name[4:]
        if kind not in PRF_KINDS:
            return None
        mapping = ((cfg.get("sphinx") or {}).get("config") or {}).get("prf_realtyp_to_countertyp") or {}
        return mapping.get(kind, kind)
    if name == "exercise":
        return "exercise"
    if name == "figure":
        return "figure"
    return None


class Registry:
    """Every label of the book: label -> {doc, kind, number, title, text}, numbered as the site does."""

    def __init__(self):
        cfg = config()
        self.labels, self.titles, self.sequence = {}, {}, {}
        for doc in toc_files():
            self.sequence[doc] = []
            chapter = chapter_of(doc)
            counts = {}
            pending_targets = []
            for src in markdown_of(doc):
                self._scan(doc, chapter, src, counts, pending_targets, cfg)

    def _scan(self, doc, chapter, src, counts, pending, cfg):
        for block in parse_blocks(src):
            if isinstance(block, str):
                t = TARGET.match(block)
                h = HEADING.match(block)
                if t:
                    pending.append(t.group("label"))
                elif h:
                    if doc not in self.titles:
                        self.titles[doc] = h.group(2)
                    for label in pending:
                        self.labels[label] = {"doc": doc, "kind": "section", "number": None,
                                              "title": h.group(2), "text": h.group(2)}
                    pending.clear()
                elif block.strip():
                    pending.clear()
                continue
            name, label = block["name"], block["options"].get("label")
            counter = counter_of(name, cfg)
            number = None
            if counter and "nonumber" not in block["options"]:
                counts[counter] = counts.get(counter, 0) + 1
                number = f"{chapter}.{counts[counter]}" if chapter is not None else str(counts[counter])
            if counter:
                self.sequence[doc].append(number)  # labelled or not, in document order
            kind = name.split(":")[-1]
            if label:
                self.labels[label] = {"doc": doc, "kind": kind, "number": number,
                                      "title": block["arg"] if name != "figure" else block["body"],
                                      "text": f"{kind.title()} {number}" if number else kind.title()}
            if name.startswith("prf:") or name in ("exercise", "solution"):
                self._scan(doc, chapter, block["body"], counts, [], cfg)  # nested directives

    def get(self, label):
        return self.labels.get(label)


# ------------------------------------------------------------------ citations (as the site renders them)

class Citations:
    """Author-year citation texts from references.bib, as sphinxcontrib-bibtex renders them with
    `bibtex_reference_style: author_year` and the plain style's sorting: {cite} and {cite:p} read
    "[Phuong and Hutter, 2022]" (several keys: "[Beck and Teboulle, 2009, Nesterov, 1983]", in the
    bibliography's order), {cite:t} reads "Phuong and Hutter [2022]"; three or more authors give
    "First et al.". The site's anchors of bibliography entries are serial numbers (#id25) that move
    when a citation is added, so the link goes to the bibliography page."""

    def __init__(self):
        import pybtex.plugin
        from pybtex.database import parse_file

        self.entries = {}
        for f in config().get("bibtex_bibfiles", ["references.bib"]):
            self.entries.update(parse_file(ROOT / f).entries)
        self.sorting = pybtex.plugin.find_plugin("pybtex.style.sorting", "author_year_title")()

    @staticmethod
    @functools.lru_cache(maxsize=None)
    def _plain(latex):
        """LaTeX name -> text ("P{\\'o}lya" -> "Pólya"); pybtex's parser is slow, hence the cache."""
        if not re.search(r"[\\{}~]", latex):
            return latex
        from pybtex.richtext import Text
        return Text.from_latex(latex).render_as("text")

    def parts(self, key):
        entry = self.entries[key]
        authors = entry.persons.get("author") or entry.persons.get("editor") or []
        lasts = [self._plain(" ".join(p.prelast_names + p.last_names)) for p in authors]
        if not lasts:
            who = self._plain(entry.fields.get("title", key))
        elif len(lasts) == 1:
            who = lasts[0]
        elif len(lasts) == 2:
            who = f"{lasts[0]} and {lasts[1]}"
        else:
            who = f"{lasts[0]} et al."
        return who, entry.fields.get("year", "")

    def markdown(self, role, keys, url):
        """The citation as markdown: each author-year text a link to `url` (the site links the text
        inside the brackets, one link per work; nested brackets are avoided in link texts, since some
        renderers take an escaped bracket for TeX)."""
        keys = sorted(keys, key=lambda k: self.sorting.sorting_key(self.entries[k]))
        parts = [self.parts(k) for k in keys]
        if role in ("cite:t", "cite:ts"):
            return ", ".join(f"[{who}]({url}) [{year}]" for who, year in parts)
        return "[" + ", ".join(f"[{who}, {year}]({url})" for who, year in parts) + "]"


# ------------------------------------------------------------------ conversion of one page

class Converter:
    def __init__(self, registry=None, citations=None, base=None):
        self.cfg = config()
        self.numbers = iter(())  # the numbers of the page being converted, in document order
        self.registry = registry or Registry()
        self.citations = citations or Citations()
        self.base = base or site_url()

    def page_url(self, doc, anchor=""):
        return f"{self.base}{doc}.html" + (f"#{anchor}" if anchor else "")

    # roles ---------------------------------------------------------------------------------
    def role(self, doc, m):
        role, body = m.group("role"), m.group("body")
        explicit = re.match(r"^(.*?)\s*<([^<>]+)>$", body, re.S)
        text, target = (explicit.group(1), explicit.group(2)) if explicit else (None, body.strip())
        if role.startswith("cite"):
            keys = [k.strip() for k in target.split(",") if k.strip()]
            return self.citations.markdown(role, keys, self.page_url("pages/bibliography"))
        if role in ("prf:ref", "ref", "numref", "eq", "numref"):
            item = self.registry.get(target)
            if item is None:
                raise ValueError(f"{doc}: unknown label {target!r} in {m.group(0)}")
            if text is None:
                if role == "ref" and item["kind"] != "section":
                    text = item["title"] or item["text"]
                elif role == "eq":
                    text = f"({item['number']})"
                else:
                    text = item["text"] if role != "ref" else item["title"]
            elif role == "numref" and "%s" in text:
                text = text.replace("%s", item["number"] or "")
            return f"[{text}]({self.page_url(item['doc'], target)})"
        if role == "doc":
            rel = target[:-6] if target.endswith(".ipynb") else target
            path = (Path(doc).parent / rel).as_posix() if not rel.startswith("/") else rel.lstrip("/")
            path = re.sub(r"[^/]+/\.\./", "", path)
            return f"[{text or self.registry.titles.get(path, path)}]({self.page_url(path)})"
        if role == "math":
            return f"${body}$"
        return text or target  # any other role: its text

    def inline(self, doc, text):
        def link(m):
            path = (Path(doc).parent / m.group("path")).as_posix()
            while re.search(r"[^/.]+/\.\./", path):
                path = re.sub(r"[^/.]+/\.\./", "", path, count=1)
            return f"]({self.page_url(path)}{m.group('anchor') or ''})"
        text = ROLE.sub(lambda m: self.role(doc, m), text)
        return NB_LINK.sub(link, text)

    # directives ----------------------------------------------------------------------------
    @staticmethod
    def with_heading(heading, body):
        """'**Theorem 5.1 (X).**' followed by the body: on the same line when the body opens with a
        paragraph, else as a paragraph of its own."""
        if not body.strip():
            return heading
        first = body.lstrip("\n").split("\n", 1)[0]
        if re.match(r"^(\$\$|[*+-]\s|\d+[.)]\s|#|>|`{3}|:{3}|\||<)", first):
            return f"{heading}\n\n{body}"
        return f"{heading} {body.lstrip()}"

    def directive(self, doc, block):
        name, arg, opts = block["name"], block["arg"], block["options"]
        # the number first: nested directives come after their parent, as in Registry._scan
        number = next(self.numbers, None) if counter_of(name, self.cfg) else None
        body = self.markdown(doc, block["body"])
        label = opts.get("label")
        anchor = f'<a id="{label}"></a>\n' if label else ""
        if name == "prf:proof":
            text = self.with_heading("*Proof.*", body).rstrip()
            last = text.split("\n")[-1]
            text += " ∎" if last.strip() and not last.strip().startswith(("$$", "```")) else "\n\n∎"
            return text
        if name.startswith("prf:") or name == "exercise":
            kind = name.split(":")[-1].title()
            title = f"{kind} {number}" if number else kind
            title += f" ({self.inline(doc, arg)})" if arg else ""
            return anchor + self.with_heading(f"**{title}.**", body)
        if name == "solution":
            item = self.registry.get(arg.strip())
            title = f"Solution to {item['text']}" if item else "Solution"
            return anchor + self.with_heading(f"**{title}.**", body)
        if name in ADMONITIONS or name == "admonition":
            title = self.inline(doc, arg) if name == "admonition" else name.title()
            return anchor + self.with_heading(f"**{title}.**", body)
        if name == "figure":
            caption = f"*Figure {number}:* {body}" if number else body
            return f"{anchor}![{block['body']}]({arg})\n\n{caption}"
        if name == "math":
            return f"{anchor}$$\n{block['body']}\n$$"
        if name in ("code", "code-block", "code-cell"):
            return f"```{arg}\n{block['body']}\n```"
        return anchor + self.with_heading(f"**{name.split(':')[-1].title()}.**", body)

    def markdown(self, doc, text):
        out = []
        for block in parse_blocks(text):
            if isinstance(block, dict):
                out.append(self.directive(doc, block))
                continue
            t = TARGET.match(block)
            out.append(f'<a id="{t.group("label")}"></a>' if t else self.inline(doc, block))
        return "\n".join(out)

    # notebooks -----------------------------------------------------------------------------
    def note(self, doc):
        kind = {"chapters": "this chapter", "exercises": "this exercise set",
                "solutions": "these worked solutions"}
        return (f"*The reader's edition of {kind.get(doc.split('/')[0], 'this page')}, "
                f"for Colab, Binder and Jupyter: [read it on the website]({self.page_url(doc)}). "
                f"It is generated from `{doc}.ipynb` by `tools/make_editions.py`, so theorems, "
                "exercises and references read as on the website. Nothing needs installing: "
                "run all cells (Colab: *Runtime → Run all*; Jupyter: *Run → Run All Cells*).*")

    def notebook(self, doc, nb):
        nb = copy.deepcopy(nb)
        self.numbers = iter(self.registry.sequence.get(doc, []))
        for cell in nb.cells:
            if cell.cell_type == "markdown":
                cell.source = self.markdown(doc, cell.source)
        note = nbformat.v4.new_markdown_cell(self.note(doc))
        note.id = NOTE_ID
        note.metadata["editable"] = False
        nb.cells.insert(0, note)
        return nb


def edition_path(doc):
    return ROOT / EDITIONS / f"{doc}.ipynb"


def text_of(nb):
    return nbformat.writes(nb) + "\n"


def main(argv):
    check_only = "--check" in argv
    conv = Converter()
    drift, wanted = [], set()
    for doc in book_notebooks():
        path = edition_path(doc)
        wanted.add(path)
        text = text_of(conv.notebook(doc, nbformat.read(ROOT / f"{doc}.ipynb", as_version=4)))
        if not path.exists() or path.read_text() != text:
            drift.append(path.relative_to(ROOT))
            if not check_only:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text)
    for stale in sorted((ROOT / EDITIONS).rglob("*.ipynb")) if (ROOT / EDITIONS).exists() else []:
        if stale not in wanted:  # the source left the book
            drift.append(stale.relative_to(ROOT))
            if not check_only:
                stale.unlink()
    verb = "out of date" if check_only else "written"
    for p in drift:
        print(f"{verb}: {p}")
    return 1 if (check_only and drift) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
