// The core's library as `templates` answers it, a few templates of it, per language.
import type { Template } from "../lib/bindings/Template";

const EN: Template[] = [
  {
    id: "company-csat",
    level: "company",
    role: "director",
    heading: "Company · Director",
    title: "Make every customer contact feel effortless",
    keyResults: [
      {
        kpi: "csat",
        title: "CSAT across all channels",
        kind: "progress",
        baseline: 4.1,
        target: 4.5,
        unit: "/5",
        measure: "CSAT",
      },
    ],
  },
  {
    id: "team-onboarding",
    level: "team",
    role: "lead",
    heading: "Team · Team lead",
    title: "Bring new agents up to standard in 30 days",
    keyResults: [
      {
        kpi: "ramp-up",
        title: "Days to first solo shift",
        kind: "progress",
        baseline: 21,
        target: 10,
        unit: "days",
        measure: "RAMP-UP",
      },
    ],
  },
  {
    id: "agent-sales",
    level: "agent",
    role: "agent",
    heading: "Agent · Agent",
    title: "Offer the right upgrade at the right moment",
    keyResults: [
      {
        kpi: "csat",
        title: "My CSAT stays at or above",
        kind: "keep-above",
        baseline: null,
        target: 4.3,
        unit: "/5",
        measure: "CSAT",
      },
    ],
  },
];

const VI_TITLES: Record<string, [string, string]> = {
  "company-csat": ["Mọi lần liên hệ đều nhẹ nhàng cho khách hàng", "CSAT trên mọi kênh"],
  "team-onboarding": [
    "Đào tạo nhân viên mới đạt chuẩn trong 30 ngày",
    "Số ngày đến ca trực độc lập đầu tiên",
  ],
  "agent-sales": ["Tư vấn gói nâng cấp đúng lúc, đúng nhu cầu", "CSAT của tôi giữ từ mức"],
};

/** The library in `lang` (Thai is answered in English here: the tests do not read it). */
export function library(lang: string): Template[] {
  if (lang !== "vi") return EN;
  return EN.map((t) => ({
    ...t,
    title: VI_TITLES[t.id]![0],
    keyResults: t.keyResults.map((k) => ({
      ...k,
      title: VI_TITLES[t.id]![1],
      unit: k.unit === "days" ? "ngày" : k.unit,
    })),
  }));
}
