// The one bridge to the desktop shell: every call to Rust and every native dialog goes
// through here, so components never import @tauri-apps/* and tests mock one place.
import { invoke } from "@tauri-apps/api/core";
import { open, save, ask } from "@tauri-apps/plugin-dialog";
import type { CommandError } from "./bindings/CommandError";
import type { ErrorCode } from "./bindings/ErrorCode";
import type { ProblemRow } from "./bindings/ProblemRow";
import type { Finding } from "./bindings/Finding";
import type { ImportReport } from "./bindings/ImportReport";
import type { ReportOptions } from "./bindings/ReportOptions";
import type { ReportOutcome } from "./bindings/ReportOutcome";
import type { KeyResult } from "./bindings/KeyResult";
import type { KeyResultPatch } from "./bindings/KeyResultPatch";
import type { LinkCandidate } from "./bindings/LinkCandidate";
import type { LoadRow } from "./bindings/LoadRow";
import type { MapObjective } from "./bindings/MapObjective";
import type { NewKeyResult } from "./bindings/NewKeyResult";
import type { NewNode } from "./bindings/NewNode";
import type { NewObjective } from "./bindings/NewObjective";
import type { Node } from "./bindings/Node";
import type { NodeDeletion } from "./bindings/NodeDeletion";
import type { NodeDetail } from "./bindings/NodeDetail";
import type { NodePatch } from "./bindings/NodePatch";
import type { Objective } from "./bindings/Objective";
import type { ObjectivePatch } from "./bindings/ObjectivePatch";
import type { PlanInfo } from "./bindings/PlanInfo";
import type { PlanVersion } from "./bindings/PlanVersion";
import type { Settings } from "./bindings/Settings";
import type { Startup } from "./bindings/Startup";
import type { TreeRow } from "./bindings/TreeRow";
import type { Backup } from "./bindings/Backup";
import type { CheckIn } from "./bindings/CheckIn";
import type { NewCheckIn } from "./bindings/NewCheckIn";
import type { NewComment } from "./bindings/NewComment";
import type { PlanStatus } from "./bindings/PlanStatus";
import type { QuarterDiff } from "./bindings/QuarterDiff";
import type { QuarterLock } from "./bindings/QuarterLock";
import type { QuarterState } from "./bindings/QuarterState";
import type { Review } from "./bindings/Review";
import type { RolloverReport } from "./bindings/RolloverReport";
import type { HandoutReport } from "./bindings/HandoutReport";
import type { MergeChoices } from "./bindings/MergeChoices";
import type { MergeReport } from "./bindings/MergeReport";
import type { ReviewInfo } from "./bindings/ReviewInfo";
import type { CopiesMerge } from "./bindings/CopiesMerge";
import type { MoveTarget } from "./bindings/MoveTarget";
import type { Template } from "./bindings/Template";
import type { HistoryEntry } from "./bindings/HistoryEntry";
import type { UndoRedo } from "./bindings/UndoRedo";

/** The languages the core writes its library and findings in. */
export type Lang = "en" | "vi" | "th";

/** What the forms give: the core fills a missing key and commitment (aspirational). */
export type NewObjectiveInput = Omit<NewObjective, "commitment"> &
  Partial<Pick<NewObjective, "commitment">>;
export type NewKeyResultInput = Omit<NewKeyResult, "key"> & Partial<Pick<NewKeyResult, "key">>;

/** An error from the shell: `code` to branch on, `message` to show (in the window's
 * language), and for a refused import the problems found, one row each. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly problems: ProblemRow[];
  constructor(e: CommandError) {
    super(e.message);
    this.code = e.code;
    this.problems = e.problems ?? [];
  }
}

function isCommandError(e: unknown): e is CommandError {
  return typeof e === "object" && e !== null && "code" in e && "message" in e;
}

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    throw isCommandError(e)
      ? new ApiError(e)
      : new ApiError({ code: "internal", message: String(e) });
  }
}

const PLAN_FILTER = [{ name: "Cascade plan", extensions: ["okr"] }];

export const api = {
  startup: () => call<Startup>("startup"),
  planInfo: () => call<PlanInfo>("plan_info"),
  /** The open file's version: it moves with every change, by this window or another program. */
  planVersion: () => call<PlanVersion>("plan_version"),
  openPlan: (path: string) => call<PlanInfo>("open_plan", { path }),
  newPlan: (path: string) => call<PlanInfo>("new_plan", { path }),
  saveCopy: (path: string) => call<null>("save_copy", { path }),
  recentPlans: () => call<string[]>("recent_plans"),
  treeShown: (rows: number) => call<number>("tree_shown", { rows }),
  fillSample: () => call<PlanInfo>("fill_sample"),

  tree: (quarter: string) => call<TreeRow[]>("tree", { quarter }),
  /** The tree before the plan is checked: counts and caps, no finding badges yet. */
  treeOutline: (quarter: string) => call<TreeRow[]>("tree_outline", { quarter }),
  nodeDetail: (quarter: string, nodeId: string) =>
    call<NodeDetail>("node_detail", { quarter, nodeId }),
  findings: (quarter: string) => call<Finding[]>("findings", { quarter }),
  linkCandidates: (objectiveId: string) =>
    call<LinkCandidate[]>("link_candidates", { objectiveId }),
  linkPreview: (objectiveId: string, parentId: string | null) =>
    call<Finding[]>("link_preview", { objectiveId, parentId }),
  alignment: (quarter: string) => call<MapObjective[]>("alignment", { quarter }),
  load: (quarter: string) => call<LoadRow[]>("load", { quarter }),

  addNode: (n: Partial<NewNode> & { name: string }) =>
    call<Node>("add_node", { new: { ...emptyNewNode, ...n } }),
  updateNode: (id: string, patch: Partial<NodePatch>) =>
    call<Node>("update_node", { id, patch: { ...emptyNodePatch, ...patch } }),
  moveNode: (id: string, newParent: string) => call<Node>("move_node", { id, newParent }),
  /** The nodes `id` may be moved under, by the rule the move itself applies. */
  moveTargets: (id: string) => call<MoveTarget[]>("move_targets", { id }),
  deleteNode: (id: string, withContents: boolean) =>
    call<NodeDeletion>("delete_node", { id, withContents }),
  addObjective: (o: NewObjectiveInput) => call<Objective>("add_objective", { new: o }),
  /** An objective of `ownerId` written from a template of the core's library, in `lang`. */
  addObjectiveFromTemplate: (ownerId: string, quarter: string, template: string, lang: Lang) =>
    call<Objective>("add_objective_from_template", { ownerId, quarter, template, lang }),
  updateObjective: (id: string, patch: Partial<ObjectivePatch>) =>
    call<Objective>("update_objective", {
      id,
      patch: { key: null, title: null, description: null, commitment: null, ...patch },
    }),
  linkObjective: (id: string, parentId: string | null) =>
    call<Objective>("link_objective", { id, parentId }),
  deleteObjective: (id: string) => call<number>("delete_objective", { id }),
  addKeyResult: (kr: NewKeyResultInput) => call<KeyResult>("add_key_result", { new: kr }),
  /** A key result to fill in: the core gives its starting numbers. */
  addStarterKeyResult: (objectiveId: string, title: string) =>
    call<KeyResult>("add_starter_key_result", { objectiveId, title }),
  updateKeyResult: (id: string, patch: Partial<KeyResultPatch>) =>
    call<KeyResult>("update_key_result", { id, patch: { ...emptyKrPatch, ...patch } }),
  deleteKeyResult: (id: string) => call<null>("delete_key_result", { id }),
  setSettings: (settings: Settings) => call<null>("set_settings", { settings }),
  /** The language the checks write findings and suggestions in. */
  setLanguage: (lang: Lang) => call<null>("set_language", { lang }),
  /** The core's library of support OKRs, written in `lang`. */
  templates: (lang: Lang) => call<Template[]>("templates", { lang }),

  importSpreadsheets: (
    org: string | null,
    objectives: string | null,
    keyResults: string | null,
    deleteMissing = false,
  ) => call<ImportReport>("import_spreadsheets", { org, objectives, keyResults, deleteMissing }),
  importWorkbook: (path: string, deleteMissing = false) =>
    call<ImportReport>("import_workbook", { path, deleteMissing }),
  /** Records a helpdesk report's check-ins, or with `apply` false previews them. */
  checkinsFromReport: (path: string, options: ReportOptions, apply: boolean) =>
    call<ReportOutcome>("checkins_from_report", { path, options, apply }),
  /** Writes the empty import workbook in the window's language. */
  writeTemplate: (path: string) => call<null>("write_template", { path }),
  exportCsv: (dir: string) => call<string[]>("export_csv", { dir }),
  exportJson: (path: string) => call<null>("export_json", { path }),
  exportReport: (path: string, quarter: string) => call<null>("export_report", { path, quarter }),

  // The quarter's life (issue 8).
  quarterState: (quarter: string) => call<QuarterState>("quarter_state", { quarter }),
  recordCheckin: (n: NewCheckIn) => call<CheckIn>("record_checkin", { new: n }),
  deleteCheckin: (id: string) => call<null>("delete_checkin", { id }),
  checkinChart: (keyResult: string) => call<string>("checkin_chart", { keyResult }),
  setScore: (keyResult: string, score: number | null) =>
    call<KeyResult>("set_score", { keyResult, score }),
  markReviewed: (nodeId: string, quarter: string, who: string, comments: NewComment[]) =>
    call<Review>("mark_reviewed", { nodeId, quarter, who, comments }),
  unmarkReviewed: (nodeId: string, quarter: string) =>
    call<boolean>("unmark_reviewed", { nodeId, quarter }),
  lockQuarter: (quarter: string, who: string) =>
    call<QuarterLock>("lock_quarter", { quarter, who }),
  unlockQuarter: (quarter: string) => call<boolean>("unlock_quarter", { quarter }),
  rollover: (from: string) => call<RolloverReport>("rollover", { from }),
  diffQuarters: (from: string, to: string) => call<QuarterDiff>("diff_quarters", { from, to }),
  exportXlsx: (path: string, quarter: string) => call<null>("export_xlsx", { path, quarter }),

  // Nothing lost (issue 9).
  planStatus: () => call<PlanStatus>("plan_status"),
  backups: () => call<Backup[]>("backups"),
  restoreBackup: (path: string) => call<PlanInfo>("restore_backup", { path }),

  // Review offline, merge back (issue 10).
  handout: (nodeKey: string, quarters: string[], path: string) =>
    call<HandoutReport>("handout", { nodeKey, quarters, path }),
  mergePreview: (path: string) => call<MergeReport>("merge_preview", { path }),
  mergeReview: (path: string, choices: MergeChoices) =>
    call<MergeReport>("merge_review", { path, choices }),
  reviewInfo: () => call<ReviewInfo | null>("review_info"),
  // Many at once (issue 17).
  /** One copy per team under the division `nodeKey`, into the folder `dir`. */
  handoutTeams: (nodeKey: string, quarters: string[], dir: string) =>
    call<HandoutReport[]>("handout_teams", { nodeKey, quarters, dir }),
  /** What merging `paths` one after another would do; nothing is written. */
  mergePreviewMany: (paths: string[]) => call<CopiesMerge>("merge_preview_many", { paths }),
  /** Merges `paths` one after another, each on its own; conflicts keep the plan's value. */
  mergeReviews: (paths: string[]) => call<CopiesMerge>("merge_reviews", { paths }),

  // Undo and the plan's history (issue 19).
  /** Undoes this window's newest change; the core's "Undone: …". */
  undo: () => call<string>("undo"),
  /** Redoes this window's change undone last; the core's "Redone: …". */
  redo: () => call<string>("redo"),
  /** What Undo and Redo would do now, named for the Edit menu (null: nothing). */
  undoRedo: () => call<UndoRedo>("undo_redo"),
  /** The name the plan's history records with this window's changes ("Your name"). */
  setWho: (name: string) => call<null>("set_who", { name }),
  /** The newest `limit` changes of the plan, or of one objective (by key). */
  history: (objective: string | null, limit: number) =>
    call<HistoryEntry[]>("history", { objective, limit }),
};

const emptyNewNode: NewNode = {
  key: null,
  name: "",
  level: null,
  parentId: null,
  role: "",
  newHire: false,
  objectiveCap: null,
  notes: "",
};
const emptyNodePatch: NodePatch = {
  key: null,
  name: null,
  role: null,
  newHire: null,
  notes: null,
};
const emptyKrPatch: KeyResultPatch = {
  key: null,
  measure: null,
  title: null,
  kind: null,
  target: null,
  current: null,
  unit: null,
  weight: null,
  position: null,
};

/** Native file dialogs; each returns null when the user cancels. */
export const dialogs = {
  async openPlan(title: string): Promise<string | null> {
    const p = await open({ title, multiple: false, directory: false, filters: PLAN_FILTER });
    return typeof p === "string" ? p : null;
  },
  /** Any number of plan files (review copies); null when the user cancels. */
  async openPlans(title: string): Promise<string[] | null> {
    const p = await open({ title, multiple: true, directory: false, filters: PLAN_FILTER });
    if (p === null) return null;
    const all = Array.isArray(p) ? p : [p];
    return all.length ? all : null;
  },
  async savePlan(title: string, defaultPath?: string): Promise<string | null> {
    const p = await save({ title, filters: PLAN_FILTER, defaultPath });
    if (!p) return null;
    return p.endsWith(".okr") ? p : `${p}.okr`;
  },
  confirm: (message: string, title: string) => ask(message, { title, kind: "warning" }),
  async csvFile(title: string): Promise<string | null> {
    const p = await open({
      title,
      multiple: false,
      directory: false,
      filters: [{ name: "CSV", extensions: ["csv"] }],
    });
    return typeof p === "string" ? p : null;
  },
  async reportFile(title: string): Promise<string | null> {
    const p = await open({
      title,
      multiple: false,
      directory: false,
      filters: [{ name: "CSV, Excel", extensions: ["csv", "txt", "xlsx"] }],
    });
    return typeof p === "string" ? p : null;
  },
  async workbookFile(title: string): Promise<string | null> {
    const p = await open({
      title,
      multiple: false,
      directory: false,
      filters: [{ name: "Excel", extensions: ["xlsx"] }],
    });
    return typeof p === "string" ? p : null;
  },
  async folder(title: string): Promise<string | null> {
    const p = await open({ title, multiple: false, directory: true });
    return typeof p === "string" ? p : null;
  },
  async saveAs(title: string, extension: string, defaultPath: string): Promise<string | null> {
    const p = await save({
      title,
      defaultPath,
      filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
    });
    if (!p) return null;
    return p.endsWith(`.${extension}`) ? p : `${p}.${extension}`;
  },
};
