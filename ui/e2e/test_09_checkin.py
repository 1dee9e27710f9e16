"""Issue 8's scenario: record a check-in on a key result in the app and see it in the
key result's history chart, in the last check-in line, and in the plan file."""

from conftest import plan_db, ui_id


def circles(app, kr_id):
    return len(app.all(f'[data-testid="checkin-chart-{ui_id(kr_id)}"] svg circle'))


def test_record_a_check_in_and_see_the_chart(app, sample_plan):
    plan = sample_plan
    app.start(plan)
    app.wait("tree")
    quarter = app.quarter()
    with plan_db(plan) as db:
        agent, kr_key, kr_id, target = db.execute(
            "SELECT n.key, k.key, k.id, k.target FROM key_result k "
            "JOIN objective o ON o.id = k.objective_id JOIN node n ON n.id = o.owner_id "
            "WHERE n.level = 3 AND o.quarter = ? AND k.kind = 'progress' ORDER BY n.key, o.key, k.position LIMIT 1",
            (quarter,),
        ).fetchone()
        before = db.execute("SELECT count(*) FROM checkin WHERE key_result_id = ?", (kr_id,)).fetchone()[0]

    app.select_node(agent)
    app.wait(f"checkins-{kr_key}")
    drawn_before = circles(app, kr_id)

    # A value a little short of the target, typed the way a Vietnamese user might.
    value = round(target * 0.97, 2)
    app.type(f"checkin-value-{kr_key}", str(value).replace(".", ","))
    app.choose(f"checkin-confidence-{kr_key}", "at-risk")
    app.type(f"checkin-note-{kr_key}", "Tuần 8: thiếu người ca tối")
    app.click(f"checkin-save-{kr_key}")

    # The history gains a point and the last check-in names the new value.
    app.until(lambda: circles(app, kr_id) == drawn_before + 1, message="the chart did not gain the check-in")
    shown = app.testid_text(f"last-checkin-{kr_key}")
    whole = str(value).split(".")[0]
    assert whole in shown, shown
    app.screenshot("checkin-chart")

    with plan_db(plan) as db:
        rows = db.execute(
            "SELECT value, confidence, note FROM checkin WHERE key_result_id = ? ORDER BY recorded_at",
            (kr_id,),
        ).fetchall()
        current = db.execute("SELECT current FROM key_result WHERE id = ?", (kr_id,)).fetchone()[0]
    assert len(rows) == before + 1
    assert rows[-1] == (value, "at-risk", "Tuần 8: thiếu người ca tối")
    assert current == value
