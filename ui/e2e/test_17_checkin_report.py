"""Issue 20's scenario: a helpdesk's weekly report (a row per agent, a column per
measure) previewed in the app's "Check-ins from a report…" dialog — how many key results
get a value, which owners and columns match nothing — then recorded: the key result's
chart gains the check-in and the plan file holds it. The same dialog in Vietnamese."""

from datetime import date

from conftest import plan_db, ui_id, plan_dump


def circles(app, kr_id):
    return len(app.all(f'[data-testid="checkin-chart-{ui_id(kr_id)}"] svg circle'))


def body(app) -> str:
    # WebKitWebDriver's element text leaves out ellipsised text; the page's own does not.
    return app.d.execute_script("return document.body.innerText")


def this_quarter() -> str:
    today = date.today()
    return f"{today.year}-Q{(today.month - 1) // 3 + 1}"


def test_a_report_applied_in_the_app_moves_the_chart(app, sample_plan, tmp_path):
    plan = sample_plan
    quarter = this_quarter()
    with plan_db(plan) as db:
        agent, kr_key, kr_id, measure = db.execute(
            "SELECT n.key, k.key, k.id, k.measure FROM key_result k "
            "JOIN objective o ON o.id = k.objective_id JOIN node n ON n.id = o.owner_id "
            "WHERE n.level = 3 AND o.quarter = ? AND k.measure = 'CSAT' AND k.kind = 'progress' "
            "ORDER BY n.key, o.key, k.position LIMIT 1",
            (quarter,),
        ).fetchone()
        csat_of_agent = db.execute(
            "SELECT count(*) FROM key_result k JOIN objective o ON o.id = k.objective_id "
            "JOIN node n ON n.id = o.owner_id WHERE n.key = ? AND o.quarter = ? AND k.measure = 'CSAT'",
            (agent, quarter),
        ).fetchone()[0]
    report = tmp_path / "helpdesk-week.csv"
    report.write_text(
        f"owner,CSAT,Team\n{agent},4.61,Hotline\nnguoi-da-nghi,4.2,Hotline\n", encoding="utf-8"
    )

    app.start(plan)
    app.wait("tree")
    assert app.quarter() == quarter
    app.select_node(agent)
    app.wait(f"checkins-{kr_key}")
    drawn_before = circles(app, kr_id)
    before = plan_dump(plan)

    app.click("file-menu")
    app.click("file-checkin-report")
    app.wait("checkin-report-dialog")
    app.type("checkin-report-file", str(report))
    app.type("checkin-report-note", "Báo cáo tuần từ helpdesk")
    app.click("checkin-report-preview-run")
    app.wait("checkin-report-preview")
    shown = body(app)
    assert f"{csat_of_agent} key results would get a value" in shown, shown
    assert "nguoi-da-nghi" in shown and "Team" in shown, shown
    app.screenshot("checkin-report-preview")
    assert plan_dump(plan) == before, "the preview changed the plan"

    app.click("checkin-report-apply")
    app.wait("checkin-report-done")
    assert f"{csat_of_agent} check-ins recorded" in body(app)
    app.screenshot("checkin-report-done")
    app.click("checkin-report-close")
    app.gone("checkin-report-dialog")

    # The chart gains the report's value, and the plan file holds it.
    app.until(lambda: circles(app, kr_id) == drawn_before + 1, message="the chart did not gain the check-in")
    app.screenshot("checkin-report-chart")
    with plan_db(plan) as db:
        value, note = db.execute(
            "SELECT value, note FROM checkin WHERE key_result_id = ? ORDER BY recorded_at DESC LIMIT 1",
            (kr_id,),
        ).fetchone()
        current = db.execute("SELECT current FROM key_result WHERE id = ?", (kr_id,)).fetchone()[0]
    assert (value, note, current) == (4.61, "Báo cáo tuần từ helpdesk", 4.61)

    # In Vietnamese: a report with a value that is no number is refused by line and column.
    app.choose("language-select", "vi")
    bad = tmp_path / "bao-cao-loi.csv"
    bad.write_text(f"owner,CSAT\n{agent},tốt\n", encoding="utf-8")
    app.click("file-menu")
    app.click("file-checkin-report")
    app.wait("checkin-report-dialog")
    app.type("checkin-report-file", str(bad))
    app.click("checkin-report-preview-run")
    app.wait("import-problem")
    shown = body(app)
    assert "báo cáo bị từ chối" in shown and "tốt" in shown, shown
    app.screenshot("checkin-report-refused-vi")
    app.type("checkin-report-file", str(report))
    app.click("checkin-report-preview-run")
    app.wait("checkin-report-preview")
    assert "kết quả then chốt sẽ nhận giá trị" in body(app)
    app.screenshot("checkin-report-preview-vi")
    app.click("checkin-report-close")
    app.gone("checkin-report-dialog")
