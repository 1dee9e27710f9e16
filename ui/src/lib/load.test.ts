import { describe, expect, it } from "vitest";
import { sortLoad } from "./load";
import type { LoadRow } from "./bindings/LoadRow";

const r = (key: string, objectives: number, cap: number): LoadRow => ({
  nodeId: key,
  key,
  name: key,
  level: "agent",
  role: "",
  newHire: false,
  objectives,
  cap,
  overCap: objectives > cap,
});

describe("load table sorting", () => {
  const rows = [r("b", 2, 3), r("a", 4, 3), r("c", 2, 2)];
  it("puts the most loaded first by default and sorts any column both ways", () => {
    expect(sortLoad(rows, { by: "load", desc: true }).map((x) => x.key)).toEqual(["a", "c", "b"]);
    expect(sortLoad(rows, { by: "name", desc: false }).map((x) => x.key)).toEqual(["a", "b", "c"]);
    expect(sortLoad(rows, { by: "cap", desc: false }).map((x) => x.key)).toEqual(["c", "b", "a"]);
    expect(sortLoad(rows, { by: "objectives", desc: true }).map((x) => x.key)).toEqual([
      "a",
      "b",
      "c",
    ]);
  });
});
