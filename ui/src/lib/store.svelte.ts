// The window's state: the open plan, the quarter, the tree, the selection and the
// findings. Big lists are kept as raw (not deeply reactive) arrays and replaced whole,
// so a 10,000-node tree costs one assignment, not 10,000 proxies.
import { api, dialogs, ApiError } from "./api";
import type { Finding } from "./bindings/Finding";
import type { NodeDetail } from "./bindings/NodeDetail";
import type { PlanInfo } from "./bindings/PlanInfo";
import type { TreeRow } from "./bindings/TreeRow";
import { ancestors, initialExpanded } from "./tree";
import { i18n, setLocale, t, type Locale } from "./i18n.svelte";

export type Tab = "cascade" | "map" | "load" | "templates" | "compare";

class AppStore {
  plan = $state.raw<PlanInfo | null>(null);
  quarter = $state("");
  rows = $state.raw<TreeRow[]>([]);
  expanded = $state.raw<Set<string>>(new Set());
  selected = $state<string | null>(null);
  selectedObjective = $state<string | null>(null);
  detail = $state.raw<NodeDetail | null>(null);
  findings = $state.raw<Finding[]>([]);
  tab = $state<Tab>("cascade");
  error = $state<string | null>(null);
  /** Set when the plan was busy (another program writing it): repeats the action. */
  retry = $state.raw<(() => Promise<unknown>) | null>(null);
  /** A short confirmation (e.g. where an export was saved). */
  notice = $state<string | null>(null);
  offerSample = $state(false);
  loading = $state(false);
  recent = $state.raw<string[]>([]);
  /** Set by the "N" shortcut; the objectives panel opens its new-objective form. */
  addingObjective = $state(false);
  /** Bumped after every saved edit, so views that hold their own data reload it. */
  version = $state(0);

  async start(): Promise<void> {
    this.loading = true;
    try {
      await this.tellLanguage();
      const s = await api.startup();
      if (s.error) this.error = s.error.message;
      this.offerSample = s.offerSample;
      if (s.plan) await this.show(s.plan);
    } catch (e) {
      this.fail(e);
    } finally {
      this.loading = false;
    }
  }

  /** Shows a freshly opened plan from its default quarter. */
  async show(plan: PlanInfo): Promise<void> {
    this.plan = plan;
    this.quarter = plan.defaultQuarter;
    this.selected = null;
    this.selectedObjective = null;
    this.detail = null;
    const [rows, findings] = await Promise.all([
      api.tree(this.quarter),
      api.findings(this.quarter),
    ]);
    this.rows = rows;
    this.findings = findings;
    this.expanded = initialExpanded(rows);
    this.selected = rows[0]?.id ?? null;
    await this.loadDetail();
    this.version++;
    this.recent = await api.recentPlans().catch(() => []);
  }

  /** Switches the window's language; the findings are read again, written in it. */
  async setLanguage(l: Locale): Promise<void> {
    setLocale(l);
    await this.tellLanguage();
    await this.refresh();
  }

  /** The core writes the findings; it is told the window's language. */
  private async tellLanguage(): Promise<void> {
    // Findings in English are better than none: a failure here is not the user's.
    await api.setLanguage(i18n.locale).catch(() => undefined);
  }

  async setQuarter(q: string): Promise<void> {
    this.quarter = q;
    await this.refresh();
  }

  /** Reads again what an edit may have changed: tree counts, badges, findings, detail. */
  async refresh(): Promise<void> {
    if (!this.plan) return;
    const [rows, findings] = await Promise.all([
      api.tree(this.quarter),
      api.findings(this.quarter),
    ]);
    this.rows = rows;
    this.findings = findings;
    if (this.selected && !rows.some((r) => r.id === this.selected))
      this.selected = rows[0]?.id ?? null;
    await this.loadDetail();
    this.version++;
  }

  async loadDetail(): Promise<void> {
    const id = this.selected;
    const d = id ? await api.nodeDetail(this.quarter, id) : null;
    // A later selection wins over an answer that arrives late.
    if (this.selected === id) this.detail = d;
  }

  async select(id: string, objective: string | null = null): Promise<void> {
    const missing = ancestors(this.rows, id).filter((a) => !this.expanded.has(a));
    if (missing.length) this.expanded = new Set([...this.expanded, ...missing]);
    this.selected = id;
    this.selectedObjective = objective;
    try {
      await this.loadDetail();
    } catch (e) {
      this.fail(e);
    }
  }

  toggle(id: string, open?: boolean): void {
    const next = new Set(this.expanded);
    const want = open ?? !next.has(id);
    if (want) next.add(id);
    else next.delete(id);
    this.expanded = next;
  }

  /** Runs an edit (saved at once by the shell), then refreshes; an error is shown, not thrown. */
  async edit<T>(action: () => Promise<T>): Promise<T | undefined> {
    try {
      const out = await action();
      await this.refresh();
      return out;
    } catch (e) {
      this.fail(e, () => this.edit(action));
      return undefined;
    }
  }

  /** Shows an error; a busy plan also offers to repeat `again`. */
  fail(e: unknown, again?: () => Promise<unknown>): void {
    const busy = e instanceof ApiError && e.code === "busy";
    this.error = busy
      ? t("busy")
      : e instanceof ApiError || e instanceof Error
        ? e.message
        : String(e);
    this.retry = busy && again ? again : null;
  }

  /** Repeats the action a busy plan refused. */
  async again(): Promise<void> {
    const f = this.retry;
    this.error = null;
    this.retry = null;
    if (f) await f();
  }

  async fillSample(): Promise<void> {
    this.offerSample = false;
    try {
      await this.show(await api.fillSample());
    } catch (e) {
      this.fail(e);
    }
  }

  async openDialog(): Promise<void> {
    const path = await dialogs.openPlan(t("openPlan"));
    if (path) await this.openPath(path);
  }

  async openPath(path: string): Promise<void> {
    try {
      await this.show(await api.openPlan(path));
    } catch (e) {
      this.fail(e, () => this.openPath(path));
    }
  }

  async newDialog(): Promise<void> {
    const path = await dialogs.savePlan(t("newPlan"));
    if (!path) return;
    try {
      await this.show(await api.newPlan(path));
    } catch (e) {
      this.fail(e);
    }
  }

  async exportCsvDialog(): Promise<void> {
    const dir = await dialogs.folder(t("exportCsv"));
    if (!dir) return;
    try {
      const paths = await api.exportCsv(dir);
      this.notice = t("exported", { path: paths.join(", ") });
    } catch (e) {
      this.fail(e);
    }
  }

  async exportJsonDialog(): Promise<void> {
    const path = await dialogs.saveAs(t("exportJson"), "json", `${this.plan?.name ?? "plan"}.json`);
    if (!path) return;
    try {
      await api.exportJson(path);
      this.notice = t("exported", { path });
    } catch (e) {
      this.fail(e);
    }
  }

  async exportReportDialog(): Promise<void> {
    const name = `${this.plan?.name ?? "plan"}-${this.quarter}.html`;
    const path = await dialogs.saveAs(t("exportReport"), "html", name);
    if (!path) return;
    try {
      await api.exportReport(path, this.quarter);
      this.notice = t("exported", { path });
    } catch (e) {
      this.fail(e);
    }
  }

  async templateDialog(): Promise<void> {
    const path = await dialogs.saveAs(t("importTemplate"), "xlsx", t("templateFileName"));
    if (!path) return;
    try {
      await api.writeTemplate(path);
      this.notice = t("exported", { path });
    } catch (e) {
      this.fail(e);
    }
  }

  async saveCopyDialog(): Promise<void> {
    const path = await dialogs.savePlan(
      t("saveCopy"),
      this.plan ? `${this.plan.name} copy.okr` : undefined,
    );
    if (!path) return;
    try {
      await api.saveCopy(path);
    } catch (e) {
      this.fail(e);
    }
  }
}

export const app = new AppStore();
