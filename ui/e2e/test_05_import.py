"""Scenario 5: import the three spreadsheets. With a bad row the error names the file and
the line and the plan is unchanged; the good files then show up in the tree."""

import shutil

from conftest import SAMPLE, own_objectives, plan_db
from conftest import fill_import as fill_in
from conftest import plan_dump as dump


def test_import_refuses_a_bad_row_then_takes_the_good_files(app, tmp_path):
    good = tmp_path / "good"
    shutil.copytree(SAMPLE, good)
    bad = tmp_path / "bad"
    shutil.copytree(SAMPLE, bad)
    lines = (bad / "objectives.csv").read_text(encoding="utf-8-sig").splitlines(keepends=True)
    broken_line = 5  # the header is line 1
    fields = lines[broken_line - 1].split(",")
    assert fields[1].startswith("20"), fields  # the quarter column
    fields[1] = "2026-Q7"
    lines[broken_line - 1] = ",".join(fields)
    (bad / "objectives.csv").write_text("\ufeff" + "".join(lines), encoding="utf-8")

    plan = tmp_path / "imported.okr"
    app.start(plan)  # a new, empty plan
    app.wait("add-company")
    before = dump(plan)

    app.click("file-menu")
    app.click("file-import")
    app.wait("import-dialog")
    fill_in(app, bad)
    app.click("import-run")
    app.wait("import-problem")
    rows = [r.text for r in app.find("import-problem-row")]
    assert any(
        "objectives.csv" in r and f"line {broken_line}" in r and "2026-Q7" in r for r in rows
    ), rows
    app.screenshot("import-refused")
    assert dump(plan) == before, "a refused import changed the plan"
    assert not app.all('[data-testid^="tree-row-"]')

    fill_in(app, good)
    app.click("import-run")
    done = app.testid_text("import-done")
    assert not app.find("import-problem")
    with plan_db(plan) as db:
        nodes = db.execute("SELECT count(*) FROM node").fetchone()[0]
        company = db.execute("SELECT key, name FROM node WHERE level = 0").fetchone()
        divisions = db.execute("SELECT key, name FROM node WHERE level = 1 ORDER BY key").fetchall()
        quarters = [q for (q,) in db.execute("SELECT DISTINCT quarter FROM objective ORDER BY quarter")]
    assert nodes == len(open(good / "org.csv", encoding="utf-8-sig").read().splitlines()) - 1
    assert str(nodes) in done, done
    app.screenshot("import-done")
    app.click("import-close")
    app.gone("import-dialog")

    assert app.row_name(company[0]) == company[1]
    if app.row(company[0]).get_attribute("aria-expanded") != "true":
        app.click(f"tree-toggle-{company[0]}")  # unfold it, as the user would
    quarter = app.quarter()
    assert quarter in quarters, f"the app shows {quarter}, the plan has {quarters}"
    held = own_objectives(plan, quarter)
    for key, name in [company, *divisions]:
        assert app.row_name(key) == name
        assert app.count(key)[0] == held[key]
    app.screenshot("imported-tree")
