// Small hand-made bridge data for the tests: a company, a division, a team, two agents.
import type { TreeRow } from "../lib/bindings/TreeRow";
import type { Finding } from "../lib/bindings/Finding";
import type { NodeDetail } from "../lib/bindings/NodeDetail";
import type { PlanInfo } from "../lib/bindings/PlanInfo";
import type { Settings } from "../lib/bindings/Settings";

export function row(
  id: string,
  level: TreeRow["level"],
  parentId: string | null,
  children = 0,
  extra: Partial<TreeRow> = {},
): TreeRow {
  return {
    id,
    key: id,
    name: id.toUpperCase(),
    level,
    parentId,
    // Where the core puts a node of this level in an organisation without skipped levels.
    depth: { company: 0, division: 1, team: 2, agent: 3 }[level],
    role: "",
    newHire: false,
    children,
    objectives: 1,
    cap: 3,
    overCap: false,
    errors: 0,
    warnings: 0,
    infos: 0,
    ...extra,
  };
}

/** co > div > (team > (a1, a2)), in display order. */
export const ROWS: TreeRow[] = [
  row("co", "company", null, 1, { errors: 1 }),
  row("div", "division", "co", 1, { errors: 1 }),
  row("team", "team", "div", 2, { errors: 1 }),
  row("a1", "agent", "team", 0, { errors: 1, name: "สมชาย วงศ์ใหญ่" }),
  row("a2", "agent", "team", 0, { name: "Nguyễn Thị Lan" }),
];

export const SETTINGS: Settings = {
  companyCap: 5,
  divisionCap: 5,
  teamCap: 5,
  agentCap: 3,
  newHireCap: 2,
  keyResultCap: 5,
  changeLimit: 1,
};

export const PLAN: PlanInfo = {
  path: "/tmp/p.okr",
  name: "p",
  quarters: ["2026-Q4"],
  defaultQuarter: "2026-Q4",
  settings: SETTINGS,
  nodes: 5,
};

export const ORPHAN: Finding = {
  rule: "orphan",
  severity: "error",
  quarter: "2026-Q4",
  owner: "a1",
  ownerId: "a1",
  objective: "a1-2026q4-1",
  objectiveId: "o-a1",
  message: "“Gọi lại khách” (a1-2026q4-1) is not linked to any objective of the level above",
  suggestion: null,
};

export function detail(nodeId: string): NodeDetail {
  const r = ROWS.find((x) => x.id === nodeId)!;
  const now = "2026-11-24T10:00:00Z";
  return {
    view: {
      node: {
        id: r.id,
        key: r.key,
        name: r.name,
        level: r.level,
        parentId: r.parentId,
        role: "",
        newHire: false,
        objectiveCap: null,
        notes: "",
      },
      parent: null,
      cap: 3,
      // As the core answers for the fixture's levels.
      childLevel: ({ company: "division", division: "team", team: "agent", agent: null } as const)[
        r.level
      ],
      parentLevel: (
        { company: null, division: "company", team: "division", agent: "team" } as const
      )[r.level],
      reviewedEach: r.level === "division" ? "team" : null,
      takesNewHire: r.level === "agent",
      objectives: [
        {
          objective: {
            id: `o-${r.id}`,
            key: `${r.id}-2026q4-1`,
            quarter: "2026-Q4",
            ownerId: r.id,
            title: "Gọi lại khách trong 24 giờ",
            description: "",
            parentId: null,
            carriedFrom: null,
            commitment: "aspirational",
            createdAt: now,
            updatedAt: now,
          },
          keyResults: [],
          keyResultProgress: [],
          progress: 0.5,
          supports: null,
          supporters: [],
        },
      ],
    },
    findings: nodeId === "a1" ? [ORPHAN] : [],
  };
}
