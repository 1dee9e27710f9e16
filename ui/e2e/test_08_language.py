"""Scenario 8: the UI in Vietnamese — switching changes the labels and the findings the
core writes, and the choice is remembered by the next app instance (same data
directories)."""

import json
import re
from pathlib import Path

from conftest import okr

MESSAGES = Path(__file__).resolve().parents[1] / "src" / "lib" / "messages"


def label(locale: str, key: str) -> str:
    """A message as the UI's dictionary for `locale` has it."""
    text = (MESSAGES / f"{locale}.ts").read_text(encoding="utf-8")
    m = re.search(rf'^\s*{key}:\s*"([^"]*)"', text, re.M)
    assert m, f"{key} missing from {locale}.ts"
    return m[1]


def test_vietnamese_ui_is_remembered_after_restart(app, sample_plan):
    app.start(sample_plan)
    app.wait("tree")
    assert app.testid_text("tab-cascade") == label("en", "tabCascade")

    app.choose("language-select", "vi")
    for tab, key in (("cascade", "tabCascade"), ("map", "tabMap"), ("load", "tabLoad")):
        want = label("vi", key)
        assert want != label("en", key)
        app.until(lambda: app.testid_text(f"tab-{tab}") == want, message=f"tab {tab} not in Vietnamese")
    app.until(lambda: label("vi", "organisation").upper() in app.text().upper())
    assert label("en", "findings") not in app.testid_text("findings-panel")
    # The findings too: the panel shows what `okr check --lang vi` writes for the file.
    r = okr("check", sample_plan, "--quarter", app.quarter(), "--lang", "vi", "--format", "json")
    assert r.returncode in (0, 1), r.stderr
    expected = {
        f"finding-{f['rule']}-{f['objective'] or f['owner']}": f["message"] for f in json.loads(r.stdout)["findings"]
    }
    app.until(lambda: app.findings(), message="no findings listed")
    shown = app.findings()[0]
    app.until(
        lambda: app.wait(shown).get_attribute("title") == expected[shown],
        message=f"{shown} is not written in Vietnamese: {app.wait(shown).get_attribute('title')!r}",
    )
    app.screenshot("vietnamese")

    app.stop()
    app.start(sample_plan)
    app.wait("tree")
    app.until(
        lambda: app.testid_text("tab-cascade") == label("vi", "tabCascade"),
        message="the language was not remembered",
    )
    assert app.value("language-select") == "vi"
    app.until(lambda: label("vi", "organisation").upper() in app.text().upper())
    app.screenshot("vietnamese-after-restart")
