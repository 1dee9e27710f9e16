"""End-to-end harness: the real desktop binary, driven through tauri-driver in front of
WebKitWebDriver, in the same WebKitGTK webview a Linux user gets.

Every test gets its own plan file and its own app data directory, never the user's.
Screenshots land in ``$E2E_ARTIFACTS`` (default ``ui/e2e/artifacts``).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.options import ArgOptions
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

ROOT = Path(__file__).resolve().parents[2]
TARGET = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
if not TARGET.is_absolute():
    TARGET = ROOT / TARGET
APP = Path(os.environ.get("CASCADE_APP", TARGET / "debug" / "okr-cascade"))
OKR = Path(os.environ.get("CASCADE_OKR", TARGET / "debug" / "okr"))
ARTIFACTS = Path(os.environ.get("E2E_ARTIFACTS", Path(__file__).parent / "artifacts"))
SAMPLE = ROOT.parent / "shared" / "examples" / "small-support-org"
if not SAMPLE.is_dir():
    SAMPLE = ROOT / "tests" / "data" / "small-support-org"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"tauri-driver did not listen on port {port}")


def okr(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """Runs the real `okr` command line (to prepare plans the way a user would)."""
    return subprocess.run([str(OKR), *map(str, args)], capture_output=True, text=True, check=False)


class App:
    """One running instance of the desktop app with its own data directory."""

    def __init__(self, tmp: Path, name: str) -> None:
        self.tmp = tmp
        self.name = name
        self.data_dir = tmp / "data"
        self.data_dir.mkdir(exist_ok=True)
        self.driver: webdriver.Remote | None = None
        self._tauri_driver: subprocess.Popen[bytes] | None = None
        self.shots = 0

    def start(self, *args: str | Path) -> webdriver.Remote:
        """Starts the app (with a plan path, if given) and returns the WebDriver session."""
        self.stop()
        port, native = free_port(), free_port()
        env = dict(os.environ, CASCADE_DATA_DIR=str(self.data_dir))
        log = open(self.tmp / "tauri-driver.log", "ab")
        self._tauri_driver = subprocess.Popen(
            ["tauri-driver", "--port", str(port), "--native-port", str(native)],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        wait_for_port(port)
        opts = ArgOptions()
        opts.set_capability("browserName", "wry")
        opts.set_capability("tauri:options", {"application": str(APP), "args": [str(a) for a in args]})
        self.driver = webdriver.Remote(command_executor=f"http://127.0.0.1:{port}", options=opts)
        self.driver.implicitly_wait(0)
        return self.driver

    def stop(self) -> None:
        if self.driver is not None:
            try:
                self.driver.quit()
            except Exception:  # the app may already be gone
                pass
            self.driver = None
        if self._tauri_driver is not None:
            self._tauri_driver.terminate()
            try:
                self._tauri_driver.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._tauri_driver.kill()
            self._tauri_driver = None

    # What the user sees ------------------------------------------------------------

    def wait(self, testid: str, timeout: float = 15.0):
        """The element with ``data-testid`` once it is visible."""
        assert self.driver is not None
        return WebDriverWait(self.driver, timeout).until(
            EC.visibility_of_element_located((By.CSS_SELECTOR, f'[data-testid="{testid}"]'))
        )

    def wait_gone(self, css: str, timeout: float = 15.0) -> None:
        assert self.driver is not None
        WebDriverWait(self.driver, timeout).until(
            lambda d: not d.find_elements(By.CSS_SELECTOR, css)
        )

    def all(self, css: str):
        assert self.driver is not None
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def text(self) -> str:
        assert self.driver is not None
        return self.driver.find_element(By.TAG_NAME, "body").text

    def wait_text(self, needle: str, timeout: float = 15.0) -> None:
        assert self.driver is not None
        WebDriverWait(self.driver, timeout).until(lambda d: needle in d.find_element(By.TAG_NAME, "body").text)

    def screenshot(self, label: str) -> Path:
        assert self.driver is not None
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.shots += 1
        path = ARTIFACTS / f"{self.name}-{self.shots:02d}-{label}.png"
        self.driver.save_screenshot(str(path))
        return path


@pytest.fixture
def app(tmp_path: Path, request: pytest.FixtureRequest):
    if not APP.exists():
        pytest.fail(f"the app binary is missing: {APP} (build it with `make app-debug`)")
    if shutil.which("tauri-driver") is None:
        pytest.fail("tauri-driver is missing (cargo install tauri-driver --locked)")
    a = App(tmp_path, request.node.name)
    yield a
    call = getattr(request.node, "rep_call", None)
    if a.driver is not None and call is not None and call.failed:
        a.screenshot("failure")
    a.stop()


@pytest.hookimpl(tryfirst=True, hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    rep = outcome.get_result()
    setattr(item, "rep_" + rep.when, rep)


@pytest.fixture
def sample_plan(tmp_path: Path) -> Path:
    """The sample organisation (`okr demo`) in a fresh plan file."""
    path = tmp_path / "sample.okr"
    r = okr("demo", path)
    assert r.returncode == 0, r.stderr
    return path
