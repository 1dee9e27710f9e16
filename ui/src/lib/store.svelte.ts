// The window's state: the open plan, the quarter, the tree, the selection and the
// findings. Big lists are kept as raw (not deeply reactive) arrays and replaced whole,
// so a 10,000-node tree costs one assignment, not 10,000 proxies.
//
// The window follows the file: other programs (`okr`, another window, a merge) may change
// the plan while it is open. `follow` asks the plan's version every second and when the
// window gets the focus, and when it moved reads again what is shown, keeping the
// selection; the tree, the panels and any field being typed in stay where they are,
// because their components stay and only their data is replaced.
import { api, dialogs, ApiError } from "./api";
import { savedWho } from "./who";
import type { Finding } from "./bindings/Finding";
import type { NodeDetail } from "./bindings/NodeDetail";
import type { PlanInfo } from "./bindings/PlanInfo";
import type { PlanVersion } from "./bindings/PlanVersion";
import type { TreeRow } from "./bindings/TreeRow";
import { ancestors, initialExpanded } from "./tree";
import { i18n, setLocale, t, type Locale } from "./i18n.svelte";

export type Tab = "cascade" | "map" | "load" | "templates" | "compare";

/** How often the window asks whether the file changed: well within the 2 seconds in
 * which a change by another program must be on screen, and one pragma each time. */
export const FOLLOW_EVERY_MS = 1000;

export const sameVersion = (a: PlanVersion | null, b: PlanVersion | null): boolean =>
  a !== null && b !== null && a.own === b.own && a.others === b.others;

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
  /** A write found the plan busy (another program writing it): a notice says so. */
  busy = $state(false);
  /** The action the busy plan refused, which the notice offers to repeat. */
  retry = $state.raw<(() => Promise<unknown>) | null>(null);
  /** A short confirmation (e.g. where an export was saved). */
  notice = $state<string | null>(null);
  offerSample = $state(false);
  loading = $state(false);
  recent = $state.raw<string[]>([]);
  /** Set by the "N" shortcut; the objectives panel opens its new-objective form. */
  addingObjective = $state(false);
  /** Bumped after every saved edit and every change read from the file, so views that
   * hold their own data reload it. */
  version = $state(0);
  /** The plan's version the shown data was read at (asked before reading it). */
  private seen: PlanVersion | null = null;
  /** A version check or a refresh is under way: the next tick waits for it. */
  private checking = false;
  private refreshing = 0;
  /** Counts the reads of the tree and findings: only the newest one is shown. */
  private reads = 0;

  async start(): Promise<void> {
    this.loading = true;
    try {
      await this.tellLanguage();
      await api.setWho(savedWho());
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
    // Asked before anything changes: the views that follow `plan` (the quarter's state)
    // then ask after the tree, as the tree is what the user waits for.
    const seen = await this.currentVersion();
    this.seen = null;
    this.plan = plan;
    this.quarter = plan.defaultQuarter;
    this.selected = null;
    this.selectedObjective = null;
    this.detail = null;
    // The tree first: its outline (people and their counts, read without checking the
    // plan), then the checked tree with its badges, then the findings. On a large plan the
    // check reads every row, and the findings are megabytes more through the bridge.
    // A read started since (another quarter, another language, a change from outside)
    // supersedes this one: what it would show now is older than what that one shows.
    const quarter = this.quarter;
    const read = ++this.reads;
    const current = () => read === this.reads;
    const outline = await api.treeOutline(quarter);
    if (current()) {
      this.rows = outline;
      this.findings = [];
      this.expanded = initialExpanded(outline);
      this.selected = outline[0]?.id ?? null;
    }
    const rows = current() ? await api.tree(quarter) : null;
    if (rows && current()) this.rows = rows;
    const findings = current() ? await api.findings(quarter) : null;
    if (findings && current()) {
      this.findings = findings;
      await this.loadDetail();
      this.seen = seen;
      this.version++;
    }
    this.recent = await api.recentPlans().catch(() => []);
  }

  /** The plan's version now; null when it cannot be told (then the next check reads). */
  private currentVersion(): Promise<PlanVersion | null> {
    return api.planVersion().catch(() => null);
  }

  /**
   * Follows the open file: asks its version every `FOLLOW_EVERY_MS` and when the window
   * gets the focus or is shown again, and reads again when another program changed it.
   * Returns the function that stops following.
   *
   * Polling, not a file watcher: the version (SQLite's `data_version` and the window's
   * own count of commits) is exact and costs one pragma, while a watcher sees the
   * write-ahead log change on reads and checkpoints too, misses changes on some network
   * shares, and would still have to ask the version.
   */
  follow(): () => void {
    const check = () => void this.check();
    const timer = setInterval(() => {
      if (!document.hidden) check();
    }, FOLLOW_EVERY_MS);
    window.addEventListener("focus", check);
    document.addEventListener("visibilitychange", check);
    return () => {
      clearInterval(timer);
      window.removeEventListener("focus", check);
      document.removeEventListener("visibilitychange", check);
    };
  }

  /** Reads again what is shown if the file changed since it was read. */
  async check(): Promise<void> {
    if (!this.plan || this.loading || this.checking || this.refreshing > 0) return;
    this.checking = true;
    try {
      const now = await api.planVersion();
      if (sameVersion(now, this.seen) || this.refreshing > 0) return;
      const plan = await api.planInfo();
      // Another plan opened meanwhile is shown by `show`, not here.
      if (plan.path !== this.plan?.path) return;
      await this.refresh(plan);
    } catch {
      // Asked again at the next tick; a check the user did not ask for shows no error.
    } finally {
      this.checking = false;
    }
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

  /** Reads again what an edit may have changed: tree counts, badges, findings, detail;
   * `plan` (read again too) is shown with them, so the views that follow it ask once. */
  async refresh(plan?: PlanInfo): Promise<void> {
    if (!this.plan) return;
    this.refreshing++;
    try {
      const q = this.quarter;
      const seen = await this.currentVersion();
      const read = ++this.reads;
      const [rows, findings] = await Promise.all([api.tree(q), api.findings(q)]);
      // The user switched quarters or languages meanwhile: that switch's own refresh
      // shows the new one.
      if (this.quarter !== q || read !== this.reads) return;
      this.rows = rows;
      this.findings = findings;
      if (this.selected && !rows.some((r) => r.id === this.selected))
        this.selected = rows[0]?.id ?? null;
      await this.loadDetail();
      if (plan) this.plan = plan;
      this.seen = seen;
      this.version++;
    } finally {
      this.refreshing--;
    }
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
    // The edit moves the plan's version: the check waits for the refresh that reads it.
    this.refreshing++;
    try {
      const out = await action();
      await this.refresh();
      return out;
    } catch (e) {
      this.fail(e, () => this.edit(action));
      return undefined;
    } finally {
      this.refreshing--;
    }
  }

  /** Shows an error; a busy plan is a notice instead, offering to repeat `again`. */
  fail(e: unknown, again?: () => Promise<unknown>): void {
    if (e instanceof ApiError && e.code === "busy") {
      this.busy = true;
      this.retry = again ?? null;
      return;
    }
    this.error = e instanceof ApiError || e instanceof Error ? e.message : String(e);
  }

  /** Repeats the action a busy plan refused. */
  async again(): Promise<void> {
    const f = this.retry;
    this.dismissBusy();
    if (f) await f();
  }

  dismissBusy(): void {
    this.busy = false;
    this.retry = null;
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
