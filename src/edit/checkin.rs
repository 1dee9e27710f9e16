//! Recording a key result's new value: the value becomes current and joins its history.

use crate::store::Tx;
use chrono::{Days, Local, Utc};
use uuid::Uuid;

use super::{number, text, MAX_TEXT_CHARS, MAX_TITLE_CHARS};
use crate::store::{checkin as sql, key_result as kr_sql};
use crate::{CheckIn, Error, NewCheckIn, Plan, Quarter, Result};

/// Records a check-in. The key result's current value (and its confidence, when one is
/// given) becomes that of its latest check-in by date, so a check-in entered late for an
/// earlier week adds to the history without undoing a newer value. A date after
/// tomorrow is refused (a check-in records a value already measured; tomorrow is allowed
/// for teams a timezone ahead).
pub fn record(c: &Tx<'_>, new: NewCheckIn) -> Result<CheckIn> {
    let mut kr = super::key_result::find(c, &new.key_result)?;
    c.describe(
        crate::Words::new("history-checkin-record")
            .with("value", new.value)
            .with("title", &kr.title),
    );
    super::review::ensure_unlocked(c, super::objective::get(c, kr.objective_id)?.quarter)?;
    let value = number("value", new.value)?;
    let today = Local::now().date_naive();
    let date = new.date.unwrap_or(today);
    if date > today + Days::new(1) {
        return Err(Error::invalid(
            "date",
            date.to_string(),
            crate::i18n::words::Words::new("why-future-date").with("today", today),
        ));
    }
    let checkin = CheckIn {
        id: Uuid::now_v7(),
        key_result_id: kr.id,
        date,
        value,
        note: text("note", new.note.trim(), MAX_TEXT_CHARS)?,
        who: text("who", new.who.trim(), MAX_TITLE_CHARS)?,
        confidence: new.confidence,
        recorded_at: Utc::now(),
    };
    sql::insert(c, &checkin)?;
    let latest = sql::latest_for(c, kr.id)?.expect("the check-in just recorded");
    if latest.id == checkin.id {
        kr.current = value;
        if checkin.confidence.is_some() {
            kr.confidence = checkin.confidence;
        }
        kr_sql::update(c, &kr)?;
    }
    Ok(checkin)
}

/// Deletes a check-in recorded by mistake. When it was the latest, the key result's
/// current value (and confidence) go back to those of the check-in before it; with no
/// check-in left, the current value stays as it is.
pub fn delete(c: &Tx<'_>, id: Uuid) -> Result<()> {
    let checkin = sql::get(c, id)?.ok_or_else(|| Error::not_found("check-in", "id", id))?;
    let mut kr = super::key_result::get(c, checkin.key_result_id)?;
    c.describe(crate::Words::new("history-checkin-delete").with("title", &kr.title));
    super::review::ensure_unlocked(c, super::objective::get(c, kr.objective_id)?.quarter)?;
    let was_latest = sql::latest_for(c, kr.id)?.is_some_and(|l| l.id == id);
    sql::delete(c, id)?;
    if was_latest {
        if let Some(prev) = sql::latest_for(c, kr.id)? {
            kr.current = prev.value;
            kr.confidence = prev.confidence.or(kr.confidence);
            kr_sql::update(c, &kr)?;
        }
    }
    Ok(())
}

impl Plan {
    /// Records a check-in of a key result. See [`record`].
    pub fn record_checkin(&mut self, new: NewCheckIn) -> Result<CheckIn> {
        self.transact(|tx| record(tx, new))
    }

    /// Deletes a check-in recorded by mistake. See [`delete`].
    pub fn delete_checkin(&mut self, id: Uuid) -> Result<()> {
        self.transact(|tx| delete(tx, id))
    }

    /// The history of one key result (by key or id), oldest first.
    pub fn checkins(&self, key_result: &str) -> Result<Vec<CheckIn>> {
        let kr = super::key_result::find(self.conn(), key_result)?;
        sql::list_for(self.conn(), kr.id)
    }

    /// A key result's check-in history drawn against its target, as inline SVG (see
    /// [`crate::export::chart::checkin_svg`]), for the objective page, its words in `lang`.
    pub fn checkin_chart(&self, key_result: &str, lang: crate::Lang) -> Result<String> {
        let kr = super::key_result::find(self.conn(), key_result)?;
        let history = sql::list_for(self.conn(), kr.id)?;
        Ok(crate::export::chart::checkin_svg(&kr, &history, lang))
    }

    /// Every check-in of one quarter's key results (or all), grouped by key result.
    pub fn checkins_in(&self, quarter: Option<Quarter>) -> Result<Vec<CheckIn>> {
        let q = quarter.map(|q| q.to_string());
        sql::list(self.conn(), q.as_deref())
    }
}
