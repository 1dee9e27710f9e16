//! Rewrites the values of a changeset of SQLite's session extension, for an upgrade that
//! changes how a column keeps its values (format 6: ids as bytes, times as integers), so
//! the history recorded before it can still be undone after it.
//!
//! The format is SQLite's own (<https://www.sqlite.org/sessionintro.html>, "changeset
//! format"): for each table a header (`T`, the column count, one primary-key flag a
//! column, the name and a NUL), then its changes: the operation (INSERT 18, UPDATE 23,
//! DELETE 9), an "indirect" flag and one record (the new row for an INSERT, the old for a
//! DELETE) or two (old and new for an UPDATE). A value is a type byte (0 undefined,
//! 1 integer, 2 real, 3 text, 4 blob, 5 NULL) and its bytes: eight big-endian for a
//! number, a varint length and the bytes for text and blobs. Nothing else is changed.

use rusqlite::types::{Value, ValueRef};

/// How one value changes: `(table, column, value)` → the value to keep.
pub(crate) type Convert<'a> = dyn Fn(&str, &str, ValueRef<'_>) -> Result<Value, String> + 'a;

/// The changeset `input` with every value passed through `convert`, given each table's
/// columns by position (`columns`: a changeset names them only by position).
pub(crate) fn convert(
    input: &[u8],
    columns: &dyn Fn(&str) -> Vec<String>,
    convert: &Convert<'_>,
) -> Result<Vec<u8>, String> {
    let mut r = Reader { bytes: input, at: 0 };
    let mut out = Vec::with_capacity(input.len());
    let mut table = String::new();
    let mut names: Vec<String> = Vec::new();
    let mut n = 0usize;
    while !r.done() {
        let op = r.byte()?;
        if op == b'T' {
            n = r.varint()? as usize;
            let flags = r.take(n)?.to_vec();
            let name_end = r.bytes[r.at..]
                .iter()
                .position(|b| *b == 0)
                .ok_or("a table name without its end")?;
            table = String::from_utf8_lossy(r.take(name_end)?).into_owned();
            r.byte()?;
            names = columns(&table);
            out.push(b'T');
            put_varint(&mut out, n as u64);
            out.extend_from_slice(&flags);
            out.extend_from_slice(table.as_bytes());
            out.push(0);
            continue;
        }
        let records = match op {
            18 | 9 => 1,
            23 => 2,
            other => return Err(format!("an unknown change ({other})")),
        };
        out.push(op);
        out.push(r.byte()?);
        for _ in 0..records {
            for i in 0..n {
                let column = names.get(i).map_or("", String::as_str);
                let value = r.value()?;
                match value {
                    None => out.push(0),
                    Some(v) => put_value(&mut out, &convert(&table, column, v)?),
                }
            }
        }
    }
    Ok(out)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn done(&self) -> bool {
        self.at >= self.bytes.len()
    }

    fn byte(&mut self) -> Result<u8, String> {
        let b = *self.bytes.get(self.at).ok_or("a changeset cut short")?;
        self.at += 1;
        Ok(b)
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.at.checked_add(n).filter(|e| *e <= self.bytes.len());
        let end = end.ok_or("a changeset cut short")?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    /// SQLite's varint: big-endian groups of seven bits, the high bit saying more
    /// follow; a ninth byte gives all eight of its bits.
    fn varint(&mut self) -> Result<u64, String> {
        let mut v: u64 = 0;
        for i in 0..9 {
            let b = self.byte()?;
            if i == 8 {
                return Ok((v << 8) | b as u64);
            }
            v = (v << 7) | (b & 0x7f) as u64;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Ok(v)
    }

    /// One value; `None` for "undefined" (a column an UPDATE left alone).
    fn value(&mut self) -> Result<Option<ValueRef<'a>>, String> {
        Ok(Some(match self.byte()? {
            0 => return Ok(None),
            1 => ValueRef::Integer(i64::from_be_bytes(self.take(8)?.try_into().expect("eight bytes"))),
            2 => ValueRef::Real(f64::from_be_bytes(self.take(8)?.try_into().expect("eight bytes"))),
            3 => {
                let n = self.varint()? as usize;
                ValueRef::Text(self.take(n)?)
            }
            4 => {
                let n = self.varint()? as usize;
                ValueRef::Blob(self.take(n)?)
            }
            5 => ValueRef::Null,
            other => return Err(format!("an unknown kind of value ({other})")),
        }))
    }
}

fn put_varint(out: &mut Vec<u8>, v: u64) {
    if v >> 56 != 0 {
        // Nine bytes: eight groups of seven bits, then eight bits.
        let mut groups = [0u8; 8];
        let mut rest = v >> 8;
        for g in groups.iter_mut().rev() {
            *g = (rest & 0x7f) as u8 | 0x80;
            rest >>= 7;
        }
        out.extend_from_slice(&groups);
        out.push(v as u8);
        return;
    }
    let mut groups = Vec::with_capacity(8);
    let mut rest = v;
    loop {
        groups.push((rest & 0x7f) as u8);
        rest >>= 7;
        if rest == 0 {
            break;
        }
    }
    for (i, g) in groups.iter().enumerate().rev() {
        out.push(if i > 0 { g | 0x80 } else { *g });
    }
}

fn put_value(out: &mut Vec<u8>, v: &Value) {
    match v {
        Value::Null => out.push(5),
        Value::Integer(i) => {
            out.push(1);
            out.extend_from_slice(&i.to_be_bytes());
        }
        Value::Real(f) => {
            out.push(2);
            out.extend_from_slice(&f.to_be_bytes());
        }
        Value::Text(t) => {
            out.push(3);
            put_varint(out, t.len() as u64);
            out.extend_from_slice(t.as_bytes());
        }
        Value::Blob(b) => {
            out.push(4);
            put_varint(out, b.len() as u64);
            out.extend_from_slice(b);
        }
    }
}

#[cfg(test)]
mod tests {
    use rusqlite::session::Session;
    use rusqlite::Connection;

    use super::*;

    fn recorded(c: &Connection, sql: &str) -> Vec<u8> {
        let mut s = Session::new(c).unwrap();
        s.attach(None::<&str>).unwrap();
        c.execute_batch(sql).unwrap();
        let mut out = Vec::new();
        s.changeset_strm(&mut out).unwrap();
        out
    }

    #[test]
    fn a_changeset_passed_through_unchanged_is_the_same_bytes() {
        let c = Connection::open_in_memory().unwrap();
        c.execute_batch("CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER, r REAL, b BLOB, s TEXT);")
            .unwrap();
        c.execute_batch("INSERT INTO t VALUES ('a', 1, 1.5, x'00', 'x'), ('b', NULL, 2.0, NULL, 'y');")
            .unwrap();
        let long = "ดี".repeat(300);
        let set = recorded(
            &c,
            &format!(
                "INSERT INTO t VALUES ('c', -7, 0.25, x'0102', '{long}'); UPDATE t SET n = 2 WHERE id = 'a'; \
                 DELETE FROM t WHERE id = 'b';"
            ),
        );
        let cols = |_: &str| vec!["id".into(), "n".into(), "r".into(), "b".into(), "s".into()];
        let same = convert(&set, &cols, &|_, _, v| Ok(crate::store::history::owned(v))).unwrap();
        assert_eq!(same, set);
    }

    #[test]
    fn converted_values_apply_to_the_new_columns() {
        let old = Connection::open_in_memory().unwrap();
        old.execute_batch("CREATE TABLE t (id TEXT PRIMARY KEY, at TEXT);")
            .unwrap();
        let set = recorded(
            &old,
            "INSERT INTO t VALUES ('01a24cdf-000a-74dc-82d0-6740429077a2', 'x');",
        );
        let cols = |_: &str| vec!["id".into(), "at".into()];
        let new = convert(&set, &cols, &|_, column, v| match column {
            "id" => crate::store::compact::convert_id(v),
            _ => Ok(Value::Integer(42)),
        })
        .unwrap();
        let c = Connection::open_in_memory().unwrap();
        c.execute_batch("CREATE TABLE t (id BLOB PRIMARY KEY, at INTEGER);")
            .unwrap();
        c.apply_strm(&mut new.as_slice(), None::<fn(&str) -> bool>, |_, _| {
            rusqlite::session::ConflictAction::SQLITE_CHANGESET_ABORT
        })
        .unwrap();
        let (id, at): (Vec<u8>, i64) = c
            .query_row("SELECT id, at FROM t", [], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap();
        assert_eq!(
            uuid::Uuid::from_slice(&id).unwrap().to_string(),
            "01a24cdf-000a-74dc-82d0-6740429077a2"
        );
        assert_eq!(at, 42);
        let mut v = Vec::new();
        for n in [0u64, 127, 128, 300, 16_383, 16_384, 1 << 40, u64::MAX] {
            v.clear();
            put_varint(&mut v, n);
            assert_eq!(Reader { bytes: &v, at: 0 }.varint().unwrap(), n, "{n}");
        }
    }
}
