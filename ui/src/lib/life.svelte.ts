// The quarter's life as the window sees it: the shown quarter's state (lock, reviews,
// comments, check-ins, scores, all read from the core in one call), the reviewer's name
// remembered on this computer, the open file's status, and the actions on them. Every
// rule (what is at risk, what a score reads as, what may change) is the core's; this
// only looks answers up and passes names along.
import { api } from "./api";
import type { CheckIn } from "./bindings/CheckIn";
import type { Confidence } from "./bindings/Confidence";
import type { ObjectiveScore } from "./bindings/ObjectiveScore";
import type { PlanStatus } from "./bindings/PlanStatus";
import type { QuarterState } from "./bindings/QuarterState";
import type { RolloverReport } from "./bindings/RolloverReport";
import type { QuarterDiff } from "./bindings/QuarterDiff";
import type { Backup } from "./bindings/Backup";
import { app } from "./store.svelte";
import { dialogs } from "./api";
import { t } from "./i18n.svelte";

import { WHO_KEY, savedWho } from "./who";

/** Lookups over one quarter's state, kept pure so they are tested without a window. */
export function atRiskOwners(state: QuarterState | null): Set<string> {
  return new Set((state?.scores ?? []).filter((s) => s.atRisk).map((s) => s.ownerId));
}

export function reviewedNodes(state: QuarterState | null): Set<string> {
  return new Set((state?.reviews ?? []).map((r) => r.nodeId));
}

export function scoreOf(state: QuarterState | null, objectiveId: string): ObjectiveScore | null {
  return state?.scores.find((s) => s.objectiveId === objectiveId) ?? null;
}

/** A key result's score as the core computed it (by hand or from its progress). */
export function keyResultScoreOf(state: QuarterState | null, keyResultId: string) {
  for (const o of state?.scores ?? []) {
    const k = o.keyResults.find((x) => x.keyResultId === keyResultId);
    if (k) return k;
  }
  return null;
}

/** A key result's check-ins, oldest first (the core sends them in that order). */
export function historyOf(state: QuarterState | null, keyResultId: string): CheckIn[] {
  return (state?.checkins ?? []).filter((c) => c.keyResultId === keyResultId);
}

export function commentsOf(state: QuarterState | null, objectiveId: string) {
  return (state?.comments ?? []).filter((c) => c.objectiveId === objectiveId);
}

/** Parses a number typed with a dot or a comma (Vietnamese writes 0,7). */
export function parseNumber(text: string): number | null {
  const v = text.trim().replace(",", ".");
  if (v === "") return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

class LifeStore {
  state = $state.raw<QuarterState | null>(null);
  status = $state.raw<PlanStatus | null>(null);
  who = $state(savedWho());
  /** What the last "Plan next quarter" carried over, shown until dismissed. */
  rolled = $state.raw<RolloverReport | null>(null);

  setWho(name: string): void {
    this.who = name.trim();
    try {
      globalThis.localStorage?.setItem(WHO_KEY, this.who);
    } catch {
      // Not remembered, still used this session.
    }
    void api.setWho(this.who).catch(() => {});
  }

  get locked(): boolean {
    return this.state?.lock != null;
  }

  get readOnly(): boolean {
    return this.status?.readOnly ?? false;
  }

  /** Reads the shown quarter's state again (after every edit and quarter switch). */
  async load(quarter: string): Promise<void> {
    try {
      const [state, status] = await Promise.all([api.quarterState(quarter), api.planStatus()]);
      if (app.quarter === quarter) {
        this.state = state;
        this.status = status;
      }
    } catch (e) {
      app.fail(e);
    }
  }

  checkIn(keyResult: string, value: number, confidence: Confidence | null, note: string) {
    return app.edit(() =>
      api.recordCheckin({ keyResult, value, date: null, note, who: this.who, confidence }),
    );
  }

  /** Sets a key result's end-of-quarter score by hand; null scores it by its progress again. */
  setScore(keyResult: string, score: number | null) {
    return app.edit(() => api.setScore(keyResult, score));
  }

  markReviewed(nodeId: string, comments: { objectiveId: string; text: string }[]) {
    return app.edit(() => api.markReviewed(nodeId, app.quarter, this.who, comments));
  }

  unmarkReviewed(nodeId: string) {
    return app.edit(() => api.unmarkReviewed(nodeId, app.quarter));
  }

  lock() {
    return app.edit(() => api.lockQuarter(app.quarter, this.who));
  }

  unlock() {
    return app.edit(() => api.unlockQuarter(app.quarter));
  }

  /** Carries the shown quarter's unfinished objectives into the next and shows it. */
  async planNextQuarter(): Promise<void> {
    const report = await app.edit(() => api.rollover(app.quarter));
    if (!report) return;
    try {
      app.plan = await api.planInfo();
      this.rolled = report;
      await app.setQuarter(report.to);
    } catch (e) {
      app.fail(e);
    }
  }

  diff(from: string, to: string): Promise<QuarterDiff> {
    return api.diffQuarters(from, to);
  }

  async exportXlsxDialog(): Promise<void> {
    const name = `${app.plan?.name ?? "plan"}-${app.quarter}.xlsx`;
    const path = await dialogs.saveAs(t("exportXlsx"), "xlsx", name);
    if (!path) return;
    try {
      await api.exportXlsx(path, app.quarter);
      app.notice = t("exported", { path });
    } catch (e) {
      app.fail(e);
    }
  }

  backups(): Promise<Backup[]> {
    return api.backups();
  }

  /** Restores a backup into the open plan and shows the plan as restored. */
  async restore(path: string): Promise<boolean> {
    try {
      const info = await api.restoreBackup(path);
      await app.show(info);
      app.notice = t("restored");
      return true;
    } catch (e) {
      app.fail(e);
      return false;
    }
  }
}

export const life = new LifeStore();
