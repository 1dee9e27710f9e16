// Bridge data for the quarter's life: one objective of the team at risk, its key result's
// check-ins, the team reviewed, and a diff between two quarters.
import type { QuarterState } from "../lib/bindings/QuarterState";
import type { QuarterDiff } from "../lib/bindings/QuarterDiff";
import type { PlanStatus } from "../lib/bindings/PlanStatus";
import type { NodeDetail } from "../lib/bindings/NodeDetail";
import { detail } from "./fixtures";

export const STATUS: PlanStatus = { readOnly: false, backupDir: "/tmp/backups" };

export function quarterState(extra: Partial<QuarterState> = {}): QuarterState {
  return {
    quarter: "2026-Q4",
    lock: null,
    reviews: [
      {
        nodeId: "team",
        quarter: "2026-Q4",
        reviewedBy: "Chị Hoa",
        reviewedAt: "2026-11-24T10:00:00Z",
      },
    ],
    comments: [],
    metAt: { committed: 1, aspirational: 0.7 },
    checkins: [
      {
        id: "c1",
        keyResultId: "kr-a1",
        date: "2026-10-15",
        value: 40,
        note: "tuần 2",
        who: "Lan",
        confidence: "on-track",
        recordedAt: "2026-10-15T09:00:00Z",
      },
      {
        id: "c2",
        keyResultId: "kr-a1",
        date: "2026-11-15",
        value: 55,
        note: "",
        who: "Lan",
        confidence: "at-risk",
        recordedAt: "2026-11-15T09:00:00Z",
      },
    ],
    scores: [
      {
        objectiveId: "o-a1",
        key: "a1-2026q4-1",
        title: "Gọi lại khách trong 24 giờ",
        ownerId: "a1",
        quarter: "2026-Q4",
        commitment: "committed",
        score: 0.55,
        reading: "progress",
        met: false,
        missToReview: true,
        atRisk: true,
        keyResults: [],
      },
    ],
    ...extra,
  };
}

export const DIFF: QuarterDiff = {
  from: "2026-Q4",
  to: "2027-Q1",
  added: [
    {
      id: "n1",
      key: "a2-2027q1-1",
      title: "Chat trong 1 phút",
      ownerId: "a2",
      owner: "a2",
      parent: null,
    },
  ],
  dropped: [],
  relinked: [],
  carriedOver: [
    {
      from: {
        id: "o-a1",
        key: "a1-2026q4-1",
        title: "Gọi lại khách",
        ownerId: "a1",
        owner: "a1",
        parent: null,
      },
      to: {
        id: "o-a1b",
        key: "a1-2027q1-1",
        title: "Gọi lại khách",
        ownerId: "a1",
        owner: "a1",
        parent: null,
      },
    },
  ],
};

/** A node's first objective with one key result, at risk, 55 of 100. */
export function detailWithKr(nodeId: string): NodeDetail {
  const d = detail(nodeId);
  const card = d.view.objectives[0]!;
  card.keyResults = [
    {
      id: `kr-${nodeId}`,
      objectiveId: card.objective.id,
      key: `${card.objective.key}-kr1`,
      position: 0,
      title: "Tỉ lệ gọi lại",
      kind: "progress",
      baseline: 0,
      target: 100,
      current: 55,
      unit: "%",
      weight: 1,
      score: null,
      confidence: "at-risk",
      measure: "",
    },
  ];
  card.keyResultProgress = [0.55];
  return d;
}
