"""Scenario 1: the first start offers the sample organisation, loads it, and the Cascade
view shows the company, its divisions and their objective counts — the counts the plan
file holds."""

import json

from conftest import okr, own_objectives, plan_db


def test_first_start_offers_and_loads_the_sample(app):
    app.start()  # bare, with an empty data directory: the very first start
    offer = app.wait("sample-offer")
    assert offer.text.strip(), "the sample offer says nothing"
    app.screenshot("sample-offer")
    app.click("sample-fill")
    app.gone("sample-offer")

    app.until(lambda: app.all('[data-testid^="tree-row-"]'), message="the sample never showed in the tree")
    plan = app.data_dir / "plan.okr"
    assert plan.is_file(), "the default plan is not in the app data directory"
    with plan_db(plan) as db:
        company = db.execute("SELECT key, name FROM node WHERE level = 0").fetchone()
        divisions = db.execute("SELECT key, name FROM node WHERE level = 1 ORDER BY key").fetchall()
    assert company and len(divisions) >= 2, "the sample has no company or divisions"

    assert app.row_name(company[0]) == company[1]
    quarter = app.quarter()
    held = own_objectives(plan, quarter)
    assert held[company[0]] > 0, f"the sample has no company objectives in {quarter}"
    assert app.count(company[0])[0] == held[company[0]]
    for key, name in divisions:
        assert app.row_name(key) == name
        shown, cap = app.count(key)
        assert shown == held[key], f"{key}: the tree shows {shown} objectives, the plan holds {held[key]}"
        assert cap > 0

    # The findings the panel counts are the ones `okr check` finds in the same file.
    r = okr("check", plan, "--quarter", quarter, "--format", "json")
    assert r.returncode in (0, 1), r.stderr
    summary = json.loads(r.stdout)["summary"]
    for kind, total in (("errors", "errors"), ("warnings", "warnings"), ("infos", "infos")):
        assert int(app.testid_text(f"findings-{kind}")) == summary[total], kind
    assert app.badge("errors", company[0]) == summary["errors"]
    app.row(company[0])
    app.screenshot("sample-loaded")
