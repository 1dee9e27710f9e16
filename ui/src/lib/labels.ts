// Names of levels, severities and key-result kinds in the current language.
import type { Level } from "./bindings/Level";
import type { Severity } from "./bindings/Severity";
import type { KrKind } from "./bindings/KrKind";
import type { Rule } from "./bindings/Rule";
import { t, type MessageKey } from "./i18n.svelte";

export function levelName(l: Level): string {
  return t(
    l === "company"
      ? "levelCompany"
      : l === "division"
        ? "levelDivision"
        : l === "team"
          ? "levelTeam"
          : "levelAgent",
  );
}

export function severityName(s: Severity): string {
  return t(s === "error" ? "severityError" : s === "warning" ? "severityWarning" : "severityInfo");
}

export function kindName(k: KrKind): string {
  return t(
    k === "progress" ? "kindProgress" : k === "keep-above" ? "kindKeepAbove" : "kindKeepBelow",
  );
}

const RULE_KEYS: Record<Rule, MessageKey> = {
  orphan: "ruleOrphan",
  "quarter-mismatch": "ruleQuarterMismatch",
  "cross-branch": "ruleCrossBranch",
  "skip-level": "ruleSkipLevel",
  "no-key-results": "ruleNoKeyResults",
  "too-many-key-results": "ruleTooManyKeyResults",
  overload: "ruleOverload",
  unsupported: "ruleUnsupported",
  "flat-target": "ruleFlatTarget",
  "overreaching-target": "ruleOverreachingTarget",
  "same-as-colleague": "ruleSameAsColleague",
};

/** A rule as people read it; its id (`orphan`) is what `okr check` prints. */
export function ruleName(r: Rule): string {
  return t(RULE_KEYS[r]);
}
