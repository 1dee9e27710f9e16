// Searching the core's library of support OKRs (`api.templates`) as the user types. The
// library itself — its templates, levels, KPIs and numbers — is the core's.
import type { Template } from "./bindings/Template";

/** Lower-cased, without Vietnamese marks, so "giam thoi gian" finds "Giảm thời gian". */
export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLocaleLowerCase();
}

/** The templates matching every word of `query` in their title or key results. */
export function searchTemplates(templates: Template[], query: string): Template[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return templates.filter((t) => {
    const hay = fold(`${t.title} ${t.keyResults.map((k) => k.title).join(" ")}`);
    return words.every((w) => hay.includes(w));
  });
}
