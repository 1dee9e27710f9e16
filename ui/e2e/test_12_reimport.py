"""Scenario 12: the director imports the same spreadsheets again through the app. The
quarter's check-ins stay and nothing changes; a spreadsheet that drops a key result holding
check-ins is refused naming it, until the user confirms the removal."""

import shutil

from conftest import IMPORT_FILES as FILES
from conftest import SAMPLE, okr, plan_db
from conftest import fill_import as fill_in
from conftest import plan_dump as dump


def test_reimport_keeps_check_ins_and_removes_only_when_confirmed(app, tmp_path):
    plan = tmp_path / "plan.okr"
    files = [f"--{flag}" for flag in ("org", "objectives", "key-results")]
    args = [x for f, n in zip(files, FILES.values()) for x in (f, SAMPLE / n)]
    assert okr("import", plan, *args).returncode == 0
    with plan_db(plan) as db:
        key, title, objective = db.execute(
            "SELECT k.key, k.title, o.key FROM key_result k JOIN objective o ON o.id = k.objective_id "
            "WHERE (SELECT count(*) FROM key_result x WHERE x.objective_id = k.objective_id "
            "AND x.title = k.title) = 1 ORDER BY k.key LIMIT 1"
        ).fetchone()
    checkin = okr("checkin", plan, "--kr", key, "--value", "4.45", "--note", "tuần 2")
    assert checkin.returncode == 0, checkin.stderr

    app.start(plan)
    with plan_db(plan) as db:
        (company,) = db.execute("SELECT key FROM node WHERE level = 0").fetchone()
    app.wait(f"tree-row-{company}")
    before = dump(plan)
    app.click("file-menu")
    app.click("file-import")
    app.wait("import-dialog")
    fill_in(app, SAMPLE)
    app.click("import-run")
    done = app.testid_text("import-done")
    assert "Nothing changed" in done, done
    assert dump(plan) == before, "an unchanged re-import changed the plan"
    app.screenshot("reimport-unchanged")

    dropped = tmp_path / "dropped"
    shutil.copytree(SAMPLE, dropped)
    lines = (dropped / "key_results.csv").read_text(encoding="utf-8-sig").splitlines(keepends=True)
    keep = [l for l in lines if not l.startswith(f"{objective},{title},")]
    assert len(keep) == len(lines) - 1
    (dropped / "key_results.csv").write_text("\ufeff" + "".join(keep), encoding="utf-8")
    fill_in(app, dropped)
    app.click("import-run")
    problem = app.testid_text("import-problem")
    assert key in problem and "1 check-in" in problem, problem
    assert dump(plan) == before, "the refused import changed the plan"
    app.screenshot("reimport-would-remove")

    app.click("import-remove-run")
    done = app.testid_text("import-done")
    assert "1 removed" in done, done
    with plan_db(plan) as db:
        assert db.execute("SELECT count(*) FROM key_result WHERE key = ?", (key,)).fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM checkin").fetchone()[0] == 0
