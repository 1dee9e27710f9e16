//! The library's contents: support OKRs built on the KPIs support organisations run on
//! (CSAT, first response time, first contact resolution, average handle time, complaint
//! backlog, QA score, NPS, call conversion), in English, Vietnamese and Thai. Each key
//! result pairs a KPI with a realistic baseline and target; a guardrail (keep above or
//! below) has no baseline to move from.
//!
//! A translator edits the three texts of a line side by side; the numbers are shared by
//! every language, so the three versions of a template never drift apart.

use super::{Entry, Kpi, KrEntry, Text};
use crate::{KrKind, Level};

const fn text(en: &'static str, vi: &'static str, th: &'static str) -> Text {
    Text { en, vi, th }
}

const fn progress(kpi: Kpi, title: Text, baseline: f64, target: f64) -> KrEntry {
    KrEntry {
        kpi,
        title,
        kind: KrKind::Progress,
        baseline: Some(baseline),
        target,
    }
}

const fn keep_above(kpi: Kpi, title: Text, target: f64) -> KrEntry {
    KrEntry {
        kpi,
        title,
        kind: KrKind::KeepAbove,
        baseline: None,
        target,
    }
}

const fn keep_below(kpi: Kpi, title: Text, target: f64) -> KrEntry {
    KrEntry {
        kpi,
        title,
        kind: KrKind::KeepBelow,
        baseline: None,
        target,
    }
}

const CSAT_GUARD: KrEntry = keep_above(
    Kpi::Csat,
    text("CSAT stays at or above", "CSAT giữ từ mức", "CSAT ไม่ต่ำกว่า"),
    4.3,
);

pub(super) const LIBRARY: &[Entry] = &[
    // The company: what the whole support organisation promises its customers.
    Entry {
        id: "company-csat",
        level: Level::Company,
        title: text(
            "Make every customer contact feel effortless",
            "Mọi lần liên hệ đều nhẹ nhàng cho khách hàng",
            "ทุกการติดต่อของลูกค้าต้องง่ายและราบรื่น",
        ),
        key_results: &[
            progress(
                Kpi::Csat,
                text("CSAT across all channels", "CSAT trên mọi kênh", "CSAT ทุกช่องทาง"),
                4.1,
                4.5,
            ),
            progress(Kpi::Nps, text("NPS", "NPS", "NPS"), 22.0, 35.0),
            progress(
                Kpi::Backlog,
                text(
                    "Complaint backlog older than 48 h",
                    "Tồn đọng khiếu nại quá 48 giờ",
                    "เรื่องร้องเรียนค้างเกิน 48 ชั่วโมง",
                ),
                320.0,
                80.0,
            ),
        ],
    },
    Entry {
        id: "company-fcr",
        level: Level::Company,
        title: text(
            "Solve it the first time, in every division",
            "Giải quyết ngay lần đầu ở mọi khối",
            "แก้ปัญหาได้ตั้งแต่ครั้งแรกในทุกฝ่าย",
        ),
        key_results: &[
            progress(
                Kpi::Fcr,
                text(
                    "First contact resolution",
                    "Tỷ lệ giải quyết ngay lần đầu (FCR)",
                    "อัตราการแก้ปัญหาได้ในการติดต่อครั้งแรก (FCR)",
                ),
                68.0,
                80.0,
            ),
            progress(
                Kpi::RepeatContacts,
                text(
                    "Repeat contacts within 7 days",
                    "Liên hệ lặp lại trong 7 ngày",
                    "การติดต่อซ้ำภายใน 7 วัน",
                ),
                18.0,
                10.0,
            ),
        ],
    },
    // A division: speed and loyalty across its teams.
    Entry {
        id: "division-speed",
        level: Level::Division,
        title: text(
            "Answer customers faster without losing quality",
            "Phản hồi khách hàng nhanh hơn mà không giảm chất lượng",
            "ตอบลูกค้าเร็วขึ้นโดยไม่ลดคุณภาพ",
        ),
        key_results: &[
            progress(
                Kpi::FirstResponseTime,
                text(
                    "First response time, all channels",
                    "Thời gian phản hồi đầu tiên trên mọi kênh",
                    "เวลาตอบกลับครั้งแรกทุกช่องทาง",
                ),
                180.0,
                60.0,
            ),
            CSAT_GUARD,
            keep_above(
                Kpi::Qa,
                text("QA score stays at or above", "Điểm QA giữ từ mức", "คะแนน QA ไม่ต่ำกว่า"),
                85.0,
            ),
        ],
    },
    Entry {
        id: "division-loyalty",
        level: Level::Division,
        title: text(
            "Turn support into a source of loyal customers",
            "Biến chăm sóc khách hàng thành nguồn khách hàng trung thành",
            "เปลี่ยนงานบริการลูกค้าให้สร้างลูกค้าที่ภักดี",
        ),
        key_results: &[
            progress(
                Kpi::Conversion,
                text(
                    "Call conversion on upgrade offers",
                    "Tỷ lệ chuyển đổi cuộc gọi",
                    "อัตราการปิดการขายแพ็กเกจอัปเกรดทางโทรศัพท์",
                ),
                12.0,
                18.0,
            ),
            progress(
                Kpi::Churn,
                text(
                    "Churn among customers who contacted support",
                    "Tỷ lệ rời bỏ sau khi liên hệ hỗ trợ",
                    "อัตราการเลิกใช้บริการหลังติดต่อฝ่ายบริการ",
                ),
                6.0,
                4.0,
            ),
        ],
    },
    // A team: what its lead runs day to day.
    Entry {
        id: "team-queue",
        level: Level::Team,
        title: text(
            "Keep the team's queue short and calm",
            "Giữ hàng chờ của nhóm ngắn và ổn định",
            "รักษาคิวของทีมให้สั้นและสงบ",
        ),
        key_results: &[
            progress(
                Kpi::SpeedOfAnswer,
                text(
                    "Average speed of answer",
                    "Thời gian trả lời trung bình",
                    "เวลารับสายเฉลี่ย",
                ),
                90.0,
                40.0,
            ),
            progress(
                Kpi::Abandoned,
                text("Abandoned calls", "Tỷ lệ cuộc gọi bị bỏ", "สายที่ลูกค้าวางก่อนได้รับบริการ"),
                9.0,
                4.0,
            ),
            progress(
                Kpi::Backlog,
                text("Complaint backlog", "Tồn đọng khiếu nại", "เรื่องร้องเรียนค้าง"),
                60.0,
                15.0,
            ),
        ],
    },
    Entry {
        id: "team-quality",
        level: Level::Team,
        title: text(
            "Raise the team's quality with weekly coaching",
            "Nâng chất lượng nhóm bằng kèm cặp hằng tuần",
            "ยกระดับคุณภาพของทีมด้วยการโค้ชทุกสัปดาห์",
        ),
        key_results: &[
            progress(Kpi::Qa, text("QA score", "Điểm QA", "คะแนน QA"), 78.0, 88.0),
            progress(
                Kpi::Coaching,
                text(
                    "Agents coached every week",
                    "Nhân viên được kèm cặp mỗi tuần",
                    "เจ้าหน้าที่ที่ได้รับการโค้ชทุกสัปดาห์",
                ),
                50.0,
                100.0,
            ),
            CSAT_GUARD,
        ],
    },
    Entry {
        id: "team-handle-time",
        level: Level::Team,
        title: text(
            "Shorter calls that still solve the problem",
            "Cuộc gọi ngắn hơn mà vẫn giải quyết được vấn đề",
            "สายสั้นลงแต่ยังแก้ปัญหาได้",
        ),
        key_results: &[
            progress(
                Kpi::HandleTime,
                text(
                    "Average handle time",
                    "Thời gian xử lý trung bình (AHT)",
                    "เวลาจัดการสายเฉลี่ย (AHT)",
                ),
                540.0,
                420.0,
            ),
            keep_above(
                Kpi::Fcr,
                text(
                    "First contact resolution stays at or above",
                    "FCR giữ từ mức",
                    "FCR ไม่ต่ำกว่า",
                ),
                75.0,
            ),
        ],
    },
    Entry {
        id: "team-onboarding",
        level: Level::Team,
        title: text(
            "Bring new agents up to standard in 30 days",
            "Đào tạo nhân viên mới đạt chuẩn trong 30 ngày",
            "พัฒนาเจ้าหน้าที่ใหม่ให้ได้มาตรฐานภายใน 30 วัน",
        ),
        key_results: &[
            progress(
                Kpi::NewHireQa,
                text(
                    "New agents passing QA in their first month",
                    "Nhân viên mới đạt QA trong tháng đầu",
                    "เจ้าหน้าที่ใหม่ที่ผ่าน QA ในเดือนแรก",
                ),
                55.0,
                90.0,
            ),
            progress(
                Kpi::RampUp,
                text(
                    "Days to first solo shift",
                    "Số ngày đến ca trực độc lập đầu tiên",
                    "จำนวนวันจนเข้ากะได้ด้วยตนเองครั้งแรก",
                ),
                21.0,
                10.0,
            ),
        ],
    },
    // An agent: one person's own objectives.
    Entry {
        id: "agent-csat",
        level: Level::Agent,
        title: text(
            "Leave every customer I talk to satisfied",
            "Mỗi khách hàng tôi hỗ trợ đều hài lòng",
            "ลูกค้าทุกคนที่ฉันดูแลพึงพอใจ",
        ),
        key_results: &[
            progress(Kpi::Csat, text("My CSAT", "CSAT của tôi", "CSAT ของฉัน"), 4.2, 4.6),
            progress(
                Kpi::Qa,
                text("My QA score", "Điểm QA của tôi", "คะแนน QA ของฉัน"),
                80.0,
                90.0,
            ),
        ],
    },
    Entry {
        id: "agent-fcr",
        level: Level::Agent,
        title: text(
            "Solve customers' problems on the first call",
            "Giải quyết vấn đề của khách ngay cuộc gọi đầu",
            "แก้ปัญหาของลูกค้าให้จบในสายแรก",
        ),
        key_results: &[
            progress(
                Kpi::Fcr,
                text("My first contact resolution", "FCR của tôi", "FCR ของฉัน"),
                70.0,
                82.0,
            ),
            keep_below(
                Kpi::HandleTime,
                text(
                    "My average handle time stays at or below",
                    "AHT của tôi giữ không quá",
                    "AHT ของฉันไม่เกิน",
                ),
                480.0,
            ),
        ],
    },
    Entry {
        id: "agent-speed",
        level: Level::Agent,
        title: text(
            "Reply to chats and emails quickly",
            "Trả lời chat và email thật nhanh",
            "ตอบแชทและอีเมลอย่างรวดเร็ว",
        ),
        key_results: &[
            progress(
                Kpi::FirstResponseTime,
                text(
                    "My first response time on chat",
                    "Thời gian phản hồi đầu tiên trên chat",
                    "เวลาตอบกลับครั้งแรกบนแชทของฉัน",
                ),
                120.0,
                45.0,
            ),
            progress(
                Kpi::EmailSla,
                text(
                    "My emails answered within 4 hours",
                    "Email được trả lời trong 4 giờ",
                    "อีเมลที่ฉันตอบภายใน 4 ชั่วโมง",
                ),
                70.0,
                95.0,
            ),
        ],
    },
    Entry {
        id: "agent-sales",
        level: Level::Agent,
        title: text(
            "Offer the right upgrade at the right moment",
            "Tư vấn gói nâng cấp đúng lúc, đúng nhu cầu",
            "เสนอแพ็กเกจอัปเกรดที่ใช่ในเวลาที่เหมาะสม",
        ),
        key_results: &[
            progress(
                Kpi::Conversion,
                text(
                    "My call conversion",
                    "Tỷ lệ chuyển đổi cuộc gọi của tôi",
                    "อัตราการปิดการขายทางโทรศัพท์ของฉัน",
                ),
                10.0,
                15.0,
            ),
            keep_above(
                Kpi::Csat,
                text(
                    "My CSAT stays at or above",
                    "CSAT của tôi giữ từ mức",
                    "CSAT ของฉันไม่ต่ำกว่า",
                ),
                4.3,
            ),
        ],
    },
];
