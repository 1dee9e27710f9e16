import { describe, expect, it } from "vitest";
import { en } from "./messages/en";
import { vi as viMsgs } from "./messages/vi";
import { th } from "./messages/th";
import { i18n, setLocale, t, formatNumber, formatQuarter } from "./i18n.svelte";

describe("languages", () => {
  it("has every message in Vietnamese and Thai, none left empty or in English by mistake", () => {
    const keys = Object.keys(en).sort();
    for (const dict of [viMsgs, th]) {
      expect(Object.keys(dict).sort()).toEqual(keys);
      for (const k of keys) expect(dict[k as keyof typeof en].trim()).not.toBe("");
    }
    expect(viMsgs.addObjective).not.toBe(en.addObjective);
    expect(th.addObjective).not.toBe(en.addObjective);
  });

  it("switches, fills placeholders and remembers the choice", () => {
    setLocale("vi");
    expect(i18n.locale).toBe("vi");
    expect(t("objectivesOfCap", { count: 4, cap: 3 })).toBe("4/3 mục tiêu");
    expect(localStorage.getItem("cascade.locale")).toBe("vi");
    expect(document.documentElement.lang).toBe("vi");
    setLocale("th");
    expect(t("addObjective")).toBe("เพิ่มวัตถุประสงค์");
    setLocale("en");
    expect(t("addObjective")).toBe("Add objective");
  });

  it("formats numbers and quarters in the chosen locale", () => {
    setLocale("vi");
    expect(formatNumber(1234.5)).toBe("1.234,5");
    expect(formatQuarter("2026-Q4")).toMatch(/^Quý 4\/2026 · /);
    setLocale("en");
    expect(formatNumber(1234.5)).toBe("1,234.5");
    expect(formatQuarter("2026-Q4")).toMatch(/^Q4 2026 · Oct 1/);
  });
});
