// The window follows the file: when another program changes the open plan, the window
// reads it again by itself, keeping the selection, the scroll and what the user types.
import { describe, expect, it, beforeEach } from "vitest";
import { render, screen, fireEvent, waitFor } from "@testing-library/svelte";
import { mockBridge, VERSION, type Call } from "../test/bridge";
import App from "./App.svelte";
import { app, FOLLOW_EVERY_MS } from "../lib/store.svelte";
import { life } from "../lib/life.svelte";
import { setLocale } from "../lib/i18n.svelte";
import { ROWS } from "../test/fixtures";
import { detailWithKr } from "../test/life-fixtures";
import type { NodeDetail } from "../lib/bindings/NodeDetail";

const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><title>chart</title></svg>';
const KR = "a1-2026q4-1-kr1";

/** The plan as the bridge answers it; `outside` changes it as another program would. */
function plan() {
  let version = VERSION;
  let current = 55;
  let objectives = 1;
  const calls = mockBridge({
    plan_version: () => version,
    node_detail: (a) => {
      const d: NodeDetail = detailWithKr(a.nodeId as string);
      d.view.objectives[0]!.keyResults[0]!.current = current;
      return d;
    },
    tree: () => ROWS.map((r) => (r.id === "a1" ? { ...r, objectives } : r)),
    checkin_chart: () => SVG,
    set_language: () => null,
    alignment: () =>
      ROWS.map((r) => ({
        id: `o-${r.id}`,
        key: `${r.id}-2026q4-1`,
        title: "Gọi lại khách trong 24 giờ",
        ownerId: r.id,
        ownerName: r.name,
        level: r.level,
        parentId: null,
        progress: current / 100,
        orphan: false,
      })),
  });
  const outside = (value: number) => {
    current = value;
    objectives = 2;
    version = { ...version, others: version.others + 1 };
  };
  return { calls, outside };
}

const count = (calls: Call[], cmd: string) => calls.filter((c) => c.cmd === cmd).length;
const input = (testid: string) => screen.getByTestId(testid) as HTMLInputElement;

async function openA1() {
  render(App);
  await screen.findByTestId("tree-row-co");
  await waitFor(() => expect(app.detail?.view.node.id).toBe("co"));
  await app.select("a1");
  await waitFor(() => expect(app.detail?.view.node.id).toBe("a1"));
  expect(input("kr-current-0").value).toBe("55");
}

beforeEach(() => {
  setLocale("en");
  app.plan = null;
  app.error = null;
  app.busy = false;
  app.retry = null;
  app.tab = "cascade";
  life.state = null;
  life.status = null;
  life.setWho("Hoa");
});

describe("following the plan file", () => {
  it("shows a change made by another program within two seconds, with no click, keeping the selection", async () => {
    const { calls, outside } = plan();
    await openA1();
    const scroller = screen.getByRole("tree");
    const panel = screen.getByTestId("node-panel");
    const started = performance.now();
    outside(499.5);
    await waitFor(() => expect(input("kr-current-0").value).toBe("499.5"), { timeout: 2000 });
    expect(performance.now() - started).toBeLessThan(FOLLOW_EVERY_MS + 1000);
    expect(screen.getByTestId("tree-count-a1").textContent).toBe("2/3");
    expect(app.selected).toBe("a1");
    expect(screen.getByTestId("node-panel").textContent).toContain("สมชาย วงศ์ใหญ่");
    // The tree and the panel were not drawn anew: their scroll positions stay.
    expect(screen.getByRole("tree")).toBe(scroller);
    expect(screen.getByTestId("node-panel")).toBe(panel);
    // The quarter's state (check-ins, scores) is read again too.
    await waitFor(() => expect(count(calls, "quarter_state")).toBeGreaterThan(1));
  });

  it("asks again as soon as the window gets the focus", async () => {
    const { calls, outside } = plan();
    await openA1();
    // Right after a tick of the timer, so only the focus can explain a read within 300 ms.
    const before = count(calls, "plan_version");
    await waitFor(() => expect(count(calls, "plan_version")).toBeGreaterThan(before), {
      timeout: 2000,
    });
    const asked = count(calls, "plan_version");
    outside(499.5);
    window.dispatchEvent(new Event("focus"));
    await waitFor(() => expect(input("kr-current-0").value).toBe("499.5"), { timeout: 300 });
    expect(count(calls, "plan_version")).toBeGreaterThan(asked);
  });

  it("reads nothing again while the file stays the same", async () => {
    const { calls } = plan();
    await openA1();
    const trees = count(calls, "tree");
    const details = count(calls, "node_detail");
    const asked = count(calls, "plan_version");
    window.dispatchEvent(new Event("focus"));
    await new Promise((r) => setTimeout(r, FOLLOW_EVERY_MS + 300));
    expect(count(calls, "plan_version")).toBeGreaterThan(asked);
    expect(count(calls, "tree")).toBe(trees);
    expect(count(calls, "node_detail")).toBe(details);
  });

  it("keeps what the user is typing in an open field", async () => {
    const { outside } = plan();
    await openA1();
    // A title being edited (the field has the focus) and a check-in being typed.
    await fireEvent.click(screen.getByTestId("objective-title-a1-2026q4-1"));
    const title = input("objective-title-a1-2026q4-1-input");
    expect(document.activeElement).toBe(title);
    await fireEvent.input(title, { target: { value: "Gọi lại trong 12 giờ" } });
    await fireEvent.input(input(`checkin-value-${KR}`), { target: { value: "61,5" } });
    await fireEvent.input(input(`checkin-note-${KR}`), { target: { value: "ca tối" } });

    outside(499.5);
    await waitFor(() => expect(input("kr-current-0").value).toBe("499.5"), { timeout: 2000 });
    expect(screen.getByTestId("tree-count-a1").textContent).toBe("2/3");
    expect(input("objective-title-a1-2026q4-1-input")).toBe(title);
    expect(title.value).toBe("Gọi lại trong 12 giờ");
    expect(document.activeElement).toBe(title);
    expect(input(`checkin-value-${KR}`).value).toBe("61,5");
    expect(input(`checkin-note-${KR}`).value).toBe("ca tối");
    expect(app.selected).toBe("a1");
    await fireEvent.keyDown(title, { key: "Escape" });

    // A number being changed in place, in the very field the other program changed.
    const current = input("kr-current-0");
    current.focus();
    await fireEvent.input(current, { target: { value: "70" } });
    outside(510);
    await waitFor(() => expect(app.detail?.view.objectives[0]!.keyResults[0]!.current).toBe(510));
    expect(current.value).toBe("70");
    expect(document.activeElement).toBe(current);
    // Left without saving, the field shows the plan's value.
    await fireEvent.keyDown(current, { key: "Escape" });
    expect(current.value).toBe("510");
  });

  it("keeps the map's pan and zoom when its figures are read again", async () => {
    const { calls, outside } = plan();
    await openA1();
    app.tab = "map";
    await screen.findByTestId("alignment-map");
    await waitFor(() => expect(count(calls, "alignment")).toBe(1));
    // The answer laid out and fitted (the map has no size in this test window to wait on).
    await new Promise((r) => setTimeout(r, 100));
    const view = () => document.querySelector('[data-testid="alignment-map"] svg > g')!;
    await fireEvent.click(screen.getByTestId("map-zoom-in"));
    const zoomed = view().getAttribute("transform");
    outside(499.5);
    await waitFor(() => expect(count(calls, "alignment")).toBe(2), { timeout: 2000 });
    expect(view().getAttribute("transform")).toBe(zoomed);
    await fireEvent.click(screen.getByTestId("map-fit"));
    expect(view().getAttribute("transform")).not.toBe(zoomed);
  });
});
