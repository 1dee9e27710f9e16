// Undo, redo and the History panel. The window undoes its own changes (the core keeps
// which they are); the Edit menu names what Undo and Redo would do, read again whenever
// the plan's version moves; what was undone is said in the core's words, as a notice.
import { api } from "./api";
import { app } from "./store.svelte";
import type { UndoRedo } from "./bindings/UndoRedo";

/** Entries the History panel asks for at a time: a plan may have thousands. */
export const HISTORY_PAGE = 200;

/** The objective a History panel is about (null: the whole plan). */
export type HistoryOf = { key: string; title: string } | null;

const NOTHING: UndoRedo = { undo: null, redo: null };

class HistoryStore {
  /** The Edit menu's labels, in the window's language. */
  menu = $state.raw<UndoRedo>(NOTHING);
  /** The History panel, when open, and what it is about. */
  panel = $state.raw<{ of: HistoryOf } | null>(null);

  /** Reads again what Undo and Redo would do; nothing to offer when it cannot be told. */
  async loadMenu(): Promise<void> {
    if (!app.plan) {
      this.menu = NOTHING;
      return;
    }
    this.menu = await api.undoRedo().catch(() => NOTHING);
  }

  undo(): Promise<void> {
    return this.step(() => api.undo());
  }

  redo(): Promise<void> {
    return this.step(() => api.redo());
  }

  /** Runs an undo or redo as any edit (the window reads the plan again; a refusal is
   * shown as every error is) and says what it did. */
  private async step(action: () => Promise<string>): Promise<void> {
    if (!app.plan) return;
    const said = await app.edit(action);
    if (said !== undefined) app.notice = said;
    await this.loadMenu();
  }

  open(of: HistoryOf = null): void {
    this.panel = { of };
  }

  close(): void {
    this.panel = null;
  }
}

export const history = new HistoryStore();
