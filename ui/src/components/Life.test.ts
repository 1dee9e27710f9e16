// The quarter's life and keeping plans safe, in the whole window with the bridge mocked:
// what is invoked, with which arguments, and what the user then sees.
import { describe, expect, it, beforeEach } from "vitest";
import { render, screen, fireEvent, waitFor } from "@testing-library/svelte";
import { mockBridge, type Call, type Handler } from "../test/bridge";
import App from "./App.svelte";
import { app } from "../lib/store.svelte";
import { life } from "../lib/life.svelte";
import { setLocale } from "../lib/i18n.svelte";
import { PLAN, detail } from "../test/fixtures";
import { STATUS, DIFF, quarterState, detailWithKr } from "../test/life-fixtures";

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" data-testid="svg"><title>chart</title></svg>';

function bridge(overrides: Record<string, Handler> = {}): Call[] {
  return mockBridge({
    node_detail: (a) => detailWithKr(a.nodeId as string),
    checkin_chart: () => SVG,
    record_checkin: () => ({}),
    diff_quarters: () => DIFF,
    ...overrides,
  });
}

async function openA1() {
  render(App);
  await screen.findByTestId("tree-row-co");
  await waitFor(() => expect(app.detail?.view.node.id).toBe("co"));
  await app.select("a1");
  await waitFor(() => expect(app.detail?.view.node.id).toBe("a1"));
}

beforeEach(() => {
  setLocale("en");
  app.plan = null;
  app.error = null;
  app.retry = null;
  app.busy = false;
  app.tab = "cascade";
  life.state = null;
  life.status = null;
  life.rolled = null;
  life.setWho("Hoa");
});

describe("check-ins", () => {
  it("records a value with a confidence and who, and shows the history chart", async () => {
    const calls = bridge();
    await openA1();
    expect(await screen.findByTestId("checkin-chart-kr-a1")).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByTestId("checkin-chart-kr-a1").innerHTML).toContain("<svg"),
    );
    expect(screen.getByTestId("last-checkin-a1-2026q4-1-kr1").textContent).toContain("Lan");
    await fireEvent.input(screen.getByTestId("checkin-value-a1-2026q4-1-kr1"), {
      target: { value: "62,5" },
    });
    await fireEvent.change(screen.getByTestId("checkin-confidence-a1-2026q4-1-kr1"), {
      target: { value: "off-track" },
    });
    await fireEvent.click(screen.getByTestId("checkin-save-a1-2026q4-1-kr1"));
    await waitFor(() => expect(calls.some((c) => c.cmd === "record_checkin")).toBe(true));
    expect(calls.find((c) => c.cmd === "record_checkin")!.args).toEqual({
      new: {
        keyResult: "kr-a1",
        value: 62.5,
        date: null,
        note: "",
        who: "Hoa",
        confidence: "off-track",
      },
    });
  });

  it("refuses a value that is not a number without calling the shell", async () => {
    const calls = bridge();
    await openA1();
    await fireEvent.input(await screen.findByTestId("checkin-value-a1-2026q4-1-kr1"), {
      target: { value: "abc" },
    });
    await fireEvent.click(screen.getByTestId("checkin-save-a1-2026q4-1-kr1"));
    expect(calls.some((c) => c.cmd === "record_checkin")).toBe(false);
    expect(screen.getByTestId("checkins-a1-2026q4-1-kr1").textContent).toContain("Type a number");
  });

  it("marks objectives at risk and reviewed teams in the tree, and shows the score", async () => {
    bridge();
    await openA1();
    expect(await screen.findByTestId("tree-at-risk-a1")).toBeTruthy();
    expect(screen.getByTestId("tree-reviewed-team")).toBeTruthy();
    expect(screen.queryByTestId("tree-reviewed-a1")).toBeNull();
    expect(screen.getByTestId("objective-score-a1-2026q4-1").textContent).toContain("progress");
    expect(screen.getByTestId("miss-to-review-a1-2026q4-1")).toBeTruthy();
  });

  it("switches an objective to committed", async () => {
    const calls = bridge({ update_objective: () => detail("a1").view.objectives[0]!.objective });
    await openA1();
    await fireEvent.click(await screen.findByTestId("commitment-committed-a1-2026q4-1"));
    await waitFor(() => expect(calls.some((c) => c.cmd === "update_objective")).toBe(true));
    expect(calls.find((c) => c.cmd === "update_objective")!.args).toEqual({
      id: "o-a1",
      patch: { key: null, title: null, description: null, commitment: "committed" },
    });
  });

  it("says what counts as met with the core's numbers", async () => {
    bridge({
      quarter_state: () => quarterState({ metAt: { committed: 0.9, aspirational: 0.6 } }),
    });
    await openA1();
    const button = await screen.findByTestId("commitment-committed-a1-2026q4-1");
    await waitFor(() =>
      expect(button.parentElement!.title).toBe(
        "A committed objective is expected to reach 0.9; an aspirational one is met at 0.6",
      ),
    );
  });

  it("adds a key result with the core's starting numbers", async () => {
    const calls = bridge({ add_starter_key_result: () => ({}) });
    await openA1();
    await fireEvent.click(await screen.findByTestId("add-kr-a1-2026q4-1"));
    await waitFor(() => expect(calls.some((c) => c.cmd === "add_starter_key_result")).toBe(true));
    expect(calls.find((c) => c.cmd === "add_starter_key_result")!.args).toEqual({
      objectiveId: "o-a1",
      title: "Key result",
    });
  });
});

describe("scores", () => {
  it("sets a key result's score by hand and clears it back to its progress", async () => {
    const state = quarterState();
    state.scores[0]!.keyResults = [
      {
        keyResultId: "kr-a1",
        key: "a1-2026q4-1-kr1",
        title: "Tỉ lệ gọi lại",
        score: 0.55,
        progress: 0.55,
        setByHand: false,
        reading: "progress",
        confidence: "at-risk",
      },
    ];
    const calls = bridge({ quarter_state: () => state, set_score: () => ({}) });
    await openA1();
    const input = (await screen.findByTestId("kr-score-a1-2026q4-1-kr1")) as HTMLInputElement;
    expect(input.placeholder).toBe("0.55");
    await fireEvent.change(input, { target: { value: "0,8" } });
    await fireEvent.change(input, { target: { value: "" } });
    await waitFor(() => expect(calls.filter((c) => c.cmd === "set_score").length).toBe(2));
    expect(calls.filter((c) => c.cmd === "set_score").map((c) => c.args)).toEqual([
      { keyResult: "kr-a1", score: 0.8 },
      { keyResult: "kr-a1", score: null },
    ]);
  });
});

describe("review, lock and the next quarter", () => {
  it("shows the core's refusal when the quarter is locked", async () => {
    bridge({
      quarter_state: () =>
        quarterState({
          lock: { quarter: "2026-Q4", lockedBy: "Hoa", lockedAt: "2026-12-31T10:00:00Z" },
        }),
      record_checkin: () => {
        throw { code: "quarter-locked", message: "2026-Q4 is locked by Hoa; unlock it first" };
      },
    });
    await openA1();
    expect((await screen.findByTestId("quarter-locked")).textContent).toContain("Hoa");
    await fireEvent.input(screen.getByTestId("checkin-value-a1-2026q4-1-kr1"), {
      target: { value: "70" },
    });
    await fireEvent.click(screen.getByTestId("checkin-save-a1-2026q4-1-kr1"));
    expect((await screen.findByTestId("error-message")).textContent).toContain("locked");
  });

  it("locks the quarter in the reviewer's name", async () => {
    const calls = bridge({ lock_quarter: () => ({}) });
    await openA1();
    await fireEvent.click(await screen.findByTestId("lock-quarter"));
    await waitFor(() => expect(calls.some((c) => c.cmd === "lock_quarter")).toBe(true));
    expect(calls.find((c) => c.cmd === "lock_quarter")!.args).toEqual({
      quarter: "2026-Q4",
      who: "Hoa",
    });
  });

  it("marks the selected team reviewed with a comment on its objective", async () => {
    const calls = bridge({ mark_reviewed: () => ({}) });
    render(App);
    await screen.findByTestId("tree-row-co");
    await waitFor(() => expect(app.detail?.view.node.id).toBe("co"));
    await app.select("a2");
    await waitFor(() => expect(app.detail?.view.node.id).toBe("a2"));
    await fireEvent.click(await screen.findByTestId("mark-reviewed"));
    await fireEvent.input(await screen.findByTestId("review-comment-a2-2026q4-1"), {
      target: { value: "Cần rõ hơn" },
    });
    await fireEvent.click(screen.getByTestId("review-save"));
    await waitFor(() => expect(calls.some((c) => c.cmd === "mark_reviewed")).toBe(true));
    expect(calls.find((c) => c.cmd === "mark_reviewed")!.args).toEqual({
      nodeId: "a2",
      quarter: "2026-Q4",
      who: "Hoa",
      comments: [{ objectiveId: "o-a2", text: "Cần rõ hơn" }],
    });
  });

  it("plans the next quarter, shows what was carried and switches to it", async () => {
    const calls = bridge({
      rollover: () => ({
        from: "2026-Q4",
        to: "2027-Q1",
        carried: [
          {
            source: "a1-2026q4-1",
            copy: "a1-2027q1-1",
            owner: "a1",
            title: "Gọi lại khách",
            progress: 0.5,
            keyResults: 1,
            parent: null,
            unlinked: true,
          },
        ],
        done: 2,
        alreadyCarried: 0,
      }),
      plan_info: () => ({ ...PLAN, quarters: ["2026-Q4", "2027-Q1"] }),
    });
    render(App);
    await screen.findByTestId("tree-row-co");
    await fireEvent.click(screen.getByTestId("plan-next-quarter"));
    const report = await screen.findByTestId("rollover-report");
    expect(report.textContent).toContain("a1-2027q1-1");
    expect(report.textContent).toContain("link it by hand");
    expect(calls.find((c) => c.cmd === "rollover")!.args).toEqual({ from: "2026-Q4" });
    await waitFor(() => expect(app.quarter).toBe("2027-Q1"));
    await waitFor(() =>
      expect(calls.filter((c) => c.cmd === "tree").at(-1)!.args).toEqual({ quarter: "2027-Q1" }),
    );
  });
});

describe("compare quarters", () => {
  it("lists added and carried-over objectives between two quarters", async () => {
    const calls = bridge();
    app.plan = null;
    render(App);
    await screen.findByTestId("tree-row-co");
    await fireEvent.click(screen.getByTestId("tab-compare"));
    expect((await screen.findByTestId("compare-added")).textContent).toContain("Chat trong 1 phút");
    expect(screen.getByTestId("compare-carried").textContent).toContain("a1-2027q1-1");
    expect(screen.getByTestId("compare-dropped").textContent).toContain("None");
    expect(calls.some((c) => c.cmd === "diff_quarters")).toBe(true);
  });
});

describe("nothing lost", () => {
  it("says a read-only plan is read-only and disables its edits", async () => {
    bridge({ plan_status: () => ({ ...STATUS, readOnly: true }) });
    await openA1();
    expect((await screen.findByTestId("read-only-banner")).textContent).toContain("read-only");
    await waitFor(() =>
      expect(
        (screen.getByTestId("checkin-value-a1-2026q4-1-kr1") as HTMLInputElement).disabled,
      ).toBe(true),
    );
    expect((screen.getByTestId("plan-next-quarter") as HTMLButtonElement).disabled).toBe(true);
  });

  it("says a busy plan is busy in a notice, not an error, and Retry repeats the action", async () => {
    let attempts = 0;
    const calls = bridge({
      record_checkin: () => {
        attempts++;
        if (attempts === 1) throw { code: "busy", message: "database is locked" };
        return {};
      },
    });
    await openA1();
    await fireEvent.input(await screen.findByTestId("checkin-value-a1-2026q4-1-kr1"), {
      target: { value: "70" },
    });
    await fireEvent.click(screen.getByTestId("checkin-save-a1-2026q4-1-kr1"));
    const notice = await screen.findByTestId("busy-notice");
    expect(notice.getAttribute("role")).toBe("status");
    expect(notice.textContent).toContain("The plan is busy");
    expect(notice.textContent).not.toContain("database is locked");
    expect(screen.queryByTestId("error-banner")).toBeNull();
    await fireEvent.click(screen.getByTestId("busy-retry"));
    await waitFor(() => expect(attempts).toBe(2));
    const sent = calls.filter((c) => c.cmd === "record_checkin").map((c) => c.args);
    expect(sent[1]).toEqual(sent[0]);
    await waitFor(() => expect(screen.queryByTestId("busy-notice")).toBeNull());
  });

  it("lists backups and restores the chosen one after confirming", async () => {
    const calls = bridge({
      backups: () => [
        {
          path: "/b/p-20261124-093000.000.okr",
          takenAt: "2026-11-24T09:30:00+07:00",
          bytes: 40960,
        },
      ],
      "plugin:dialog|message": () => "Yes",
      restore_backup: () => PLAN,
    });
    render(App);
    await screen.findByTestId("tree-row-co");
    await fireEvent.click(screen.getByTestId("file-menu"));
    await fireEvent.click(screen.getByTestId("file-restore-backup"));
    await fireEvent.click(await screen.findByTestId("restore-0"));
    await waitFor(() => expect(calls.some((c) => c.cmd === "restore_backup")).toBe(true));
    expect(calls.find((c) => c.cmd === "restore_backup")!.args).toEqual({
      path: "/b/p-20261124-093000.000.okr",
    });
    expect((await screen.findByTestId("notice")).textContent).toContain("restored");
  });

  it("exports the quarter to Excel where the user chose", async () => {
    const calls = bridge({
      "plugin:dialog|save": () => "/d/p-2026-Q4",
      export_xlsx: () => null,
    });
    render(App);
    await screen.findByTestId("tree-row-co");
    await fireEvent.click(screen.getByTestId("file-menu"));
    await fireEvent.click(screen.getByTestId("file-export-xlsx"));
    await waitFor(() => expect(calls.some((c) => c.cmd === "export_xlsx")).toBe(true));
    expect(calls.find((c) => c.cmd === "export_xlsx")!.args).toEqual({
      path: "/d/p-2026-Q4.xlsx",
      quarter: "2026-Q4",
    });
  });
});
