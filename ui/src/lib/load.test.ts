import { describe, expect, it } from "vitest";
import { sortLoad } from "./load";
import type { LoadRow } from "./bindings/LoadRow";

// Rows as the core sends them: overloaded first, then by share, then by name; each with
// its share of the cap and its place in the natural order of names.
const r = (
  name: string,
  objectives: number,
  cap: number,
  share: number,
  nameOrder: number,
): LoadRow => ({
  nodeId: name,
  key: name,
  name,
  level: "agent",
  role: "",
  newHire: false,
  objectives,
  cap,
  overCap: objectives > cap,
  share,
  band: objectives > cap ? "over" : share >= 1 ? "full" : share >= 0.5 ? "half" : "low",
  nameOrder,
});

describe("load table sorting", () => {
  const rows = [
    r("Nhóm hotline 101", 4, 3, 4 / 3, 1),
    r("ทีม 12", 1, 0, 1, 2),
    r("ทีม 100", 2, 2, 1, 3),
    r("Nhóm hotline 11", 2, 3, 2 / 3, 0),
  ];
  const names = (s: Parameters<typeof sortLoad>[1]) => sortLoad(rows, s).map((x) => x.name);

  it("keeps the core's order for the load column and sorts any column both ways", () => {
    expect(names({ by: "load", desc: true })).toEqual([
      "Nhóm hotline 101",
      "ทีม 12",
      "ทีม 100",
      "Nhóm hotline 11",
    ]);
    expect(names({ by: "cap", desc: false })[0]).toBe("ทีม 12");
    expect(names({ by: "objectives", desc: true })[0]).toBe("Nhóm hotline 101");
  });

  it("sorts names in the core's natural order: 11 before 101, 12 before 100", () => {
    expect(names({ by: "name", desc: false })).toEqual([
      "Nhóm hotline 11",
      "Nhóm hotline 101",
      "ทีม 12",
      "ทีม 100",
    ]);
    expect(names({ by: "name", desc: true })[0]).toBe("ทีม 100");
  });
});
