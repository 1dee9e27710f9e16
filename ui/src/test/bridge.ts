// The Tauri bridge as the component tests mock it: every call recorded, the fixture
// plan's usual answers, and a loud failure for a command a test did not expect.
import { mockIPC } from "@tauri-apps/api/mocks";
import { ROWS, PLAN, ORPHAN, detail } from "./fixtures";
import { STATUS, quarterState } from "./life-fixtures";
import type { PlanVersion } from "../lib/bindings/PlanVersion";

export type Call = { cmd: string; args: Record<string, unknown> };
export type Handler = (args: Record<string, unknown>) => unknown;

/** What the window asks on every start: the plan, its tree, an orphan finding. */
const USUAL: Record<string, Handler> = {
  startup: () => ({ plan: PLAN, offerSample: false, error: null }),
  tree: () => ROWS,
  tree_outline: () => ROWS.map((r) => ({ ...r, errors: 0, warnings: 0, infos: 0 })),
  findings: () => [ORPHAN],
  node_detail: (a) => detail(a.nodeId as string),
  recent_plans: () => [],
  tree_shown: () => 100,
  quarter_state: () => quarterState(),
  plan_status: () => STATUS,
  plan_info: () => PLAN,
  plan_version: () => VERSION,
  undo_redo: () => ({ undo: null, redo: null }),
  set_who: () => null,
};

/** The plan's version while nothing changes it. */
export const VERSION: PlanVersion = { own: 0, others: 1 };

/** Mocks the bridge with the usual answers, `handlers` over them; returns the calls. */
export function mockBridge(handlers: Record<string, Handler> = {}): Call[] {
  const calls: Call[] = [];
  const all = { ...USUAL, ...handlers };
  mockIPC((cmd, payload) => {
    const args = (payload ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args });
    const h = all[cmd];
    if (!h) throw { code: "internal", message: `unexpected command ${cmd}` };
    return h(args);
  });
  return calls;
}
