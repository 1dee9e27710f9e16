import { describe, expect, it } from "vitest";
import { TEMPLATES, searchTemplates, fold, roleForLevel } from "./templates";

describe("OKR templates", () => {
  it("has every template in Vietnamese and English, for each role", () => {
    for (const lang of ["vi", "en"] as const) {
      for (const role of ["director", "lead", "agent"] as const) {
        expect(searchTemplates("", lang, role).length).toBeGreaterThanOrEqual(4);
      }
    }
    expect(TEMPLATES.filter((t) => t.lang === "vi")).toHaveLength(
      TEMPLATES.filter((t) => t.lang === "en").length,
    );
    for (const t of TEMPLATES) {
      expect(t.krs.length).toBeGreaterThan(0);
      for (const k of t.krs) expect(k.kind === "progress" ? k.baseline !== null : true).toBe(true);
    }
  });

  it("finds Vietnamese templates typed without marks", () => {
    expect(fold("Đào tạo")).toBe("dao tao");
    const hits = searchTemplates("dao tao nhan vien", "vi", null);
    expect(hits.map((t) => t.id)).toEqual(["lead-onboarding-vi"]);
    expect(searchTemplates("CSAT", "en", "agent").every((t) => t.role === "agent")).toBe(true);
    expect(searchTemplates("no such words", "en", null)).toEqual([]);
  });

  it("picks the role that suits a level", () => {
    expect(roleForLevel("agent")).toBe("agent");
    expect(roleForLevel("team")).toBe("lead");
    expect(roleForLevel("division")).toBe("director");
  });
});
