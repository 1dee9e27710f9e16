//! What the core says to people — the checks' findings and suggestions, the words on a
//! check-in chart — in English, Vietnamese and Thai. The sentences live in Fluent files
//! (`messages/*.ftl`), one per language with the same message ids and variables, so a
//! translator edits text, not code; the code fills in names, keys and numbers.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

use crate::Lang;

/// The Fluent source of each language, in [`Lang::ALL`] order.
pub(crate) const SOURCES: [&str; 3] = [
    include_str!("messages/en.ftl"),
    include_str!("messages/vi.ftl"),
    include_str!("messages/th.ftl"),
];

fn bundles() -> &'static [FluentBundle<FluentResource>] {
    static BUNDLES: OnceLock<Vec<FluentBundle<FluentResource>>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        Lang::ALL
            .iter()
            .zip(SOURCES)
            .map(|(lang, source)| {
                let resource = FluentResource::try_new(source.to_string()).expect("the message files parse");
                let tag = lang.as_str().parse().expect("a valid language tag");
                let mut bundle = FluentBundle::new_concurrent(vec![tag]);
                // Names and keys are inserted as they are, without Unicode isolation marks,
                // so messages stay plain text for terminals, spreadsheets and tests.
                bundle.set_use_isolating(false);
                bundle.add_resource(resource).expect("message ids are unique");
                bundle
            })
            .collect()
    })
}

/// The message `id` in `lang`, with its variables filled from `args`.
pub(crate) fn say(lang: Lang, id: &str, args: &[(&str, &str)]) -> String {
    let bundle = &bundles()[lang as usize];
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        debug_assert!(false, "no message {id} in {lang}");
        return id.to_string();
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, *value);
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    debug_assert!(errors.is_empty(), "message {id} in {lang}: {errors:?}");
    text.into_owned()
}

/// A sentence not said yet: a message id and its variables, said in a language when
/// someone reads it. Errors and import problems carry these, so the caller (the app with
/// the window's language, `okr` with `--lang`) chooses the language, not the core.
#[derive(Debug, Clone, PartialEq)]
pub struct Words {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

#[derive(Debug, Clone, PartialEq)]
enum Arg {
    Text(String),
    Words(Words),
    /// A sentence kept by [`Words::to_json`] (a history entry's description).
    Stored(serde_json::Value),
}

impl Words {
    pub fn new(id: &'static str) -> Words {
        Words { id, args: Vec::new() }
    }

    /// Text that is the same in every language: a name, a path, what another program said.
    pub(crate) fn text(text: impl Into<String>) -> Words {
        Words::new("text").with("text", text.into())
    }

    /// Fills the variable `name` with a value (a key, a number, a path).
    pub fn with(mut self, name: &'static str, value: impl ToString) -> Words {
        self.args.push((name, Arg::Text(value.to_string())));
        self
    }

    /// Fills the variable `name` with a sentence of its own, said in the same language.
    pub(crate) fn with_words(mut self, name: &'static str, words: Words) -> Words {
        self.args.push((name, Arg::Words(words)));
        self
    }

    /// Fills the variable `name` with a sentence kept by [`Words::to_json`].
    pub(crate) fn with_stored(mut self, name: &'static str, stored: serde_json::Value) -> Words {
        self.args.push((name, Arg::Stored(stored)));
        self
    }

    /// The message id, for tests and for code that branches on which sentence it is.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The sentence in `lang`.
    pub fn say(&self, lang: Lang) -> String {
        let values: Vec<(&str, String)> = self
            .args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Text(t) => t.clone(),
                    Arg::Words(w) => w.say(lang),
                    Arg::Stored(v) => say_stored(lang, v),
                };
                (*name, value)
            })
            .collect();
        let args: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
        say(lang, self.id, &args)
    }
}

/// A sentence kept for later (the plan's history keeps what each change was): the id and
/// its variables as JSON, said by [`say_stored`] in whatever language the reader has then.
impl Words {
    pub(crate) fn to_json(&self) -> serde_json::Value {
        let args: serde_json::Map<String, serde_json::Value> = self
            .args
            .iter()
            .map(|(name, arg)| {
                let v = match arg {
                    Arg::Text(t) => serde_json::Value::String(t.clone()),
                    Arg::Words(w) => w.to_json(),
                    Arg::Stored(v) => v.clone(),
                };
                (name.to_string(), v)
            })
            .collect();
        serde_json::json!({ "id": self.id, "args": args })
    }
}

/// A sentence kept by [`Words::to_json`], in `lang`. Anything else is shown as it is.
pub(crate) fn say_stored(lang: Lang, stored: &serde_json::Value) -> String {
    let (Some(id), Some(args)) = (
        stored.get("id").and_then(|v| v.as_str()),
        stored.get("args").and_then(|v| v.as_object()),
    ) else {
        return stored.as_str().map_or_else(|| stored.to_string(), str::to_string);
    };
    if bundles()[lang as usize].get_message(id).is_none() {
        return id.to_string();
    }
    let values: Vec<(&str, String)> = args
        .iter()
        .map(|(name, v)| {
            let value = match v {
                serde_json::Value::String(t) => t.clone(),
                other => say_stored(lang, other),
            };
            (name.as_str(), value)
        })
        .collect();
    let args: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
    say(lang, id, &args)
}

/// Text not yet in the message files: shown as it is, in every language.
impl From<String> for Words {
    fn from(text: String) -> Words {
        Words::text(text)
    }
}

impl From<&str> for Words {
    fn from(text: &str) -> Words {
        Words::text(text)
    }
}

/// Items joined by a word: `a or b or c` (`word` is the message `and` or `or`).
pub(crate) fn joined(lang: Lang, items: &[String], word: &str) -> String {
    items.join(&format!(" {} ", say(lang, word, &[])))
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use super::*;

    /// Message id → the variables it uses, read from one Fluent file (one message a line).
    fn messages(source: &str) -> BTreeMap<&str, BTreeSet<&str>> {
        source
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| {
                let (id, text) = l.split_once(" = ").expect("id = text");
                let vars = text
                    .split("{ $")
                    .skip(1)
                    .map(|v| v.split(' ').next().unwrap_or(""))
                    .collect();
                (id, vars)
            })
            .collect()
    }

    #[test]
    fn every_language_has_every_message_with_the_same_variables() {
        let english = messages(SOURCES[0]);
        assert!(english.len() > 40, "{} messages", english.len());
        for (lang, source) in Lang::ALL.iter().zip(SOURCES).skip(1) {
            assert_eq!(messages(source), english, "{lang} differs from en");
        }
    }

    /// The message ids the code names: every string literal in `src/` that looks like one
    /// of the ids of errors, import problems and merge conflicts.
    fn ids_in_code() -> BTreeSet<String> {
        const PREFIXES: [&str; 16] = [
            "error", "why", "field", "thing", "by", "level", "storage", "rule", "row", "import", "place", "conflict",
            "template", "merge", "okr", "history",
        ];
        fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    out.push(std::fs::read_to_string(&path).unwrap());
                }
            }
        }
        let mut sources = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut sources,
        );
        let mut ids = BTreeSet::new();
        for source in &sources {
            for literal in source.split('"').skip(1).step_by(2) {
                let is_id = literal.len() > 3
                    && literal.contains('-')
                    && !literal.ends_with('-')
                    && literal
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
                    && PREFIXES.contains(&literal.split('-').next().unwrap_or(""));
                if is_id {
                    ids.insert(literal.to_string());
                }
            }
        }
        ids
    }

    #[test]
    fn every_id_the_code_names_is_in_every_language() {
        let ids = ids_in_code();
        assert!(
            ids.contains("error-not-a-plan") && ids.contains("import-not-number"),
            "{ids:?}"
        );
        for (lang, source) in Lang::ALL.iter().zip(SOURCES) {
            let known = messages(source);
            let missing: Vec<_> = ids
                .iter()
                .filter(|id| !known.contains_key(id.as_str()))
                // Codes and rule names share the look of ids; they are not messages.
                .filter(|id| !crate::ErrorCode::ALL.iter().any(|c| c.as_str() == id.as_str()))
                .filter(|id| !matches!(id.as_str(), "import-would-remove" | "invalid-import" | "level-order"))
                .collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        }
        for (_, id) in crate::error::FIELDS.iter().chain(crate::error::THINGS.iter()) {
            assert!(messages(SOURCES[0]).contains_key(id), "{id}");
        }
    }

    #[test]
    fn every_error_is_said_in_every_language() {
        let errors = [
            crate::Error::Busy,
            crate::Error::NoPlan,
            crate::Error::not_found("key result", "key", "kr-9"),
            crate::Error::invalid("quarter", "2026-Q5", Words::new("why-not-quarter")),
            crate::Error::LevelOrder {
                child: "an".into(),
                child_level: crate::Level::Agent,
                expected: Some(crate::Level::Team),
                found: Some((crate::Level::Division, "cskh".into())),
            },
        ];
        for e in &errors {
            let [en, vi, th] = Lang::ALL.map(|l| e.message(l));
            assert_eq!(en, e.to_string());
            assert_ne!(en, vi, "{e:?}");
            assert_ne!(en, th, "{e:?}");
            assert!(th.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c)), "{th}");
        }
        assert_eq!(
            errors[3].message(Lang::Vi),
            "quý: \"2026-Q5\" không phải là một quý (cần dạng YYYY-Q1..Q4)"
        );
    }

    #[test]
    fn every_message_formats_in_every_language() {
        for (id, vars) in messages(SOURCES[0]) {
            let args: Vec<(&str, &str)> = vars.iter().map(|v| (*v, "X")).collect();
            let texts: Vec<String> = Lang::ALL.iter().map(|l| say(*l, id, &args)).collect();
            assert!(
                texts.iter().all(|t| !t.is_empty() && !t.contains('{')),
                "{id}: {texts:?}"
            );
            // The Thai and Vietnamese texts are translations, not copies of the English
            // (save those that only arrange their variables: `{ $row }, { $field }: { $rule }`).
            if texts[0].chars().filter(|c| c.is_alphabetic()).all(|c| c == 'X') {
                continue;
            }
            assert_ne!(texts[0], texts[1], "{id}: vi is the English text");
            assert_ne!(texts[0], texts[2], "{id}: th is the English text");
        }
    }

    #[test]
    fn lists_join_with_the_languages_word() {
        let items = ["a".to_string(), "b".to_string(), "c".to_string()];
        assert_eq!(joined(Lang::En, &items, "or"), "a or b or c");
        assert_eq!(joined(Lang::Vi, &items, "and"), "a và b và c");
        assert_eq!(joined(Lang::Th, &items[..1], "or"), "a");
    }
}
