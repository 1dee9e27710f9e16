// A library of customer-support OKRs per role, in Vietnamese and English, built on the
// KPIs support organisations run on: CSAT, first response time (FRT), first contact
// resolution (FCR), average handle time (AHT), complaint backlog, QA score, NPS and call
// conversion. Each key result pairs a metric with a realistic baseline and target.
import type { KrKind } from "./bindings/KrKind";

export type TemplateRole = "director" | "lead" | "agent";
export type TemplateLang = "vi" | "en";

export interface TemplateKr {
  title: string;
  kind: KrKind;
  baseline: number | null;
  target: number;
  unit: string;
}
export interface Template {
  id: string;
  role: TemplateRole;
  lang: TemplateLang;
  title: string;
  krs: TemplateKr[];
}

const kr = (
  title: string,
  baseline: number | null,
  target: number,
  unit: string,
  kind: KrKind = "progress",
): TemplateKr => ({
  title,
  kind,
  baseline,
  target,
  unit,
});

type Pair = {
  id: string;
  role: TemplateRole;
  en: [string, TemplateKr[]];
  vi: [string, TemplateKr[]];
};

const PAIRS: Pair[] = [
  {
    id: "dir-csat",
    role: "director",
    en: [
      "Make every customer contact feel effortless",
      [
        kr("CSAT across all channels", 4.1, 4.5, "/5"),
        kr("NPS", 22, 35, "pts"),
        kr("Complaint backlog older than 48 h", 320, 80, "cases"),
      ],
    ],
    vi: [
      "Mọi lần liên hệ đều nhẹ nhàng cho khách hàng",
      [
        kr("CSAT trên mọi kênh", 4.1, 4.5, "/5"),
        kr("NPS", 22, 35, "điểm"),
        kr("Tồn đọng khiếu nại quá 48 giờ", 320, 80, "vụ"),
      ],
    ],
  },
  {
    id: "dir-speed",
    role: "director",
    en: [
      "Answer customers faster without losing quality",
      [
        kr("First response time, all channels", 180, 60, "s"),
        kr("CSAT stays at or above", null, 4.3, "/5", "keep-above"),
        kr("QA score stays at or above", null, 85, "%", "keep-above"),
      ],
    ],
    vi: [
      "Phản hồi khách hàng nhanh hơn mà không giảm chất lượng",
      [
        kr("Thời gian phản hồi đầu tiên trên mọi kênh", 180, 60, "giây"),
        kr("CSAT giữ từ mức", null, 4.3, "/5", "keep-above"),
        kr("Điểm QA giữ từ mức", null, 85, "%", "keep-above"),
      ],
    ],
  },
  {
    id: "dir-fcr",
    role: "director",
    en: [
      "Solve it the first time, in every division",
      [
        kr("First contact resolution", 68, 80, "%"),
        kr("Repeat contacts within 7 days", 18, 10, "%"),
      ],
    ],
    vi: [
      "Giải quyết ngay lần đầu ở mọi khối",
      [
        kr("Tỷ lệ giải quyết ngay lần đầu (FCR)", 68, 80, "%"),
        kr("Liên hệ lặp lại trong 7 ngày", 18, 10, "%"),
      ],
    ],
  },
  {
    id: "dir-revenue",
    role: "director",
    en: [
      "Turn support into a source of loyal customers",
      [
        kr("Call conversion on upgrade offers", 12, 18, "%"),
        kr("Churn among customers who contacted support", 6, 4, "%"),
      ],
    ],
    vi: [
      "Biến chăm sóc khách hàng thành nguồn khách hàng trung thành",
      [
        kr("Tỷ lệ chuyển đổi cuộc gọi", 12, 18, "%"),
        kr("Tỷ lệ rời bỏ sau khi liên hệ hỗ trợ", 6, 4, "%"),
      ],
    ],
  },
  {
    id: "lead-queue",
    role: "lead",
    en: [
      "Keep the team's queue short and calm",
      [
        kr("Average speed of answer", 90, 40, "s"),
        kr("Abandoned calls", 9, 4, "%"),
        kr("Complaint backlog", 60, 15, "cases"),
      ],
    ],
    vi: [
      "Giữ hàng chờ của nhóm ngắn và ổn định",
      [
        kr("Thời gian trả lời trung bình", 90, 40, "giây"),
        kr("Tỷ lệ cuộc gọi bị bỏ", 9, 4, "%"),
        kr("Tồn đọng khiếu nại", 60, 15, "vụ"),
      ],
    ],
  },
  {
    id: "lead-quality",
    role: "lead",
    en: [
      "Raise the team's quality with weekly coaching",
      [
        kr("QA score", 78, 88, "%"),
        kr("Agents coached every week", 50, 100, "%"),
        kr("CSAT stays at or above", null, 4.3, "/5", "keep-above"),
      ],
    ],
    vi: [
      "Nâng chất lượng nhóm bằng kèm cặp hằng tuần",
      [
        kr("Điểm QA", 78, 88, "%"),
        kr("Nhân viên được kèm cặp mỗi tuần", 50, 100, "%"),
        kr("CSAT giữ từ mức", null, 4.3, "/5", "keep-above"),
      ],
    ],
  },
  {
    id: "lead-aht",
    role: "lead",
    en: [
      "Shorter calls that still solve the problem",
      [
        kr("Average handle time", 540, 420, "s"),
        kr("First contact resolution stays at or above", null, 75, "%", "keep-above"),
      ],
    ],
    vi: [
      "Cuộc gọi ngắn hơn mà vẫn giải quyết được vấn đề",
      [
        kr("Thời gian xử lý trung bình (AHT)", 540, 420, "giây"),
        kr("FCR giữ từ mức", null, 75, "%", "keep-above"),
      ],
    ],
  },
  {
    id: "lead-onboarding",
    role: "lead",
    en: [
      "Bring new agents up to standard in 30 days",
      [
        kr("New agents passing QA in their first month", 55, 90, "%"),
        kr("Days to first solo shift", 21, 10, "days"),
      ],
    ],
    vi: [
      "Đào tạo nhân viên mới đạt chuẩn trong 30 ngày",
      [
        kr("Nhân viên mới đạt QA trong tháng đầu", 55, 90, "%"),
        kr("Số ngày đến ca trực độc lập đầu tiên", 21, 10, "ngày"),
      ],
    ],
  },
  {
    id: "agent-csat",
    role: "agent",
    en: [
      "Leave every customer I talk to satisfied",
      [kr("My CSAT", 4.2, 4.6, "/5"), kr("My QA score", 80, 90, "%")],
    ],
    vi: [
      "Mỗi khách hàng tôi hỗ trợ đều hài lòng",
      [kr("CSAT của tôi", 4.2, 4.6, "/5"), kr("Điểm QA của tôi", 80, 90, "%")],
    ],
  },
  {
    id: "agent-fcr",
    role: "agent",
    en: [
      "Solve customers' problems on the first call",
      [
        kr("My first contact resolution", 70, 82, "%"),
        kr("My average handle time stays at or below", null, 480, "s", "keep-below"),
      ],
    ],
    vi: [
      "Giải quyết vấn đề của khách ngay cuộc gọi đầu",
      [
        kr("FCR của tôi", 70, 82, "%"),
        kr("AHT của tôi giữ không quá", null, 480, "giây", "keep-below"),
      ],
    ],
  },
  {
    id: "agent-speed",
    role: "agent",
    en: [
      "Reply to chats and emails quickly",
      [
        kr("My first response time on chat", 120, 45, "s"),
        kr("My emails answered within 4 hours", 70, 95, "%"),
      ],
    ],
    vi: [
      "Trả lời chat và email thật nhanh",
      [
        kr("Thời gian phản hồi đầu tiên trên chat", 120, 45, "giây"),
        kr("Email được trả lời trong 4 giờ", 70, 95, "%"),
      ],
    ],
  },
  {
    id: "agent-sales",
    role: "agent",
    en: [
      "Offer the right upgrade at the right moment",
      [
        kr("My call conversion", 10, 15, "%"),
        kr("My CSAT stays at or above", null, 4.3, "/5", "keep-above"),
      ],
    ],
    vi: [
      "Tư vấn gói nâng cấp đúng lúc, đúng nhu cầu",
      [
        kr("Tỷ lệ chuyển đổi cuộc gọi của tôi", 10, 15, "%"),
        kr("CSAT của tôi giữ từ mức", null, 4.3, "/5", "keep-above"),
      ],
    ],
  },
];

export const TEMPLATES: Template[] = PAIRS.flatMap((p) => [
  { id: `${p.id}-en`, role: p.role, lang: "en" as const, title: p.en[0], krs: p.en[1] },
  { id: `${p.id}-vi`, role: p.role, lang: "vi" as const, title: p.vi[0], krs: p.vi[1] },
]);

/** Lower-cased, without Vietnamese marks, so "giam thoi gian" finds "Giảm thời gian". */
export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLocaleLowerCase();
}

/** Templates of one language (and role), matching every word of `query` in title or KRs. */
export function searchTemplates(
  query: string,
  lang: TemplateLang,
  role: TemplateRole | null,
): Template[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return TEMPLATES.filter((t) => {
    if (t.lang !== lang || (role && t.role !== role)) return false;
    const hay = fold(`${t.title} ${t.krs.map((k) => k.title).join(" ")}`);
    return words.every((w) => hay.includes(w));
  });
}

/** The role whose templates suit a node of this level. */
export function roleForLevel(level: string): TemplateRole {
  return level === "agent" ? "agent" : level === "team" ? "lead" : "director";
}
