// Handing out a review and merging it back, in the whole window with the bridge mocked:
// what is invoked, with which arguments, and what the user then sees.
import { describe, expect, it, beforeEach } from "vitest";
import { render, screen, fireEvent, waitFor } from "@testing-library/svelte";
import { mockBridge, type Call, type Handler } from "../test/bridge";
import App from "./App.svelte";
import { app } from "../lib/store.svelte";
import { life } from "../lib/life.svelte";
import { setLocale } from "../lib/i18n.svelte";
import { PLAN, ORPHAN, detail } from "../test/fixtures";

import type { MergeReport } from "../lib/bindings/MergeReport";
import type { ReviewInfo } from "../lib/bindings/ReviewInfo";
import type { CopiesMerge } from "../lib/bindings/CopiesMerge";
import type { HandoutReport } from "../lib/bindings/HandoutReport";

const INFO: ReviewInfo = {
  planId: "p1",
  nodeId: "team",
  nodeKey: "team",
  nodeName: "Nhóm Chat",
  quarters: ["2026-Q4"],
  takenAt: "2026-11-20T08:00:00Z",
  planFile: "p.okr",
};

function report(): MergeReport {
  return {
    review: INFO,
    changes: [
      {
        table: "objective",
        rowId: "o-a1",
        row: "a1-2026q4-1",
        kind: "changed",
        fields: ["parent_id"],
      },
    ],
    conflicts: [
      {
        reference: "objective/a1-2026q4-1/title",
        table: "objective",
        rowId: "o-a1",
        row: "a1-2026q4-1",
        field: "title",
        kind: "bothChanged",
        base: "Gọi lại",
        ours: "Gọi lại khách",
        theirs: "Gọi lại trong 24 giờ",
        kept: "ours",
        message: "title changed in both; the plan's value is kept",
      },
    ],
    findingsNew: [],
    findingsResolved: [],
    unmatchedChoices: [],
  };
}

function bridge(overrides: Record<string, Handler> = {}): Call[] {
  return mockBridge({
    plan_info: () => PLAN,
    review_info: () => null,
    ...overrides,
  });
}

async function openWindow() {
  render(App);
  await screen.findByTestId("tree-row-co");
  await waitFor(() => expect(app.detail?.view.node.id).toBe("co"));
}

async function menu(item: string) {
  await fireEvent.click(screen.getByTestId("file-menu"));
  await fireEvent.click(screen.getByTestId(item));
}

beforeEach(() => {
  setLocale("en");
  app.plan = null;
  app.error = null;
  app.retry = null;
  app.tab = "cascade";
  life.state = null;
  life.status = null;
});

describe("hand out for review", () => {
  it("writes the selected node's copy for the shown quarter to a typed path and reports it", async () => {
    const calls = bridge({
      handout: (a) => ({
        path: a.path,
        review: INFO,
        nodes: 3,
        contextNodes: 1,
        objectives: 4,
        contextObjectives: 2,
      }),
    });
    await openWindow();
    await app.select("team");
    await waitFor(() => expect(app.detail?.view.node.id).toBe("team"));
    await menu("file-handout");
    expect(screen.getByTestId("handout-node").textContent).toContain("(team)");
    const path = screen.getByTestId("handout-path") as HTMLInputElement;
    expect(path.value).toBe("/tmp/p - review team.okr");
    expect((screen.getByTestId("handout-quarter-2026-Q4") as HTMLInputElement).checked).toBe(true);
    await fireEvent.input(path, { target: { value: "/home/lan/chat review.okr" } });
    await fireEvent.click(screen.getByTestId("handout-run"));
    expect((await screen.findByTestId("handout-done")).textContent).toContain(
      "/home/lan/chat review.okr",
    );
    expect(screen.getByTestId("handout-done").textContent).toContain("4 objectives");
    expect(calls.find((c) => c.cmd === "handout")!.args).toEqual({
      nodeKey: "team",
      quarters: ["2026-Q4"],
      path: "/home/lan/chat review.okr",
    });
  });

  it("shows the core's refusal and cannot run with no quarter", async () => {
    bridge({
      handout: () => {
        throw { code: "io", message: "cannot write /nope/x.okr: no such folder" };
      },
    });
    await openWindow();
    await menu("file-handout");
    await fireEvent.click(screen.getByTestId("handout-run"));
    expect((await screen.findByTestId("handout-problem")).textContent).toContain("/nope/x.okr");
    await fireEvent.click(screen.getByTestId("handout-quarter-2026-Q4"));
    expect((screen.getByTestId("handout-run") as HTMLButtonElement).disabled).toBe(true);
  });

  it("hands out every team of a selected division into a chosen folder and says how many", async () => {
    const written = (dir: string): HandoutReport[] =>
      ["team", "team-b"].map((key) => ({
        path: `${dir}/${key}.okr`,
        review: { ...INFO, nodeKey: key },
        nodes: 3,
        contextNodes: 1,
        objectives: 4,
        contextObjectives: 2,
      }));
    const calls = bridge({
      "plugin:dialog|open": () => "/home/lan/reviews",
      handout_teams: (a) => written(a.dir as string),
    });
    await openWindow();
    await app.select("div");
    await waitFor(() => expect(app.detail?.view.node.id).toBe("div"));
    await menu("file-handout");
    await fireEvent.click(screen.getByTestId("handout-each"));
    expect(screen.queryByTestId("handout-path")).toBeNull();
    const folder = screen.getByTestId("handout-folder") as HTMLInputElement;
    expect(folder.value).toBe("/tmp/p - reviews div");
    await fireEvent.click(screen.getByTestId("handout-choose-folder"));
    await waitFor(() => expect(folder.value).toBe("/home/lan/reviews"));
    const dialog = calls.find((c) => c.cmd === "plugin:dialog|open")!;
    expect((dialog.args.options as { directory: boolean }).directory).toBe(true);
    await fireEvent.click(screen.getByTestId("handout-run"));
    const done = (await screen.findByTestId("handout-done")).textContent!;
    expect(done).toContain("Saved 2 review copies in /home/lan/reviews");
    expect(calls.find((c) => c.cmd === "handout_teams")!.args).toEqual({
      nodeKey: "div",
      quarters: ["2026-Q4"],
      dir: "/home/lan/reviews",
    });
    expect(calls.some((c) => c.cmd === "handout")).toBe(false);
  });

  it("offers every team at once only for a division", async () => {
    bridge();
    await openWindow();
    await app.select("team");
    await waitFor(() => expect(app.detail?.view.node.id).toBe("team"));
    await menu("file-handout");
    expect(screen.queryByTestId("handout-each")).toBeNull();
    expect(screen.getByTestId("handout-path")).toBeTruthy();
  });
});

describe("merge review", () => {
  it("previews the changes and conflicts, merges with the chosen side, and refreshes", async () => {
    const merged: MergeReport = {
      ...report(),
      conflicts: report().conflicts.map((c) => ({ ...c, kept: "theirs" as const })),
      findingsResolved: [ORPHAN],
    };
    const calls = bridge({
      merge_preview: () => report(),
      merge_review: () => merged,
    });
    await openWindow();
    await menu("file-merge-review");
    expect((screen.getByTestId("merge-run") as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.input(screen.getByTestId("merge-path"), {
      target: { value: "/home/lan/chat review.okr" },
    });
    await fireEvent.click(screen.getByTestId("merge-check"));
    const preview = await screen.findByTestId("merge-preview");
    expect(preview.textContent).toContain("Nhóm Chat (team)");
    expect(screen.getByTestId("merge-change-0").textContent).toContain("parent_id");
    expect(screen.getByTestId("merge-change-0").textContent).toContain("Objective");
    const conflict = screen.getByTestId("merge-conflict-0").textContent!;
    expect(conflict).toContain("Gọi lại khách");
    expect(conflict).toContain("Gọi lại trong 24 giờ");
    expect((screen.getByTestId("merge-keep-0") as HTMLInputElement).checked).toBe(true);
    expect(calls.some((c) => c.cmd === "merge_review")).toBe(false);

    await fireEvent.click(screen.getByTestId("merge-take-0"));
    const before = calls.filter((c) => c.cmd === "tree").length;
    await fireEvent.click(screen.getByTestId("merge-run"));
    expect((await screen.findByTestId("merge-done")).textContent).toContain("1 rows changed");
    expect(calls.find((c) => c.cmd === "merge_review")!.args).toEqual({
      path: "/home/lan/chat review.okr",
      choices: { takeTheirs: ["objective/a1-2026q4-1/title"] },
    });
    expect(screen.getByTestId("merge-findings-resolved").textContent).toContain("Gọi lại khách");
    await waitFor(() =>
      expect(calls.filter((c) => c.cmd === "tree").length).toBeGreaterThan(before),
    );
  });

  it("shows a refusal and writes nothing", async () => {
    const calls = bridge({
      merge_preview: () => {
        throw { code: "not-a-review", message: "/tmp/other.okr is not a review copy" };
      },
    });
    await openWindow();
    await menu("file-merge-review");
    await fireEvent.input(screen.getByTestId("merge-path"), {
      target: { value: "/tmp/other.okr" },
    });
    await fireEvent.click(screen.getByTestId("merge-check"));
    expect((await screen.findByTestId("merge-problem")).textContent).toContain("not a review copy");
    expect((screen.getByTestId("merge-run") as HTMLButtonElement).disabled).toBe(true);
    expect(calls.some((c) => c.cmd === "merge_review")).toBe(false);
  });

  it("previews several copies together, then merges them all and shows each copy's result", async () => {
    const other: MergeReport = {
      ...report(),
      review: { ...INFO, nodeKey: "team-b", nodeName: "Nhóm Tổng đài" },
      changes: [{ table: "checkin", rowId: "c1", row: "c1", kind: "added", fields: [] }],
      conflicts: [],
    };
    const many = (): CopiesMerge => ({
      copies: [
        { path: "/r/team.okr", report: report(), refused: null },
        {
          path: "/r/other.okr",
          report: null,
          refused: { code: "not-a-review", message: "/r/other.okr is not a review copy" },
        },
        { path: "/r/team-b.okr", report: other, refused: null },
      ],
      outcome: "someRefused",
    });
    const calls = bridge({
      "plugin:dialog|open": () => ["/r/team.okr", "/r/other.okr", "/r/team-b.okr"],
      merge_preview_many: () => many(),
      merge_reviews: () => many(),
    });
    await openWindow();
    await menu("file-merge-review");
    await fireEvent.click(screen.getByTestId("merge-choose"));
    const field = screen.getByTestId("merge-path") as HTMLTextAreaElement;
    await waitFor(() => expect(field.value).toBe("/r/team.okr\n/r/other.okr\n/r/team-b.okr"));
    const dialog = calls.find((c) => c.cmd === "plugin:dialog|open")!;
    expect((dialog.args.options as { multiple: boolean }).multiple).toBe(true);

    await fireEvent.click(screen.getByTestId("merge-check"));
    const preview = await screen.findByTestId("merge-many-preview");
    expect(screen.getByTestId("merge-many-summary").textContent).toBe(
      "2 of 3 copies can be merged, 1 refused, 1 conflicts.",
    );
    expect(screen.getByTestId("merge-copy-0").textContent).toContain("Nhóm Chat (team)");
    expect(screen.getByTestId("merge-copy-changes-0").textContent).toContain("parent_id");
    expect(screen.getByTestId("merge-copy-conflicts-0").textContent).toContain(
      "Gọi lại trong 24 giờ",
    );
    expect(screen.getByTestId("merge-copy-refused-1").textContent).toContain(
      "other.okr is not a review copy",
    );
    expect(screen.getByTestId("merge-copy-changes-2").textContent).toContain("Check-in");
    // No side to choose with several copies: the plan's value is kept.
    expect(preview.querySelector("input[type=radio]")).toBeNull();
    expect(calls.find((c) => c.cmd === "merge_preview_many")!.args).toEqual({
      paths: ["/r/team.okr", "/r/other.okr", "/r/team-b.okr"],
    });
    expect(calls.some((c) => c.cmd === "merge_reviews" || c.cmd === "merge_preview")).toBe(false);

    const before = calls.filter((c) => c.cmd === "tree").length;
    await fireEvent.click(screen.getByTestId("merge-run"));
    await screen.findByTestId("merge-many-result");
    expect(screen.getByTestId("merge-many-summary").textContent).toBe(
      "Merged 2 of 3 copies: 2 rows changed, 1 refused.",
    );
    expect(calls.find((c) => c.cmd === "merge_reviews")!.args).toEqual({
      paths: ["/r/team.okr", "/r/other.okr", "/r/team-b.okr"],
    });
    expect(screen.getByTestId("merge-close").textContent).toBe("Dismiss");
    await waitFor(() =>
      expect(calls.filter((c) => c.cmd === "tree").length).toBeGreaterThan(before),
    );
  });

  it("takes typed paths one a line, in Thai too, and cannot merge when every copy is refused", async () => {
    setLocale("th");
    const calls = bridge({
      merge_preview_many: (a) => ({
        copies: (a.paths as string[]).map((path) => ({
          path,
          report: null,
          refused: { code: "not-a-review", message: `${path} is not a review copy` },
        })),
        outcome: "someRefused",
      }),
    });
    await openWindow();
    await menu("file-merge-review");
    await fireEvent.input(screen.getByTestId("merge-path"), {
      target: { value: " /a.okr \n\n/b.okr\n" },
    });
    await fireEvent.click(screen.getByTestId("merge-check"));
    await screen.findByTestId("merge-many-preview");
    expect(screen.getByTestId("merge-many-summary").textContent).toBe(
      "รวมได้ 0 จาก 2 ฉบับ ถูกปฏิเสธ 2 ฉบับ ข้อขัดแย้ง 0 รายการ",
    );
    expect(calls.find((c) => c.cmd === "merge_preview_many")!.args).toEqual({
      paths: ["/a.okr", "/b.okr"],
    });
    expect((screen.getByTestId("merge-run") as HTMLButtonElement).disabled).toBe(true);
  });
});

describe("review banner", () => {
  it("says whose review copy is open, from which plan and when", async () => {
    bridge({ review_info: () => INFO });
    await openWindow();
    const banner = await screen.findByTestId("review-banner");
    expect(banner.textContent).toContain("Review copy of Nhóm Chat (team) from p.okr");
    expect(banner.textContent).toContain("only Nhóm Chat (team)'s part can be changed");
  });

  it("is absent on a plan of its own, and in Vietnamese when chosen", async () => {
    bridge();
    await openWindow();
    expect(screen.queryByTestId("review-banner")).toBeNull();
    setLocale("vi");
    await fireEvent.click(screen.getByTestId("file-menu"));
    expect(screen.getByTestId("file-merge-review").textContent).toBe("Gộp bản duyệt…");
  });
});
