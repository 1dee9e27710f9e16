"""Scenario 4: overload — one objective more than an agent's cap raises an `overload`
warning; marking the agent as a new hire lowers the cap, and the warning names it."""

import re

from conftest import plan_db


def test_overload_and_new_hire_cap(app, sample_plan):
    plan = sample_plan
    app.start(plan)
    app.wait("tree")
    quarter = app.quarter()
    with plan_db(plan) as db:
        agent = db.execute(
            "SELECT n.key FROM node n WHERE n.level = 3 AND n.new_hire = 0 AND n.objective_cap IS NULL "
            "AND (SELECT count(*) FROM objective o WHERE o.owner_id = n.id AND o.quarter = ?) > 0 "
            "ORDER BY n.key DESC LIMIT 1",
            (quarter,),
        ).fetchone()[0]
    app.select_node(agent)
    owned, cap = app.count(agent)
    assert owned <= cap
    assert not app.find(f"node-finding-overload")

    for i in range(cap - owned + 1):
        title = f"Hỗ trợ ca đêm tuần {i + 1}"
        app.click("add-objective")
        app.type("new-objective-title", title, enter=True)
        app.wait_text(title)
    app.until(lambda: app.count(agent) == (cap + 1, cap), message="the tree does not show the extra objective")

    warning = app.wait("node-finding-overload").text
    assert re.search(rf"\b{cap + 1}\b.*\b{cap}\b", warning), warning
    app.choose("findings-rule", "overload")
    assert app.wait(f"finding-overload-{agent}").get_attribute("class").split()[1] == "warning"
    assert app.badge("warnings", agent) >= 1
    app.screenshot("overload")

    app.click("node-new-hire")
    app.until(lambda: app.count(agent)[1] < cap, message="the cap did not drop")
    new_cap = app.count(agent)[1]
    with plan_db(plan) as db:
        assert db.execute("SELECT new_hire FROM node WHERE key = ?", (agent,)).fetchone() == (1,)
    app.until(lambda: f"of {new_cap}." in app.wait("node-finding-overload").text, message="warning kept the old cap")
    warning = app.wait("node-finding-overload").text
    assert "new hire" in warning, warning
    assert new_cap == app.count(agent)[1]
    finding = app.wait(f"finding-overload-{agent}")
    assert f"of {new_cap}" in (finding.get_attribute("title") or ""), finding.get_attribute("title")
    app.screenshot("new-hire-cap")
