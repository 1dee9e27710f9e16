import { describe, expect, it } from "vitest";
import { visibleRows, keyMove, subtreeIds, filterRows, initialExpanded, ancestors } from "./tree";
import { ROWS, row } from "../test/fixtures";

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe("tree folding", () => {
  it("hides the subtree of a folded node and shows it when unfolded", () => {
    expect(ids(visibleRows(ROWS, new Set(["co", "div"])))).toEqual(["co", "div", "team"]);
    expect(ids(visibleRows(ROWS, new Set(["co", "div", "team"])))).toEqual([
      "co",
      "div",
      "team",
      "a1",
      "a2",
    ]);
    expect(ids(visibleRows(ROWS, new Set(["div", "team"])))).toEqual(["co"]);
  });

  it("unfolds everything in a small plan and only the top two levels in a big one", () => {
    expect(initialExpanded(ROWS)).toEqual(new Set(["co", "div", "team"]));
    expect(initialExpanded(ROWS, 2)).toEqual(new Set(["co", "div"]));
  });

  it("finds a subtree and the ancestors of a node", () => {
    expect(subtreeIds(ROWS, "team")).toEqual(new Set(["team", "a1", "a2"]));
    expect(subtreeIds(ROWS, "a2")).toEqual(new Set(["a2"]));
    expect(subtreeIds(ROWS, "nope").size).toBe(0);
    expect(ancestors(ROWS, "a2")).toEqual(["co", "div", "team"]);
  });

  it("folds by the depth the core gives, not by level", () => {
    // The rows' levels would say 0, 2, 3, 1: only the depth the core sends counts.
    const rows = [
      row("co", "company", null, 2),
      row("t", "team", "co", 1, { depth: 1 }),
      row("a", "agent", "t", 0, { depth: 2 }),
      row("d", "division", "co", 0),
    ];
    expect(ids(visibleRows(rows, new Set(["co"])))).toEqual(["co", "t", "d"]);
    expect(subtreeIds(rows, "t")).toEqual(new Set(["t", "a"]));
    expect(initialExpanded(rows, 1)).toEqual(new Set(["co", "t"]));
  });

  it("filters by name in any script and keeps the path to each match", () => {
    expect(ids(filterRows(ROWS, "สมชาย"))).toEqual(["co", "div", "team", "a1"]);
    expect(ids(filterRows(ROWS, "lan"))).toEqual(["co", "div", "team", "a2"]);
    expect(filterRows(ROWS, "  ")).toBe(ROWS);
  });
});

describe("arrow keys", () => {
  const open = new Set(["co", "div", "team"]);
  const visible = visibleRows(ROWS, open);

  it("moves up and down through the visible rows", () => {
    expect(keyMove(visible, "div", open, "ArrowDown")).toEqual({ kind: "select", id: "team" });
    expect(keyMove(visible, "div", open, "ArrowUp")).toEqual({ kind: "select", id: "co" });
    expect(keyMove(visible, "a2", open, "ArrowDown")).toEqual({ kind: "none" });
    expect(keyMove(visible, null, open, "ArrowDown")).toEqual({ kind: "select", id: "co" });
  });

  it("folds with left, unfolds with right, and left on a leaf goes to its parent", () => {
    expect(keyMove(visible, "team", open, "ArrowLeft")).toEqual({ kind: "collapse", id: "team" });
    expect(keyMove(visible, "a1", open, "ArrowLeft")).toEqual({ kind: "select", id: "team" });
    const closed = new Set(["co", "div"]);
    expect(keyMove(visibleRows(ROWS, closed), "team", closed, "ArrowRight")).toEqual({
      kind: "expand",
      id: "team",
    });
    expect(keyMove(visible, "team", open, "ArrowRight")).toEqual({ kind: "select", id: "a1" });
  });
});
