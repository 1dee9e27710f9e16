// The quarter's life lookups and the name remembered on this computer.
import { describe, expect, it } from "vitest";
import {
  atRiskOwners,
  reviewedNodes,
  scoreOf,
  historyOf,
  commentsOf,
  parseNumber,
  life,
} from "./life.svelte";
import { defaultComparison } from "./compare";
import { quarterState } from "../test/life-fixtures";

describe("quarter state lookups", () => {
  it("names the owners the core marks at risk and the nodes reviewed", () => {
    const s = quarterState();
    expect([...atRiskOwners(s)]).toEqual(["a1"]);
    expect([...reviewedNodes(s)]).toEqual(["team"]);
    expect(atRiskOwners(null).size).toBe(0);
    expect(atRiskOwners(quarterState({ scores: [{ ...s.scores[0]!, atRisk: false }] })).size).toBe(
      0,
    );
  });

  it("finds an objective's score, comments and a key result's history in order", () => {
    const s = quarterState({
      comments: [
        {
          id: "m1",
          objectiveId: "o-a1",
          author: "Hoa",
          text: "Tốt",
          createdAt: "2026-11-24T10:00:00Z",
        },
      ],
    });
    expect(scoreOf(s, "o-a1")?.reading).toBe("progress");
    expect(scoreOf(s, "missing")).toBeNull();
    expect(historyOf(s, "kr-a1").map((c) => c.value)).toEqual([40, 55]);
    expect(historyOf(s, "other")).toEqual([]);
    expect(commentsOf(s, "o-a1").map((c) => c.text)).toEqual(["Tốt"]);
  });

  it("reads numbers typed with a comma or a dot and refuses the rest", () => {
    expect(parseNumber("0,7")).toBe(0.7);
    expect(parseNumber(" 42 ")).toBe(42);
    expect(parseNumber("")).toBeNull();
    expect(parseNumber("abc")).toBeNull();
  });
});

describe("the reviewer's name", () => {
  it("is trimmed and remembered in localStorage", () => {
    life.setWho("  Nguyễn Thị Hoa ");
    expect(life.who).toBe("Nguyễn Thị Hoa");
    expect(localStorage.getItem("cascade.who")).toBe("Nguyễn Thị Hoa");
  });
});

describe("the quarters compared first", () => {
  it("is the shown quarter against the one before, or the next when it is the first", () => {
    const qs = ["2026-Q3", "2026-Q4", "2027-Q1"];
    expect(defaultComparison(qs, "2026-Q4")).toEqual({ from: "2026-Q3", to: "2026-Q4" });
    expect(defaultComparison(qs, "2026-Q3")).toEqual({ from: "2026-Q3", to: "2026-Q4" });
    expect(defaultComparison(["2026-Q4"], "2026-Q4")).toEqual({
      from: "2026-Q4",
      to: "2026-Q4",
    });
  });
});
