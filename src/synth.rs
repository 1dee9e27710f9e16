//! A synthetic support organisation of any size, for benchmarks, load tests and demos of
//! large plans.
//!
//! The same [`SynthSpec`] (seed included) always makes the same plan, ids and
//! timestamps too, so a benchmark or a failing test can be re-made exactly. The plan
//! looks like a real one: a company, support divisions (Vietnamese and Thai), teams of
//! agents with Vietnamese and Thai names, objectives on support themes per channel and
//! shift, key results on the usual support metrics with guardrails — and a small share
//! of deliberate problems, so the checks have something to find: orphans, links across
//! quarters, branches and levels, overloaded agents, objectives without or with too
//! many key results, flat and overreaching targets, copied titles and unit objectives
//! nobody supports.
//!
//! Everything is written in one transaction with the store's prepared inserts (no
//! per-row validation queries), so even a 10,000-agent plan takes seconds.

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::store::{key_result as kr_sql, node as node_sql, objective as obj_sql};
use crate::{Error, KeyResult, KrKind, Level, Node, Objective, Plan, Quarter, Result};

/// The shape of the organisation to make.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SynthSpec {
    pub divisions: usize,
    pub teams_per_division: usize,
    pub agents_per_team: usize,
    /// Each quarter gets a full cascade of objectives; the first is planned first.
    pub quarters: Vec<Quarter>,
    pub seed: u64,
}

impl SynthSpec {
    /// About `agents` agents in teams of 20, 25 teams to a division (10,000 agents make
    /// 20 divisions of 25 teams). Rounded up to whole teams.
    pub fn with_agents(agents: usize, quarters: Vec<Quarter>, seed: u64) -> SynthSpec {
        let agents_per_team = 20usize;
        let teams = agents.div_ceil(agents_per_team).max(1);
        let teams_per_division = teams.min(25);
        SynthSpec {
            divisions: teams.div_ceil(teams_per_division),
            teams_per_division,
            agents_per_team,
            quarters,
            seed,
        }
    }

    pub fn agents(&self) -> usize {
        self.divisions * self.teams_per_division * self.agents_per_team
    }
}

/// What [`generate`] made.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SynthCounts {
    pub nodes: usize,
    pub objectives: usize,
    pub key_results: usize,
}

/// Fills an empty plan with the organisation `spec` describes, in one transaction,
/// recorded in the history as a first import is: a fill, undone by emptying the plan.
/// A plan that already has an organisation is refused and left as it was.
pub fn generate(plan: &mut Plan, spec: &SynthSpec) -> Result<SynthCounts> {
    if spec.quarters.is_empty() {
        return Err(Error::invalid(
            "quarters",
            "",
            crate::i18n::words::Words::new("why-no-quarters"),
        ));
    }
    plan.transact_fill(|tx| {
        if let Some(existing) = node_sql::company(tx)? {
            return Err(Error::SecondCompany { existing: existing.key });
        }
        Synth::new(tx, spec).run()
    })
}

/// Shares of deliberate problems (per objective, key result or team).
const ORPHAN: f64 = 0.008;
const CROSS_BRANCH: f64 = 0.004;
const SKIP_LEVEL: f64 = 0.004;
const QUARTER_MISMATCH: f64 = 0.003;
const OVERLOADED_AGENT: f64 = 0.01;
const NO_KEY_RESULTS: f64 = 0.005;
const TOO_MANY_KEY_RESULTS: f64 = 0.003;
const FLAT_TARGET: f64 = 0.006;
const OVERREACHING_TARGET: f64 = 0.003;
const COPIED_TITLE_TEAM: f64 = 0.04;
const UNSUPPORTED_TEAM_OBJECTIVE: f64 = 0.05;
const NEW_HIRE: f64 = 0.1;
const OWN_CAP: f64 = 0.01;

const THEMES: [&str; 8] = [
    "Nâng cao sự hài lòng của khách hàng",
    "Giảm thời gian chờ trên hotline",
    "Own the 24/7 hotline experience",
    "Tăng doanh thu bán thêm từ CSKH",
    "ยกระดับคุณภาพการบริการลูกค้า",
    "Xây dựng quy trình xử lý khiếu nại chuẩn hoá",
    "Đào tạo nhân viên mới đạt chuẩn trong 30 ngày",
    "Make every escalation feel personal",
];
const CHANNELS: [&str; 7] = ["hotline", "chat", "email", "Zalo", "LINE", "Facebook", "VIP"];
const SHIFTS: [&str; 3] = ["ca sáng", "ca chiều", "ca đêm"];

/// Title, unit, usual baseline and goal, kind, and the measure a helpdesk report names.
const METRICS: [(&str, &str, f64, f64, KrKind, &str); 11] = [
    (
        "Tỷ lệ giải quyết ngay lần đầu (FCR)",
        "%",
        68.0,
        80.0,
        KrKind::Progress,
        "FCR",
    ),
    ("Average handle time", "s", 540.0, 420.0, KrKind::Progress, "AHT"),
    (
        "Thời gian phản hồi đầu tiên (first response time)",
        "giây",
        120.0,
        60.0,
        KrKind::Progress,
        "FRT",
    ),
    (
        "CSAT trung bình (Average CSAT)",
        "điểm",
        4.1,
        4.5,
        KrKind::Progress,
        "CSAT",
    ),
    ("NPS", "pts", 21.0, 35.0, KrKind::Progress, "NPS"),
    ("QA score", "%", 82.0, 90.0, KrKind::Progress, "QA"),
    ("Khiếu nại tồn đọng > 48h", "vụ", 35.0, 5.0, KrKind::Progress, "BACKLOG"),
    (
        "Tỷ lệ chuyển đổi cuộc gọi",
        "%",
        12.0,
        18.0,
        KrKind::Progress,
        "CONVERSION",
    ),
    ("อัตราการแก้ไขปัญหาในครั้งแรก", "%", 70.0, 82.0, KrKind::Progress, "FCR"),
    (
        "CSAT giữ ≥ 4.3 (guardrail)",
        "điểm",
        4.4,
        4.3,
        KrKind::KeepAbove,
        "CSAT",
    ),
    (
        "Tỷ lệ cuộc gọi nhỡ ≤ 5% (guardrail)",
        "%",
        4.0,
        5.0,
        KrKind::KeepBelow,
        "ABANDON",
    ),
];

const FAMILY: [&str; 10] = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ",
];
const MIDDLE: [&str; 8] = ["Văn", "Thị", "Đức", "Ngọc", "Hồng", "Quốc", "Thu", "Minh"];
const GIVEN: [&str; 12] = [
    "Trang", "Vy", "Linh", "Hà", "Nam", "Hải", "Minh", "Yến", "Chi", "Ngọc", "Anh", "Dũng",
];
const THAI_GIVEN: [&str; 6] = ["สมชาย", "พิมพ์ชนก", "กิตติพงษ์", "สุดารัตน์", "ณัฐวุฒิ", "วรรณา"];
const THAI_FAMILY: [&str; 5] = ["ทองดี", "ใจดี", "วงศ์ใหญ่", "ศรีสุข", "บุญมา"];
const AGENT_ROLES: [&str; 3] = ["Giao dịch viên", "Nhân viên tổng đài", "Support agent"];

struct Synth<'c> {
    c: &'c Connection,
    spec: &'c SynthSpec,
    rng: fastrand::Rng,
    /// Milliseconds for the next id: ids are uuid v7 made from this clock and the seed.
    clock: u64,
    counts: SynthCounts,
}

/// One team as the generator remembers it between quarters.
struct Team {
    node: Node,
    agents: Vec<Node>,
    /// The team's objectives of the quarter before, for links across quarters.
    last_quarter: Vec<Uuid>,
}

impl<'c> Synth<'c> {
    fn new(c: &'c Connection, spec: &'c SynthSpec) -> Synth<'c> {
        Synth {
            c,
            spec,
            rng: fastrand::Rng::with_seed(spec.seed),
            // 2026-01-01T00:00:00Z: a fixed start, so ids depend on the seed alone.
            clock: 1_767_225_600_000,
            counts: SynthCounts::default(),
        }
    }

    fn chance(&mut self, p: f64) -> bool {
        self.rng.f64() < p
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.rng.usize(..from.len())]
    }

    fn id(&mut self) -> Uuid {
        self.clock += 1;
        let mut bytes = [0u8; 10];
        self.rng.fill(&mut bytes);
        uuid::Builder::from_unix_timestamp_millis(self.clock, &bytes).into_uuid()
    }

    #[allow(clippy::too_many_arguments)]
    fn node(
        &mut self,
        key: String,
        name: String,
        level: Level,
        parent: Option<Uuid>,
        role: &str,
        new_hire: bool,
        cap: Option<u32>,
    ) -> Result<Node> {
        let node = Node {
            id: self.id(),
            key,
            name,
            level,
            parent_id: parent,
            role: role.to_string(),
            new_hire,
            objective_cap: cap,
            notes: String::new(),
        };
        node_sql::insert(self.c, &node)?;
        self.counts.nodes += 1;
        Ok(node)
    }

    fn person(&mut self, thai: bool) -> String {
        if thai && self.chance(0.7) {
            format!("{} {}", self.pick(&THAI_GIVEN), self.pick(&THAI_FAMILY))
        } else {
            format!("{} {} {}", self.pick(&FAMILY), self.pick(&MIDDLE), self.pick(&GIVEN))
        }
    }

    fn run(mut self) -> Result<SynthCounts> {
        let spec = self.spec;
        let width = |n: usize| n.max(1).to_string().len().max(2);
        let (dw, tw, aw) = (
            width(spec.divisions),
            width(spec.teams_per_division),
            width(spec.agents_per_team),
        );
        let company = self.node(
            "sao-mai".into(),
            "Công ty CP Dịch vụ Khách hàng Sao Mai".into(),
            Level::Company,
            None,
            "CEO",
            false,
            None,
        )?;
        let mut divisions: Vec<(Node, Vec<Team>)> = Vec::with_capacity(spec.divisions);
        for d in 1..=spec.divisions {
            let thai = d % 3 == 0;
            let name = if thai {
                format!("ฝ่ายบริการลูกค้า {d}")
            } else {
                format!("Khối Chăm sóc Khách hàng {d}")
            };
            let div = self.node(
                format!("div-{d:0dw$}"),
                name,
                Level::Division,
                Some(company.id),
                "Giám đốc khối Hỗ trợ",
                false,
                None,
            )?;
            let mut teams = Vec::with_capacity(spec.teams_per_division);
            for t in 1..=spec.teams_per_division {
                let name = if thai {
                    format!("ทีม {t}")
                } else {
                    format!("Nhóm hotline {t}")
                };
                let team = self.node(
                    format!("{}-team-{t:0tw$}", div.key),
                    name,
                    Level::Team,
                    Some(div.id),
                    "Trưởng nhóm CSKH",
                    false,
                    None,
                )?;
                let mut agents = Vec::with_capacity(spec.agents_per_team);
                for a in 1..=spec.agents_per_team {
                    let name = self.person(thai);
                    let role = self.pick(&AGENT_ROLES);
                    let new_hire = self.chance(NEW_HIRE);
                    let cap = if self.chance(OWN_CAP) { Some(4) } else { None };
                    agents.push(self.node(
                        format!("{}-a{a:0aw$}", team.key),
                        name,
                        Level::Agent,
                        Some(team.id),
                        role,
                        new_hire,
                        cap,
                    )?);
                }
                teams.push(Team {
                    node: team,
                    agents,
                    last_quarter: Vec::new(),
                });
            }
            divisions.push((div, teams));
        }
        for (qi, &q) in spec.quarters.iter().enumerate() {
            self.quarter(q, qi > 0, &company, &mut divisions)?;
        }
        Ok(self.counts)
    }

    /// One quarter's cascade, top down (a parent is always written before its children).
    fn quarter(
        &mut self,
        q: Quarter,
        has_last: bool,
        company: &Node,
        divisions: &mut [(Node, Vec<Team>)],
    ) -> Result<()> {
        let at = q.start().and_hms_opt(9, 0, 0).expect("9:00 exists").and_utc();
        let mut co = Vec::new();
        for i in 0..5 {
            let theme = THEMES[(i + q.number() as usize) % THEMES.len()];
            co.push(self.objective(company, q, at, i + 1, theme.to_string(), None)?);
        }
        // The previous team's objectives in this quarter: a link there crosses branches.
        let mut other_team: Vec<Uuid> = Vec::new();
        for (d, (div, teams)) in divisions.iter_mut().enumerate() {
            let n = 3 + self.rng.usize(..2);
            let mut div_objs = Vec::with_capacity(n);
            for i in 0..n {
                let parent = &co[(i + d) % co.len()];
                let title = format!("{} ({})", parent.title, div.name);
                div_objs.push(self.objective(div, q, at, i + 1, title, Some(parent.id))?);
            }
            for (t, team) in teams.iter_mut().enumerate() {
                let n = 3 + self.rng.usize(..2);
                let mut team_objs = Vec::with_capacity(n + 1);
                for i in 0..n {
                    let parent = &div_objs[(i + t) % div_objs.len()];
                    let title = format!(
                        "{} — {}",
                        THEMES[(i + t + d) % THEMES.len()],
                        CHANNELS[(t + i) % CHANNELS.len()]
                    );
                    team_objs.push(self.objective(&team.node, q, at, i + 1, title, Some(parent.id))?);
                }
                if self.chance(UNSUPPORTED_TEAM_OBJECTIVE) {
                    let parent = div_objs[0].id;
                    let title = format!("{} — dự án riêng", THEMES[(t + d + 5) % THEMES.len()]);
                    self.objective(&team.node, q, at, n + 1, title, Some(parent))?;
                }
                let copy_title = self.chance(COPIED_TITLE_TEAM);
                // Per team objective, how many agent objectives carry its theme already.
                let mut used: Vec<usize> = (0..n)
                    .map(|_| self.rng.usize(..CHANNELS.len() * SHIFTS.len()))
                    .collect();
                let mut first_of_first: Option<(String, Uuid)> = None;
                for (a, agent) in team.agents.iter().enumerate() {
                    let cap = self.spec_cap(agent);
                    let mut k = match self.rng.usize(..100) {
                        0..25 => 1,
                        25..85 => 2,
                        _ => 3,
                    }
                    .min(cap);
                    if self.chance(OVERLOADED_AGENT) {
                        k = cap + 1;
                    }
                    for j in 0..k {
                        let ti = (j + a) % n;
                        let parent = &team_objs[ti];
                        let c = used[ti];
                        used[ti] += 1;
                        let mut title = format!(
                            "{} ({}, {})",
                            THEMES[(ti + t + d) % THEMES.len()],
                            CHANNELS[c % CHANNELS.len()],
                            SHIFTS[(c / CHANNELS.len()) % SHIFTS.len()]
                        );
                        let round = c / (CHANNELS.len() * SHIFTS.len());
                        if round > 0 {
                            title.push_str(&format!(" #{}", round + 1));
                        }
                        let mut link = Some(parent.id);
                        if copy_title && a == 1 && j == 0 {
                            if let Some((t0, p0)) = &first_of_first {
                                title = t0.clone();
                                link = Some(*p0);
                            }
                        } else if self.chance(ORPHAN) {
                            link = None;
                        } else if !other_team.is_empty() && self.chance(CROSS_BRANCH) {
                            link = Some(other_team[self.rng.usize(..other_team.len())]);
                        } else if self.chance(SKIP_LEVEL) {
                            link = Some(div_objs[self.rng.usize(..div_objs.len())].id);
                        } else if has_last && !team.last_quarter.is_empty() && self.chance(QUARTER_MISMATCH) {
                            link = Some(team.last_quarter[self.rng.usize(..team.last_quarter.len())]);
                        }
                        let o = self.objective(agent, q, at, j + 1, title, link)?;
                        if a == 0 && j == 0 {
                            first_of_first = Some((o.title.clone(), parent.id));
                        }
                    }
                }
                other_team = team_objs.iter().map(|o| o.id).collect();
                team.last_quarter = other_team.clone();
            }
        }
        Ok(())
    }

    /// The cap the generator plans an agent's load against (the plan's defaults).
    fn spec_cap(&self, agent: &Node) -> usize {
        crate::Settings::default().cap_for(agent) as usize
    }

    fn objective(
        &mut self,
        owner: &Node,
        q: Quarter,
        at: DateTime<Utc>,
        n: usize,
        title: String,
        parent: Option<Uuid>,
    ) -> Result<Objective> {
        let o = Objective {
            id: self.id(),
            key: format!("{}-{}q{}-{n}", owner.key, q.year(), q.number()),
            quarter: q,
            owner_id: owner.id,
            title,
            description: String::new(),
            parent_id: parent,
            carried_from: None,
            commitment: Default::default(),
            created_at: at,
            updated_at: at,
        };
        obj_sql::insert(self.c, &o)?;
        self.counts.objectives += 1;
        let krs = if self.chance(NO_KEY_RESULTS) {
            0
        } else if self.chance(TOO_MANY_KEY_RESULTS) {
            6 + self.rng.usize(..2)
        } else {
            match self.rng.usize(..100) {
                0..15 => 1,
                15..50 => 2,
                50..85 => 3,
                _ => 4,
            }
        };
        let metrics = self.rng.choose_multiple(0..METRICS.len(), krs);
        for (position, m) in metrics.into_iter().enumerate() {
            self.key_result(&o, position as u32, m)?;
        }
        Ok(o)
    }

    fn key_result(&mut self, objective: &Objective, position: u32, metric: usize) -> Result<()> {
        let (title, unit, base, goal, kind, measure) = METRICS[metric];
        let round = |x: f64| (x * 100.0).round() / 100.0;
        let baseline = round(base * (0.9 + 0.2 * self.rng.f64()));
        // Ask for 70–130% of the usual improvement, never more than 90% of the baseline.
        let mut delta = (goal - base) * (0.7 + 0.6 * self.rng.f64());
        if delta.abs() > 0.9 * baseline.abs() {
            delta = 0.9 * baseline.abs() * delta.signum();
        }
        let mut target = round(baseline + delta);
        if kind == KrKind::Progress {
            if self.chance(FLAT_TARGET) {
                target = baseline;
            } else if self.chance(OVERREACHING_TARGET) {
                target = round(baseline * 2.6);
            } else if target == baseline {
                target = round(baseline + delta.signum().max(0.01));
            }
        } else {
            target = goal;
        }
        let current = round(baseline + (target - baseline) * 1.1 * self.rng.f64());
        let kr = KeyResult {
            id: self.id(),
            objective_id: objective.id,
            key: format!("{}-kr{}", objective.key, position + 1),
            score: None,
            confidence: None,
            position,
            title: title.to_string(),
            kind,
            baseline: Some(baseline),
            target,
            current,
            unit: unit.to_string(),
            weight: 1.0,
            measure: measure.to_string(),
        };
        kr_sql::insert(self.c, &kr)?;
        self.counts.key_results += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::{check, Rule};

    fn spec(seed: u64) -> SynthSpec {
        SynthSpec {
            divisions: 3,
            teams_per_division: 4,
            agents_per_team: 10,
            quarters: vec!["2026-Q4".parse().unwrap(), "2027-Q1".parse().unwrap()],
            seed,
        }
    }

    #[test]
    fn same_seed_same_plan_other_seed_other_plan() {
        let make = |seed| {
            let mut plan = Plan::in_memory().unwrap();
            let counts = generate(&mut plan, &spec(seed)).unwrap();
            (counts, plan.snapshot(None).unwrap())
        };
        let (c1, s1) = make(7);
        let (c2, s2) = make(7);
        let (_, s3) = make(8);
        assert_eq!(c1, c2);
        assert_eq!(s1, s2);
        assert_ne!(s1, s3);
        assert_eq!(c1.nodes, 1 + 3 + 12 + 120);
        assert_eq!(
            (s1.nodes.len(), s1.objectives.len(), s1.key_results.len()),
            (c1.nodes, c1.objectives, c1.key_results)
        );
    }

    #[test]
    fn a_large_plan_is_mostly_aligned_with_some_of_every_problem() {
        let mut plan = Plan::in_memory().unwrap();
        let spec = SynthSpec::with_agents(2000, spec(1).quarters, 42);
        assert_eq!(spec.agents(), 2000);
        let counts = generate(&mut plan, &spec).unwrap();
        // About two objectives per agent per quarter, two and a half key results each.
        assert!((7_000..10_000).contains(&counts.objectives), "{counts:?}");
        assert!(
            (2.2..2.8).contains(&(counts.key_results as f64 / counts.objectives as f64)),
            "{counts:?}"
        );
        let findings = check(&plan.snapshot(None).unwrap());
        for rule in Rule::ALL {
            let n = findings.iter().filter(|f| f.rule == rule).count();
            assert!(n > 0, "no {rule} finding");
            assert!(
                n < counts.objectives / 20,
                "{n} {rule} findings out of {} objectives",
                counts.objectives
            );
        }
    }

    #[test]
    fn refuses_a_plan_that_has_an_organisation() {
        let mut plan = Plan::in_memory().unwrap();
        generate(&mut plan, &spec(1)).unwrap();
        let before = plan.snapshot(None).unwrap();
        let err = generate(&mut plan, &spec(2)).unwrap_err();
        assert_eq!(err.code(), "second-company");
        assert_eq!(plan.snapshot(None).unwrap(), before);
    }
}
