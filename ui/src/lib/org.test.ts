import { describe, expect, it } from "vitest";
import { moveTargets, readSettingsForm, settingsForm, parseCount } from "./org";
import { row, SETTINGS } from "../test/fixtures";

const ROWS = [
  row("co", "company", null, 2),
  row("cskh", "division", "co", 2, { name: "Khối Chăm sóc khách hàng" }),
  row("sales", "division", "co", 1, { name: "ฝ่ายขาย" }),
  row("hn", "team", "cskh", 1, { name: "Tổng đài Hà Nội", key: "tong-dai-hn" }),
  row("dn", "team", "cskh", 0, { name: "Đà Nẵng", key: "da-nang" }),
  row("bkk", "team", "sales", 0, { name: "ทีมกรุงเทพ", key: "bkk" }),
  row("lan", "agent", "hn", 0, { name: "Nguyễn Thị Lan" }),
];

const ids = (ts: ReturnType<typeof moveTargets>) => ts.map((t) => t.row.id);

describe("moveTargets", () => {
  it("offers the nodes of the level above only, the current parent marked", () => {
    const lan = { id: "lan", level: "agent" as const, parentId: "hn" };
    const ts = moveTargets(ROWS, lan, "");
    expect(ids(ts)).toEqual(["hn", "dn", "bkk"]);
    expect(ts.filter((t) => t.current).map((t) => t.row.id)).toEqual(["hn"]);
    expect(ts.find((t) => t.row.id === "bkk")!.within).toBe("ฝ่ายขาย");
    expect(ids(moveTargets(ROWS, { id: "hn", level: "team", parentId: "cskh" }, ""))).toEqual([
      "cskh",
      "sales",
    ]);
    expect(moveTargets(ROWS, { id: "co", level: "company", parentId: null }, "")).toEqual([]);
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
    expect(ids(moveTargets(ROWS, { id: "lan", level: "agent", parentId: "hn" }, q))).toEqual(want);
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
