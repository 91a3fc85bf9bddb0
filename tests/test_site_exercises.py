"""The exercise and solution pages in a real browser (see test_site.py); a module of its own so
that the two test workers share the rendering."""
from test_site import browser, check_rendering, site  # noqa: F401  (fixtures)


def test_exercise_and_solution_pages_render_offline(site, browser):  # noqa: F811
    check_rendering(site, browser, {"exercises", "solutions"})
