//! Ids for many new rows at once (imports, rollovers).
//!
//! `Uuid::now_v7` asks the operating system for fresh random bytes on every call, which
//! is most of the cost of making 100,000 ids. A batch instead takes one timestamp and one
//! random start, then counts up: the ids are still valid, unique version-7 UUIDs, and
//! increasing, so SQLite appends them to the primary-key index instead of splitting pages.

use uuid::{Builder, Uuid};

pub(crate) struct IdBatch {
    millis: u64,
    counter: u64,
    salt: u16,
}

impl IdBatch {
    pub fn new() -> IdBatch {
        let millis = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as u64);
        // One id's random bits seed the batch; the top bits of the counter stay clear so
        // it cannot wrap within a batch.
        let (hi, lo) = Uuid::now_v7().as_u64_pair();
        IdBatch {
            millis,
            counter: lo >> 2,
            salt: hi as u16,
        }
    }

    pub fn next(&mut self) -> Uuid {
        self.counter += 1;
        let mut bytes = [0u8; 10];
        bytes[..8].copy_from_slice(&self.counter.to_be_bytes());
        bytes[8..].copy_from_slice(&self.salt.to_be_bytes());
        Builder::from_unix_timestamp_millis(self.millis, &bytes).into_uuid()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unique_increasing_version_7() {
        let mut b = IdBatch::new();
        let ids: Vec<Uuid> = (0..1000).map(|_| b.next()).collect();
        assert!(ids.windows(2).all(|w| w[0] < w[1]));
        assert!(ids.iter().all(|id| id.get_version_num() == 7));
        assert_ne!(IdBatch::new().next(), IdBatch::new().next());
    }
}
