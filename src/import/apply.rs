//! Writes a validated import in one transaction, with one prepared statement per table.

use rusqlite::Connection;

use super::validate::Change;
use super::ImportReport;
use crate::store::{self, key_result as kr_sql, node as node_sql, objective as objective_sql};
use crate::Result;

pub(crate) fn apply(c: &Connection, change: &Change) -> Result<ImportReport> {
    // New objectives come in file order, a child possibly before its parent.
    store::defer_foreign_keys(c)?;
    if let Some(s) = &change.settings {
        crate::edit::settings::set(c, s)?;
    }
    node_sql::insert_many(c, &change.new_nodes)?;
    for n in &change.changed_nodes {
        node_sql::update(c, n)?;
    }
    objective_sql::insert_many(c, &change.new_objectives)?;
    for o in &change.changed_objectives {
        objective_sql::update(c, o)?;
    }
    let mut removed = 0;
    for (objective, existed) in &change.replaced {
        if *existed {
            removed += kr_sql::delete_for(c, *objective)?;
        }
    }
    kr_sql::insert_many(c, &change.key_results)?;
    Ok(ImportReport {
        nodes_added: change.new_nodes.len(),
        nodes_updated: change.changed_nodes.len(),
        objectives_added: change.new_objectives.len(),
        objectives_updated: change.changed_objectives.len(),
        key_results_added: change.key_results.len(),
        key_results_removed: removed,
        objectives_with_key_results: change.replaced.len(),
    })
}
