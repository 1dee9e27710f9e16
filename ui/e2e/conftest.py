"""End-to-end harness: the real desktop binary, driven through tauri-driver in front of
WebKitWebDriver, in the same WebKitGTK webview a Linux user gets.

Every test gets its own plan file, its own app data directory (``CASCADE_DATA_DIR``) and
its own XDG directories (where the webview keeps its local storage), never the user's.
Screenshots land in ``$E2E_ARTIFACTS`` (default ``ui/e2e/artifacts``).

Binaries: ``$CASCADE_APP`` (the app), ``$CASCADE_OKR`` (the command line) and
``$CASCADE_SYNTH`` (the synthetic plan generator), by default the debug builds in
``$CARGO_TARGET_DIR`` (or ``target/``).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import sqlite3
import uuid
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import (
    ElementNotInteractableException,
    StaleElementReferenceException,
    TimeoutException,
)
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.file_detector import UselessFileDetector
from selenium.webdriver.common.options import ArgOptions
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = Path(__file__).resolve().parents[2]
TARGET = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
if not TARGET.is_absolute():
    TARGET = ROOT / TARGET
APP = Path(os.environ.get("CASCADE_APP", TARGET / "debug" / "okr-cascade"))
OKR = Path(os.environ.get("CASCADE_OKR", TARGET / "debug" / "okr"))
SYNTH = Path(os.environ.get("CASCADE_SYNTH", TARGET / "debug" / "examples" / "synth"))
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


def descendants(pid: int) -> list[int]:
    """The processes started by `pid`, recursively (WebKitWebDriver, then the app)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The command name may hold spaces and brackets: the parent pid follows the last ')'.
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            out.append(c)
            todo.append(c)
    return out


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def okr(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """Runs the real `okr` command line (to prepare plans the way a user would)."""
    return subprocess.run([str(OKR), *map(str, args)], capture_output=True, text=True, check=False)


def ui_id(stored: bytes) -> str:
    """An id as the plan file keeps it (16 bytes) in the form the app's test ids use."""
    return str(uuid.UUID(bytes=stored))


@contextmanager
def plan_db(path: Path) -> Iterator[sqlite3.Connection]:
    """The plan file opened read-only, to compare what the app shows with what it holds."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        yield db
    finally:
        db.close()


def plan_dump(plan: Path) -> str:
    """Everything the plan holds, to compare before and after."""
    with plan_db(plan) as db:
        return "\n".join(db.iterdump())


IMPORT_FILES = {"org": "org.csv", "objectives": "objectives.csv", "keyResults": "key_results.csv"}


def answer_native_dialog(title: str, yes: bool = True, timeout: float = 15.0) -> None:
    """Answers the native question dialog titled `title` (a GTK window of its own, which
    WebDriver cannot reach) as a user does from the keyboard: focuses it and presses
    Alt+Y for Yes or Alt+N for No, through the X server's XTEST extension."""
    from Xlib import X, XK, display
    from Xlib.ext import xtest

    d = display.Display()
    try:

        net_name, utf8 = d.intern_atom("_NET_WM_NAME"), d.intern_atom("UTF8_STRING")

        def named(win) -> bool:
            name = win.get_full_text_property(net_name, utf8) or win.get_wm_name()
            if isinstance(name, bytes):
                name = name.decode("utf-8", "replace")
            return name == title

        def find(win):
            try:
                if named(win) and win.get_attributes().map_state == X.IsViewable:
                    return win
                children = win.query_tree().children
            except Exception:  # a window gone meanwhile
                return None
            for c in children:
                found = find(c)
                if found is not None:
                    return found
            return None

        end = time.monotonic() + timeout
        while (dialog := find(d.screen().root)) is None:
            if time.monotonic() > end:
                raise TimeoutException(f"no dialog titled {title!r} showed")
            time.sleep(0.1)
        alt = d.keysym_to_keycode(XK.string_to_keysym("Alt_L"))
        key = d.keysym_to_keycode(XK.string_to_keysym("y" if yes else "n"))
        while find(d.screen().root) is not None:
            if time.monotonic() > end:
                raise TimeoutException(f"the dialog {title!r} did not take the answer")
            dialog.set_input_focus(X.RevertToParent, X.CurrentTime)
            d.sync()
            time.sleep(0.2)
            for kind, code in ((X.KeyPress, alt), (X.KeyPress, key), (X.KeyRelease, key), (X.KeyRelease, alt)):
                xtest.fake_input(d, kind, code)
            d.sync()
            time.sleep(0.5)
    finally:
        d.close()


def fill_import(app, folder: Path) -> None:
    """Types the three spreadsheets of `folder` into the open Import dialog."""
    for slot, name in IMPORT_FILES.items():
        app.type(f"import-file-{slot}", str(folder / name))


def own_objectives(plan: Path, quarter: str) -> dict[str, int]:
    """Objectives each node owns in `quarter`, by node key (nodes with none included)."""
    with plan_db(plan) as db:
        rows = db.execute(
            "SELECT n.key, count(o.id) FROM node n "
            "LEFT JOIN objective o ON o.owner_id = n.id AND o.quarter = ? GROUP BY n.key",
            (quarter,),
        ).fetchall()
    return {k: c for k, c in rows}


class App:
    """One running instance of the desktop app with its own data directories."""

    def __init__(self, tmp: Path, name: str) -> None:
        self.tmp = tmp
        self.name = re.sub(r"[^\w.-]+", "_", name)
        self.data_dir = tmp / "data"
        self.data_dir.mkdir(exist_ok=True)
        self.xdg = tmp / "xdg"
        self.log_path = tmp / "tauri-driver.log"
        self.driver: webdriver.Remote | None = None
        self._tauri_driver: subprocess.Popen[bytes] | None = None
        self.shots = 0
        self.started_at = 0.0

    def env(self) -> dict[str, str]:
        # NO_AT_BRIDGE: no accessibility bus, which nobody reads here.
        env = dict(os.environ, CASCADE_DATA_DIR=str(self.data_dir), NO_AT_BRIDGE="1")
        for var, sub in (
            ("XDG_DATA_HOME", "data"),
            ("XDG_CONFIG_HOME", "config"),
            ("XDG_CACHE_HOME", "cache"),
            ("XDG_STATE_HOME", "state"),
        ):
            (self.xdg / sub).mkdir(parents=True, exist_ok=True)
            env[var] = str(self.xdg / sub)
        return env

    def start(self, *args: str | Path) -> webdriver.Remote:
        """Starts the app (with a plan path, if given) and returns the WebDriver session.
        A session that fails to start (tauri-driver asking WebKitWebDriver before it
        listens, on a busy machine) is tried again from scratch, twice."""
        for attempt in range(3):
            self.stop()
            port, native = free_port(), free_port()
            with open(self.log_path, "ab") as log:
                self._tauri_driver = subprocess.Popen(
                    ["tauri-driver", "--port", str(port), "--native-port", str(native)],
                    env=self.env(),
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            opts = ArgOptions()
            opts.set_capability("browserName", "wry")
            opts.set_capability(
                "tauri:options", {"application": str(APP), "args": [str(a) for a in args]}
            )
            try:
                wait_for_port(port)
                self.started_at = time.monotonic()
                self.driver = webdriver.Remote(command_executor=f"http://127.0.0.1:{port}", options=opts)
                break
            except Exception as e:  # noqa: BLE001 (any failure to connect: start over)
                if attempt == 2:
                    raise
                print(f"the WebDriver session did not start ({type(e).__name__}: {e}); again")
                time.sleep(1)
        self.driver.implicitly_wait(0)
        # Typed paths are text for the app, not files to upload to a remote browser.
        self.driver.file_detector = UselessFileDetector()
        return self.driver

    def stop(self) -> None:
        """Closes the app and waits until its processes are gone, so the next start is a
        fresh process (the app lets only one instance run)."""
        procs = descendants(self._tauri_driver.pid) if self._tauri_driver else []
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
                self._tauri_driver.wait()
            self._tauri_driver = None
        end = time.monotonic() + 10
        while any(alive(p) for p in procs) and time.monotonic() < end:
            time.sleep(0.1)
        for p in procs:
            if alive(p):
                try:
                    os.kill(p, 9)
                except ProcessLookupError:
                    pass

    def log(self) -> str:
        """What tauri-driver, WebKitWebDriver and the app printed."""
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    # What the user sees ------------------------------------------------------------

    @property
    def d(self) -> webdriver.Remote:
        assert self.driver is not None, "the app is not running"
        return self.driver

    def wait(self, testid: str, timeout: float = 15.0):
        """The element with ``data-testid`` once it is visible."""
        return WebDriverWait(self.d, timeout).until(
            EC.visibility_of_element_located((By.CSS_SELECTOR, f'[data-testid="{testid}"]'))
        )

    def wait_gone(self, css: str, timeout: float = 15.0) -> None:
        WebDriverWait(self.d, timeout).until(lambda d: not d.find_elements(By.CSS_SELECTOR, css))

    def gone(self, testid: str, timeout: float = 15.0) -> None:
        self.wait_gone(f'[data-testid="{testid}"]', timeout)

    def until(self, what, timeout: float = 15.0, message: str = ""):
        """Waits until ``what()`` is truthy (stale elements are retried) and returns it."""

        def check(_):
            try:
                return what()
            except StaleElementReferenceException:
                return False

        return WebDriverWait(self.d, timeout).until(check, message)

    def find(self, testid: str):
        return self.d.find_elements(By.CSS_SELECTOR, f'[data-testid="{testid}"]')

    def all(self, css: str):
        return self.d.find_elements(By.CSS_SELECTOR, css)

    def text(self) -> str:
        return self.d.find_element(By.TAG_NAME, "body").text

    def wait_text(self, needle: str, timeout: float = 15.0) -> None:
        WebDriverWait(self.d, timeout).until(
            lambda d: needle in d.find_element(By.TAG_NAME, "body").text,
            f"{needle!r} never showed",
        )

    def testid_text(self, testid: str, timeout: float = 15.0) -> str:
        return self.wait(testid, timeout).text

    def click(self, testid: str, timeout: float = 15.0) -> None:
        el = WebDriverWait(self.d, timeout).until(
            EC.element_to_be_clickable((By.CSS_SELECTOR, f'[data-testid="{testid}"]'))
        )
        el.click()

    def press(self, find) -> None:
        """Clicks the element `find()` returns once it takes the click (it may be moving
        while a list re-renders); failing that, focuses it and presses Enter, the keyboard
        way every inline editor and button of the app answers to."""
        end = time.monotonic() + 5
        while True:
            try:
                find().click()
                return
            except (ElementNotInteractableException, StaleElementReferenceException):
                if time.monotonic() > end:
                    break
                time.sleep(0.2)
        el = find()
        self.d.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", el)
        ActionChains(self.d).send_keys(Keys.ENTER).perform()

    def type(self, testid: str, text: str, enter: bool = False) -> None:
        """Types `text` over what the input holds (then Enter), as a user does: WebDriver's
        clear() would blur the input first, which saves or resets it."""
        self.type_into(self.wait(testid), text, enter)

    def type_into(self, el, text: str, enter: bool = False) -> None:
        try:
            el.click()
        except ElementNotInteractableException:
            # WebKitWebDriver may refuse a pointer click on an inline editor that has just
            # opened while its table lays out again; the keyboard reaches it all the same.
            self.d.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", el)
        self.d.execute_script("arguments[0].select()", el)
        el.send_keys(text + (Keys.ENTER if enter else ""))

    def choose(self, testid: str, value: str) -> None:
        """Picks the option with `value` in a <select>."""
        Select(self.wait(testid)).select_by_value(value)

    def value(self, testid: str) -> str:
        return self.wait(testid).get_attribute("value") or ""

    def row(self, key: str, timeout: float = 15.0):
        """The tree row of node `key`, scrolled into view the way a user scrolls to it
        (the tree renders only the rows on screen)."""
        sel = f'[data-testid="tree-row-{key}"]'
        end = time.monotonic() + timeout
        self.wait("tree", timeout)
        self.d.execute_script('document.querySelector(\'[data-testid="tree"]\').scrollTop = 0')
        last = -1
        while time.monotonic() < end:
            found = self.d.find_elements(By.CSS_SELECTOR, sel)
            if found:
                try:
                    self.d.execute_script("arguments[0].scrollIntoView({block: 'center'})", found[0])
                    time.sleep(0.05)
                    found = self.d.find_elements(By.CSS_SELECTOR, sel)
                    if found and found[0].is_displayed():
                        return found[0]
                except StaleElementReferenceException:  # re-rendered while scrolling
                    pass
                continue
            top = self.d.execute_script(
                'const b = document.querySelector(\'[data-testid="tree"]\');'
                "b.scrollTop = b.scrollTop + b.clientHeight * 0.8; return b.scrollTop;"
            )
            if top == last:  # at the bottom: start over, the rows may still be loading
                self.d.execute_script('document.querySelector(\'[data-testid="tree"]\').scrollTop = 0')
                last = -1
                time.sleep(0.2)
            else:
                last = top
                time.sleep(0.05)
        raise TimeoutException(f"tree row {key!r} never showed")

    def select_node(self, key: str) -> None:
        """Clicks the node's tree row and waits for its panel."""
        self.row(key).click()
        self.until(
            lambda: self.find(f"tree-row-{key}")
            and self.find(f"tree-row-{key}")[0].get_attribute("aria-selected") == "true",
            message=f"{key} not selected",
        )
        self.wait("node-panel")

    def in_row(self, key: str, read):
        """`read(row element)`, again if the row is re-rendered meanwhile."""
        for _ in range(20):
            try:
                return read(self.row(key))
            except StaleElementReferenceException:
                time.sleep(0.05)
        raise TimeoutException(f"tree row {key!r} kept changing")

    def row_name(self, key: str) -> str:
        """The name on a tree row (in full: a long name is cut short with an ellipsis on
        screen, and its title holds it whole)."""
        return self.in_row(
            key, lambda r: r.find_element(By.CSS_SELECTOR, ".name").get_attribute("textContent").strip()
        )

    def count(self, key: str) -> tuple[int, int]:
        """The (objectives, cap) a tree row shows, e.g. "3/5"."""
        text = self.in_row(
            key, lambda r: r.find_element(By.CSS_SELECTOR, f'[data-testid="tree-count-{key}"]').text
        )
        m = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text)
        assert m, f"tree count of {key} reads {text!r}"
        return int(m[1]), int(m[2])

    def badge(self, kind: str, key: str) -> int:
        """The error or warning badge on a tree row (0 when there is none)."""

        def read(r):
            el = r.find_elements(By.CSS_SELECTOR, f'[data-testid="tree-{kind}-{key}"]')
            return int(el[0].text) if el else 0

        return self.in_row(key, read)

    def findings(self) -> list[str]:
        """The testids of the findings listed in the panel (those on screen)."""
        return [
            e.get_attribute("data-testid")
            for e in self.all('[data-testid="findings-panel"] [data-testid^="finding-"]')
        ]

    def quarter(self) -> str:
        return self.value("quarter-select")

    def screenshot(self, label: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.shots += 1
        path = ARTIFACTS / f"{self.name}-{self.shots:02d}-{label}.png"
        # What the DOM holds is painted a frame or two later: wait for those frames.
        self.d.set_script_timeout(5)
        self.d.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)));"
        )
        self.d.save_screenshot(str(path))
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
        try:
            a.screenshot("failure")
        except Exception:  # the app may have died: the log says why
            pass
        print(a.log()[-4000:])
    a.stop()


FIGURES: list[str] = []


def report_figure(text: str) -> None:
    """A measured figure, printed in its own section at the end of the run (before the
    summary line) whether or not output is captured."""
    print(text)
    FIGURES.append(text)


def pytest_terminal_summary(terminalreporter) -> None:
    if FIGURES:
        terminalreporter.section("measured")
        for line in FIGURES:
            terminalreporter.write_line(line)


@pytest.hookimpl(tryfirst=True, hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    rep = outcome.get_result()
    setattr(item, "rep_" + rep.when, rep)


@pytest.fixture(scope="session", autouse=True)
def private_session_bus(tmp_path_factory: pytest.TempPathFactory):
    """A D-Bus session bus of the test run's own. The app lets one instance run per session
    bus, so a Cascade the user has open must not take the test's instance (nor the other
    way round); what the bus starts logs to a file, not to the test output."""
    exe = shutil.which("dbus-daemon")
    if exe is None:
        yield None
        return
    log = open(tmp_path_factory.mktemp("dbus") / "dbus.log", "ab")
    bus = subprocess.Popen(
        [exe, "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE, stderr=log
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().decode().strip()
    old = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
    yield address
    if old is None:
        del os.environ["DBUS_SESSION_BUS_ADDRESS"]
    else:
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = old
    bus.terminate()
    bus.wait(timeout=10)
    log.close()


@pytest.fixture
def sample_plan(tmp_path: Path) -> Path:
    """The sample organisation (`okr demo`) in a fresh plan file."""
    path = tmp_path / "sample.okr"
    r = okr("demo", path)
    assert r.returncode == 0, r.stderr
    return path


@pytest.fixture(scope="session")
def big_plan_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 10,000-agent plan, made once per run with the synthetic generator."""
    path = tmp_path_factory.mktemp("big") / "big.okr"
    if not SYNTH.exists():
        pytest.fail(f"the plan generator is missing: {SYNTH} (cargo build --example synth)")
    started = time.monotonic()
    r = subprocess.run(
        [str(SYNTH), str(path), "--agents", "10000"], capture_output=True, text=True, check=False
    )
    assert r.returncode == 0, r.stderr
    report_figure(f"made the 10,000-agent plan in {time.monotonic() - started:.1f} s")
    return path


@pytest.fixture
def big_plan(big_plan_source: Path, tmp_path: Path) -> Path:
    """A private copy of the 10,000-agent plan for one test."""
    path = tmp_path / "big.okr"
    shutil.copyfile(big_plan_source, path)
    return path
