"""Scenario 17 (issue 19): the director deletes an objective in the app by mistake and
presses Ctrl+Z. The objective is back with its key results and check-ins, in the plan
file and in the window; the Edit menu named what Undo would take back, and the History
panel lists the delete, marked undone, in English and in Vietnamese."""

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from conftest import answer_native_dialog, okr, plan_db
from test_08_language import label


def body_text(app) -> str:
    # innerText holds what an ellipsis cuts short on screen; WebDriver's text does not.
    return app.d.execute_script("return document.body.innerText")


def objective_rows(plan, objective_id):
    with plan_db(plan) as db:
        objective = db.execute("SELECT key, title FROM objective WHERE id = ?", (objective_id,)).fetchone()
        krs = db.execute(
            "SELECT id, key, title, target, current FROM key_result WHERE objective_id = ? ORDER BY id",
            (objective_id,),
        ).fetchall()
        checkins = db.execute(
            "SELECT c.id, c.value, c.note FROM checkin c JOIN key_result k ON k.id = c.key_result_id "
            "WHERE k.objective_id = ? ORDER BY c.id",
            (objective_id,),
        ).fetchall()
    return objective, krs, checkins


def test_a_deleted_objective_comes_back_with_ctrl_z(app, sample_plan):
    plan = sample_plan
    app.start(plan)
    app.wait("tree")
    quarter = app.quarter()
    with plan_db(plan) as db:
        owner, objective_id, key, title, kr_key = db.execute(
            "SELECT n.key, o.id, o.key, o.title, k.key FROM objective o JOIN node n ON n.id = o.owner_id "
            "JOIN key_result k ON k.objective_id = o.id "
            "WHERE o.quarter = ? AND n.level = 3 ORDER BY n.key, o.key, k.position LIMIT 1",
            (quarter,),
        ).fetchone()
    # Two check-ins on its first key result, recorded the way a team lead does.
    for value, note in (("41", "tuần 1"), ("44.5", "tuần 2: thêm ca tối")):
        r = okr("checkin", plan, "--kr", kr_key, "--value", value, "--note", note)
        assert r.returncode == 0, r.stderr
    before = objective_rows(plan, objective_id)
    assert before[1] and before[2], "the sample objective has key results and check-ins"

    app.select_node(owner)
    app.wait(f"objective-{key}")
    app.click(f"delete-objective-{key}")
    answer_native_dialog(label("en", "delete"))
    app.gone(f"objective-{key}")
    with plan_db(plan) as db:
        assert db.execute("SELECT count(*) FROM objective WHERE id = ?", (objective_id,)).fetchone()[0] == 0

    # The Edit menu names what Undo would take back.
    deleted = f'delete objective "{title}"'
    app.click("edit-menu")
    undo = app.wait("edit-undo")
    app.until(lambda: undo.get_attribute("textContent").startswith(f"Undo: {deleted}"), message="Undo not named")
    assert undo.is_enabled()
    assert not app.wait("edit-redo").is_enabled(), "nothing to redo yet"
    app.screenshot("edit-menu")
    app.click("edit-menu")
    app.gone("edit-undo")

    # Ctrl+Z, with no field being typed in.
    app.d.execute_script("document.activeElement && document.activeElement.blur()")
    ActionChains(app.d).key_down(Keys.CONTROL).send_keys("z").key_up(Keys.CONTROL).perform()
    app.wait(f"objective-{key}")
    app.until(lambda: f"Undone: {deleted}" in body_text(app), message="the undo was not said")
    assert objective_rows(plan, objective_id) == before, "the objective did not come back whole"
    for _, kr_key, *_ in before[1]:
        app.wait(f"checkins-{kr_key}")
    shown = body_text(app)
    assert title in shown
    for _, _, kr_title, *_ in before[1]:
        assert kr_title in shown, f"key result {kr_title!r} not shown"
    app.screenshot("undone")

    # Redo is offered now, naming the same change.
    app.click("edit-menu")
    redo = app.wait("edit-redo")
    app.until(lambda: redo.get_attribute("textContent").startswith(f"Redo: {deleted}"), message="Redo not named")
    app.click("edit-history")

    # The History panel lists the delete, marked undone.
    app.wait("history-panel")
    app.until(lambda: deleted in app.wait("history-panel").get_attribute("textContent"))
    entries = app.all('[data-testid^="history-what-"]')
    newest = entries[0]
    assert newest.get_attribute("textContent") == deleted
    entry_id = newest.get_attribute("data-testid").removeprefix("history-what-")
    assert app.find(f"history-undone-{entry_id}"), "the undone delete is not marked"
    with plan_db(plan) as db:
        door, undone = db.execute("SELECT door, undone FROM history WHERE id = ?", (entry_id,)).fetchone()
    assert door == "app" and undone is not None
    app.screenshot("history-panel")
    app.click("history-close")
    app.gone("history-panel")

    # The objective's own history, from its card.
    app.click(f"objective-history-{key}")
    app.wait(f"history-undone-{entry_id}")
    panel = app.wait("history-panel").get_attribute("textContent")
    assert title in panel and deleted in panel
    app.screenshot("objective-history")
    app.click("history-close")
    app.gone("history-panel")

    # In Vietnamese: the core names the change in the reader's language.
    app.choose("language-select", "vi")
    app.until(lambda: app.testid_text("tab-cascade") == label("vi", "tabCascade"))
    app.click("edit-menu")
    app.click("edit-history")
    app.until(lambda: f'xóa mục tiêu "{title}"' in app.wait("history-panel").get_attribute("textContent"))
    app.screenshot("history-panel-vi")
