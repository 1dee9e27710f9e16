// The load table draws the core's answers: its order, each row's share of the cap and
// band, and the natural order of names when sorted by name.
import { describe, expect, it, beforeEach } from "vitest";
import { render, screen, fireEvent, waitFor, within } from "@testing-library/svelte";
import { mockBridge } from "../test/bridge";
import App from "./App.svelte";
import { app } from "../lib/store.svelte";
import { setLocale } from "../lib/i18n.svelte";
import type { LoadRow } from "../lib/bindings/LoadRow";

/** Rows as the core sends them for one quarter: overloaded first, then by share. */
const LOAD: LoadRow[] = [
  load("th-12", "ทีม 12", 2, 1, 2, "over", 2),
  load("hotline-101", "Nhóm hotline 101", 3, 3, 1, "full", 1),
  load("th-100", "ทีม 100", 1, 2, 0.5, "half", 3),
  load("hotline-11", "Nhóm hotline 11", 0, 3, 0, "idle", 0),
];

function load(
  key: string,
  name: string,
  objectives: number,
  cap: number,
  share: number,
  band: LoadRow["band"],
  nameOrder: number,
): LoadRow {
  return {
    nodeId: key,
    key,
    name,
    level: "agent",
    role: "",
    newHire: false,
    objectives,
    cap,
    overCap: band === "over",
    share,
    band,
    nameOrder,
  };
}

const shown = () =>
  screen.getAllByTestId(/^load-row-/).map((r) => r.getAttribute("data-testid")!.slice(9));

beforeEach(() => {
  setLocale("en");
  app.plan = null;
  app.tab = "cascade";
});

describe("load table", () => {
  it("shows the core's order, shares and bands, and sorts names naturally", async () => {
    mockBridge({ load: () => LOAD, set_language: () => null });
    render(App);
    await screen.findByTestId("tree-row-co");
    app.tab = "load";
    await screen.findByTestId("load-row-th-12");
    expect(shown()).toEqual(["th-12", "hotline-101", "th-100", "hotline-11"]);

    const over = screen.getByTestId("load-row-th-12");
    expect(over.className).toContain("hot");
    expect(within(over).getByText(/200\s*%/)).toBeTruthy();
    expect(screen.getByTestId("load-row-th-100").className).toContain("mid");
    expect(screen.getByTestId("load-row-hotline-11").className).toContain("none");

    await fireEvent.click(screen.getByTestId("load-sort-name"));
    await waitFor(() => expect(shown()).toEqual(["hotline-11", "hotline-101", "th-12", "th-100"]));
  });
});
