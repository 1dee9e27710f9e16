"""Scenario 13: a Vietnamese director imports her own workbook (saved by LibreOffice, with
Vietnamese sheet names, headers and values) through the Import dialog. A file that is no
workbook is refused saying so, and the plan is unchanged; the workbook then shows up in
the tree."""

from conftest import ROOT, plan_db
from conftest import plan_dump as dump

WORKBOOK = ROOT / "tests" / "data" / "excel" / "ke-hoach-vi.xlsx"
NOT_A_WORKBOOK = ROOT / "tests" / "data" / "excel" / "to-chuc-windows-1258.csv"


def test_import_a_workbook_through_the_dialog(app, tmp_path):
    plan = tmp_path / "ke-hoach.okr"
    app.start(plan)  # a new, empty plan
    app.wait("add-company")
    before = dump(plan)

    app.click("file-menu")
    app.click("file-import")
    app.wait("import-dialog")
    app.type("import-file-workbook", str(NOT_A_WORKBOOK))
    app.click("import-run")
    app.wait("import-problem")
    rows = [r.text for r in app.find("import-problem-row")]
    assert any(
        "to-chuc-windows-1258.csv" in r and "the file is not an Excel workbook" in r for r in rows
    ), rows
    assert dump(plan) == before, "a refused import changed the plan"

    app.type("import-file-workbook", str(WORKBOOK))
    app.click("import-run")
    done = app.testid_text("import-done")
    assert "5 people and units added" in done, done
    assert not app.find("import-problem")
    with plan_db(plan) as db:
        nodes = db.execute("SELECT count(*) FROM node").fetchone()[0]
        levels = dict(db.execute("SELECT key, level FROM node").fetchall())
        quarters = {k: q for k, q in db.execute("SELECT key, quarter FROM objective")}
        baseline = db.execute(
            "SELECT k.baseline FROM key_result k JOIN objective o ON o.id = k.objective_id "
            "WHERE o.key = 'hn-1'"
        ).fetchone()[0]
    assert nodes == 5
    assert levels["saomai"] == 0 and levels["hotline-hn"] == 2 and levels["nv-duc"] == 3, levels
    assert quarters == {"sm-1": "2026-Q4", "cskh-1": "2026-Q4", "hn-1": "2026-Q4"}, quarters
    assert baseline == 4.5, "the text 4,5 is read as the number 4.5"
    app.screenshot("workbook-imported")
    app.click("import-close")
    app.gone("import-dialog")
    assert app.row_name("saomai") == "Công ty Sao Mai"
