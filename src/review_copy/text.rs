//! What `okr merge` prints for people: a merge's report as lines of text, in the
//! reader's language.

use super::{ChangeKind, CopyMerge, MergeReport, Side};
use crate::i18n::words::Words;
use crate::Lang;

/// A row's kind as people say it (`key_result` → "key result"), in `lang`.
fn table(lang: Lang, table: &str) -> String {
    let name = table.replace('_', " ");
    match crate::error::THINGS.iter().find(|(t, _)| *t == name) {
        Some((_, id)) => Words::new(id).say(lang),
        None => name,
    }
}

impl MergeReport {
    /// The report of the merge of the copy `review` as lines of text, in `lang`; the
    /// lines under a heading start with two spaces.
    pub fn lines(&self, lang: Lang, review: &str) -> Vec<String> {
        let say = |w: Words| w.say(lang);
        let mut out = vec![say(Words::new("merge-text-merged")
            .with("review", review)
            .with("node", &self.review.node_name)
            .with("taken", self.review.taken_at.format("%Y-%m-%d %H:%M UTC")))];
        if self.changes.is_empty() {
            out.push(say(Words::new("merge-text-no-changes")));
        } else {
            out.push(say(Words::new("merge-text-changes").with("count", self.changes.len())));
            for c in &self.changes {
                let id = match c.kind {
                    ChangeKind::Added => "merge-text-added",
                    ChangeKind::Deleted => "merge-text-deleted",
                    ChangeKind::Changed => "merge-text-changed",
                };
                let line = Words::new(id)
                    .with("what", table(lang, &c.table))
                    .with("row", &c.row)
                    .with("fields", c.fields.join(", "));
                out.push(format!("  {}", say(line)));
            }
        }
        if !self.conflicts.is_empty() {
            out.push(say(
                Words::new("merge-text-conflicts").with("count", self.conflicts.len())
            ));
            let show = |v: &Option<String>| {
                v.as_deref()
                    .map_or_else(|| say(Words::new("merge-text-none")), |s| format!("\"{s}\""))
            };
            for c in &self.conflicts {
                out.push(format!("  {}", c.message));
                if c.field.is_some() {
                    let values = Words::new("merge-text-values")
                        .with("base", show(&c.base))
                        .with("ours", show(&c.ours))
                        .with("theirs", show(&c.theirs));
                    out.push(format!("    {}", say(values)));
                }
                if c.kept == Side::Ours {
                    let take = Words::new("merge-text-take-theirs").with("reference", &c.reference);
                    out.push(format!("    {}", say(take)));
                }
            }
        }
        if self.findings_new.is_empty() && self.findings_resolved.is_empty() {
            out.push(say(Words::new("merge-text-findings-unchanged")));
        } else {
            out.push(say(Words::new("merge-text-findings")
                .with("new", self.findings_new.len())
                .with("resolved", self.findings_resolved.len())));
            for (id, findings) in [
                ("merge-text-resolved", &self.findings_resolved),
                ("merge-text-new", &self.findings_new),
            ] {
                for f in findings {
                    let line = Words::new(id).with("rule", f.rule).with("message", &f.message);
                    out.push(format!("  {}", say(line)));
                }
            }
        }
        out
    }
}

/// The lines for one copy of a merge of many: its report, or why it was refused.
pub fn copy_lines(copy: &CopyMerge, lang: Lang) -> Vec<String> {
    match (&copy.report, &copy.refused) {
        (Some(r), _) => r.lines(lang, &copy.path),
        (None, Some(why)) => vec![Words::new("merge-text-refused")
            .with("path", &copy.path)
            .with("code", why.code)
            .with("message", &why.message)
            .say(lang)],
        (None, None) => Vec::new(),
    }
}

/// The closing line of a merge of many copies: how many merged, with conflicts, refused.
pub fn copies_summary(copies: &[CopyMerge], lang: Lang) -> String {
    let merged = copies.iter().filter(|c| c.report.is_some()).count();
    let conflicts = copies
        .iter()
        .filter(|c| c.report.as_ref().is_some_and(|r| !r.conflicts.is_empty()))
        .count();
    Words::new("merge-text-copies")
        .with("merged", merged)
        .with("total", copies.len())
        .with("conflicts", conflicts)
        .with("refused", copies.len() - merged)
        .say(lang)
}
