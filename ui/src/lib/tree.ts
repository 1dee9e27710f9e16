// Folding and moving through the org tree. Rows arrive from the core in display order
// (depth first, names in natural order) with their depth, so a node's subtree is the run
// of rows after it with a greater depth.
import type { TreeRow } from "./bindings/TreeRow";

/** Rows shown when only the nodes in `expanded` are unfolded. */
export function visibleRows(rows: TreeRow[], expanded: ReadonlySet<string>): TreeRow[] {
  const out: TreeRow[] = [];
  let hideBelow = Infinity;
  for (const r of rows) {
    const d = r.depth;
    if (d > hideBelow) continue;
    hideBelow = Infinity;
    out.push(r);
    if (r.children > 0 && !expanded.has(r.id)) hideBelow = d;
  }
  return out;
}

/** What is unfolded at first: everything in a small plan, the top two levels in a big one. */
export function initialExpanded(rows: TreeRow[], smallPlan = 300): Set<string> {
  const all = rows.length <= smallPlan;
  return new Set(rows.filter((r) => r.children > 0 && (all || r.depth < 2)).map((r) => r.id));
}

/** The ids of `id` and everything under it. */
export function subtreeIds(rows: TreeRow[], id: string): Set<string> {
  const out = new Set<string>();
  const start = rows.findIndex((r) => r.id === id);
  if (start < 0) return out;
  const d = rows[start]!.depth;
  out.add(id);
  for (let i = start + 1; i < rows.length && rows[i]!.depth > d; i++) out.add(rows[i]!.id);
  return out;
}

/** The ids of the node's ancestors, nearest last, so revealing a node unfolds them. */
export function ancestors(rows: TreeRow[], id: string): string[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out: string[] = [];
  let at = byId.get(id)?.parentId ?? null;
  while (at) {
    out.unshift(at);
    at = byId.get(at)?.parentId ?? null;
  }
  return out;
}

export type TreeMove =
  | { kind: "select"; id: string }
  | { kind: "expand"; id: string }
  | { kind: "collapse"; id: string }
  | { kind: "none" };

/** What an arrow key does in the tree, given the visible rows and the selection. */
export function keyMove(
  visible: TreeRow[],
  selected: string | null,
  expanded: ReadonlySet<string>,
  key: string,
): TreeMove {
  if (visible.length === 0) return { kind: "none" };
  const i = visible.findIndex((r) => r.id === selected);
  if (i < 0) return { kind: "select", id: visible[0]!.id };
  const row = visible[i]!;
  switch (key) {
    case "ArrowDown":
      return i + 1 < visible.length ? { kind: "select", id: visible[i + 1]!.id } : { kind: "none" };
    case "ArrowUp":
      return i > 0 ? { kind: "select", id: visible[i - 1]!.id } : { kind: "none" };
    case "Home":
      return { kind: "select", id: visible[0]!.id };
    case "End":
      return { kind: "select", id: visible[visible.length - 1]!.id };
    case "ArrowRight":
      if (row.children === 0) return { kind: "none" };
      if (!expanded.has(row.id)) return { kind: "expand", id: row.id };
      return i + 1 < visible.length ? { kind: "select", id: visible[i + 1]!.id } : { kind: "none" };
    case "ArrowLeft":
      if (row.children > 0 && expanded.has(row.id)) return { kind: "collapse", id: row.id };
      return row.parentId ? { kind: "select", id: row.parentId } : { kind: "none" };
    default:
      return { kind: "none" };
  }
}

/** Rows whose name, key or role contains `query`, with their ancestors so they show in place. */
export function filterRows(rows: TreeRow[], query: string): TreeRow[] {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return rows;
  const keep = new Set<string>();
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const r of rows) {
    if (`${r.name} ${r.key} ${r.role}`.toLocaleLowerCase().includes(q)) {
      let at: TreeRow | undefined = r;
      while (at && !keep.has(at.id)) {
        keep.add(at.id);
        at = at.parentId ? byId.get(at.parentId) : undefined;
      }
    }
  }
  return rows.filter((r) => keep.has(r.id));
}
