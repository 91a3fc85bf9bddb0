"""The solution, front- and back-matter pages in a real browser (see test_site.py; a module of its own
so that the two test workers share the rendering), and the exercise pages by their formulas.

An exercise page is its solution page with the worked solutions taken out (tools/make_exercises.py),
so every formula on it is also on the solution page, which is rendered in Chromium here. Instead of
rendering the exercise pages a second time, the test checks exactly that: each exercise page's
formulas are a subset of its solution page's. A formula that only an exercise page had would fail it.
"""

import re
from collections import Counter

from sitetools import check_rendering, first_page_of_each_part, pages

MATH = re.compile(r'<(span|div) class="math notranslate nohighlight"[^>]*>(.*?)</\1>', re.S)
RENDERED_HERE = {"solutions", "pages", ""}
RENDERED_IN_TEST_SITE = {"chapters"}


def formulas(page):
    return Counter(m.group(2).strip() for m in MATH.finditer(page.read_text(encoding="utf-8")))


def test_solution_and_other_pages_render_offline(site, browser):
    check_rendering(site, browser, RENDERED_HERE)


def test_every_page_but_the_exercises_is_rendered(site):
    folders = {
        (p.relative_to(site).parts[0] if len(p.relative_to(site).parts) > 1 else "")
        for p in pages(site)
    }
    assert folders - RENDERED_HERE - RENDERED_IN_TEST_SITE == {"exercises"}, folders
    assert all(
        f.split("/")[0] in RENDERED_HERE | RENDERED_IN_TEST_SITE
        for _, f in first_page_of_each_part()
    )


def formula_problems(exercise_page, solution_page):
    theirs = formulas(solution_page)
    return [
        f"exercises/{exercise_page.name}: formula not on the solution page: {f[:80]!r}"
        for f in formulas(exercise_page)
        if f not in theirs
    ]


def test_exercise_page_formulas_are_on_the_rendered_solution_pages(site):
    exercise_pages = sorted((site / "exercises").glob("*.html"))
    assert exercise_pages, "no exercise pages"
    problems = []
    for ex in exercise_pages:
        assert formulas(ex), f"{ex.name}: no formulas found (has the HTML for math changed?)"
        problems += formula_problems(ex, site / "solutions" / ex.name)
    assert not problems, "\n".join(problems[:20])


def test_a_formula_only_on_an_exercise_page_is_caught(site, tmp_path):
    ex = sorted((site / "exercises").glob("*.html"))[0]
    bad = tmp_path / ex.name
    bad.write_text(
        ex.read_text(encoding="utf-8").replace(
            "</article>",
            '<span class="math notranslate nohighlight">\\(\\notamacro{q}\\)</span></article>',
            1,
        ),
        encoding="utf-8",
    )
    assert formula_problems(ex, site / "solutions" / ex.name) == []
    assert any("notamacro" in p for p in formula_problems(bad, site / "solutions" / ex.name))
