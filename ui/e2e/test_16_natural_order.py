"""Scenario 16: names with numbers in natural order — the tree lists "Nhóm hotline 11"
above "Nhóm hotline 101" and "ทีม 12" above "ทีม 100", though their keys sort the other
way, and in every language of the UI (the core decides the order)."""

import re

from conftest import okr

ORG = """key,name,level,parent
saomai,Công ty Sao Mai,company,
cskh,Khối CSKH Việt Nam,division,saomai
support-th,ฝ่ายบริการลูกค้า,division,saomai
hotline-101,Nhóm hotline 101,team,cskh
hotline-11,Nhóm hotline 11,team,cskh
th-100,ทีม 100,team,support-th
th-12,ทีม 12,team,support-th
"""

PAIRS = [("Nhóm hotline 11", "Nhóm hotline 101"), ("ทีม 12", "ทีม 100")]


def where(text: str, name: str) -> int:
    """Where `name` first appears as a whole name (not the start of a longer number)."""
    m = re.search(re.escape(name) + r"(?!\d)", text)
    assert m, f"{name} not shown in:\n{text}"
    return m.start()


def body(app) -> str:
    return app.d.execute_script("return document.body.innerText")


def assert_natural(text: str) -> None:
    for first, then in PAIRS:
        assert where(text, first) < where(text, then), f"{first} should be above {then}:\n{text}"


def test_tree_lists_numbered_names_in_natural_order(app, tmp_path):
    org = tmp_path / "org.csv"
    org.write_text(ORG, encoding="utf-8")
    plan = tmp_path / "natural.okr"
    r = okr("import", plan, "--org", org)
    assert r.returncode == 0, r.stderr

    app.start(plan)
    app.wait("tree")
    app.until(lambda: "Nhóm hotline 101" in body(app), message=f"the teams never showed:\n{body(app)}")
    assert_natural(body(app))
    # The keys alone would put 101 first: the order is the names', by their numbers.
    assert "hotline-101" < "hotline-11" and "th-100" < "th-12"

    for lang in ("vi", "th"):
        app.choose("language-select", lang)
        app.until(lambda: "Nhóm hotline 101" in body(app), message=f"the teams are gone in {lang}")
        assert_natural(body(app))
    app.screenshot("natural-order")
