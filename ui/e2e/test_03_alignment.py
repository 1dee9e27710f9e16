"""Scenario 3: break and fix alignment — unlinking an objective shows an `orphan` error in
the findings panel and on the tree badges; clicking the finding selects the objective;
linking it again clears the finding."""

from conftest import plan_db


def ancestors(plan, key):
    """The node's key and those above it, bottom up."""
    out = []
    with plan_db(plan) as db:
        while key:
            out.append(key)
            row = db.execute(
                "SELECT p.key FROM node n LEFT JOIN node p ON p.id = n.parent_id WHERE n.key = ?", (key,)
            ).fetchone()
            key = row[0]
    return out


def test_unlink_and_link_again(app, sample_plan):
    plan = sample_plan
    app.start(plan)
    app.wait("tree")
    quarter = app.quarter()
    with plan_db(plan) as db:
        agent, obj, parent = db.execute(
            "SELECT n.key, o.key, p.key FROM objective o JOIN node n ON n.id = o.owner_id "
            "JOIN objective p ON p.id = o.parent_id "
            "WHERE n.level = 3 AND o.quarter = ? ORDER BY n.key DESC, o.key LIMIT 1",
            (quarter,),
        ).fetchone()
    chain = ancestors(plan, agent)
    before = {k: app.badge("errors", k) for k in chain}

    if app.all('[data-testid="findings-rule"] option[value="orphan"]'):
        app.choose("findings-rule", "orphan")
    assert f"finding-orphan-{obj}" not in app.findings()

    app.select_node(agent)
    app.click(f"unlink-{obj}")
    app.wait(f"objective-finding-orphan-{obj}")
    app.choose("findings-rule", "orphan")
    app.wait(f"finding-orphan-{obj}")
    for k in chain:
        app.until(lambda: app.badge("errors", k) == before[k] + 1, message=f"badge of {k} did not count the orphan")
    app.screenshot("orphan")

    # Somewhere else first, then the finding brings the user back to the objective.
    app.select_node(chain[-1])
    app.click(f"finding-orphan-{obj}")
    app.until(lambda: app.row(agent).get_attribute("aria-selected") == "true", message="finding did not select the agent")
    card = app.wait(f"objective-{obj}")
    app.until(lambda: "selected" in card.get_attribute("class").split(), message="objective not selected")
    assert "active" in app.wait(f"finding-orphan-{obj}").get_attribute("class").split()

    app.click(f"link-{obj}")
    app.wait("link-dialog")
    app.click(f"link-candidate-{parent}")
    app.click("link-confirm")
    app.gone(f"finding-orphan-{obj}")
    app.gone(f"objective-finding-orphan-{obj}")
    for k in chain:
        app.until(lambda: app.badge("errors", k) == before[k], message=f"badge of {k} kept the orphan")
    with plan_db(plan) as db:
        now = db.execute(
            "SELECT p.key FROM objective o JOIN objective p ON p.id = o.parent_id WHERE o.key = ?", (obj,)
        ).fetchone()
    assert now == (parent,)
    app.screenshot("linked-again")
