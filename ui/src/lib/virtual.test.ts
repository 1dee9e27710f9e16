import { describe, expect, it } from "vitest";
import { windowFor, scrollToShow } from "./virtual";

describe("virtual window", () => {
  it("renders only the rows in view plus a margin, whatever the list length", () => {
    const w = windowFor(10_000, 30, 150_000, 600, 8);
    expect(w.start).toBe(5000 - 8);
    expect(w.end).toBe(5000 + 20 + 8);
    expect(w.end - w.start).toBeLessThan(50);
    expect(w.offset).toBe(w.start * 30);
    expect(w.total).toBe(300_000);
  });

  it("clamps at both ends", () => {
    expect(windowFor(5, 30, 0, 600)).toMatchObject({ start: 0, end: 5 });
    expect(windowFor(0, 30, 100, 600)).toMatchObject({ start: 0, end: 0, total: 0 });
  });

  it("scrolls just enough to show a row", () => {
    expect(scrollToShow(100, 30, 0, 600)).toBe(100 * 30 + 30 - 600);
    expect(scrollToShow(2, 30, 300, 600)).toBe(60);
    expect(scrollToShow(12, 30, 300, 600)).toBeNull();
  });
});
