"""Scenario 11: reorganise — an agent moves to another team through "Move to…" (found by
its name typed without Vietnamese marks), gets a cap of its own and has it cleared, and the
plan's agent cap is changed in Plan settings; a value the core refuses keeps the dialog
open with the core's message and changes nothing."""

import unicodedata

from conftest import plan_db


def fold(s: str) -> str:
    """Lower case without Vietnamese marks, as a user types on a keyboard without them."""
    s = unicodedata.normalize("NFD", s).replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def test_move_an_agent_cap_it_and_change_the_plan_caps(app, sample_plan):
    plan = sample_plan
    with plan_db(plan) as db:
        agent, old_team = db.execute(
            "SELECT key, parent_id FROM node WHERE level = 3 AND new_hire = 0 AND objective_cap IS NULL "
            "ORDER BY key LIMIT 1"
        ).fetchone()
        all_teams = db.execute("SELECT key, id, name FROM node WHERE level = 2 ORDER BY key").fetchall()
    teams = {k for k, _, _ in all_teams}
    # A team whose name carries Vietnamese marks, to find it typed without them.
    new_team, new_team_id, new_team_name = next(
        t for t in all_teams if t[1] != old_team and fold(t[2]) != t[2].lower()
    )
    app.start(plan)
    app.wait("tree")
    app.select_node(agent)

    # Move: only teams are offered; the search finds the team without its marks.
    app.click("move-node")
    app.wait("move-dialog")
    offered = {
        e.get_attribute("data-testid").removeprefix("move-to-")
        for e in app.all('[data-testid="move-dialog"] [data-testid^="move-to-"]')
    }
    assert offered == teams, offered
    app.type("move-search", fold(new_team_name))
    app.until(
        lambda: len(app.all('[data-testid="move-dialog"] [data-testid^="move-to-"]')) >= 1
        and app.find(f"move-to-{new_team}"),
        message=f"{fold(new_team_name)!r} did not find {new_team_name!r}",
    )
    app.screenshot("move-picker")
    app.click(f"move-to-{new_team}")
    app.gone("move-dialog")
    with plan_db(plan) as db:
        assert db.execute("SELECT parent_id FROM node WHERE key = ?", (agent,)).fetchone() == (new_team_id,)

    # The agent's own cap, then back to the plan's.
    owned, default_cap = app.count(agent)
    assert "plan default" in app.testid_text("node-cap-source")
    app.click("node-cap-edit")
    app.type("node-cap-input", str(default_cap + 2), enter=True)
    app.until(lambda: app.count(agent) == (owned, default_cap + 2), message="the tree kept the old cap")
    with plan_db(plan) as db:
        assert db.execute("SELECT objective_cap FROM node WHERE key = ?", (agent,)).fetchone() == (default_cap + 2,)
    app.click("node-cap-edit")
    app.click("node-cap-clear")
    app.until(lambda: app.count(agent) == (owned, default_cap), message="the cap was not cleared")
    with plan_db(plan) as db:
        assert db.execute("SELECT objective_cap FROM node WHERE key = ?", (agent,)).fetchone() == (None,)

    # Plan settings: a refused value changes nothing; then a new agent cap everywhere.
    app.click("file-menu")
    app.click("file-settings")
    app.wait("settings-dialog")
    app.type("settings-changeLimit", "-5")
    app.click("settings-save")
    assert "change limit" in app.testid_text("settings-error") and "-5%" in app.testid_text("settings-error")
    with plan_db(plan) as db:
        assert db.execute("SELECT value FROM setting WHERE name = 'change_limit'").fetchone() in (None, ("1",))
    app.type("settings-changeLimit", "100")
    app.type("settings-agentCap", str(default_cap + 1))
    app.click("settings-save")
    app.gone("settings-dialog")
    with plan_db(plan) as db:
        assert db.execute("SELECT value FROM setting WHERE name = 'agent_cap'").fetchone() == (str(default_cap + 1),)
    app.until(lambda: app.count(agent)[1] == default_cap + 1, message="the tree kept the old agent cap")
