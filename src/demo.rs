//! The sample support organisation: what a new user sees first, and what demos and
//! screenshots show. A Vietnamese company with a customer-care division in Vietnam and a
//! support division in Thailand, their teams and agents, and two quarters of OKRs built
//! on the KPIs support teams live by (CSAT, first response time, first contact
//! resolution, average handle time, complaint backlog, QA score, NPS, call conversion).
//!
//! The plan is mostly well aligned, with a few problems left in on purpose (an
//! overloaded agent, an objective linked to nothing, one that skips a level) so that the
//! checks have something real to show.

use serde::Serialize;
use uuid::Uuid;

use crate::edit::{key_result, node, objective};
use crate::{KrKind, Level, NewKeyResult, NewNode, NewObjective, Plan, Quarter, Result};

/// How much the sample holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct DemoCounts {
    pub nodes: usize,
    pub objectives: usize,
    pub key_results: usize,
}

/// The quarters the sample plans.
pub fn quarters() -> [Quarter; 2] {
    [
        Quarter::new(2026, 4).expect("valid"),
        Quarter::new(2027, 1).expect("valid"),
    ]
}

/// A key result template: title, kind, baseline, target, unit.
type Kr = (&'static str, KrKind, f64, f64, &'static str);

const CSAT: Kr = ("CSAT trung bình đạt 4.5/5", KrKind::Progress, 4.1, 4.5, "điểm");
const CSAT_GUARD: Kr = (
    "CSAT giữ ≥ 4.3 trong khi rút ngắn thời gian",
    KrKind::KeepAbove,
    4.4,
    4.3,
    "điểm",
);
const FRT: Kr = (
    "Thời gian phản hồi đầu tiên còn 60 giây",
    KrKind::Progress,
    120.0,
    60.0,
    "giây",
);
const FCR: Kr = (
    "Tỷ lệ giải quyết ngay lần đầu (FCR) đạt 80%",
    KrKind::Progress,
    68.0,
    80.0,
    "%",
);
const AHT: Kr = ("Average handle time down to 420 s", KrKind::Progress, 540.0, 420.0, "s");
const BACKLOG: Kr = (
    "Khiếu nại tồn đọng quá 48h còn dưới 5 vụ",
    KrKind::Progress,
    35.0,
    5.0,
    "vụ",
);
const QA: Kr = (
    "Điểm QA theo bộ tiêu chí vàng đạt 90%",
    KrKind::Progress,
    82.0,
    90.0,
    "%",
);
const NPS: Kr = ("NPS tăng từ 21 lên 35", KrKind::Progress, 21.0, 35.0, "điểm");
const CONV: Kr = (
    "Tỷ lệ chuyển đổi cuộc gọi bán thêm đạt 18%",
    KrKind::Progress,
    12.0,
    18.0,
    "%",
);
const TH_CSAT: Kr = ("CSAT เฉลี่ย 4.5/5", KrKind::Progress, 4.0, 4.5, "คะแนน");
const TH_FRT: Kr = (
    "เวลาตอบกลับครั้งแรกบน LINE ไม่เกิน 60 วินาที",
    KrKind::Progress,
    150.0,
    60.0,
    "วินาที",
);
const TH_FCR: Kr = ("แก้ปัญหาได้ในการติดต่อครั้งแรก 78%", KrKind::Progress, 65.0, 78.0, "%");
const TH_QA: Kr = ("คะแนน QA 90%", KrKind::Progress, 80.0, 90.0, "%");
const TH_GUARD: Kr = ("CSAT ไม่ต่ำกว่า 4.2 (guardrail)", KrKind::KeepAbove, 4.3, 4.2, "คะแนน");

struct Team {
    key: &'static str,
    name: &'static str,
    lead: &'static str,
    thai: bool,
}

const TEAMS: [(&str, Team); 7] = [
    (
        "cskh",
        Team {
            key: "cskh-hotline-hn",
            name: "Nhóm Hotline Hà Nội",
            lead: "Trưởng nhóm hotline",
            thai: false,
        },
    ),
    (
        "cskh",
        Team {
            key: "cskh-hotline-hcm",
            name: "Nhóm Hotline TP.HCM",
            lead: "Trưởng nhóm hotline",
            thai: false,
        },
    ),
    (
        "cskh",
        Team {
            key: "cskh-chat",
            name: "Nhóm Chat & Mạng xã hội",
            lead: "Trưởng nhóm chat",
            thai: false,
        },
    ),
    (
        "cskh",
        Team {
            key: "cskh-khieu-nai",
            name: "Nhóm Xử lý khiếu nại",
            lead: "Trưởng nhóm khiếu nại",
            thai: false,
        },
    ),
    (
        "support-th",
        Team {
            key: "th-bangkok",
            name: "ทีมคอลเซ็นเตอร์ กรุงเทพฯ",
            lead: "หัวหน้าทีมคอลเซ็นเตอร์",
            thai: true,
        },
    ),
    (
        "support-th",
        Team {
            key: "th-line-chat",
            name: "ทีม LINE และแชท",
            lead: "หัวหน้าทีมแชท",
            thai: true,
        },
    ),
    (
        "support-th",
        Team {
            key: "th-qa",
            name: "ทีมประกันคุณภาพ",
            lead: "หัวหน้าทีม QA",
            thai: true,
        },
    ),
];

const VN_FAMILY: [&str; 10] = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Đặng", "Bùi",
];
const VN_MIDDLE: [&str; 6] = ["Thị", "Văn", "Ngọc", "Đức", "Minh", "Thu"];
const VN_GIVEN: [&str; 12] = [
    "Anh", "Hà", "Linh", "Trang", "Hải", "Nam", "Vy", "Hương", "Quân", "Yến", "Phúc", "Thảo",
];
const TH_GIVEN: [&str; 10] = [
    "สมชาย",
    "พิมพ์ชนก",
    "กิตติพงษ์",
    "ณัฐวุฒิ",
    "สุนิสา",
    "ธนพร",
    "วรรณา",
    "อนุชา",
    "ปิยะนุช",
    "ศุภชัย",
];
const TH_FAMILY: [&str; 8] = ["ใจดี", "ทองดี", "วงศ์ใหญ่", "ศรีสุข", "แสงทอง", "บุญมา", "พรหมมา", "สายบุญ"];
const VN_ROLES: [&str; 3] = ["Giao dịch viên", "Nhân viên tổng đài", "Chuyên viên CSKH"];
const TH_ROLES: [&str; 2] = ["เจ้าหน้าที่บริการลูกค้า", "Support agent"];

const AGENTS_PER_TEAM: usize = 5;

/// What sets colleagues' objectives apart: their shift or their customers.
const VN_SHIFTS: [&str; AGENTS_PER_TEAM] = ["ca sáng", "ca chiều", "ca tối", "khách VIP", "cuối tuần"];
const TH_SHIFTS: [&str; AGENTS_PER_TEAM] = [" กะเช้า", " กะบ่าย", " กะดึก", " VIP", " วันหยุด"];

/// Fills an empty plan with the sample organisation, in one transaction.
pub fn fill(plan: &mut Plan) -> Result<DemoCounts> {
    plan.transact(write)
}

struct Writer<'c> {
    c: &'c crate::store::Tx<'c>,
    counts: DemoCounts,
}

impl Writer<'_> {
    fn node(&mut self, key: &str, name: &str, level: Level, parent: Option<Uuid>, role: &str) -> Result<Uuid> {
        self.node_with(NewNode {
            key: Some(key.into()),
            name: name.into(),
            level: Some(level),
            parent_id: parent,
            role: role.into(),
            ..NewNode::default()
        })
    }

    fn node_with(&mut self, new: NewNode) -> Result<Uuid> {
        self.counts.nodes += 1;
        Ok(node::add(self.c, new)?.id)
    }

    /// An objective with key results; `done` (0..1) sets how far each key result is.
    fn objective(
        &mut self,
        owner: Uuid,
        q: Quarter,
        title: &str,
        parent: Option<Uuid>,
        krs: &[Kr],
        done: f64,
    ) -> Result<Uuid> {
        let o = objective::add(
            self.c,
            NewObjective {
                key: None,
                quarter: q,
                owner_id: owner,
                title: title.into(),
                description: String::new(),
                parent_id: parent,
                commitment: Default::default(),
            },
        )?;
        self.counts.objectives += 1;
        for (i, &(title, kind, baseline, target, unit)) in krs.iter().enumerate() {
            let wobble = [0.0, 0.12, -0.08, 0.2, -0.15][i % 5];
            let share = (done + wobble).clamp(0.0, 1.1);
            let current = match kind {
                KrKind::Progress => baseline + (target - baseline) * share,
                // Guardrails mostly hold; a weak quarter slips just under.
                _ if done < 0.2 && i % 2 == 1 => target - 0.05,
                _ => baseline,
            };
            key_result::add(
                self.c,
                NewKeyResult {
                    objective_id: o.id,
                    key: None,
                    title: title.into(),
                    kind,
                    baseline: Some(baseline),
                    target,
                    current: (current * 100.0).round() / 100.0,
                    unit: unit.into(),
                    weight: 1.0,
                },
            )?;
            self.counts.key_results += 1;
        }
        Ok(o.id)
    }
}

fn write(c: &crate::store::Tx<'_>) -> Result<DemoCounts> {
    let mut w = Writer {
        c,
        counts: DemoCounts::default(),
    };
    let company = w.node(
        "binhminh",
        "Công ty CP Dịch vụ Khách hàng Bình Minh",
        Level::Company,
        None,
        "Tổng giám đốc",
    )?;
    let cskh = w.node(
        "cskh",
        "Khối Chăm sóc Khách hàng",
        Level::Division,
        Some(company),
        "Giám đốc khối CSKH",
    )?;
    let th = w.node(
        "support-th",
        "ฝ่ายบริการลูกค้า ประเทศไทย",
        Level::Division,
        Some(company),
        "ผู้อำนวยการฝ่ายบริการลูกค้า",
    )?;

    let mut teams = Vec::new();
    let mut seq = 0usize;
    for (div_key, team) in &TEAMS {
        let div = if *div_key == "cskh" { cskh } else { th };
        let id = w.node(team.key, team.name, Level::Team, Some(div), team.lead)?;
        let mut agents = Vec::new();
        for a in 0..AGENTS_PER_TEAM {
            seq += 1;
            let (name, role) = if team.thai {
                (
                    format!(
                        "{} {}",
                        TH_GIVEN[(seq * 7) % TH_GIVEN.len()],
                        TH_FAMILY[(seq * 3) % TH_FAMILY.len()]
                    ),
                    TH_ROLES[a % TH_ROLES.len()],
                )
            } else {
                (
                    format!(
                        "{} {} {}",
                        VN_FAMILY[(seq * 7) % VN_FAMILY.len()],
                        VN_MIDDLE[(seq * 5) % VN_MIDDLE.len()],
                        VN_GIVEN[(seq * 11) % VN_GIVEN.len()]
                    ),
                    VN_ROLES[a % VN_ROLES.len()],
                )
            };
            let agent = w.node_with(NewNode {
                key: Some(format!("{}-a{:02}", team.key, a + 1)),
                name,
                level: Some(Level::Agent),
                parent_id: Some(id),
                role: role.into(),
                // The last agent of every other team joined this quarter.
                new_hire: a == AGENTS_PER_TEAM - 1 && seq.is_multiple_of(2),
                ..NewNode::default()
            })?;
            agents.push(agent);
        }
        teams.push((team, id, agents));
    }

    for (qi, q) in quarters().into_iter().enumerate() {
        // A quarter just started is less far along than one ending.
        let done = if qi == 0 { 0.7 } else { 0.15 };
        let c_sat = w.objective(
            company,
            q,
            "Khách hàng hài lòng hơn ở mọi kênh hỗ trợ",
            None,
            &[CSAT, NPS],
            done,
        )?;
        let c_fast = w.objective(
            company,
            q,
            "Giải quyết nhanh và dứt điểm ngay lần đầu",
            None,
            &[FCR, FRT, CSAT_GUARD],
            done,
        )?;
        let c_rev = w.objective(company, q, "Tăng doanh thu từ dịch vụ khách hàng", None, &[CONV], done)?;

        let d_vn_fast = w.objective(
            cskh,
            q,
            "Hotline và chat phản hồi nhanh hơn",
            Some(c_fast),
            &[FRT, AHT, CSAT_GUARD],
            done,
        )?;
        let d_vn_quality = w.objective(
            cskh,
            q,
            "Chất lượng phục vụ đồng đều giữa các nhóm",
            Some(c_sat),
            &[QA, CSAT],
            done,
        )?;
        let d_vn_backlog = w.objective(cskh, q, "Không để khiếu nại tồn đọng", Some(c_fast), &[BACKLOG], done)?;
        let d_vn_rev = w.objective(
            cskh,
            q,
            "Bán thêm dịch vụ qua tổng đài",
            Some(c_rev),
            &[CONV, CSAT_GUARD],
            done,
        )?;
        let d_th_sat = w.objective(
            th,
            q,
            "ยกระดับความพึงพอใจของลูกค้าในไทย",
            Some(c_sat),
            &[TH_CSAT, TH_QA],
            done,
        )?;
        let d_th_fast = w.objective(
            th,
            q,
            "ตอบลูกค้าเร็วขึ้นทุกช่องทาง",
            Some(c_fast),
            &[TH_FRT, TH_FCR, TH_GUARD],
            done,
        )?;

        for (ti, (team, tid, agents)) in teams.iter().enumerate() {
            let (t_a, t_b) = if team.thai {
                let a = w.objective(
                    *tid,
                    q,
                    &format!("{}: ตอบเร็วและแก้ปัญหาได้ในครั้งแรก", team.name),
                    Some(d_th_fast),
                    &[TH_FRT, TH_FCR],
                    done,
                )?;
                let b = w.objective(
                    *tid,
                    q,
                    &format!("{}: ลูกค้าพึงพอใจมากขึ้น", team.name),
                    Some(d_th_sat),
                    &[TH_CSAT, TH_QA],
                    done,
                )?;
                (a, b)
            } else if team.key == "cskh-khieu-nai" {
                let a = w.objective(
                    *tid,
                    q,
                    "Giải quyết dứt điểm khiếu nại trong 48 giờ",
                    Some(d_vn_backlog),
                    &[BACKLOG, CSAT_GUARD],
                    done,
                )?;
                let b = w.objective(
                    *tid,
                    q,
                    "Nâng điểm QA cho cuộc gọi khiếu nại",
                    Some(d_vn_quality),
                    &[QA],
                    done,
                )?;
                (a, b)
            } else {
                let a = w.objective(
                    *tid,
                    q,
                    &format!("{}: phản hồi nhanh, giữ chất lượng", team.name),
                    Some(d_vn_fast),
                    &[FRT, AHT, CSAT_GUARD],
                    done,
                )?;
                let b = if ti == 0 {
                    w.objective(
                        *tid,
                        q,
                        "Bán thêm gói dịch vụ qua hotline",
                        Some(d_vn_rev),
                        &[CONV],
                        done,
                    )?
                } else {
                    w.objective(
                        *tid,
                        q,
                        &format!("{}: khách hàng hài lòng hơn", team.name),
                        Some(d_vn_quality),
                        &[CSAT, QA],
                        done,
                    )?
                };
                (a, b)
            };
            for (ai, agent) in agents.iter().enumerate() {
                let pace = (done + (ai as f64 - 2.0) * 0.08).clamp(0.0, 1.0);
                // Colleagues get objectives for their own shift or customers, not one
                // copied to everybody; in the first team two share one, left in on purpose.
                let shift = if ti == 0 { ai.min(AGENTS_PER_TEAM - 2) } else { ai };
                if team.thai {
                    w.objective(
                        *agent,
                        q,
                        &format!("ตอบแชทลูกค้า{} ภายใน 60 วินาที", TH_SHIFTS[shift]),
                        Some(t_a),
                        &[TH_FRT, TH_GUARD],
                        pace,
                    )?;
                    if ai.is_multiple_of(2) {
                        let title = format!("ผ่านเกณฑ์ QA ทุกสัปดาห์ ({})", TH_SHIFTS[shift].trim());
                        w.objective(*agent, q, &title, Some(t_b), &[TH_QA], pace)?;
                    }
                } else {
                    let own = match ai % 3 {
                        0 => "Giải quyết ngay lần đầu cho khách gọi lại",
                        1 => "Rút ngắn thời gian xử lý cuộc gọi",
                        _ => "Đạt chuẩn QA trong mọi cuộc gọi",
                    };
                    let krs: &[Kr] = match ai % 3 {
                        0 => &[FCR, CSAT_GUARD],
                        1 => &[AHT, CSAT_GUARD],
                        _ => &[QA],
                    };
                    w.objective(
                        *agent,
                        q,
                        &format!("{own} ({})", VN_SHIFTS[shift]),
                        Some(t_a),
                        krs,
                        pace,
                    )?;
                    w.objective(
                        *agent,
                        q,
                        &format!("Khách hàng hài lòng sau mỗi cuộc gọi ({})", VN_SHIFTS[shift]),
                        Some(t_b),
                        &[CSAT],
                        pace,
                    )?;
                }
            }
        }

        if qi == 0 {
            // Left in on purpose so the checks have something to show.
            let (_, hn, hn_agents) = &teams[0];
            let busy = hn_agents[0];
            w.objective(busy, q, "Hỗ trợ đào tạo nhân viên mới", Some(d_vn_quality), &[QA], 0.5)?;
            w.objective(busy, q, "Cập nhật kho kiến thức FAQ", None, &[], 0.0)?;
            w.objective(*hn, q, "Thử nghiệm tổng đài tự động (IVR) mới", None, &[FCR], 0.3)?;
        }
    }
    Ok(w.counts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_an_empty_plan() {
        let mut plan = Plan::in_memory().unwrap();
        let counts = fill(&mut plan).unwrap();
        assert_eq!(counts.nodes, 3 + TEAMS.len() * (1 + AGENTS_PER_TEAM));
        let snap = plan.snapshot(None).unwrap();
        assert_eq!(snap.nodes.len(), counts.nodes);
        assert_eq!(snap.objectives.len(), counts.objectives);
        assert_eq!(snap.key_results.len(), counts.key_results);
        assert!(snap.nodes.iter().any(|n| n.name.contains("ประเทศไทย")));
        assert_eq!(plan.quarters().unwrap(), quarters().to_vec());
    }

    #[test]
    fn refuses_a_second_fill() {
        let mut plan = Plan::in_memory().unwrap();
        fill(&mut plan).unwrap();
        assert_eq!(fill(&mut plan).unwrap_err().code(), "duplicate-key");
    }
}
