// Shaping the organisation in the whole window with the bridge mocked: the plan's caps, a
// person's own cap, moving a node, deleting a check-in — what is invoked, with which
// arguments, and what the user then sees.
import { describe, expect, it, beforeEach } from "vitest";
import { render, screen, fireEvent, waitFor, within } from "@testing-library/svelte";
import { detailWithKr } from "../test/life-fixtures";
import { mockBridge, type Call, type Handler } from "../test/bridge";
import App from "./App.svelte";
import { app } from "../lib/store.svelte";
import { life } from "../lib/life.svelte";
import { setLocale } from "../lib/i18n.svelte";
import { ROWS, SETTINGS, detail, row } from "../test/fixtures";

import type { NodeDetail } from "../lib/bindings/NodeDetail";
import type { TreeRow } from "../lib/bindings/TreeRow";
import type { MoveTarget } from "../lib/bindings/MoveTarget";

/** The fixture organisation plus a second team and a second division. */
const ORG: TreeRow[] = [
  ...ROWS,
  row("team2", "team", "div", 0, { name: "Tổng đài Hà Nội", key: "tong-dai-hn" }),
  row("div2", "division", "co", 0, { name: "Khối Bán hàng" }),
];

function bridge(overrides: Record<string, Handler> = {}): Call[] {
  return mockBridge({
    tree: () => ORG,
    checkin_chart: () => "",
    ...overrides,
  });
}

const sent = (calls: Call[], cmd: string) => calls.filter((c) => c.cmd === cmd).map((c) => c.args);

async function open(node: string) {
  render(App);
  await screen.findByTestId("tree-row-co");
  await waitFor(() => expect(app.detail?.view.node.id).toBe("co"));
  await app.select(node);
  await waitFor(() => expect(app.detail?.view.node.id).toBe(node));
}

beforeEach(() => {
  setLocale("en");
  app.plan = null;
  app.error = null;
  app.retry = null;
  app.tab = "cascade";
  life.state = null;
  life.status = null;
  life.setWho("Hoa");
});

describe("plan settings", () => {
  async function openSettings() {
    render(App);
    await screen.findByTestId("tree-row-co");
    await fireEvent.click(screen.getByTestId("file-menu"));
    await fireEvent.click(screen.getByTestId("file-settings"));
    return screen.findByTestId("settings-dialog");
  }

  it("shows the plan's values, the change limit as a percentage, and saves what it shows", async () => {
    const calls = bridge({ set_settings: () => null });
    await openSettings();
    const value = (f: string) => (screen.getByTestId(`settings-${f}`) as HTMLInputElement).value;
    expect(value("agentCap")).toBe("3");
    expect(value("newHireCap")).toBe("2");
    expect(value("changeLimit")).toBe("100");
    await fireEvent.input(screen.getByTestId("settings-agentCap"), { target: { value: "4" } });
    await fireEvent.input(screen.getByTestId("settings-changeLimit"), {
      target: { value: "150,5" },
    });
    const reads = sent(calls, "tree").length;
    await fireEvent.click(screen.getByTestId("settings-save"));
    await waitFor(() => expect(screen.queryByTestId("settings-dialog")).toBeNull());
    expect(sent(calls, "set_settings")).toEqual([
      { settings: { ...SETTINGS, agentCap: 4, changeLimit: 1.505 } },
    ]);
    expect(sent(calls, "tree").length).toBeGreaterThan(reads);
    expect(app.plan?.settings.agentCap).toBe(4);
  });

  it("keeps the dialog open with the core's message when the core refuses", async () => {
    const message = 'change limit "-10%" is not valid: must be 0% or more of the baseline';
    const calls = bridge({
      set_settings: () => {
        throw { code: "invalid", message };
      },
    });
    await openSettings();
    await fireEvent.input(screen.getByTestId("settings-changeLimit"), { target: { value: "-10" } });
    await fireEvent.click(screen.getByTestId("settings-save"));
    expect((await screen.findByTestId("settings-error")).textContent).toContain(message);
    expect(screen.getByTestId("settings-dialog")).toBeTruthy();
    expect(sent(calls, "set_settings")[0]).toEqual({
      settings: { ...SETTINGS, changeLimit: -0.1 },
    });
    expect(app.plan?.settings.changeLimit).toBe(1);
  });

  it("does not send a cap that is not a whole number, and Cancel sends nothing", async () => {
    const calls = bridge({ set_settings: () => null });
    await openSettings();
    await fireEvent.input(screen.getByTestId("settings-teamCap"), { target: { value: "2.5" } });
    await fireEvent.click(screen.getByTestId("settings-save"));
    expect((await screen.findByTestId("settings-invalid")).textContent).toContain("whole number");
    await fireEvent.click(screen.getByTestId("settings-cancel"));
    expect(screen.queryByTestId("settings-dialog")).toBeNull();
    await fireEvent.click(screen.getByTestId("file-menu"));
    await fireEvent.click(screen.getByTestId("file-settings"));
    const dialog = await screen.findByTestId("settings-dialog");
    // Nothing of the markup leaks into the text, and Escape closes like Cancel.
    expect(dialog.textContent).not.toContain("onclose");
    await fireEvent.keyDown(screen.getByTestId("settings-agentCap"), { key: "Escape" });
    expect(screen.queryByTestId("settings-dialog")).toBeNull();
    expect(sent(calls, "set_settings")).toEqual([]);
  });

  it("speaks Vietnamese", async () => {
    bridge();
    setLocale("vi");
    const dialog = await openSettings();
    expect(dialog.textContent).toContain("Cài đặt kế hoạch");
    expect(dialog.textContent).toContain("Mỗi nhân viên mới");
  });
});

describe("a node's own cap", () => {
  function withCap(cap: number | null): NodeDetail {
    const d = detail("a1");
    d.view.node.objectiveCap = cap;
    d.view.cap = cap ?? 3;
    return d;
  }

  it("shows the plan default, sets an override and the tree is read again", async () => {
    const calls = bridge({
      node_detail: (a) => (a.nodeId === "a1" ? withCap(null) : detail(a.nodeId as string)),
      update_node: () => withCap(5).view.node,
    });
    await open("a1");
    expect(screen.getByTestId("node-cap").textContent).toContain("1 of 3");
    expect(screen.getByTestId("node-cap-source").textContent).toContain("plan default");
    await fireEvent.click(screen.getByTestId("node-cap-edit"));
    expect(screen.queryByTestId("node-cap-clear")).toBeNull();
    await fireEvent.input(screen.getByTestId("node-cap-input"), { target: { value: "5" } });
    const reads = sent(calls, "tree").length;
    await fireEvent.click(screen.getByTestId("node-cap-save"));
    await waitFor(() => expect(sent(calls, "update_node")).toHaveLength(1));
    expect(sent(calls, "update_node")[0]).toEqual({
      id: "a1",
      patch: { key: null, name: null, role: null, newHire: null, notes: null, objectiveCap: 5 },
    });
    await waitFor(() => expect(sent(calls, "tree").length).toBeGreaterThan(reads));
    expect(sent(calls, "findings").length).toBeGreaterThan(1);
  });

  it("clears an override with null, back to the plan's cap", async () => {
    const calls = bridge({
      node_detail: (a) => (a.nodeId === "a1" ? withCap(1) : detail(a.nodeId as string)),
      update_node: () => withCap(null).view.node,
    });
    await open("a1");
    expect(screen.getByTestId("node-cap").textContent).toContain("1 of 1");
    expect(screen.getByTestId("node-cap-source").textContent).toContain("set for");
    await fireEvent.click(screen.getByTestId("node-cap-edit"));
    await fireEvent.click(screen.getByTestId("node-cap-clear"));
    await waitFor(() => expect(sent(calls, "update_node")).toHaveLength(1));
    expect(sent(calls, "update_node")[0]).toEqual({
      id: "a1",
      patch: { key: null, name: null, role: null, newHire: null, notes: null, objectiveCap: null },
    });
  });

  it("refuses a cap that is not a whole number without calling the shell", async () => {
    const calls = bridge();
    await open("a1");
    await fireEvent.click(screen.getByTestId("node-cap-edit"));
    await fireEvent.input(screen.getByTestId("node-cap-input"), { target: { value: "-1" } });
    await fireEvent.click(screen.getByTestId("node-cap-save"));
    expect(screen.getByTestId("node-panel").textContent).toContain("whole number");
    expect(sent(calls, "update_node")).toEqual([]);
  });
});

/** The core's answer to "where may this node move?". */
function targets(...rows: TreeRow[]): MoveTarget[] {
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    name: r.name,
    level: r.level,
    within: ORG.find((p) => p.id === r.parentId)?.name ?? null,
    current: false,
  }));
}
const orgRow = (id: string) => ORG.find((r) => r.id === id)!;

describe("moving a node", () => {
  it("lists the targets the core gives, searches without marks, and moves", async () => {
    const [team, team2] = targets(orgRow("team"), orgRow("team2"));
    const calls = bridge({
      move_targets: () => [{ ...team, current: true }, team2],
      move_node: () => ({ ...detail("a1").view.node, parentId: "team2" }),
    });
    await open("a1");
    await fireEvent.click(screen.getByTestId("move-node"));
    const dialog = await screen.findByTestId("move-dialog");
    await within(dialog).findByTestId("move-to-team");
    const choices = within(dialog)
      .getAllByRole("button")
      .map((b) => b.dataset.testid)
      .filter((id) => id?.startsWith("move-to-"));
    expect(choices).toEqual(["move-to-team", "move-to-tong-dai-hn"]);
    expect(sent(calls, "move_targets")).toEqual([{ id: "a1" }]);
    expect((screen.getByTestId("move-to-team") as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId("move-to-team").textContent).toContain("current");

    await fireEvent.input(screen.getByTestId("move-search"), { target: { value: "tong dai" } });
    expect(screen.queryByTestId("move-to-team")).toBeNull();
    await fireEvent.input(screen.getByTestId("move-search"), { target: { value: "Tổng" } });
    const reads = sent(calls, "tree").length;
    await fireEvent.click(screen.getByTestId("move-to-tong-dai-hn"));
    await waitFor(() => expect(screen.queryByTestId("move-dialog")).toBeNull());
    expect(sent(calls, "move_node")).toEqual([{ id: "a1", newParent: "team2" }]);
    expect(sent(calls, "tree").length).toBeGreaterThan(reads);
  });

  it("names the level above as the core gives it, and shows the core's refusal", async () => {
    const message = "“team” cannot be placed under “div2”";
    const calls = bridge({
      move_targets: () => targets(orgRow("div"), orgRow("div2")),
      move_node: () => {
        throw { code: "level-order", message };
      },
    });
    await open("team");
    await fireEvent.click(screen.getByTestId("move-node"));
    expect(await screen.findByTestId("move-to-div")).toBeTruthy();
    expect(screen.getByTestId("move-dialog").textContent).toContain("division");
    expect(screen.queryByTestId("move-to-team2")).toBeNull();
    await fireEvent.click(screen.getByTestId("move-to-div2"));
    expect((await screen.findByTestId("error-message")).textContent).toBe(message);
    expect(sent(calls, "move_node")).toEqual([{ id: "team", newParent: "div2" }]);
  });

  it("is not offered for the company", async () => {
    bridge();
    await open("co");
    expect(screen.queryByTestId("move-node")).toBeNull();
    expect(screen.getByTestId("delete-node")).toBeTruthy();
  });
});

describe("deleting a check-in", () => {
  it("asks first, does nothing when the user says no, and deletes when yes", async () => {
    let answer = "No";
    const asked: unknown[] = [];
    const calls = bridge({
      node_detail: (a) => detailWithKr(a.nodeId as string),
      "plugin:dialog|message": (a) => {
        asked.push(a.message);
        return answer;
      },
      delete_checkin: () => null,
    });
    await open("a1");
    const history = await screen.findByTestId("checkin-history-a1-2026q4-1-kr1");
    expect(history.textContent).toContain("All check-ins (2)");
    const items = history.querySelectorAll("li");
    expect(items[0]!.dataset.testid).toBe("checkin-c2");

    await fireEvent.click(screen.getByTestId("checkin-delete-c1"));
    await waitFor(() => expect(asked).toHaveLength(1));
    expect(String(asked[0])).toContain("40 %");
    expect(sent(calls, "delete_checkin")).toEqual([]);

    answer = "Yes";
    const charts = sent(calls, "checkin_chart").length;
    const states = sent(calls, "quarter_state").length;
    await fireEvent.click(screen.getByTestId("checkin-delete-c1"));
    await waitFor(() => expect(sent(calls, "delete_checkin")).toEqual([{ id: "c1" }]));
    await waitFor(() => expect(sent(calls, "checkin_chart").length).toBeGreaterThan(charts));
    await waitFor(() => expect(sent(calls, "quarter_state").length).toBeGreaterThan(states));
  });

  it("shows the core's refusal in a locked quarter", async () => {
    const message = "quarter 2026-Q4 is locked; unlock it to change it";
    bridge({
      node_detail: (a) => detailWithKr(a.nodeId as string),
      "plugin:dialog|message": () => "Yes",
      delete_checkin: () => {
        throw { code: "quarter-locked", message };
      },
    });
    await open("a1");
    await fireEvent.click(await screen.findByTestId("checkin-delete-c2"));
    expect((await screen.findByTestId("error-message")).textContent).toBe(message);
  });
});
