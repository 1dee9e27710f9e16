import { describe, expect, it } from "vitest";
import { searchTargets, readSettingsForm, settingsForm, parseCount } from "./org";
import { SETTINGS } from "../test/fixtures";
import type { MoveTarget } from "./bindings/MoveTarget";

/** Where the core says the agent Lan may move: the teams. */
const TEAMS: MoveTarget[] = [
  { id: "hn", key: "tong-dai-hn", name: "Tổng đài Hà Nội", within: "CSKH", current: true },
  { id: "dn", key: "da-nang", name: "Đà Nẵng", within: "CSKH", current: false },
  { id: "bkk", key: "bkk", name: "ทีมกรุงเทพ", within: "ฝ่ายขาย", current: false },
].map((t) => ({ ...t, level: "team" as const }));

const ids = (ts: MoveTarget[]) => ts.map((t) => t.id);

describe("searchTargets", () => {
  it("keeps the core's list and order when nothing is typed", () => {
    expect(searchTargets(TEAMS, "  ")).toEqual(TEAMS);
    expect(searchTargets([], "hn")).toEqual([]);
  });

  it.each([
    ["tong dai", ["hn"]],
    ["Tổng Đài", ["hn"]],
    ["da nang", ["dn"]],
    ["đà nẵng", ["dn"]],
    ["กรุงเทพ", ["bkk"]],
    ["BKK", ["bkk"]],
    ["hà nội xyz", []],
  ])("finds %s with or without marks", (q, want) => {
    expect(ids(searchTargets(TEAMS, q))).toEqual(want);
  });
});

describe("settings form", () => {
  it("round-trips the settings, the change limit as a percentage", () => {
    const f = settingsForm({ ...SETTINGS, changeLimit: 0.35 });
    expect(f.changeLimitPercent).toBe("35");
    expect(readSettingsForm(f)).toEqual({ settings: { ...SETTINGS, changeLimit: 0.35 } });
  });

  it("names the first field that is not a number of the right shape", () => {
    const f = settingsForm(SETTINGS);
    expect(readSettingsForm({ ...f, teamCap: "" })).toEqual({ field: "teamCap" });
    expect(readSettingsForm({ ...f, agentCap: "2,5" })).toEqual({ field: "agentCap" });
    expect(readSettingsForm({ ...f, changeLimitPercent: "abc" })).toEqual({
      field: "changeLimitPercent",
    });
    // A negative limit is sent: the core decides and says why.
    expect(readSettingsForm({ ...f, changeLimitPercent: "-5" })).toEqual({
      settings: { ...SETTINGS, changeLimit: -0.05 },
    });
  });

  it.each([
    ["4", 4],
    [" 0 ", 0],
    ["-1", null],
    ["1.5", null],
    ["", null],
    ["x", null],
  ])("reads the count %s as %s", (text, want) => {
    expect(parseCount(text)).toBe(want);
  });
});
