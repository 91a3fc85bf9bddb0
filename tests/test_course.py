"""The course edition: no solutions anywhere, nothing left pointing at them."""

import yaml

from build_course import course_copy, course_toc, strip_solution_links
from booktools import ROOT


def test_course_toc_has_every_page_but_the_solutions():
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text())
    full, course = yaml.safe_dump(toc), yaml.safe_dump(course_toc(toc))
    assert "solutions/" in full and "solutions/" not in course
    assert course.count("exercises/") == full.count("exercises/") > 0
    assert course.count("chapters/") == full.count("chapters/")


def test_solution_links_are_removed():
    text = "Now try [the exercises](../exercises/03_x.ipynb) (worked solutions: [solutions](../solutions/03_x.ipynb))."
    assert strip_solution_links(text) == "Now try [the exercises](../exercises/03_x.ipynb)."
    assert (
        strip_solution_links("see [the solutions](../solutions/a.ipynb) now")
        == "see the solutions now"
    )


def test_course_copy_has_no_solutions(tmp_path):
    dest = course_copy(tmp_path / "book")
    assert not (dest / "solutions").exists()
    leftovers = [
        p.name
        for p in dest.rglob("*")
        if p.suffix in (".ipynb", ".md", ".yml")
        and ("](../solutions/" in p.read_text() or "file: solutions/" in p.read_text())
    ]
    assert not leftovers, leftovers


def test_pdf_toc_has_the_chapters_but_no_exercises_or_solutions():
    from build_pdf import link_to_site, pdf_toc

    toc = yaml.safe_load((ROOT / "_toc.yml").read_text())
    pdf = yaml.safe_dump(pdf_toc(toc))
    assert "exercises/" not in pdf and "solutions/" not in pdf
    assert pdf.count("chapters/") == yaml.safe_dump(toc).count("chapters/")
    assert link_to_site("[the exercises](../exercises/05_x.ipynb)", "https://s/") == (
        "[the exercises](https://s/exercises/05_x.html)")
