//! The three languages Cascade speaks and the sentences it says in them: one Fluent file
//! per language (`messages/*.ftl`), one message id per sentence.

pub(crate) mod lang;
pub(crate) mod words;
