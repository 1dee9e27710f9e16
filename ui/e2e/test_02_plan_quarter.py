"""Scenario 2: plan a quarter — add a team and an agent, give the agent an objective with
two key results, link it to the team's objective; no finding remains for it."""

import json

from conftest import okr, plan_db


def node_key(plan, name):
    with plan_db(plan) as db:
        row = db.execute("SELECT key FROM node WHERE name = ?", (name,)).fetchone()
    assert row, f"no node named {name!r} in the plan"
    return row[0]


def objective_key(plan, title):
    with plan_db(plan) as db:
        row = db.execute("SELECT key FROM objective WHERE title = ?", (title,)).fetchone()
    assert row, f"no objective {title!r} in the plan"
    return row[0]


def add_child(app, name):
    app.click("add-child")
    app.type("child-name", name)
    app.click("child-save")
    app.until(lambda: name in app.testid_text("node-name"), message=f"{name} not selected")


def add_objective(app, title):
    app.click("add-objective")
    app.type("new-objective-title", title, enter=True)
    app.wait_text(title)


def link_to_first_candidate(app, key):
    app.click(f"link-{key}")
    app.wait("link-dialog")
    candidates = app.until(lambda: app.all('[data-testid^="link-candidate-"]'))
    candidates[0].click()
    app.until(lambda: app.find("link-preview") and "…" not in app.testid_text("link-preview"))
    app.click("link-confirm")
    app.gone("link-dialog")
    app.wait(f"unlink-{key}")  # shown once the objective is linked


def test_plan_a_quarter_for_a_new_team(app, sample_plan):
    plan = sample_plan
    app.start(plan)
    with plan_db(plan) as db:
        division = db.execute("SELECT key FROM node WHERE level = 1 ORDER BY key LIMIT 1").fetchone()[0]
    app.select_node(division)

    team_name, agent_name = "Nhóm Zalo OA", "Lê Thị Thu Trang"
    team_goal = "Khách nhắn Zalo được trả lời trong 2 phút"
    agent_goal = "Trả lời mọi tin nhắn Zalo trong giờ trực"

    add_child(app, team_name)
    team = node_key(plan, team_name)
    add_objective(app, team_goal)
    team_obj = objective_key(plan, team_goal)
    link_to_first_candidate(app, team_obj)

    add_child(app, agent_name)
    agent = node_key(plan, agent_name)
    assert app.row(agent).get_attribute("aria-level") == "4"
    add_objective(app, agent_goal)
    agent_obj = objective_key(plan, agent_goal)

    card = f'[data-testid="objective-{agent_obj}"]'
    for n, (title, target) in enumerate((("Thời gian phản hồi Zalo dưới 2 phút", "95"), ("CSAT Zalo", "90"))):
        app.click(f"add-kr-{agent_obj}")
        app.until(lambda: len(app.all(f'{card} [data-testid^="kr-title-"]')) == n + 1)
        app.press(lambda: app.all(f'{card} [data-testid^="kr-title-"]')[n])
        edit = app.until(lambda: app.all(f'{card} [data-testid$="-input"][data-testid^="kr-title-"]'))[0]
        app.type_into(edit, title, enter=True)
        app.until(lambda: title in app.wait(f"objective-{agent_obj}").text)
        target_box = app.all(f'{card} [data-testid^="kr-target-"]')[n]
        app.type_into(target_box, target, enter=True)
        app.until(lambda: app.all(f'{card} [data-testid^="kr-target-"]')[n].get_attribute("value") == target)

    link_to_first_candidate(app, agent_obj)
    supports = app.testid_text(f"objective-supports-{agent_obj}")
    assert team_goal in supports and team_name in supports, supports

    # What the user sees: the agent's subtree has no finding, the card none, the tree row
    # one objective and no badge.
    app.until(lambda: app.count(agent)[0] == 1, message="the tree does not count the objective")
    assert app.badge("errors", agent) == 0 and app.badge("warnings", agent) == 0
    assert not app.all(f'{card} [data-testid^="objective-finding-"]')
    app.click("findings-subtree")
    app.wait("findings-empty")
    assert app.all(f'{card} [data-testid^="kr-title-"]')[1].text == "CSAT Zalo"
    app.screenshot("planned")

    # And the core, on the very file the app saved to, agrees.
    with plan_db(plan) as db:
        krs = db.execute(
            "SELECT k.title, k.target FROM key_result k JOIN objective o ON o.id = k.objective_id "
            "WHERE o.key = ? ORDER BY k.position",
            (agent_obj,),
        ).fetchall()
        linked = db.execute(
            "SELECT p.key FROM objective o JOIN objective p ON p.id = o.parent_id WHERE o.key = ?",
            (agent_obj,),
        ).fetchone()
    assert krs == [("Thời gian phản hồi Zalo dưới 2 phút", 95.0), ("CSAT Zalo", 90.0)]
    assert linked == (team_obj,)
    r = okr("check", plan, "--format", "json")
    assert r.returncode in (0, 1), r.stderr
    about = [
        f for f in json.loads(r.stdout)["findings"] if f.get("objective") == agent_obj or f.get("owner") == agent
    ]
    assert about == [], about
    assert app.row_name(team) == team_name
