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
use crate::template::{self, KeyResultTemplate};
use crate::{KrKind, Lang, Level, NewKeyResult, NewNode, NewObjective, Plan, Quarter, Result};

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

/// The library's key results the sample uses, in one language: the organisation's
/// objectives are its own, the KPIs and numbers under them the library's.
struct Kpis {
    csat: KeyResultTemplate,
    csat_guard: KeyResultTemplate,
    frt: KeyResultTemplate,
    fcr: KeyResultTemplate,
    aht: KeyResultTemplate,
    backlog: KeyResultTemplate,
    qa: KeyResultTemplate,
    nps: KeyResultTemplate,
    conversion: KeyResultTemplate,
}

impl Kpis {
    fn new(lang: Lang) -> Kpis {
        let kr = |id: &str, i: usize| {
            let t = template::get(id, lang).expect("the sample uses the library's templates");
            t.key_results[i].clone()
        };
        Kpis {
            csat: kr("company-csat", 0),
            nps: kr("company-csat", 1),
            fcr: kr("company-fcr", 0),
            frt: kr("division-speed", 0),
            csat_guard: kr("division-speed", 1),
            conversion: kr("division-loyalty", 0),
            backlog: kr("team-queue", 2),
            qa: kr("team-quality", 0),
            aht: kr("team-handle-time", 0),
        }
    }
}

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
    plan.transact(|tx| {
        tx.describe(crate::Words::new("history-demo"));
        write(tx)
    })
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
        krs: &[&KeyResultTemplate],
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
        for (i, kr) in krs.iter().enumerate() {
            let wobble = [0.0, 0.12, -0.08, 0.2, -0.15][i % 5];
            let share = (done + wobble).clamp(0.0, 1.1);
            let current = match (kr.kind, kr.baseline) {
                (KrKind::Progress, Some(baseline)) => baseline + (kr.target - baseline) * share,
                // Guardrails mostly hold; a weak quarter slips just past.
                (KrKind::KeepBelow, _) if done < 0.2 && i % 2 == 1 => kr.target * 1.02,
                (_, _) if done < 0.2 && i % 2 == 1 => kr.target * 0.98,
                _ => kr.target,
            };
            key_result::add(
                self.c,
                NewKeyResult {
                    current: (current * 100.0).round() / 100.0,
                    ..kr.new_key_result(o.id)
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
    let (vn, thai) = (Kpis::new(Lang::Vi), Kpis::new(Lang::Th));
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
            &[&vn.csat, &vn.nps],
            done,
        )?;
        let c_fast = w.objective(
            company,
            q,
            "Giải quyết nhanh và dứt điểm ngay lần đầu",
            None,
            &[&vn.fcr, &vn.frt, &vn.csat_guard],
            done,
        )?;
        let c_rev = w.objective(
            company,
            q,
            "Tăng doanh thu từ dịch vụ khách hàng",
            None,
            &[&vn.conversion],
            done,
        )?;

        let d_vn_fast = w.objective(
            cskh,
            q,
            "Hotline và chat phản hồi nhanh hơn",
            Some(c_fast),
            &[&vn.frt, &vn.aht, &vn.csat_guard],
            done,
        )?;
        let d_vn_quality = w.objective(
            cskh,
            q,
            "Chất lượng phục vụ đồng đều giữa các nhóm",
            Some(c_sat),
            &[&vn.qa, &vn.csat],
            done,
        )?;
        let d_vn_backlog = w.objective(
            cskh,
            q,
            "Không để khiếu nại tồn đọng",
            Some(c_fast),
            &[&vn.backlog],
            done,
        )?;
        let d_vn_rev = w.objective(
            cskh,
            q,
            "Bán thêm dịch vụ qua tổng đài",
            Some(c_rev),
            &[&vn.conversion, &vn.csat_guard],
            done,
        )?;
        let d_th_sat = w.objective(
            th,
            q,
            "ยกระดับความพึงพอใจของลูกค้าในไทย",
            Some(c_sat),
            &[&thai.csat, &thai.qa],
            done,
        )?;
        let d_th_fast = w.objective(
            th,
            q,
            "ตอบลูกค้าเร็วขึ้นทุกช่องทาง",
            Some(c_fast),
            &[&thai.frt, &thai.fcr, &thai.csat_guard],
            done,
        )?;

        for (ti, (team, tid, agents)) in teams.iter().enumerate() {
            let (t_a, t_b) = if team.thai {
                let a = w.objective(
                    *tid,
                    q,
                    &format!("{}: ตอบเร็วและแก้ปัญหาได้ในครั้งแรก", team.name),
                    Some(d_th_fast),
                    &[&thai.frt, &thai.fcr],
                    done,
                )?;
                let b = w.objective(
                    *tid,
                    q,
                    &format!("{}: ลูกค้าพึงพอใจมากขึ้น", team.name),
                    Some(d_th_sat),
                    &[&thai.csat, &thai.qa],
                    done,
                )?;
                (a, b)
            } else if team.key == "cskh-khieu-nai" {
                let a = w.objective(
                    *tid,
                    q,
                    "Giải quyết dứt điểm khiếu nại trong 48 giờ",
                    Some(d_vn_backlog),
                    &[&vn.backlog, &vn.csat_guard],
                    done,
                )?;
                let b = w.objective(
                    *tid,
                    q,
                    "Nâng điểm QA cho cuộc gọi khiếu nại",
                    Some(d_vn_quality),
                    &[&vn.qa],
                    done,
                )?;
                (a, b)
            } else {
                let a = w.objective(
                    *tid,
                    q,
                    &format!("{}: phản hồi nhanh, giữ chất lượng", team.name),
                    Some(d_vn_fast),
                    &[&vn.frt, &vn.aht, &vn.csat_guard],
                    done,
                )?;
                let b = if ti == 0 {
                    w.objective(
                        *tid,
                        q,
                        "Bán thêm gói dịch vụ qua hotline",
                        Some(d_vn_rev),
                        &[&vn.conversion],
                        done,
                    )?
                } else {
                    w.objective(
                        *tid,
                        q,
                        &format!("{}: khách hàng hài lòng hơn", team.name),
                        Some(d_vn_quality),
                        &[&vn.csat, &vn.qa],
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
                        &[&thai.frt, &thai.csat_guard],
                        pace,
                    )?;
                    if ai.is_multiple_of(2) {
                        let title = format!("ผ่านเกณฑ์ QA ทุกสัปดาห์ ({})", TH_SHIFTS[shift].trim());
                        w.objective(*agent, q, &title, Some(t_b), &[&thai.qa], pace)?;
                    }
                } else {
                    let own = match ai % 3 {
                        0 => "Giải quyết ngay lần đầu cho khách gọi lại",
                        1 => "Rút ngắn thời gian xử lý cuộc gọi",
                        _ => "Đạt chuẩn QA trong mọi cuộc gọi",
                    };
                    let krs: &[&KeyResultTemplate] = match ai % 3 {
                        0 => &[&vn.fcr, &vn.csat_guard],
                        1 => &[&vn.aht, &vn.csat_guard],
                        _ => &[&vn.qa],
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
                        &[&vn.csat],
                        pace,
                    )?;
                }
            }
        }

        if qi == 0 {
            // Left in on purpose so the checks have something to show.
            let (_, hn, hn_agents) = &teams[0];
            let busy = hn_agents[0];
            w.objective(
                busy,
                q,
                "Hỗ trợ đào tạo nhân viên mới",
                Some(d_vn_quality),
                &[&vn.qa],
                0.5,
            )?;
            w.objective(busy, q, "Cập nhật kho kiến thức FAQ", None, &[], 0.0)?;
            w.objective(*hn, q, "Thử nghiệm tổng đài tự động (IVR) mới", None, &[&vn.fcr], 0.3)?;
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
    fn its_key_results_come_from_the_library() {
        let mut plan = Plan::in_memory().unwrap();
        fill(&mut plan).unwrap();
        let library: Vec<_> = [Lang::Vi, Lang::Th]
            .into_iter()
            .flat_map(template::library)
            .flat_map(|t| t.key_results)
            .map(|k| (k.title, k.unit, k.target))
            .collect();
        for kr in plan.snapshot(None).unwrap().key_results {
            let found = (kr.title.clone(), kr.unit.clone(), kr.target);
            assert!(library.contains(&found), "{} is not in the library", kr.title);
        }
    }

    #[test]
    fn refuses_a_second_fill() {
        let mut plan = Plan::in_memory().unwrap();
        fill(&mut plan).unwrap();
        assert_eq!(fill(&mut plan).unwrap_err().code(), "duplicate-key");
    }
}
