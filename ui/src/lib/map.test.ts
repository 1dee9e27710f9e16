import { describe, expect, it } from "vitest";
import { layout, wrap, BOX_H } from "./map";
import type { MapObjective } from "./bindings/MapObjective";

function o(
  id: string,
  level: MapObjective["level"],
  parentId: string | null,
  orphan = false,
): MapObjective {
  return {
    id,
    key: id,
    title: id,
    ownerId: `n-${id}`,
    ownerName: id,
    level,
    parentId,
    progress: 0.5,
    orphan,
  };
}

const OBJECTIVES = [
  o("c", "company", null),
  o("d", "division", "c"),
  o("t", "team", "d"),
  o("a1", "agent", "t"),
  o("a2", "agent", "t"),
  o("lost", "agent", null, true),
];

describe("alignment map layout", () => {
  it("puts company objectives on top, supporters below, and unlinked ones in their own lane", () => {
    const m = layout(OBJECTIVES);
    const at = (id: string) => [...m.boxes, ...m.lane].find((b) => b.o.id === id)!;
    expect(at("c").y).toBe(0);
    expect(at("d").y).toBeGreaterThan(at("c").y);
    expect(at("t").y).toBeGreaterThan(at("d").y);
    expect(m.lane.map((b) => b.o.id)).toEqual(["lost"]);
    expect(at("lost").y).toBeGreaterThan(Math.max(...m.boxes.map((b) => b.y)));
    expect(m.edges).toHaveLength(4);
  });

  it("stacks leaf supporters in a column under their objective", () => {
    const m = layout(OBJECTIVES);
    const a1 = m.boxes.find((b) => b.o.id === "a1")!;
    const a2 = m.boxes.find((b) => b.o.id === "a2")!;
    expect(a1.x).toBe(a2.x);
    expect(a2.y - a1.y).toBeGreaterThanOrEqual(BOX_H);
  });

  it("focuses on a subtree and leaves out the rest", () => {
    const m = layout(OBJECTIVES, "t");
    expect(m.boxes.map((b) => b.o.id).sort()).toEqual(["a1", "a2", "t"]);
    expect(m.lane).toHaveLength(0);
  });

  it("can leave agents out of a big plan and count them on the box they support", () => {
    const m = layout(OBJECTIVES, null, true);
    expect(m.boxes.map((b) => b.o.id).sort()).toEqual(["c", "d", "t"]);
    expect(m.boxes.find((b) => b.o.id === "t")!.hidden).toBe(2);
  });

  it("places supporters side by side in the order the core sends them", () => {
    // The core orders owners' names naturally: team 11 before team 101.
    const withKids = (id: string) => [o(id, "team", "d"), o(`${id}-a`, "agent", id)];
    const m = layout([
      o("c", "company", null),
      o("d", "division", "c"),
      ...withKids("Nhóm hotline 11"),
      ...withKids("Nhóm hotline 101"),
    ]);
    const x = (id: string) => m.boxes.find((b) => b.o.id === id)!.x;
    expect(x("Nhóm hotline 11")).toBeLessThan(x("Nhóm hotline 101"));
  });

  it("wraps titles into a few lines, cutting the last", () => {
    expect(wrap("Giảm thời gian chờ trên hotline", 12, 2)).toEqual(["Giảm thời", "gian chờ…"]);
    expect(wrap("ลดเวลารอสายของลูกค้า", 8, 3)).toHaveLength(3);
  });
});
