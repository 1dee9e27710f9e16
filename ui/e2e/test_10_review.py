"""Issue 10's scenario: hand out a team's review from the sample plan through the app,
open the copy (the app says plainly what it is), change a link and add a comment in it,
then merge it back through the app and see the change and the updated findings."""

import sqlite3

from conftest import okr, plan_db


def panel(app) -> str:
    """What the findings panel lists (all of it, also the part scrolled away)."""
    return app.wait("findings-panel").get_attribute("textContent")


def test_hand_out_review_and_merge_back(app, sample_plan, tmp_path):
    plan = sample_plan
    copy = tmp_path / "Bản duyệt nhóm.okr"

    app.start(plan)
    app.wait("tree")
    quarter = app.quarter()
    with plan_db(plan) as db:
        # A team whose agent has an objective linked to another: the link the reviewer cuts.
        team, team_name, agent, objective, objective_id = db.execute(
            "SELECT t.key, t.name, a.key, o.key, o.id FROM objective o "
            "JOIN node a ON a.id = o.owner_id JOIN node t ON t.id = a.parent_id "
            "WHERE a.level = 3 AND t.level = 2 AND o.quarter = ? AND o.parent_id IS NOT NULL "
            "ORDER BY t.key, a.key, o.key LIMIT 1",
            (quarter,),
        ).fetchone()

    assert objective not in panel(app)

    # Hand out: the selected team, the shown quarter, a typed path.
    app.select_node(team)
    app.click("file-menu")
    app.click("file-handout")
    app.wait("handout-dialog")
    assert team in app.testid_text("handout-node")
    app.type("handout-path", str(copy))
    app.click("handout-run")
    assert str(copy) in app.testid_text("handout-done")
    app.screenshot("handout-done")
    assert copy.exists()
    app.stop()

    # The reviewer opens the copy: the banner says whose it is, from where and when.
    app.start(copy)
    banner = app.testid_text("review-banner")
    assert team_name in banner and team in banner and plan.name in banner, banner
    app.screenshot("review-copy-banner")
    app.stop()

    # In the copy: cut the agent's link and comment on the objective (the real CLI and
    # SQLite, as any program may write the copy; the copy's own rules still apply).
    db = sqlite3.connect(copy)
    with db:
        db.execute("UPDATE objective SET parent_id = NULL WHERE id = ?", (objective_id,))
    db.close()
    comment = f"{objective}=Mục tiêu này cần nối lại với nhóm"
    r = okr("review", copy, "--quarter", quarter, "--node", team, "--by", "Chị Lan", "--comment", comment)
    assert r.returncode == 0, r.stderr
    with plan_db(plan) as db:
        assert db.execute("SELECT parent_id FROM objective WHERE id = ?", (objective_id,)).fetchone()[0]

    # Merge back in the plan, through the dialog with a typed path.
    app.start(plan)
    app.wait("tree")
    app.click("file-menu")
    app.click("file-merge-review")
    app.wait("merge-dialog")
    app.type("merge-path", str(copy))
    app.click("merge-check")
    preview = app.testid_text("merge-preview")
    assert objective in app.testid_text("merge-changes"), preview
    app.screenshot("merge-preview")
    with plan_db(plan) as db:  # the preview wrote nothing
        assert db.execute("SELECT parent_id FROM objective WHERE id = ?", (objective_id,)).fetchone()[0]
    app.click("merge-run")
    app.wait("merge-done")
    assert objective in app.testid_text("merge-changes")
    # The cut link is a new finding about that objective.
    assert objective in app.testid_text("merge-findings-new")
    app.screenshot("merge-result")
    app.click("merge-close")
    app.gone("merge-dialog")

    # The plan holds the change and the comment; the window shows the new finding.
    with plan_db(plan) as db:
        assert db.execute("SELECT parent_id FROM objective WHERE id = ?", (objective_id,)).fetchone()[0] is None
        comments = [
            c for (c,) in db.execute("SELECT text FROM objective_comment WHERE objective_id = ?", (objective_id,))
        ]
        reviewed = db.execute(
            "SELECT reviewed_by FROM review r JOIN node n ON n.id = r.node_id WHERE n.key = ? AND r.quarter = ?",
            (team, quarter),
        ).fetchone()
    assert "Mục tiêu này cần nối lại với nhóm" in comments, comments
    assert reviewed == ("Chị Lan",)
    app.until(lambda: objective in panel(app), message=f"the new finding is not shown: {panel(app)}")
    app.screenshot("after-merge")
