//! The registry of rules: their stable names, severities and one-line descriptions.
//!
//! The names are a public contract: the `okr` command line prints them, scripts filter
//! on them, the JSON output and the app's badges carry them. A name says what is wrong,
//! never how to fix it. Never rename or reuse one; add a new rule instead. A test at the
//! bottom pins the list.

use std::fmt;

use serde::{Deserialize, Serialize};

/// How much a finding matters. Ordered most severe first, so sorting puts errors on top.
#[derive(Serialize, Deserialize, ts_rs::TS, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The plan is broken: an objective does not count towards the company's goals.
    Error,
    /// Likely a mistake, or a plan that will not work as written.
    Warning,
    /// Worth a look in review; often fine.
    Info,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];

    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    pub fn from_name(name: &str) -> Option<Severity> {
        let n = name.trim();
        Severity::ALL.into_iter().find(|s| s.name().eq_ignore_ascii_case(n))
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One alignment or overload rule. The order here is the order findings of the same
/// severity are listed in: link problems first, then key results, load, and the rest.
#[derive(Serialize, Deserialize, ts_rs::TS, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    Orphan,
    QuarterMismatch,
    CrossBranch,
    SkipLevel,
    NoKeyResults,
    TooManyKeyResults,
    Overload,
    Unsupported,
    FlatTarget,
    OverreachingTarget,
    SameAsColleague,
}

impl Rule {
    /// Every rule, in listing order.
    pub const ALL: [Rule; 11] = [
        Rule::Orphan,
        Rule::QuarterMismatch,
        Rule::CrossBranch,
        Rule::SkipLevel,
        Rule::NoKeyResults,
        Rule::TooManyKeyResults,
        Rule::Overload,
        Rule::Unsupported,
        Rule::FlatTarget,
        Rule::OverreachingTarget,
        Rule::SameAsColleague,
    ];

    /// The stable name (`"skip-level"`), as shown by the app and the command line and
    /// written in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Rule::Orphan => "orphan",
            Rule::QuarterMismatch => "quarter-mismatch",
            Rule::CrossBranch => "cross-branch",
            Rule::SkipLevel => "skip-level",
            Rule::NoKeyResults => "no-key-results",
            Rule::TooManyKeyResults => "too-many-key-results",
            Rule::Overload => "overload",
            Rule::Unsupported => "unsupported",
            Rule::FlatTarget => "flat-target",
            Rule::OverreachingTarget => "overreaching-target",
            Rule::SameAsColleague => "same-as-colleague",
        }
    }

    /// How much a finding of this rule matters; fixed per rule so that every plan is
    /// judged the same way.
    pub fn severity(self) -> Severity {
        match self {
            Rule::Orphan | Rule::QuarterMismatch | Rule::CrossBranch => Severity::Error,
            Rule::SkipLevel
            | Rule::NoKeyResults
            | Rule::TooManyKeyResults
            | Rule::Overload
            | Rule::FlatTarget
            | Rule::OverreachingTarget => Severity::Warning,
            Rule::Unsupported | Rule::SameAsColleague => Severity::Info,
        }
    }

    /// The rule of a name; any case and surrounding spaces are accepted.
    pub fn from_name(name: &str) -> Option<Rule> {
        let n = name.trim();
        Rule::ALL.into_iter().find(|r| r.name().eq_ignore_ascii_case(n))
    }

    /// One line saying what the rule finds, for `okr rules`, help texts and the app.
    pub fn description(self) -> &'static str {
        match self {
            Rule::Orphan => "an objective below the company that is not linked to any objective",
            Rule::QuarterMismatch => "an objective linked to an objective of another quarter",
            Rule::CrossBranch => "an objective linked to an objective of someone who is not above its owner",
            Rule::SkipLevel => "an objective linked past its owner's manager, straight to a level higher up",
            Rule::NoKeyResults => "an objective without any key result",
            Rule::TooManyKeyResults => "an objective with more key results than the plan allows",
            Rule::Overload => "a person or unit with more objectives in a quarter than their cap",
            Rule::Unsupported => "an objective above agent level that no objective supports",
            Rule::FlatTarget => "a key result whose target equals its baseline",
            Rule::OverreachingTarget => "a key result asking for a larger change than the plan's limit",
            Rule::SameAsColleague => "an agent's objective with the same title as a teammate's in the same quarter",
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names are a public contract: changing this list breaks scripts and saved
    /// filters. Add to it; never rename or remove.
    #[test]
    fn names_are_pinned() {
        let names: Vec<&str> = Rule::ALL.iter().map(|r| r.name()).collect();
        assert_eq!(
            names,
            [
                "orphan",
                "quarter-mismatch",
                "cross-branch",
                "skip-level",
                "no-key-results",
                "too-many-key-results",
                "overload",
                "unsupported",
                "flat-target",
                "overreaching-target",
                "same-as-colleague",
            ]
        );
    }

    #[test]
    fn severities_are_pinned() {
        use Severity::*;
        let got: Vec<(&str, Severity)> = Rule::ALL.iter().map(|r| (r.name(), r.severity())).collect();
        assert_eq!(
            got,
            [
                ("orphan", Error),
                ("quarter-mismatch", Error),
                ("cross-branch", Error),
                ("skip-level", Warning),
                ("no-key-results", Warning),
                ("too-many-key-results", Warning),
                ("overload", Warning),
                ("unsupported", Info),
                ("flat-target", Warning),
                ("overreaching-target", Warning),
                ("same-as-colleague", Info),
            ]
        );
        assert!(Error < Warning && Warning < Info, "most severe sorts first");
    }

    #[test]
    fn names_round_trip_through_text_and_json() {
        for r in Rule::ALL {
            assert_eq!(Rule::from_name(r.name()), Some(r));
            assert_eq!(Rule::from_name(&r.name().to_uppercase()), Some(r));
            assert_eq!(serde_json::to_string(&r).unwrap(), format!("\"{}\"", r.name()));
            assert_eq!(r.to_string(), r.name());
            assert!(!r.description().is_empty());
        }
        assert_eq!(Rule::from_name("skip_level"), None);
        for s in Severity::ALL {
            assert_eq!(Severity::from_name(s.name()), Some(s));
            assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{}\"", s.name()));
        }
    }
}
