//! The error every command returns: a stable code the UI branches on and a message for
//! people, both taken from the core's typed error. The message is said in the window's
//! language ([`CommandError::in_lang`], applied by [`crate::commands::blocking`]); a
//! refused import also carries its problems as rows for the dialog's table.

use std::sync::Arc;

use cascade::import::{ImportError, ProblemRow};
use cascade::{ErrorCode, Lang};
use serde::Serialize;

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CommandError {
    pub code: ErrorCode,
    pub message: String,
    /// What is wrong in the files of a refused import, one row per problem.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub problems: Option<Vec<ProblemRow>>,
    /// The core's error, kept to say it again in another language.
    #[serde(skip)]
    #[ts(skip)]
    source: Option<Arc<Said>>,
}

#[derive(Debug)]
enum Said {
    Plan(cascade::Error),
    Import(ImportError),
}

impl CommandError {
    /// An error the core has no variant for; its message is said as given.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        CommandError {
            code,
            message: message.into(),
            problems: None,
            source: None,
        }
    }

    /// The same error, said in `lang`.
    pub fn in_lang(self, lang: Lang) -> Self {
        match self.source.as_deref() {
            Some(Said::Plan(e)) => CommandError {
                message: e.message(lang),
                ..self
            },
            Some(Said::Import(e)) => CommandError {
                message: e.summary(lang),
                problems: import_problems(e, lang),
                ..self
            },
            None => self,
        }
    }
}

fn import_problems(e: &ImportError, lang: Lang) -> Option<Vec<ProblemRow>> {
    Some(e.problems(lang)).filter(|p| !p.is_empty())
}

impl PartialEq for CommandError {
    fn eq(&self, other: &Self) -> bool {
        (self.code, &self.message, &self.problems) == (other.code, &other.message, &other.problems)
    }
}

impl std::fmt::Display for CommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.message, self.code)
    }
}

impl From<ImportError> for CommandError {
    fn from(e: ImportError) -> Self {
        if let ImportError::Plan(e) = e {
            return e.into();
        }
        CommandError {
            code: e.code(),
            message: e.summary(Lang::En),
            problems: import_problems(&e, Lang::En),
            source: Some(Arc::new(Said::Import(e))),
        }
    }
}

impl From<cascade::Error> for CommandError {
    fn from(e: cascade::Error) -> Self {
        CommandError {
            code: e.code(),
            message: e.message(Lang::En),
            problems: None,
            source: Some(Arc::new(Said::Plan(e))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_said_again_in_the_windows_language() {
        let e = CommandError::from(cascade::Error::NoPlan);
        assert_eq!(e.code, ErrorCode::NoPlan);
        let vi = e.clone().in_lang(Lang::Vi);
        assert_ne!(vi.message, e.message);
        assert!(vi.message.contains("kế hoạch"), "{}", vi.message);
        let json = serde_json::to_value(&vi).unwrap();
        assert_eq!(json["code"], "no-plan");
        assert!(json.get("problems").is_none());
    }
}
