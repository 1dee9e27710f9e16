// Layout of the alignment map: company objectives on top, each objective above those that
// support it. Objectives whose supporters are all leaves stack them in a column, so a
// team's agents take one column, not a row each, and a 300-person plan stays readable.
// Side by side, boxes keep the core's order (owners' names in natural order, then keys).
import type { MapObjective } from "./bindings/MapObjective";

export const BOX_W = 200;
export const BOX_H = 64;
const H_GAP = 24;
const V_GAP = 56;
const STACK_GAP = 10;
const STACK_INDENT = 18;

export interface Box {
  o: MapObjective;
  x: number;
  y: number;
  /** Supporting objectives left out of the picture (agents' in a big plan). */
  hidden?: number;
}
export interface Edge {
  from: Box;
  to: Box;
}
export interface MapLayout {
  boxes: Box[];
  edges: Edge[];
  lane: Box[];
  laneY: number;
  width: number;
  height: number;
}

/**
 * Lays out the objectives, or only the subtree of `focus`. With `hideAgents` the agents'
 * objectives are left out and counted on the box they support, so a plan of thousands of
 * people first shows its company, division and team objectives.
 */
export function layout(
  objectives: MapObjective[],
  focus: string | null = null,
  hideAgents = false,
): MapLayout {
  const byId = new Map(objectives.map((o) => [o.id, o]));
  const kids = new Map<string, MapObjective[]>();
  const hiddenUnder = new Map<string, number>();
  for (const o of objectives) {
    if (hideAgents && o.level === "agent") {
      if (o.parentId) hiddenUnder.set(o.parentId, (hiddenUnder.get(o.parentId) ?? 0) + 1);
      continue;
    }
    if (o.parentId && byId.has(o.parentId)) {
      const list = kids.get(o.parentId) ?? [];
      list.push(o);
      kids.set(o.parentId, list);
    }
  }
  const focused = focus ? byId.get(focus) : undefined;
  const roots = focused
    ? [focused]
    : objectives.filter((o) => o.level === "company" && !(o.parentId && byId.has(o.parentId)));
  const laneItems = focused
    ? []
    : objectives.filter(
        (o) =>
          o.level !== "company" &&
          !(hideAgents && o.level === "agent") &&
          !(o.parentId && byId.has(o.parentId)),
      );

  const boxes: Box[] = [];
  const edges: Edge[] = [];
  let bottom = 0;

  // Places `o` with its left edge at x and returns the width its subtree takes.
  function place(o: MapObjective, depth: number, x: number): { width: number; box: Box } {
    const y = depth * (BOX_H + V_GAP);
    const children = kids.get(o.id) ?? [];
    const stack = children.length > 1 && children.every((c) => !kids.has(c.id));
    const hidden = hiddenUnder.get(o.id);
    if (children.length === 0 || stack) {
      const box: Box = { o, x, y, hidden };
      boxes.push(box);
      bottom = Math.max(bottom, y + BOX_H);
      children.forEach((c, i) => {
        const child = {
          o: c,
          x: x + STACK_INDENT,
          y: y + (i + 1) * (BOX_H + STACK_GAP) + V_GAP / 2,
        };
        boxes.push(child);
        edges.push({ from: box, to: child });
        bottom = Math.max(bottom, child.y + BOX_H);
      });
      return { width: BOX_W + (stack ? STACK_INDENT : 0), box };
    }
    let cx = x;
    const placed: Box[] = [];
    for (const c of children) {
      const p = place(c, depth + 1, cx);
      placed.push(p.box);
      cx += p.width + H_GAP;
    }
    const width = Math.max(BOX_W, cx - H_GAP - x);
    const box: Box = { o, x: x + (width - BOX_W) / 2, y, hidden };
    boxes.push(box);
    bottom = Math.max(bottom, y + BOX_H);
    for (const p of placed) edges.push({ from: box, to: p });
    return { width, box };
  }

  let x = 0;
  for (const r of roots) x += place(r, 0, x).width + H_GAP * 2;
  const treeWidth = Math.max(BOX_W, x - H_GAP * 2);

  const laneY = bottom + V_GAP * 1.5;
  const perRow = Math.max(4, Math.floor((treeWidth + H_GAP) / (BOX_W + H_GAP)));
  const lane = laneItems.map((o, i) => ({
    o,
    x: (i % perRow) * (BOX_W + H_GAP),
    y: laneY + 36 + Math.floor(i / perRow) * (BOX_H + STACK_GAP),
  }));
  const laneBottom = lane.length ? lane[lane.length - 1]!.y + BOX_H : laneY;
  const width = Math.max(
    treeWidth,
    lane.length ? Math.min(lane.length, perRow) * (BOX_W + H_GAP) : 0,
  );
  return { boxes, edges, lane, laneY, width, height: Math.max(bottom, laneBottom) };
}

/** Whether a box lies (partly) inside the visible rectangle of the map. */
export function visible(b: Box, view: { x: number; y: number; w: number; h: number }): boolean {
  return (
    b.x + BOX_W >= view.x &&
    b.x <= view.x + view.w &&
    b.y + BOX_H >= view.y &&
    b.y <= view.y + view.h
  );
}

/** Splits a title into at most `lines` lines of about `width` characters. */
export function wrap(text: string, width: number, lines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let line = "";
  for (const w of words) {
    if (line && (line + " " + w).length > width) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  const broken = out.flatMap((l) => (l.length > width ? chunk(l, width) : [l]));
  if (broken.length <= lines) return broken;
  const kept = broken.slice(0, lines);
  kept[lines - 1] = `${kept[lines - 1]!.slice(0, width - 1)}…`;
  return kept;
}

function chunk(s: string, n: number): string[] {
  const chars = [...s];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += n) out.push(chars.slice(i, i + n).join(""));
  return out;
}
