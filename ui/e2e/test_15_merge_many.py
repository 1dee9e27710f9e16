"""Issue 17's app scenario: two teams' review copies handed out and checked in with the
real `okr`, then merged at once through the app's "Merge review…" dialog: one combined
preview that writes nothing, then both merged, and the plan holds both check-ins."""

from selenium.webdriver.common.keys import Keys

from conftest import okr, plan_db

TEAMS = ("cskh-chat", "cskh-khieu-nai")


def body(app) -> str:
    """What the window shows (innerText: WebKitWebDriver drops ellipsis-cut element text)."""
    return app.d.execute_script("return document.body.innerText")


def checkins(plan, key_result: str) -> list[float]:
    with plan_db(plan) as db:
        return [
            v
            for (v,) in db.execute(
                "SELECT c.value FROM checkin c JOIN key_result k ON k.id = c.key_result_id WHERE k.key = ?",
                (key_result,),
            )
        ]


def test_merge_two_review_copies_at_once(app, sample_plan, tmp_path):
    plan = sample_plan
    # Each team's first key result of its own objectives, and a value it does not hold yet.
    picked = {}
    with plan_db(plan) as db:
        for team in TEAMS:
            kr, current = db.execute(
                "SELECT k.key, k.current FROM key_result k JOIN objective o ON o.id = k.objective_id "
                "JOIN node n ON n.id = o.owner_id WHERE n.key = ? ORDER BY o.quarter DESC, o.key, k.key LIMIT 1",
                (team,),
            ).fetchone()
            picked[team] = (kr, (current or 0) + 7)

    # Hand out both teams and record a check-in in each copy, with the real command line.
    copies = []
    for team in TEAMS:
        copy = tmp_path / f"duyệt {team}.okr"
        r = okr("handout", plan, "--node", team, "--out", copy)
        assert r.returncode == 0, r.stderr
        kr, value = picked[team]
        r = okr("checkin", copy, "--kr", kr, "--value", str(value), "--note", f"{team} xem lại")
        assert r.returncode == 0, r.stderr
        copies.append(copy)
    before = {team: checkins(plan, kr) for team, (kr, _) in picked.items()}

    # Both copies typed into the dialog, one a line (Enter between them, as a user types
    # them; the native multi-select dialog fills the same field): the combined preview.
    app.start(plan)
    app.wait("tree")
    app.click("file-menu")
    app.click("file-merge-review")
    app.wait("merge-dialog")
    app.type("merge-path", Keys.ENTER.join(str(c) for c in copies))
    app.click("merge-check")
    app.wait("merge-many-preview")
    shown = body(app)
    assert "2 of 2 copies can be merged, 0 refused" in shown, shown
    for team, copy in zip(TEAMS, copies):
        assert copy.name in shown and f"({team})" in shown, shown
    assert "Check-in" in app.testid_text("merge-copy-changes-0")
    assert "Check-in" in app.testid_text("merge-copy-changes-1")
    app.screenshot("merge-many-preview")
    # The preview wrote nothing.
    assert {team: checkins(plan, kr) for team, (kr, _) in picked.items()} == before

    # Merge them all: each copy's result, then both check-ins in the plan file.
    app.click("merge-run")
    app.wait("merge-many-result")
    shown = body(app)
    assert "Merged 2 of 2 copies" in shown and "0 refused" in shown, shown
    app.screenshot("merge-many-result")
    app.click("merge-close")
    app.gone("merge-dialog")
    for team, (kr, value) in picked.items():
        after = checkins(plan, kr)
        assert len(after) == len(before[team]) + 1 and value in after, (team, after)


def test_hand_out_every_team_of_a_division_into_a_folder(app, sample_plan, tmp_path):
    plan = sample_plan
    folder = tmp_path / "bản duyệt cskh"
    with plan_db(plan) as db:
        teams = [
            k
            for (k,) in db.execute(
                "SELECT t.key FROM node t JOIN node d ON d.id = t.parent_id WHERE d.key = 'cskh' AND t.level = 2"
            )
        ]
    assert len(teams) > 1

    app.start(plan)
    app.wait("tree")
    app.select_node("cskh")
    app.click("file-menu")
    app.click("file-handout")
    app.wait("handout-dialog")
    app.click("handout-each")
    app.type("handout-folder", str(folder))
    app.click("handout-run")
    app.wait("handout-done")
    shown = body(app)
    assert f"Saved {len(teams)} review copies in {folder}" in shown, shown
    app.screenshot("handout-each-done")
    assert sorted(p.stem for p in folder.glob("*.okr")) == sorted(teams)
    assert (folder / "index.json").exists()
