"""Scenario 6: the quarter switch and the alignment map on the sample plan, and a
screenshot of every screen (Cascade, Findings, Map, Load, Templates) kept as artefacts."""

from conftest import own_objectives, plan_db


SEEN: dict[bytes, str] = {}


def saved(path):
    """A screenshot that is there, not blank, and not the same picture as an earlier one."""
    assert path.is_file() and path.stat().st_size > 10_000, f"{path} is missing or blank"
    png = path.read_bytes()
    assert png not in SEEN, f"{path.name} shows the same as {SEEN[png]}"
    SEEN[png] = path.name
    return path


def test_quarter_switch_map_and_every_screen(app, sample_plan):
    plan = sample_plan
    app.start(plan)
    app.wait("tree")
    with plan_db(plan) as db:
        company = db.execute("SELECT key FROM node WHERE level = 0").fetchone()[0]
        planned = [q for (q,) in db.execute("SELECT DISTINCT quarter FROM objective ORDER BY quarter")]
    first = app.quarter()
    assert first in planned
    app.row(company)
    saved(app.screenshot("cascade"))

    # Findings: filtered to errors, one of them opened.
    app.choose("findings-severity", "error")
    errors = app.until(lambda: app.all('[data-testid="findings-panel"] button.item.error'))
    assert not app.all('[data-testid="findings-panel"] button.item.warning')
    errors[0].click()
    app.until(lambda: app.all('[data-testid="findings-panel"] button.item.active'), message="finding not opened")
    saved(app.screenshot("findings"))
    app.choose("findings-severity", "")

    # The quarter switch: the counts follow the plan's other quarter.
    other = next(q for q in planned if q != first)
    app.choose("quarter-select", other)
    held = own_objectives(plan, other)
    app.until(lambda: app.count(company)[0] == held[company], message=f"counts did not switch to {other}")
    with plan_db(plan) as db:
        for (key,) in db.execute("SELECT key FROM node WHERE level <= 1 ORDER BY key"):
            assert app.count(key)[0] == held[key]
    assert app.value("quarter-select") == other
    saved(app.screenshot("cascade-other-quarter"))
    app.choose("quarter-select", first)

    # The alignment map: a box for each of the company's objectives, orphans marked.
    app.click("tab-map")
    app.wait("alignment-map")
    with plan_db(plan) as db:
        top = [
            k
            for (k,) in db.execute(
                "SELECT o.key FROM objective o JOIN node n ON n.id = o.owner_id WHERE n.level = 0 AND o.quarter = ?",
                (first,),
            )
        ]
        orphans = [
            k
            for (k,) in db.execute(
                "SELECT o.key FROM objective o JOIN node n ON n.id = o.owner_id "
                "WHERE n.level > 0 AND o.parent_id IS NULL AND o.quarter = ?",
                (first,),
            )
        ]
    assert top and orphans
    for k in top + orphans:
        assert app.find(f"map-objective-{k}"), f"no box for {k} on the map"
    assert app.all('[data-testid="alignment-map"] svg line, [data-testid="alignment-map"] svg path'), "no lines"
    saved(app.screenshot("map"))

    app.click("tab-load")
    app.wait("load-view")
    assert app.all('[data-testid^="load-row-"]')
    saved(app.screenshot("load"))

    app.click("tab-templates")
    app.wait("templates")
    assert app.all('[data-testid^="template-"]')
    saved(app.screenshot("templates"))
