// Undo, redo and the History panel in the whole window with the bridge mocked: the Edit
// menu names what the core says Undo and Redo would do, the keys undo the window's own
// changes (not while typing), what was undone is said in the core's words, a refusal is
// shown as every error, and the panel lists the changes a page at a time.
import { describe, expect, it, beforeEach } from "vitest";
import { render, screen, fireEvent, waitFor } from "@testing-library/svelte";
import { mockBridge, type Call, type Handler } from "../test/bridge";
import App from "./App.svelte";
import { app } from "../lib/store.svelte";
import { history, HISTORY_PAGE } from "../lib/history.svelte";
import { setLocale } from "../lib/i18n.svelte";
import type { HistoryEntry } from "../lib/bindings/HistoryEntry";

const DELETE = 'delete objective "Gọi lại khách trong 24 giờ"';

const EDITED: HistoryEntry = {
  id: 7,
  at: "2026-11-03T02:15:00.000Z",
  who: "lan",
  door: "app",
  what: 'edit key result "CSAT"',
  rows: 1,
  undone: false,
  undoneAt: null,
  undoneBy: null,
  changes: [
    {
      thing: "key result",
      row: "co-2026q4-1-kr1",
      action: "changed",
      fields: [{ field: "target", before: "80", after: "85" }],
    },
  ],
};

const DELETED: HistoryEntry = {
  id: 8,
  at: "2026-11-04T09:30:00.000Z",
  who: "lan",
  door: "app",
  what: DELETE,
  rows: 3,
  undone: true,
  undoneAt: "2026-11-04T09:31:00.000Z",
  undoneBy: "lan",
  changes: [
    { thing: "objective", row: "co-2026q4-1", action: "removed", fields: [] },
    { thing: "key result", row: "co-2026q4-1-kr1", action: "removed", fields: [] },
  ],
};

function bridge(overrides: Record<string, Handler> = {}): Call[] {
  return mockBridge({
    undo_redo: () => ({ undo: `Undo: ${DELETE}`, redo: null }),
    undo: () => `Undone: ${DELETE}`,
    redo: () => `Redone: ${DELETE}`,
    history: () => [DELETED, EDITED],
    ...overrides,
  });
}

async function open() {
  render(App);
  await screen.findByTestId("tree-row-co");
  await waitFor(() => expect(app.detail?.view.node.id).toBe("co"));
}

const count = (calls: Call[], cmd: string) => calls.filter((c) => c.cmd === cmd).length;

beforeEach(() => {
  setLocale("en");
  app.plan = null;
  app.error = null;
  app.notice = null;
  app.tab = "cascade";
  history.close();
});

describe("the Edit menu", () => {
  it("names what Undo would undo, and offers no Redo when there is nothing", async () => {
    bridge();
    await open();
    await fireEvent.click(screen.getByTestId("edit-menu"));
    const undo = await screen.findByTestId("edit-undo");
    await waitFor(() => expect(undo.textContent).toContain(`Undo: ${DELETE}`));
    expect((undo as HTMLButtonElement).disabled).toBe(false);
    const redo = screen.getByTestId("edit-redo") as HTMLButtonElement;
    expect(redo.textContent).toContain("Redo");
    expect(redo.disabled).toBe(true);
  });

  it("undoes from the menu, says what was undone and reads the plan again", async () => {
    const calls = bridge();
    await open();
    const trees = count(calls, "tree");
    await fireEvent.click(screen.getByTestId("edit-menu"));
    await fireEvent.click(await screen.findByTestId("edit-undo"));
    await waitFor(() =>
      expect(screen.getByTestId("notice").textContent).toContain(`Undone: ${DELETE}`),
    );
    expect(count(calls, "undo")).toBe(1);
    expect(count(calls, "tree")).toBeGreaterThan(trees);
  });
});

describe("the keys", () => {
  it("Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo", async () => {
    const calls = bridge();
    await open();
    await fireEvent.keyDown(window, { key: "z", code: "KeyZ", ctrlKey: true });
    await waitFor(() => expect(count(calls, "undo")).toBe(1));
    await waitFor(() => expect(app.notice).toBe(`Undone: ${DELETE}`));
    await fireEvent.keyDown(window, { key: "Z", code: "KeyZ", ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(count(calls, "redo")).toBe(1));
    await waitFor(() => expect(app.notice).toBe(`Redone: ${DELETE}`));
    await fireEvent.keyDown(window, { key: "y", code: "KeyY", ctrlKey: true });
    await waitFor(() => expect(count(calls, "redo")).toBe(2));
  });

  it("Ctrl+Z on a Thai layout undoes too (the key's place counts)", async () => {
    const calls = bridge();
    await open();
    await fireEvent.keyDown(window, { key: "ผ", code: "KeyZ", ctrlKey: true });
    await waitFor(() => expect(count(calls, "undo")).toBe(1));
  });

  it("leaves Ctrl+Z to a field being typed in", async () => {
    const calls = bridge();
    await open();
    const input = document.createElement("input");
    document.body.appendChild(input);
    await fireEvent.keyDown(input, { key: "z", code: "KeyZ", ctrlKey: true });
    input.remove();
    expect(count(calls, "undo")).toBe(0);
  });

  it("shows a refusal as every error, in the core's words", async () => {
    const message =
      "There is nothing to undo: every change in this plan's history is undone already.";
    bridge({
      undo: () => {
        throw { code: "nothing-to-undo", message };
      },
    });
    await open();
    await fireEvent.keyDown(window, { key: "z", code: "KeyZ", ctrlKey: true });
    expect((await screen.findByTestId("error-message")).textContent).toBe(message);
    expect(app.notice).toBeNull();
  });
});

describe("the History panel", () => {
  it("lists what, who and when, the fields changed, and marks what was undone", async () => {
    const calls = bridge();
    await open();
    await fireEvent.click(screen.getByTestId("edit-menu"));
    await fireEvent.click(await screen.findByTestId("edit-history"));
    const panel = await screen.findByTestId("history-panel");
    await screen.findByTestId("history-entry-8");
    expect(calls.find((c) => c.cmd === "history")!.args).toEqual({
      objective: null,
      limit: HISTORY_PAGE,
    });
    expect(screen.getByTestId("history-what-8").textContent).toBe(DELETE);
    expect(screen.getByTestId("history-undone-8").textContent).toBe("undone");
    expect(screen.queryByTestId("history-undone-7")).toBeNull();
    const edited = screen.getByTestId("history-entry-7").textContent!.replace(/\s+/g, " ");
    expect(edited).toContain("· lan ·");
    expect(edited).toContain("target 80 → 85");
    expect(edited).toContain("2026");
    const deleted = screen.getByTestId("history-entry-8").textContent!.replace(/\s+/g, " ");
    expect(deleted).toContain("removed");
    expect(deleted).toContain("and 1 more rows");
    // A short history is all there is: no older page offered.
    expect(screen.queryByTestId("history-older")).toBeNull();
    await fireEvent.click(screen.getByTestId("history-close"));
    expect(panel.isConnected).toBe(false);
  });

  it("lists a few rows of a large change, and all of them on request", async () => {
    const fill: HistoryEntry = {
      ...DELETED,
      id: 9,
      who: "",
      undone: false,
      rows: 300,
      changes: Array.from({ length: 200 }, (_, i) => ({
        thing: "node",
        row: `n${i}`,
        action: "added" as const,
        fields: [],
      })),
    };
    bridge({ history: () => [fill] });
    await open();
    history.open();
    const entry = await screen.findByTestId("history-entry-9");
    expect(entry.querySelectorAll(".changes > li")).toHaveLength(7);
    expect(entry.textContent).not.toContain("· ·");
    await fireEvent.click(screen.getByTestId("history-rows-9"));
    await waitFor(() => expect(entry.querySelectorAll(".changes > li")).toHaveLength(201));
    expect(entry.textContent).toContain("and 100 more rows");
  });

  it("opens for one objective from its card", async () => {
    const calls = bridge({ history: () => [EDITED] });
    await open();
    await fireEvent.click(await screen.findByTestId("objective-history-co-2026q4-1"));
    await screen.findByTestId("history-entry-7");
    expect(calls.find((c) => c.cmd === "history")!.args).toEqual({
      objective: "co-2026q4-1",
      limit: HISTORY_PAGE,
    });
    expect(screen.getByTestId("history-panel").textContent).toContain(
      "History of “Gọi lại khách trong 24 giờ”",
    );
  });

  it("shows the newest page of a long history and older ones on request", async () => {
    const many = (n: number): HistoryEntry[] =>
      Array.from({ length: n }, (_, i) => ({ ...EDITED, id: 10_000 - i }));
    const calls = bridge({ history: (a) => many(Math.min(a.limit as number, 250)) });
    await open();
    history.open();
    await screen.findByTestId("history-entry-10000");
    expect(screen.getAllByTestId(/^history-entry-/)).toHaveLength(HISTORY_PAGE);
    await fireEvent.click(screen.getByTestId("history-older"));
    await waitFor(() => expect(screen.getAllByTestId(/^history-entry-/)).toHaveLength(250));
    expect(calls.filter((c) => c.cmd === "history").at(-1)!.args.limit).toBe(2 * HISTORY_PAGE);
    expect(screen.queryByTestId("history-older")).toBeNull();
  });

  it("says so when nothing was recorded, in the window's language", async () => {
    bridge({ history: () => [] });
    setLocale("vi");
    await open();
    history.open();
    expect((await screen.findByTestId("history-none")).textContent).toBe(
      "Chưa có thay đổi nào được ghi lại.",
    );
  });
});
