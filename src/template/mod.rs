//! The library of support OKRs: objective templates for each level of the cascade, each
//! with key results that name the KPI they measure and suggest a baseline and target.
//! One library serves the app's Templates view, `okr templates` and the sample plan, in
//! English, Vietnamese and Thai (`library.rs` holds the texts side by side).

mod library;

use serde::Serialize;
use uuid::Uuid;

use crate::i18n::words::say;
use crate::{Error, KeyResult, KrKind, Lang, Level, NewKeyResult, NewObjective, Objective, Plan, Quarter, Result};

/// Who owns objectives like a template's: a director for the company and its divisions,
/// a team lead for a team, an agent for themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Director,
    Lead,
    Agent,
}

impl Role {
    /// The role whose objectives suit a node of `level`.
    pub fn of(level: Level) -> Role {
        match level {
            Level::Company | Level::Division => Role::Director,
            Level::Team => Role::Lead,
            Level::Agent => Role::Agent,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Director => "director",
            Role::Lead => "lead",
            Role::Agent => "agent",
        }
    }

    /// The role as people read it.
    pub fn name(self, lang: Lang) -> String {
        say(lang, &format!("library-role-{}", self.as_str()), &[])
    }
}

/// The heading of a level's templates: the level and the role that owns them
/// ("Team · Team lead"), in `lang`.
pub fn heading(level: Level, lang: Lang) -> String {
    let level_name = say(lang, &format!("report-{}", level.as_str()), &[]);
    format!("{level_name} · {}", Role::of(level).name(lang))
}

/// What a key result measures. The unit belongs to the KPI, so every template measuring
/// it agrees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Kpi {
    /// Customer satisfaction, out of 5.
    Csat,
    /// Net promoter score.
    Nps,
    /// Open complaints.
    Backlog,
    FirstResponseTime,
    /// First contact resolution.
    Fcr,
    RepeatContacts,
    /// Quality-assurance score.
    Qa,
    /// Calls that end in a sale.
    Conversion,
    Churn,
    SpeedOfAnswer,
    /// Calls abandoned before an answer.
    Abandoned,
    /// Agents coached every week.
    Coaching,
    /// Average handle time.
    HandleTime,
    /// New agents passing QA in their first month.
    NewHireQa,
    /// Days until a new agent's first solo shift.
    RampUp,
    /// Emails answered within the promised time.
    EmailSla,
}

impl Kpi {
    /// Its stable name, as the JSON and `okr templates` write it.
    pub fn as_str(self) -> &'static str {
        match self {
            Kpi::Csat => "csat",
            Kpi::Nps => "nps",
            Kpi::Backlog => "backlog",
            Kpi::FirstResponseTime => "first-response-time",
            Kpi::Fcr => "fcr",
            Kpi::RepeatContacts => "repeat-contacts",
            Kpi::Qa => "qa",
            Kpi::Conversion => "conversion",
            Kpi::Churn => "churn",
            Kpi::SpeedOfAnswer => "speed-of-answer",
            Kpi::Abandoned => "abandoned",
            Kpi::Coaching => "coaching",
            Kpi::HandleTime => "handle-time",
            Kpi::NewHireQa => "new-hire-qa",
            Kpi::RampUp => "ramp-up",
            Kpi::EmailSla => "email-sla",
        }
    }

    /// The short code a helpdesk's weekly report names its column by (CSAT, FRT, FCR,
    /// AHT, QA, NPS…): the measure of every key result made from a template measuring
    /// it, so the report's values find them ([`crate::checkin_report`]). The same in
    /// every language.
    pub fn measure(self) -> &'static str {
        match self {
            Kpi::Csat => "CSAT",
            Kpi::Nps => "NPS",
            Kpi::Backlog => "BACKLOG",
            Kpi::FirstResponseTime => "FRT",
            Kpi::Fcr => "FCR",
            Kpi::RepeatContacts => "REPEAT",
            Kpi::Qa => "QA",
            Kpi::Conversion => "CONVERSION",
            Kpi::Churn => "CHURN",
            Kpi::SpeedOfAnswer => "ASA",
            Kpi::Abandoned => "ABANDON",
            Kpi::Coaching => "COACHING",
            Kpi::HandleTime => "AHT",
            Kpi::NewHireQa => "NEW-HIRE-QA",
            Kpi::RampUp => "RAMP-UP",
            Kpi::EmailSla => "EMAIL-SLA",
        }
    }

    /// The unit its values are written in, in `lang`.
    pub fn unit(self, lang: Lang) -> &'static str {
        let (en, vi, th) = match self {
            Kpi::Csat => ("/5", "/5", "/5"),
            Kpi::Nps => ("pts", "điểm", "คะแนน"),
            Kpi::Backlog => ("cases", "vụ", "เรื่อง"),
            Kpi::FirstResponseTime | Kpi::SpeedOfAnswer | Kpi::HandleTime => ("s", "giây", "วินาที"),
            Kpi::RampUp => ("days", "ngày", "วัน"),
            Kpi::Fcr
            | Kpi::RepeatContacts
            | Kpi::Qa
            | Kpi::Conversion
            | Kpi::Churn
            | Kpi::Abandoned
            | Kpi::Coaching
            | Kpi::NewHireQa
            | Kpi::EmailSla => ("%", "%", "%"),
        };
        Text { en, vi, th }.get(lang)
    }
}

/// An objective template in one language, as the app and `okr templates` show it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Template {
    /// Stable across languages: `team-queue` is the same template in English and Thai.
    pub id: String,
    pub level: Level,
    pub role: Role,
    /// The level and the role that owns it, as people read them ([`heading`]).
    pub heading: String,
    pub title: String,
    pub key_results: Vec<KeyResultTemplate>,
}

/// A key result of a template: the KPI it measures and the suggested numbers.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct KeyResultTemplate {
    pub kpi: Kpi,
    pub title: String,
    pub kind: KrKind,
    /// Where a progress key result starts; a guardrail has none.
    pub baseline: Option<f64>,
    pub target: f64,
    pub unit: String,
    /// The measure's short code ([`Kpi::measure`]).
    pub measure: String,
}

impl KeyResultTemplate {
    /// The key result this suggests for `objective_id`: it starts at its baseline (a
    /// guardrail, holding, at its target), weighing as much as its siblings.
    pub fn new_key_result(&self, objective_id: Uuid) -> NewKeyResult {
        NewKeyResult {
            objective_id,
            key: None,
            title: self.title.clone(),
            kind: self.kind,
            baseline: self.baseline,
            target: self.target,
            current: self.baseline.unwrap_or(self.target),
            unit: self.unit.clone(),
            weight: 1.0,
            measure: self.measure.clone(),
        }
    }
}

/// The whole library in `lang`, companies' templates first, down to agents'.
pub fn library(lang: Lang) -> Vec<Template> {
    library::LIBRARY.iter().map(|e| e.template(lang)).collect()
}

/// The templates for a node of `level`, or all, in `lang`.
pub fn for_level(level: Option<Level>, lang: Lang) -> Vec<Template> {
    library::LIBRARY
        .iter()
        .filter(|e| level.is_none_or(|l| e.level == l))
        .map(|e| e.template(lang))
        .collect()
}

/// One template by its id, in `lang`.
pub fn get(id: &str, lang: Lang) -> Result<Template> {
    library::LIBRARY
        .iter()
        .find(|e| e.id == id.trim())
        .map(|e| e.template(lang))
        .ok_or_else(|| Error::not_found("template", "id", id))
}

impl Plan {
    /// Gives `owner` an objective of `quarter` written from the template `id` in `lang`:
    /// its title and key results, aspirational and linked to nothing yet, in one
    /// transaction.
    pub fn add_objective_from_template(
        &mut self,
        owner: Uuid,
        quarter: Quarter,
        id: &str,
        lang: Lang,
    ) -> Result<(Objective, Vec<KeyResult>)> {
        let template = get(id, lang)?;
        let new = NewObjective {
            key: None,
            quarter,
            owner_id: owner,
            title: template.title.clone(),
            description: String::new(),
            parent_id: None,
            commitment: Default::default(),
        };
        // The objective's id is given by the core when it is written; its key results are
        // attached to it there.
        let key_results = template
            .key_results
            .iter()
            .map(|k| k.new_key_result(Uuid::nil()))
            .collect();
        self.add_objective_with_key_results(new, key_results)
    }
}

/// A text in the three languages.
#[derive(Debug, Clone, Copy)]
struct Text {
    en: &'static str,
    vi: &'static str,
    th: &'static str,
}

impl Text {
    fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Vi => self.vi,
            Lang::Th => self.th,
        }
    }
}

struct KrEntry {
    kpi: Kpi,
    title: Text,
    kind: KrKind,
    baseline: Option<f64>,
    target: f64,
}

struct Entry {
    id: &'static str,
    level: Level,
    title: Text,
    key_results: &'static [KrEntry],
}

impl Entry {
    fn template(&self, lang: Lang) -> Template {
        Template {
            id: self.id.to_string(),
            level: self.level,
            role: Role::of(self.level),
            heading: heading(self.level, lang),
            title: self.title.get(lang).to_string(),
            key_results: self
                .key_results
                .iter()
                .map(|k| KeyResultTemplate {
                    kpi: k.kpi,
                    title: k.title.get(lang).to_string(),
                    kind: k.kind,
                    baseline: k.baseline,
                    target: k.target,
                    unit: k.kpi.unit(lang).to_string(),
                    measure: k.kpi.measure().to_string(),
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn every_template_is_written_in_all_three_languages() {
        for e in library::LIBRARY {
            for text in std::iter::once(&e.title).chain(e.key_results.iter().map(|k| &k.title)) {
                for lang in Lang::ALL {
                    assert!(!text.get(lang).trim().is_empty(), "{} has no {lang} text", e.id);
                }
                // A translation that is the English again is a missing one (NPS and the
                // like are the same everywhere, so only whole sentences are compared).
                if text.en.contains(' ') {
                    assert_ne!(text.en, text.vi, "{} is not in Vietnamese", e.id);
                    assert_ne!(text.en, text.th, "{} is not in Thai", e.id);
                }
            }
            for k in e.key_results {
                for lang in Lang::ALL {
                    assert!(!k.kpi.unit(lang).is_empty());
                }
                // The stable name is the one serde writes for the app.
                assert_eq!(serde_json::to_value(k.kpi).unwrap(), k.kpi.as_str());
            }
        }
    }

    /// Every template key result names its KPI's measure, the same code in every
    /// language, so a helpdesk's weekly report finds the key results made from it.
    #[test]
    fn every_template_key_result_sets_its_measure() {
        let mut codes: HashSet<String> = HashSet::new();
        for lang in Lang::ALL {
            for t in library(lang) {
                for k in &t.key_results {
                    assert_eq!(k.measure, k.kpi.measure(), "{} in {lang}", t.id);
                    assert!(!k.measure.is_empty() && k.measure.len() <= 12);
                    let made = k.new_key_result(Uuid::nil());
                    assert_eq!(made.measure, k.measure);
                    codes.insert(crate::checkin_report::fold(&k.measure));
                }
            }
        }
        for code in ["csat", "frt", "fcr", "aht", "qa", "nps"] {
            assert!(codes.contains(code), "{code}");
        }
    }

    #[test]
    fn every_key_result_measures_a_kpi_with_numbers_that_fit_its_kind() {
        for t in library(Lang::En) {
            assert!(!t.key_results.is_empty(), "{} has no key results", t.id);
            assert!(t.key_results.len() <= crate::Settings::default().key_result_cap as usize);
            for k in &t.key_results {
                assert!(k.target.is_finite());
                match k.kind {
                    KrKind::Progress => {
                        let b = k.baseline.expect("a progress key result has a baseline");
                        assert_ne!(b, k.target, "{}: {} asks for no change", t.id, k.title);
                        // Within the default change limit, so the checks accept it.
                        assert!((k.target - b).abs() <= b.abs(), "{}: {} overreaches", t.id, k.title);
                    }
                    _ => assert_eq!(k.baseline, None, "{}: a guardrail has no baseline", t.id),
                }
            }
        }
    }

    #[test]
    fn every_level_has_templates_with_unique_ids_and_its_role() {
        let all = library(Lang::Vi);
        let ids: HashSet<_> = all.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids.len(), all.len(), "ids are unique");
        for level in Level::ALL {
            let here = for_level(Some(level), Lang::Th);
            assert!(here.len() >= 2, "{level} has {} templates", here.len());
            for t in &here {
                assert_eq!(t.level, level);
                assert!(t.id.starts_with(level.as_str()), "{} is named after its level", t.id);
                assert_eq!(t.role, Role::of(level));
            }
        }
        // Companies first, agents last.
        assert!(all.windows(2).all(|w| w[0].level <= w[1].level));
    }

    #[test]
    fn a_template_is_found_by_id_in_any_language() {
        let en = get("team-queue", Lang::En).unwrap();
        let vi = get("team-queue", Lang::Vi).unwrap();
        assert_eq!(en.title, "Keep the team's queue short and calm");
        assert_eq!(vi.title, "Giữ hàng chờ của nhóm ngắn và ổn định");
        assert_eq!(vi.key_results[0].unit, "giây");
        assert_eq!(en.key_results.len(), vi.key_results.len());
        assert_eq!(get("no-such", Lang::En).unwrap_err().code(), "not-found");
    }

    #[test]
    fn role_names_are_in_every_language() {
        for role in [Role::Director, Role::Lead, Role::Agent] {
            let names: HashSet<_> = Lang::ALL.into_iter().map(|l| role.name(l)).collect();
            assert_eq!(names.len(), 3, "{role:?}");
        }
        assert_eq!(heading(Level::Team, Lang::Vi), "Nhóm · Trưởng nhóm");
    }

    #[test]
    fn a_template_becomes_an_objective_with_its_key_results() {
        let mut plan = Plan::in_memory().unwrap();
        let owner = plan
            .add_node(crate::NewNode {
                name: "Bình Minh".into(),
                level: Some(Level::Company),
                ..Default::default()
            })
            .unwrap();
        let q = Quarter::new(2026, 4).unwrap();
        let tpl = get("company-csat", Lang::Vi).unwrap();
        let (o, krs) = plan
            .add_objective_from_template(owner.id, q, "company-csat", Lang::Vi)
            .unwrap();
        assert_eq!(
            (o.title.as_str(), o.quarter, o.owner_id),
            (tpl.title.as_str(), q, owner.id)
        );
        assert_eq!(krs.len(), tpl.key_results.len());
        assert_eq!(krs[0].current, 4.1, "a key result starts at its baseline");
        assert_eq!(krs[0].unit, "/5");
        let guard = get("division-speed", Lang::En).unwrap().key_results[1].new_key_result(o.id);
        assert_eq!(guard.current, guard.target, "a guardrail starts holding");
        let refused = plan.add_objective_from_template(owner.id, q, "no-such", Lang::En);
        assert_eq!(refused.unwrap_err().code(), "not-found");
    }
}
