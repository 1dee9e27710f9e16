// Shaping the organisation in the window: narrowing the core's list of where a node may
// move, and reading the numbers typed into the settings. Which moves are allowed and
// which values are valid is the core's to say; this only narrows a list and turns text
// into numbers.
import type { MoveTarget } from "./bindings/MoveTarget";
import type { Settings } from "./bindings/Settings";
import { parseNumber } from "./life.svelte";
import { fold } from "./templates";

/**
 * The core's move targets matching every word of `query` in name or key, with or without
 * Vietnamese marks ("tong dai" finds "Tổng đài").
 */
export function searchTargets(targets: MoveTarget[], query: string): MoveTarget[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return targets.filter((r) => {
    const hay = fold(`${r.name} ${r.key}`);
    return words.every((w) => hay.includes(w));
  });
}

/** The settings form: caps as typed, the change limit as a percentage. */
export type SettingsForm = Record<Exclude<keyof Settings, "changeLimit">, string> & {
  changeLimitPercent: string;
};

export const CAP_FIELDS = [
  "companyCap",
  "divisionCap",
  "teamCap",
  "agentCap",
  "newHireCap",
  "keyResultCap",
] as const;

/** A count as typed; null when it is not a whole number of 0 or more. */
export function parseCount(text: string): number | null {
  const n = parseNumber(text);
  return n !== null && Number.isInteger(n) && n >= 0 ? n : null;
}

export function settingsForm(s: Settings): SettingsForm {
  return {
    companyCap: String(s.companyCap),
    divisionCap: String(s.divisionCap),
    teamCap: String(s.teamCap),
    agentCap: String(s.agentCap),
    newHireCap: String(s.newHireCap),
    keyResultCap: String(s.keyResultCap),
    changeLimitPercent: String(Math.round(s.changeLimit * 10000) / 100),
  };
}

/**
 * The settings the form holds, or the first field that is not a number of the right
 * shape (a count must be whole and not negative to be sent at all; the core judges the
 * rest and names the field it refuses).
 */
export function readSettingsForm(
  f: SettingsForm,
): { settings: Settings } | { field: keyof SettingsForm } {
  const counts: Partial<Record<(typeof CAP_FIELDS)[number], number>> = {};
  for (const k of CAP_FIELDS) {
    const n = parseCount(f[k]);
    if (n === null) return { field: k };
    counts[k] = n;
  }
  const pct = parseNumber(f.changeLimitPercent);
  if (pct === null) return { field: "changeLimitPercent" };
  return {
    settings: {
      companyCap: counts.companyCap!,
      divisionCap: counts.divisionCap!,
      teamCap: counts.teamCap!,
      agentCap: counts.agentCap!,
      newHireCap: counts.newHireCap!,
      keyResultCap: counts.keyResultCap!,
      changeLimit: pct / 100,
    },
  };
}
