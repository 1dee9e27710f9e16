// Filtering the findings list by what the user picked; the findings themselves come from
// the core's checks.
import type { Finding } from "./bindings/Finding";
import type { Rule } from "./bindings/Rule";
import type { Severity } from "./bindings/Severity";

export interface FindingFilter {
  severity: Severity | "";
  rule: Rule | "";
  /** Node ids of the chosen subtree, or null for the whole plan. */
  scope: ReadonlySet<string> | null;
}

export function filterFindings(all: Finding[], f: FindingFilter): Finding[] {
  return all.filter(
    (x) =>
      (!f.severity || x.severity === f.severity) &&
      (!f.rule || x.rule === f.rule) &&
      (!f.scope || f.scope.has(x.ownerId)),
  );
}
