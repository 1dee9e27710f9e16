//! Writes the three spreadsheets of a large support organisation for the import
//! benchmark (`benches/import_vs_sqlite.sh`): 20 divisions × 50 teams × 10 agents =
//! 10,000 agents, about 40,000 objectives and 100,000 key results in one quarter. The
//! output depends only on the arguments.
//!
//! Usage: cargo run --release --example import_bench_data -- OUT_DIR [AGENTS_PER_TEAM]

use std::fmt::Write as _;

/// A small deterministic generator (SplitMix64), so the files are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const TITLES: &[&str] = &[
    "Nâng cao trải nghiệm khách hàng trên tổng đài 1900",
    "Giảm thời gian phản hồi đầu tiên, first response time",
    "ยกระดับความพึงพอใจของลูกค้า (CSAT)",
    "Resolve more contacts on the first touch",
    "Đào tạo nhân viên mới đạt chuẩn trong 30 ngày",
    "Clear the complaint backlog before peak season",
];
const KRS: &[(&str, f64, f64, &str)] = &[
    ("Tỷ lệ giải quyết ngay lần đầu (FCR)", 68.0, 80.0, "%"),
    ("Average handle time", 540.0, 420.0, "s"),
    ("CSAT", 4.1, 4.5, "điểm"),
    ("เวลาตอบกลับครั้งแรก", 120.0, 60.0, "วินาที"),
];

fn main() {
    let mut args = std::env::args().skip(1);
    let out = std::path::PathBuf::from(args.next().expect("usage: import_bench_data OUT_DIR [AGENTS_PER_TEAM]"));
    let agents_per_team: usize = args.next().map_or(10, |a| a.parse().expect("a number"));
    let (divisions, teams_per_division) = (20, 50);
    let quarter = "2026-Q4";
    let mut rng = Rng(2026);
    let mut org = String::from("key,name,level,parent,role,new_hire,objective_cap\n");
    let mut objectives = String::from("key,quarter,owner,title,parent\n");
    let mut key_results = String::from("objective,title,baseline,target,current,unit,kind\n");
    let mut n_objectives = 0usize;
    let mut add = |owner: &str, count: usize, parents: &[String], rng: &mut Rng| -> Vec<String> {
        let mut keys = Vec::new();
        for _ in 0..count {
            n_objectives += 1;
            let key = format!("o{n_objectives:06}");
            let title = TITLES[rng.below(TITLES.len() as u64) as usize];
            let parent = if parents.is_empty() {
                ""
            } else {
                &parents[rng.below(parents.len() as u64) as usize]
            };
            writeln!(objectives, "{key},{quarter},{owner},\"{title}\",{parent}").unwrap();
            let n_krs = 2 + (rng.below(2) as usize); // 2 or 3, 2.5 on average
            for _ in 0..n_krs {
                let (t, b, g, u) = KRS[rng.below(KRS.len() as u64) as usize];
                let current = b + (g - b) * (rng.below(101) as f64 / 100.0);
                writeln!(key_results, "{key},{t},{b},{g},{current:.2},{u},").unwrap();
            }
            if n_krs == 3 && rng.below(4) == 0 {
                writeln!(key_results, "{key},CSAT guardrail,,4.3,4.4,điểm,keep-above").unwrap();
            }
            keys.push(key);
        }
        keys
    };
    org.push_str("saomai,\"Công ty CP Sao Mai, \"\"Sao Mai Group\"\"\",company,,CEO,,\n");
    let company = add("saomai", 5, &[], &mut rng);
    for d in 1..=divisions {
        let dk = format!("div-{d:02}");
        writeln!(org, "{dk},Khối CSKH {d},division,saomai,Giám đốc khối,,").unwrap();
        let div = add(&dk, 5, &company, &mut rng);
        for t in 1..=teams_per_division {
            let tk = format!("{dk}-team-{t:02}");
            writeln!(org, "{tk},Nhóm hotline {t},team,{dk},Trưởng nhóm,,").unwrap();
            let team = add(&tk, 5, &div, &mut rng);
            for a in 1..=agents_per_team {
                let ak = format!("{tk}-a{a:02}");
                let new_hire = if rng.below(10) == 0 { "yes" } else { "" };
                writeln!(org, "{ak},Nhân viên {a},agent,{tk},Agent,{new_hire},").unwrap();
                add(&ak, 3 + (a % 2), &team, &mut rng);
            }
        }
    }
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("org.csv"), org).unwrap();
    std::fs::write(out.join("objectives.csv"), objectives).unwrap();
    std::fs::write(out.join("key_results.csv"), key_results).unwrap();
}
