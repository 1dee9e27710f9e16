// Sorting the load table by the column the user picked. Ties fall back to the order the
// core gave (overloaded first), then to name.
import type { LoadRow } from "./bindings/LoadRow";

export interface LoadSort {
  by: "name" | "objectives" | "cap" | "load";
  desc: boolean;
}

export function sortLoad(rows: LoadRow[], s: LoadSort): LoadRow[] {
  const key = (r: LoadRow): number | string =>
    s.by === "name"
      ? r.name
      : s.by === "objectives"
        ? r.objectives
        : s.by === "cap"
          ? r.cap
          : r.objectives / Math.max(1, r.cap);
  const indexed = rows.map((r, i) => ({ r, i }));
  indexed.sort((a, b) => {
    const ka = key(a.r);
    const kb = key(b.r);
    let c = typeof ka === "string" ? ka.localeCompare(kb as string) : ka - (kb as number);
    if (s.desc) c = -c;
    if (c === 0 && s.by === "load") c = Number(b.r.overCap) - Number(a.r.overCap);
    return c || a.i - b.i;
  });
  return indexed.map((x) => x.r);
}
