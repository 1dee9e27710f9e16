// The whole window with the Tauri bridge mocked: what is invoked, with which arguments,
// and what the user then sees.
import { describe, expect, it, beforeEach } from "vitest";
import { render, screen, fireEvent, waitFor } from "@testing-library/svelte";
import { mockBridge, type Call, type Handler } from "../test/bridge";
import App from "./App.svelte";
import { app } from "../lib/store.svelte";
import { setLocale } from "../lib/i18n.svelte";
import { PLAN, ORPHAN, detail } from "../test/fixtures";
import { quarterState } from "../test/life-fixtures";
import type { ImportReport } from "../lib/bindings/ImportReport";

/** An import that wrote something; each test sets what its import did. */
const REPORT: ImportReport = {
  changed: true,
  encodings: [],
  nodesAdded: 0,
  nodesUpdated: 0,
  objectivesAdded: 0,
  objectivesUpdated: 0,
  keyResultsAdded: 0,
  keyResultsUpdated: 0,
  keyResultsUnchanged: 0,
  keyResultsRemoved: 0,
  checkinsRemoved: 0,
  currentsKept: 0,
  objectivesWithKeyResults: 0,
  checkinsAdded: 0,
  reviewsAdded: 0,
  commentsAdded: 0,
  locksAdded: 0,
};

/** Opens File → Import… with one file chosen in the given slot. */
async function openImport(slot: string, path: string) {
  render(App);
  await screen.findByTestId("tree-row-co");
  await fireEvent.click(screen.getByTestId("file-menu"));
  await fireEvent.click(screen.getByTestId("file-import"));
  await fireEvent.input(await screen.findByTestId(`import-file-${slot}`), {
    target: { value: path },
  });
}

function bridge(overrides: Record<string, Handler> = {}): Call[] {
  return mockBridge({
    recent_plans: () => ["/tmp/p.okr"],
    fill_sample: () => PLAN,
    quarter_state: () => quarterState({ reviews: [], checkins: [], scores: [] }),
    set_language: () => null,
    ...overrides,
  });
}

beforeEach(() => {
  setLocale("en");
  app.plan = null;
  app.error = null;
  app.tab = "cascade";
  app.addingObjective = false;
});

describe("the Cascade view", () => {
  it("opens the plan and shows the tree with counts against caps and error badges", async () => {
    const calls = bridge();
    render(App);
    await screen.findByTestId("tree-row-co");
    expect(screen.getByTestId("tree-row-a1").textContent).toContain("สมชาย วงศ์ใหญ่");
    expect(screen.getByTestId("tree-count-team").textContent).toBe("1/3");
    // The outline first (no badges: the plan is not checked yet), then the checked tree.
    expect((await screen.findByTestId("tree-errors-co")).textContent).toBe("1");
    const asked = calls.map((c) => c.cmd).filter((c) => c === "tree" || c === "tree_outline");
    expect(asked).toEqual(["tree_outline", "tree"]);
    expect(calls.find((c) => c.cmd === "tree")?.args).toEqual({ quarter: "2026-Q4" });
    await waitFor(() => expect(calls.some((c) => c.cmd === "tree_shown")).toBe(true));
    await waitFor(() => expect(app.detail?.view.node.id).toBe("co"));
  });

  it("selects the node and objective of a finding when it is clicked", async () => {
    const calls = bridge();
    render(App);
    // The plan is shown whole (tree, findings, the first detail) before the click.
    await waitFor(() => expect(calls.some((c) => c.cmd === "node_detail")).toBe(true));
    await waitFor(() => expect(app.detail?.view.node.id).toBe("co"));
    const finding = await screen.findByTestId("finding-orphan-a1-2026q4-1");
    await fireEvent.click(finding);
    await waitFor(() => expect(app.selected).toBe("a1"));
    expect(app.selectedObjective).toBe("o-a1");
    expect(calls.filter((c) => c.cmd === "node_detail").at(-1)?.args).toEqual({
      quarter: "2026-Q4",
      nodeId: "a1",
    });
    expect(await screen.findByTestId("objective-finding-orphan-a1-2026q4-1")).toBeTruthy();
  });

  it("adds an objective with the N shortcut, saves it at once and refreshes the findings", async () => {
    const calls = bridge({
      add_objective: (a) => ({
        ...detail("co").view.objectives[0]!.objective,
        id: "new",
        title: (a.new as { title: string }).title,
      }),
    });
    render(App);
    await screen.findByTestId("tree-row-co");
    await waitFor(() => expect(app.detail).not.toBeNull());
    await fireEvent.keyDown(window, { key: "n" });
    const input = (await screen.findByTestId("new-objective-title")) as HTMLInputElement;
    await fireEvent.input(input, { target: { value: "Giảm thời gian chờ" } });
    const before = calls.filter((c) => c.cmd === "findings").length;
    await fireEvent.keyDown(input, { key: "Enter" });
    await waitFor(() => expect(calls.some((c) => c.cmd === "add_objective")).toBe(true));
    expect(calls.find((c) => c.cmd === "add_objective")!.args).toEqual({
      new: {
        key: null,
        quarter: "2026-Q4",
        ownerId: "co",
        title: "Giảm thời gian chờ",
        description: "",
        parentId: null,
        commitment: "aspirational",
      },
    });
    await waitFor(() =>
      expect(calls.filter((c) => c.cmd === "findings").length).toBeGreaterThan(before),
    );
  });

  it("shows the message of a refused edit and keeps the window usable", async () => {
    bridge({
      update_node: () => {
        throw { code: "invalid", message: 'name: "" is empty; give it a few words' };
      },
    });
    render(App);
    await screen.findByTestId("tree-row-co");
    await fireEvent.click(await screen.findByTestId("node-name"));
    const input = await screen.findByTestId("node-name-input");
    await fireEvent.input(input, { target: { value: " " } });
    await fireEvent.keyDown(input, { key: "Enter" });
    expect((await screen.findByTestId("error-message")).textContent).toContain("is empty");
  });

  it("offers the sample organisation on first start and loads it", async () => {
    const calls = bridge({ startup: () => ({ plan: PLAN, offerSample: true, error: null }) });
    render(App);
    await fireEvent.click(await screen.findByTestId("sample-fill"));
    await waitFor(() => expect(calls.some((c) => c.cmd === "fill_sample")).toBe(true));
    await waitFor(() => expect(screen.queryByTestId("sample-offer")).toBeNull());
  });

  it("shows the findings of the language chosen while a large plan was still loading", async () => {
    const VI_ORPHAN = {
      ...ORPHAN,
      message: "Mục tiêu chưa liên kết với mục tiêu nào của cấp trên.",
    };
    let lang = "";
    let first: ((f: unknown) => void) | null = null;
    const calls = bridge({
      set_language: (a) => {
        lang = a.lang as string;
        return null;
      },
      // The first read of the findings (in English) is slow, as on a 50,000-agent plan.
      findings: () =>
        lang === "vi" ? [VI_ORPHAN] : first ? [ORPHAN] : new Promise((done) => (first = done)),
    });
    render(App);
    await screen.findByTestId("tree-row-co");
    await waitFor(() => expect(first).not.toBeNull());
    await fireEvent.change(screen.getByTestId("language-select"), { target: { value: "vi" } });
    await waitFor(() => expect(app.findings[0]?.message).toBe(VI_ORPHAN.message));
    first!([ORPHAN]);
    await new Promise((r) => setTimeout(r, 20));
    expect(app.findings[0]?.message).toBe(VI_ORPHAN.message);
    expect(calls.filter((c) => c.cmd === "findings").length).toBe(2);
  });

  it("switches the whole UI to Vietnamese, the findings written by the core included", async () => {
    const VI_ORPHAN = {
      ...ORPHAN,
      message: "Mục tiêu chưa liên kết với mục tiêu nào của cấp trên.",
    };
    let lang = "";
    const calls = bridge({
      set_language: (a) => {
        lang = a.lang as string;
        return null;
      },
      findings: () => (lang === "vi" ? [VI_ORPHAN] : [ORPHAN]),
    });
    render(App);
    await screen.findByTestId("tree-row-co");
    expect(calls.find((c) => c.cmd === "set_language")?.args).toEqual({ lang: "en" });
    expect(calls.findIndex((c) => c.cmd === "set_language")).toBeLessThan(
      calls.findIndex((c) => c.cmd === "startup"),
    );
    const select = screen.getByTestId("language-select") as HTMLSelectElement;
    await fireEvent.change(select, { target: { value: "vi" } });
    expect(screen.getByTestId("tab-map").textContent).toBe("Bản đồ liên kết");
    expect(localStorage.getItem("cascade.locale")).toBe("vi");
    await waitFor(() => expect(app.findings[0]?.message).toBe(VI_ORPHAN.message));
    // The rule is named in Vietnamese too; its id stays for those matching `okr check`.
    const finding = screen.getByTestId("finding-orphan-a1-2026q4-1");
    expect(finding.textContent).toContain("Chưa liên kết lên trên");
    expect(finding.querySelector(".rule")?.getAttribute("title")).toBe("orphan");
    expect(calls.filter((c) => c.cmd === "set_language").at(-1)?.args).toEqual({ lang: "vi" });
  });

  it("imports spreadsheets and shows every problem the core names, by file and line", async () => {
    let attempt = 0;
    const calls = bridge({
      import_spreadsheets: () => {
        attempt++;
        if (attempt === 1)
          throw {
            code: "invalid-import",
            message: 'objectives.csv line 13, column quarter: "2026-Q5" is not a quarter',
          };
        return { ...REPORT, nodesAdded: 24, objectivesAdded: 127, keyResultsAdded: 346 };
      },
      plan_info: () => PLAN,
    });
    render(App);
    await screen.findByTestId("tree-row-co");
    await fireEvent.click(screen.getByTestId("file-menu"));
    await fireEvent.click(screen.getByTestId("file-import"));
    for (const [slot, path] of [
      ["org", "/d/org.csv"],
      ["objectives", "/d/objectives.csv"],
      ["keyResults", "/d/key_results.csv"],
    ]) {
      await fireEvent.input(await screen.findByTestId(`import-file-${slot}`), {
        target: { value: path },
      });
    }
    await fireEvent.click(screen.getByTestId("import-run"));
    expect((await screen.findByTestId("import-problem")).textContent).toContain(
      "objectives.csv line 13",
    );
    expect(calls.find((c) => c.cmd === "import_spreadsheets")!.args).toEqual({
      org: "/d/org.csv",
      objectives: "/d/objectives.csv",
      keyResults: "/d/key_results.csv",
      deleteMissing: false,
    });
    await fireEvent.click(screen.getByTestId("import-run"));
    expect((await screen.findByTestId("import-done")).textContent).toContain("127");
  });

  it("imports a workbook and names a file read in another encoding", async () => {
    const calls = bridge({
      import_workbook: () => ({
        ...REPORT,
        nodesAdded: 5,
        encodings: [{ file: "to-chuc.csv", encoding: "Windows-1258" }],
      }),
      plan_info: () => PLAN,
    });
    await openImport("workbook", "/d/ke-hoach.xlsx");
    await fireEvent.click(screen.getByTestId("import-run"));
    const done = (await screen.findByTestId("import-done")).textContent;
    expect(done).toContain("5 people and units added");
    expect(done).toContain("to-chuc.csv read as Windows-1258");
    expect(calls.find((c) => c.cmd === "import_workbook")!.args).toEqual({
      path: "/d/ke-hoach.xlsx",
      deleteMissing: false,
    });
    expect(calls.some((c) => c.cmd === "import_spreadsheets")).toBe(false);
  });

  it("writes the import template where the user chose", async () => {
    const calls = bridge({
      "plugin:dialog|save": () => "/d/mau",
      write_template: () => null,
    });
    render(App);
    await screen.findByTestId("tree-row-co");
    await fireEvent.click(screen.getByTestId("file-menu"));
    await fireEvent.click(screen.getByTestId("file-import-template"));
    await waitFor(() => expect(calls.some((c) => c.cmd === "write_template")).toBe(true));
    expect(calls.find((c) => c.cmd === "write_template")!.args).toEqual({ path: "/d/mau.xlsx" });
    expect((await screen.findByTestId("notice")).textContent).toContain("/d/mau.xlsx");
  });

  it("removes key results holding check-ins only when the user confirms", async () => {
    const calls = bridge({
      import_spreadsheets: (args) => {
        if (!args?.deleteMissing)
          throw {
            code: "import-would-remove",
            message: 'o00012-kr3 "NPS" (objective o00012) holds 4 check-ins',
          };
        return { ...REPORT, keyResultsRemoved: 1, keyResultsUnchanged: 345 };
      },
      plan_info: () => PLAN,
    });
    await openImport("keyResults", "/d/key_results.csv");
    expect(screen.queryByTestId("import-remove-run")).toBeNull();
    await fireEvent.click(screen.getByTestId("import-run"));
    expect((await screen.findByTestId("import-problem")).textContent).toContain("4 check-ins");
    await fireEvent.click(await screen.findByTestId("import-remove-run"));
    expect((await screen.findByTestId("import-done")).textContent).toContain("1 removed");
    const imports = calls.filter((c) => c.cmd === "import_spreadsheets");
    expect(imports.map((c) => c.args?.deleteMissing)).toEqual([false, true]);
  });

  it("says so when a re-import changes nothing", async () => {
    bridge({
      import_spreadsheets: () => ({ ...REPORT, changed: false, keyResultsUnchanged: 346 }),
      plan_info: () => PLAN,
    });
    await openImport("keyResults", "/d/key_results.csv");
    await fireEvent.click(screen.getByTestId("import-run"));
    expect((await screen.findByTestId("import-done")).textContent).toContain("Nothing changed");
  });
});
