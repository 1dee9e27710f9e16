"""Screenshots of every screen of the real app, for the README and for review.

    xvfb-run -a -s "-screen 0 1440x900x24" python ui/scripts/screens.py OUT_DIR [PLAN] [--prefix NAME]

Starts the built app (``$CASCADE_APP``, default ``$CARGO_TARGET_DIR/debug/okr-cascade``)
through tauri-driver with its own data directory. Without PLAN it takes the first-start
path and loads the sample organisation. Prints the launch-to-tree time the app reports.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.common.options import ArgOptions
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait, Select

ROOT = Path(__file__).resolve().parents[2]
TARGET = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
APP = Path(os.environ.get("CASCADE_APP", TARGET / "debug" / "okr-cascade"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    prefix = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--prefix=")), "sample")
    out = Path(args[0])
    out.mkdir(parents=True, exist_ok=True)
    plan = args[1] if len(args) > 1 else None
    data = Path(tempfile.mkdtemp(prefix="cascade-shots-"))
    port, native = free_port(), free_port()
    log = open(data / "driver.log", "wb")
    driver_proc = subprocess.Popen(
        ["tauri-driver", "--port", str(port), "--native-port", str(native)],
        env=dict(os.environ, CASCADE_DATA_DIR=str(data)),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    time.sleep(1.5)
    opts = ArgOptions()
    opts.set_capability("browserName", "wry")
    opts.set_capability("tauri:options", {"application": str(APP), "args": [plan] if plan else []})
    d = webdriver.Remote(command_executor=f"http://127.0.0.1:{port}", options=opts)
    wait = WebDriverWait(d, 60)

    def el(testid: str):
        return wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, f'[data-testid="{testid}"]')))

    def shot(name: str) -> None:
        time.sleep(0.8)
        d.save_screenshot(str(out / f"{prefix}-{name}.png"))
        print("saved", out / f"{prefix}-{name}.png")

    try:
        d.set_window_size(1440, 900)
        if plan is None:
            el("sample-offer")
            shot("first-start")
            el("sample-fill").click()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, '[data-testid^="tree-row-"]'))
        rows = d.find_elements(By.CSS_SELECTOR, '[data-testid^="tree-row-"]')
        # Select a team lead's row (third level) when there is one, so objectives show.
        target = rows[min(len(rows) - 1, 3)]
        target.click()
        shot("cascade")
        tree = el("tree")
        tree.send_keys(Keys.ARROW_DOWN)
        tree.send_keys(Keys.ARROW_DOWN)
        errors = d.find_elements(By.CSS_SELECTOR, '[data-testid^="finding-orphan-"]')
        if errors:
            errors[0].click()
            shot("finding-selected")
        links = d.find_elements(By.CSS_SELECTOR, '[data-testid^="link-o"], [data-testid^="link-"]')
        links = [l for l in links if l.is_displayed() and l.tag_name == "button"]
        if links:
            links[0].click()
            el("link-dialog")
            shot("link-upward")
            d.find_element(By.CSS_SELECTOR, '[data-testid="link-dialog"]').send_keys(Keys.ESCAPE)
        el("tab-map").click()
        el("alignment-map")
        shot("map")
        el("tab-load").click()
        el("load-view")
        shot("load")
        el("tab-templates").click()
        el("templates")
        shot("templates")
        el("tab-cascade").click()
        for lang in ("vi", "th"):
            Select(el("language-select")).select_by_value(lang)
            shot(f"cascade-{lang}")
        Select(el("language-select")).select_by_value("th")
        el("tab-map").click()
        el("alignment-map")
        time.sleep(1)
        # Focus on the subtree of the first objective written in Thai, so it is readable.
        d.execute_script(
            """
            const all = [...document.querySelectorAll('[data-testid^="map-objective-"]')]
              .filter((e) => /[\u0E00-\u0E7F]/.test(e.querySelector('title')?.textContent ?? ''));
            const g = ['division', 'team', 'agent']
              .map((l) => all.find((e) => e.querySelector('rect.lvl-' + l)))
              .find(Boolean);
            g?.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
            """
        )
        shot("map-th")
        Select(el("language-select")).select_by_value("en")
    finally:
        d.quit()
        driver_proc.terminate()
        driver_proc.wait(timeout=10)
        log.close()
        for line in (data / "driver.log").read_text(errors="replace").splitlines():
            if "tree shown" in line:
                print(line)


if __name__ == "__main__":
    main()
