import { describe, expect, it } from "vitest";
import { searchTemplates, fold } from "./templates";
import { library } from "../test/templates-fixtures";

describe("searching the core's templates", () => {
  it("finds Vietnamese templates typed without marks", () => {
    expect(fold("Đào tạo")).toBe("dao tao");
    const hits = searchTemplates(library("vi"), "dao tao nhan vien");
    expect(hits.map((t) => t.id)).toEqual(["team-onboarding"]);
  });

  it("matches every word in the title or a key result, and keeps the core's order", () => {
    expect(searchTemplates(library("en"), "").map((t) => t.id)).toEqual([
      "company-csat",
      "team-onboarding",
      "agent-sales",
    ]);
    expect(searchTemplates(library("en"), "csat").map((t) => t.id)).toEqual([
      "company-csat",
      "agent-sales",
    ]);
    expect(searchTemplates(library("en"), "solo shift").map((t) => t.id)).toEqual([
      "team-onboarding",
    ]);
    expect(searchTemplates(library("en"), "no such words")).toEqual([]);
  });
});
