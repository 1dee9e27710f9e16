//! The error every command returns: a stable code the UI branches on and a message for
//! people, both taken from the core's typed error.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CommandError {
    pub code: String,
    pub message: String,
}

impl CommandError {
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        CommandError {
            code: code.into(),
            message: message.into(),
        }
    }
}

impl std::fmt::Display for CommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.message, self.code)
    }
}

impl From<cascade::import::ImportError> for CommandError {
    fn from(e: cascade::import::ImportError) -> Self {
        CommandError {
            code: e.code().into(),
            message: e.to_string(),
        }
    }
}

impl From<cascade::Error> for CommandError {
    fn from(e: cascade::Error) -> Self {
        CommandError {
            code: e.code().into(),
            message: e.to_string(),
        }
    }
}
