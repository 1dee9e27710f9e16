// The Templates view and "use a template" with the bridge mocked: the library comes from
// the core (`templates`), and an objective is written from it by the core
// (`add_objective_from_template`).
import { describe, expect, it, beforeEach } from "vitest";
import { render, screen, fireEvent, waitFor, within } from "@testing-library/svelte";
import { mockBridge, type Call } from "../test/bridge";
import { library } from "../test/templates-fixtures";
import App from "./App.svelte";
import TemplatesView from "./TemplatesView.svelte";
import { app } from "../lib/store.svelte";
import { life } from "../lib/life.svelte";
import { setLocale } from "../lib/i18n.svelte";
import { detail } from "../test/fixtures";

const sent = (calls: Call[], cmd: string) => calls.filter((c) => c.cmd === cmd).map((c) => c.args);
const shown = () =>
  screen
    .queryAllByTestId(/^template-/)
    .map((e) => e.dataset.testid)
    .filter((id) => !id?.startsWith("templates-"));

beforeEach(() => {
  setLocale("en");
  app.plan = null;
  app.error = null;
  app.tab = "cascade";
  life.state = null;
});

describe("the Templates view", () => {
  it("shows the core's library in the window's language, by level, searchable", async () => {
    const calls = mockBridge({ templates: (a) => library(a.lang as string) });
    render(TemplatesView);
    await screen.findByTestId("template-company-csat");
    expect(sent(calls, "templates")).toEqual([{ lang: "en" }]);
    expect(shown()).toEqual([
      "template-company-csat",
      "template-team-onboarding",
      "template-agent-sales",
    ]);
    const card = screen.getByTestId("template-agent-sales");
    expect(card.textContent).toContain("My CSAT stays at or above");
    expect(card.textContent).toContain("4.3 /5");

    await fireEvent.change(screen.getByTestId("templates-level"), { target: { value: "team" } });
    expect(shown()).toEqual(["template-team-onboarding"]);

    await fireEvent.change(screen.getByTestId("templates-lang"), { target: { value: "vi" } });
    await waitFor(() =>
      expect(screen.getByTestId("template-team-onboarding").textContent).toContain(
        "Đào tạo nhân viên mới",
      ),
    );
    expect(sent(calls, "templates")).toEqual([{ lang: "en" }, { lang: "vi" }]);
    await fireEvent.change(screen.getByTestId("templates-level"), { target: { value: "" } });
    await fireEvent.input(screen.getByTestId("templates-search"), {
      target: { value: "ca truc doc lap" },
    });
    expect(shown()).toEqual(["template-team-onboarding"]);
  });

  it("preselects the node's level when picking, and has the core write the objective", async () => {
    const calls = mockBridge({
      templates: (a) => library(a.lang as string),
      add_objective_from_template: () => detail("team").view.objectives[0]!.objective,
    });
    render(App);
    await screen.findByTestId("tree-row-co");
    await app.select("team");
    await waitFor(() => expect(app.detail?.view.node.id).toBe("team"));
    await fireEvent.click(screen.getByTestId("add-objective"));
    await fireEvent.click(await screen.findByTestId("new-objective-template"));
    const picker = await screen.findByTestId("template-picker");
    await within(picker).findByTestId("template-team-onboarding");
    expect(within(picker).queryByTestId("template-company-csat")).toBeNull();
    await fireEvent.click(within(picker).getByTestId("use-template-team-onboarding"));
    await waitFor(() => expect(sent(calls, "add_objective_from_template")).toHaveLength(1));
    expect(sent(calls, "add_objective_from_template")[0]).toEqual({
      ownerId: "team",
      quarter: app.quarter,
      template: "team-onboarding",
      lang: "en",
    });
  });
});
