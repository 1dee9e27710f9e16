// Sorting the load table by the column the user picked, by the core's figures: its share
// of the cap and its place in the natural order of names. Ties fall back to the order the
// core gave (overloaded first, then by share, then by name).
import type { LoadRow } from "./bindings/LoadRow";

export interface LoadSort {
  by: "name" | "objectives" | "cap" | "load";
  desc: boolean;
}

export function sortLoad(rows: LoadRow[], s: LoadSort): LoadRow[] {
  const key = (r: LoadRow): number =>
    s.by === "name"
      ? r.nameOrder
      : s.by === "objectives"
        ? r.objectives
        : s.by === "cap"
          ? r.cap
          : r.share;
  const indexed = rows.map((r, i) => ({ r, i }));
  indexed.sort((a, b) => {
    let c = key(a.r) - key(b.r);
    if (s.desc) c = -c;
    if (c === 0 && s.by === "load") c = Number(b.r.overCap) - Number(a.r.overCap);
    return c || a.i - b.i;
  });
  return indexed.map((x) => x.r);
}
